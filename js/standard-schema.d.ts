// Types of beian-check/standard-schema. The Standard Schema v1 interface is
// written out here (as the spec invites: https://standardschema.dev), so the
// package needs no @standard-schema/spec at run or type time; every schema is
// assignable to that package's StandardSchemaV1<Input, Output>.
import type * as BeianCheck from '../pkg/web/beian_check.js';

/** An issue: the message and path of an `error` finding, and the finding. */
export interface BeianIssue {
  readonly message: string;
  /** The finding path as keys: 'websites[0].owner.mobile' → ['websites', 0, 'owner', 'mobile']; absent for the whole form. */
  readonly path?: ReadonlyArray<string | number> | undefined;
  /** The error finding (rule, code, params); absent only when the check threw (`error`). */
  readonly finding?: BeianCheck.Finding;
  /** What the entry threw (e.g. 'beian-check/web' used before init()). */
  readonly error?: unknown;
}
/** A validate result: Standard Schema's success or failure, plus `result`, the beian-check result (null if the check threw). */
export type BeianSchemaResult<Output, R> =
  | { readonly value: Output; readonly issues?: undefined; readonly result: R }
  | { readonly value?: undefined; readonly issues: ReadonlyArray<BeianIssue>; readonly result: R | null };
/** Standard Schema's validate options; `libraryOptions` are check options for this call (e.g. { locale: 'en' }). */
export interface BeianValidateOptions {
  readonly libraryOptions?: Record<string, unknown> | undefined;
}
/** A Standard Schema v1 whose checks are beian-check's. */
export interface BeianSchema<Input, Output, R> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'beian-check';
    /** Never throws, never returns a promise. */
    readonly validate: (value: unknown, options?: BeianValidateOptions | undefined) => BeianSchemaResult<Output, R>;
    /** Types only (absent at run time). */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
  /** The beian-check result for `value` with the schema's options: warnings and materials included. */
  result(value: unknown, libraryOptions?: Record<string, unknown>): R;
}

/** The field checks fieldSchema runs, with their options and results. */
export interface FieldChecks {
  idNumber: { options: BeianCheck.IdOptions; result: BeianCheck.IdResult };
  unitCode: { options: BeianCheck.UnitOptions; result: BeianCheck.UnitResult };
  phone: { options: BeianCheck.PhoneOptions; result: BeianCheck.PhoneResult };
  email: { options: BeianCheck.CommonOptions; result: BeianCheck.EmailResult };
  domain: { options: BeianCheck.DomainOptions; result: BeianCheck.DomainResult };
  homepageUrl: { options: BeianCheck.UrlOptions; result: BeianCheck.UrlResult };
  filingNumber: { options: BeianCheck.CommonOptions; result: BeianCheck.FilingNumberResult };
  ipv4: { options: BeianCheck.CommonOptions; result: BeianCheck.Ipv4Result };
}
export type FieldCheck = keyof FieldChecks;
/** A field schema's options: the check's own plus `required` (default true; false: a blank value passes as is). */
export type FieldSchemaOptions<C extends FieldCheck> = FieldChecks[C]['options'] & { required?: boolean };

/** The entry the schemas call: 'beian-check', 'beian-check/web' (after init) or the mini-program entry. */
export type BeianCheckEntry = Pick<typeof BeianCheck, 'validateIdNumber' | 'validateUnitCode' | 'validatePhone' | 'validateEmail'
  | 'validateDomain' | 'validateHomepageUrl' | 'validateFilingNumber' | 'validateIpv4' | 'validateFiling'>;

/**
 * The whole form: validateFiling(form, options); issues = its error findings;
 * success value = the form as given. `Form` is the type of the form's values:
 * by default any, so the schema fits whatever type a form library infers from
 * its default values; filingSchema<FilingForm>(bc) types the output.
 */
export function filingSchema<Form = any>(bc: BeianCheckEntry, options?: BeianCheck.FilingOptions): BeianSchema<Form, Form, BeianCheck.FilingResult>;
/**
 * One field check; success value = the check's `normalized` value, or the
 * input when it gives none. `options` may be a function, called at every validation.
 * Throws a TypeError at once for an unknown check name.
 */
export function fieldSchema<C extends FieldCheck, Input = string>(
  bc: BeianCheckEntry, check: C, options?: FieldSchemaOptions<C> | (() => FieldSchemaOptions<C>),
): BeianSchema<Input, Input | string, FieldChecks[C]['result']>;
/** 'websites[0].owner.mobile' → ['websites', 0, 'owner', 'mobile']; '' → []. */
export function parsePath(path: string): Array<string | number>;
/** The findings of one severity (default 'warning') grouped by path; the keys are TanStack Form's field names. */
export function findingsByPath(result: { findings: BeianCheck.Finding[] } | null | undefined, severity?: BeianCheck.Severity): Record<string, BeianCheck.Finding[]>;
