// beian-check rules for Ant Design 5's Form (rc-field-form): each field
// check gives the `rules` of a Form.Item — a rule whose errors block and a
// `warningOnly` rule whose warnings are shown in the item without blocking
// submit. Each rule is a function of the form instance (Ant Design's
// RuleRender), so `values(form)` can read other fields, and its validator
// returns a promise, the only answer rc-field-form waits for.
//
//   import * as bc from 'beian-check';            // in a browser: after await init()
//   import { createAntdRules } from 'beian-check/antd';
//   const r = createAntdRules(bc, { locale: 'zh-CN' });
//   <Form.Item name="phone" dependencies={['city']}
//     rules={r.phone({ kind: 'landline', values: (form) => ({ cityCode: form.getFieldValue('city') }) })}>
//
// `dependencies` makes the item re-check when the city changes.

import { findingError, ofSeverity, ruleMakers } from './adapter-core.mjs';

/** A validator failing with the findings of `severity` (each an Error), else resolving. */
const validatorOf = (run, form, severity) => (rule, value) => {
  const failed = ofSeverity(run(value, form), severity);
  return failed.length ? Promise.reject(failed.map(findingError)) : Promise.resolve();
};

/**
 * The rule factories for the checks of `bc` (the beian-check entry).
 * `defaults` are options every rule gets (e.g. `{ locale: 'en' }`).
 * Each factory returns a Form.Item's `rules`: `[errors]`, plus a
 * `warningOnly` rule for the warnings unless `warnings: false`.
 */
export function createAntdRules(bc, defaults = {}) {
  return ruleMakers(bc, defaults, (run, { warnings = true, validateTrigger }) => {
    const trigger = validateTrigger ? { validateTrigger } : {};
    const rules = [(form) => ({ ...trigger, validator: validatorOf(run, form, 'error') })];
    if (warnings !== false) rules.push((form) => ({ ...trigger, warningOnly: true, validator: validatorOf(run, form, 'warning') }));
    return rules;
  }, true);
}
