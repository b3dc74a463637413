// Times validateFiling through the wasm package in Node and in headless
// Chromium, on the realistic 3-website unit form, the same with 2 apps (an
// Android + iOS app and a mini-program) and on the form with the classic
// mistakes, whole and incrementally (`only`):
//   node scripts/time-filing.mjs        (after npm run build; needs Chromium)
import { readFileSync } from 'node:fs';
import { openDemo } from '../tests/e2e/support/browser.mjs';

const FORMS = ['unit-three-websites', 'unit-websites-and-apps', 'unit-classic-mistakes']
  .map((name) => [name, JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}.json`, import.meta.url))).form]);
const CASES = [['whole form', {}], ['only: "websites[1]"', { only: 'websites[1]' }]];

/** µs per call for every form and case: the median of 25 batches of 100
 * calls after a warm-up (batches, because browsers round performance.now()
 * to 100 µs). Self-contained, so Chromium runs the same function (the
 * demo's CSP forbids eval; Playwright sends it through DevTools). */
async function measure({ moduleUrl, forms, cases }) {
  const { validateFiling } = await import(moduleUrl);
  return forms.flatMap(([, form]) => cases.map(([, opts]) => {
    for (let i = 0; i < 200; i++) validateFiling(form, opts);
    const batches = [];
    for (let b = 0; b < 25; b++) {
      const start = performance.now();
      for (let i = 0; i < 100; i++) validateFiling(form, opts);
      batches.push(((performance.now() - start) * 1000) / 100);
    }
    batches.sort((a, b) => a - b);
    return batches[batches.length >> 1];
  }));
}

const node = await measure({ moduleUrl: 'beian-check', forms: FORMS, cases: CASES });
const demo = await openDemo('/');
const chromium = await demo.page.evaluate(measure, { moduleUrl: '/pkg/index.js', forms: FORMS, cases: CASES })
  .catch((error) => {
    console.error(`Chromium timing failed: ${error.message}`);
    return [];
  });
await demo.close();

console.log('validateFiling, median µs per call (wasm, this machine):');
console.log('form'.padEnd(24) + 'call'.padEnd(22) + 'Node'.padStart(9) + 'Chromium'.padStart(10));
const us = (v) => (v == null ? '—' : v.toFixed(1)).padStart(9);
FORMS.flatMap(([name]) => CASES.map(([label]) => [name, label])).forEach(([name, label], i) => {
  console.log(name.padEnd(24) + label.padEnd(22) + us(node[i]) + ' ' + us(chromium[i]));
});
