// A small static server for the demo: www/ at /, the built package at /pkg/.
// Local only (127.0.0.1), correct MIME types (application/wasm), and the
// strict Content-Security-Policy the library must work under.
//   node scripts/serve.mjs            → http://127.0.0.1:8080 (PORT to change)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** URL prefix → directory it serves. */
const MOUNTS = [
  ['/pkg/', join(root, 'pkg', 'web')],
  ['/', join(root, 'www')],
];

/** Content types by extension (also used by tests/bundlers). */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

export const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The file a request path maps to, or null when it is outside the mounts. */
function resolve(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = pathname.slice(prefix.length) || 'index.html';
    const file = normalize(join(dir, relative));
    return file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

/** Creates (does not start) the demo server. */
export function createDemoServer() {
  return createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, SECURITY_HEADERS).end('bad request');
      return;
    }
    const file = resolve(pathname);
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...SECURITY_HEADERS,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('not found');
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createDemoServer().listen(port, '127.0.0.1', () => {
    console.log(`beian-check demo: http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
  });
}
