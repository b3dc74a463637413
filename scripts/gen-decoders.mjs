// Writes pkg/web/decoders.js: for every export that answers with a result
// record, a reader that builds its result by the shape of its TypeScript
// type (the types src/wasm.rs declares for the Rust result types, as
// wasm-bindgen writes them to beian_check.d.ts): one object literal per
// object, properties in the order serde writes the fields, each value read
// as its type says (issue 26: results built by shape). js/record-reader.js
// runs them; a record of another shape (a type that no longer matches its
// Rust struct) is read again by its tags, and the tests count those.
//
//   node scripts/gen-decoders.mjs [pkg/web]
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { RECORD_EXPORTS } from '../js/record-reader.js';

const dir = new URL(`../${process.argv[2] ?? 'pkg/web'}/`, import.meta.url);
const source = ts.createSourceFile('beian_check.d.ts', readFileSync(new URL('beian_check.d.ts', dir), 'utf8'), ts.ScriptTarget.Latest);

/**
 * The exports without TypeScript declarations (skip_typescript) and the
 * types of their records (a filing's record is a CheckResult: the reader
 * adds its materials).
 */
const INTERNAL = { validateFilingEncoded: 'CheckResult', checkContactsEncoded: 'CheckResult', validateBatchPart: 'BatchResult' };

const interfaces = new Map();
const aliases = new Map();
const returns = new Map();
for (const statement of source.statements) {
  if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
  else if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
  else if (ts.isFunctionDeclaration(statement) && statement.name && statement.type) returns.set(statement.name.text, statement.type);
}

/** The properties of an interface in serde's order: those of the interfaces it extends first. */
function properties(name) {
  const declaration = interfaces.get(name);
  const inherited = (declaration.heritageClauses ?? []).flatMap((clause) => clause.types.flatMap((t) => properties(t.expression.text)));
  return [...inherited, ...declaration.members.filter(ts.isPropertySignature)];
}

const readers = new Map();
/** The name of the reader function of interface `name`, written once. */
function readerOf(name) {
  if (!readers.has(name)) {
    readers.set(name, null);
    const props = properties(name);
    // An optional property may be left out: no fixed shape to read by.
    const body = props.some((p) => p.questionToken) ? '  return r.v();\n' : [
      '  r.o();\n',
      `  const o = {\n${props.map((p) => `    ${p.name.getText(source)}: ${expression(p.type, `r.k('${p.name.getText(source)}')`)},\n`).join('')}  };\n`,
      '  r.e();\n',
      props.some((p) => p.name.getText(source) === 'message') ? '  return r.m(o);\n' : '  return o;\n',
    ].join('');
    readers.set(name, `function read${name}(r) {\n${body}}\n`);
  }
  return `read${name}`;
}

/**
 * The expression that reads a value of `type` from the reader `r`, after
 * `key` (`r.k('name')`, which checks the key and returns `r`) when given.
 */
function expression(type, key = 'r') {
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword: return `${key}.s()`;
    case ts.SyntaxKind.NumberKeyword: return `${key}.n()`;
    case ts.SyntaxKind.BooleanKeyword: return `${key}.b()`;
    case ts.SyntaxKind.LiteralType: return ts.isStringLiteral(type.literal) ? `${key}.s()` : `${key}.v()`;
    case ts.SyntaxKind.ParenthesizedType: return expression(type.type, key);
    case ts.SyntaxKind.ArrayType: return `${key}.a(${itemReader(type.elementType)})`;
    case ts.SyntaxKind.UnionType: {
      const isNull = (t) => t.kind === ts.SyntaxKind.LiteralType && t.literal.kind === ts.SyntaxKind.NullKeyword;
      const kinds = new Set(type.types.filter((t) => !isNull(t)).map((t) => expression(t)));
      const one = kinds.size === 1 ? [...kinds][0] : 'r.v()';
      if (one === 'r.v()') return `${key}.v()`;
      return type.types.some(isNull) ? `(${key}.z() ? null : ${one})` : one.replace(/^r\b/, key);
    }
    case ts.SyntaxKind.TypeReference: {
      const name = type.typeName.getText(source);
      if (name === 'Array' && type.typeArguments?.length === 1) return `${key}.a(${itemReader(type.typeArguments[0])})`;
      if (interfaces.has(name)) return `${readerOf(name)}(${key})`;
      if (aliases.has(name)) return expression(aliases.get(name), key);
      return `${key}.v()`; // Record<…>, Uint8Array: read by their tags
    }
    default: return `${key}.v()`; // intersections, unknown: read by their tags
  }
}

/** A function reading one item of an array of `type`. */
function itemReader(type) {
  const read = expression(type);
  const call = /^(read\w+)\(r\)$/.exec(read);
  return call ? call[1] : `(r) => ${read}`;
}

const decoders = [];
// validateText answers as the field export it stands for.
for (const name of RECORD_EXPORTS.filter((n) => n !== 'validateText')) {
  const type = returns.get(name);
  if (!INTERNAL[name] && !type) throw new Error(`gen-decoders: no declared result type for ${name}`);
  const read = INTERNAL[name] ? readerOf(INTERNAL[name]) : itemReader(type);
  if (read !== '(r) => r.v()') decoders.push(`  ${name}: ${read},\n`);
}

writeFileSync(new URL('decoders.js', dir), [
  '// @generated by scripts/gen-decoders.mjs from beian_check.d.ts — the readers of the result records by\n',
  '// their types\' shapes (js/record-reader.js R: o object, k key, e end, s string, n number, b boolean,\n',
  '// z null?, a array, v any value by its tag, m message rendered).\n',
  ...[...readers.values()],
  `export const DECODERS = {\n${decoders.join('')}};\n`,
].join(''));
console.log(`gen-decoders: ${readers.size} shape readers, ${decoders.length} exports`);
