// The server's documents are true: /openapi.json is the committed
// server/openapi.json, a valid OpenAPI 3.1 document (openapi-spec-validator
// from .venv), naming every route the server answers; the README's Python
// client (the block itself, cut from the README) prints what the package
// finds, and the Java one runs when a JDK is installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as bc from 'beian-check';
import { ROOT, start } from './support/server.mjs';

let server;
before(async () => {
  server = await start();
});
after(() => server?.stop());

const OPENAPI = join(ROOT, 'server/openapi.json');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README block whose first line names `file`, without that line. */
const block = (file) => {
  const m = new RegExp('```\\w*\\n(?:// |# )' + file.replace(/[.]/g, '\\.') + '\\n([\\s\\S]*?)```').exec(README);
  assert.ok(m, `a README block from ${file}`);
  return m[1];
};

test('/openapi.json is the committed document, and openapi-spec-validator accepts it as OpenAPI 3.1', async () => {
  const served = await (await fetch(`${server.url}/openapi.json`)).text();
  assert.equal(served, readFileSync(OPENAPI, 'utf8'));
  const doc = JSON.parse(served);
  assert.equal(doc.openapi, '3.1.0');
  const python = join(ROOT, '.venv/bin/python');
  const run = spawnSync(python, ['-c', 'import sys, json\nfrom openapi_spec_validator import validate\nfrom openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator\nvalidate(json.load(open(sys.argv[1])), cls=OpenAPIV31SpecValidator)\nprint("valid")', OPENAPI], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'valid');
});

test('every route of the OpenAPI document answers 200 to a plain request', async () => {
  const doc = JSON.parse(readFileSync(OPENAPI, 'utf8'));
  const example = { '{name}': 'phone', '{code}': '44' };
  for (const [path, methods] of Object.entries(doc.paths)) {
    const url = server.url + path.replace(/\{\w+\}/g, (p) => example[p]);
    for (const method of Object.keys(methods)) {
      const response = await fetch(url, method === 'post'
        ? { method: 'POST', headers: { 'content-type': path.includes('batch') ? 'application/x-ndjson' : 'application/json' }, body: path.includes('batch') ? '"1"' : '{"form":{},"value":"1"}'.replace(path.includes('check') ? '"form":{},' : ',"value":"1"', '') }
        : undefined);
      assert.equal(response.status, 200, `${method} ${path}: ${await response.text()}`);
      assert.ok(Object.keys(methods[method].responses).includes('200'));
    }
  }
  assert.equal((await fetch(`${server.url}/v1/forms`)).status, 404);
});

test('the README\'s Python client, run against the server, prints the package\'s findings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-client-'));
  const file = join(dir, 'client.py');
  const code = block('server/examples/client.py');
  writeFileSync(file, code);
  const out = execFileSync(join(ROOT, '.venv/bin/python'), [file], { env: { ...process.env, BEIAN_CHECK_URL: server.url }, encoding: 'utf8' });
  // The form the client sends, read back out of its source by Python itself.
  const form = JSON.parse(execFileSync(join(ROOT, '.venv/bin/python'), ['-c',
    `import json\nsrc = open(${JSON.stringify(file)}).read().split("result = validate_filing")[0]\nns = {}\nexec(src, ns)\nprint(json.dumps(ns["form"]))`], { encoding: 'utf8' }));
  const expected = bc.validateFiling(form, { locale: 'en', asOf: '2026-11-22' });
  const lines = [`ok: ${expected.ok ? 'True' : 'False'}`, ...expected.findings.map((f) => `${f.severity} ${f.path} ${f.code}`)];
  assert.equal(out.trim(), lines.join('\n'));
  assert.ok(out.includes('error subject.owner.idNumber ID_CHECKSUM'));
});

test('the README\'s Java client (java.net.http) prints the package\'s result, when a JDK is installed', async (t) => {
  if (spawnSync('java', ['-version']).status !== 0) return t.skip('no java here');
  const dir = mkdtempSync(join(tmpdir(), 'beian-java-'));
  writeFileSync(join(dir, 'Client.java'), block('server/examples/Client.java'));
  const out = execFileSync('java', [join(dir, 'Client.java')], { env: { ...process.env, BEIAN_CHECK_URL: server.url }, encoding: 'utf8' });
  assert.equal(out.trim(), `200 ${JSON.stringify(bc.validateIdNumber('440305198507048911', { locale: 'en' }))}`);
});
