// The Node entry of `beian-check`: ready at import, no init call.
// It is the web entry (`beian-check/web`, js/web.mjs) initialised
// synchronously from the package's own files (no network, no fetch), with
// the optional data loaded: on a server it costs nothing to ship, so mobile
// home locations (R-TEL-4), division names and the rule catalogue's texts
// are there. (wasm-bindgen's `--target nodejs` output is CommonJS and
// `experimental-nodejs-module` does not import on Node 20, so both entries
// share the web glue.) Bundlers building for a browser get the web entry
// instead (the `browser` condition of package.json's exports).
import { readFileSync } from 'node:fs';
import { initSync } from '../pkg/web/index.js';

const file = (name) => readFileSync(new URL(`../pkg/web/${name}`, import.meta.url));
const exports = initSync({
  module: file('beian_check_bg.wasm'),
  data: {
    'mobile-location': file('mobile-location.bin'),
    'division-names': file('division-names.bin'),
    'rule-texts': file('rule-texts.bin'),
  },
});

/**
 * The web entry's `init()`, so that one `import init, * as bc from
 * 'beian-check'; await init();` runs in Node and in a browser bundle alike.
 * Here the wasm and every data file were loaded at import: it resolves at
 * once, whatever the options.
 */
export default async function init() {
  return exports;
}

export * from '../pkg/web/index.js';
