// The built npm package, imported by name (package self-reference) the way a
// user imports it: `beian-check` in Node (ready at import) and
// `beian-check/web` (init first). Exact results, as a user would see them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bc from 'beian-check';
import initWeb, * as web from 'beian-check/web';

const on = { asOf: '2026-11-22' };

test('R-ID-1: the GB 11643 example is valid, female, born 1949-12-31', () => {
  assert.deepEqual(bc.validateIdNumber('11010519491231002X', on), {
    ok: true,
    normalized: '11010519491231002X',
    findings: [],
    kind: 'resident_id',
    birthDate: '1949-12-31',
    sex: 'female',
    age: 76,
    division: {
      code: '110105', name: '朝阳区', level: 'county', provinceCode: '110000', province: '北京市',
      cityCode: '110100', retired: false, validFrom: null, validTo: null,
    },
    region: null,
    upgraded: null,
    format: null,
  });
});

test('R-ID-1: a wrong check character is an error that names the expected one', () => {
  const r = bc.validateIdNumber('110105194912310021', on);
  assert.equal(r.ok, false);
  assert.deepEqual(r.findings, [
    {
      rule: 'R-ID-1',
      code: 'ID_CHECKSUM',
      severity: 'error',
      path: '',
      message: '校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。请逐位核对号码，而不只是修改最后一位。',
      params: { expected: 'X', actual: '1' },
    },
  ]);
});

test('locale "en" gives English messages', () => {
  const r = bc.validateIdNumber('1101051949', { ...on, locale: 'en' });
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.message]),
    [['ID_LENGTH', 'The number should have 18 characters; it has 10.']],
  );
});

test('age is exact on the birthday (born 2008-11-22)', () => {
  assert.equal(bc.validateIdNumber('320106200811220010', { asOf: '2026-11-22' }).age, 18);
  assert.equal(bc.validateIdNumber('320106200811220010', { asOf: '2026-11-21' }).age, 17);
  const future = bc.validateIdNumber('320106200811220010', { asOf: '2008-11-21' });
  assert.deepEqual(future.findings.map((f) => f.code), ['ID_BIRTH_DATE_FUTURE']);
});

test('hostile and odd input never throws and always explains', () => {
  const cases = [
    [undefined, ['INPUT_EMPTY']],
    [null, ['INPUT_EMPTY']],
    ['', ['INPUT_EMPTY']],
    ['   \u3000', ['INPUT_EMPTY']],
    [110105194912310020, ['INPUT_NOT_STRING']],
    [{ toString: () => '11010519491231002X' }, ['INPUT_NOT_STRING']],
    [['11010519491231002X'], ['INPUT_NOT_STRING']],
    ['1'.repeat(10 * 1024 * 1024), ['INPUT_TOO_LONG']],
    ['\uD83D11010519491231002X', ['INPUT_UNREADABLE_CHAR']],
    ['\u200B11010519491231002X\u200C', ['INPUT_INVISIBLE_CHAR']],
    ['１１０１０５１９４９１２３１００２ｘ', []],
    ['11010519491231002X🙂', ['ID_INVALID_CHAR', 'ID_LENGTH']],
  ];
  for (const [value, codes] of cases) {
    const r = bc.validateIdNumber(value, on);
    assert.deepEqual(r.findings.map((f) => f.code), codes, String(value).slice(0, 30));
    assert.equal(r.ok, r.findings.every((f) => f.severity !== 'error'));
  }
});

test('bad options are reported as OPTION_INVALID warnings, not thrown', () => {
  for (const options of [null, 42, 'en', [], { locale: 'fr' }, { asOf: '2026-02-30' }, { kind: 7 }]) {
    const r = bc.validateIdNumber('11010519491231002X', options);
    assert.equal(r.ok, true);
    assert.ok(r.findings.every((f) => f.code === 'OPTION_INVALID' && f.severity === 'warning' && f.rule === 'OPTIONS'));
  }
  const r = bc.validateIdNumber('11010519491231002X', { asOf: '2026-02-30', locale: 'en' });
  assert.equal(r.findings[0].params.option, 'asOf');
});

