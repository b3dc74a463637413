// validateBatch and batchValidator over the wasm's validateBatchPart
// (src/wasm.rs): a column is checked in parts of PART values, so the wasm's
// memory (which never shrinks) grows by a few MB at most, whatever the
// column's length, and the JS memory held is the verdicts and the findings.
// Shared by the web, Node and mini-program entries.

/** Values per call into the wasm. */
const PART = 4096;
/**
 * The longest column one call takes (src/wasm.rs BATCH_MAX): a longer one
 * goes to the wasm whole, which answers BATCH_TOO_LONG without reading it.
 */
const MAX = 1_000_000;

/** The parts of a column: slices of PART values, or the value whole when it is no plain array (or too long: the wasm says so). */
function parts(values) {
  try {
    if (!Array.isArray(values) || values.length <= PART || values.length > MAX) return [[0, values]];
    const list = [];
    for (let start = 0; start < values.length; start += PART) list.push([start, values.slice(start, start + PART)]);
    return list;
  } catch {
    // A proxy whose traps throw: the wasm reads it defensively, whole.
    return [[0, values]];
  }
}

/** `validateBatch` and `batchValidator` over `part(check, values, options, first)`, validateBatchPart read into an object. */
export function createBatch(part) {
  /** The check over `values`, each finding's index counted from `base`. */
  function run(check, values, options, base) {
    const list = parts(values);
    if (list.length === 1) return part(check, values, options, base);
    const valid = new Uint8Array(values.length);
    const findings = [];
    for (const [start, slice] of list) {
      const result = part(check, slice, options, base + start);
      // An unknown check: one finding, no verdicts.
      if (result.valid.length === 0) return result;
      valid.set(result.valid, start);
      for (const finding of result.findings) findings.push(finding);
    }
    return { valid, findings };
  }

  /** `validateBatch(check, values, options?)`: one check over a column. Never throws. */
  function validateBatch(check, values, options) {
    return run(check, values, options, 0);
  }

  /** `batchValidator(check, options?)`: one column given part by part. */
  function batchValidator(check, options) {
    let count = 0;
    return {
      validate(values) {
        const result = run(check, values, options, count);
        count += result.valid.length;
        return result;
      },
      get count() {
        return count;
      },
    };
  }

  return { validateBatch, batchValidator };
}
