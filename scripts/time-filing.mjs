// Times validateFiling through the wasm package (median of many runs) in
// Node and in headless Chromium, on the realistic 3-website unit form and on
// the form with the classic mistakes, whole and incrementally (`only`):
//   node scripts/time-filing.mjs        (after npm run build; needs Chromium)
import { readFileSync } from 'node:fs';
import { validateFiling } from 'beian-check';
import { openDemo } from '../tests/e2e/support/browser.mjs';

const FORMS = ['unit-three-websites', 'unit-classic-mistakes']
  .map((name) => [name, JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}.json`, import.meta.url))).form]);
const CASES = [['whole form', {}], ['only: "websites[1]"', { only: 'websites[1]' }]];

/** µs per call: the median of 25 batches of 100 calls, after a warm-up
 * (batches, because browsers round performance.now() to 100 µs). */
function medianMicros(validate, form, opts) {
  for (let i = 0; i < 200; i++) validate(form, opts);
  const batches = [];
  for (let b = 0; b < 25; b++) {
    const start = performance.now();
    for (let i = 0; i < 100; i++) validate(form, opts);
    batches.push(((performance.now() - start) * 1000) / 100);
  }
  batches.sort((a, b) => a - b);
  return batches[batches.length >> 1];
}

const rows = [];
for (const [name, form] of FORMS) {
  for (const [label, opts] of CASES) rows.push({ form: name, call: label, node: medianMicros(validateFiling, form, opts) });
}

// The demo's CSP forbids eval, so the browser side repeats the measuring loop.
const demo = await openDemo('/');
const browserTimes = await demo.page.evaluate(async ({ forms, cases }) => {
  const { validateFiling: validate } = await import('/pkg/beian_check.js');
  return forms.flatMap(([, form]) => cases.map(([, opts]) => {
    for (let i = 0; i < 200; i++) validate(form, opts);
    const batches = [];
    for (let b = 0; b < 25; b++) {
      const start = performance.now();
      for (let i = 0; i < 100; i++) validate(form, opts);
      batches.push(((performance.now() - start) * 1000) / 100);
    }
    batches.sort((a, b) => a - b);
    return batches[batches.length >> 1];
  }));
}, { forms: FORMS, cases: CASES }).catch((error) => {
  console.error(`Chromium timing failed: ${error.message}`);
  return [];
});
await demo.close();
rows.forEach((row, i) => { row.chromium = browserTimes[i]; });

console.log('validateFiling, median µs per call (wasm, this machine):');
console.log('form'.padEnd(24) + 'call'.padEnd(22) + 'Node'.padStart(9) + 'Chromium'.padStart(10));
for (const row of rows) {
  const us = (v) => (v == null ? '—' : v.toFixed(1)).padStart(9);
  console.log(row.form.padEnd(24) + row.call.padEnd(22) + us(row.node) + ' ' + us(row.chromium));
}
