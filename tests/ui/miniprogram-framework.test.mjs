// beian-check/miniprogram in a mini-program built with a framework, as a
// team ships one: examples/uni-app (uni-app, Vue 3 + Vite) with the package
// from `npm pack`, built with `uni build -p mp-weixin`, then 构建 npm on the
// output with miniprogram-ci's packNpmManually, as its project.config.json
// (from src/manifest.json) tells 微信开发者工具 to do. Then:
//  - the framework kept beian-check out of its bundle and 构建 npm put the
//    package (and nothing else) into miniprogram_npm/;
//  - every file of the output has an extension on miniprogram-ci's
//    whitelist (the code package drops the others on upload);
//  - miniprogram-simulate renders the built page (WeChat's own wcc compiles
//    its WXML); typing an ID number and a mobile shows the findings the
//    Node package gives for them, with their rule and code.
// The example's own dependencies come from its package-lock.json; the
// install is skipped while the lock is unchanged (tests/support/packed.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, installLocked, installTarball, packTarball } from '../support/packed.mjs';
import { assertAccessibleInputs, renderPackedPage } from '../support/miniprogram-simulate.mjs';

const require = createRequire(import.meta.url);
const ci = require('miniprogram-ci');
const { MiniProgramWhiteList } = require('miniprogram-ci/dist/utils/white_ext_list.js');

const example = join(ROOT, 'examples/uni-app');
const out = join(example, 'dist/build/mp-weixin');
let work, installed, packResult;

/** Runs `what`, logs how long it took. */
const timed = async (label, what) => {
  const start = Date.now();
  const result = await what();
  console.log(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
};

before(async () => {
  assert.ok(existsSync(join(ROOT, 'pkg/miniprogram/index.js')), 'pkg/ is not built: bash scripts/build.sh');
  work = mkdtempSync(join(tmpdir(), 'beian-check-uni-'));
  const tarball = await timed('npm pack', () => packTarball(work));
  const ran = await timed('npm ci in examples/uni-app', () => installLocked(example));
  if (!ran) console.log('(skipped: node_modules is from the same package-lock.json)');
  installed = installTarball(example, tarball);
  // npm run build:mp-weixin, i.e. `uni build -p mp-weixin`.
  const cli = join(example, 'node_modules/@dcloudio/vite-plugin-uni');
  const bin = join(cli, JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).bin.uni);
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  await timed('uni build -p mp-weixin', () => execFileSync(process.execPath, [bin, 'build', '-p', 'mp-weixin'], {
    cwd: example, env, stdio: ['ignore', 'pipe', 'inherit'], timeout: 5 * 60_000,
  }));
  // 工具 → 构建 npm, with the relation project.config.json gives the developer tool.
  const { setting } = JSON.parse(readFileSync(join(out, 'project.config.json'), 'utf8'));
  assert.equal(setting.packNpmManually, true, 'manifest.json sets mp-weixin.setting.packNpmManually');
  assert.equal(setting.packNpmRelationList.length, 1);
  const [relation] = setting.packNpmRelationList;
  const packageJsonPath = resolve(out, relation.packageJsonPath);
  assert.equal(packageJsonPath, join(example, 'package.json'), 'the relation names the example\'s package.json');
  packResult = await timed('构建 npm (miniprogram-ci packNpmManually)', () => ci.packNpmManually({
    packageJsonPath, miniprogramNpmDistDir: resolve(out, relation.miniprogramNpmDistDir),
  }));
}, { timeout: 20 * 60_000 });

after(() => rmSync(work, { recursive: true, force: true }));

/** Every file below `dir`, relative to it. */
const filesIn = (dir) => readdirSync(dir, { recursive: true }).filter((name) => statSync(join(dir, name)).isFile()).sort();

test('uni build keeps beian-check out of its chunks; 构建 npm puts the package, and only it, into miniprogram_npm', () => {
  assert.match(readFileSync(join(out, 'pages/index/index.js'), 'utf8'), /\brequire\("beian-check"\)/);
  for (const file of filesIn(out).filter((f) => f.endsWith('.js') && !f.startsWith('miniprogram_npm/'))) {
    assert.doesNotMatch(readFileSync(join(out, file), 'utf8'), /WXWebAssembly|beian_check_bg/, `${file} bundles beian-check`);
  }
  // vue and the uni-app tools are devDependencies: bundled by the build, not packed.
  assert.deepEqual(packResult, { miniProgramPackNum: 1, otherNpmPackNum: 0, warnList: [] });
  assert.deepEqual(readdirSync(join(out, 'miniprogram_npm')), ['beian-check']);
  assert.deepEqual(filesIn(join(out, 'miniprogram_npm/beian-check')), filesIn(join(installed, 'pkg/miniprogram')),
    'miniprogram_npm/beian-check is the package\'s "miniprogram" folder');
});

