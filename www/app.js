// The demo page: checks the ID number on every keystroke with the wasm build
// of beian-check and shows the findings. No framework, no network besides
// this site's own files; runs under a strict Content-Security-Policy.
import init, { validateIdNumber } from '/pkg/beian_check.js';

const TEXT = {
  'zh-CN': {
    tagline: 'ICP 备案信息填写校验',
    idTitle: '主体负责人证件',
    idHint: '输入 18 位居民身份证号码，边输入边校验。全角数字、空格和小写 x 会自动规范化。',
    idLabel: '证件号码（居民身份证）',
    asOfLabel: '判定日期',
    normalized: '规范化号码',
    birthDate: '出生日期',
    sex: '性别',
    age: '年龄',
    privacy: '所有校验都在本机浏览器中用 WebAssembly 完成，输入内容不会发送到任何服务器。',
    idle: '请输入证件号码',
    valid: '✓ 证件号码有效',
    invalid: '✗ 证件号码有误',
    male: '男',
    female: '女',
    years: (n) => `${n} 周岁`,
    severity: { error: '错误', warning: '提示', material: '材料' },
    toggle: 'English',
  },
  en: {
    tagline: 'Checks ICP filing (备案) forms as you type',
    idTitle: "Subject owner's identity document",
    idHint: 'Type an 18-character resident ID; it is checked on every keystroke. Full-width digits, spaces and a lower-case x are normalised.',
    idLabel: 'ID number (resident ID card)',
    asOfLabel: 'Judged on',
    normalized: 'Normalised',
    birthDate: 'Birth date',
    sex: 'Sex',
    age: 'Age',
    privacy: 'Every check runs in this browser with WebAssembly; nothing you type is sent anywhere.',
    idle: 'Enter an ID number',
    valid: '✓ The ID number is valid',
    invalid: '✗ The ID number has errors',
    male: 'male',
    female: 'female',
    years: (n) => `${n} years`,
    severity: { error: 'error', warning: 'warning', material: 'material' },
    toggle: '中文',
  },
};

const $ = (id) => document.getElementById(id);
const idInput = $('id-number');
const asOfInput = $('as-of');
let locale = 'zh-CN';

function todayInChina() {
  // The filing is judged in China Standard Time (UTC+8).
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function renderFinding(finding, t) {
  const item = document.createElement('li');
  item.className = 'finding';
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  item.dataset.code = finding.code;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = t.severity[finding.severity] ?? finding.severity;
  const code = document.createElement('code');
  code.textContent = `${finding.rule} · ${finding.code}`;
  meta.append(badge, code);
  const message = document.createElement('div');
  message.className = 'message';
  message.textContent = finding.message;
  item.append(meta, message);
  return item;
}

function update() {
  const t = TEXT[locale];
  const status = $('status');
  const details = $('details');
  const list = $('findings');
  if (idInput.value.trim() === '') {
    status.dataset.state = 'idle';
    status.textContent = t.idle;
    details.hidden = true;
    list.replaceChildren();
    return;
  }
  const result = validateIdNumber(idInput.value, { locale, asOf: asOfInput.value || undefined });
  status.dataset.state = result.ok ? 'ok' : 'error';
  status.textContent = result.ok ? t.valid : t.invalid;
  $('d-normalized').textContent = result.normalized ?? '—';
  $('d-birth').textContent = result.birthDate ?? '—';
  $('d-sex').textContent = result.sex ? t[result.sex] : '—';
  $('d-age').textContent = result.age == null ? '—' : t.years(result.age);
  details.hidden = result.normalized == null;
  list.replaceChildren(...result.findings.map((f) => renderFinding(f, t)));
}

function applyLocale() {
  const t = TEXT[locale];
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  $('locale').textContent = t.toggle;
  update();
}

await init();
asOfInput.value = todayInChina();
idInput.addEventListener('input', update);
asOfInput.addEventListener('input', update);
$('locale').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  applyLocale();
});
applyLocale();
document.body.dataset.ready = 'true';
