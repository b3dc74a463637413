// Types of beian-check/async-validator.
import type * as BeianCheck from '../pkg/web/beian_check.js';
import type { BeianCheckEntry, CommonRuleOptions, RuleFactories, WarningStore } from './adapter-core.js';

export type { BeianCheckEntry, FindingError, WarningStore } from './adapter-core.js';

/** What a rule accepts besides the check's own options. */
export interface RuleOptions extends CommonRuleOptions<Record<string, any>> {
  /** Which findings fail the rule; "warning" rules are warningOnly (Ant Design). Default "error". */
  severity?: 'error' | 'warning' | 'material';
  /** Where each run writes its warnings, under the field's name (`reactive({})` in Vue). */
  warnings?: WarningStore;
  /** The field's name in `warnings`; default the field async-validator validates (Element Plus: the item's `prop`). */
  name?: string;
  /** Element Plus: when the item runs the rule; default every change and blur. */
  trigger?: 'blur' | 'change' | Array<'blur' | 'change'>;
}
/**
 * An async-validator rule object (Element Plus's FormItemRule): `asyncValidator`
 * resolves when the value passes and rejects with FindingErrors.
 */
export interface BeianRule {
  warningOnly: boolean;
  trigger?: 'blur' | 'change' | Array<'blur' | 'change'>;
  asyncValidator(rule: any, value: any, callback?: any, source?: Record<string, any>, options?: any): Promise<void>;
}
/** `values` gets async-validator's source: the object validated (Element Plus: `{ [prop]: value }` only, so read the form in a closure). */
export type Validators = RuleFactories<BeianRule, RuleOptions, Record<string, any>>;
export function createValidators(bc: BeianCheckEntry, defaults?: BeianCheck.CommonOptions & RuleOptions): Validators;