test('every file of the built mini-program has an extension on miniprogram-ci\'s whitelist, far below 2 MB', () => {
  const files = filesIn(out);
  for (const file of files) assert.ok(MiniProgramWhiteList.includes(extname(file)), `${file}: not on the whitelist`);
  const total = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
  assert.ok(total < 2 * 1024 * 1024, `the code package is ${total} B`);
  console.log(`dist/build/mp-weixin: ${files.length} files, ${(total / 1024).toFixed(1)} KB (limit of a code package: 2 048 KB)`);
});

test('the compiled WXML keeps the page\'s accessibility attributes', () => {
  const wxml = readFileSync(join(out, 'pages/index/index.wxml'), 'utf8');
  assertAccessibleInputs(wxml, /aria-invalid="\{\{\w+\}\}"/);
});

test('miniprogram-simulate renders the built page: an ID number and a mobile show the package\'s findings', async () => {
  // What the Node entry of the same package says, to compare the page with.
  const bc = await import(pathToFileURL(createRequire(join(example, 'package.json')).resolve('beian-check')));
  const expected = (result) => result.findings.map((f) => ({ rule: f.rule, code: f.code, severity: f.severity, text: f.message }));
  const page = await renderPackedPage(out, { compiler: 'official' });
  const { simulate, comp } = page;
  const shown = (selector) => comp.querySelectorAll(selector).map(({ dom }) => ({
    rule: dom.getAttribute('data-rule'),
    code: dom.getAttribute('data-code'),
    severity: dom.className.match(/\b(error|warning|material)\b/)?.[1],
    text: dom.textContent.trim(),
  }));
  const input = async (selector, value) => {
    comp.querySelector(selector).dispatchEvent('input', { detail: { value } });
    await simulate.sleep(0);
  };
  try {
    assert.ok(comp.querySelector('.loading'), 'the page says it is loading until init() resolves');
    await page.waitFor(() => !comp.querySelector('.loading'), 'init() resolved');
    assert.equal(comp.querySelector('.init-error'), undefined, 'init() failed');

    // One wrong digit: R-ID-1, the checksum.
    await input('.id', '110105194912310021');
    const checksum = shown('.id-finding');
    assert.deepEqual(checksum.map(({ rule, code, severity }) => ({ rule, code, severity })),
      [{ rule: 'R-ID-1', code: 'ID_CHECKSUM', severity: 'error' }]);
    assert.match(checksum[0].text, /^校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。/);
    assert.deepEqual(checksum, expected(bc.validateIdNumber('110105194912310021', { kind: 'resident_id' })));
    assert.equal(comp.querySelector('.id-ok'), undefined);

    // The GB 11643 example: valid, born in Beijing (names from division-names.wasm.br).
    await input('.id', '11010519491231002X');
    assert.deepEqual(shown('.id-finding'), []);
    assert.equal(comp.querySelector('.id-ok').dom.textContent.trim(), '✓ 证件号码有效 北京市朝阳区');

    // A Beijing mobile filed in Tianjin: the R-TEL-4 warning (mobile-location.wasm.br names the home).
    await input('.mobile', '13800138000');
    const otherProvince = shown('.mobile-finding');
    assert.deepEqual(otherProvince.map(({ rule, code, severity }) => ({ rule, code, severity })),
      [{ rule: 'R-TEL-4', code: 'PHONE_MOBILE_OTHER_PROVINCE_REQUIRED', severity: 'warning' }]);
    assert.match(otherProvince[0].text, /在天津备案须使用本省归属地的手机号码，此号码归属地为北京市。$/);
    assert.deepEqual(otherProvince, expected(bc.validatePhone('13800138000', { kind: 'mobile', province: '120000' })));

    // One digit short: R-TEL-1.
    await input('.mobile', '1380013800');
    assert.deepEqual(shown('.mobile-finding'), [
      { rule: 'R-TEL-1', code: 'PHONE_MOBILE_LENGTH', severity: 'error', text: '手机号码应为 11 位，当前为 10 位。' },
    ]);
    assert.deepEqual(shown('.mobile-finding'), expected(bc.validatePhone('1380013800', { kind: 'mobile', province: '120000' })));
  } finally {
    page.close();
  }
});
