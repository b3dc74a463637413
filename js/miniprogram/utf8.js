// UTF-8 for runtimes without TextEncoder/TextDecoder (the WeChat
// mini-program runtime on iOS and older base libraries). The global ones are
// used when they exist. Same behaviour as the standard for what the
// wasm-bindgen glue needs: encode() turns lone surrogates into U+FFFD (so the
// checks see the replacement character and report INPUT_UNREADABLE_CHAR),
// decode() reads the well-formed UTF-8 the wasm writes.
'use strict';

class Utf8Encoder {
  get encoding() { return 'utf-8'; }

  /** The UTF-8 bytes of `text`; lone surrogates become EF BF BD. */
  encode(text = '') {
    const input = String(text);
    const out = new Uint8Array(input.length * 3);
    let at = 0;
    for (let i = 0; i < input.length; i++) {
      let c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) {
        out[at++] = c;
      } else if (c < 0x800) {
        out[at++] = 0xc0 | (c >> 6);
        out[at++] = 0x80 | (c & 63);
      } else if (c < 0x10000) {
        out[at++] = 0xe0 | (c >> 12);
        out[at++] = 0x80 | ((c >> 6) & 63);
        out[at++] = 0x80 | (c & 63);
      } else {
        out[at++] = 0xf0 | (c >> 18);
        out[at++] = 0x80 | ((c >> 12) & 63);
        out[at++] = 0x80 | ((c >> 6) & 63);
        out[at++] = 0x80 | (c & 63);
      }
    }
    return out.slice(0, at);
  }
}

class Utf8Decoder {
  constructor(label = 'utf-8', options = {}) {
    this.fatal = Boolean(options.fatal);
  }

  get encoding() { return 'utf-8'; }

  /** The text of UTF-8 `bytes`; malformed input throws when fatal, else gives U+FFFD. */
  decode(bytes) {
    if (bytes == null) return '';
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer ?? bytes, bytes.byteOffset ?? 0, bytes.byteLength);
    const units = [];
    let text = '';
    // The WHATWG decoder: a malformed sequence becomes one U+FFFD per
    // maximal invalid subpart (bounds of the second byte exclude overlong
    // forms, surrogates and code points above U+10FFFF).
    for (let i = 0; i < view.length;) {
      const b = view[i];
      let c = b;
      let need = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        c = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        c = b & 0x0f;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        c = b & 0x07;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else if (b >= 0x80) {
        need = -1;
      }
      let k = 1;
      for (; need > 0 && k <= need; k++) {
        const next = view[i + k];
        if (next === undefined || next < lower || next > upper) break;
        c = (c << 6) | (next & 63);
        lower = 0x80;
        upper = 0xbf;
      }
      if (need < 0 || (need > 0 && k <= need)) {
        if (this.fatal) throw new TypeError('The encoded data was not valid UTF-8');
        c = 0xfffd;
        i += k;
      } else {
        i += need + 1;
      }
      if (c >= 0x10000) {
        c -= 0x10000;
        units.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
      } else {
        units.push(c);
      }
      if (units.length > 8192) text += String.fromCharCode(...units.splice(0));
    }
    return text + String.fromCharCode(...units);
  }
}

module.exports = {
  TextEncoder: typeof TextEncoder === 'function' ? TextEncoder : Utf8Encoder,
  TextDecoder: typeof TextDecoder === 'function' ? TextDecoder : Utf8Decoder,
  Utf8Encoder,
  Utf8Decoder,
};
