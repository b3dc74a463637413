// beian-check/miniprogram in a simulated WeChat runtime (no WebAssembly, no
// TextEncoder/TextDecoder, no fetch, no URL): init() through
// WXWebAssembly.instantiate of the .wasm.br, then the same checks give the
// same results as the Node package — the fixtures, hostile strings that need
// the UTF-8 codec, the optional data.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as node from 'beian-check';
import { createMiniProgramRuntime } from './support/miniprogram-runtime.mjs';
import { createRequire } from 'node:module';

const { Utf8Encoder, Utf8Decoder } = createRequire(import.meta.url)('../../js/miniprogram/utf8.js');

const DIR = '/miniprogram_npm/beian-check/';
let runtime, mp;

before(async () => {
  runtime = createMiniProgramRuntime({ [DIR]: new URL('../../pkg/miniprogram/', import.meta.url).pathname });
  mp = runtime.require(`${DIR}index.js`);
  const loaded = await mp.init({ data: ['division-names.bin', 'mobile-location.bin'] });
  assert.deepEqual([...loaded], ['division-names.bin', 'mobile-location.bin']);
});

// Results cross the realm boundary as JSON.
const same = (a, b, message) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)), message);

test('the runtime is what the mini-program has, not Node', () => {
  assert.equal(runtime.run('typeof WebAssembly'), 'undefined');
  assert.equal(runtime.run('typeof TextEncoder + typeof TextDecoder + typeof fetch + typeof URL'), 'undefinedundefinedundefinedundefined');
  assert.equal(typeof mp.validateFiling, 'function');
  assert.equal(mp.PACKAGE_DIR, DIR);
});

test('every fixture gives the same whole-form result as the Node package', () => {
  const dir = new URL('../fixtures/', import.meta.url);
  for (const file of readdirSync(dir)) {
    const { form, options } = JSON.parse(readFileSync(new URL(file, dir)));
    const opts = { asOf: '2026-11-22', locale: file.length % 2 ? 'en' : 'zh-CN', ...options };
    same(mp.validateFiling(runtime.run(`(${JSON.stringify(form)})`), opts), node.validateFiling(form, opts), file);
  }
  // The apps of a filing, with the quota option (issue 18), and where the tables come from.
  const { form } = JSON.parse(readFileSync(new URL('app-classic-mistakes.json', dir)));
  const codes = mp.validateFiling(runtime.run(`(${JSON.stringify(form)})`), { existingFilings: 5 }).findings.map((f) => f.code);
  assert.ok(codes.includes('APP_QUOTA') && codes.includes('APP_REMARK_LENGTH'), codes.join(' '));
  same(mp.dataVersion(), node.dataVersion(), 'dataVersion');
});

test('field checks agree with Node on text that needs the UTF-8 codec', () => {
  const inputs = ['11010519491231002X', '１１０１０５１９４９１２３１００２ｘ', '1101\u200b0519491231002X', 'ab\uD800cd', '\uDC00',
    '例子.中国', 'xn--fsqu00a.xn--fiqs8s', '+86 138-0013-8000', '０７５５－８６０１３３８８', '😀'.repeat(300), 'x'.repeat(5000), '', '\0'];
  for (const value of inputs) {
    same(mp.validateIdNumber(value, { asOf: '2026-11-22' }), node.validateIdNumber(value, { asOf: '2026-11-22' }), value);
    same(mp.validateDomain(value), node.validateDomain(value), value);
    same(mp.validatePhone(value), node.validatePhone(value), value);
    same(mp.validateUnitCode(value), node.validateUnitCode(value), value);
  }
  same(mp.lookupDivision('110103'), node.lookupDivision('110103'));
  same(mp.validatePhone('13800138000', { province: '44' }), node.validatePhone('13800138000', { province: '44' }));
  assert.equal(mp.validatePhone('13800138000').locationStatus, 'found');
});

