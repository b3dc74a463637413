// Bad input and bad clients: every hostile request of the table gets a 4xx
// JSON error naming the problem within 50 ms; slow clients (slowloris) are
// cut off at the header timeout and do not slow the others; requests in
// flight finish on SIGTERM; the metrics and the log carry no value sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { start, post, pool } from './support/server.mjs';
import { TABLE, raw, json, keys } from './support/hostile.mjs';

const FORM = JSON.parse(readFileSync(new URL('../fixtures/unit-three-websites.json', import.meta.url))).form;
let server;
before(async () => {
  server = await start(['--header-timeout-ms', '1000', '--request-timeout-ms', '1000']);
});
after(() => server?.stop());

for (const [label, head, body, status, code] of TABLE) {
  test(`hostile: ${label} → ${status} ${code} within 50 ms`, async () => {
    let answer;
    // The best of 3: a loaded CI machine may stall one run; the limit is the server's, not the scheduler's.
    for (let i = 0; i < 3; i++) {
      answer = await raw(server.port, head, body);
      if (answer.ms <= 50) break;
    }
    assert.equal(answer.status, status, answer.body);
    assert.match(answer.headers, /content-type: application\/json/);
    const error = JSON.parse(answer.body);
    assert.equal(error.error, code);
    assert.equal(typeof error.message, 'string');
    assert.ok(answer.ms <= 50, `${answer.ms.toFixed(1)} ms`);
  });
}

test('hostile: a head over 16 KiB or with over 64 headers → 431, and the server goes on', async () => {
  const big = await raw(server.port, `GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  assert.equal(big.status, 431);
  const many = await raw(server.port, `GET /healthz HTTP/1.1\r\nHost: t\r\n${Array.from({ length: 100 }, (_, i) => `X-${i}: 1\r\n`).join('')}\r\n`);
  assert.equal(many.status, 431);
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
});

test('a valid form with 50 000 unknown keys is answered, within 50 ms', async () => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const answer = await raw(server.port, ...json('/v1/filing', keys(50_000)));
    assert.equal(answer.status, 200);
    assert.equal(JSON.parse(answer.body).ok, false);
    best = Math.min(best, answer.ms);
  }
  assert.ok(best <= 50, `${best.toFixed(1)} ms`);
});

test('a body that stops half-way gets 408 after the request timeout (1 s here)', async () => {
  const [head, body] = json('/v1/filing', JSON.stringify({ form: FORM }));
  const answer = await raw(server.port, head, body.subarray(0, 100));
  assert.equal(answer.status, 408);
  assert.equal(JSON.parse(answer.body).error, 'timeout');
  assert.ok(answer.ms >= 900 && answer.ms < 3000, `${answer.ms} ms`);
});

test('slowloris: 200 connections sending a header byte every 300 ms are closed at the header timeout; the others are served meanwhile', async () => {
  const slow = Array.from({ length: 200 }, () => {
    const socket = net.connect(server.port, '127.0.0.1');
    const opened = performance.now();
    const state = { closedAfter: null };
    socket.on('connect', () => {
      socket.write('POST /v1/filing HTTP/1.1\r\nHost: t\r\n');
      state.timer = setInterval(() => socket.write('X'), 300);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(state.timer);
      state.closedAfter = performance.now() - opened;
    });
    return state;
  });
  await new Promise((r) => setTimeout(r, 200));
  // Meanwhile: 300 ordinary requests, all answered, none slow.
  const times = await pool(Array.from({ length: 300 }), 8, async () => {
    const t = performance.now();
    const answer = await post(`${server.url}/v1/filing`, { form: FORM, options: { asOf: '2026-11-22' } });
    assert.equal(answer.status, 200);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  assert.ok(times[150] < 50, `median ${times[150].toFixed(1)} ms with 200 slow clients`);
  await new Promise((r) => setTimeout(r, 2000));
  const closed = slow.filter((s) => s.closedAfter !== null);
  assert.equal(closed.length, 200, 'every slow connection was closed by the server');
  assert.ok(closed.every((s) => s.closedAfter < 2500), `closed after ${Math.max(...closed.map((s) => s.closedAfter)).toFixed(0)} ms at most`);
});

test('metrics: requests, latency, findings by rule — and no value sent, in the metrics or the log', async () => {
  const id = '110105194912310021'; // a wrong check digit: R-ID-1
  const phone = '13800138000';
  const email = 'someone.private@example.com';
  for (const [check, value] of [['idNumber', id], ['phone', phone], ['email', email]]) {
    assert.equal((await post(`${server.url}/v1/check/${check}`, { value })).status, 200);
    assert.equal((await post(`${server.url}/v1/check/${check}`, { value, oops: 1 })).status, 400);
  }
  await post(`${server.url}/v1/batch/idNumber`, `"${id}"\n{bad ${phone}`, 'application/x-ndjson');
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  assert.match(metrics, /^beian_requests_total\{route="\/v1\/check\/\{name\}",status="200"\} \d+$/m);
  assert.match(metrics, /^beian_requests_total\{route="\/v1\/check\/\{name\}",status="400"\} \d+$/m);
  assert.match(metrics, /^beian_request_duration_seconds_bucket\{route="\/v1\/filing",le="\+Inf"\} \d+$/m);
  assert.match(metrics, /^beian_findings_total\{rule="R-ID-1",severity="error"\} [1-9]\d*$/m);
  for (const text of [metrics, server.log()]) {
    for (const secret of [id, phone, email, 'someone.private']) assert.ok(!text.includes(secret), `${secret} leaked`);
  }
  assert.match(server.log(), /400 \/v1\/check\/\{name\} wrong_shape/);
});

test('SIGTERM: a request in flight is answered, then the server exits 0', async () => {
  const own = await start();
  const [head, body] = json('/v1/filing', JSON.stringify({ form: FORM, options: { asOf: '2026-11-22' } }));
  const answer = raw(own.port, head, (socket) => {
    socket.write(body.subarray(0, 50));
    setTimeout(() => {
      own.child.kill('SIGTERM');
      setTimeout(() => socket.write(body.subarray(50)), 300);
    }, 100);
  });
  const { status, body: text } = await answer;
  assert.equal(status, 200);
  assert.equal(JSON.parse(text).ok, true);
  const [code] = await own.exited;
  assert.equal(code, 0);
  assert.match(own.log(), /shut down: every request answered/);
});

test('a batch column: a line that is not JSON gets an error in its place and the column goes on; a line over 64 KiB ends it', async () => {
  const column = ['"13800138000"', '{oops', '', '"0755-86013388"', `"${'1'.repeat(70_000)}"`, '"13800138000"'].join('\n');
  const answer = await post(`${server.url}/v1/batch/phone?locale=en`, column, 'application/x-ndjson');
  assert.equal(answer.status, 200);
  assert.equal(answer.type, 'application/x-ndjson');
  const lines = answer.text.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.index, l.valid, l.error]), [
    [0, true, undefined],
    [1, undefined, 'invalid_json'],
    [2, true, undefined],
    [undefined, undefined, 'line_too_long'],
  ]);
  assert.match(lines[3].message, /over 65536 bytes/);
});
