// beian-check rules for Vant 4 (van-form / van-field `rules`, mobile H5
// forms): each rule's validator returns `true` or the first error's message,
// as Vant's FieldRule validator does. Vant has no warnings, so they go to a
// `warnings` store (a `reactive({})` in Vue) under the rule's `name`, for
// the page to show below the field without blocking submit.
//
//   import * as bc from 'beian-check';            // in a browser: after await init()
//   import { createVantRules } from 'beian-check/vant';
//   const warnings = reactive({});
//   const r = createVantRules(bc, { locale: 'zh-CN', warnings });
//   <van-field v-model="form.mobile" name="mobile"
//     :rules="[r.phone({ kind: 'mobile', name: 'mobile', values: () => ({ province: form.province }) })]" />

import { reportWarnings, ruleMakers } from './adapter-core.mjs';

/**
 * The rule factories for the checks of `bc` (the beian-check entry).
 * `defaults` are options every rule gets (e.g. `{ locale: 'en', warnings }`).
 */
export function createVantRules(bc, defaults = {}) {
  return ruleMakers(bc, defaults, (run, { warnings, name, trigger }) => {
    const rule = {
      validator(value) {
        const findings = run(value);
        reportWarnings(warnings, name, findings);
        return findings.find((f) => f.severity === 'error')?.message ?? true;
      },
    };
    if (trigger) rule.trigger = trigger;
    return rule;
  }, true);
}
