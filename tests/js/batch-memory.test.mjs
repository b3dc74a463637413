// validateBatch in parts (js/batch.mjs): a column of 1 000 000 ID numbers,
// a quarter wrong, leaves the wasm's memory (which never shrinks) as large
// as a column of 100 000 does — a few MB over what one value needs — and
// the JS memory held after the result is dropped is what it was before; a
// column past the cap is answered at once; batchValidator, given the column
// part by part, answers what validateBatch answers for the whole. (Times
// are in `npm run bench`, not here.) Runs in its own process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import init, { batchValidator, validateBatch, validateIdNumber } from 'beian-check';

const MB = 1 << 20;
const { memory } = await init();

/** `n` ID numbers, one in four with a wrong check character. */
function ids(n) {
  const column = new Array(n);
  for (let i = 0; i < n; i++) {
    const body = `110105${1950 + (i % 60)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    let sum = 0;
    for (const d of body) sum = ((sum + Number(d)) * 2) % 11;
    const c = (12 - (sum % 11)) % 11;
    const check = c === 10 ? 'X' : String(c);
    column[i] = body + (i % 4 === 3 ? (check === '0' ? '1' : '0') : check);
  }
  return column;
}

const heapAfterGc = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

test('1 000 000 IDs: the wasm memory grows no more than for 100 000, and the JS heap returns after the result is dropped', () => {
  const small = ids(100_000);
  const before = memory.buffer.byteLength;
  let result = validateBatch('idNumber', small);
  assert.equal(result.findings.length, 25_000);
  const afterSmall = memory.buffer.byteLength;
  result = null;
  const heapBefore = heapAfterGc();

  let big = validateBatch('idNumber', ids(1_000_000));
  const afterBig = memory.buffer.byteLength;
  assert.equal(big.valid.length, 1_000_000);
  assert.equal(big.findings.length, 250_000);
  assert.equal(big.valid.reduce((sum, v) => sum + v, 0), 750_000);
  assert.deepEqual(big.findings.slice(0, 1).map((f) => [f.index, f.rule, f.code, f.severity]), [[3, 'R-ID-1', 'ID_CHECKSUM', 'error']]);
  assert.equal(big.findings.at(-1).index, 999_999);
  const heldWithResult = heapAfterGc() - heapBefore;
  big = null;
  const heldAfter = heapAfterGc() - heapBefore;

  console.log(`wasm memory: ${(before / MB).toFixed(1)} MB before, +${((afterSmall - before) / MB).toFixed(1)} MB for 100 000 values, +${((afterBig - afterSmall) / MB).toFixed(1)} MB more for 1 000 000`);
  console.log(`JS heap: +${(heldWithResult / MB).toFixed(0)} MB while the result (250 000 findings) is held, +${(heldAfter / MB).toFixed(1)} MB after it is dropped`);
  assert.ok(afterSmall - before <= 8 * MB, `the wasm memory grew by ${afterSmall - before} B for 100 000 values`);
  assert.equal(afterBig, afterSmall, 'ten times the values, not a byte more wasm memory');
  assert.ok(heldWithResult < 250 * MB, `the result holds ${heldWithResult} B`);
  assert.ok(heldAfter < 16 * MB, `${heldAfter} B still held after the result was dropped`);
});

test('a column past the cap is answered at once with BATCH_TOO_LONG, naming the cap', () => {
  const sparse = [];
  sparse.length = 2 ** 32 - 1;
  const started = performance.now();
  const result = validateBatch('idNumber', sparse, { locale: 'en' });
  const took = performance.now() - started;
  assert.ok(took < 50, `${took} ms`);
  assert.equal(result.valid.length, 0);
  assert.deepEqual(result.findings.map(({ index, rule, code, severity, params }) => ({ index, rule, code, severity, params })), [
    { index: 0, rule: 'OPTIONS', code: 'BATCH_TOO_LONG', severity: 'error', params: { max: 1_000_000 } },
  ]);
  assert.match(result.findings[0].message, /^One call checks at most 1000000 values.*batchValidator/);
  assert.equal(validateBatch('idNumber', new Array(1_000_001).fill('1')).findings[0].code, 'BATCH_TOO_LONG');
});

test('batchValidator: a column given in parts answers what validateBatch answers for the whole', () => {
  const column = ids(10_000).map((id, i) => (i % 1000 === 7 ? `１${id.slice(1)}` : id));
  const options = { locale: 'fr', asOf: '2026-11-22' };
  const whole = validateBatch('idNumber', column, options);
  const checker = batchValidator('idNumber', options);
  const valid = [];
  const findings = [];
  for (let start = 0; start < column.length; start += 777) {
    const part = checker.validate(column.slice(start, start + 777));
    assert.equal(part.valid.length, Math.min(777, column.length - start));
    valid.push(...part.valid);
    findings.push(...part.findings);
  }
  assert.equal(checker.count, 10_000);
  assert.deepEqual(valid, [...whole.valid]);
  assert.deepEqual(findings, whole.findings);
  // The option warning (locale "fr") once, with the first value; the full-width digit's warning at its own index.
  assert.deepEqual(whole.findings.filter((f) => f.code === 'OPTION_INVALID').map((f) => f.index), [0]);
  assert.ok(whole.findings.some((f) => f.index === 7007));
  // Each value as its own call would answer it (parts of 4 096 inside validateBatch, across their seams too).
  for (const i of [0, 3, 4095, 4096, 4099, 8191, 8192, 9999]) {
    const own = validateIdNumber(column[i], { asOf: '2026-11-22' });
    assert.equal(whole.valid[i], own.ok ? 1 : 0, `value ${i}`);
    assert.deepEqual(whole.findings.filter((f) => f.index === i && f.code !== 'OPTION_INVALID').map(({ index, ...f }) => f), own.findings, `value ${i}`);
  }
});

test('examples/batch/csv-column.mjs: a CSV column checked part by part, every wrong row reported once', async () => {
  const { checkCsvColumn } = await import('../../examples/batch/csv-column.mjs');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'beian-csv-'));
  try {
    const column = ids(25_003);
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, `name,phone,idNumber\n${column.map((id, i) => `person ${i},138${String(i).padStart(8, '0')},${id}`).join('\n')}\n`);
    const wrong = [];
    const { rows, errors } = await checkCsvColumn(csv, 2, 'idNumber', { locale: 'en' }, (row, findings) => wrong.push([row, findings.map((f) => f.code)]));
    assert.equal(rows, 25_003);
    assert.equal(errors, 6_250);
    assert.deepEqual(wrong.slice(0, 2), [[4, ['ID_CHECKSUM']], [8, ['ID_CHECKSUM']]]);
    assert.equal(wrong.at(-1)[0], 25_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
