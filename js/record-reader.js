// Reads the result records of the wasm (src/record.rs) into the plain
// objects the checks return: the same objects JSON.parse would give for the
// result's JSON, built without writing or parsing JSON. Shared by the Node,
// web and mini-program entries. (A .js file, unlike its neighbours: the
// wasm-bindgen test server, which serves it to tests/wasm.rs in Chromium,
// gives .mjs files no JavaScript MIME type.)

/** The exports that answer with a record, wrapped by readRecords. */
export const RECORD_EXPORTS = [
  'validateIdNumber', 'validateUnitCode', 'validatePhone', 'validateEmail', 'validateDomain',
  'validateHomepageUrl', 'validateFilingNumber', 'validateIpv4', 'validateAppIdentifier', 'validateSigningFingerprint',
  'validatePublicKey', 'validateBatchPart', 'validateFilingEncoded',
  'checkContactsEncoded', 'lookupDivision', 'listDivisions', 'listSubjectNatures',
  'certificateTypesFor', 'areaCodeFor', 'citiesForAreaCode', 'validateText',
];

/** Strings of the program (tag 7) by address: field names, enum values. */
const programStrings = new Map();

/**
 * The finding messages. The wasm build renders none (src/finding.rs): a
 * finding's `message` holds \u0001 and the caller's locale, and the reader
 * renders it here from the message table the entries ship (messages.js:
 * a header line `BCMS\t1\t<count>`, then `CODE\tzh-CN\ten` per code), in
 * the same way as src/messages.rs `render`.
 */
const MARKERS = ['\u0001zh-CN', '\u0001en'];
let messageTable = '';
/**
 * Code → [zh-CN template, en template], parsed at the first message; each
 * template split once into its text and `{name}` parts at its first use:
 * [text, name, text, name, …, text].
 */
let templates = null;

function templateOf(code, locale) {
  if (!templates) {
    templates = new Map();
    const lines = messageTable.split('\n');
    const count = Number(lines[0].split('\t')[2]) || 0;
    for (let i = 1; i <= count && i < lines.length; i++) {
      const [name, zh, en] = lines[i].split('\t');
      templates.set(name, [zh, en]);
    }
  }
  const pair = templates.get(code);
  if (!pair || pair[locale] === undefined) return undefined;
  if (typeof pair[locale] === 'string') pair[locale] = pair[locale].split(/\{([^}]*)\}/);
  return pair[locale];
}

/** A parameter as a message shows it: a list joined by 、, a number in digits. */
const paramText = (value) => (Array.isArray(value) ? value.join('、') : String(value));

