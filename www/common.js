// What both demo pages share: loading the wasm and its optional data from
// this site, small DOM helpers and the rendering of one finding.
import init, { loadMobileLocations, loadDivisionNames, loadRuleTexts } from '/pkg/index.js';

export const $ = (id) => document.getElementById(id);

/** Instantiates the wasm and loads the optional data (mobile home
 * locations for R-TEL-4, division names for pickers and messages, the rule
 * catalogue's texts), all from this site — no other network access. */
export async function loadCore() {
  const bytes = async (file) => new Uint8Array(await (await fetch(`/pkg/${file}`)).arrayBuffer());
  const files = ['mobile-location.bin', 'division-names.bin', 'rule-texts.bin'];
  const [, locations, names, texts] = await Promise.all([init(), ...files.map(bytes)]);
  loadMobileLocations(locations);
  loadDivisionNames(names);
  loadRuleTexts(texts);
}

/** Today in China Standard Time (UTC+8), the day filings are judged on. */
export function todayInChina() {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

export const SEVERITY = {
  'zh-CN': { error: '错误', warning: '提示', material: '材料' },
  en: { error: 'error', warning: 'warning', material: 'material' },
};

const SOURCE = { 'zh-CN': '来源', en: 'source' };

/** A finding as a list item: severity badge, rule and code, message, and a
 * link to the source the finding cites (params.sourceUrl), if any. */
export function renderFinding(finding, locale) {
  const item = document.createElement('li');
  item.className = 'finding';
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  item.dataset.code = finding.code;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = SEVERITY[locale][finding.severity] ?? finding.severity;
  const code = document.createElement('code');
  code.textContent = `${finding.rule} · ${finding.code}`;
  meta.append(badge, code);
  const message = document.createElement('div');
  message.className = 'message';
  message.textContent = finding.message;
  const url = finding.params?.sourceUrl;
  if (typeof url === 'string' && url.startsWith('https://')) {
    const link = document.createElement('a');
    link.className = 'source';
    link.href = url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.textContent = SOURCE[locale] ?? SOURCE.en;
    message.append(' ', link);
  }
  item.append(meta, message);
  return item;
}
