// A small Rollup plugin for `new URL('./file.ext', import.meta.url)`: it
// emits the file as an asset (hashed name under assets/) and rewrites the
// URL to it with Rollup's documented `import.meta.ROLLUP_FILE_URL_<ref>`.
// Rollup has no built-in handling of this pattern; beian-check/web uses it
// for its wasm and data files. @web/rollup-plugin-import-meta-assets is the
// published plugin that does the same. Module URLs (.js, .mjs) and absolute
// URLs are left alone.
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

const NEW_URL = /new\s+URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** @returns {import('rollup').Plugin} */
export default function importMetaAssets() {
  return {
    name: 'import-meta-assets',
    async transform(code, id) {
      if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
      let out = '';
      let last = 0;
      for (const match of code.matchAll(NEW_URL)) {
        const spec = match[2];
        if (/^([a-z][a-z\d+.-]*:|\/)/i.test(spec) || /\.[cm]?[jt]s$/.test(spec)) continue;
        const file = resolve(dirname(id), spec);
        let source;
        try {
          source = await readFile(file);
        } catch (error) {
          this.warn(`${spec}: ${error.message}`);
          continue;
        }
        this.addWatchFile(file);
        const ref = this.emitFile({ type: 'asset', name: basename(file), originalFileName: file, source });
        out += `${code.slice(last, match.index)}new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
        last = match.index + match[0].length;
      }
      return out === '' ? null : { code: out + code.slice(last), map: null };
    },
  };
}
