// Measures the raw, gzip and brotli size of the built wasm and JS glue and
// compares them with the budget in scripts/size-budget.json.
//   node scripts/sizes.mjs [--write report.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const budget = JSON.parse(readFileSync(new URL('scripts/size-budget.json', root), 'utf8'));

/** Sizes of every budgeted file: [{ file, raw, gzip, brotli, limit }]. */
export function measure() {
  return Object.keys(budget)
    .filter((file) => file !== 'comment')
    .map((file) => {
      const bytes = readFileSync(new URL(file, root));
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }).length,
        limit: budget[file],
      };
    });
}

/** The entries of `sizes` over budget, as messages. */
export function overBudget(sizes) {
  return sizes.flatMap(({ file, limit, ...measured }) =>
    Object.entries(limit)
      .filter(([kind, max]) => measured[kind] > max)
      .map(([kind, max]) => `${file}: ${kind} ${measured[kind]} B > budget ${max} B`),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log('size report            raw      gzip    brotli   budget');
  for (const s of sizes) {
    const limits = Object.entries(s.limit).map(([k, v]) => `${k} ≤ ${kb(v).trim()}`).join(', ');
    console.log(`${s.file.replace('pkg/web/', '').replace('pkg/', '').padEnd(20)}${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}   ${limits}`);
  }
  const i = process.argv.indexOf('--write');
  if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(sizes, null, 2) + '\n');
  const over = overBudget(sizes);
  for (const line of over) console.error(`over budget: ${line}`);
  process.exitCode = over.length ? 1 : 0;
}
