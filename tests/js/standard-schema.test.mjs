// beian-check/standard-schema: the schemas' validate results with concrete
// values, and the same schemas inside a real Standard Schema consumer,
// @tanstack/form-core's FormApi and FieldApi (form-level schema issues
// mapped to nested fields, field-level schemas, canSubmit and handleSubmit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FormApi, FieldApi } from '@tanstack/form-core';
import * as bc from 'beian-check';
import { filingSchema, fieldSchema, parsePath, findingsByPath } from 'beian-check/standard-schema';
import { createFilingForm } from '../../examples/standard-schema/tanstack-form.mjs';

const OPTIONS = { locale: 'en', asOf: '2026-11-22' };
const { form: CLEAN } = JSON.parse(readFileSync(new URL('../fixtures/personal-clean.json', import.meta.url)));
const clean = () => structuredClone(CLEAN);
const validate = (schema, value, options) => schema['~standard'].validate(value, options);
/** An issue without its finding, for exact comparison; the finding is checked apart. */
const bare = ({ finding, ...issue }) => issue;

const ID_INVALID_CHAR = 'Character 18 "Y" is not allowed: this number is 17 digits followed by a digit or X (the check character).';
const ID_CHECKSUM = 'Check character mismatch: from the first 17 characters the 18th should be X, not 1. Check every digit, not only the last one.';
const REGISTRANT_UNKNOWN = 'Make sure the domain is real-name verified and its registrant is the filing subject.';

test('the schemas are Standard Schema v1 objects of vendor beian-check', () => {
  for (const schema of [filingSchema(bc), fieldSchema(bc, 'idNumber'), fieldSchema(bc, 'ipv4')]) {
    const props = schema['~standard'];
    assert.equal(props.version, 1);
    assert.equal(props.vendor, 'beian-check');
    assert.equal(typeof props.validate, 'function');
    assert.ok(!(validate(schema, 'x') instanceof Promise), 'validate is synchronous');
  }
  assert.throws(() => fieldSchema(bc, 'passport'), { name: 'TypeError', message: /unknown check "passport"; use idNumber, unitCode/ });
  assert.throws(() => fieldSchema(bc, 'toString'), TypeError);
});

test('fieldSchema: errors are issues without a path; success gives the normalized value', () => {
  const id = fieldSchema(bc, 'idNumber', OPTIONS);
  const wrongChar = validate(id, '11010519491231002Y');
  assert.deepEqual(wrongChar.issues.map(bare), [{ message: ID_INVALID_CHAR }]);
  assert.deepEqual([wrongChar.issues[0].finding.rule, wrongChar.issues[0].finding.code], ['R-ID-1', 'ID_INVALID_CHAR']);
  assert.equal(wrongChar.result.ok, false);
  const checksum = validate(id, '110105194912310021');
  assert.deepEqual(checksum.issues.map(bare), [{ message: ID_CHECKSUM }]);
  assert.equal(checksum.issues[0].finding.code, 'ID_CHECKSUM');

  const ok = validate(id, '11010519491231002x');
  assert.equal(ok.issues, undefined);
  assert.equal(ok.value, '11010519491231002X');
  assert.equal(ok.result.birthDate, '1949-12-31');
  assert.equal(validate(fieldSchema(bc, 'phone'), '+86 138-0013-8000').value, '13800138000');
  // No normalized value: the input is the value.
  const blankOptional = validate(fieldSchema(bc, 'email', { required: false }), '  ');
  assert.deepEqual([blankOptional.value, blankOptional.issues], ['  ', undefined]);
  assert.deepEqual(validate(id, '').issues.map(bare), [{ message: 'Nothing was entered.' }]);
  // A non-string value is a finding, not an exception.
  assert.deepEqual(validate(id, { id: 1 }).issues.map((i) => i.finding.rule), ['R-ID-1']);
});

test('fieldSchema: a warning is no issue, and stays reachable through result', () => {
  const mobile = fieldSchema(bc, 'phone', { ...OPTIONS, kind: 'mobile', province: '120000' });
  const r = validate(mobile, '138 0013 8000');
  assert.equal(r.issues, undefined);
  assert.equal(r.value, '13800138000');
  assert.deepEqual(r.result.findings.map((f) => [f.rule, f.code, f.severity]), [['R-TEL-4', 'PHONE_MOBILE_OTHER_PROVINCE_REQUIRED', 'warning']]);
  assert.deepEqual(mobile.result('13800138000').findings.map((f) => f.code), ['PHONE_MOBILE_OTHER_PROVINCE_REQUIRED']);
  assert.deepEqual(Object.keys(findingsByPath(r.result)), ['']);
});

