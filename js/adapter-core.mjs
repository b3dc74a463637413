// What the form-library adapters (async-validator, Ant Design, Vant, TDesign,
// Element Plus through async-validator) share: one rule maker per field check
// and one for the whole form, each running the check with the options of the
// moment and handing its findings to the adapter, which shapes them into its
// library's rule. The adapters hold no wasm: they call the entry they are
// given (the Node entry, the web entry after init(), the mini-program entry).
import { CHECKS } from './field-checks.mjs';

/** True for a value a person has not filled in (null, undefined, blanks). */
export const blank = (value) => value == null || (typeof value === 'string' && value.trim() === '');

/** The options an adapter reads itself; everything else goes to the check. */
const ADAPTER_OPTIONS = ['required', 'values', 'severity', 'warnings', 'trigger', 'validateTrigger', 'name'];

/** Splits merged options into the adapter's and the check's. */
function split(options) {
  const own = {};
  const check = {};
  for (const [key, value] of Object.entries(options)) (ADAPTER_OPTIONS.includes(key) ? own : check)[key] = value;
  return { own, check };
}

/** A finding for what went wrong outside the checks (an entry used before init(), a throwing `values`). */
function adapterFinding(error) {
  return {
    rule: '', code: 'ADAPTER_ERROR', severity: 'error', path: '',
    message: `beian-check: ${error?.message ?? String(error)}`, params: {},
  };
}

/**
 * The rule makers of an adapter: `makers.idNumber(options)`, … (every check
 * of CHECKS) and `makers.filing(getForm, path, options)`. Each calls
 * `make(run, own)`, where `own` holds the adapter's options (`required`,
 * `values`, `severity`, `warnings`, `trigger`, `validateTrigger`, `name`)
 * and `run(value, context)` returns the findings of the check for `value`
 * (`[]` for a blank value when `required` is false, with `requiredDefault`
 * when not given), with the check's options merged with `own.values(context)`.
 * `run` never throws.
 */
export function ruleMakers(bc, defaults, make, requiredDefault) {
  const makers = {};
  const prepare = (options) => {
    const { own, check } = split({ ...defaults, ...options });
    own.required ??= requiredDefault;
    const optionsAt = (context) => (own.values ? { ...check, ...own.values(context) } : check);
    return { own, optionsAt };
  };
  for (const [name, exportName] of Object.entries(CHECKS)) {
    makers[name] = (options = {}) => {
      const { own, optionsAt } = prepare(options);
      return make((value, context) => {
        if (!own.required && blank(value)) return [];
        try {
          return bc[exportName](value, optionsAt(context)).findings;
        } catch (error) {
          return [adapterFinding(error)];
        }
      }, own);
    };
  }
  /** The findings validateFiling reports at exactly `path` of the whole form
   * `getForm(context)` (cross-field rules included); the field's value is not read. */
  makers.filing = (getForm, path, options = {}) => {
    const { own, optionsAt } = prepare(options);
    return make((value, context) => {
      try {
        const result = bc.validateFiling(getForm(context), { ...optionsAt(context), only: path });
        return result.findings.filter((f) => f.path === path);
      } catch (error) {
        return [adapterFinding(error)];
      }
    }, own);
  };
  return makers;
}

/** An Error carrying the finding it reports (`error.finding`, `.rule`, `.code`). */
export function findingError(finding) {
  const error = new Error(finding.message);
  error.rule = finding.rule;
  error.code = finding.code;
  error.finding = finding;
  return error;
}

/** The findings of one severity. */
export const ofSeverity = (findings, severity) => findings.filter((f) => f.severity === severity);

/**
 * Writes the warnings of a run into `store[key]` (a reactive object in Vue:
 * `reactive({})`), only when they changed, so a template re-renders only
 * when there is something new to show; `[]` clears what was there.
 */
export function reportWarnings(store, key, findings) {
  if (!store || key == null) return;
  const warnings = ofSeverity(findings, 'warning');
  const before = store[key];
  const same = Array.isArray(before) && before.length === warnings.length
    && before.every((f, i) => f.code === warnings[i].code && f.message === warnings[i].message);
  if (!same) store[key] = warnings;
}
