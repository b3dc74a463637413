// What both demo pages share: loading the wasm and its optional data from
// this site, small DOM helpers and the rendering of one finding.
import init, { listRules, provinceRequirements, listDivisions } from '/pkg/index.js';

export const $ = (id) => document.getElementById(id);

/** Instantiates the wasm and loads the optional data (mobile home
 * locations for R-TEL-4, division names for pickers and messages, the rule
 * catalogue's texts), all from this site — no other network access. */
export async function loadCore() {
  await init({ data: ['mobile-location', 'division-names', 'rule-texts'] });
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

/** A link that opens in a new tab without telling the target where from. */
function externalLink(url, label, className) {
  const link = document.createElement('a');
  if (className) link.className = className;
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  link.textContent = label;
  return link;
}

/** A public document (title, provider, url, date) as a list item. */
export function renderSource(source) {
  const item = document.createElement('li');
  const title = source.title || source.provider;
  item.append(/^https?:\/\//.test(source.url) ? externalLink(source.url, title) : title);
  const about = [source.title ? source.provider : '', source.date].filter(Boolean).join(' · ');
  if (about) item.append(` — ${about}`);
  return item;
}

/** A finding as a list item: severity badge, rule (a button opening the
 * catalogue entry) and code, message, and a link to the source the finding
 * cites (params.sourceUrl), if any. */
export function renderFinding(finding, locale) {
  const item = element('li', null, 'finding');
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  item.dataset.code = finding.code;
  const code = element('code');
  code.append(ruleButton(finding.rule, finding.params?.requirement), ` · ${finding.code}`);
  const meta = element('div', null, 'meta');
  meta.append(element('span', SEVERITY[locale][finding.severity] ?? finding.severity, 'badge'), code);
  const message = element('div', finding.message, 'message');
  const url = finding.params?.sourceUrl;
  if (typeof url === 'string' && url.startsWith('https://')) {
    message.append(' ', externalLink(url, SOURCE[locale] ?? SOURCE.en, 'source'));
  }
  item.append(meta, message);
  return item;
}

let findingIds = 0;

/**
 * Tells assistive technology about the findings shown for `control`: its
 * aria-describedby points at their items and aria-invalid is set while one
 * is an error.
 */
export function describeControl(control, items) {
  const ids = items.map((item) => (item.id ||= `finding-${++findingIds}`));
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
  if (items.some((item) => item.dataset.severity === 'error')) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** Sets a live region's text only when it changes, so that it is not re-announced on every keystroke. */
export function announce(region, text) {
  if (region.textContent !== text) region.textContent = text;
}

// ---- the rule catalogue dialog -------------------------------------------

const DIALOG_TEXT = {
  'zh-CN': {
    open: (id) => `查看规则 ${id} 的说明与来源`, checks: '检查内容', severity: '何时为错误', codes: '提示代码',
    sources: '来源', requirement: (place) => `${place}的要求`, firmness: '判定依据', against: '相反的来源',
    provinces: (n) => `共有 ${n} 条省级要求引用此规则。`, close: '关闭',
  },
  en: {
    open: (id) => `Show rule ${id}: what it checks and its sources`, checks: 'What is checked', severity: 'When it is an error',
    codes: 'Finding codes', sources: 'Sources', requirement: (place) => `The requirement of ${place}`,
    firmness: 'Why this severity', against: 'Sources against it', provinces: (n) => `${n} province requirements use this rule.`,
    close: 'Close',
  },
};

/** The page's language, as the pages set it on <html lang>. */
const pageLocale = () => (document.documentElement.lang === 'en' ? 'en' : 'zh-CN');

/** A rule id as a button that opens its catalogue entry (and, given its
 * id, the province requirement behind a finding). */
export function ruleButton(rule, requirement) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rule-link';
  button.dataset.ruleLink = rule;
  if (typeof requirement === 'string') button.dataset.requirement = requirement;
  button.textContent = rule;
  button.title = DIALOG_TEXT[pageLocale()].open(rule);
  return button;
}

const rulesByLocale = new Map();

/** The catalogue entry of `rule` (listRules, read once per language). */
function catalogueEntry(rule, locale) {
  if (!rulesByLocale.has(locale)) rulesByLocale.set(locale, new Map(listRules({ locale }).map((r) => [r.id, r])));
  return rulesByLocale.get(locale).get(rule);
}

/** A new element with its text and class. */
export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function sourceList(sources) {
  const list = element('ul', null, 'sources');
  list.append(...sources.map(renderSource));
  return list;
}

/** A province's name (`430000` → 湖南省), or "all provinces" for `000000`. */
export function placeName(code, locale) {
  if (code === '000000') return locale === 'en' ? 'all provinces' : '全国';
  return listDivisions().find((d) => d.code === code)?.name ?? code;
}

/** Opens the catalogue entry of `rule` in a modal dialog; with the id of a
 * province requirement (`R-LOC-1@140000`), that requirement comes first. */
export function showRule(rule, requirementId, locale = pageLocale()) {
  const t = DIALOG_TEXT[locale];
  const entry = catalogueEntry(rule, locale);
  let dialog = document.getElementById('rule-dialog');
  if (!dialog) {
    dialog = element('dialog', null, 'rule-dialog');
    dialog.id = 'rule-dialog';
    dialog.setAttribute('aria-labelledby', 'rule-dialog-title');
    dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
    document.body.append(dialog);
  }
  const title = element('h2', entry ? `${rule} · ${entry.title}` : rule);
  title.id = 'rule-dialog-title';
  const body = [title];
  const province = requirementId?.split('@')[1];
  const requirement = province && provinceRequirements(province, { locale }).find((r) => r.id === requirementId);
  if (requirement) {
    const box = element('section', null, 'requirement');
    box.dataset.severity = requirement.severity;
    box.append(element('h3', t.requirement(placeName(requirement.province, locale))), element('p', requirement.text),
      element('p', `${t.firmness}: ${requirement.firmness}`, 'firmness'), sourceList(requirement.sources));
    if (requirement.against.length) box.append(element('h3', t.against), sourceList(requirement.against));
    body.push(box);
  }
  if (entry) {
    const codes = element('ul', null, 'codes');
    codes.append(...entry.codes.map((c) => {
      const item = element('li');
      item.dataset.code = c.code;
      // The message template with its blanks shown as "…".
      item.append(element('code', c.code), ` (${SEVERITY[locale][c.severity] ?? c.severity}) ${c.message.replace(/(\{[A-Za-z]+\})+/g, '…')}`);
      return item;
    }));
    body.push(element('h3', t.checks), element('p', entry.checks), element('h3', t.severity), element('p', entry.severity),
      element('h3', t.codes), codes);
    if (entry.sources.length) body.push(element('h3', t.sources), sourceList(entry.sources));
    if (entry.provinces.length) body.push(element('p', t.provinces(entry.provinces.length), 'hint'));
  }
  const close = element('button', t.close, 'toggle');
  close.type = 'button';
  close.addEventListener('click', () => dialog.close());
  const form = element('div', null, 'dialog-actions');
  form.append(close);
  dialog.replaceChildren(...body, form);
  if (!dialog.open) dialog.showModal();
  close.focus();
}

document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-rule-link]');
  if (button) showRule(button.dataset.ruleLink, button.dataset.requirement);
});
