// @ts-check
// The mini-program loader: appended by scripts/build-miniprogram.mjs to the
// wasm-bindgen glue (whose functions it calls, declared in glue.d.ts) and
// type-checked against miniprogram-api-typings (tests/js/miniprogram-platform.test.mjs).

/** Where 构建 npm puts this package in a mini-program. */
const PACKAGE_DIR = '/miniprogram_npm/beian-check/';

/**
 * The optional data: place names (messages, lookupDivision), mobile home
 * locations (R-TEL-4), the rule catalogue's texts (listRules,
 * provinceRequirements). Each ships as `<name>.wasm.br`.
 * @type {Record<string, (bytes: Uint8Array) => { loaded: boolean, error?: string }>}
 */
const DATA = {
  'division-names': (bytes) => loadDivisionNames(bytes),
  'mobile-location': (bytes) => loadMobileLocations(bytes),
  'rule-texts': (bytes) => loadRuleTexts(bytes),
};

/**
 * WXWebAssembly.instantiate resolves like the standard, to { instance, module };
 * miniprogram-api-typings declares an Instance. Accept both.
 * @param {WXWebAssembly.Instance | { instance: WXWebAssembly.Instance, module?: WXWebAssembly.Module }} result
 * @returns {[WXWebAssembly.Instance, WXWebAssembly.Module | undefined]}
 */
function instanceOf(result) {
  return 'instance' in result ? [result.instance, result.module] : [result, undefined];
}

/**
 * Loads one data file: a data-only wasm module whose memory holds a
 * little-endian u32 length, then the bytes. A code package keeps only
 * whitelisted extensions (.wasm and .br, not .bin), and WXWebAssembly reads
 * and decompresses .wasm.br itself.
 * @param {string} dir
 * @param {string} file 'division-names' (or 'division-names.bin'), …
 * @returns {Promise<string>}
 */
function loadData(dir, file) {
  const name = String(file).replace(/\.bin$/, '');
  const load = DATA[name];
  if (!load) return Promise.reject(new Error(`beian-check: unknown data ${file} (division-names, mobile-location, rule-texts)`));
  return WXWebAssembly.instantiate(`${dir}${name}.wasm.br`, {}).then((result) => {
    const memory = /** @type {WXWebAssembly.Memory} */ (instanceOf(result)[0].exports.memory).buffer;
    const loaded = load(new Uint8Array(memory, 4, new DataView(memory).getUint32(0, true)));
    if (!loaded.loaded) throw new Error(`beian-check: ${name}: ${loaded.error}`);
    return file;
  });
}

/**
 * Instantiates the wasm with WXWebAssembly and loads the optional data.
 * Resolves to the names of the data loaded.
 * @param {{ dir?: string, data?: string[] }} [options] dir: the package path of
 *   these files (default PACKAGE_DIR); data: any of 'division-names',
 *   'mobile-location', 'rule-texts' (default ['division-names']).
 * @returns {Promise<string[]>}
 */
function init(options = {}) {
  const dir = options.dir || PACKAGE_DIR;
  const data = options.data || ['division-names'];
  if (wasm !== undefined) return Promise.resolve(data);
  if (typeof WXWebAssembly === 'undefined') {
    return Promise.reject(new Error('beian-check/miniprogram needs WXWebAssembly with .wasm.br (base library 2.14.0 or later)'));
  }
  return WXWebAssembly.instantiate(`${dir}beian_check_bg.wasm.br`, __wbg_get_imports()).then((result) => {
    const [instance, module] = instanceOf(result);
    __wbg_finalize_init(instance, module);
    loadMessages(MESSAGES);
    return Promise.all(data.map((file) => loadData(dir, file)));
  });
}
