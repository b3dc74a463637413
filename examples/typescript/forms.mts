// Type-checks beian-check/standard-schema and beian-check/tdesign as a
// TypeScript user sees them (run with usage.mts by tests/js/types.test.mjs).
// The schemas are assignable to @standard-schema/spec's StandardSchemaV1 and
// are accepted by @tanstack/form-core's validators; the lines marked as
// expected errors must stay errors.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { FormApi, FieldApi } from '@tanstack/form-core';
import * as bc from 'beian-check';
import type { FilingForm, FilingResult, IdResult, Finding } from 'beian-check';
import { filingSchema, fieldSchema, findingsByPath, parsePath, type BeianIssue } from 'beian-check/standard-schema';
import { createTDesignRules, isSubmittable, toValidateMessage, type CustomValidateObj, type TDesignRule } from 'beian-check/tdesign';

// ---- Standard Schema ----
const whole: StandardSchemaV1<FilingForm, FilingForm> = filingSchema<FilingForm>(bc, { locale: 'en' });
const value: FilingForm | undefined = filingSchema<FilingForm>(bc)['~standard'].validate({}).value;
const id: StandardSchemaV1<string, string> = fieldSchema(bc, 'idNumber', { kind: 'resident_id', required: false });
const landline: StandardSchemaV1<string> = fieldSchema(bc, 'phone', () => ({ kind: 'landline', cityCode: '440300' }));
type Output = StandardSchemaV1.InferOutput<typeof id>;
const normalized: Output = 'x';

const schema = fieldSchema(bc, 'idNumber');
const checked = schema['~standard'].validate('11010519491231002x', { libraryOptions: { locale: 'en' } });
const issues: readonly BeianIssue[] = checked.issues ?? [];
const codes: string[] = issues.map((i) => i.finding?.code ?? 'threw');
const age: number | null | undefined = checked.result?.age;
const idResult: IdResult = schema.result('11010519491231002x');
const filing: FilingResult = filingSchema(bc).result({ kind: 'personal' });
const warnings: Record<string, Finding[]> = findingsByPath(filing);
const keys: Array<string | number> = parsePath('websites[0].domains[1]');

interface Values { kind: 'personal' | 'unit'; subject: { owner: { idNumber: string } }; websites: { domains: string[] }[] }
const form = new FormApi({
  defaultValues: { kind: 'personal', subject: { owner: { idNumber: '' } }, websites: [{ domains: [''] }] } as Values,
  validators: { onChange: filingSchema<Values>(bc, { locale: 'en' }) },
});
// Without a type argument the schema fits the form's own values type …
const inferred = new FormApi({
  defaultValues: { kind: 'unit', subject: { owner: { idNumber: '' } }, websites: [] } as Values,
  validators: { onSubmit: filingSchema(bc) },
});
const stillTyped: Values = inferred.state.values;
// @ts-expect-error: … and TanStack still knows the field names
inferred.getFieldValue('subject.owner.passport');
const wrongValues = (): void => {
  // @ts-expect-error: a typed schema rejects a form of another type
  new FormApi({ defaultValues: { kind: 'unit' } as Values, validators: { onChange: filingSchema<{ other: string }>(bc) } });
};
const filingForm: FilingForm = { kind: 'personal', websites: [{ domains: ['example.com'] }] };
const typed = new FormApi({ defaultValues: filingForm, validators: { onChange: filingSchema(bc), onSubmit: filingSchema(bc, { locale: 'en' }) } });
const idField = new FieldApi({ form, name: 'subject.owner.idNumber', validators: { onChange: fieldSchema(bc, 'idNumber') } });
const domainsField = new FieldApi({ form, name: 'websites[0].domains' });

// @ts-expect-error: 'passport' is a kind of ID, not a check
fieldSchema(bc, 'passport');
// @ts-expect-error: severity is not an option of the ID check
fieldSchema(bc, 'idNumber', { severity: 'warning' });

// ---- TDesign ----
const r = createTDesignRules(bc, { locale: 'zh-CN' });
const rules: Record<string, TDesignRule[]> = {
  idNumber: [r.idNumber({ required: true, trigger: 'blur' })],
  mobile: [r.phone({ kind: 'mobile', values: () => ({ province: '120000' }) })],
  emergencyPhone: [r.filing(() => ({ kind: 'personal' }), 'subject.owner.emergencyPhone')],
};
const shown: CustomValidateObj = rules.idNumber[0].validator('11010519491231002X');
const messages: Record<string, { type: 'error' | 'warning'; message: string }[]> = toValidateMessage(filing, { fields: ['subject.owner.idNumber'] });
const canSend: boolean = isSubmittable({ mobile: [shown] });
// @ts-expect-error: TDesign triggers are change, blur, submit and all
r.email({ trigger: 'input' });

export { value, inferred, stillTyped, wrongValues, typed, whole, id, landline, normalized, codes, age, idResult, warnings, keys, form, idField, domainsField, rules, messages, canSend };
