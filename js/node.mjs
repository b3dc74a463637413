// The Node entry of `beian-check`: ready at import, no init call.
// It instantiates the same wasm and glue as `beian-check/web` synchronously
// from the package's own files (no network, no fetch), loads the optional
// data (mobile home locations, division names, rule texts), then re-exports every
// check. (wasm-bindgen's `--target nodejs` output is CommonJS and
// `experimental-nodejs-module` does not import on Node 20, so both entries
// share the web glue.)
import { readFileSync } from 'node:fs';
import { initSync, loadDivisionNames, loadMessages, loadMobileLocations } from '../pkg/web/beian_check.js';
import MESSAGES from '../pkg/web/messages.js';
import { createCatalogue } from './catalogue.mjs';
import { encodeForm } from './form-reader.mjs';
import { validateFilingEncoded } from '../pkg/web/beian_check.js';

initSync({ module: readFileSync(new URL('../pkg/web/beian_check_bg.wasm', import.meta.url)) });
// The wasm carries no message texts: they are loaded like data.
loadMessages(MESSAGES);
// On a server the optional data costs nothing to ship, so the Node entry
// loads it: mobile home locations (R-TEL-4), division names, rule texts.
loadMobileLocations(readFileSync(new URL('../pkg/web/mobile-location.bin', import.meta.url)));
loadDivisionNames(readFileSync(new URL('../pkg/web/division-names.bin', import.meta.url)));
// The rule catalogue is JS over its optional data file (the wasm has none).
const catalogue = createCatalogue(MESSAGES, (bytes) => new TextDecoder().decode(bytes));
catalogue.loadRuleTexts(readFileSync(new URL('../pkg/web/rule-texts.bin', import.meta.url)));
export const { loadRuleTexts, listRules, provinceRequirements } = catalogue;

/** `validateFiling(form, options?)`: the form is read in JS (js/form-reader.mjs), then checked in one call. Never throws. */
export function validateFiling(form, options) {
  return validateFilingEncoded(encodeForm(form), options);
}

export * from '../pkg/web/beian_check.js';
