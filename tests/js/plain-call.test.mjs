// The common call, a string with no options or only string options,
// crosses into the wasm as that string, its check's number and the options
// flattened into one string (src/wasm.rs validateText / isValidText,
// js/record-reader.js); every other call takes the general exports (here
// forced by an extra option that is no string, which no check reads). Both
// must answer the same: results deep-equal with the same key order, and
// isValid the same verdict as the result's `ok`, for 20 000 random values
// per check with varying options (good, unknown and rejected values) and the
// awkward values (lone surrogates, zero-width characters, the longest string
// the common call takes and one longer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bc from 'beian-check';
import { rng } from './support/reference.mjs';
import { POOLS, FIXED, randomValue } from './support/values.mjs';

const PER_CHECK = 20_000;
// Android's MD5 fingerprint, as the console shows it: a valid value for signingFingerprint.
const EXTRA = [Array(16).fill('A1').join(':'), '\uDC00abc', 'a\u200Bb', '１３８００１３８０００', 'x'.repeat(2000), 'x'.repeat(2001), '1'.repeat(5_000_000)];
const validate = (check) => bc[`validate${check[0].toUpperCase()}${check.slice(1)}`];
/** String options per check: good values, a value a check rejects (a warning), an unknown name. */
const STRING_OPTIONS = {
  idNumber: [{ kind: 'passport' }, { kind: '护照', locale: 'en' }, { kind: 'visa' }],
  unitCode: [{ nature: 'enterprise', province: '440000' }, { kind: 'org_code' }, { certificateType: '营业执照' }],
  phone: [{ kind: 'mobile', province: '11' }, { kind: 'landline', cityCode: '440300' }, { kind: 'fax' }],
  domain: [{ province: '110000' }, { province: '99' }],
  homepageUrl: [{ locale: 'en' }],
  appIdentifier: [{ platform: 'ios' }, { platform: 'wechat' }, { platform: 'symbian' }],
  signingFingerprint: [{ platform: 'ios' }, { platform: 'harmony' }],
  publicKey: [{ platform: 'ios' }],
};
const COMMON_OPTIONS = [undefined, {}, { locale: 'en' }, { asOf: '2026-11-22' }, { asOf: 'soon', locale: 'fr' }, { colour: 'red' }];

for (const [check, pool] of Object.entries(POOLS)) {
  test(`${check}: the common call answers as the general call, on ${PER_CHECK} random values and options`, () => {
    const random = rng(check.length * 104729);
    const chars = [...pool];
    const values = [...FIXED, ...EXTRA];
    while (values.length < PER_CHECK) values.push(randomValue(random, chars));
    let errors = 0;
    const optionSets = [...COMMON_OPTIONS, ...(STRING_OPTIONS[check] ?? [])];
    for (const [i, value] of values.entries()) {
      const options = optionSets[i % optionSets.length];
      const plain = validate(check)(value, options);
      const general = validate(check)(value, { ...options, generalPath: 0 });
      const a = JSON.stringify(plain);
      const b = JSON.stringify(general);
      if (a !== b) assert.fail(`${check}(${JSON.stringify(value.slice(0, 40))})\ncommon:  ${a}\ngeneral: ${b}`);
      assert.equal(bc.isValid(check, value, options), plain.ok, `isValid('${check}', ${JSON.stringify(value.slice(0, 40))})`);
      assert.equal(bc.isValid(check, value, { ...options, generalPath: 0 }), plain.ok);
      if (!plain.ok) errors++;
    }
    // Both verdicts occur, so the comparison means something.
    assert.ok(errors > 0 && errors < values.length, `${errors} of ${values.length} with an error`);
  });
}

test('isValid: the common call of an unknown check is false, as the general call', () => {
  assert.equal(bc.isValid('fax', '13800138000'), false);
  assert.equal(bc.isValid('fax', '13800138000', {}), false);
  assert.equal(bc.isValid('idNumber', '11010519491231002X'), true);
  assert.equal(bc.isValid('idNumber', '110105194912310021'), false);
});
