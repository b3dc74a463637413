// The demo's example filings are the test fixtures' forms, so the page shows
// exactly what the fixture tests assert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as examples from '../../www/examples.js';

import { EXAMPLES as FIXTURE_OF } from '../../scripts/demo-examples.mjs';

test('every example of www/examples.js is its fixture form', () => {
  assert.deepEqual(Object.keys(examples).sort(), Object.keys(FIXTURE_OF).sort());
  for (const [name, fixture] of Object.entries(FIXTURE_OF)) {
    const { form } = JSON.parse(readFileSync(new URL(`../fixtures/${fixture}.json`, import.meta.url)));
    assert.deepEqual(examples[name], form, name);
  }
});
