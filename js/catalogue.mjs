// The rule catalogue (listRules, provinceRequirements) for the JS entries,
// read from the optional data file rule-texts.bin: compact JSON written by
// the native crate (examples/rule_texts.rs), so the results are exactly
// the native functions' (tests/js/catalogue.test.mjs compares them). The
// wasm carries none of it. Shared by the Node, web and mini-program entries
// (the mini-program build turns the exports into CommonJS).

/**
 * A catalogue over `messages`, the message table the entry loads
 * (`CODE<TAB>zh-CN<TAB>en` lines), for the code templates; `decode` turns
 * the file's bytes into text (TextDecoder, or the mini-program's codec).
 */
export function createCatalogue(messages, decode) {
  const templates = new Map();
  for (const line of String(messages).split('\n')) {
    const [code, zh, en] = line.split('\t');
    if (en !== undefined && /^[A-Z0-9_]+$/.test(code)) templates.set(code, { 'zh-CN': zh, en });
  }
  let data = null;
  // As the core reads `locale`: "en", "en-US", "en_GB" … are English, anything else zh-CN.
  const localeOf = (options) => {
    const tag = options && typeof options === 'object' ? safeGet(options, 'locale') : undefined;
    return typeof tag === 'string' && tag.split(/[-_]/)[0].toLowerCase() === 'en' ? 'en' : 'zh-CN';
  };

  function loadRuleTexts(bytes) {
    try {
      const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
      if (!(view instanceof Uint8Array)) return { loaded: false, error: 'expected the bytes of rule-texts.bin (Uint8Array or ArrayBuffer)' };
      const parsed = JSON.parse(decode(view));
      if (parsed?.format !== 'beian-check rule texts' || parsed.version !== 1) {
        return { loaded: false, error: 'not a rule-texts.bin file of this version' };
      }
      data = parsed;
      return { loaded: true, rules: parsed.locales['zh-CN'].rules.length };
    } catch (error) {
      return { loaded: false, error: `not a rule-texts.bin file: ${error?.message ?? error}` };
    }
  }

  const string = (i) => data.strings[i];
  const source = (i) => {
    const [title, provider, url, date] = data.sources[i].map(string);
    return { title, provider, url, date };
  };

  /** `listRules(options?)`: every rule with its codes, sources and province requirements; `[]` before rule-texts.bin is loaded. */
  function listRules(options) {
    if (!data) return [];
    const locale = localeOf(options);
    return data.locales[locale].rules.map(([id, title, checks, severity, codes, sources, provinces]) => ({
      id: string(id),
      title: string(title),
      checks: string(checks),
      severity: string(severity),
      codes: codes.map(([code, level]) => ({ code, severity: level, message: templates.get(code)?.[locale] ?? '' })),
      sources: sources.map(source),
      provinces: provinces.map(string),
    }));
  }

  /** `provinceRequirements(code, options?)`: what a province asks (`"44"`, `"440000"`, `"000000"` for the national rules); `[]` for an unknown code or before rule-texts.bin is loaded. */
  function provinceRequirements(code, options) {
    if (!data || typeof code !== 'string') return [];
    // "000000" (spaces allowed) for the national rules, else two digits or a
    // six-digit code of a province, as the core parses it.
    let key = null;
    if (code.trim() === '000000') key = '000000';
    else if (/^\d{2}$|^\d{6}$/.test(code) && !code.startsWith('00')) key = `${code.slice(0, 2)}0000`;
    const list = key && data.locales[localeOf(options)].provinces[key];
    if (!list) return [];
    return list.map(([id, rule, province, severity, checkable, checked, reqText, firmness, sources, against]) => ({
      id: string(id),
      rule: string(rule),
      province: string(province),
      severity: string(severity),
      checkable: string(checkable),
      checked: checked === 1,
      text: string(reqText),
      firmness: string(firmness),
      sources: sources.map(source),
      against: against.map(source),
    }));
  }

  return { loadRuleTexts, listRules, provinceRequirements };
}

/** A property read that a hostile object (revoked proxy, throwing getter) cannot turn into an exception. */
function safeGet(object, key) {
  try {
    return object[key];
  } catch {
    return undefined;
  }
}
