// A filing's contact form validated with async-validator (the library under
// Element Plus) and beian-check's rules, in Node:
//   node examples/async-validator/contact-form.mjs
// Rules with severity "warning" fail with the warnings instead of the
// errors (and are warningOnly in Ant Design, whose own adapter is
// beian-check/antd); the browser apps of examples/ui/ show warnings from a store.
import AsyncValidator from 'async-validator';
import * as bc from 'beian-check';
import { createValidators } from 'beian-check/async-validator';

// async-validator is CommonJS: under Node's ESM its class is the default's default.
const Schema = AsyncValidator.default ?? AsyncValidator;
const v = createValidators(bc, { locale: 'zh-CN' });

/** The rules of the subject owner's part of the form; `values.city` is the mailing city. */
export const descriptor = {
  name: { required: true, message: '请填写姓名' },
  idNumber: v.idNumber({ kind: 'resident_id' }),
  mobile: [v.phone({ kind: 'mobile' }), v.phone({ kind: 'mobile', severity: 'warning', values: (form) => ({ province: form.province }) })],
  phone: v.phone({ kind: 'landline', values: (form) => ({ cityCode: form.city }) }),
  email: v.email({ required: false }),
  domain: v.domain(),
};

/** Resolves to { errors, warnings }: each a list of { field, message, rule, code }. */
export async function validateContactForm(values) {
  const describe = (list) => (list ?? []).map((e) => ({ field: e.field, message: e.message }));
  const run = async (schema) => {
    try {
      await schema.validate(values, { first: false });
      return [];
    } catch ({ errors }) {
      return describe(errors);
    }
  };
  const blocking = Object.fromEntries(Object.entries(descriptor).map(([k, r]) => [k, [r].flat().filter((x) => !x.warningOnly)]));
  const advisory = Object.fromEntries(Object.entries(descriptor).map(([k, r]) => [k, [r].flat().filter((x) => x.warningOnly)]));
  return { errors: await run(new Schema(blocking)), warnings: await run(new Schema(advisory)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await validateContactForm({
    province: '350000', city: '350100', name: '张三', idNumber: '11010519491231002x',
    mobile: '13800138000', phone: '0755-86013388', email: '', domain: 'www.example.com',
  });
  console.log(JSON.stringify(result, null, 2));
}
