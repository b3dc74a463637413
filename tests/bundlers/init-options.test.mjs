// init({ data }) and initSync({ module, data }) of `beian-check/web` in
// Node, against a local HTTP server (Node's fetch cannot read file: URLs, so
// the default URLs next to the wasm are tested in Chromium by
// bundlers.test.mjs): parallel fetches, custom URLs, Response and bytes,
// errors that name the file, and every older call form in a fresh process.
// This file runs in its own process: the first test sees a fresh glue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import init, {
  initSync, listRules, lookupDivision, validateIdNumber, validatePhone,
} from 'beian-check/web';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const file = (name) => readFileSync(new URL(`../../pkg/web/${name}`, import.meta.url));
const wasm = file('beian_check_bg.wasm');

/**
 * Serves pkg/web/. With `hold`, answers nothing until that many requests
 * have arrived (or 5 s passed): init only resolves if its fetches run
 * in parallel.
 */
async function serve(hold = 0) {
  const seen = [];
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const timer = setTimeout(release, 5_000);
  const server = createServer(async (req, res) => {
    seen.push(req.url);
    if (seen.length >= hold) release();
    await released;
    try {
      const body = file(req.url.slice(1));
      res.writeHead(200, { 'Content-Type': req.url.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, 'Not Found').end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    seen,
    close: () => { clearTimeout(timer); server.closeAllConnections(); server.close(); },
  };
}

test('init({ module_or_path, data }) fetches the wasm and the data in parallel, from the given URLs', async () => {
  const server = await serve(3);
  try {
    const started = Date.now();
    const exports = await init({
      module_or_path: `${server.origin}/beian_check_bg.wasm`,
      data: { 'division-names': `${server.origin}/division-names.bin`, 'mobile-location.bin': new URL(`${server.origin}/mobile-location.bin`) },
    });
    assert.ok(Date.now() - started < 4_000, 'the server saw all three requests before it answered any');
    assert.ok(exports.memory instanceof WebAssembly.Memory);
    assert.deepEqual(server.seen.toSorted(), ['/beian_check_bg.wasm', '/division-names.bin', '/mobile-location.bin']);
  } finally {
    server.close();
  }
  assert.equal(lookupDivision('110105').province, '北京市');
  assert.deepEqual(validatePhone('13800138000', { kind: 'mobile' }).location,
    { provinceCode: '110000', province: '北京市', cityCode: '110000', city: '北京市' });
  assert.equal(validateIdNumber('110105194912310021').findings[0].code, 'ID_CHECKSUM', 'messages are loaded');
  assert.deepEqual(listRules(), [], 'rule-texts.bin was not asked for');
});

test('init rejects with an Error that names the data file and says why', async () => {
  const server = await serve();
  try {
    await assert.rejects(init({ data: { 'rule-texts': `${server.origin}/missing.bin` } }),
      { message: `beian-check: could not load rule-texts.bin from ${server.origin}/missing.bin: HTTP 404 Not Found` });
    await assert.rejects(init({ data: { 'rule-texts.bin': `${server.origin}/division-names.bin` } }),
      { message: new RegExp(`^beian-check: rule-texts\\.bin \\(${server.origin}/division-names\\.bin\\) is not a valid data file: \\S`) });
  } finally {
    server.close();
  }
  await assert.rejects(init({ data: { 'rule-texts': 'http://127.0.0.1:9/rule-texts.bin' } }),
    (e) => e.message === 'beian-check: could not load rule-texts.bin from http://127.0.0.1:9/rule-texts.bin: fetch failed' && e.cause instanceof Error);
  // Node's fetch has no file: URLs, so the default URL next to the wasm fails here — clearly.
  await assert.rejects(init({ data: ['rule-texts'] }), /^Error: beian-check: could not load rule-texts\.bin from file:\/\/.*\/pkg\/web\/rule-texts\.bin: fetch failed$/);
  await assert.rejects(init({ data: ['division-names', 'names.bin'] }),
    { message: 'beian-check: unknown data file names.bin (one of division-names, mobile-location, rule-texts)' });
  await assert.rejects(init({ data: 'division-names' }), TypeError);
  assert.deepEqual(listRules(), [], 'nothing was loaded');
});

test('init({ data }) also takes a Response or the bytes; true or false per file', async () => {
  await init({ data: { 'rule-texts': new Response(file('rule-texts.bin')), 'division-names': false, 'mobile-location': file('mobile-location.bin') } });
  assert.equal(listRules()[0].id, 'R-ID-1');
  assert.notEqual(listRules()[0].title, '');
});

test('initSync({ module, data }) loads the bytes; lists and URLs are refused with a TypeError', () => {
  const exports = initSync({ module: wasm, data: { 'division-names.bin': file('division-names.bin'), 'rule-texts': file('rule-texts.bin').buffer } });
  assert.ok(exports.memory instanceof WebAssembly.Memory);
  assert.throws(() => initSync({ module: wasm, data: ['rule-texts'] }), { name: 'TypeError', message: /initSync cannot fetch/ });
  assert.throws(() => initSync({ module: wasm, data: { 'mobile-location': '/mobile-location.bin' } }),
    { name: 'TypeError', message: 'beian-check: initSync needs the bytes of mobile-location.bin (Uint8Array or ArrayBuffer)' });
  assert.throws(() => initSync({ module: wasm, data: { 'mobile-location': new Uint8Array(10) } }),
    { message: 'beian-check: mobile-location.bin is not a valid data file: not a beian-check mobile location table' });
  assert.throws(() => initSync({ module: wasm, data: { phones: new Uint8Array(10) } }), { message: /unknown data file phones/ });
});

test('every older call form still works (each in a fresh process)', async () => {
  const wasmPath = fileURLToPath(new URL('../../pkg/web/beian_check_bg.wasm', import.meta.url));
  const forms = {
    'init(bytes)': 'await init(bytes)',
    'init(WebAssembly.Module)': 'await init(new WebAssembly.Module(bytes))',
    'init(Promise<bytes>)': 'await init(Promise.resolve(bytes))',
    'init({ module_or_path })': 'await init({ module_or_path: bytes })',
    'init({ module_or_path: Promise, data })': "await init({ module_or_path: Promise.resolve(bytes), data: { 'division-names': names } })",
    'initSync(bytes)': 'initSync(bytes)',
    'initSync({ module })': 'initSync({ module: new WebAssembly.Module(bytes) })',
  };
  await Promise.all(Object.entries(forms).map(async ([name, call]) => {
    const script = `
      import { readFileSync } from 'node:fs';
      import init, { initSync, validateIdNumber, lookupDivision } from 'beian-check/web';
      const bytes = readFileSync(${JSON.stringify(wasmPath)});
      const names = readFileSync(${JSON.stringify(wasmPath.replace('beian_check_bg.wasm', 'division-names.bin'))});
      console.warn = () => {};  // wasm-bindgen's notice about the deprecated forms
      ${call};
      const r = validateIdNumber('110105194912310021', { locale: 'en' });
      process.stdout.write(JSON.stringify([r.findings[0].code, r.findings[0].message.slice(0, 24), lookupDivision('110105').province]));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, timeout: 20_000 });
    const province = name.includes('data') ? '北京市' : '';
    assert.deepEqual(JSON.parse(stdout), ['ID_CHECKSUM', 'Check character mismatch', province], name);
  }));
});
