// beian-check as Standard Schema v1 (https://standardschema.dev), the
// interface TanStack Form, React Hook Form (standardSchemaResolver), tRPC,
// Hono and others accept in place of a Zod or Valibot schema.
//
//   import * as bc from 'beian-check';            // or 'beian-check/web' after init()
//   import { filingSchema, fieldSchema } from 'beian-check/standard-schema';
//   const form = new FormApi({ defaultValues, validators: { onChange: filingSchema(bc, { locale: 'zh-CN' }) } });
//   fieldSchema(bc, 'idNumber')['~standard'].validate('11010519491231002x');  // { value: '11010519491231002X', result }
//
// Issues are the `error` findings only: a consumer blocks on any issue, and a
// warning must never block. Warnings and materials stay reachable: every
// validate result carries `result` (the beian-check result), every issue its
// `finding`, `schema.result(value)` runs the check alone and
// `findingsByPath(result)` groups the warnings by field path.
//
// The module holds no wasm of its own: it calls the entry it is given, so it
// works with the Node entry, the web entry and the mini-program entry alike.

import { CHECKS } from './field-checks.mjs';

const VENDOR = 'beian-check';

/**
 * A finding path as Standard Schema path keys:
 * 'websites[0].owner.mobile' → ['websites', 0, 'owner', 'mobile']; '' → [].
 */
export function parsePath(path) {
  if (typeof path !== 'string' || path === '') return [];
  const keys = [];
  const segment = /([^.[\]]+)|\[(\d+)\]/g;
  for (let m = segment.exec(path); m; m = segment.exec(path)) keys.push(m[2] === undefined ? m[1] : Number(m[2]));
  return keys;
}

/** The issue of an error finding: its message, its path (none for the whole form), the finding. */
function toIssue(finding) {
  const path = parsePath(finding.path);
  return path.length ? { message: finding.message, path, finding } : { message: finding.message, finding };
}

const blank = (value) => value == null || (typeof value === 'string' && value.trim() === '');
const objectOr = (value) => (value && typeof value === 'object' ? value : {});

/**
 * The `~standard` props around `run(value, callOptions)` → a beian-check result;
 * `output(value, result)` is the success value.
 */
function schema(run, output) {
  const validate = (value, options) => {
    try {
      const result = run(value, objectOr(options?.libraryOptions));
      const errors = result.findings.filter((f) => f.severity === 'error');
      return errors.length ? { issues: errors.map(toIssue), result } : { value: output(value, result), result };
    } catch (error) {
      // beian-check itself never throws; an entry used before init() does.
      // The schema still answers, and the answer blocks.
      return { issues: [{ message: `beian-check: ${error?.message ?? String(error)}`, error }], result: null };
    }
  };
  return {
    '~standard': { version: 1, vendor: VENDOR, validate },
    /** The beian-check result for `value` with the schema's options (warnings and materials included). */
    result: (value, libraryOptions) => run(value, objectOr(libraryOptions)),
  };
}

/**
 * A Standard Schema of the whole filing form (docs/API.md's shape): `validateFiling`
 * with `options`; issues = its error findings at their paths; success value =
 * the form as given. `libraryOptions` of a validate call override `options`.
 */
export function filingSchema(bc, options = {}) {
  return schema(
    (form, callOptions) => bc.validateFiling(form, { ...options, ...callOptions }),
    (form) => form,
  );
}

/**
 * A Standard Schema of one field check ('idNumber', 'unitCode', 'phone',
 * 'email', 'domain', 'homepageUrl', 'filingNumber', 'ipv4'). Success value =
 * the check's `normalized` value ('11010519491231002x' → '11010519491231002X'),
 * or the input when the check gives none. `options`: the check's options plus
 * `required` (default true: blank is INPUT_EMPTY; false: blank passes as is),
 * or a function returning them, called at every validation (options from the
 * rest of the form, e.g. `() => ({ kind: 'landline', cityCode: form.state.values.city })`).
 */
export function fieldSchema(bc, check, options = {}) {
  const exportName = Object.prototype.hasOwnProperty.call(CHECKS, check) ? CHECKS[check] : undefined;
  if (!exportName) throw new TypeError(`beian-check: unknown check ${JSON.stringify(check)}; use ${Object.keys(CHECKS).join(', ')}`);
  return schema(
    (value, callOptions) => {
      const { required = true, ...checkOptions } = { ...objectOr(typeof options === 'function' ? options() : options), ...callOptions };
      if (!required && blank(value)) return { ok: true, normalized: null, findings: [] };
      return bc[exportName](value, checkOptions);
    },
    (value, result) => result.normalized ?? value,
  );
}

/**
 * The findings of `result` (a beian-check result, or a validate result's
 * `result`) of one severity, default 'warning', grouped by path:
 * { 'subject.owner.mobile': [finding, …] } — the keys are TanStack Form's
 * field names. A path of '' (the whole form) is the key ''.
 */
export function findingsByPath(result, severity = 'warning') {
  const byPath = {};
  for (const finding of result?.findings ?? []) {
    if (finding.severity !== severity) continue;
    if (!byPath[finding.path]) byPath[finding.path] = [];
    byPath[finding.path].push(finding);
  }
  return byPath;
}
