// Types of beian-check/antd. The rule types are written out so that no
// Ant Design package is needed; they are assignable to antd's `Rule`.
import type * as BeianCheck from '../pkg/web/beian_check.js';
import type { BeianCheckEntry, CommonRuleOptions, RuleFactories } from './adapter-core.js';

export type { BeianCheckEntry, FindingError } from './adapter-core.js';

/** The part of Ant Design's FormInstance the rules hand to `values` and `getForm`. */
export interface AntdForm {
  getFieldValue(name: any): any;
  getFieldsValue(...args: any[]): any;
}
/** An Ant Design RuleObject: the validator resolves, or rejects with FindingErrors. */
export interface AntdRuleObject {
  warningOnly?: boolean;
  validateTrigger?: string | string[];
  validator(rule: unknown, value: any): Promise<void>;
}
/** Ant Design's RuleRender: a rule made from the form instance at each validation. */
export type AntdRule = (form: AntdForm) => AntdRuleObject;
/** What a rule accepts besides the check's own options. */
export interface AntdRuleOptions extends CommonRuleOptions<AntdForm> {
  /** false: no warningOnly rule (warnings unseen). Default true. */
  warnings?: boolean;
  /** Ant Design's validateTrigger of the rules. */
  validateTrigger?: string | string[];
}
/** Each factory gives a Form.Item's `rules`: the errors, then (unless `warnings: false`) a warningOnly rule. */
export type AntdRules = RuleFactories<AntdRule[], AntdRuleOptions, AntdForm>;
export function createAntdRules(bc: BeianCheckEntry, defaults?: BeianCheck.CommonOptions & AntdRuleOptions): AntdRules;
