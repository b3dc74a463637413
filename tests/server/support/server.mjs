// Builds beian-check-server once and starts instances of it on free ports
// of 127.0.0.1 for the server tests and `npm run bench:server`.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const BINARY = `${process.env.CARGO_TARGET_DIR ?? `${ROOT}target`}/release/beian-check-server`;

let built = false;
/** `cargo build --release --bin beian-check-server`, once per process. */
export function build() {
  if (built) return;
  const run = spawnSync('cargo', ['build', '--release', '--bin', 'beian-check-server'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cargo build failed:\n${run.stderr}`);
  built = true;
}

/**
 * Starts the server with `args` on a free port; resolves when it listens.
 * Returns { url, port, child, log() (its stderr so far), stop() }.
 */
export async function start(args = []) {
  build();
  const child = spawn(BINARY, ['--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  const port = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${stderr}`)));
  });
  const exited = once(child, 'exit');
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    log: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** POSTs `body` (an object, sent as JSON) to `url`; resolves to { status, type, text, json }. */
export async function post(url, body, type = 'application/json') {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type'), text, json };
}

/** Runs `task(item)` over `items` with at most `limit` at a time; resolves to the results in order. */
export async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
