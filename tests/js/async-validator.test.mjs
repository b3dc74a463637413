// beian-check/async-validator with the real async-validator package: the
// example contact form, severities, optional fields, form-dependent options
// and the whole-form rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AsyncValidator from 'async-validator';
import * as bc from 'beian-check';
import { createValidators } from 'beian-check/async-validator';
import { validateContactForm } from '../../examples/async-validator/contact-form.mjs';

const Schema = AsyncValidator.default ?? AsyncValidator;
const v = createValidators(bc, { locale: 'en', asOf: '2026-11-22' });

async function errorsOf(descriptor, values) {
  try {
    await new Schema(descriptor).validate(values, { first: false });
    return [];
  } catch ({ errors }) {
    return errors.map((e) => [e.field, e.message]);
  }
}

test('the example contact form: errors block, warnings advise', async () => {
  const result = await validateContactForm({
    province: '350000', city: '350100', name: '张三', idNumber: '11010519491231002x',
    mobile: '13800138000', phone: '0755-86013388', email: '', domain: 'www.example.com',
  });
  assert.deepEqual(result.errors.map((e) => e.field), ['phone', 'domain']);
  assert.match(result.errors[0].message, /区号 0755 属于广东省深圳市/);
  assert.deepEqual(result.warnings, [{ field: 'mobile', message: '手机号码归属地为北京市，不在备案省份福建省，建议使用本地号码。' }]);
  const clean = await validateContactForm({
    province: '350000', city: '350100', name: '张三', idNumber: '11010519491231002X',
    mobile: '13043541234', phone: '0591-86013388', email: 'a@example.com', domain: 'example.com',
  });
  assert.deepEqual(clean, { errors: [], warnings: [] });
});

test('each rule resolves, or rejects with its findings as errors carrying rule and code', async () => {
  const rule = v.idNumber();
  const errors = await rule.asyncValidator({ field: 'id' }, '110105194912310021').then(() => [], (e) => e);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'ID_CHECKSUM');
  assert.equal(errors[0].rule, 'R-ID-1');
  assert.match(errors[0].message, /check character/i);
  assert.equal(await rule.asyncValidator({ field: 'id' }, '11010519491231002X'), undefined);
  assert.equal(rule.warningOnly, false);
  assert.equal(v.phone({ severity: 'warning' }).warningOnly, true);
  assert.equal(v.phone({ trigger: 'blur' }).trigger, 'blur');
});

test('warnings: a store gets each field\'s warnings by its name, and they never fail the rule', async () => {
  const warnings = {};
  const w = createValidators(bc, { locale: 'zh-CN', warnings });
  const descriptor = { mobile: w.phone({ kind: 'mobile', values: () => ({ province: '350000' }) }) };
  assert.deepEqual(await errorsOf(descriptor, { mobile: '13800138000' }), []);
  assert.deepEqual(warnings.mobile.map((f) => [f.rule, f.code, f.severity, f.message]), [
    ['R-TEL-4', 'PHONE_MOBILE_OTHER_PROVINCE', 'warning', '手机号码归属地为北京市，不在备案省份福建省，建议使用本地号码。'],
  ]);
  const before = warnings.mobile;
  await errorsOf(descriptor, { mobile: '13800138000' });
  assert.equal(warnings.mobile, before, 'the same warnings are not written again');
  await errorsOf(descriptor, { mobile: '13950001234' });
  assert.deepEqual(warnings.mobile, []);
  // `name` overrides the field async-validator validates.
  await errorsOf({ x: w.phone({ kind: 'mobile', name: 'owner.mobile', values: () => ({ province: '350000' }) }) }, { x: '13800138000' });
  assert.equal(warnings['owner.mobile'].length, 1);
});

test('an entry used before init() fails the rule with a message instead of throwing', async () => {
  const broken = createValidators({ validatePhone() { throw new Error('init() first'); } });
  assert.deepEqual(await errorsOf({ p: broken.phone() }, { p: '1' }), [['p', 'beian-check: init() first']]);
});

test('required: false lets blank values pass; required fields report INPUT_EMPTY', async () => {
  const descriptor = { email: v.email({ required: false }), unit: v.unitCode(), ip: v.ipv4({ required: false }) };
  assert.deepEqual(await errorsOf(descriptor, { email: '  ', unit: '9144030071526726XG' }), []);
  const errors = await errorsOf(descriptor, { email: 'x@y', unit: '', ip: '10.0.0.1' });
  assert.deepEqual(errors.map(([field]) => field), ['email', 'unit', 'ip']);
});

test('values: options from the rest of the form (the homepage must be under the domain)', async () => {
  const descriptor = { url: v.homepageUrl({ values: (form) => ({ domains: [form.domain] }) }), number: v.filingNumber() };
  assert.deepEqual(await errorsOf(descriptor, { domain: 'example.com', url: 'https://www.example.com/', number: '粤ICP备12345678号-1' }), []);
  const errors = await errorsOf(descriptor, { domain: 'example.com', url: 'https://www.other.com/', number: '粤ICP备1234号' });
  assert.deepEqual(errors.map(([field]) => field), ['url', 'number']);
});

test('filing: a field of the whole form gets the cross-field findings at its path', async () => {
  const form = {
    kind: 'unit', region: { province: '440000', city: '440100' },
    subject: { owner: { mobile: '13923456789', emergencyPhone: '+86 139 2345 6789' } }, websites: [{ owner: null }],
  };
  const descriptor = { emergency: v.filing(() => form, 'subject.owner.emergencyPhone') };
  const errors = await errorsOf(descriptor, {});
  assert.deepEqual(errors, [['emergency', "The same number as the subject owner's mobile; the contacts must be different."]]);
});
