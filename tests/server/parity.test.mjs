// The server answers what the npm package returns: every fixture form
// through POST /v1/filing, 10 000 values per field check through
// POST /v1/check/{name} (with varying options) and as one NDJSON column
// through POST /v1/batch/{name}, and the catalogue routes — each response
// compared with the package's result for the same input and options.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import * as bc from 'beian-check';
import { rng } from '../js/support/reference.mjs';
import { POOLS, FIXED, randomValue, OPTIONS, VALIDATORS } from '../js/support/values.mjs';
import { start, post, pool } from './support/server.mjs';

const PER_CHECK = 10_000;
let server;
before(async () => {
  server = await start();
});
after(() => server?.stop());


/** The values of a check: the fixed ones, then random ones from its pool. */
function values(check) {
  const random = rng(check.length * 104729);
  const chars = [...POOLS[check]];
  return Array.from({ length: PER_CHECK }, (_, i) => (i < FIXED.length ? FIXED[i] : randomValue(random, chars)));
}

test('every fixture form: POST /v1/filing gives validateFiling\'s result, byte for byte', async () => {
  const dir = new URL('../fixtures/', import.meta.url);
  const forms = readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir))).form);
  assert.ok(forms.length >= 10, `${forms.length} fixtures`);
  const requests = forms.flatMap((form) => [{}, { only: 'websites[0]' }, { locale: 'en' }, { existingFilings: 3 }]
    .map((o) => ({ form, options: { asOf: '2026-11-22', ...o } })));
  await pool(requests, 8, async (r) => {
    const answer = await post(`${server.url}/v1/filing`, r);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.type, 'application/json');
    assert.equal(answer.text, JSON.stringify(bc.validateFiling(r.form, r.options)));
  });
});

for (const check of Object.keys(POOLS)) {
  test(`${check}: ${PER_CHECK} values through POST /v1/check/${check} equal the package's results`, async () => {
    const list = values(check);
    let compared = 0;
    await pool(list, 16, async (value, i) => {
      const options = { asOf: '2026-11-22', locale: i % 3 ? 'zh-CN' : 'en', ...OPTIONS[check][i % OPTIONS[check].length] };
      // JSON.stringify writes a lone surrogate as an escape; the server reads
      // it as U+FFFD, as the wasm does when it copies the string.
      const answer = await post(`${server.url}/v1/check/${check}`, { value, options });
      assert.equal(answer.status, 200, answer.text);
      const expected = VALIDATORS[check](value, options);
      assert.deepEqual(answer.json, JSON.parse(JSON.stringify(expected)), `${check} ${JSON.stringify({ value, options })}`);
      assert.equal(answer.text, JSON.stringify(expected));
      compared++;
    });
    assert.equal(compared, PER_CHECK);
  });
}

/** Sends `lines` as an NDJSON column in chunks while reading the answer as it streams. */
function column(url, lines) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, lines: text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) }));
    });
    request.on('error', reject);
    const body = lines.join('\n');
    for (let at = 0; at < body.length; at += 4096) request.write(body.slice(at, at + 4096));
    request.end();
  });
}

for (const check of Object.keys(POOLS)) {
  test(`${check}: a column of ${PER_CHECK} values through POST /v1/batch/${check} gives validateBatch's result`, async () => {
    const list = values(check);
    const options = { asOf: '2026-11-22', locale: 'en', ...OPTIONS[check][OPTIONS[check].length - 1] };
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(options)) {
      for (const item of [value].flat()) query.append(key, String(item));
    }
    const { status, lines } = await column(`${server.url}/v1/batch/${check}?${query}`, list.map((v) => JSON.stringify(v)));
    assert.equal(status, 200);
    assert.equal(lines.length, PER_CHECK);
    const expected = bc.validateBatch(check, list, options);
    assert.deepEqual(lines.map((l) => l.index), list.map((_, i) => i));
    assert.deepEqual(Uint8Array.from(lines, (l) => Number(l.valid)), expected.valid);
    assert.deepEqual(lines.flatMap((l) => l.findings), JSON.parse(JSON.stringify(expected.findings)));
  });
}

test('the catalogue routes give listRules, provinceRequirements and dataVersion', async () => {
  for (const locale of ['zh-CN', 'en', 'en_GB', 'fr']) {
    const rules = await (await fetch(`${server.url}/v1/rules?locale=${locale}`)).json();
    assert.deepEqual(rules, JSON.parse(JSON.stringify(bc.listRules({ locale }))));
    for (const code of ['000000', '11', '440000', '440300', '65']) {
      const response = await fetch(`${server.url}/v1/provinces/${code}/requirements?locale=${locale}`);
      assert.equal(response.status, 200);
      const expected = bc.provinceRequirements(code, { locale });
      assert.ok(expected.length > 0);
      assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(expected)), `${code} ${locale}`);
    }
  }
  for (const code of ['99', '00', '4403', 'x']) {
    const response = await fetch(`${server.url}/v1/provinces/${code}/requirements`);
    assert.equal(response.status, 404, code);
    assert.equal(bc.provinceRequirements(code).length, 0, `the package has no requirements for ${code} either`);
    assert.equal((await response.json()).error, 'unknown_province');
  }
  const version = await (await fetch(`${server.url}/v1/data-version`)).json();
  assert.deepEqual(version, JSON.parse(JSON.stringify(bc.dataVersion())));
});
