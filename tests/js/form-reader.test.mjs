// The JS form reader (js/form-reader.mjs) reads only the keys the core reads:
// the list must hold every `.get("…")` key of src/. And what it hands over
// gives the same result as the native reading of the same form (the fixtures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_KEYS, encodeForm } from '../../js/form-reader.mjs';
import { validateFiling } from 'beian-check';

const SRC = new URL('../../src/', import.meta.url).pathname;
const rustFiles = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? rustFiles(join(dir, e.name)) : e.name.endsWith('.rs') ? [join(dir, e.name)] : []));

test('FORM_KEYS holds every key the core reads from a form', () => {
  const keys = new Set();
  for (const file of rustFiles(SRC)) {
    if (file.includes('/tables/')) continue;
    for (const [, key] of readFileSync(file, 'utf8').matchAll(/\.get\("([A-Za-z]+)"\)/g)) keys.add(key);
  }
  assert.ok(keys.size >= 25, `${keys.size} keys found`);
  assert.deepEqual([...keys].filter((k) => !FORM_KEYS.includes(k)), []);
});

test('the reader touches only what it needs, whatever the object', () => {
  const wide = { kind: 'unit' };
  for (let i = 0; i < 200_000; i++) wide[`k${i}`] = i;
  let start = performance.now();
  assert.equal(encodeForm(wide), 'o1:s4:kinds4:unit');
  assert.ok(performance.now() - start < 5, 'unknown keys are never enumerated');
  const sparse = [];
  sparse.length = 2 ** 32 - 1;
  start = performance.now();
  assert.equal(encodeForm(sparse), `a1000:${'z'.repeat(1000)}`);
  assert.ok(performance.now() - start < 5);
  const getters = { get kind() { throw new Error('no'); }, region: { province: '44' } };
  assert.equal(encodeForm(getters), 'o1:s6:regiono1:s8:provinces2:44');
  assert.equal(encodeForm('x'.repeat(3000)), 'L3000;');
  assert.equal(encodeForm([NaN, 1n, () => 1, Symbol('s'), undefined, null, true]), 'a7:nNaN;Xbigint;Xfunction;Xsymbol;zzt');
});

test('every fixture read through the JS reader gives the native result', () => {
  const dir = new URL('../fixtures/', import.meta.url);
  for (const file of readdirSync(dir)) {
    const { form, expected, options } = JSON.parse(readFileSync(new URL(file, dir)));
    const shown = validateFiling(form, { asOf: '2026-11-22', ...options }).findings.map((f) => [f.rule, f.code, f.severity, f.path]);
    assert.deepEqual(shown, expected, file);
  }
});