/** A split template with each `{name}` replaced by the parameter `name`; unknown names are left as they are. */
function render(parts, params) {
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (Object.prototype.hasOwnProperty.call(params, name) ? paramText(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return text;
}

/** A finding's message in the locale its marker names (the marker itself if the table lacks the code). */
function renderMessage(finding) {
  const template = templateOf(finding.code, MARKERS.indexOf(finding.message));
  return template === undefined ? finding.message : render(template, finding.params || {});
}

/**
 * The materials of a filing's findings, which the wasm build leaves to the
 * reader (src/form/mod.rs materials_of): each material finding's code and
 * message once, in the findings' order, as `{ code, rule, reason }`.
 */
function withMaterials(result) {
  if (result && Array.isArray(result.findings) && !('materials' in result)) {
    const materials = [];
    for (const f of result.findings) {
      if (f.severity === 'material' && !materials.some((m) => m.code === f.code && m.reason === f.message)) {
        materials.push({ code: f.code, rule: f.rule, reason: f.message });
      }
    }
    result.materials = materials;
  }
  return result;
}

/** A UTF-16 decoder where the platform has a real one (the mini-program's polyfill only does UTF-8). */
const utf16 = (() => {
  try {
    const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
    return decoder.decode(new Uint16Array([0x5907, 0xFEFF])) === '\u5907\uFEFF' ? decoder : null;
  } catch {
    return null;
  }
})();

/** UTF-16 units as a string: one call, or slices of 4 096 (apply takes a bounded argument list). */
function decode(slice) {
  if (utf16) return utf16.decode(slice);
  let out = '';
  for (let i = 0; i < slice.length; i += 4096) out += String.fromCharCode.apply(null, slice.subarray(i, i + 4096));
  return out;
}

/** A string of the program: ASCII at an address of wasm memory, read once. */
function programString(units, address, length) {
  let s = programStrings.get(address);
  if (s === undefined || s.length !== length) {
    s = String.fromCharCode.apply(null, new Uint8Array(units.buffer, address, length));
    programStrings.set(address, s);
  }
  return s;
}

/** The address in wasm memory of each key seen (keys are strings of the program: they never move). */
const keyAddresses = Object.create(null);

/** Thrown by a shape reader when the record is not of the shape its type says. */
const MISMATCH = new Error('beian-check: a result record of another shape');
/** How many results were read again by their tags after a shape reader's mismatch (for the tests). */
let mismatches = 0;

/**
 * The record being read: its units, its text decoded, the position in its
 * structure. One record at a time (reading never calls into wasm). `v()`
 * reads any value by its tag; the other methods are what the shape readers
 * of decoders.js (generated from the result types by
 * scripts/gen-decoders.mjs) call: each expects one kind of value and throws
 * MISMATCH on another, so that a result of an unexpected shape is read again
 * by its tags.
 */
const R = {
  u: new Uint16Array(0),
  t: '',
  at: 0,
  v() {
    const units = this.u;
    const tag = units[this.at++];
    switch (tag) {
      case 1: return null;
      case 2: return false;
      case 3: return true;
      case 4: case 5: case 6: case 7:
        this.at--;
        return tag < 6 ? this.n() : this.s();
      case 8: {
        const items = [];
        while (units[this.at] !== 0) items.push(this.v());
        this.at++;
        return items;
      }
      case 9: {
        const object = {};
        while (units[this.at] !== 0) {
          const key = this.v();
          object[key] = this.v();
        }
        this.at++;
        return this.m(object);
      }
      case 10: {
        const count = units[this.at] + units[this.at + 1] * 0x10000;
        this.at += 2 + count;
        return Uint8Array.from(units.subarray(this.at - count, this.at));
      }
      default: throw new Error(`beian-check: unreadable result record (tag ${tag} at ${this.at - 1})`);
    }
  },
  /** A boolean. */
  b() {
    const tag = this.u[this.at++];
    if (tag === 3) return true;
    if (tag === 2) return false;
    throw MISMATCH;
  },
  /** A number. */
  n() {
    const units = this.u;
    const tag = units[this.at++];
    if (tag === 4) {
      const n = units[this.at] | (units[this.at + 1] << 16);
      this.at += 2;
      return n;
    }
    if (tag === 5) {
      const n = new DataView(units.buffer, units.byteOffset + this.at * 2, 8).getFloat64(0, true);
      this.at += 4;
      return n;
    }
    throw MISMATCH;
  },
  /** A string. */
  s() {
    const units = this.u;
    const at = this.at;
    const tag = units[at];
    if (tag === 7) {
      this.at += 4;
      return programString(units, units[at + 1] + units[at + 2] * 0x10000, units[at + 3]);
    }
    if (tag === 6) {
      this.at += 5;
      const start = units[at + 1] + units[at + 2] * 0x10000;
      return this.t.slice(start, start + units[at + 3] + units[at + 4] * 0x10000);
    }
    throw MISMATCH;
  },
  /** True (and past it) when a null comes next. */
  z() {
    if (this.u[this.at] !== 1) return false;
    this.at++;
    return true;
  },
  /** The start of an object. */
  o() {
    if (this.u[this.at++] !== 9) throw MISMATCH;
  },
  /** Past the key `name`, which must come next (known by its address once seen: a key is a string of the program). */
  k(name) {
    const units = this.u;
    const at = this.at;
    const address = units[at] === 7 ? units[at + 1] + units[at + 2] * 0x10000 : -1;
    if (address >= 0 && keyAddresses[name] === address) {
      this.at += 4;
      return this;
    }
    if (this.s() !== name) throw MISMATCH;
    if (address >= 0) keyAddresses[name] = address;
    return this;
  },
  /** The end of an object. */
  e() {
    if (this.u[this.at++] !== 0) throw MISMATCH;
  },
  /** An array, each item read by `item`. */
  a(item) {
    if (this.u[this.at++] !== 8) throw MISMATCH;
    const items = [];
    while (this.u[this.at] !== 0) items.push(item(this));
    this.at++;
    return items;
  },
  /** A finding's message rendered, when the object is a finding whose message the wasm left to the edge. */
  m(object) {
    if (typeof object.message === 'string' && object.message.charCodeAt(0) === 1) object.message = renderMessage(object);
    return object;
  },
};

/** Points R at a record: a Uint16Array view on wasm memory, read at once (before the memory can grow). */
function start(units) {
  const structure = units[0] + units[1] * 0x10000;
  R.u = units;
  R.t = structure + 2 < units.length ? decode(units.subarray(structure + 2)) : '';
  R.at = 2;
  return structure + 2;
}

/** The value of a record, read by its tags. */
export function readRecord(units) {
  start(units);
  return R.v();
}

/** The value of a record read by `decoder`, its type's shape reader; by its tags if the shape differs. */
export function readShaped(units, decoder) {
  const end = start(units);
  try {
    const value = decoder(R);
    if (R.at === end) return value;
  } catch (error) {
    if (error !== MISMATCH) throw error;
  }
  mismatches++;
  R.at = 2;
  return R.v();
}

/** Results read again by their tags since the page loaded: 0 when every result had its type's shape. */
export const shapeMismatches = () => mismatches;

/**
 * The field checks, each `validate` + its check's name with a capital
 * (`validateIdNumber`: `idNumber`), in the order of src/check.rs CHECK_NAMES,
 * which numbers them for `validateText` and `isValidText`.
 */
const FIELD_EXPORTS = RECORD_EXPORTS.slice(0, 11);
const CHECK_NUMBERS = new Map(FIELD_EXPORTS.map((name, i) => [name[8].toLowerCase() + name.slice(9), i]));

/**
 * The longest string the common call takes (`validateText`, `isValidText`):
 * what the general exports copy into wasm memory at most (src/wasm.rs
 * `read`: twice the characters of the longest field). Longer strings take
 * the general export, which answers INPUT_TOO_LONG without copying them.
 */
const TEXT_MAX = 2000;

/**
 * The options of a common call flattened into one string, `name\0value\0…`
 * (src/wasm.rs CheckOptions::Flat): '' for none; null when they must be read
 * as an object — not a plain object, or a value that is no string (an array,
 * a number, a boolean: the general export reads and reports it) or that
 * holds U+0000.
 */
function flatOptions(options) {
  if (options === undefined) return '';
  if (options === null || typeof options !== 'object') return null;
  try {
    const prototype = Object.getPrototypeOf(options);
    if (prototype !== Object.prototype && prototype !== null) return null;
    let flat = '';
    for (const name in options) {
      const value = options[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.includes('\0') || name.includes('\0')) return null;
      flat += `${flat ? '\0' : ''}${name}\0${value}`;
    }
    return flat;
  } catch {
    return null; // a proxy or a getter that throws: the general export reads what it can
  }
}

/** The flattened options of a common call — a string the wasm can take as it is — or null. */
const commonCall = (value, options) => (typeof value === 'string' && value.length <= TEXT_MAX ? flatOptions(options) : null);

/**
 * The RECORD_EXPORTS of wasm-bindgen's glue, each returning the object its
 * record stands for, with the messages rendered from `messages` (the
 * message table) and a filing's materials; and `isValid`. `decoders` (the
 * generated decoders.js) reads each export's result by its type's shape: one
 * object literal per object, no key decoded. A field check called with a
 * string and no options or only string options (the common call: a form
 * field on a keystroke) crosses as that string, its check's number and the
 * options flattened into one string (src/wasm.rs `validateText`,
 * `isValidText`): the same result as the general export's, without its type
 * tests and property reads across the boundary.
 */
export function readRecords(glue, messages, decoders = {}) {
  messageTable = messages;
  templates = null;
  const read = (name) => {
    const decoder = decoders[name];
    return decoder ? (units) => readShaped(units, decoder) : readRecord;
  };
  const wrapped = {};
  for (const name of RECORD_EXPORTS) {
    const call = glue[name];
    const readResult = read(name);
    wrapped[name] = (a, b, c, d) => readResult(call(a, b, c, d));
  }
  for (const [number, name] of FIELD_EXPORTS.entries()) {
    const general = glue[name];
    const readResult = read(name);
    wrapped[name] = (value, options) => {
      const flat = commonCall(value, options);
      return readResult(flat === null ? general(value, options) : glue.validateText(number, value, flat));
    };
  }
  wrapped.isValid = (check, value, options) => {
    const flat = commonCall(value, options);
    const number = flat === null ? undefined : CHECK_NUMBERS.get(check);
    return number === undefined ? glue.isValid(check, value, options) : glue.isValidText(number, value, flat);
  };
  const filing = wrapped.validateFilingEncoded;
  wrapped.validateFilingEncoded = (form, options) => withMaterials(filing(form, options));
  return wrapped;
}
