// Types of the package's root entry: every check and type of
// `beian-check/web`. In Node the module is initialised at import and
// `init()` resolves at once; a browser bundle gets the web entry itself.
export * from '../pkg/web/index.js';
export { default } from '../pkg/web/index.js';