test('options: a function read at each validation, and libraryOptions per call', () => {
  const values = { city: '440300' };
  const phone = fieldSchema(bc, 'phone', () => ({ ...OPTIONS, kind: 'landline', cityCode: values.city }));
  assert.equal(validate(phone, '0755-86013388').value, '0755-86013388');
  values.city = '120100'; // Tianjin: a code of another province is an error (R-TEL-3)
  assert.deepEqual(validate(phone, '0755-86013388').issues.map((i) => i.finding.code), ['PHONE_AREA_CODE_MISMATCH']);
  const id = fieldSchema(bc, 'idNumber', OPTIONS);
  assert.equal(validate(id, '110105194912310021', { libraryOptions: { locale: 'zh-CN' } }).issues[0].message,
    '校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。请逐位核对号码，而不只是修改最后一位。');
  assert.equal(id.result('110105194912310021', { locale: 'zh-CN' }).findings[0].code, 'ID_CHECKSUM');
});

test('filingSchema: the error findings as issues with parsed paths; the form is the value', () => {
  const schema = filingSchema(bc, OPTIONS);
  const ok = validate(schema, CLEAN);
  assert.equal(ok.issues, undefined);
  assert.equal(ok.value, CLEAN);
  assert.deepEqual(ok.result.materials.map((m) => m.code), ['MATERIAL_VERIFICATION_FORM', 'MATERIAL_PROVINCE_DOCUMENT', 'MATERIAL_DOMAIN_CERTIFICATE']);

  const form = clean();
  form.subject.owner.idNumber = '11010519491231002Y';
  form.websites[0].domains = ['zhangsan-photo.cn', 'example.io'];
  const r = validate(schema, form);
  assert.deepEqual(r.issues.map((i) => i.path), [['subject', 'owner', 'idNumber'], ['websites', 0, 'domains'], ['websites', 0, 'domains', 1]]);
  assert.deepEqual(r.issues[0], {
    message: ID_INVALID_CHAR, path: ['subject', 'owner', 'idNumber'],
    finding: { rule: 'R-ID-1', code: 'ID_INVALID_CHAR', severity: 'error', path: 'subject.owner.idNumber', message: ID_INVALID_CHAR, params: { position: 18, char: 'Y' } },
  });
  assert.deepEqual(r.issues.map((i) => i.finding.code), ['ID_INVALID_CHAR', 'DOMAIN_ONE_PER_WEBSITE', 'DOMAIN_SUFFIX_NOT_APPROVED']);
  assert.match(r.issues[2].message, /^\.io domains cannot be filed: as of 2022-08-30, \.io is not on the list of suffixes approved by MIIT/);
  // The warning of the same form is not an issue, but findingsByPath has it.
  assert.deepEqual(findingsByPath(r.result), { 'websites[0].remark': [r.result.findings.find((f) => f.code === 'REMARK_SAME_SITE')] });
  assert.deepEqual(Object.keys(findingsByPath(r.result, 'material')), ['', 'websites[0].domains']);
});

test('filingSchema never throws: non-objects, hostile forms and a throwing entry give issues', () => {
  const schema = filingSchema(bc, OPTIONS);
  for (const value of [undefined, null, 42, 'form', [], () => 1, { get kind() { throw new Error('getter'); } }]) {
    const r = validate(schema, value);
    assert.ok(r.issues.length > 0 && r.issues.every((i) => i.message && i.finding), String(value));
  }
  assert.deepEqual(validate(schema, null).issues.slice(0, 2).map(bare), [
    { message: 'Choose the filing kind: personal or unit.', path: ['kind'] },
    { message: 'Choose the province of the filing region.', path: ['region', 'province'] },
  ]);
  // 'beian-check/web' before init() throws from inside; the schema answers with a blocking issue.
  const broken = { validateFiling() { throw new TypeError("Cannot read properties of undefined (reading 'validateFiling')"); } };
  const r = validate(filingSchema(broken), {});
  assert.deepEqual(r.issues.map(({ error, ...i }) => i), [{ message: "beian-check: Cannot read properties of undefined (reading 'validateFiling')" }]);
  assert.ok(r.issues[0].error instanceof TypeError);
  assert.equal(r.result, null);
  // A whole-form error (path '') is an issue without a path.
  const root = { validateFiling: () => ({ ok: false, findings: [{ rule: 'X', code: 'X', severity: 'error', path: '', message: 'whole form', params: {} }], materials: [] }) };
  assert.deepEqual(validate(filingSchema(root), {}).issues.map(bare), [{ message: 'whole form' }]);
});

test('parsePath turns finding paths into Standard Schema keys', () => {
  assert.deepEqual(parsePath('websites[0].owner.mobile'), ['websites', 0, 'owner', 'mobile']);
  assert.deepEqual(parsePath('websites[12].domains[1]'), ['websites', 12, 'domains', 1]);
  assert.deepEqual(parsePath('subject.owner.idNumber'), ['subject', 'owner', 'idNumber']);
  assert.deepEqual(parsePath('kind'), ['kind']);
  assert.deepEqual(parsePath(''), []);
  assert.deepEqual(parsePath(undefined), []);
});

// ---- @tanstack/form-core: a real consumer --------------------------------

/** A mounted FormApi over a copy of the clean form, with the whole-form schema on change. */
function tanstackForm(extra = {}) {
  const form = new FormApi({ defaultValues: clean(), validators: { onChange: filingSchema(bc, OPTIONS) }, ...extra });
  form.mount();
  return form;
}
const field = (form, name, validators) => {
  const f = new FieldApi({ form, name, validators });
  f.mount();
  return f;
};
const messages = (errors) => errors.map((e) => e.message);

