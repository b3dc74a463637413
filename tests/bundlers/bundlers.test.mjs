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
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild, createServer as viteServer } from 'vite';
import webpack from 'webpack';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import importMetaAssets from '../../examples/bundlers/rollup-import-meta-assets.mjs';
import { SECURITY_HEADERS } from '../../scripts/serve.mjs';
import { launchChromium, openApp, serveDir } from '../support/browser-app.mjs';
import { ROOT, installTarball, packTarball } from '../support/packed.mjs';

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
  app = join(tmp, 'app');
  installTarball(app, packTarball(tmp));
  cpSync(join(ROOT, 'examples/bundlers/app'), app, { recursive: true });
  cpSync(join(ROOT, 'examples/worker'), join(app, 'worker'), { recursive: true });
  browser = await launchChromium();
}, LIMIT);

after(async () => {
  await browser?.close();
  if (tmp && !process.env.KEEP_BUNDLERS_TMP) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`kept ${tmp}`);
});

/**
 * Serves `dir` and opens its index.html behind the strict CSP, waits (at most
 * WAIT ms) for `body[data-ready]`, and returns the value of `global` in the
 * page, with what was requested. Fails on any console error or warning (in
 * the page or a worker), CSP violation, failed request or foreign origin.
 */
async function run(dir, global) {
  return open(await serveDir(dir), global);
}

/** The same for a running server `{ origin, served, close }`. */
async function open(server, global) {
  const app = await openApp(browser, server, { wait: WAIT });
  try {
    const value = await app.page.evaluate((name) => globalThis[name], global);
    app.check();
    if (process.env.KEEP_BUNDLERS_TMP) console.log(server.served);
    return { value, served: server.served };
  } finally {
    await app.close();
  }
}

/**
 * The root entry resolved to the web entry: no Node module in the bundle
 * (the Node entry reads its files with node:fs), no type file among the assets.
 */
function assertBrowserBuild(outDir) {
  const files = readdirSync(outDir, { recursive: true }).map(String);
  assert.deepEqual(files.filter((f) => f.endsWith('.d.ts')), [], 'no .d.ts copied into the build');
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    assert.doesNotMatch(readFileSync(join(outDir, file), 'utf8'), /node:fs|readFileSync/, `${file} reaches the Node entry`);
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
  assertBrowserBuild(outDir);
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
  const { value } = await open({ origin, served, headers: SECURITY_HEADERS, close: () => server.close() }, 'results');
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
  assertBrowserBuild(outDir);
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
  assertBrowserBuild(outDir);
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
