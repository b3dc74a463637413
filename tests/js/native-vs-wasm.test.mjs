// The native crate and the wasm build give identical results: 100 000
// random values per field check (with varying options) and every fixture
// form go through `beian-check-server lines` (server/) and through the package;
// the JSON must be byte-for-byte the same.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as bc from 'beian-check';
import { rng } from './support/reference.mjs';
import { POOLS, FIXED, randomValue, OPTIONS, VALIDATORS } from './support/values.mjs';

const root = new URL('../../', import.meta.url).pathname;
const server = `${process.env.CARGO_TARGET_DIR ?? `${root}target`}/release/beian-check-server`;
const PER_CHECK = 100_000;

before(() => {
  const build = spawnSync('cargo', ['build', '--release', '--bin', 'beian-check-server'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

/** The native answers to request lines, one per line. */
function native(requests) {
  const run = spawnSync(server, ['lines'], {
    input: requests.map((r) => JSON.stringify(r)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30,
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\n').slice(0, requests.length);
}


for (const [check, pool] of Object.entries(POOLS)) {
  test(`${check}: ${PER_CHECK} random values give identical results natively and in wasm`, () => {
    const random = rng(check.length * 7919);
    const chars = [...pool];
    const requests = Array.from({ length: PER_CHECK }, (_, i) => {
      const value = i < FIXED.length ? FIXED[i] : randomValue(random, chars);
      const options = { asOf: '2026-11-22', locale: i % 3 ? 'zh-CN' : 'en', ...OPTIONS[check][i % OPTIONS[check].length] };
      return { check, value, options };
    });
    const answers = native(requests.map((r) => ({ ...r, value: r.value.toWellFormed() })));
    let compared = 0;
    requests.forEach((r, i) => {
      const wasm = JSON.stringify(VALIDATORS[check](r.value, r.options));
      if (wasm !== answers[i]) assert.fail(`${check} ${JSON.stringify(r)}\nwasm:   ${wasm}\nnative: ${answers[i]}`);
      compared++;
    });
    assert.equal(compared, PER_CHECK);
  });
}

test('every fixture form gives identical validateFiling results natively and in wasm', () => {
  const dir = new URL('../fixtures/', import.meta.url);
  const forms = readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir))).form);
  const requests = forms.flatMap((form) => [{}, { only: 'websites[0]' }, { locale: 'en' }]
    .map((o) => ({ filing: form, options: { asOf: '2026-11-22', ...o } })));
  const answers = native(requests);
  requests.forEach((r, i) => assert.equal(JSON.stringify(bc.validateFiling(r.filing, r.options)), answers[i]));
});
