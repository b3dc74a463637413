// npm run bench:server — beian-check-server under load from autocannon
// (npm), on 127.0.0.1 only; every run stops by itself after a bounded
// number of requests or seconds. Prints the numbers BENCHMARKS.md records:
//   1. POST /v1/filing with the 3-website unit form, 64 connections, 30 s:
//      requests/s against in-process validate_filing calls/s
//      (examples/filing_time.rs, one thread), and p99 ÷ p50 latency;
//   2. RSS after 1 000 000 requests against RSS after the first 10 000;
//   3. throughput of 32 connections with 500 slow connections kept open
//      (slowloris: a header byte a second, reopened when the server cuts
//      one off) against the same without them;
//   4. the hostile-request table (tests/server/support/hostile.mjs), each
//      answered 4xx within 50 ms; sent again while 64 connections load the
//      server (reported, no target).
// Exits non-zero when a target is missed. BENCH_SCALE (default 1) scales
// durations and request counts down for a quick look (e.g. 0.1).
import autocannon from 'autocannon';
import net from 'node:net';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ROOT, start } from '../tests/server/support/server.mjs';
import { TABLE, raw } from '../tests/server/support/hostile.mjs';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const FORM = JSON.parse(readFileSync(new URL('../tests/fixtures/unit-three-websites.json', import.meta.url))).form;
const BODY = JSON.stringify({ form: FORM, options: { asOf: '2026-11-22' } });
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'MISS'} ${what}`);
  if (!ok) failures.push(what);
};

const run = (url, options) => new Promise((resolve, reject) => {
  autocannon({
    url: `${url}/v1/filing`, method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY,
    connections: 64, ...options,
  }, (error, result) => (error ? reject(error) : resolve(result)));
});
const rss = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
/** CPU seconds the process has used (user + system), from /proc (clock ticks of 1/100 s on Linux). */
const cpu = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

console.log(`beian-check-server bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const server = await start(['--max-in-flight', '1024', '--max-connections', '20000']);

// 0. In-process: examples/filing_time.rs (median of 2 000 runs, one thread).
const native = spawnSync('cargo', ['run', '-q', '--release', '-p', 'beian-check', '--example', 'filing_time'], { cwd: ROOT, encoding: 'utf8' });
const micros = Number(/unit-three-websites: median ([\d.]+) µs/.exec(native.stdout)?.[1]);
const nativePerSecond = 1e6 / micros;
console.log(`in-process validate_filing, 3-website form: ${micros} µs → ${Math.round(nativePerSecond)} calls/s on one thread`);

/** Sends the hostile table, one request at a time; each { label, ok, status, ms }. */
async function hostileTable() {
  const answers = [];
  for (const [label, head, body, status, code] of TABLE) {
    const answer = await raw(server.port, head, body);
    let error;
    try {
      error = JSON.parse(answer.body).error;
    } catch {
      error = undefined;
    }
    answers.push({ label, ok: answer.status === status && error === code, status: answer.status, ms: answer.ms });
  }
  return answers;
}
const slowestOf = (answers) => answers.reduce((a, b) => (a.ms > b.ms ? a : b));

