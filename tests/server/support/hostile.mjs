// The hostile-request table of the server tests and `npm run bench:server`:
// raw HTTP requests on their own connections, each with the 4xx status and
// error code the server must answer.
import net from 'node:net';
import { readFileSync } from 'node:fs';

const FORM = JSON.parse(readFileSync(new URL('../../fixtures/unit-three-websites.json', import.meta.url))).form;

/**
 * Sends a raw request on a new connection — `head` (text), then `body`
 * (a Buffer, or a function writing chunks until the answer arrives) — and
 * resolves to { status, headers, body, ms } once the answer is complete or
 * the server closed the connection (status 0 when it closed without one).
 */
export function raw(port, head, body = Buffer.alloc(0)) {
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

export const json = (path, body, type = 'application/json', extra = '') => {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return [`POST ${path} HTTP/1.1\r\nHost: t\r\nContent-Type: ${type}\r\nContent-Length: ${bytes.length}\r\n${extra}\r\n`, bytes];
};
const deep = (n) => `{"form":${'['.repeat(n)}${']'.repeat(n)}}`;
export const keys = (n) => `{"form":{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}}`;
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

export const TABLE = [
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

