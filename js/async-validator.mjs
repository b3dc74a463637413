// beian-check rules for async-validator, the validation library behind
// Ant Design Form, Element Plus and Vant: each rule runs one check and
// reports its findings of one severity as errors, with the finding attached.
//
//   import Schema from 'async-validator';
//   import * as bc from 'beian-check';            // or 'beian-check/web' after init()
//   import { createValidators } from 'beian-check/async-validator';
//   const v = createValidators(bc, { locale: 'zh-CN' });
//   new Schema({ idNumber: v.idNumber(), mobile: v.phone({ kind: 'mobile' }) }).validate(values);
//
// The module holds no wasm of its own: it calls the entry it is given, so it
// works with the Node entry, the web entry and the mini-program entry alike.

import { CHECKS } from './field-checks.mjs';

/** An Error carrying the finding it reports (`error.finding`, `.rule`, `.code`). */
function toError(finding) {
  const error = new Error(finding.message);
  error.rule = finding.rule;
  error.code = finding.code;
  error.finding = finding;
  return error;
}

const blank = (value) => value == null || (typeof value === 'string' && value.trim() === '');

/**
 * The rule factories for the checks of `bc` (the beian-check entry).
 * `defaults` are options every rule gets (e.g. `{ locale: 'en' }`).
 */
export function createValidators(bc, defaults = {}) {
  /** A rule object: `severity` picks which findings fail it ("warning" rules are
   * `warningOnly` for Ant Design); `required: false` lets a blank value pass. */
  const rule = (run, options) => {
    const severity = options.severity ?? 'error';
    return {
      warningOnly: severity === 'warning',
      validator(item, value, callback, source = {}) {
        const found = run(value, source).findings.filter((f) => f.severity === severity);
        return found.length ? found.map(toError) : true;
      },
    };
  };
  const validators = {};
  for (const [name, exportName] of Object.entries(CHECKS)) {
    /** options: the check's options plus `severity`, `required` and `values`,
     * a function of the form values giving more check options (e.g. a
     * landline's `cityCode` from the form's city). */
    validators[name] = (options = {}) => rule((value, source) => {
      const { severity, required = true, values, ...checkOptions } = { ...defaults, ...options };
      if (!required && blank(value)) return { findings: [] };
      return bc[exportName](value, { ...checkOptions, ...(values ? values(source) : {}) });
    }, options);
  }
  /** The findings `validateFiling` reports at exactly `path` of the whole form
   * `getForm()` (cross-field rules included), for a form bound to API.md's shape. */
  validators.filing = (getForm, path, options = {}) => rule(() => {
    const { severity, required, ...checkOptions } = { ...defaults, ...options };
    const result = bc.validateFiling(getForm(), { ...checkOptions, only: path });
    return { findings: result.findings.filter((f) => f.path === path) };
  }, options);
  return validators;
}
