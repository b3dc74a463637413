// Opens a page of the demo in real headless Chromium (Debian's, driven by
// playwright-core) behind the demo server with its strict CSP, and records
// every request, console error and CSP violation for the privacy checks.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createDemoServer, SECURITY_HEADERS } from '../../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Files the demo may load: its own pages, scripts and the package. */
export const OWN_FILES = ['/', '/fields.html', '/dom.html', '/style.css', '/common.js', '/form.js', '/fields.js', '/dom.js', '/examples.js',
  '/favicon.svg', '/pkg/index.js', '/pkg/messages.js', '/pkg/data-version.js', '/pkg/catalogue.js', '/pkg/form-reader.js', '/pkg/record-reader.js', '/pkg/decoders.js', '/pkg/batch.js', '/pkg/dom.js', '/pkg/beian_check.js', '/pkg/beian_check_bg.wasm',
  '/pkg/mobile-location.bin', '/pkg/division-names.bin', '/pkg/rule-texts.bin'];

export async function openDemo(path, viewport = { width: 900, height: 760 }) {
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.setDefaultTimeout(10_000);
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(origin + path);
  assert.equal(response.headers()['content-security-policy'], SECURITY_HEADERS['Content-Security-Policy']);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 }).catch((e) => {
    throw new Error(`the demo never became ready: ${problems.join('; ') || e.message}`);
  });
  return {
    page,
    shot: async (name) => {
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
    },
    /** Only this site's own files were requested; no CSP or console error. */
    assertPrivate() {
      for (const url of requests) {
        const { origin: o, pathname } = new URL(url);
        assert.equal(o, origin, `request to another origin: ${url}`);
        assert.ok(OWN_FILES.includes(pathname), `unexpected request: ${pathname}`);
      }
      assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm was loaded');
      assert.deepEqual(problems, []);
    },
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
