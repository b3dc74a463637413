// Renders a page of a packed mini-program (after 构建 npm) in
// miniprogram-simulate (Tencent's component test tool, jsdom), as WeChat
// runs it: app.js first (App(), getApp()), then the page, whose bare
// require('name') resolves to miniprogram_npm/<name>/index.js, with
// WXWebAssembly and wx.getFileSystemManager() reading the packed files.
// Used by tests/js/miniprogram-platform.test.mjs (the hand-written example)
// and tests/ui/miniprogram-framework.test.mjs (a uni-app build).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * Renders `page` of the mini-program in `app` (a folder with app.js,
 * app.json and miniprogram_npm/). One page per process: miniprogram-simulate
 * and the globals it needs are process-wide. `compiler`: 'simulate' (the
 * tool's own WXML compiler in JS) or 'official' (WeChat's wcc, shipped in the
 * miniprogram-compiler package), which a framework's output needs: it binds
 * events to handler names held in data (`bindinput="{{d}}"`), which the JS
 * compiler takes literally.
 * Returns { simulate, comp, waitFor(condition, what), close() }.
 */
export async function renderPackedPage(app, { page = 'pages/index/index', compiler = 'simulate' } = {}) {
  const { JSDOM } = require('jsdom');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  const globals = ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'MutationObserver',
    'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'DocumentFragment', 'Text', 'Comment'];
  for (const name of globals) globalThis[name] = name === 'window' ? dom.window : dom.window[name];
  const fromPackage = (path) => readFileSync(join(app, path));
  globalThis.WXWebAssembly = {
    instantiate(path, imports) {
      if (typeof path !== 'string' || !/\.wasm(\.br)?$/.test(path)) return Promise.reject(new TypeError(`not a package .wasm path: ${path}`));
      const bytes = path.endsWith('.br') ? brotliDecompressSync(fromPackage(path)) : fromPackage(path);
      return WebAssembly.instantiate(bytes, imports);
    },
  };
  globalThis.wx = { getFileSystemManager: () => ({ readFileSync: (path) => new Uint8Array(fromPackage(path)).buffer }) };
  // WeChat's require: a package name resolves to miniprogram_npm/<name>/index.js.
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (/^[@a-z]/i.test(request) && parent?.filename?.startsWith(app) && existsSync(join(app, 'miniprogram_npm', request))) {
      return join(app, 'miniprogram_npm', request, 'index.js');
    }
    return resolve.call(this, request, parent, ...rest);
  };
  // miniprogram-simulate adds its wx API mocks to the wx above and loads
  // miniprogram-compiler, which runs wcc with spawnSync and no time limit:
  // it gets one here (the spawnSync it keeps is this bounded one).
  const childProcess = require('node:child_process');
  const spawnSync = childProcess.spawnSync;
  childProcess.spawnSync = (command, args, options) => spawnSync(command, args, { timeout: 60_000, ...options });
  let simulate;
  try {
    simulate = require('miniprogram-simulate');
  } finally {
    childProcess.spawnSync = spawnSync;
  }
  // app.js runs before any page, with App() and getApp() as in WeChat.
  let appInstance;
  globalThis.App = (options) => {
    appInstance = options;
    options.onLaunch?.call(options, { path: page, query: {}, scene: 1001 });
  };
  globalThis.getApp = () => appInstance;
  globalThis.getCurrentPages = () => [];
  // miniprogram-simulate renders Component() pages only (a framework's page
  // is one: uni-app's createPage calls Component); Page() is there to be
  // wrapped, as uni-app's runtime does, not called.
  globalThis.Page = () => { throw new Error('miniprogram-simulate renders Component() pages, not Page()'); };
  require(join(app, 'app.js'));
  assert.ok(appInstance, 'app.js called App()');
  const id = simulate.load(join(app, page), { compiler, rootPath: app });
  const comp = simulate.render(id);
  comp.attach(document.createElement('parent-wrapper'));
  return {
    simulate,
    comp,
    async waitFor(condition, what) {
      for (let i = 0; i < 200 && !condition(); i++) await simulate.sleep(10);
      assert.ok(condition(), `timed out waiting until ${what}`);
    },
    close() {
      Module._resolveFilename = resolve;
      comp.detach();
      dom.window.close();
    },
  };
}

/**
 * The WXML of a page with findings is accessible as the README's "Presenting
 * findings" says: each input labelled by a title, described by a polite live
 * region, with `aria-invalid` bound to data matching `invalid`.
 * (miniprogram-simulate does not render aria-* attributes, so the WXML is read.)
 */
export function assertAccessibleInputs(wxml, invalid) {
  const inputs = [...wxml.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]);
  assert.equal(inputs.length, 2);
  for (const input of inputs) {
    const labelledBy = input.match(/aria-labelledby="([^"]+)"/)?.[1];
    const describedBy = input.match(/aria-describedby="([^"]+)"/)?.[1];
    assert.ok(labelledBy && wxml.includes(`id="${labelledBy}"`), `${input}: labelled by a title`);
    assert.ok(describedBy && wxml.includes(`id="${describedBy}" aria-live="polite"`), `${input}: described by a polite live region`);
    assert.match(input, invalid);
  }
}
