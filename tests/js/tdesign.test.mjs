// beian-check/tdesign: the TDesign Form rules' validators return TDesign's
// CustomValidateObj (error, warning, pass) for concrete values; the
// setValidateMessage map of a validateFiling result; isSubmittable over the
// validateResult shapes of tdesign-vue-next, tdesign-react and
// tdesign-miniprogram; and the example form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bc from 'beian-check';
import { createTDesignRules, toValidateObj, toValidateMessage, isSubmittable } from 'beian-check/tdesign';
import { createRules, checkContactForm, validateLikeTDesign } from '../../examples/tdesign/rules.mjs';

const r = createTDesignRules(bc, { locale: 'en', asOf: '2026-11-22' });
const PASS = { result: true, message: '', type: 'success' };
const ID_INVALID_CHAR = 'Character 18 "Y" is not allowed: this number is 17 digits followed by a digit or X (the check character).';
const ID_CHECKSUM = 'Check character mismatch: from the first 17 characters the 18th should be X, not 1. Check every digit, not only the last one.';
const TIANJIN_MOBILE = 'According to Tencent Cloud (before 2017) and Tencent Cloud (2017-06-05), filings in Tianjin need a mobile number registered in the province; this one is registered in 北京市.';
const TIANJIN_MOBILE_ZH = '据腾讯云（2017 年前）、腾讯云（2017-06-05），在天津备案须使用本省归属地的手机号码，此号码归属地为北京市。';

test('a rule is a TDesign FormRule: validator first, then required and trigger when asked', () => {
  const plain = r.idNumber();
  assert.deepEqual(Object.keys(plain), ['validator']);
  assert.equal(typeof plain.validator, 'function');
  // TDesign runs the first key of a rule it knows: `validator` must come before `required`.
  assert.deepEqual(Object.keys(r.idNumber({ required: true, trigger: 'blur' })), ['validator', 'required', 'trigger']);
  assert.deepEqual({ ...r.email({ trigger: 'blur' }), validator: null }, { validator: null, trigger: 'blur' });
});

test('validator: the first error, as type error', () => {
  assert.deepEqual(r.idNumber().validator('11010519491231002Y'), { result: false, message: ID_INVALID_CHAR, type: 'error' });
  assert.deepEqual(r.idNumber().validator('110105194912310021'), { result: false, message: ID_CHECKSUM, type: 'error' });
  assert.deepEqual(r.domain().validator('www.example.com'), { result: false, message: 'File the registered domain, not a subdomain: enter example.com.', type: 'error' });
  assert.deepEqual(r.email().validator('x@y'), { result: false, message: 'The domain "y" after @ is invalid: it should be a dotted domain such as example.com.', type: 'error' });
  assert.deepEqual(r.idNumber({ locale: 'zh-CN' }).validator('110105194912310021'),
    { result: false, message: '校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。请逐位核对号码，而不只是修改最后一位。', type: 'error' });
});

test('validator: a warning is result false, type warning (shown as a warning); warnings: false passes it', () => {
  const mobile = r.phone({ kind: 'mobile', province: '120000' });
  assert.deepEqual(mobile.validator('13800138000'), { result: false, message: TIANJIN_MOBILE, type: 'warning' });
  assert.deepEqual(r.phone({ kind: 'mobile', province: '120000', warnings: false }).validator('13800138000'), PASS);
  // An error wins over a warning of the same value.
  assert.equal(r.phone({ kind: 'mobile', province: '120000' }).validator('1380013800').type, 'error');
});

test('validator: a pass is result true, type success, no message', () => {
  assert.deepEqual(r.idNumber().validator('11010519491231002x'), PASS);
  assert.deepEqual(r.unitCode().validator('9144030071526726XG'), PASS);
  assert.deepEqual(r.phone({ kind: 'mobile', province: '440000' }).validator('13800138000'), PASS);
  assert.deepEqual(r.filingNumber().validator('粤ICP备12345678号-1'), PASS);
  assert.deepEqual(r.ipv4().validator('8.8.8.8'), PASS);
  assert.deepEqual(r.homepageUrl({ domains: ['example.com'] }).validator('https://www.example.com/'), PASS);
});

test('blank values pass unless required; required blanks are INPUT_EMPTY errors', () => {
  for (const blank of ['', '   ', null, undefined]) assert.deepEqual(r.idNumber().validator(blank), PASS, String(blank));
  assert.deepEqual(r.idNumber({ required: true }).validator(''), { result: false, message: 'Nothing was entered.', type: 'error' });
  assert.deepEqual(createTDesignRules(bc, { locale: 'en', required: true }).email().validator(undefined), { result: false, message: 'Nothing was entered.', type: 'error' });
});

test('values: options read at validation time from the form data', () => {
  const formData = { city: '440300' };
  const phone = r.phone({ kind: 'landline', values: () => ({ cityCode: formData.city }) });
  assert.deepEqual(phone.validator('0755-86013388'), PASS);
  formData.city = '120100';
  assert.deepEqual(phone.validator('0755-86013388'),
    { result: false, message: 'Area code 0755 belongs to 广东省深圳市, not to 天津市市辖区 of the mailing address (022).', type: 'error' });
});

test('filing: the cross-field findings at one path of the whole form', () => {
  const form = {
    kind: 'unit', region: { province: '440000', city: '440100' },
    subject: { owner: { mobile: '13923456789', emergencyPhone: '+86 139 2345 6789' } }, websites: [{ owner: null }],
  };
  const emergency = r.filing(() => form, 'subject.owner.emergencyPhone');
  assert.deepEqual(Object.keys(emergency), ['validator']);
  assert.deepEqual(emergency.validator(undefined),
    { result: false, message: "The same number as the subject owner's mobile; the contacts must be different.", type: 'error' });
  form.subject.owner.emergencyPhone = '13712345678';
  assert.deepEqual(emergency.validator(undefined), PASS);
});