test('a 10 MB string is answered quickly (not copied into wasm)', () => {
  const huge = '1'.repeat(10 * 1024 * 1024);
  const start = performance.now();
  const r = bc.validateIdNumber(huge);
  assert.equal(r.findings[0].params.length, 10 * 1024 * 1024);
  assert.ok(performance.now() - start < 50, 'under 50 ms');
});

test('beian-check/web gives the same results after init', async () => {
  const wasm = readFileSync(new URL('../../pkg/web/beian_check_bg.wasm', import.meta.url));
  await initWeb({ module_or_path: wasm });
  for (const id of ['11010519491231002X', '110105194912310021', '', '１１０１']) {
    assert.deepEqual(web.validateIdNumber(id, on), bc.validateIdNumber(id, on));
  }
});

test('every kind of API.md is accepted and checked with its own rule', () => {
  const cases = {
    resident_id: ['11010519491231002X', 'R-ID-1'],
    resident_id_15: ['110105491231002', 'R-ID-2'],
    hmt_residence_permit: ['810000199408230021', 'R-ID-3'],
    hk_macau_permit: ['H12345678', 'R-ID-4'],
    taiwan_permit: ['12345678', 'R-ID-4'],
    passport: ['E12345678', 'R-ID-4'],
    foreign_permanent_resident: ['911840198501011231', 'R-ID-5'],
  };
  for (const [kind, [valid, rule]] of Object.entries(cases)) {
    const r = bc.validateIdNumber(valid, { kind, asOf: '2026-11-22' });
    assert.equal(r.ok, true, kind);
    assert.equal(r.kind, kind);
    assert.equal(bc.detectIdKind(valid), kind);
    assert.ok(bc.validateIdNumber('?', { kind }).findings.every((f) => f.rule === rule), kind);
  }
  assert.equal(bc.validateIdNumber('E12345678', { kind: '护照' }).kind, 'passport');
});

test('ageOn is exact on the birthday and null for bad dates', () => {
  assert.equal(bc.ageOn('2008-11-22', '2026-11-22'), 18);
  assert.equal(bc.ageOn('2008-11-22', '2026-11-21'), 17);
  assert.equal(bc.ageOn('2008-02-29', '2026-02-28'), 17);
  assert.equal(bc.ageOn('2008-02-29', '2026-03-01'), 18);
  assert.equal(bc.ageOn('2008-11-23', '2008-11-22'), null);
  assert.equal(bc.ageOn('2008-02-30', '2026-01-01'), null);
  assert.equal(bc.ageOn(20081122), null);
  assert.ok(bc.ageOn('1949-12-31') >= 76);
});

test('the package exports what API.md names for this stage', () => {
  for (const name of ['validateIdNumber', 'detectIdKind', 'ageOn', 'lookupDivision', 'listDivisions', 'dataVersion']) {
    assert.equal(typeof bc[name], 'function', name);
  }
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));
  assert.ok(import.meta.resolve('beian-check/miniprogram').endsWith('/pkg/miniprogram/index.js'));
  assert.ok(import.meta.resolve('beian-check/async-validator').endsWith('/js/async-validator.mjs'));
  assert.equal(pkg.miniprogram, 'pkg/miniprogram', 'where WeChat 构建 npm finds the mini-program build');
  for (const dir of ['js/', 'pkg/web/', 'pkg/miniprogram/']) assert.ok(pkg.files.includes(dir), `${dir} is published`);
  for (const name of ['validateFiling', 'validateBatch', 'isValid', 'loadDivisionNames']) assert.equal(typeof bc[name], 'function', name);
  for (const data of ['mobile-location.bin', 'division-names.bin']) {
    assert.ok(import.meta.resolve(`beian-check/${data}`).endsWith(`/pkg/web/${data}`), data);
  }
  assert.equal(pkg.name, 'beian-check');
  assert.ok(pkg.exports['.'] && pkg.exports['./web']);
});
