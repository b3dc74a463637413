// js/web.d.ts as it ships (pkg/web/index.d.ts, the `types` of
// `beian-check/web`): a small TypeScript app compiles under `strict`
// against a copy of the package laid out that way, and the wrong uses
// marked @ts-expect-error stay errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const USAGE = `
import init, { initSync, validateIdNumber, lookupDivision, type InitOptions, type DataFile, type Division } from 'beian-check/web';

export async function start(wasm: Uint8Array, names: ArrayBuffer): Promise<string> {
  await init();
  await init({ data: ['division-names', 'mobile-location.bin'] });
  await init({ data: { 'division-names': true, 'rule-texts': new URL('/static/rule-texts.bin', location.href), 'mobile-location': '/m.bin' } });
  await init({ module_or_path: '/static/beian_check_bg.wasm', data: { 'division-names.bin': new Response(names) } });
  await init(new URL('/x.wasm', location.href));
  const options: InitOptions = { data: ['rule-texts'] };
  const exports = await init(options);
  initSync({ module: wasm, data: { 'division-names': names, 'mobile-location.bin': wasm } });
  initSync(wasm);
  const file: DataFile = 'rule-texts.bin';
  const d: Division | null = lookupDivision('110105');
  return String(exports.memory.buffer.byteLength) + file + (d?.province ?? '') + validateIdNumber('x').ok;
}

// @ts-expect-error: no such data file
init({ data: ['phones'] });
// @ts-expect-error: data is a list or an object, not one name
init({ data: 'division-names' });
// @ts-expect-error: initSync cannot fetch a URL
initSync({ module: new Uint8Array(), data: { 'division-names': '/division-names.bin' } });
// @ts-expect-error: initSync needs bytes, not a list of names
initSync({ module: new Uint8Array(), data: ['division-names'] });
// @ts-expect-error: a typo in the option's name
init({ datas: ['division-names'] });
`;

test('js/web.d.ts as pkg/web/index.d.ts: tsc --strict accepts the init({ data }) forms and rejects wrong ones', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'beian-types-'));
  try {
    // The package as it will ship: package.json's "./web" types → pkg/web/index.d.ts.
    const pkg = join(tmp, 'node_modules', 'beian-check');
    mkdirSync(join(pkg, 'pkg', 'web'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    manifest.exports['./web'] = { types: './pkg/web/index.d.ts', default: './pkg/web/index.js' };
    writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest));
    for (const f of ['beian_check.d.ts', 'beian_check.js', 'index.js']) copyFileSync(join(ROOT, 'pkg', 'web', f), join(pkg, 'pkg', 'web', f));
    copyFileSync(join(ROOT, 'js', 'web.d.ts'), join(pkg, 'pkg', 'web', 'index.d.ts'));
    writeFileSync(join(tmp, 'usage.mts'), USAGE);
    writeFileSync(join(tmp, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'ES2022', module: 'Node16', moduleResolution: 'Node16',
        lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [],
      },
      files: ['usage.mts'],
    }));
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const run = spawnSync(tsc, ['-p', tmp], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
