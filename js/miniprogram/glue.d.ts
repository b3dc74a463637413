// What js/miniprogram/init.js uses of the wasm-bindgen glue and js/catalogue.mjs it is appended
// to (scripts/build-miniprogram.mjs), for its type check.
declare let wasm: object | undefined;
declare const MESSAGES: unknown;
declare function __wbg_get_imports(): WXWebAssembly.Imports;
declare function __wbg_finalize_init(instance: WXWebAssembly.Instance, module: WXWebAssembly.Module | undefined): object;
declare function loadMessages(messages: unknown): unknown;
declare function loadDivisionNames(bytes: Uint8Array): { loaded: boolean; error?: string };
declare function loadMobileLocations(bytes: Uint8Array): { loaded: boolean; error?: string };
declare function loadRuleTexts(bytes: Uint8Array): { loaded: boolean; error?: string };
