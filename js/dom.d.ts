// Types of `beian-check/dom` (js/dom.mjs, shipped as pkg/web/dom.js).
import type { FilingForm, FilingOptions, FilingResult, Finding } from './index.js';

/** A control the helpers bind: anything with a value and the Constraint Validation API. */
export type BindableControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A field check as the entries export it: validateIdNumber, validatePhone, … */
export type FieldCheckFunction<O, R extends { findings: Finding[] }> = (value: string, options?: O) => R;

export interface BindFieldOptions<O, R> {
  /** Options passed to the check on every run (locale, kind, asOf, …). */
  checkOptions?: O;
  /** Events that run the check; default ["input", "blur"]. */
  events?: string[];
  /** Where the list of findings goes; default right after the control. */
  into?: Element;
  /** Called with every result. */
  onResult?: (result: R) => void;
}

/**
 * Runs `check` on the control's value at once and on input and blur; the
 * first error becomes its custom validity (so the form cannot be submitted),
 * and once the control was used or the form submitted, aria-invalid and the
 * findings in a list it describes. Returns the function that unbinds it all.
 */
export function bindField<O, R extends { findings: Finding[] }>(
  control: BindableControl,
  check: FieldCheckFunction<O, R>,
  options?: BindFieldOptions<O, R>,
): () => void;

export interface BindFormOptions {
  /** Form paths ("subject.owner.mobile", "websites[0].domains") → the control that shows their findings. */
  fields: Record<string, BindableControl | null | undefined>;
  /** Options of validateFiling (locale, asOf, only). */
  filingOptions?: FilingOptions;
  /** Events that run the check; default ["input", "change"]. */
  events?: string[];
  /** Where findings of no named field go; default the end of the form. */
  into?: Element;
  /** The whole-form check; default validateFiling of beian-check/web. */
  validate?: (form: FilingForm | unknown, options?: FilingOptions) => FilingResult;
  /** Called with every result. */
  onResult?: (result: FilingResult) => void;
}

/**
 * Checks the whole form (validateFiling) at once and on input and change,
 * and shows each finding at the control of the longest named path it lies
 * under. Returns the function that unbinds it all.
 */
export function bindForm(
  form: HTMLFormElement,
  toFormValue: (form: HTMLFormElement) => FilingForm,
  options: BindFormOptions,
): () => void;
