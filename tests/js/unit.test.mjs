// validateUnitCode, listSubjectNatures and certificateTypesFor through the
// built package, with the exact findings a user sees (R-ORG-1 … R-ORG-7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateUnitCode, listSubjectNatures, certificateTypesFor } from 'beian-check';

const TENCENT = '9144030071526726XG';
const PEKING_UNIVERSITY = '12100000400000624D';

const codes = (r) => r.findings.map((f) => `${f.rule} ${f.code} ${f.severity}`);

test('R-ORG-1: a real code decodes into authority, category, division and organisation code', () => {
  const r = validateUnitCode('9144 0300 7152 6726 xg');
  assert.equal(r.ok, true);
  assert.equal(r.normalized, TENCENT);
  assert.deepEqual([r.kind, r.orgCode, r.national], ['uscc', '71526726-X', false]);
  assert.deepEqual(r.authority, { code: '9', name: '工商' });
  assert.deepEqual(r.category, { code: '1', name: '企业' });
  assert.equal(r.division.code, '440300');
  assert.equal(validateUnitCode(PEKING_UNIVERSITY).national, true);
});

test('each failure has its own code and an exact message', () => {
  const wrong = validateUnitCode('9144030071526726XA', { locale: 'en' });
  assert.deepEqual(codes(wrong), ['R-ORG-1 USCC_CHECKSUM error']);
  assert.equal(wrong.findings[0].message,
    'Check character mismatch: from the first 17 characters the 18th should be G, not A. Check every character.');
  assert.deepEqual(codes(validateUnitCode('9144030071526726XO')), ['R-ORG-1 USCC_INVALID_CHAR error']);
  assert.deepEqual(codes(validateUnitCode('9144030071526726')), ['R-ORG-1 UNIT_LENGTH error']);
  assert.deepEqual(codes(validateUnitCode('91440300715267261R')), ['R-ORG-2 USCC_ORG_CODE_UNUSUAL warning'], 'right check character: as printed');
  assert.deepEqual(codes(validateUnitCode('91440300715267261T')), ['R-ORG-1 USCC_CHECKSUM error', 'R-ORG-2 USCC_ORG_CODE error']);
  assert.deepEqual(codes(validateUnitCode('71526726-X', { kind: 'org_code' })), ['R-ORG-5 ORG_CODE_OBSOLETE warning']);
  assert.deepEqual(codes(validateUnitCode('440301103448669', { kind: 'reg_no_15' })), ['R-ORG-5 REG_NO_OBSOLETE warning']);
});

test('R-ORG-3/4/5: nature, province and certificate type', () => {
  assert.deepEqual(codes(validateUnitCode(TENCENT, { nature: '事业单位' })), ['R-ORG-3 USCC_NATURE_MISMATCH error']);
  assert.deepEqual(codes(validateUnitCode(TENCENT, { nature: 'mass_organization' })), ['R-ORG-3 USCC_NATURE_UNUSUAL warning']);
  assert.deepEqual(codes(validateUnitCode(TENCENT, { province: '110000' })), ['R-ORG-4 USCC_OUTSIDE_PROVINCE warning']);
  assert.deepEqual(codes(validateUnitCode(TENCENT, { province: '44' })), []);
  const r = validateUnitCode(TENCENT, { nature: 'law_firm', certificateType: 'business_licence' });
  assert.deepEqual(codes(r), ['R-ORG-3 USCC_NATURE_MISMATCH error', 'R-ORG-5 CERTIFICATE_TYPE_NOT_ALLOWED error']);
  assert.equal(validateUnitCode('军字第12345号', { certificateType: '部队代号' }).kind, 'other');
});

test('bad options and values give findings, never exceptions', () => {
  for (const value of [undefined, null, 42, {}, '', '\uD800', 'x'.repeat(3000)]) {
    assert.equal(validateUnitCode(value).ok, false);
  }
  const r = validateUnitCode(TENCENT, { kind: 'vat', nature: '公司', certificateType: 'resident_id', province: '99' });
  assert.deepEqual(r.findings.map((f) => f.params.option), ['kind', 'nature', 'certificateType', 'province']);
  assert.equal(r.ok, true);
});

test('listSubjectNatures and certificateTypesFor follow Tencent Cloud《各省管局要求》', () => {
  const natures = listSubjectNatures();
  assert.equal(natures.length, 18);
  assert.deepEqual(natures.map((n) => n.code).slice(0, 5), ['personal', 'government', 'military', 'public_institution', 'enterprise']);
  assert.deepEqual(certificateTypesFor('企业').map((t) => [t.label, t.number]), [
    ['工商营业执照（统一社会信用代码证书）', 'uscc'],
    ['组织机构代码证书', 'org_code'],
    ['外国企业常驻代表机构登记证', 'uscc'],
  ]);
  assert.deepEqual(certificateTypesFor('personal').map((t) => t.number), ['resident_id', 'hk_macau_permit', 'taiwan_permit', 'passport']);
  assert.deepEqual(certificateTypesFor('nobody'), []);
  assert.deepEqual(certificateTypesFor(7), []);
});
