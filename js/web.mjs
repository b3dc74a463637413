// The browser / bundler entry of `beian-check` (`beian-check/web`): the
// wasm-bindgen glue, with init() and initSync() that also load the finding
// messages (zh-CN and en), which the wasm does not carry, and, on request,
// the optional data files that sit next to the wasm. Copied to
// pkg/web/index.js by scripts/build.sh; its types are js/web.d.ts.
import glueInit, {
  initSync as glueInitSync, loadDivisionNames, loadMessages, loadMobileLocations,
} from './beian_check.js';
import MESSAGES from './messages.js';
import dataVersion from './data-version.js';
import { createCatalogue } from './catalogue.js';
import { encodeForm } from './form-reader.js';
import * as glue from './beian_check.js';
import { readRecords } from './record-reader.js';
import { DECODERS } from './decoders.js';
import { createBatch } from './batch.js';

export * from './beian_check.js';
// The checks that answer with a result record (src/record.rs), read into objects.
const checks = readRecords(glue, MESSAGES, DECODERS);
export const {
  validateIdNumber, validateUnitCode, validatePhone, validateEmail, validateDomain, validateHomepageUrl,
  validateFilingNumber, validateIpv4, validateAppIdentifier, validateSigningFingerprint, validatePublicKey,
  isValid, lookupDivision, listDivisions,
  listSubjectNatures, certificateTypesFor, areaCodeFor, citiesForAreaCode,
} = checks;

// A column in parts (js/batch.mjs): validateBatch, batchValidator.
export const { validateBatch, batchValidator } = createBatch(checks.validateBatchPart);

// Where the bundled tables come from (generated from the native crate).
export { dataVersion };

// The rule catalogue is JS over its optional data file (the wasm has none).
const catalogue = createCatalogue(MESSAGES, (bytes) => new TextDecoder().decode(bytes));
export const { loadRuleTexts, listRules, provinceRequirements } = catalogue;

/** `validateFiling(form, options?)`: the form is read in JS (js/form-reader.mjs), then checked in one call. Never throws. */
export function validateFiling(form, options) {
  return checks.validateFilingEncoded(encodeForm(form), options);
}

/** `checkContacts(form, options?)`: the contact rules over the form's owners, read like validateFiling's form. Never throws. */
export function checkContacts(form, options) {
  return checks.checkContactsEncoded(encodeForm(form), options);
}

/**
 * The optional data files: their loader and their URL next to this file.
 * Each URL is written out as a literal `new URL` of `import.meta.url` so
 * that bundlers (Vite, webpack 5, Rollup with an asset plugin) see the
 * file, copy it to the build and rewrite the URL.
 * @type {Record<string, [(bytes: Uint8Array | ArrayBuffer) => { loaded: boolean, error?: string }, () => URL]>}
 */
const DATA = {
  // Place names: lookupDivision, listDivisions, place names in messages.
  'division-names': [loadDivisionNames, () => new URL('./division-names.bin', import.meta.url)],
  // Mobile home locations: R-TEL-4, validatePhone(…).location of a mobile.
  'mobile-location': [loadMobileLocations, () => new URL('./mobile-location.bin', import.meta.url)],
  // The rule catalogue's texts: listRules, provinceRequirements.
  'rule-texts': [catalogue.loadRuleTexts, () => new URL('./rule-texts.bin', import.meta.url)],
};

const NAMES = Object.keys(DATA).join(', ');

