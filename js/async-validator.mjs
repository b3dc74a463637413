// beian-check rules for async-validator, the validation library behind
// Element Plus's el-form (and, wrapped by rc-field-form, Ant Design's Form):
// each rule runs one check in its `asyncValidator`, which resolves when the
// value passes and rejects with the findings of one severity as Errors
// (the finding attached). Errors by default; warnings go to a `warnings`
// store when one is given, so they are shown without blocking.
//
//   import Schema from 'async-validator';
//   import * as bc from 'beian-check';            // in a browser: after await init()
//   import { createValidators } from 'beian-check/async-validator';
//   const v = createValidators(bc, { locale: 'zh-CN' });
//   await new Schema({ idNumber: v.idNumber(), mobile: v.phone({ kind: 'mobile' }) }).validate(values);
//
// A promise, not a synchronous `true | Error[]`: rc-field-form waits for a
// validator's promise (or callback) and hangs on anything else, and
// async-validator's typings allow a promise only from `asyncValidator`.

import { findingError, ofSeverity, reportWarnings, ruleMakers } from './adapter-core.mjs';

/**
 * The rule factories for the checks of `bc` (the beian-check entry).
 * `defaults` are options every rule gets (e.g. `{ locale: 'en', warnings }`).
 */
export function createValidators(bc, defaults = {}) {
  return ruleMakers(bc, defaults, (run, { severity = 'error', warnings, trigger, name }) => {
    const rule = {
      warningOnly: severity === 'warning',
      asyncValidator(item, value, callback, source = {}) {
        const findings = run(value, source);
        reportWarnings(warnings, name ?? item?.field, findings);
        const failed = ofSeverity(findings, severity);
        return failed.length ? Promise.reject(failed.map(findingError)) : Promise.resolve();
      },
    };
    if (trigger) rule.trigger = trigger;
    return rule;
  }, true);
}
