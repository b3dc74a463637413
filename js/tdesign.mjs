// beian-check rules for TDesign Form (tdesign-vue-next, tdesign-react,
// tdesign-miniprogram): each rule's validator runs one check and returns a
// CustomValidateObj, the object the Form docs define for `rules[].validator`:
//   CustomValidator = (val) => boolean | CustomValidateObj | Promise<…>
//   CustomValidateObj = { result: boolean; message: string; type?: 'error' | 'warning' | 'success' }
// (FormRule.validator in tdesign-vue-next packages/components/form/type.ts,
// tdesign-react packages/components/form/type.ts, and the tdesign-miniprogram
// Form README, "FormRule … validator").
//
//   import * as bc from 'beian-check';            // or 'beian-check/web' after init()
//   import { createTDesignRules, isSubmittable } from 'beian-check/tdesign';
//   const r = createTDesignRules(bc, { locale: 'zh-CN' });
//   const rules = { idNumber: [r.idNumber({ required: true })], mobile: [r.phone({ kind: 'mobile' })] };
//   <t-form :data="formData" :rules="rules" @submit="({ validateResult }) => isSubmittable(validateResult) && send()">
//
// Warnings. TDesign shows a validator's message only when `result` is not
// true (FormItem: `errorList = resultList.filter((item) => item.result !== true)`;
// a true result is shown only with type 'success'), and styles it as a
// warning when `type` is 'warning' (form-item--warning, ErrorCircleFilledIcon).
// So a warning is `{ result: false, message, type: 'warning' }`. That also
// makes the form's `validateResult` an object instead of `true`, and TDesign's
// `submitWithWarningMessage` prop ("【讨论中】当校验结果只有告警信息时，是否触发
// submit 提交事件", default false) is not implemented: check
// `isSubmittable(validateResult)` in onSubmit instead of `validateResult === true`
// — it is false only for errors. `warnings: false` makes warnings pass unseen.
//
// The module holds no wasm of its own: it calls the entry it is given, so it
// works with the Node entry, the web entry and the mini-program entry alike.

import { ruleMakers } from './adapter-core.mjs';

const PASS = Object.freeze({ result: true, message: '', type: 'success' });

/**
 * The CustomValidateObj of a list of findings: the first error, else (with
 * `warnings`) the first warning, else a pass. Materials never fail a rule.
 */
export function toValidateObj(findings, warnings = true) {
  const error = findings.find((f) => f.severity === 'error');
  if (error) return { result: false, message: error.message, type: 'error' };
  const warning = warnings ? findings.find((f) => f.severity === 'warning') : undefined;
  if (warning) return { result: false, message: warning.message, type: 'warning' };
  return { ...PASS };
}

/**
 * The rule factories for the checks of `bc` (the beian-check entry).
 * `defaults` are options every rule gets (e.g. `{ locale: 'en' }`).
 * Each rule's options: the check's options plus `required` (default false:
 * blank passes), `trigger`, `warnings` (default true) and `values`, a
 * function giving more check options at validation time (e.g. a landline's
 * `cityCode` from the form's data: `values: () => ({ cityCode: formData.city })`;
 * it gets the validator's second argument, where a TDesign version passes one).
 * `filing(getForm, path, options)` reports validateFiling's findings at `path`.
 */
export function createTDesignRules(bc, defaults = {}) {
  return ruleMakers(bc, defaults, (run, { required, trigger, warnings = true }) => {
    const formRule = {
      validator: (val, context) => toValidateObj(run(val, context), warnings),
    };
    // After `validator`: TDesign runs the first key of a rule it knows, and
    // `required` here only shows the required mark (the check reports blanks).
    if (required) formRule.required = true;
    if (trigger) formRule.trigger = trigger;
    return formRule;
  }, false);
}

/**
 * TDesign's setValidateMessage argument from a validateFiling result:
 * { [finding path]: [{ type: 'error' | 'warning', message }] }, errors first
 * (TDesign shows the first). Whole-form findings (path '') and materials are
 * left out. `fields`: names that get `[]` when they have no finding, which
 * clears a message set before.
 */
export function toValidateMessage(result, { fields = [], warnings = true } = {}) {
  const message = {};
  for (const field of fields) message[field] = [];
  const rank = { error: 0, warning: 1 };
  const findings = (result?.findings ?? [])
    .filter((f) => f.path !== '' && (f.severity === 'error' || (warnings && f.severity === 'warning')))
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
  for (const f of findings) {
    if (!message[f.path]) message[f.path] = [];
    message[f.path].push({ type: f.severity, message: f.message });
  }
  return message;
}

/**
 * Whether a TDesign `validateResult` (Form validate() / onSubmit context)
 * allows submitting: true when it is `true` or every failed item is a warning.
 * Reads the flat shape of tdesign-vue-next and tdesign-miniprogram and the
 * nested one of tdesign-react.
 */
export function isSubmittable(validateResult) {
  if (validateResult === true) return true;
  if (!validateResult || typeof validateResult !== 'object') return false;
  if ('result' in validateResult) return validateResult.result === true || validateResult.type === 'warning';
  return Object.values(validateResult).every((v) => v === true || v == null || (typeof v === 'object' && isSubmittable(v)));
}