/** True for `{ … }` (an options object), false for a URL, Response, bytes, Module, Promise. */
function isOptions(value) {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** True for an ArrayBuffer or a view on one (Uint8Array, Buffer, DataView). */
function isBytes(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/**
 * The requested data files as `[name, source]` pairs: a list of names gives
 * each its default URL; an object maps a name to `true` (default URL), a URL
 * (string, URL, Request), a Response or the bytes (`false`, `null`,
 * `undefined`: not loaded).
 */
function dataEntries(data) {
  if (data === undefined || data === null) return [];
  const entries = Array.isArray(data) ? data.map((name) => [name, true])
    : typeof data === 'object' ? Object.entries(data).filter(([, source]) => source != null && source !== false)
      : null;
  if (!entries) throw new TypeError(`beian-check: init({ data }) takes a list of names (${NAMES}) or an object of name → URL`);
  return entries.map(([file, source]) => {
    const name = String(file).replace(/\.bin$/, '');
    if (!Object.hasOwn(DATA, name)) throw new Error(`beian-check: unknown data file ${file} (one of ${NAMES})`);
    return [name, source === true ? DATA[name][1]() : source];
  });
}

/** Hands the bytes of one data file to its loader; throws an Error naming the file when it refuses them. */
function loadData(name, bytes, from) {
  const result = DATA[name][0](bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer ?? bytes, bytes.byteOffset ?? 0, bytes.byteLength));
  if (!result.loaded) {
    throw new Error(`beian-check: ${name}.bin${from ? ` (${from})` : ''} is not a valid data file: ${result.error}`);
  }
}

/** Fetches one data file; rejects with an Error naming the file and its URL. */
async function fetchData(name, source) {
  if (isBytes(source)) return source;
  const isResponse = typeof Response === 'function' && source instanceof Response;
  const url = (isResponse ? source.url : String(typeof Request === 'function' && source instanceof Request ? source.url : source))
    || 'the given Response';
  let response;
  try {
    response = isResponse ? source : await fetch(source);
  } catch (error) {
    throw new Error(`beian-check: could not load ${name}.bin from ${url}: ${error?.message ?? error}`, { cause: error });
  }
  if (!response.ok) {
    throw new Error(`beian-check: could not load ${name}.bin from ${url}: HTTP ${response.status} ${response.statusText}`.trimEnd());
  }
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Instantiates the wasm (fetched next to this file unless given), loads the
 * finding messages and, with `data`, the optional data files — all fetched
 * in parallel. Call it once before any check; calling it again is harmless.
 *
 * ```js
 * await init();                                            // beian_check_bg.wasm next to this file
 * await init({ data: ['division-names', 'mobile-location'] });   // + the data files next to it
 * await init({ data: { 'division-names': '/static/division-names.bin' } }); // your own URLs
 * await init({ module_or_path: '/static/beian_check_bg.wasm', data: ['rule-texts'] });
 * ```
 *
 * @param {InitOptions | InitInput | Promise<InitInput>} [input] wasm-bindgen's
 *   `{ module_or_path }` (or, deprecated, the URL, Response, bytes or
 *   `WebAssembly.Module` alone), plus `data`: the optional files to load,
 *   a list of `'division-names'`, `'mobile-location'`, `'rule-texts'`
 *   (`.bin` may be added), or an object mapping each name to `true` (the
 *   file next to the wasm), its URL (string, `URL`, `Request`), a `Response`
 *   or its bytes.
 * @returns {Promise<InitOutput>} the wasm exports; rejects with an Error
 *   naming the file when a data file cannot be fetched or is not valid.
 * @typedef {import('./beian_check.js').InitInput} InitInput
 * @typedef {import('./beian_check.js').InitOutput} InitOutput
 * @typedef {{ module_or_path?: InitInput | Promise<InitInput>, data?: string[] | Record<string, unknown> }} InitOptions
 */
export default async function init(input) {
  let glueInput = input;
  let entries = [];
  if (isOptions(input)) {
    entries = dataEntries(input.data);
    glueInput = { module_or_path: input.module_or_path };
  }
  // Start every fetch now so the data downloads alongside the wasm.
  const files = entries.map(([name, source]) => fetchData(name, source).then((bytes) => [name, bytes, source]));
  const [exports, loaded] = await Promise.all([glueInit(glueInput), Promise.all(files)]);
  loadMessages(MESSAGES);
  for (const [name, bytes, source] of loaded) loadData(name, bytes, isBytes(source) ? '' : String(source?.url ?? source));
  return exports;
}

/**
 * The same, synchronously, from a compiled module or its bytes, and the data
 * files from their bytes (a worker that already has them, a test):
 *
 * ```js
 * initSync({ module: wasmBytes, data: { 'division-names': namesBytes } });
 * ```
 *
 * @param {{ module: SyncInitInput, data?: Record<string, Uint8Array | ArrayBuffer> } | SyncInitInput} module
 *   wasm-bindgen's `{ module }` (or, deprecated, the module or bytes alone),
 *   plus `data`: an object mapping `'division-names'`, `'mobile-location'`,
 *   `'rule-texts'` (`.bin` may be added) to the bytes of the file.
 * @returns {InitOutput} the wasm exports; throws an Error naming the file
 *   when a data file is not bytes or not valid.
 * @typedef {import('./beian_check.js').SyncInitInput} SyncInitInput
 */
export function initSync(module) {
  let glueInput = module;
  let entries = [];
  if (isOptions(module)) {
    if (Array.isArray(module.data)) {
      throw new TypeError('beian-check: initSync cannot fetch; pass data as { name: bytes }, or use await init({ data })');
    }
    entries = dataEntries(module.data);
    for (const [name, bytes] of entries) {
      if (!isBytes(bytes)) throw new TypeError(`beian-check: initSync needs the bytes of ${name}.bin (Uint8Array or ArrayBuffer)`);
    }
    glueInput = { module: module.module };
  }
  const exports = glueInitSync(glueInput);
  loadMessages(MESSAGES);
  for (const [name, bytes] of entries) loadData(name, bytes, '');
  return exports;
}
