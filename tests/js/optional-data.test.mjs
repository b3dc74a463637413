// The web entry before and after the optional data is loaded: every check
// works on the core wasm alone; division names and mobile home locations
// only add names and R-TEL-4. (This file runs in its own process, so the
// Node entry, which loads both files at import, is never imported here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  initSync, lookupDivision, listDivisions, validateIdNumber, validatePhone, loadDivisionNames, loadMobileLocations,
} from 'beian-check/web';

const file = (name) => readFileSync(new URL(`../../pkg/web/${name}`, import.meta.url));
initSync({ module: file('beian_check_bg.wasm') });

test('without the optional files: codes, levels and checks work, names are empty and messages show codes', () => {
  assert.deepEqual(lookupDivision('110103'), {
    code: '110103', name: '', level: 'county', provinceCode: '110000', province: '', cityCode: '110100',
    retired: true, validFrom: null, validTo: 2010,
  });
  assert.equal(listDivisions().length, 34);
  const id = validateIdNumber('11010519491231002X', { asOf: '2026-11-23' });
  assert.equal(id.ok, true);
  const warning = validateIdNumber('110103201501011236', { asOf: '2026-11-23', locale: 'en' });
  assert.deepEqual(warning.findings.map((f) => [f.rule, f.code, f.severity]), [['R-ID-1', 'ID_DIVISION_RETIRED_BEFORE_BIRTH', 'warning']]);
  assert.match(warning.findings[0].message, /110103 \(110103\)/, 'the code stands in for the name');
  assert.equal(validatePhone('13800138000', { province: '11' }).locationStatus, 'not_loaded');
});

test('loadDivisionNames checks the file, adds the names, and never throws', () => {
  for (const bad of [null, 42, 'names', new Uint8Array(10), file('mobile-location.bin'), file('division-names.bin').subarray(0, 500)]) {
    assert.equal(loadDivisionNames(bad).loaded, false);
  }
  assert.equal(lookupDivision('110103').name, '', 'a refused file leaves no names behind');
  assert.deepEqual(loadDivisionNames(file('division-names.bin')), { loaded: true, rows: 7419 });
  assert.deepEqual(loadDivisionNames(file('division-names.bin').buffer.slice(0)), { loaded: true, rows: 7419 }, 'again: no-op');
  const d = lookupDivision('110103');
  assert.deepEqual([d.name, d.province], ['崇文区', '北京市']);
  assert.equal(listDivisions('440300').find((c) => c.code === '440305').name, '南山区');
  const warning = validateIdNumber('110103201501011236', { asOf: '2026-11-23', locale: 'en' });
  assert.match(warning.findings[0].message, /崇文区/);
  assert.equal(loadMobileLocations(file('mobile-location.bin')).loaded, true);
  assert.equal(validatePhone('13800138000', { province: '11' }).locationStatus, 'found');
});
