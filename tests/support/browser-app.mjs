// A built app served on 127.0.0.1 with security headers and opened in
// headless Debian Chromium (playwright-core), recording what a privacy or
// robustness check needs: every request, console error or warning, page
// error and CSP violation. Used by tests/bundlers/ and tests/ui/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { SECURITY_HEADERS, MIME } from '../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, started as the probe of this machine starts it (no background network). */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Serves `dir` on 127.0.0.1 with `headers` (default: the demo's, with its strict CSP). */
export async function serveDir(dir, headers = SECURITY_HEADERS) {
  const served = [];
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    // Chromium asks for one on its own; the apps have none.
    if (pathname === '/favicon.ico') return void res.writeHead(204, headers).end();
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!file.startsWith(dir + sep)) throw new Error('outside');
      const body = await readFile(file);
      served.push(pathname);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      served.push(`404 ${pathname}`);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    served,
    headers,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/**
 * Opens `server.origin`/ in a new context of `browser` and waits (at most
 * `wait` ms) for `body[data-ready]`, failing with what went wrong when it
 * never comes or is not "true". `check()` then asserts that nothing went
 * to another origin and no console error or warning (page or worker),
 * page error, failed request or CSP violation happened; `close()` closes
 * the context and the server. `refusedByCsp`: a RegExp of URLs a library
 * asks for on its own that the CSP must refuse (the request fails with
 * `csp`, nothing reaches them); their CSP reports are not problems.
 */
export async function openApp(browser, server, { wait = 20_000, viewport, refusedByCsp } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const onConsole = (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); };
  page.on('console', onConsole);
  page.on('worker', (worker) => worker.on('console', onConsole));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  context.on('request', (r) => requests.push(r.url()));
  const refused = [];
  context.on('requestfailed', (r) => {
    if (refusedByCsp?.test(r.url()) && r.failure()?.errorText === 'csp') refused.push(r.url());
    else problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  context.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const close = async () => {
    await context.close();
    await server.close();
  };
  try {
    const response = await page.goto(`${server.origin}/`, { timeout: wait });
    const csp = server.headers?.['Content-Security-Policy'];
    if (csp) assert.equal(response.headers()['content-security-policy'], csp);
    const state = await page.waitForFunction(() => document.body?.dataset.ready, null, { timeout: wait })
      .then((handle) => handle.jsonValue())
      .catch((e) => { throw new Error(`the page never became ready: ${problems.join('; ') || e.message}`); });
    assert.equal(state, 'true', `the page failed: ${await page.textContent('body')} ${problems.join('; ')}`);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    page,
    problems,
    check() {
      for (const url of new Set([...requests, ...server.served.map((p) => server.origin + p)])) {
        if (refused.includes(url)) continue;
        assert.equal(new URL(url).origin, server.origin, `request to another origin: ${url}`);
      }
      const reports = problems.filter((p) => !refused.some((url) => p.includes(url)));
      assert.deepEqual(reports, [], `served: ${server.served.join(', ')}`);
    },
    close,
  };
}
