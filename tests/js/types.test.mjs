// The TypeScript declarations of every entry (beian-check, /web,
// /async-validator, /miniprogram) compile a realistic example under
// `strict`, and reject the wrong uses marked @ts-expect-error in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('tsc --noEmit accepts examples/typescript and its expected errors', () => {
  const tsc = new URL('../../node_modules/.bin/tsc', import.meta.url).pathname;
  const project = new URL('../../examples/typescript', import.meta.url).pathname;
  const run = spawnSync(tsc, ['-p', project], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
