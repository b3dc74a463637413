// axe-core (pinned, from npm) in a page of the demo: injected through the
// DevTools protocol, so the page's strict CSP stays on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe into `page`. */
export const injectAxe = (page) => page.evaluate(AXE);

/** Serious and critical WCAG 2.1 A/AA violations on the page, each with its nodes. */
export async function violations(page) {
  const result = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // Experimental in axe 4, so off by default: a visible label must be part of the accessible name.
    rules: { 'label-content-name-mismatch': { enabled: true } },
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 5 ? ` … ${v.nodes.length} nodes` : ''}`);
}