test('the APP checks run in the mini-program too (issue 18), with the same results as in Node', () => {
  const md5 = 'D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E';
  for (const platform of ['android', 'ios', 'harmony', 'quick_app', 'wechat', '鸿蒙']) {
    for (const value of ['com.my-company.app', 'com.example.myapplication', 'wxc18a63cff7328cb9', md5, '']) {
      const opts = { platform, locale: 'en' };
      same(mp.validateAppIdentifier(value, opts), node.validateAppIdentifier(value, opts), `${platform} ${value}`);
      same(mp.validateSigningFingerprint(value, opts), node.validateSigningFingerprint(value, opts), `${platform} ${value}`);
      same(mp.validatePublicKey(value, opts), node.validatePublicKey(value, opts), `${platform} ${value}`);
    }
  }
  assert.equal(mp.validateSigningFingerprint(md5, { platform: 'ios' }).findings[0].code, 'APP_FINGERPRINT_ALGORITHM');
  assert.equal(mp.validateFilingNumber('粤B2-20090059-1626X').kind, 'mini_program');
});

test('init without WXWebAssembly rejects with a clear error; a second init is a no-op', async () => {
  same(await mp.init(), ['division-names']);
  const bare = createMiniProgramRuntime({ [DIR]: new URL('../../pkg/miniprogram/', import.meta.url).pathname });
  bare.run('delete globalThis.WXWebAssembly');
  await assert.rejects(bare.require(`${DIR}index.js`).init(), /needs WXWebAssembly/);
});

test('the UTF-8 codec matches TextEncoder/TextDecoder', () => {
  const encoder = new Utf8Encoder();
  const decoder = new Utf8Decoder('utf-8', { fatal: true });
  const samples = ['', 'abc', 'é', '中文', '😀', 'a\uD800b', '\uDBFF\uDFFF', '\uDFFF\uD800', 'x'.repeat(20000) + '备'];
  for (const s of samples) {
    assert.deepEqual(encoder.encode(s), new TextEncoder().encode(s), JSON.stringify(s.slice(0, 10)));
    const wellFormed = new TextDecoder().decode(new TextEncoder().encode(s));
    assert.equal(decoder.decode(new TextEncoder().encode(s)), wellFormed);
  }
  assert.equal(decoder.decode(), '');
  for (const bad of [[0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8],
    [0xf0, 0x9f, 0x98], [0x61, 0xe4, 0x62], [0x80, 0x80]]) {
    assert.throws(() => decoder.decode(new Uint8Array(bad)), TypeError, String(bad));
    assert.equal(new Utf8Decoder().decode(new Uint8Array(bad)), new TextDecoder().decode(new Uint8Array(bad)), String(bad));
  }
});

test('the UTF-8 decoder agrees with TextDecoder on 3 000 random byte strings', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0x8f];
  for (let n = 0; n < 3000; n++) {
    const bytes = Uint8Array.from({ length: Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]);
    assert.equal(new Utf8Decoder().decode(bytes), new TextDecoder().decode(bytes), String(bytes));
  }
});

test('the example page (examples/miniprogram) checks an ID as the user types, with only the runtime\'s globals', async () => {
  const root = new URL('../../', import.meta.url).pathname;
  const page = createMiniProgramRuntime(
    { [DIR]: `${root}pkg/miniprogram/`, '/': `${root}examples/miniprogram/` },
    { 'beian-check': `${DIR}index.js` },
  );
  // The page is built with Component(): data, setData, lifetimes and methods.
  // (tests/js/miniprogram-platform.test.mjs renders it in miniprogram-simulate.)
  page.run(`globalThis.Component = (options) => {
    globalThis.page = { ...options.methods, data: JSON.parse(JSON.stringify(options.data)), setData(update) { Object.assign(this.data, update); } };
    options.lifetimes.attached.call(globalThis.page);
  };`);
  page.require('/pages/index/index.js');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(page.run('page.data.ready'), true);
  page.run(`page.onIdInput({ detail: { value: '11010519491231002x' } })`);
  same(page.run('page.data.id'), { value: '11010519491231002x', ok: true, place: '北京市朝阳区', findings: [] });
  page.run(`page.onIdInput({ detail: { value: '11010519491231002' } })`);
  assert.equal(page.run('page.data.id.ok'), false);
  same(page.run('page.data.id.findings.map((f) => f.key)'), ['ID_LENGTH']);
  page.run(`page.onMobileInput({ detail: { value: '13800138000' } })`);
  same(page.run('page.data.mobile.findings.map((f) => [f.key, f.severity])'), [['PHONE_MOBILE_OTHER_PROVINCE_REQUIRED', 'warning']]);
});
