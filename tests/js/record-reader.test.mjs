// The result records (src/record.rs, js/record-reader.js): every export a
// user calls returns a plain object, never a raw record; the list of
// wrapped exports is exactly the glue's exports that answer with a record;
// and a record reads back as the object its JSON stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bc from 'beian-check';
import * as glue from '../../pkg/web/beian_check.js';
import { RECORD_EXPORTS, readRecord } from '../../js/record-reader.js';

/** Arguments that reach every branch of the exports' result shapes. */
const ARGUMENTS = [
  ['11010519491231002X'], ['0755-86013388', { kind: 'landline', cityCode: '440300' }], ['www.例子.中国'],
  ['idNumber', ['11010519491231002X', '1', 7]], ['440000'], [undefined], ['personal'],
  [{ kind: 'personal', subject: { owner: { mobile: '13800138000' } } }],
];

const functions = (module) => Object.entries(module).filter(([, f]) => typeof f === 'function');

test('no export of the entries hands out a raw record', () => {
  for (const [name, fn] of functions(bc)) {
    if (['initSync', 'benchFloor', 'validateFilingEncoded', 'checkContactsEncoded', 'validateBatchPart', 'validateText', 'isValidText'].includes(name)) continue;
    for (const args of ARGUMENTS) {
      let result;
      try {
        result = fn(...args);
      } catch {
        continue; // loaders reject bytes they cannot read: not a record either way
      }
      assert.ok(!(result instanceof Uint16Array), `${name}(${JSON.stringify(args)}) returned a raw record`);
    }
  }
});

test('RECORD_EXPORTS lists exactly the glue exports that answer with a record', () => {
  const answering = new Set();
  for (const [name, fn] of functions(glue)) {
    if (['initSync', 'default'].includes(name)) continue;
    for (const args of [...ARGUMENTS, ['s4:kinds8:personal'], [0, '11010519491231002X', '']]) {
      try {
        if (fn(...args) instanceof Uint16Array) answering.add(name);
      } catch { /* not a record */ }
    }
  }
  assert.deepEqual([...answering].sort(), [...RECORD_EXPORTS].sort());
});

test('records read back as the objects their JSON stands for, with plain prototypes', () => {
  const results = [
    bc.validateIdNumber('110105194912310021', { locale: 'en', asOf: 'x' }),
    bc.validatePhone('0755-86013388', { kind: 'landline', cityCode: '110000' }),
    bc.validateDomain('shop.例子.中国'),
    bc.validateBatch('phone', ['13800138000', '', 12, null]),
    bc.validateFiling(JSON.parse(readFileSync(new URL('../fixtures/unit-classic-mistakes.json', import.meta.url))).form),
    bc.listDivisions('440000'), bc.dataVersion(), bc.lookupDivision('110103'), bc.lookupDivision('000000'),
  ];
  for (const result of results) {
    const { valid, ...rest } = result ?? {};
    assert.deepEqual(JSON.parse(JSON.stringify(rest)), rest);
    if (result && !Array.isArray(result)) assert.equal(Object.getPrototypeOf(result), Object.prototype);
  }
  const batch = results[3];
  assert.ok(batch.valid instanceof Uint8Array);
  assert.deepEqual([...batch.valid], [1, 0, 0, 0]);
  assert.deepEqual(batch.findings.map((f) => [f.index, f.code]),
    [[1, 'INPUT_EMPTY'], [2, 'INPUT_NOT_STRING'], [3, 'INPUT_EMPTY']]);
});

test('strings of every kind survive: astral characters, Chinese messages, 100 000 characters', () => {
  const domain = bc.validateDomain('a😀.com');
  assert.deepEqual(domain.findings[0].params, { char: '😀' });
  assert.equal(domain.findings[0].message, '域名中不能有“😀”：只能使用字母、数字、连字符或汉字。');
  assert.deepEqual(bc.validateIdNumber('𠀀1101').findings.map((f) => f.params), [{ position: 1, char: '𠀀' }, { expected: 18, length: 5 }]);
  assert.deepEqual(bc.validateEmail(`\uFEFF😀${'一'.repeat(100_000)}`).findings.map((f) => [f.code, f.params]),
    [['INPUT_TOO_LONG', { length: 100_003, max: 1000 }]]);
});

test('a broken record is reported, not misread', () => {
  assert.throws(() => readRecord(new Uint16Array([1, 0, 99])), /unreadable result record \(tag 99/);
});
