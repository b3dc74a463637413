// The package as a user installs it (npm pack → node_modules/beian-check),
// bundled by Vite (build and dev server), webpack 5 and Rollup into a small
// app (examples/bundlers/app) and by Vite and webpack 5 into the Web Worker
// recipe (examples/worker), each served with the strict CSP and run in
// headless Debian Chromium: init({ data }) must find the wasm and the data
// files the bundler emitted, and the checks must give their exact results,
// with no request off the server's origin and no console error or CSP
// violation. Every build and browser wait is time-limited.
//   KEEP_BUNDLERS_TMP=1 node tests/bundlers/bundlers.test.mjs  keeps the builds
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build as viteBuild, createServer as viteServer } from 'vite';
import webpack from 'webpack';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import importMetaAssets from '../../examples/bundlers/rollup-import-meta-assets.mjs';
import { SECURITY_HEADERS, MIME } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WAIT = 20_000;
/** Per test: a build, a server, a page. */
const LIMIT = { timeout: 60_000 };

/** What examples/bundlers/app/main.js computes, exactly. */
const APP_RESULTS = {
  id: { ok: true, province: '北京市', name: '朝阳区' },
  phone: { ok: true, province: '北京市', locationStatus: 'found' },
  bad: [{ rule: 'R-ID-1', code: 'ID_CHECKSUM', severity: 'error' }],
  district: '南山区',
  filing: [{ rule: 'R-ID-1', code: 'ID_CHECKSUM', path: 'subject.owner.idNumber' }],
};

let tmp;
let app;
let browser;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'beian-bundlers-'));
  // What `npm install beian-check` puts in node_modules: the packed files
  // (the package has no runtime dependencies).
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000,
  }));
  app = join(tmp, 'app');
  const installed = join(app, 'node_modules', 'beian-check');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, packed[0].filename), '-C', installed, '--strip-components=1'], { timeout: 30_000 });
  cpSync(join(ROOT, 'examples/bundlers/app'), app, { recursive: true });
  cpSync(join(ROOT, 'examples/worker'), join(app, 'worker'), { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, LIMIT);

after(async () => {
  await browser?.close();
  if (tmp && !process.env.KEEP_BUNDLERS_TMP) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`kept ${tmp}`);
});

/** Serves `dir` on 127.0.0.1 with the demo's security headers (strict CSP). */
async function serve(dir) {
  const served = [];
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    // Chromium asks for one on its own; the apps have none.
    if (pathname === '/favicon.ico') return void res.writeHead(204, SECURITY_HEADERS).end();
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!file.startsWith(dir + sep)) throw new Error('outside');
      const body = await readFile(file);
      served.push(pathname);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
      res.end(body);
    } catch {
      served.push(`404 ${pathname}`);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    served,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/**
 * Serves `dir` and opens its index.html behind the strict CSP, waits (at most WAIT ms)
 * for `body[data-ready]`, and returns the value of `global` in the page,
 * with what was requested. Fails on any console error or warning (in the
 * page or a worker), CSP violation, failed request or foreign origin.
 */
async function run(dir, global) {
  return open(await serve(dir), global);
}

/** The same for a running server `{ origin, served, close }`. */
async function open(server, global) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const onConsole = (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); };
  page.on('console', onConsole);
  page.on('worker', (worker) => worker.on('console', onConsole));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  context.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    const response = await page.goto(`${server.origin}/`, { timeout: WAIT });
    assert.equal(response.headers()['content-security-policy'], SECURITY_HEADERS['Content-Security-Policy']);
    const state = await page.waitForFunction(() => document.body?.dataset.ready, null, { timeout: WAIT })
      .then((handle) => handle.jsonValue())
      .catch((e) => { throw new Error(`the page never became ready: ${problems.join('; ') || e.message}`); });
    const text = await page.textContent('#out');
    assert.equal(state, 'true', `the page failed: ${text} ${problems.join('; ')}`);
    const value = await page.evaluate((name) => globalThis[name], global);
    for (const url of new Set([...requests, ...server.served.map((p) => server.origin + p)])) {
      assert.equal(new URL(url).origin, server.origin, `request to another origin: ${url}`);
    }
    assert.deepEqual(problems, [], `served: ${server.served.join(', ')}`);
    if (process.env.KEEP_BUNDLERS_TMP) console.log(server.served);
    return { value, served: server.served };
  } finally {
    await context.close();
    await server.close();
  }
}

/** The files a build served, by kind: one wasm, `bins` data files (not rule-texts.bin). */
function assertAssets(served, bins) {
  assert.equal(served.filter((p) => p.endsWith('.wasm')).length, 1, `one wasm in ${served}`);
  assert.equal(served.filter((p) => p.endsWith('.bin')).length, bins, `${bins} data files in ${served}`);
  assert.ok(!served.some((p) => p.includes('rule-texts')), 'rule-texts.bin was not asked for');
}

