// A filing's contact form with TDesign Form rules from beian-check:
//   node examples/tdesign/rules.mjs
// In tdesign-vue-next the rules go into <t-form :data="formData" :rules="rules">
// (tdesign-react: <Form rules={rules}>, tdesign-miniprogram: <t-form rules="{{rules}}">).
// Node has no TDesign, so `validateLikeTDesign` below does what TDesign's
// Form does with them (tdesign-vue-next packages/components/form/form-item.tsx
// and form.tsx: a rule with a `validator` returns its CustomValidateObj, the
// items whose `result` is not true are the item's messages, and validate()
// gives `true` or { [name]: results }).
import * as bc from 'beian-check';
import { createTDesignRules, isSubmittable, toValidateMessage } from 'beian-check/tdesign';

const r = createTDesignRules(bc, { locale: 'zh-CN' });

/** The rules of the subject owner's part of the form; `formData` is the form's
 * (reactive) data, read by rules whose options depend on other fields. */
export function createRules(formData) {
  return {
    idNumber: [r.idNumber({ kind: 'resident_id', required: true })],
    // R-TEL-4 (the mobile's home province) is a warning in most provinces.
    mobile: [r.phone({ kind: 'mobile', required: true, values: () => ({ province: formData.province }) })],
    phone: [r.phone({ kind: 'landline', values: () => ({ cityCode: formData.city }) })],
    email: [r.email({ trigger: 'blur' })],   // blank passes: not required
    domain: [r.domain({ required: true })],
  };
}

/** TDesign Form's validate(): `true`, or { [name]: the results of an item that did not pass }. */
export async function validateLikeTDesign(formData, rules) {
  const result = {};
  for (const [name, list] of Object.entries(rules)) {
    const results = await Promise.all(list.map(async (rule) => rule.validator(formData[name])));
    if (results.some((item) => item.result !== true)) result[name] = results;
  }
  return Object.keys(result).length ? result : true;
}

/** What each form item shows (TDesign shows the first message that did not pass) and whether to submit. */
export async function checkContactForm(formData) {
  const validateResult = await validateLikeTDesign(formData, createRules(formData));
  const shown = validateResult === true ? {} : Object.fromEntries(Object.entries(validateResult)
    .map(([name, results]) => [name, results.find((item) => item.result !== true)]));
  return { shown, submit: isSubmittable(validateResult) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const formData = {
    province: '120000', city: '120100', idNumber: '11010519491231002x',
    mobile: '13800138000', phone: '0755-86013388', email: '', domain: 'www.example.com',
  };
  console.log('rules.mobile[0]:', createRules(formData).mobile[0]);
  console.log('with errors:', JSON.stringify(await checkContactForm(formData), null, 2));
  const fixed = { ...formData, phone: '022-23456789', domain: 'example.com' };
  console.log('only a warning:', JSON.stringify(await checkContactForm(fixed), null, 2));

  // The whole form checked on the server (or before submit), shown with setValidateMessage:
  const filing = bc.validateFiling({
    kind: 'personal', region: { province: '440000', city: '440300' },
    subject: { name: '张三', owner: { name: '张三', idNumber: '11010519491231002Y', mobile: '13923456789', emergencyPhone: '13923456789' } },
    websites: [{ name: '张三的摄影日记', domains: ['zhangsan-photo.cn'], owner: null }],
  }, { locale: 'zh-CN' });
  // form.value.setValidateMessage(…) in tdesign-vue-next; form.setValidateMessage(…) in tdesign-react.
  console.log('setValidateMessage:', JSON.stringify(toValidateMessage(filing), null, 2));
}
