// The ICANN section of the Public Suffix List as the npm package tldts
// carries it (compiled into a flat trie, dist/es6/src/data/trie.js), written
// back as PSL text: `node data/domains/psl-from-tldts.mjs [tldts dir]`.
// tldts publishes within days of each PSL change, so it is the newest copy
// of the list on the registries (issue 27, item 9); data/domains/generate.py
// reads this output when tldts is newer than the PyPI copy.
//
// The trie: node n has edges edgeStart[n] … edgeStart[n + 1] − 1; edge e has
// the label labelText[offset(e), offset(e) + edgeLength[e]) (offsets are the
// running sum of edgeLength) and leads to node edgeChild[e]. Labels run from
// the TLD down. nodeFlags[n] & 1 marks an ICANN rule ending at n, & 2 a
// private one; rules hang off rulesRoot, exception rules (`!x`) off
// exceptionsRoot.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? new URL('../../node_modules/tldts', import.meta.url).pathname);
const { version } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
const trie = await import(pathToFileURL(`${dir}/dist/es6/src/data/trie.js`).href);
const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot } = trie;
for (const [name, value] of Object.entries({ nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot })) {
  if (value === undefined) throw new Error(`tldts ${version}: its trie has no ${name}; the format changed, update this reader`);
}

const offsets = new Uint32Array(edgeLength.length);
for (let e = 1; e < edgeLength.length; e++) offsets[e] = offsets[e - 1] + edgeLength[e - 1];

const ICANN = 1;
/** The rules below `node`, each as labels from the TLD down. */
function rules(node, labels, out) {
  if (labels.length > 0 && nodeFlags[node] & ICANN) out.push([...labels].reverse().join('.'));
  for (let e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
    labels.push(labelText.slice(offsets[e], offsets[e] + edgeLength[e]));
    rules(edgeChild[e], labels, out);
    labels.pop();
  }
  return out;
}

// The trie also flags the parent of a wildcard rule (`ck` for `*.ck`,
// `kawasaki.jp` for `*.kawasaki.jp`), which the list itself never names
// beside its wildcard: those are not rules of the list.
const found = rules(rulesRoot, [], []);
const wildcards = new Set(found.filter((rule) => rule.startsWith('*.')).map((rule) => rule.slice(2)));
const icann = [...found.filter((rule) => !wildcards.has(rule)), ...rules(exceptionsRoot, [], []).map((rule) => `!${rule}`)];
if (icann.length < 5000) throw new Error(`tldts ${version}: only ${icann.length} ICANN rules read; the format changed`);
process.stdout.write(`// The ICANN section of the Public Suffix List as carried by npm tldts ${version}\n`
  + `// VERSION: tldts-${version}\n// ===BEGIN ICANN DOMAINS===\n${icann.sort().join('\n')}\n// ===END ICANN DOMAINS===\n`);
