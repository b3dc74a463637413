// The hostile-input table of tests/js/support/hostile-table.mjs, run in
// headless Chromium against the web build the demo serves: every export ×
// every hostile value gives findings and never throws there either.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support/browser.mjs';
import { runHostileTable } from '../js/support/hostile-table.mjs';

let demo;
before(async () => { demo = await openDemo('/fields.html'); });
after(() => demo?.close());

test('every export × every hostile value in Chromium: findings, never an exception', async () => {
  const { calls, failures } = await demo.page.evaluate(runHostileTable, '/pkg/index.js');
  assert.ok(calls > 1500, `${calls} calls`);
  assert.deepEqual(failures, []);
  demo.assertPrivate();
});
