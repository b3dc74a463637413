// A filing form in TanStack Form with beian-check's Standard Schemas:
//   node examples/standard-schema/tanstack-form.mjs
// @tanstack/form-core is what @tanstack/react-form, vue-form, solid-form,
// angular-form and lit-form wrap: the same `validators` go into useForm()
// and <form.Field validators={…}> there.
//   - the whole form: validators.onChange = filingSchema(bc) — every error
//     finding lands on the field its path names ('websites[0].domains');
//   - one field: validators.onChange = fieldSchema(bc, 'idNumber') — instant
//     feedback while typing, before the rest of the form is filled in;
//   - warnings never block: they are no issues; findingsByPath() shows them.
import { FormApi, FieldApi } from '@tanstack/form-core';
import * as bc from 'beian-check';
import { filingSchema, fieldSchema, findingsByPath } from 'beian-check/standard-schema';

/**
 * A mounted TanStack form over `defaultValues` (docs/API.md's form shape) with the
 * owner's ID number and the website's registrant as fields. `summary()`:
 * the errors TanStack holds per field, the warnings per field, canSubmit.
 */
export function createFilingForm(defaultValues, options = {}) {
  const schema = filingSchema(bc, options);
  const idSchema = fieldSchema(bc, 'idNumber', options);
  const submitted = [];
  const form = new FormApi({
    defaultValues,
    validators: { onChange: schema },
    // The form library keeps what was typed; submit the normalized number.
    onSubmit: ({ value }) => {
      const idNumber = idSchema['~standard'].validate(value.subject.owner.idNumber).value;
      submitted.push({ ...value, subject: { ...value.subject, owner: { ...value.subject.owner, idNumber } } });
    },
  });
  form.mount();
  const field = (name, validators) => {
    const f = new FieldApi({ form, name, validators });
    f.mount();
    return f;
  };
  const fields = {
    idNumber: field('subject.owner.idNumber', { onChange: idSchema }),
    registrant: field('websites[0].registrant'),
  };
  const messages = (byField) => Object.fromEntries(Object.entries(byField).map(([name, list]) => [name, list.map((e) => e.message)]));
  const summary = () => ({
    errors: messages(Object.fromEntries(Object.entries(form.getAllErrors().fields).map(([name, { errors }]) => [name, errors]))),
    warnings: messages(findingsByPath(schema.result(form.state.values))),
    canSubmit: form.state.canSubmit,
  });
  return { form, fields, summary, submitted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const defaultValues = {
    kind: 'personal', filingType: 'new',
    region: { province: '440000', city: '440300', district: '440305' },
    subject: {
      name: '张三', mailingAddress: '广东省深圳市南山区科技园南路 16 号 2 栋 301 室',
      owner: { name: '张三', idType: 'resident_id', idNumber: '', mobile: '13923456789', emergencyPhone: '13712345678', email: 'zhangsan@example.com' },
    },
    websites: [{
      name: '张三的摄影日记', domains: ['zhangsan-photo.cn'], homepageUrls: ['https://www.zhangsan-photo.cn/'],
      serviceContent: '其他', preApprovals: [], remark: '个人摄影作品展示，不涉及经营', owner: null, registrant: '张三',
    }],
    accountPhone: '13923456789',
  };
  const { form, fields, summary, submitted } = createFilingForm(defaultValues, { locale: 'zh-CN' });
  fields.idNumber.handleChange('44030519850704891X');   // a wrong check character
  console.log('ID 44030519850704891X:', JSON.stringify(summary(), null, 2));
  fields.idNumber.handleChange('440305198507048916');
  fields.registrant.handleChange('');                     // a warning only
  console.log('ID fixed, registrant blank:', JSON.stringify(summary(), null, 2));
  await form.handleSubmit();
  console.log('submitted:', submitted.length, 'form(s), idNumber', submitted[0]?.subject.owner.idNumber);
}
