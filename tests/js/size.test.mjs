// The built wasm, JS glue, data files and mini-program package stay within
// the budget of scripts/size-budget.json, and the README shows their sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { measure, overBudget } from '../../scripts/sizes.mjs';
import { readReport, sizeTable } from '../../scripts/readme-sizes.mjs';

test('built files are within the size budget (raw, gzip, brotli measured)', () => {
  const sizes = measure();
  assert.ok(sizes.length >= 2);
  // Compression shrinks every file but the one shipped already compressed (.br).
  for (const s of sizes.filter((s) => !s.file.endsWith('.br'))) assert.ok(s.brotli > 0 && s.brotli < s.gzip && s.gzip < s.raw, s.file);
  assert.deepEqual(overBudget(sizes), []);
});

test("the README's size table is the build's size report", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const expected = sizeTable(readReport());
  assert.ok(readme.includes(expected), `README.md's size table differs from pkg/size-report.json: run node scripts/readme-sizes.mjs\n${expected}`);
});