test('Vite: build() of the app; init({ data }) finds the hashed wasm and data files', LIMIT, async () => {
  const outDir = join(tmp, 'out-vite');
  await viteBuild({ root: app, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const { value, served } = await run(outDir, 'results');
  assert.deepEqual(value, APP_RESULTS);
  assertAssets(served, 2);
  assert.ok(served.some((p) => /\/assets\/division-names-[\w-]+\.bin$/.test(p)), `hashed asset names: ${served}`);
});

test('Vite dev server: the same app unbundled, beian-check pre-bundled into .vite/deps, no config', LIMIT, async () => {
  const served = [];
  const server = await viteServer({
    root: app,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false, headers: SECURITY_HEADERS, watch: null },
    plugins: [{
      name: 'log-requests',
      configureServer(dev) {
        dev.middlewares.use((req, res, next) => {
          if (req.url === '/favicon.ico') return void res.writeHead(204, SECURITY_HEADERS).end();
          served.push(new URL(req.url, 'http://localhost').pathname);
          return next();
        });
      },
    }],
  });
  await server.listen();
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  const { value } = await open({ origin, served, close: () => server.close() }, 'results');
  assert.deepEqual(value, APP_RESULTS);
  assertAssets(served, 2);
  assert.ok(served.some((p) => p.startsWith('/node_modules/.vite/deps/beian-check')), `pre-bundled: ${served}`);
});

/**
 * Builds `dir`/main.js with webpack 5's defaults into `outDir`, with the
 * page (webpack builds no HTML without html-webpack-plugin) loading the
 * bundle as a classic script.
 */
async function webpackBuild(dir, outDir) {
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: './main.js',
    output: { path: outDir, filename: 'main.js', clean: true },
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise((resolve, reject) => {
    compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result))));
  });
  assert.ok(!stats.hasErrors() && !stats.hasWarnings(), stats.toString({ all: false, errors: true, warnings: true }));
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(html.includes('<script type="module" src="./main.js">'));
  writeFileSync(join(outDir, 'index.html'), html.replace('<script type="module" src="./main.js">', '<script defer src="./main.js">'));
}

test('webpack 5: new URL(…, import.meta.url) becomes asset/resource, no loader or plugin', LIMIT, async () => {
  const outDir = join(tmp, 'out-webpack');
  await webpackBuild(app, outDir);
  const { value, served } = await run(outDir, 'results');
  assert.deepEqual(value, APP_RESULTS);
  assertAssets(served, 2);
});

test('Rollup: node-resolve + the import-meta-assets plugin emit the wasm and data files', LIMIT, async () => {
  const outDir = join(tmp, 'out-rollup');
  const warnings = [];
  const bundle = await rollup({
    input: join(app, 'main.js'),
    plugins: [nodeResolve({ browser: true }), importMetaAssets()],
    onwarn: (warning) => warnings.push(warning.message),
  });
  await bundle.write({ dir: outDir, format: 'es' });
  await bundle.close();
  assert.deepEqual(warnings, []);
  cpSync(join(app, 'index.html'), join(outDir, 'index.html'));
  const { value, served } = await run(outDir, 'results');
  assert.deepEqual(value, APP_RESULTS);
  assertAssets(served, 2);
});

/** What the worker recipe must answer for its sample form, and that the page itself never loaded the glue. */
function assertWorkerResult(value, served, mainBundle) {
  assert.equal(value.ok, false);
  const id = value.findings.filter((f) => f.path === 'subject.owner.idNumber');
  assert.deepEqual(id.filter((f) => f.severity === 'error').map(({ rule, code, severity, path, params }) => ({ rule, code, severity, path, params })), [
    { rule: 'R-ID-1', code: 'ID_CHECKSUM', severity: 'error', path: 'subject.owner.idNumber', params: { expected: 'X', actual: '1' } },
  ]);
  // The division names reached the worker: a message names the ID's province.
  assert.ok(id.some((f) => f.message.includes('北京市')), JSON.stringify(id));
  assertAssets(served, 2);
  // The page's own bundle has no wasm glue: beian-check runs in the worker's chunks only.
  assert.doesNotMatch(readFileSync(mainBundle, 'utf8'), /validateFiling|__wbindgen|beian_check_bg/);
}

test('Web Worker (Vite): validateFiling runs in a module worker, the page only posts the form', LIMIT, async () => {
  const outDir = join(tmp, 'out-worker-vite');
  await viteBuild({ root: join(app, 'worker'), configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const { value, served } = await run(outDir, 'result');
  const entry = readFileSync(join(outDir, 'index.html'), 'utf8').match(/src="\/([^"]+\.js)"/)[1];
  assertWorkerResult(value, served, join(outDir, entry));
});

test('Web Worker (webpack 5): the same example, the worker a separate chunk', LIMIT, async () => {
  const outDir = join(tmp, 'out-worker-webpack');
  await webpackBuild(join(app, 'worker'), outDir);
  const { value, served } = await run(outDir, 'result');
  assertWorkerResult(value, served, join(outDir, 'main.js'));
});
