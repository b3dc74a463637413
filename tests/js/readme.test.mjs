// The README's recipes are what the tests run: a code block whose first line
// names a file of the repository (`// examples/ui/antd/src/App.tsx`,
// `<!-- examples/ui/vant/src/App.vue -->`, `/* … */` in CSS, `# server/examples/client.py`) is cut, verbatim,
// from that file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/packed.mjs';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```\w*\n(?:\/\/ |<!-- |\/\* |# )((?:examples|www|js|server)\/[\w./-]+)(?: -->| \*\/)?\n([\s\S]*?)```/g)]
  .map(([, file, body]) => ({ file, body: body.replace(/\n$/, '') }));

test('every README block that names an example file is an excerpt of it', () => {
  assert.ok(blocks.length >= 10, `${blocks.length} blocks name a file`);
  for (const { file, body } of blocks) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    assert.ok(text.includes(body), `README.md's block from ${file} is not in that file:\n${body}`);
  }
  const named = new Set(blocks.map((b) => b.file.split('/').slice(0, 3).join('/')));
  for (const app of ['examples/ui/antd', 'examples/ui/element-plus', 'examples/ui/vant', 'examples/ui/tdesign', 'examples/ui/async-validator']) {
    assert.ok(named.has(app), `a README recipe from ${app}`);
  }
});