test('never throws: an entry that throws gives an error result', () => {
  const broken = createTDesignRules({ validateIdNumber() { throw new TypeError('wasm not initialised'); } });
  assert.deepEqual(broken.idNumber().validator('x'), { result: false, message: 'beian-check: wasm not initialised', type: 'error' });
  assert.deepEqual(r.idNumber().validator({ not: 'a string' }).type, 'error');
});

test('toValidateObj: materials never fail', () => {
  const material = { rule: 'R-MAT-1', code: 'M', severity: 'material', path: '', message: 'm', params: {} };
  assert.deepEqual(toValidateObj([material]), PASS);
  assert.deepEqual(toValidateObj([material, { ...material, severity: 'warning', message: 'w' }]), { result: false, message: 'w', type: 'warning' });
});

test('toValidateMessage: validateFiling findings in setValidateMessage shape, by finding path', () => {
  const filing = bc.validateFiling({
    kind: 'personal', region: { province: '440000', city: '440300' },
    subject: { name: '张三', owner: { name: '张三', idNumber: '11010519491231002Y', mobile: '13923456789', emergencyPhone: '13923456789' } },
    websites: [{ name: '张三的摄影日记', domains: ['zhangsan-photo.cn'], owner: null }],
  }, { locale: 'en' });
  assert.deepEqual(toValidateMessage(filing), {
    'subject.mailingAddress': [{ type: 'error', message: 'This field is required.' }],
    'subject.owner.email': [{ type: 'error', message: 'Nothing was entered.' }],
    'subject.owner.emergencyPhone': [{ type: 'error', message: "The same number as the subject owner's mobile; the contacts must be different." }],
    'subject.owner.idNumber': [{ type: 'error', message: ID_INVALID_CHAR }],
    'websites[0].registrant': [{ type: 'warning', message: 'Make sure the domain is real-name verified and its registrant is the filing subject.' }],
    'websites[0].remark': [{ type: 'error', message: 'Describe the website\'s content in the remark (required for "其他" and for personal websites).' }],
  });
  assert.deepEqual(Object.keys(toValidateMessage(filing, { warnings: false })).includes('websites[0].registrant'), false);
  // `fields`: listed names with no finding get [] (clears what was shown).
  assert.deepEqual(toValidateMessage(filing, { fields: ['subject.owner.mobile', 'subject.owner.idNumber'] })['subject.owner.mobile'], []);
  assert.equal(toValidateMessage(filing, { fields: ['subject.owner.idNumber'] })['subject.owner.idNumber'].length, 1);
  // Errors first (TDesign shows the first item), whole-form findings left out.
  const f = (severity, path, message) => ({ rule: 'R', code: 'C', severity, path, message, params: {} });
  assert.deepEqual(toValidateMessage({ findings: [f('warning', 'a', 'w'), f('error', 'a', 'e'), f('error', '', 'root'), f('material', 'a', 'm')] }),
    { a: [{ type: 'error', message: 'e' }, { type: 'warning', message: 'w' }] });
  assert.deepEqual(toValidateMessage(null), {});
});

test('isSubmittable: true unless an item failed with an error', () => {
  const warning = { result: false, message: TIANJIN_MOBILE_ZH, type: 'warning' };
  const error = { result: false, message: 'e', type: 'error' };
  assert.equal(isSubmittable(true), true);
  assert.equal(isSubmittable(false), false);      // tdesign-miniprogram when a validator threw
  assert.equal(isSubmittable(undefined), false);
  // tdesign-vue-next: { [name]: every result of the item }, passes included.
  assert.equal(isSubmittable({ mobile: [warning, PASS] }), true);
  assert.equal(isSubmittable({ mobile: [warning], phone: [PASS, error] }), false);
  // A built-in rule's failure has no type (TDesign's default is error) …
  assert.equal(isSubmittable({ name: [{ required: true, message: '姓名必填', result: false }] }), false);
  // … or the rule's own type.
  assert.equal(isSubmittable({ email: [{ required: true, message: '格式必须为邮箱', type: 'warning', result: false }] }), true);
  // tdesign-react: failed results only, nested for array names (['websites', 0, 'domain']).
  assert.equal(isSubmittable({ websites: [{ domain: [warning] }] }), true);
  const sparse = [];
  sparse[2] = { domain: [error] };
  assert.equal(isSubmittable({ websites: sparse }), false);
});

test('the example: TDesign rules of a contact form', async () => {
  const formData = { province: '120000', city: '120100', idNumber: '11010519491231002x', mobile: '13800138000', phone: '0755-86013388', email: '', domain: 'www.example.com' };
  assert.deepEqual(Object.keys(createRules(formData)), ['idNumber', 'mobile', 'phone', 'email', 'domain']);
  const { shown, submit } = await checkContactForm(formData);
  assert.deepEqual(Object.keys(shown), ['mobile', 'phone', 'domain']);
  assert.deepEqual(shown.mobile, { result: false, message: TIANJIN_MOBILE_ZH, type: 'warning' });
  assert.deepEqual([shown.phone.type, shown.domain.type], ['error', 'error']);
  assert.equal(submit, false);
  const fixed = { ...formData, phone: '022-23456789', domain: 'example.com' };
  assert.deepEqual(await checkContactForm(fixed), { shown: { mobile: { result: false, message: TIANJIN_MOBILE_ZH, type: 'warning' } }, submit: true });
  const clean = { ...fixed, mobile: '13012345678', province: '440000', city: '440300', phone: '' };
  assert.equal(await validateLikeTDesign(clean, createRules(clean)), true);
});
