// Types of `beian-check/web` (js/web.mjs, shipped as pkg/web/index.js and
// this file as pkg/web/index.d.ts): every declaration of the wasm-bindgen
// glue, with init and initSync that also load the optional data files.
import type { InitInput, InitOutput } from './beian_check.js';

export * from './beian_check.js';

/**
 * An optional data file, shipped next to the wasm:
 * `division-names` (place names in messages, `lookupDivision`, `listDivisions`),
 * `mobile-location` (R-TEL-4, a mobile's home location),
 * `rule-texts` (`listRules`, `provinceRequirements`).
 */
export type DataFileName = 'division-names' | 'mobile-location' | 'rule-texts';

/** A data file's name, with or without `.bin`. */
export type DataFile = DataFileName | `${DataFileName}.bin`;

/**
 * Where init takes a data file from: `true` (the file next to the wasm), its
 * URL, a `Response`, or its bytes; `false` or `undefined`: not loaded.
 */
export type DataFileSource = boolean | string | URL | Request | Response | ArrayBuffer | ArrayBufferView;

/**
 * A compiled `WebAssembly.Module`. (lib.dom declares it with no members, so
 * any object would pass for one; these `never`s keep a mistyped options
 * object from doing so.)
 */
export type CompiledModule = WebAssembly.Module & { readonly data?: never; readonly module_or_path?: never; readonly module?: never };

/** The wasm as init and initSync took it before the options object (deprecated by wasm-bindgen). */
export type WasmInput = RequestInfo | URL | Response | BufferSource | CompiledModule;

/** The options of init: wasm-bindgen's `module_or_path`, and the data files to load with the wasm. */
export interface InitOptions {
  /** The wasm: its URL, a Response, its bytes or a compiled module; default `beian_check_bg.wasm` next to this file. */
  module_or_path?: InitInput | Promise<InitInput>;
  /**
   * The optional data files to load, fetched in parallel with the wasm:
   * names (`['division-names', 'mobile-location']`), or an object of name →
   * source (`{ 'division-names': '/static/division-names.bin' }`).
   */
  data?: readonly DataFile[] | { readonly [name in DataFile]?: DataFileSource };
}

/** The options of initSync: wasm-bindgen's `module`, and the bytes of the data files to load. */
export interface InitSyncOptions {
  /** The wasm's bytes or a compiled module. */
  module: BufferSource | WebAssembly.Module;
  /** The bytes of the optional data files, by name. */
  data?: { readonly [name in DataFile]?: ArrayBuffer | ArrayBufferView };
}

/**
 * Instantiates the wasm, loads the finding messages and the data files
 * asked for; call it once before any check (again is harmless). Rejects with
 * an Error naming the file when a data file cannot be fetched or is not valid.
 *
 * ```js
 * await init({ data: ['division-names', 'mobile-location'] });
 * ```
 */
export default function init(input?: InitOptions | WasmInput | Promise<InitInput>): Promise<InitOutput>;

/**
 * The same, synchronously, from the wasm's bytes or module and the data
 * files' bytes. Throws an Error naming the file when a data file is not valid.
 */
export function initSync(input: InitSyncOptions | BufferSource | CompiledModule): InitOutput;
