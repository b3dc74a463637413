// Types shared by the form-library adapters (beian-check/async-validator,
// /antd, /vant, /tdesign): one rule factory per field check and `filing`.
import type * as BeianCheck from '../pkg/web/beian_check.js';

/** Each field check's own options, by the name the adapters give it. */
export interface CheckOptions {
  idNumber: BeianCheck.IdOptions;
  unitCode: BeianCheck.UnitOptions;
  phone: BeianCheck.PhoneOptions;
  email: BeianCheck.CommonOptions;
  domain: BeianCheck.DomainOptions;
  homepageUrl: BeianCheck.UrlOptions;
  filingNumber: BeianCheck.CommonOptions;
  ipv4: BeianCheck.CommonOptions;
  appIdentifier: BeianCheck.AppOptions;
  signingFingerprint: BeianCheck.AppOptions;
  publicKey: BeianCheck.AppOptions;
}

/**
 * An adapter's rule factories: `idNumber(options)`, … for every field check,
 * and `filing(getForm, path, options)`, the findings validateFiling reports
 * at exactly `path` of the whole form (cross-field rules). `Own` is what the
 * adapter reads besides the check's options; `Context` what `values` and
 * `getForm` receive.
 */
export type RuleFactories<Rule, Own, Context> = {
  [Name in keyof CheckOptions]: (options?: CheckOptions[Name] & Own) => Rule;
} & {
  filing(getForm: (context: Context) => BeianCheck.FilingForm, path: string, options?: BeianCheck.FilingOptions & Own): Rule;
};

/** Options every adapter reads. */
export interface CommonRuleOptions<Context> {
  /** false: a blank value passes without running the check. */
  required?: boolean;
  /**
   * More check options, read at each validation — other fields of the form,
   * e.g. `() => ({ cityCode: form.city })` for a landline.
   */
  values?: (context: Context) => Record<string, unknown>;
}

/** Where warnings are written, by field name: `reactive({})` in Vue. */
export type WarningStore = Record<string, BeianCheck.Finding[]>;

/** The entry the rules call: 'beian-check', 'beian-check/web' (after init) or the mini-program entry. */
export type BeianCheckEntry = Pick<typeof BeianCheck, 'validateIdNumber' | 'validateUnitCode' | 'validatePhone' | 'validateEmail'
  | 'validateDomain' | 'validateHomepageUrl' | 'validateFilingNumber' | 'validateIpv4' | 'validateAppIdentifier'
  | 'validateSigningFingerprint' | 'validatePublicKey' | 'validateFiling'>;

/** An Error reporting one finding. */
export interface FindingError extends Error {
  rule: string;
  code: string;
  finding: BeianCheck.Finding;
}
