// Phones, e-mail and contacts through the built package (R-TEL-1 … R-TEL-5,
// R-CON-1 … R-CON-5), with the exact findings a user sees. The Node entry
// has loaded the mobile home-location table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  validatePhone, normalizePhone, areaCodeFor, citiesForAreaCode, checkContacts, validateEmail, loadMobileLocations,
} from 'beian-check';

const codes = (r) => r.findings.map((f) => `${f.rule} ${f.code} ${f.severity}`);

test('normalizePhone accepts every typed form of the issue', () => {
  for (const typed of ['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '8613800138000', '１３８００１３８０００']) {
    assert.equal(normalizePhone(typed), '13800138000', typed);
  }
  for (const typed of ['0755-86013388', '086-0755-86013388', '(0755)86013388', '+86 755 8601 3388', '０７５５－８６０１３３８８']) {
    assert.equal(normalizePhone(typed), '0755-86013388', typed);
  }
  assert.equal(normalizePhone('0755-8601338-801'), '0755-8601338-801');
  assert.equal(normalizePhone('0755-86013388转801'), '0755-86013388-801');
  assert.equal(normalizePhone('hello'), null);
  assert.equal(normalizePhone(13800138000), null);
});

test('R-TEL-1: allocated mobile blocks only', () => {
  assert.deepEqual(codes(validatePhone('13800138000', { kind: 'mobile' })), []);
  for (const allocated of ['14512345678', '16212345678', '17012345678', '19212345678', '19912345678']) {
    assert.equal(validatePhone(allocated, { kind: 'mobile' }).ok, true, allocated);
  }
  for (const [number, prefix] of [['12012345678', '120'], ['11012345678', '110'], ['14012345678', '140'], ['17912345678', '179']]) {
    const r = validatePhone(number, { kind: 'mobile' });
    assert.deepEqual(codes(r), ['R-TEL-1 PHONE_MOBILE_UNALLOCATED error'], number);
    assert.equal(r.findings[0].params.prefix, prefix);
  }
  assert.deepEqual(codes(validatePhone('1380013800', { kind: 'mobile' })), ['R-TEL-1 PHONE_MOBILE_LENGTH error']);
  assert.deepEqual(codes(validatePhone('0755-86013388', { kind: 'mobile' })), ['R-TEL-1 PHONE_NOT_MOBILE error']);
});

test('R-TEL-2: area codes, local lengths, extensions', () => {
  const r = validatePhone('0755-86013388-801', { kind: 'landline' });
  assert.equal(r.ok, true);
  assert.deepEqual([r.areaCode, r.local, r.extension, r.location.city], ['0755', '86013388', '801', '深圳市']);
  assert.deepEqual(codes(validatePhone('86013388', { kind: 'landline' })), ['R-TEL-2 PHONE_AREA_CODE_MISSING error']);
  assert.deepEqual(codes(validatePhone('0300-2345678', { kind: 'landline' })), ['R-TEL-2 PHONE_AREA_CODE_UNKNOWN error']);
  assert.deepEqual(codes(validatePhone('0755-12345678', { kind: 'landline' })), ['R-TEL-2 PHONE_LOCAL_START error']);
  const short = validatePhone('0755-8601338', { kind: 'landline' });
  assert.deepEqual(codes(short), ['R-TEL-2 PHONE_LOCAL_LENGTH error']);
  assert.equal(short.findings[0].message, '区号 0755 后的号码应为 8 位，当前为 7 位。');
  assert.deepEqual(codes(validatePhone('0755-86013388转80a1', { kind: 'landline' })), ['R-TEL-2 PHONE_EXTENSION error']);
  assert.deepEqual(codes(validatePhone('0755-8601a388', { kind: 'landline' })), ['R-TEL-2 PHONE_INVALID_CHAR error']);
  assert.deepEqual(codes(validatePhone('+1 415 555 0100')), ['R-TEL-2 PHONE_FOREIGN error']);
  // A withdrawn code names the code now in use and the year (data/phones/retired-area-codes.csv).
  const kaifeng = validatePhone('0378-2345678', { kind: 'landline' });
  assert.deepEqual(codes(kaifeng), ['R-TEL-2 PHONE_AREA_CODE_RETIRED error']);
  assert.match(kaifeng.findings[0].message, /^区号 0378 已于 2013 年停用，现用区号为 0371；/);
  assert.deepEqual(codes(validatePhone('0634-6212345')), ['R-TEL-2 PHONE_AREA_CODE_RETIRED error'], 'Laiwu, now 0531');
});

test('R-TEL-3: the area code must serve the mailing city (Tencent Cloud《接入备案》2020 and 《通过小程序进行首次备案》2019)', () => {
  const r = validatePhone('010-62671188', { kind: 'landline', cityCode: '440100' });
  assert.deepEqual(codes(r), ['R-TEL-3 PHONE_AREA_CODE_MISMATCH error']);
  assert.equal(r.findings[0].message, '区号 010 属于北京市，与通信地址所在的广东省广州市（020）不符。');
  // Another city of the same province: an error too (issue 27); a Guangzhou unit giving a Shenzhen landline is rejected.
  const near = validatePhone('0755-86013388', { kind: 'landline', cityCode: '440100' });
  assert.deepEqual(codes(near), ['R-TEL-3 PHONE_AREA_CODE_OTHER_CITY error']);
  assert.equal(near.ok, false);
  assert.match(near.findings[0].message, /^区号 0755 属于广东省深圳市，不是通信地址所在的广东省广州市的区号（020）：腾讯云备案文档（2019、2020）/);
  // A county on a neighbouring city's network has that code (乌苏市 0992), its siblings do not.
  assert.deepEqual(codes(validatePhone('0992-8531005', { cityCode: '654202' })), []);
  assert.deepEqual(codes(validatePhone('0992-8531005', { cityCode: '654201' })), ['R-TEL-3 PHONE_AREA_CODE_OTHER_CITY error']);
  assert.deepEqual(codes(validatePhone('0755-86013388', { cityCode: '440305' })), [], 'a district of the city');
  // 024 serves four cities.
  for (const city of ['210100', '211200', '210400', '210500']) {
    assert.deepEqual(codes(validatePhone('024-23456789', { cityCode: city })), [], city);
  }
  assert.deepEqual(codes(validatePhone('024-23456789', { cityCode: '210200' })), ['R-TEL-3 PHONE_AREA_CODE_OTHER_CITY error'], 'Dalian is 0411');
  assert.deepEqual(codes(validatePhone('010-62345678', { cityCode: '110105' })), []);
  assert.deepEqual(areaCodeFor('440300'), ['0755']);
  assert.deepEqual(areaCodeFor('211200'), ['024']);
  assert.deepEqual(citiesForAreaCode('0728').map((d) => d.name), ['仙桃市', '潜江市', '天门市']);
  assert.deepEqual(areaCodeFor('999999'), []);
});

test('R-TEL-4: the mobile home province, as firm as each province\'s sources', () => {
  // 福建: no source states a requirement: a warning.
  const r = validatePhone('13800138000', { kind: 'mobile', province: '350000' });
  assert.equal(r.locationStatus, 'found');
  assert.deepEqual(r.location, { provinceCode: '110000', province: '北京市', cityCode: '110000', city: '北京市' });
  assert.deepEqual(codes(r), ['R-TEL-4 PHONE_MOBILE_OTHER_PROVINCE warning']);
  // 北京: Tencent (2017, 2018) and UCloud (2020) agree: an error naming them.
  const beijing = validatePhone('13923456789', { kind: 'mobile', province: '110000' });
  assert.deepEqual(codes(beijing), ['R-TEL-4 PHONE_MOBILE_OTHER_PROVINCE_REQUIRED error']);
  assert.match(beijing.findings[0].message, /^据腾讯云（2017 年前）、腾讯云（2017-06-05）、UCloud（2020-08-18）、腾讯云（2018-08-20），在北京备案须使用本省归属地的手机号码，此号码归属地为广东省深圳市。$/);
  assert.equal(beijing.findings[0].params.requirement, 'R-TEL-4@110000');
  assert.ok(beijing.findings[0].params.sources.includes('UCloud（2020-08-18）'));
  // 天津: one provider (Tencent): a warning.
  assert.deepEqual(codes(validatePhone('13923456789', { kind: 'mobile', province: '120000' })), ['R-TEL-4 PHONE_MOBILE_OTHER_PROVINCE_REQUIRED warning']);
  // 广东: Huawei (2025) says there is no requirement.
  assert.deepEqual(codes(validatePhone('13800138000', { kind: 'mobile', province: '44' })), []);
});

test('R-TEL-5: a landline field refuses a mobile', () => {
  const r = validatePhone('13800138000', { kind: 'landline' });
  assert.deepEqual(codes(r), ['R-TEL-5 PHONE_NOT_LANDLINE error']);
});

test('loadMobileLocations validates the table and never throws', () => {
  const bytes = readFileSync(new URL('../../pkg/web/mobile-location.bin', import.meta.url));
  assert.deepEqual(loadMobileLocations(bytes), { loaded: true, places: 349, runs: 143528 });
  assert.equal(loadMobileLocations(new Uint8Array(10)).loaded, false);
  assert.equal(loadMobileLocations(bytes.subarray(0, 100)).loaded, false);
  assert.equal(loadMobileLocations(null).loaded, false);
  assert.equal(validatePhone('13800138000').locationStatus, 'found', 'the good table is still loaded');
});

test('R-CON-1 … R-CON-5: the contact cases of Tencent Cloud《各省管局要求》', () => {
  const personal = (owner, accountPhone) => checkContacts({ kind: 'personal', subject: { owner }, accountPhone });
  assert.deepEqual(personal({ mobile: '13800138000', emergencyPhone: '13900139000' }), { ok: true, findings: [] });
  assert.deepEqual(personal({ mobile: '13800138000' }).findings.map((f) => [f.rule, f.code, f.path]),
    [['R-CON-1', 'CONTACT_REQUIRED', 'subject.owner.emergencyPhone']]);
  assert.deepEqual(personal({ mobile: '+86 138-0013-8000', emergencyPhone: '13800138000' }).findings.map((f) => f.code),
    ['CONTACT_DUPLICATE']);
  assert.deepEqual(personal({ mobile: '13800138000', emergencyPhone: '13900139000' }, '13700137000').findings.map((f) => [f.code, f.severity]),
    [['CONTACT_NOT_ACCOUNT_PHONE', 'warning']]);
  const unit = (owners) => checkContacts({
    kind: 'unit',
    subject: { owner: { mobile: '13800138000', phone: '0755-86013388', emergencyPhone: '13900139000' } },
    websites: owners.map((owner) => ({ owner })),
  });
  assert.deepEqual(unit([null]).findings, [], 'R-CON-2: same owner, two different contacts');
  assert.deepEqual(unit([{ mobile: '13700137000', emergencyPhone: '13600136000' }]).findings, [], 'R-CON-3');
  assert.deepEqual(unit([{ mobile: '13800138000', emergencyPhone: '13900139000' }]).findings.map((f) => [f.rule, f.code, f.path]), [
    ['R-CON-3', 'CONTACT_OWNERS_SAME_MOBILE', 'websites[0].owner.mobile'],
  ], 'three numbers exist (the landline), but contact 1 is shared');
  const email = checkContacts({ kind: 'personal', subject: { owner: { mobile: '13800138000', emergencyPhone: '13900139000', email: 'a@b' } } });
  assert.deepEqual(email.findings.map((f) => [f.code, f.path]), [['EMAIL_DOMAIN', 'subject.owner.email']]);
});

test('validateEmail', () => {
  const r = validateEmail(' Zhang.San@Example.COM ');
  assert.deepEqual([r.ok, r.normalized, r.local, r.domain], [true, 'Zhang.San@example.com', 'Zhang.San', 'example.com']);
  assert.equal(validateEmail('用户@例子.中国').findings[0].code, 'EMAIL_LOCAL');
  assert.equal(validateEmail('a@例子.中国').ok, true);
  assert.deepEqual(validateEmail('a@@b.com').findings.map((f) => f.code), ['EMAIL_AT']);
  assert.deepEqual(validateEmail(42).findings.map((f) => f.code), ['INPUT_NOT_STRING']);
});
