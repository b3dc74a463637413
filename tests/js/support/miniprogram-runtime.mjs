// A simulated WeChat mini-program runtime: a fresh vm context that has only
// what the mini-program's JS runtime has — no WebAssembly global (as on
// iOS), no TextEncoder/TextDecoder, no fetch, no URL, no DOM — plus
// WXWebAssembly.instantiate(path, imports) and wx.getFileSystemManager()
// reading the mini-program package, and a CommonJS require for its files.
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';

/**
 * `files`: package path prefix → directory on disk, e.g.
 * { '/miniprogram_npm/beian-check/': 'pkg/miniprogram' }; `packages`: what a
 * bare `require('name')` resolves to (the npm build's miniprogram_npm/).
 * Returns { context, require(path), run(code) }.
 */
export function createMiniProgramRuntime(files, packages = {}) {
  const onDisk = (path) => {
    const prefix = Object.keys(files).find((p) => path.startsWith(p));
    if (!prefix) throw new Error(`not in the package: ${path}`);
    return join(files[prefix], path.slice(prefix.length));
  };
  const context = vm.createContext({ console });
  vm.runInContext(`
    delete globalThis.WebAssembly;
    for (const name of ['TextEncoder', 'TextDecoder', 'fetch', 'URL', 'document', 'window', 'require', 'process']) {
      if (name in globalThis) throw new Error('the simulated runtime has ' + name);
    }`, context);
  // Host functions the in-context wx objects call; bytes are copied into the
  // context's own ArrayBuffer, as the real runtime returns its own objects.
  context.__host = {
    read: (path) => readFileSync(onDisk(path)),
    instantiate: (path, imports) => {
      let bytes = readFileSync(onDisk(path));
      if (path.endsWith('.wasm.br')) bytes = brotliDecompressSync(bytes);
      else if (!path.endsWith('.wasm')) return Promise.reject(new Error(`WXWebAssembly: not a .wasm or .wasm.br path: ${path}`));
      return WebAssembly.instantiate(bytes, imports);
    },
  };
  vm.runInContext(`
    const host = __host;
    delete globalThis.__host;
    globalThis.WXWebAssembly = {
      instantiate(path, imports) {
        if (typeof path !== 'string') return Promise.reject(new TypeError('WXWebAssembly.instantiate takes a package path'));
        return host.instantiate(path, imports).then((r) => ({ instance: r.instance, module: r.module }));
      },
    };
    globalThis.wx = {
      getFileSystemManager() {
        return {
          readFileSync(path) {
            const hostBytes = host.read(path);
            const bytes = new Uint8Array(hostBytes.length);
            bytes.set(hostBytes);
            return bytes.buffer;
          },
        };
      },
    };`, context);
  const cache = new Map();
  const requireFile = (file) => {
    if (cache.has(file)) return cache.get(file).exports;
    const module = { exports: {} };
    cache.set(file, module);
    const wrapper = vm.compileFunction(readFileSync(file, 'utf8'), ['module', 'exports', 'require'], { parsingContext: context, filename: file });
    wrapper(module, module.exports, (request) => {
      if (packages[request]) return requireFile(onDisk(packages[request]));
      return requireFile(normalize(join(dirname(file), request.endsWith('.js') ? request : `${request}.js`)));
    });
    return module.exports;
  };
  return {
    context,
    /** Loads a package file (`/miniprogram_npm/beian-check/index.js`) as the runtime's require does. */
    require: (path) => requireFile(onDisk(path)),
    run: (code) => vm.runInContext(code, context),
  };
}
