// Results built by shape (scripts/gen-decoders.mjs → decoders.js, read by
// js/record-reader.js): every export's result, read by its type's shape,
// is the very object the tag reader builds — deep-equal, key order
// included — on every fixture form and 100 000 random values per check,
// and no result needed the tag reader (its type is its Rust struct's shape).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as bc from 'beian-check';
import * as glue from '../../pkg/web/beian_check.js';
import { DECODERS } from '../../pkg/web/decoders.js';
import { readRecord, readShaped, shapeMismatches } from '../../pkg/web/record-reader.js';
import { encodeForm } from '../../pkg/web/form-reader.js';
import { rng } from './support/reference.mjs';
import { POOLS, FIXED, randomValue } from './support/values.mjs';

const PER_CHECK = 100_000;
const OPTIONS = [undefined, { locale: 'en' }, { asOf: '2026-11-22' }];

/** The record of `call` read both ways: the same object, keys in the same order. */
function same(name, call) {
  const units = call();
  const tags = readRecord(units);
  const shaped = readShaped(units, DECODERS[name]);
  const [a, b] = [JSON.stringify(tags), JSON.stringify(shaped)];
  if (a !== b) assert.fail(`${name}: by shape ${b}\nby tags  ${a}`);
  if (tags?.valid instanceof Uint8Array) assert.deepEqual(shaped.valid, tags.valid);
}

test('every export that answers with a record has a shape reader', () => {
  for (const name of ['validateIdNumber', 'validateUnitCode', 'validatePhone', 'validateEmail', 'validateDomain',
    'validateHomepageUrl', 'validateFilingNumber', 'validateIpv4', 'validateAppIdentifier', 'validateSigningFingerprint',
    'validatePublicKey', 'validateBatchPart', 'validateFilingEncoded', 'checkContactsEncoded', 'lookupDivision',
    'listDivisions', 'listSubjectNatures', 'certificateTypesFor', 'areaCodeFor', 'citiesForAreaCode']) {
    assert.equal(typeof DECODERS[name], 'function', name);
  }
});

for (const [check, pool] of Object.entries(POOLS)) {
  test(`${check}: ${PER_CHECK} random values read by shape as by tags`, () => {
    const name = `validate${check[0].toUpperCase()}${check.slice(1)}`;
    const random = rng(check.length * 31337);
    const chars = [...pool];
    for (let i = 0; i < PER_CHECK; i++) {
      const value = i < FIXED.length ? FIXED[i] : randomValue(random, chars);
      same(name, () => glue[name](value, OPTIONS[i % OPTIONS.length]));
    }
  });
}

test('every fixture form, contacts, batches and the data functions read by shape as by tags', () => {
  const dir = new URL('../fixtures/', import.meta.url);
  for (const file of readdirSync(dir)) {
    const { form } = JSON.parse(readFileSync(new URL(file, dir)));
    for (const options of [undefined, { locale: 'en' }, { only: 'websites[0]' }]) {
      same('validateFilingEncoded', () => glue.validateFilingEncoded(encodeForm(form), options));
      same('checkContactsEncoded', () => glue.checkContactsEncoded(encodeForm(form), options));
    }
  }
  same('validateBatchPart', () => glue.validateBatchPart('idNumber', ['11010519491231002X', '1', 7, null], undefined, 0));
  same('validateBatchPart', () => glue.validateBatchPart('fax', [], undefined, 0));
  for (const code of ['110000', '110105', '000000', '422921', '']) same('lookupDivision', () => glue.lookupDivision(code));
  for (const parent of [undefined, '440000', '440300', 'x']) same('listDivisions', () => glue.listDivisions(parent));
  same('listSubjectNatures', () => glue.listSubjectNatures());
  for (const nature of ['enterprise', 'personal', 'x']) same('certificateTypesFor', () => glue.certificateTypesFor(nature));
  for (const code of ['110105', '440300', '000000']) same('areaCodeFor', () => glue.areaCodeFor(code));
  for (const code of ['0755', '027', '0378', 'x']) same('citiesForAreaCode', () => glue.citiesForAreaCode(code));
});

test('no result of the package needed the tag reader: the types are the results\' shapes', () => {
  const form = JSON.parse(readFileSync(new URL('../fixtures/unit-classic-mistakes.json', import.meta.url))).form;
  bc.validateFiling(form);
  bc.validateIdNumber('110105194912310021');
  bc.validatePhone('0755-86013388', { kind: 'landline', cityCode: '440100' });
  bc.validateBatch('idNumber', ['11010519491231002X', '1']);
  bc.listDivisions('440000');
  assert.equal(shapeMismatches(), 0);
});
