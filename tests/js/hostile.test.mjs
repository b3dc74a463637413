// Never throw, always explain: the hostile-input table in Node (Chromium
// runs the same table in tests/e2e/hostile.test.mjs), and memory stays flat
// across 1 000 000 calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync } from 'beian-check/web';
import * as bc from 'beian-check';
import { runHostileTable } from './support/hostile-table.mjs';

test('every export × every hostile value: findings, never an exception', async () => {
  const { calls, failures } = await runHostileTable('beian-check');
  assert.ok(calls > 1500, `${calls} calls`);
  assert.deepEqual(failures, []);
});

test('1 000 000 calls: the wasm memory and the JS heap do not grow', () => {
  // The module is already instantiated by the Node entry: initSync hands back its exports.
  const memory = initSync({ module: readFileSync(new URL('../../pkg/web/beian_check_bg.wasm', import.meta.url)) }).memory;
  const inputs = ['11010519491231002X', '１３８００１３８０００', 'ab\uD800cd', 'www.例子.中国', 42, null, '\u200Bx'.repeat(300)];
  const round = (n) => {
    for (let i = 0; i < n; i++) {
      const value = inputs[i % inputs.length];
      switch (i & 3) {
        case 0: bc.validateIdNumber(value, { asOf: '2026-11-22' }); break;
        case 1: bc.validatePhone(value); break;
        case 2: bc.validateDomain(value); break;
        default: bc.isValid('unitCode', value);
      }
    }
  };
  round(100_000);
  globalThis.gc?.();
  const wasmBefore = memory.buffer.byteLength;
  const heapBefore = process.memoryUsage().heapUsed;
  round(900_000);
  globalThis.gc?.();
  assert.equal(memory.buffer.byteLength, wasmBefore, 'wasm linear memory grew');
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  assert.ok(heapGrowth < 8 << 20, `JS heap grew by ${(heapGrowth / 1048576).toFixed(1)} MB`);
});

test('hostile forms of issue 20 give their findings: a revoked proxy is no form, bidi controls are invisible', () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const codes = (r) => r.findings.map((f) => `${f.rule} ${f.code} ${f.severity} ${f.path}`);
  assert.ok(codes(bc.validateFiling(revoked)).includes('FORM FORM_KIND error kind'));
  const sparse = [];
  sparse.length = 2 ** 32 - 1;
  const r = bc.validateFiling({ kind: 'personal', websites: sparse });
  assert.ok(codes(r).includes('FORM FORM_TOO_MANY_WEBSITES error websites'), 'the first 1 000 items are read, no more');
  const id = bc.validateIdNumber('\u202E11010519491231002X\u2069');
  assert.equal(id.ok, true);
  assert.deepEqual(codes(id), ['R-ID-1 INPUT_INVISIBLE_CHAR warning ']);
  assert.equal(id.normalized, '11010519491231002X');
  // A name of fillers only looks empty, and is.
  const name = bc.validateFiling({ kind: 'personal', subject: { owner: { name: '\u3164\uFFA0' } } });
  assert.ok(codes(name).includes('FORM FORM_REQUIRED error subject.owner.name'), codes(name).join('\n'));
});
