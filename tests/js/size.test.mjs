// The built wasm and JS glue stay within the budget of scripts/size-budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, overBudget } from '../../scripts/sizes.mjs';

test('built files are within the size budget (raw, gzip, brotli measured)', () => {
  const sizes = measure();
  assert.ok(sizes.length >= 2);
  for (const s of sizes) assert.ok(s.brotli > 0 && s.brotli < s.gzip && s.gzip < s.raw, s.file);
  assert.deepEqual(overBudget(sizes), []);
});
