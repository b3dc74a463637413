// validateBatch and isValid: the same verdicts and findings as one call per
// value, option warnings once, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bc from 'beian-check';

const VALUES = ['11010519491231002X', '110105194912310021', '', 42, '１１０１０５１９４９１２３１００２ｘ', null];

test('validateBatch gives each value the verdict and findings of its own call', () => {
  const batch = bc.validateBatch('idNumber', VALUES, { asOf: '2026-11-22', locale: 'en' });
  assert.deepEqual([...batch.valid], [1, 0, 0, 0, 1, 0]);
  VALUES.forEach((value, index) => {
    const single = bc.validateIdNumber(value, { asOf: '2026-11-22', locale: 'en' });
    assert.equal(batch.valid[index], single.ok ? 1 : 0);
    assert.deepEqual(batch.findings.filter((f) => f.index === index).map(({ index: _, ...f }) => f), single.findings, String(value));
  });
  assert.deepEqual(VALUES.map((v) => bc.isValid('idNumber', v, { asOf: '2026-11-22' })), [true, false, false, false, true, false]);
});

test('a rejected option is reported once, with the first value', () => {
  const batch = bc.validateBatch('phone', ['13800138000', '13923456789', '0755-86013388'], { locale: 'fr', kind: 'mobile' });
  const warnings = batch.findings.filter((f) => f.code === 'OPTION_INVALID');
  assert.deepEqual(warnings.map((f) => f.index), [0]);
  assert.deepEqual([...batch.valid], [1, 1, 0], 'the landline is not a mobile');
});

test('an unknown check, a non-array and every check name', () => {
  const unknown = bc.validateBatch('fax', ['1'], { locale: 'en' });
  assert.deepEqual([...unknown.valid], []);
  assert.equal(unknown.findings[0].code, 'CHECK_UNKNOWN');
  assert.match(unknown.findings[0].message, /Unknown check "fax"/);
  assert.equal(bc.isValid('fax', '1'), false);
  assert.deepEqual([...bc.validateBatch('ipv4', '8.8.8.8').valid], [1], 'a single value counts as a list of one');
  for (const name of ['idNumber', 'unitCode', 'phone', 'email', 'domain', 'homepageUrl', 'filingNumber', 'ipv4']) {
    assert.equal(bc.validateBatch(name, ['', 'x']).valid.length, 2, name);
  }
});
