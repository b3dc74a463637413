// The Node entry of `beian-check`: ready at import, no init call.
// It is the web entry (`beian-check/web`, js/web.mjs) initialised
// synchronously from the package's own files (no network, no fetch), with
// the optional data loaded: on a server it costs nothing to ship, so mobile
// home locations (R-TEL-4), division names and the rule catalogue's texts
// are there. (wasm-bindgen's `--target nodejs` output is CommonJS and
// `experimental-nodejs-module` does not import on Node 20, so both entries
// share the web glue.)
import { readFileSync } from 'node:fs';
import { initSync } from '../pkg/web/index.js';

const file = (name) => readFileSync(new URL(`../pkg/web/${name}`, import.meta.url));
initSync({
  module: file('beian_check_bg.wasm'),
  data: {
    'mobile-location': file('mobile-location.bin'),
    'division-names': file('division-names.bin'),
    'rule-texts': file('rule-texts.bin'),
  },
});

export * from '../pkg/web/index.js';
