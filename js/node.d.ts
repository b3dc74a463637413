// Types of the Node entry: every check and type of `beian-check/web`; the
// module is initialised at import.
export * from '../pkg/web/beian_check.js';