// 1. The hostile table on the idle server (the target), then throughput and
//    latency with the table sent again meanwhile (reported, no target: 64
//    connections keep both cores busy).
const idle = await hostileTable();
check(idle.every((h) => h.ok), `hostile table: ${idle.filter((h) => h.ok).length}/${idle.length} answered with their 4xx and error code${idle.filter((h) => !h.ok).map((h) => `; ${h.label}: status ${h.status || 'none (connection reset)'}`).join('')}`);
check(idle.every((h) => h.ms <= 50), `hostile table: slowest ${slowestOf(idle).ms.toFixed(1)} ms (${slowestOf(idle).label}; target ≤ 50 ms)`);
const cpuBefore = cpu(server.child.pid);
const throughputRun = run(server.url, { duration: Math.max(3, Math.round(30 * SCALE)) });
await new Promise((r) => setTimeout(r, 3000));
const hostile = await hostileTable();
const load = await throughputRun;
const perSecond = load.requests.average;
// The load generator shares the machine's cores with the server: the
// server's own CPU time per request says what a request costs it.
const cpuPerRequest = ((cpu(server.child.pid) - cpuBefore) / (load.requests.total + hostile.length)) * 1e6;
check(load.non2xx === 0 && load.errors === 0 && load.timeouts === 0, `throughput run: ${load.requests.total} requests, ${load.non2xx} non-2xx, ${load.errors} errors, ${load.timeouts} timeouts`);
console.log(`POST /v1/filing, 64 connections, ${load.duration.toFixed(0)} s: ${Math.round(perSecond)} requests/s; latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms`);
console.log(`server CPU time per request: ${cpuPerRequest.toFixed(0)} µs (in-process validate_filing: ${micros} µs) → ${Math.round(1e6 / cpuPerRequest)} requests/s per core`);
check(perSecond >= 0.5 * nativePerSecond, `server ÷ in-process = ${(perSecond / nativePerSecond).toFixed(2)} (target ≥ 0.50)`);
check(load.latency.p99 <= 10 * Math.max(load.latency.p50, 1), `p99 ÷ p50 = ${(load.latency.p99 / Math.max(load.latency.p50, 1)).toFixed(1)} (target ≤ 10; autocannon counts in whole ms)`);
check(hostile.every((h) => h.ok), `hostile table under load: ${hostile.filter((h) => h.ok).length}/${hostile.length} answered with their 4xx and error code${hostile.filter((h) => !h.ok).map((h) => `; ${h.label}: status ${h.status || 'none (connection reset)'}`).join('')}`);
const slowest = slowestOf(hostile);
const within = hostile.filter((h) => h.ms <= 50).length;
console.log(`     hostile table under load: ${within}/${hostile.length} within 50 ms, slowest ${slowest.ms.toFixed(1)} ms (${slowest.label})`);

// 2. Memory over 1 000 000 requests.
const total = Math.round(1_000_000 * SCALE);
const first = Math.round(10_000 * SCALE);
await run(server.url, { amount: first });
const rssFirst = rss(server.child.pid);
const started = performance.now();
const long = await run(server.url, { amount: total - first });
const rssLast = rss(server.child.pid);
check(long.non2xx === 0 && long.errors === 0, `${total} requests in ${((performance.now() - started) / 1000).toFixed(0)} s, ${long.non2xx} non-2xx, ${long.errors} errors`);
check(rssLast <= rssFirst * 1.1, `RSS after ${first} requests ${mb(rssFirst)}, after ${total} ${mb(rssLast)}: ×${(rssLast / rssFirst).toFixed(3)} (target ≤ 1.10)`);

// 3. 500 slow connections.
const measure = (seconds) => run(server.url, { connections: 32, duration: seconds });
const seconds = Math.max(3, Math.round(10 * SCALE));
const before = await measure(seconds);
const slow = new Set();
let slowOpen = true;
const openSlow = () => {
  const socket = net.connect(server.port, '127.0.0.1');
  slow.add(socket);
  let timer;
  socket.on('connect', () => {
    socket.write('POST /v1/filing HTTP/1.1\r\nHost: bench\r\n');
    timer = setInterval(() => socket.write('X'), 1000);
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    clearInterval(timer);
    slow.delete(socket);
    if (slowOpen) openSlow();
  });
};
for (let i = 0; i < 500; i++) openSlow();
await new Promise((r) => setTimeout(r, 1000));
const openAtStart = slow.size;
const during = await measure(seconds);
const openAtEnd = slow.size;
slowOpen = false;
for (const socket of slow) socket.destroy();
const ratio = during.requests.average / before.requests.average;
check(ratio >= 0.8, `32 connections: ${Math.round(before.requests.average)} requests/s alone, ${Math.round(during.requests.average)} with ${openAtStart}→${openAtEnd} slow connections open: ×${ratio.toFixed(2)} (target ≥ 0.80)`);

await server.stop();
console.log(failures.length ? `\n${failures.length} target(s) missed` : '\nevery target met');
process.exit(failures.length ? 1 : 0);