test('TanStack: a field-level fieldSchema reports at the field; a valid value clears it', () => {
  const form = tanstackForm();
  const id = field(form, 'subject.owner.idNumber', { onChange: fieldSchema(bc, 'idNumber', OPTIONS) });
  id.handleChange('11010519491231002Y');
  assert.deepEqual(messages(id.state.meta.errors), [ID_INVALID_CHAR]);
  assert.equal(id.state.meta.errors[0].finding.code, 'ID_INVALID_CHAR');
  assert.equal(form.state.canSubmit, false);
  id.handleChange('110105194912310021');
  assert.deepEqual(messages(id.state.meta.errors), [ID_CHECKSUM]);
  id.handleChange('11010519491231002X');
  assert.deepEqual(id.state.meta.errors, []);
  assert.equal(form.state.canSubmit, true);
});

test('TanStack: form-level issues land on the nested fields their paths name', () => {
  const form = tanstackForm();
  const id = field(form, 'subject.owner.idNumber');
  const domains = field(form, 'websites[0].domains');
  id.handleChange('11010519491231002Y');
  assert.deepEqual(messages(id.state.meta.errors), [ID_INVALID_CHAR]);
  assert.deepEqual(id.state.meta.errorMap.onChange.map((i) => i.path), [['subject', 'owner', 'idNumber']]);
  domains.handleChange(['zhangsan-photo.cn', 'example.io']);
  // Paths ['websites', 0, 'domains'] → 'websites[0].domains' (0 indexes an array in the values).
  assert.deepEqual(domains.state.meta.errors.map((i) => i.finding.code), ['DOMAIN_ONE_PER_WEBSITE']);
  assert.deepEqual(Object.keys(form.getAllErrors().fields).sort(),
    ['subject.owner.idNumber', 'websites[0].domains', 'websites[0].domains[1]']);
  assert.match(form.getFieldMeta('websites[0].domains[1]').errors[0].message, /^\.io domains cannot be filed/);
  // The form's own error map holds the same issues by field name.
  assert.deepEqual(Object.keys(form.state.errorMap.onChange).sort(), ['subject.owner.idNumber', 'websites[0].domains', 'websites[0].domains[1]']);
  id.handleChange('11010519491231002X');
  domains.handleChange(['zhangsan-photo.cn']);
  assert.deepEqual(form.getAllErrors().fields, {});
  assert.equal(form.state.canSubmit, true);
});

test('TanStack: a warning never blocks canSubmit or handleSubmit', async () => {
  const submitted = [];
  const form = tanstackForm({ onSubmit: ({ value }) => { submitted.push(value); } });
  const registrant = field(form, 'websites[0].registrant');
  registrant.handleChange('');
  // validateFiling warns (R-DOM-6) …
  const result = filingSchema(bc, OPTIONS).result(form.state.values);
  assert.deepEqual(findingsByPath(result), { 'websites[0].registrant': [{
    rule: 'R-DOM-6', code: 'DOMAIN_REGISTRANT_UNKNOWN', severity: 'warning', path: 'websites[0].registrant', message: REGISTRANT_UNKNOWN, params: {},
  }] });
  // … and TanStack sees no error.
  assert.deepEqual(registrant.state.meta.errors, []);
  assert.equal(form.state.isValid, true);
  assert.equal(form.state.canSubmit, true);
  await form.handleSubmit();
  assert.equal(submitted.length, 1);
  assert.equal(submitted[0].websites[0].registrant, '');
  assert.equal(form.state.isSubmitSuccessful, true);
});

test('TanStack: onSubmit with errors does not submit and shows every error', async () => {
  const submitted = [];
  const form = new FormApi({ defaultValues: { ...clean(), subject: { ...clean().subject, owner: { ...clean().subject.owner, mobile: '1380013800' } } },
    validators: { onSubmit: filingSchema(bc, OPTIONS) }, onSubmit: () => submitted.push(1) });
  form.mount();
  await form.handleSubmit();
  assert.deepEqual(submitted, []);
  assert.deepEqual(Object.keys(form.getAllErrors().fields), ['subject.owner.mobile']);
  assert.deepEqual(form.getFieldMeta('subject.owner.mobile').errors.map((i) => i.finding.rule), ['R-TEL-1']);
});

test('the example: TanStack Form with beian-check schemas', async () => {
  const { form, fields, summary, submitted } = createFilingForm(clean(), OPTIONS);
  fields.idNumber.handleChange('11010519491231002Y');
  assert.deepEqual(summary(), { errors: { 'subject.owner.idNumber': [ID_INVALID_CHAR] }, warnings: {}, canSubmit: false });
  fields.idNumber.handleChange('11010519491231002x');
  fields.registrant.handleChange('');
  assert.deepEqual(summary(), { errors: {}, warnings: { 'websites[0].registrant': [REGISTRANT_UNKNOWN] }, canSubmit: true });
  await form.handleSubmit();
  assert.equal(submitted.length, 1);
  assert.equal(submitted[0].subject.owner.idNumber, '11010519491231002X');
});
