// Bad input and bad clients: every hostile request of the table gets a 4xx
// JSON error naming the problem within 50 ms; slow clients (slowloris) are
// cut off at the header timeout and do not slow the others; requests in
// flight finish on SIGTERM; the metrics and the log carry no value sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { start, post, pool } from './support/server.mjs';

const FORM = JSON.parse(readFileSync(new URL('../fixtures/unit-three-websites.json', import.meta.url))).form;
let server;
before(async () => {
  server = await start(['--header-timeout-ms', '1000', '--request-timeout-ms', '1000']);
});
after(() => server?.stop());

/**
 * Sends a raw request on a new connection — `head` (text), then `body`
 * (a Buffer, or a function writing chunks until the answer arrives) — and
 * resolves to { status, headers, body, ms } once the answer is complete or
 * the server closed the connection (status 0 when it closed without one).
 */
function raw(port, head, body = Buffer.alloc(0)) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let answered = false;
    let started;
    const finish = () => {
      if (answered) return;
      answered = true;
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const headers = split < 0 ? '' : text.slice(0, split).toLowerCase();
      resolve({ status, headers, body: split < 0 ? '' : received.subarray(split + 4).toString('utf8'), ms: performance.now() - started });
      socket.destroy();
    };
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text.slice(0, split));
      if (split >= 0 && length && received.length >= split + 4 + Number(length[1])) finish();
    });
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', () => {
      started = performance.now();
      socket.write(head);
      if (typeof body === 'function') body(socket, () => answered);
      else socket.write(body);
    });
  });
}

const json = (path, body, type = 'application/json', extra = '') => {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return [`POST ${path} HTTP/1.1\r\nHost: t\r\nContent-Type: ${type}\r\nContent-Length: ${bytes.length}\r\n${extra}\r\n`, bytes];
};
const deep = (n) => `{"form":${'['.repeat(n)}${']'.repeat(n)}}`;
const keys = (n) => `{"form":{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}}`;
/** A chunked body of up to 100 MB, written until the server answers. */
const hundredMegabytesChunked = (socket, answered) => {
  const chunk = Buffer.alloc(64 << 10, 0x20);
  let sent = 0;
  const more = () => {
    while (!answered() && sent < 100e6) {
      sent += chunk.length;
      if (!socket.write(`${chunk.length.toString(16)}\r\n`) || !socket.write(chunk) || !socket.write('\r\n')) return socket.once('drain', more);
    }
  };
  socket.write('8\r\n{"form":\r\n');
  more();
};

const TABLE = [
  ['malformed JSON', ...json('/v1/filing', '{"form": {"kind": "unit",}}'), 400, 'invalid_json'],
  ['not JSON at all', ...json('/v1/filing', 'form=1'), 400, 'invalid_json'],
  ['truncated JSON', ...json('/v1/filing', '{"form": {"kind": "un'), 400, 'truncated_json'],
  ['empty body', ...json('/v1/filing', ''), 400, 'truncated_json'],
  ['nesting 100 000 deep', ...json('/v1/filing', deep(100_000)), 400, 'too_deep'],
  ['nesting 129 deep', ...json('/v1/filing', deep(129)), 400, 'too_deep'],
  ['100 MB body (declared)', `POST /v1/filing HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n`, Buffer.from('{"form":'), 413, 'body_too_large'],
  ['100 MB body (chunked)', `POST /v1/filing HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`, hundredMegabytesChunked, 413, 'body_too_large'],
  ['text/plain', ...json('/v1/filing', JSON.stringify({ form: FORM }), 'text/plain'), 415, 'unsupported_media_type'],
  ['form-urlencoded (curl -d)', ...json('/v1/filing', JSON.stringify({ form: FORM }), 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
  ['JSON in Latin-1', ...json('/v1/filing', JSON.stringify({ form: FORM }), 'application/json; charset=iso-8859-1'), 415, 'unsupported_media_type'],
  ['no Content-Type', `POST /v1/check/phone HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n`, Buffer.from('{}'), 415, 'unsupported_media_type'],
  ['NDJSON to a batch as JSON', ...json('/v1/batch/phone', '"1"\n'), 415, 'unsupported_media_type'],
  ['200 000 keys (over the body limit)', ...json('/v1/filing', keys(200_000)), 413, 'body_too_large'],
  ['100 000 repeated "form" keys', ...json('/v1/filing', `{${'"form":{},'.repeat(100_000)}"form":{}}`), 400, 'wrong_shape'],
  ['invalid UTF-8', ...json('/v1/filing', Buffer.concat([Buffer.from('{"form":{"kind":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')])), 400, 'invalid_utf8'],
  ['a body that is an array', ...json('/v1/filing', '[1,2]'), 400, 'wrong_shape'],
  ['a form that is a string', ...json('/v1/filing', '{"form":"x"}'), 400, 'wrong_shape'],
  ['no form', ...json('/v1/filing', '{"options":{}}'), 400, 'wrong_shape'],
  ['options that are a number', ...json('/v1/filing', '{"form":{},"options":5}'), 400, 'wrong_shape'],
  ['an unknown member', ...json('/v1/check/phone', '{"value":"1","opts":{}}'), 400, 'wrong_shape'],
  ['an unknown check', ...json('/v1/check/fax', '{"value":"1"}'), 404, 'unknown_check'],
  ['a name not UTF-8', ...json('/v1/check/%FF', '{"value":"1"}'), 400, 'invalid_path'],
  ['an unknown route', ...json('/v2/filing', '{}'), 404, 'not_found'],
  ['GET on a POST route', 'GET /v1/filing HTTP/1.1\r\nHost: t\r\n\r\n', Buffer.alloc(0), 405, 'method_not_allowed'],
  ['a batch of an unknown check', ...json('/v1/batch/fax', '"1"', 'application/x-ndjson'), 404, 'unknown_check'],
  ['an unknown province', 'GET /v1/provinces/99/requirements HTTP/1.1\r\nHost: t\r\n\r\n', Buffer.alloc(0), 404, 'unknown_province'],
];

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
