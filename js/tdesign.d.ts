// Types of beian-check/tdesign. CustomValidateObj, FormItemValidateMessage and
// ValidateTriggerType are TDesign's own (tdesign-vue-next / tdesign-react
// packages/components/form/type.ts), written out so no TDesign package is needed.
import type * as BeianCheck from '../pkg/web/beian_check.js';
import type { BeianCheckEntry, CommonRuleOptions, RuleFactories } from './adapter-core.js';

export type { BeianCheckEntry } from './adapter-core.js';

/** TDesign's result of a custom validator. */
export interface CustomValidateObj {
  result: boolean;
  message: string;
  type?: 'error' | 'warning' | 'success';
}
export type ValidateTriggerType = 'blur' | 'change' | 'submit' | 'all';
/** A TDesign FormRule: `validator` first, then `required` (mark only) and `trigger` when given. */
export interface TDesignRule {
  /** `{ result: false, type: 'error' }` for the first error, `{ result: false, type: 'warning' }` for
   * the first warning, else `{ result: true, message: '', type: 'success' }`. Never throws. */
  validator: (val: any, context?: any) => CustomValidateObj;
  required?: boolean;
  trigger?: ValidateTriggerType;
}
/** What a rule accepts besides the check's own options. */
export interface RuleOptions extends CommonRuleOptions<any> {
  /** true: a blank value is checked (INPUT_EMPTY) and the item shows the required mark; default false: blank passes. */
  required?: boolean;
  /** When TDesign runs the rule; default TDesign's ('change'). */
  trigger?: ValidateTriggerType;
  /** false: warnings pass unseen; default true: they fail the rule as type 'warning'. */
  warnings?: boolean;
}
/** `values` and `getForm` get the validator's second argument, where a TDesign version passes one. */
export type TDesignRules = RuleFactories<TDesignRule, RuleOptions, any>;
/** TDesign's setValidateMessage item. */
export interface FormItemValidateMessage {
  type: 'warning' | 'error';
  message: string;
}

export function createTDesignRules(bc: BeianCheckEntry, defaults?: BeianCheck.CommonOptions & RuleOptions): TDesignRules;
/** The CustomValidateObj of findings: first error, else (warnings) first warning, else a pass. */
export function toValidateObj(findings: BeianCheck.Finding[], warnings?: boolean): CustomValidateObj;
/** setValidateMessage's argument from a validateFiling result, keyed by finding path, errors first; '' paths and materials left out. */
export function toValidateMessage(
  result: { findings: BeianCheck.Finding[] } | null | undefined,
  options?: { fields?: string[]; warnings?: boolean },
): Record<string, FormItemValidateMessage[]>;
/** true when a TDesign validateResult is `true` or has only warnings. */
export function isSubmittable(validateResult: unknown): boolean;
