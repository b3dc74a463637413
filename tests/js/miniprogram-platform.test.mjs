// beian-check in a mini-program, checked with WeChat's own tools:
//  - miniprogram-ci's packNpmManually (the real 工具 → 构建 npm) on a copy of
//    examples/miniprogram with the package installed from `npm pack`; every
//    file it copies must have an extension on miniprogram-ci's mini-program
//    whitelist, or the code package would drop it on upload;
//  - miniprogram-simulate (Tencent's component test tool, in jsdom) renders
//    the packed example page; WXWebAssembly and wx come from the packed files
//    as the real runtime would give them; typing an ID number and a mobile
//    shows real findings;
//  - the loader and the example type-check against miniprogram-api-typings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { assertAccessibleInputs, renderPackedPage } from '../support/miniprogram-simulate.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const ci = require('miniprogram-ci');
const { MiniProgramWhiteList } = require('miniprogram-ci/dist/utils/white_ext_list.js');

let work, app, packed;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'beian-check-mp-'));
  // The package as a user's project gets it: npm pack, then unpacked into
  // node_modules (it has no dependencies, so this is what npm install does).
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root })
    .toString().trim().split('\n').pop();
  app = join(work, 'app');
  cpSync(join(root, 'examples/miniprogram'), app, { recursive: true, filter: (src) => !src.includes('node_modules') });
  const installed = join(app, 'node_modules/beian-check');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
  // 构建 npm, as the developer tool does it.
  const result = await ci.packNpmManually({ packageJsonPath: join(app, 'package.json'), miniprogramNpmDistDir: app });
  assert.ok(result, 'packNpmManually returned');
  packed = join(app, 'miniprogram_npm/beian-check');
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Every file below `dir`, with its size. */
const filesIn = (dir) => readdirSync(dir, { recursive: true })
  .map((name) => join(dir, name))
  .filter((path) => statSync(path).isFile())
  .map((path) => ({ path: path.slice(dir.length + 1), size: statSync(path).size }));

test('构建 npm copies only files a code package keeps (miniprogram-ci whitelist), far below 2 MB', () => {
  assert.ok(!MiniProgramWhiteList.includes('.bin'), 'the whitelist has no .bin: data files must not be .bin');
  const files = filesIn(packed);
  assert.deepEqual(files.map((f) => f.path).sort(), ['beian_check_bg.wasm.br', 'data-version.js', 'division-names.wasm.br', 'index.js',
    'messages.js', 'mobile-location.wasm.br', 'package.json', 'rule-texts.wasm.br', 'utf8.js']);
  for (const { path } of files) assert.ok(MiniProgramWhiteList.includes(extname(path)), `${path}: not on the whitelist`);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  // 512 KB: the mobile home locations grew from 82 to 150 KB brotli when the
  // number-block sources filled the blocks phonenumbers only knows as 中国
  // (issue 27, item 8); the package was about 363 KB before, 432 KB after.
  assert.ok(total < 512 * 1024, `the package is ${total} B`);
  console.log(`# miniprogram_npm/beian-check: ${files.length} files, ${(total / 1024).toFixed(1)} KB (limit of a code package: 2 048 KB)`);
});

test('the loader and the example page type-check against miniprogram-api-typings', () => {
  const tsc = join(root, 'node_modules/.bin/tsc');
  for (const project of ['js/miniprogram', 'examples/miniprogram']) {
    execFileSync(tsc, ['-p', join(root, project)], { stdio: 'pipe' });
  }
});

test('miniprogram-simulate renders the packed page: an ID number and a mobile give real findings', async () => {
  const page = await renderPackedPage(app);
  const { simulate, comp } = page;
  await page.waitFor(() => comp.data.ready === true, 'init() resolved');
  const input = (selector, value) => {
    comp.querySelector(selector).dispatchEvent('input', { detail: { value } });
  };
  // The GB 11643 example: valid, born in Beijing (the names come from division-names.wasm.br).
  input('.id', '11010519491231002X');
  await simulate.sleep(0);
  assert.equal(comp.querySelector('.id-ok').dom.textContent.trim(), '✓ 证件号码有效 北京市朝阳区');
  assert.equal(comp.querySelectorAll('.id-finding').length, 0);
  // One wrong digit: the R-ID-1 checksum error, as the page shows it.
  input('.id', '110105194912310021');
  await simulate.sleep(0);
  assert.equal(comp.querySelector('.id-ok'), undefined);
  const idFindings = comp.querySelectorAll('.id-finding');
  assert.equal(idFindings.length, 1);
  assert.match(idFindings[0].dom.textContent, /^校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。/);
  assert.match(idFindings[0].dom.className, /\berror\b/);
  // What a screen reader reads: the severity in words, then the message (aria-label of the item).
  assert.match(comp.data.id.findings[0].label, /^错误：校验位不符/);
  assert.equal(comp.data.id.ok, false, 'the input is aria-invalid');
  // A Beijing mobile filed in Tianjin: R-TEL-4 (mobile-location.wasm.br names the home).
  input('.mobile', '13800138000');
  await simulate.sleep(0);
  const mobileFindings = comp.querySelectorAll('.mobile-finding');
  assert.equal(mobileFindings.length, 1);
  assert.match(mobileFindings[0].dom.textContent, /在天津备案须使用本省归属地的手机号码，此号码归属地为北京市。$/);
  assert.match(mobileFindings[0].dom.className, /\bwarning\b/);
  assert.match(comp.data.mobile.findings[0].label, /^提示：/);
  input('.mobile', '1380013800');
  await simulate.sleep(0);
  assert.match(comp.querySelectorAll('.mobile-finding')[0].dom.textContent, /11 位/);
  page.close();
});

test('the example page follows the README on accessible findings: labelled, described, aria-invalid, a polite live region', () => {
  const wxml = readFileSync(new URL('../../examples/miniprogram/pages/index/index.wxml', import.meta.url), 'utf8');
  assertAccessibleInputs(wxml, /aria-invalid="\{\{\w+\.ok === false \? 'true' : 'false'\}\}"/);
  assert.doesNotMatch(wxml.replace(/<view wx:for="\{\{initError\}\}"[^>]*>/, ''), /aria-role="alert"/, 'no alert per keystroke');
});
