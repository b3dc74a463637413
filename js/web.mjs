// The browser / bundler entry of `beian-check` (`beian-check/web`): the
// wasm-bindgen glue, with init() and initSync() that also load the finding
// messages (zh-CN and en), which the wasm does not carry. Copied to
// pkg/web/index.js by scripts/build.sh.
import glueInit, { initSync as glueInitSync, loadMessages } from './beian_check.js';
import MESSAGES from './messages.js';

export * from './beian_check.js';

/** Instantiates the wasm (fetched next to this file unless given) and loads the messages. */
export default async function init(input) {
  const exports = await glueInit(input);
  loadMessages(MESSAGES);
  return exports;
}

/** The same, synchronously, from a compiled module or its bytes. */
export function initSync(module) {
  const exports = glueInitSync(module);
  loadMessages(MESSAGES);
  return exports;
}
