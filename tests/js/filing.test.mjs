// validateFiling through the built package: the Rust fixtures give exactly
// the same findings in wasm, `only` narrows them, and hostile forms get
// findings instead of exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { validateFiling } from 'beian-check';

const dir = new URL('../fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir)))]);
const key = (f) => [f.rule, f.code, f.severity, f.path].join(' | ');
const AS_OF = { asOf: '2026-11-22' };

test('every Rust fixture gives the same findings through wasm', () => {
  assert.ok(fixtures.length >= 8);
  for (const [name, { form, expected, options }] of fixtures) {
    const r = validateFiling(form, { ...AS_OF, ...options });
    assert.deepEqual(r.findings.map(key).sort(), expected.map((e) => e.join(' | ')).sort(), name);
    assert.equal(r.ok, !expected.some((e) => e[2] === 'error'), name);
    const materialCodes = new Set(r.findings.filter((f) => f.severity === 'material').map((f) => f.code));
    assert.deepEqual(new Set(r.materials.map((m) => m.code)), materialCodes, name);
  }
});

test('findings are sorted by path, then rule, and carry messages in both languages', () => {
  const { form } = Object.fromEntries(fixtures)['unit-classic-mistakes.json'];
  const zh = validateFiling(form, AS_OF);
  const en = validateFiling(form, { ...AS_OF, locale: 'en' });
  const order = zh.findings.map((f) => [f.path, f.rule]);
  const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  assert.deepEqual(order, sorted);
  assert.equal(zh.findings.length, en.findings.length);
  const plan = en.materials.find((m) => m.code === 'MATERIAL_CONSTRUCTION_PLAN');
  assert.deepEqual(plan, { code: 'MATERIAL_CONSTRUCTION_PLAN', rule: 'R-MAT-5', reason: 'More than 4 domains (5): a website construction plan is needed.' });
  assert.match(zh.materials.find((m) => m.code === 'MATERIAL_VERIFICATION_FORM').reason, /2 份/);
});

test('only: the findings under one path, the same as filtering the whole result', () => {
  for (const [name, { form }] of fixtures) {
    const full = validateFiling(form, AS_OF).findings;
    for (const only of ['websites[0]', 'websites[1].domains', 'subject.owner', 'region', 'previous']) {
      const under = (p) => p === only || p.startsWith(`${only}.`) || p.startsWith(`${only}[`);
      assert.deepEqual(validateFiling(form, { ...AS_OF, only }).findings, full.filter((f) => under(f.path)), `${name} ${only}`);
    }
  }
});

test('hostile forms give findings, never exceptions', () => {
  const cyclic = { kind: 'unit' };
  cyclic.subject = cyclic;
  cyclic.websites = [cyclic];
  const throwing = { get kind() { throw new Error('getter'); } };
  const proxy = new Proxy({}, { ownKeys() { throw new Error('ownKeys'); } });
  const deep = JSON.parse('{"subject":'.repeat(5000) + '{}' + '}'.repeat(5000));
  const hostile = [undefined, null, 0, NaN, 'form', [], {}, () => 1, Symbol('s'), 10n, cyclic, throwing, proxy, deep,
    { kind: 'personal', websites: Array.from({ length: 10000 }, () => ({ name: 'x'.repeat(10_000_000 / 10000) })) },
    { kind: 'unit', subject: { name: 'a'.repeat(10_000_000), owner: { idNumber: '\uD800\u200B１２３' } } },
    { kind: 'personal', region: { province: 44 }, websites: 'a.cn', subject: { owner: [] } }];
  for (const form of hostile) {
    const r = validateFiling(form, AS_OF);
    assert.equal(r.ok, false);
    assert.ok(r.findings.length > 0 && r.findings.every((f) => f.rule && f.code && f.message));
  }
  const many = validateFiling({ kind: 'personal', websites: Array(10000).fill({}) }, { locale: 'en' });
  assert.ok(many.findings.some((f) => f.code === 'FORM_TOO_MANY_WEBSITES' && f.message === 'More than 100 websites; only the first 100 were checked.'));
  const long = validateFiling({ kind: 'unit', subject: { name: 'a'.repeat(10_000_000), certificateNumber: 'b'.repeat(5000) } }, AS_OF);
  assert.ok(long.findings.some((f) => f.path === 'subject.certificateNumber' && f.code === 'INPUT_TOO_LONG'));
});

test('options: a bad locale or date is a warning, the check still runs', () => {
  const r = validateFiling({ kind: 'personal' }, { locale: 'fr', asOf: 'yesterday', only: 42 });
  assert.deepEqual(r.findings.filter((f) => f.rule === 'OPTIONS').map((f) => f.code), ['OPTION_INVALID', 'OPTION_INVALID', 'OPTION_INVALID']);
  assert.ok(r.findings.some((f) => f.path === 'websites' && f.code === 'FORM_NO_WEBSITE'));
});

test('the whole form with 3 websites and 2 apps is checked in under 0.5 ms (issue 18)', () => {
  const { form } = Object.fromEntries(fixtures)['unit-websites-and-apps.json'];
  for (let i = 0; i < 100; i++) validateFiling(form, AS_OF);
  // The fastest of 20 batches of 20 calls: what the machine can do, not how busy it is.
  let fastest = Infinity;
  for (let batch = 0; batch < 20; batch++) {
    const start = performance.now();
    for (let i = 0; i < 20; i++) validateFiling(form, AS_OF);
    fastest = Math.min(fastest, ((performance.now() - start) * 1000) / 20);
  }
  assert.ok(fastest < 500, `${fastest.toFixed(0)} µs per call`);
});

test('existingFilings: a whole number or its digits; anything else is an option warning and counts as 0', () => {
  const { form } = Object.fromEntries(fixtures)['app-wechat-mini-program.json'];
  const quota = (existingFilings) => validateFiling(form, { ...AS_OF, existingFilings }).findings
    .filter((f) => f.rule === 'R-APP-10' || f.rule === 'OPTIONS').map((f) => f.code);
  assert.deepEqual(quota(4), []);
  assert.deepEqual(quota(5), ['APP_QUOTA']);
  assert.deepEqual(quota('5'), ['APP_QUOTA']);
  assert.deepEqual(quota(2.5), ['OPTION_INVALID']);
  assert.deepEqual(quota(-1), ['OPTION_INVALID']);
});
