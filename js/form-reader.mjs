// Reads a filing form in JS and hands it to the wasm as one JSON string
// (issue: one boundary crossing instead of one per property). Whatever a JS
// caller passes — revoked proxies, proxies whose every trap throws, throwing
// getters, objects with 200 000 keys, sparse arrays of length 2³² − 1,
// cycles, deep nesting, 10 MB strings — is read without an exception and
// without touching more than the caps:
//   - objects: only the keys the core reads (FORM_KEYS), each read once,
//     so the cost does not depend on how many keys the object has;
//   - arrays: at most MAX_ITEMS items, by index;
//   - depth: MAX_DEPTH levels, then the value's type only;
//   - strings longer than any field allows: their length only.
// What cannot be read is "missing". The value goes over as a tape that the
// core (decode_form in src/wasm.rs) reads without a JSON parser:
// z missing, t/f, s<len>:<text> (len in UTF-16 units), n<number>;,
// L<len>; a string too long to copy, X<type>; anything else,
// a<count>: items, o<count>: key (a string) and value pairs.
// Shared by the Node, web and mini-program entries.

/** The keys the core reads from a form (tests/js/form-reader.test.mjs checks
 * this list against every `.get("…")` of src/), plus the region's
 * `district`/`city`, which src/form/mod.rs reads by name from a list. */
export const FORM_KEYS = [
  'kind', 'filingType', 'region', 'province', 'city', 'district', 'subject', 'websites', 'previous',
  'name', 'nature', 'certificateType', 'certificateNumber', 'mailingAddress', 'businessScope', 'remark',
  'owner', 'legalRepresentative', 'idType', 'idNumber', 'mobile', 'phone', 'emergencyPhone', 'email', 'accountPhone',
  'domains', 'homepageUrls', 'serviceContent', 'preApprovals', 'registrant', 'registrarAbroad', 'registeredElsewhere',
  'apps', 'platforms', 'platform', 'identifier', 'fingerprint', 'publicKey', 'idValidTo',
];

/** As the core: 8 levels (the API shape needs 4), 1 000 items, strings of 2 000 UTF-16 units. */
const MAX_DEPTH = 8;
const MAX_ITEMS = 1000;
const MAX_UNITS = 2000;

const hasOwn = Object.prototype.hasOwnProperty;

/** `object[key]` when it is an own property; undefined when it is not or cannot be read. */
function own(object, key) {
  try {
    return hasOwn.call(object, key) ? object[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Appends `value` to the tape `out` (an array of parts). */
function write(value, depth, out) {
  switch (typeof value) {
    case 'string':
      out.push(value.length > MAX_UNITS ? `L${value.length};` : `s${value.length}:${value}`);
      return;
    case 'number':
      out.push(`n${value};`);
      return;
    case 'boolean':
      out.push(value ? 't' : 'f');
      return;
    case 'undefined':
      out.push('z');
      return;
    case 'object':
      break;
    default: // bigint, symbol, function
      out.push(`X${typeof value};`);
      return;
  }
  if (value === null) {
    out.push('z');
    return;
  }
  let array;
  try {
    array = Array.isArray(value);
  } catch {
    out.push('Xobject;'); // a revoked proxy
    return;
  }
  if (depth >= MAX_DEPTH) {
    out.push(array ? 'Xarray;' : 'Xobject;');
    return;
  }
  if (array) {
    let length;
    try {
      length = value.length;
    } catch {
      length = 0;
    }
    const count = typeof length === 'number' && length > 0 ? Math.min(length, MAX_ITEMS) : 0;
    out.push(`a${count}:`);
    for (let i = 0; i < count; i++) {
      let item;
      try {
        item = value[i];
      } catch {
        item = undefined;
      }
      write(item, depth + 1, out);
    }
    return;
  }
  const at = out.length;
  out.push('');
  let count = 0;
  for (const key of FORM_KEYS) {
    const member = own(value, key);
    if (member === undefined) continue;
    out.push(`s${key.length}:${key}`);
    write(member, depth + 1, out);
    count++;
  }
  out[at] = `o${count}:`;
}

/** The form as the tape the core's `validateFilingEncoded` reads. Never throws. */
export function encodeForm(form) {
  const out = [];
  write(form, 0, out);
  return out.join('');
}
