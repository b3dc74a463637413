// Types of beian-check/async-validator.
import type * as BeianCheck from '../pkg/web/beian_check.js';

/** What a rule accepts besides the check's own options. */
export interface RuleOptions {
  /** Which findings fail the rule; "warning" rules are warningOnly (Ant Design). Default "error". */
  severity?: 'error' | 'warning' | 'material';
  /** false: a blank value passes (default true: blank is INPUT_EMPTY). */
  required?: boolean;
  /** More check options from the form's values, e.g. (form) => ({ cityCode: form.city }). */
  values?: (values: Record<string, any>) => Record<string, unknown>;
}
/** An Error reporting one finding. */
export interface FindingError extends Error {
  rule: string;
  code: string;
  finding: BeianCheck.Finding;
}
/** An async-validator rule object. */
export interface BeianRule {
  warningOnly: boolean;
  validator(rule: unknown, value: unknown, callback?: unknown, source?: Record<string, unknown>): true | FindingError[];
}
type Options<T> = T & RuleOptions;
export interface Validators {
  idNumber(options?: Options<BeianCheck.IdOptions>): BeianRule;
  unitCode(options?: Options<BeianCheck.UnitOptions>): BeianRule;
  phone(options?: Options<BeianCheck.PhoneOptions>): BeianRule;
  email(options?: Options<BeianCheck.CommonOptions>): BeianRule;
  domain(options?: Options<BeianCheck.DomainOptions>): BeianRule;
  homepageUrl(options?: Options<BeianCheck.UrlOptions>): BeianRule;
  filingNumber(options?: Options<BeianCheck.CommonOptions>): BeianRule;
  ipv4(options?: Options<BeianCheck.CommonOptions>): BeianRule;
  /** Findings of validateFiling(getForm()) at exactly `path`. */
  filing(getForm: () => BeianCheck.FilingForm, path: string, options?: BeianCheck.FilingOptions & RuleOptions): BeianRule;
}
/** The entry the rules call: 'beian-check', 'beian-check/web' (after init) or the mini-program entry. */
export type BeianCheckEntry = Pick<typeof BeianCheck, 'validateIdNumber' | 'validateUnitCode' | 'validatePhone' | 'validateEmail'
  | 'validateDomain' | 'validateHomepageUrl' | 'validateFilingNumber' | 'validateIpv4' | 'validateFiling'>;
export function createValidators(bc: BeianCheckEntry, defaults?: BeianCheck.CommonOptions): Validators;
