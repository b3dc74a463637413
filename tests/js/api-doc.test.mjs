// docs/API.md and the TypeScript types say the same: every function an entry
// of the package exports (package.json "exports", through the TypeScript
// compiler) is documented as `name(…)`, every `name(` API.md documents is
// exported, and the table of form fields is exactly the fields of
// FilingForm (Person's once, as `Person.*`). The package ships API.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/packed.mjs';

const API = readFileSync(join(ROOT, 'docs/API.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The .d.ts of every entry of package.json's exports, by entry. */
const ENTRY_TYPES = Object.fromEntries(Object.entries(PACKAGE.exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([entry, { types }]) => [entry, join(ROOT, types)]));

const program = ts.createProgram(Object.values(ENTRY_TYPES), { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
const checker = program.getTypeChecker();

/** The functions a .d.ts exports (its default export, init, by that name). */
function exportedFunctions(file) {
  const source = program.getSourceFile(file);
  assert.ok(source, `${file} is part of the program`);
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source))
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? [symbol.name, checker.getAliasedSymbol(symbol)] : [symbol.name, symbol]))
    .filter(([, symbol]) => symbol.flags & ts.SymbolFlags.Function)
    .map(([name]) => (name === 'default' ? 'init' : name));
}

test('every exported function of every entry is documented, and every documented function exists', () => {
  const exported = new Set();
  for (const [entry, file] of Object.entries(ENTRY_TYPES)) {
    const names = exportedFunctions(file);
    assert.ok(names.length > 0, `${entry} exports functions`);
    for (const name of names) {
      exported.add(name);
      assert.ok(API.includes(`${name}(`), `${name} (${entry}) is not documented in docs/API.md as ${name}(…)`);
    }
  }
  assert.ok(exported.has('validateFiling') && exported.has('createAntdRules') && exported.has('init'));
  // Vue's reactive() is the one foreign function the document names.
  const documented = new Set([...API.matchAll(/`([a-z][A-Za-z]+)\(/g)].map((m) => m[1]).filter((name) => name !== 'reactive'));
  for (const name of documented) assert.ok(exported.has(name), `docs/API.md documents ${name}(…), which no entry exports`);
});

/**
 * The field paths of a type: leaves (strings, numbers, unions with them,
 * arrays of those, Person) and the objects holding them, `[]` after an
 * array of objects.
 */
function fieldPaths(type, prefix, paths) {
  for (const property of type.getProperties()) {
    const declared = checker.getTypeOfSymbol(property);
    let inner = checker.getNonNullableType(declared);
    const isArray = checker.isArrayType(inner);
    if (isArray) inner = checker.getNonNullableType(checker.getTypeArguments(inner)[0]);
    const isObject = inner.flags & ts.TypeFlags.Object && !inner.isUnion() && inner.getProperties().length > 0;
    let path = `${prefix}${property.name}`;
    if (isObject && inner.symbol?.name !== 'Person') {
      paths.containers.add(path);
      if (isArray) path += '[]';
      fieldPaths(inner, `${path}.`, paths);
    } else {
      paths.leaves.add(path);
    }
  }
  return paths;
}

/** The type of an interface exported by pkg/web/beian_check.d.ts. */
function interfaceType(name) {
  const source = program.getSourceFile(join(ROOT, 'pkg/web/beian_check.d.ts'));
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((s) => s.name === name);
  assert.ok(symbol, `beian_check.d.ts exports ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

test('the table of form fields in API.md is the fields of FilingForm and Person', () => {
  const paths = fieldPaths(interfaceType('FilingForm'), '', { leaves: new Set(), containers: new Set() });
  fieldPaths(interfaceType('Person'), 'Person.', paths);
  const section = API.slice(API.indexOf('Every field, with what it holds'), API.indexOf('## Divisions'));
  const rows = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
  assert.equal(new Set(rows).size, rows.length, 'each field once');
  for (const leaf of paths.leaves) assert.ok(rows.includes(leaf), `docs/API.md's field table lacks ${leaf}`);
  for (const row of rows) {
    assert.ok(paths.leaves.has(row) || paths.containers.has(row), `docs/API.md lists ${row}, which FilingForm does not have`);
  }
  // Spot checks that the walk itself reads the types.
  for (const path of ['apps[].platforms[].fingerprint', 'subject.owner', 'Person.idValidTo', 'previous.subject.owner.idNumber']) {
    assert.ok(paths.leaves.has(path), path);
  }
});

test('the package ships docs/API.md, and the README and code comments point to it', () => {
  assert.ok(PACKAGE.files.includes('docs/API.md'));
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /\]\(docs\/API\.md\)/, 'the README links docs/API.md');
  assert.doesNotMatch(readme.replaceAll('docs/API.md', ''), /API\.md/, 'every mention of API.md in the README is docs/API.md');
});
