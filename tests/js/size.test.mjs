// The built wasm, JS glue, data files and mini-program package stay within
// the budget of scripts/size-budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, overBudget } from '../../scripts/sizes.mjs';

test('built files are within the size budget (raw, gzip, brotli measured)', () => {
  const sizes = measure();
  assert.ok(sizes.length >= 2);
  // Compression shrinks every file but the one shipped already compressed (.br).
  for (const s of sizes.filter((s) => !s.file.endsWith('.br'))) assert.ok(s.brotli > 0 && s.brotli < s.gzip && s.gzip < s.raw, s.file);
  assert.deepEqual(overBudget(sizes), []);
});
