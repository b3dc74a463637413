// The demo's example filings are the test fixtures' forms, so the page shows
// exactly what the fixture tests assert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES as SHOWN } from '../../www/examples.js';
import { EXAMPLES, fixtureOf } from '../../scripts/demo-examples.mjs';

test('every example of www/examples.js is its fixture form, with both labels', () => {
  assert.deepEqual(Object.keys(SHOWN), Object.keys(EXAMPLES));
  for (const [name, [, zh, en]] of Object.entries(EXAMPLES)) {
    assert.deepEqual(SHOWN[name].form, fixtureOf(name).form, name);
    assert.deepEqual(SHOWN[name].options, fixtureOf(name).options, name);
    assert.deepEqual(SHOWN[name].label, { 'zh-CN': zh, en }, name);
  }
});
