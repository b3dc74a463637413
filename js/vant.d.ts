// Types of beian-check/vant. The rule type is written out so that no Vant
// package is needed; it is assignable to Vant's `FieldRule`.
import type * as BeianCheck from '../pkg/web/beian_check.js';
import type { BeianCheckEntry, CommonRuleOptions, RuleFactories, WarningStore } from './adapter-core.js';

export type { BeianCheckEntry, WarningStore } from './adapter-core.js';

export type VantTrigger = 'onBlur' | 'onChange' | 'onSubmit';
/** A Vant FieldRule: the validator gives `true` or the first error's message. */
export interface VantRule {
  trigger?: VantTrigger | VantTrigger[];
  validator(value: any): true | string;
}
/** What a rule accepts besides the check's own options. */
export interface VantRuleOptions extends CommonRuleOptions<undefined> {
  /** Where each run writes its warnings, under `name` (`reactive({})`). */
  warnings?: WarningStore;
  /** The field's name in `warnings` (its van-field `name`). */
  name?: string;
  /** When Vant runs the rule; default the form's validate-trigger. */
  trigger?: VantTrigger | VantTrigger[];
}
export type VantRules = RuleFactories<VantRule, VantRuleOptions, undefined>;
export function createVantRules(bc: BeianCheckEntry, defaults?: BeianCheck.CommonOptions & VantRuleOptions): VantRules;
