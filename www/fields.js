// The single-field page of the demo: a region picker fed by listDivisions()
// and one card per field check (identity document, unit certificate,
// contacts, website), each run on every keystroke. No framework, no network
// besides this site's own files; runs under a strict Content-Security-Policy.
import {
  validateIdNumber, detectIdKind, listDivisions, validateUnitCode, listSubjectNatures, certificateTypesFor,
  validatePhone, validateDomain, validateHomepageUrl, validateAppIdentifier, validateSigningFingerprint, validatePublicKey,
} from '/pkg/index.js';
import { $, loadCore, todayInChina, option, renderFinding, describeControl, announce } from './common.js';

const KINDS = ['resident_id', 'resident_id_15', 'hmt_residence_permit', 'hk_macau_permit', 'taiwan_permit', 'passport',
  'foreign_permanent_resident'];

const TEXT = {
  'zh-CN': {
    tagline: 'ICP 备案信息填写校验',
    navForm: '备案表单',
    navFields: '单项校验',
    navDom: '原生表单',
    regionTitle: '备案地域',
    regionHint: '省、市、区县来自 GB/T 2260 行政区划代码（仅列出现行代码）。',
    province: '省份',
    city: '城市',
    district: '区县',
    choose: '请选择',
    none: '（无）',
    regionCode: (code) => `地区代码：${code}`,
    unitTitle: '主办单位证件',
    unitHint: '主办者性质决定可用的证件类型（腾讯云《各省管局要求》）；统一社会信用代码会与性质、备案省份核对。',
    natureLabel: '主办者性质',
    certificateLabel: '证件类型',
    unitNumberLabel: '证件号码',
    registration: '登记管理部门 · 机构类别',
    registeredIn: '登记地',
    orgCode: '组织机构代码',
    national: '中央登记',
    unitIdle: '请输入单位证件号码',
    unitValid: '✓ 证件号码有效',
    unitInvalid: '✗ 证件号码有误',
    personalHint: '个人备案的证件在下方“主体负责人证件”中填写。',
    appTitle: 'APP 备案特征信息',
    appHint: '每个平台填写自己的包名、签名证书指纹和公钥：Android 填 MD5，iOS 和鸿蒙填 SHA-1。',
    platformLabel: '运行平台',
    appIdLabel: '包名 / Bundle ID / AppID',
    fingerprintLabel: '签名证书指纹（MD5 / SHA-1）',
    publicKeyLabel: '签名证书公钥',
    platforms: { android: 'Android', ios: 'iOS', harmony: '鸿蒙', quick_app: '快应用', wechat: '微信小程序', douyin: '抖音小程序', alipay: '支付宝小程序' },
    appInfo: (r) => [r.algorithm && `指纹：${r.algorithm.toUpperCase()}`, r.encoding && `公钥：${r.encoding}${r.bits ? `，RSA-${r.bits}` : ''}`].filter(Boolean).join(' · '),
    siteTitle: '网站',
    siteHint: '填写主域名（不含 www），首页网址须在域名之下。',
    domainLabel: '网站域名',
    urlLabel: '首页网址',
    domainInfo: (r) => (r.unicode !== r.ascii ? `国际化域名，编码形式：${r.ascii}` : `主域名 ${r.registrable ?? '—'} · 后缀 .${r.suffix ?? '—'}`),
    phoneTitle: '联系方式',
    phoneHint: '座机区号须与通信地址所在城市相符（取上方备案地域）；手机号码显示归属地。',
    mobileLabel: '手机号码（联系方式 1）',
    landlineLabel: '办公电话（座机）',
    home: (l) => `手机归属地：${l.province === l.city ? l.city : l.province + l.city}`,
    area: (r) => `区号 ${r.areaCode}：${r.location.province === r.location.city ? r.location.city : r.location.province + r.location.city}`,
    idTitle: '主体负责人证件',
    idHint: '边输入边校验。全角数字、空格和小写字母会自动规范化；“自动识别”会根据号码判断证件类型。',
    kindLabel: '证件类型',
    idLabel: '证件号码',
    asOfLabel: '判定日期',
    normalized: '规范化号码',
    birthDate: '出生日期',
    sex: '性别',
    age: '年龄',
    birthplace: '出生地 / 地区',
    privacy: '所有校验都在本机浏览器中用 WebAssembly 完成，输入内容不会发送到任何服务器。',
    idle: '请输入证件号码',
    valid: '✓ 证件号码有效',
    invalid: '✗ 证件号码有误',
    male: '男',
    female: '女',
    years: (n) => `${n} 周岁`,
    retired: (year) => `${year} 年后撤销`,
    toggle: 'English',
    auto: '自动识别',
    detected: (label) => `（识别为${label}）`,
    kinds: {
      resident_id: '居民身份证',
      resident_id_15: '一代身份证（15 位）',
      hmt_residence_permit: '港澳台居民居住证',
      hk_macau_permit: '港澳居民来往内地通行证',
      taiwan_permit: '台湾居民来往大陆通行证',
      passport: '护照',
      foreign_permanent_resident: '外国人永久居留身份证',
    },
    regions: { hong_kong: '香港', macau: '澳门', taiwan: '台湾' },
  },
  en: {
    tagline: 'Checks ICP filing (备案) forms as you type',
    navForm: 'Filing form',
    navFields: 'Single fields',
    navDom: 'Plain forms',
    regionTitle: 'Filing region',
    regionHint: 'Provinces, cities and counties come from the GB/T 2260 division codes (current codes only).',
    province: 'Province',
    city: 'City',
    district: 'District / county',
    choose: 'Choose',
    none: '(none)',
    regionCode: (code) => `Division code: ${code}`,
    unitTitle: "Unit's certificate",
    unitHint: 'The subject nature decides the certificate types (Tencent Cloud《各省管局要求》); a unified social credit code is checked against the nature and the filing province.',
    natureLabel: 'Subject nature',
    certificateLabel: 'Certificate type',
    unitNumberLabel: 'Certificate number',
    registration: 'Registration authority · category',
    registeredIn: 'Registered in',
    orgCode: 'Organisation code',
    national: 'central registration',
    unitIdle: 'Enter the certificate number',
    unitValid: '✓ The number is valid',
    unitInvalid: '✗ The number has errors',
    personalHint: 'A personal filing enters its identity document below.',
    appTitle: 'APP filing: feature information',
    appHint: "Each platform has its own package name, signing fingerprint and public key: Android takes the MD5, iOS and HarmonyOS the SHA-1.",
    platformLabel: 'Platform',
    appIdLabel: 'Package name / Bundle ID / AppID',
    fingerprintLabel: 'Signing fingerprint (MD5 / SHA-1)',
    publicKeyLabel: 'Signing public key',
    platforms: { android: 'Android', ios: 'iOS', harmony: 'HarmonyOS', quick_app: 'Quick app', wechat: 'WeChat mini-program', douyin: 'Douyin mini-program', alipay: 'Alipay mini-program' },
    appInfo: (r) => [r.algorithm && `fingerprint: ${r.algorithm.toUpperCase()}`, r.encoding && `key: ${r.encoding}${r.bits ? `, RSA-${r.bits}` : ''}`].filter(Boolean).join(' · '),
    siteTitle: 'Website',
    siteHint: 'Enter the registered domain (no www); the homepage URL must be under it.',
    domainLabel: 'Domain',
    urlLabel: 'Homepage URL',
    domainInfo: (r) => (r.unicode !== r.ascii ? `Internationalised domain, encoded: ${r.ascii}` : `Registered domain ${r.registrable ?? '—'} · suffix .${r.suffix ?? '—'}`),
    phoneTitle: 'Contacts',
    phoneHint: "The landline's area code must match the mailing city (the filing region above); the mobile shows where it is registered.",
    mobileLabel: 'Mobile (contact 1)',
    landlineLabel: 'Office phone (landline)',
    home: (l) => `Mobile registered in ${l.province === l.city ? l.city : l.province + l.city}`,
    area: (r) => `Area code ${r.areaCode}: ${r.location.province === r.location.city ? r.location.city : r.location.province + r.location.city}`,
    idTitle: "Subject owner's identity document",
    idHint: 'Checked on every keystroke. Full-width digits, spaces and lower-case letters are normalised; "Detect" picks the document type from the number.',
    kindLabel: 'Document',
    idLabel: 'Number',
    asOfLabel: 'Judged on',
    normalized: 'Normalised',
    birthDate: 'Birth date',
    sex: 'Sex',
    age: 'Age',
    birthplace: 'Birthplace / region',
    privacy: 'Every check runs in this browser with WebAssembly; nothing you type is sent anywhere.',
    idle: 'Enter a document number',
    valid: '✓ The number is valid',
    invalid: '✗ The number has errors',
    male: 'male',
    female: 'female',
    years: (n) => `${n} years`,
    retired: (year) => `retired after ${year}`,
    toggle: '中文',
    auto: 'Detect',
    detected: (label) => ` (detected: ${label})`,
    kinds: {
      resident_id: 'Resident ID card',
      resident_id_15: 'First-generation ID (15 digits)',
      hmt_residence_permit: 'HK/Macau/Taiwan residence permit',
      hk_macau_permit: 'HK/Macau travel permit',
      taiwan_permit: 'Taiwan travel permit',
      passport: 'Passport',
      foreign_permanent_resident: 'Foreign permanent residence ID',
    },
    regions: { hong_kong: 'Hong Kong', macau: 'Macau', taiwan: 'Taiwan' },
  },
};

const idInput = $('id-number');
const asOfInput = $('as-of');
const kindSelect = $('id-kind');
const regionSelects = [$('region-province'), $('region-city'), $('region-district')];
let locale = 'zh-CN';


// ---- region picker ----------------------------------------------------

/** Fills the select at `level` with the children of `parent` and clears the levels below. */
function fillRegion(level, parent) {
  const t = TEXT[locale];
  for (const select of regionSelects.slice(level)) {
    select.replaceChildren();
    select.disabled = true;
  }
  const select = regionSelects[level];
  if (level > 0 && !parent) return;
  const children = listDivisions(parent ?? undefined);
  select.append(option('', children.length ? t.choose : t.none));
  for (const d of children) select.append(option(d.code, d.name));
  select.disabled = children.length === 0;
}

function showRegionCode() {
  const chosen = regionSelects.map((s) => s.value).filter(Boolean);
  $('region-code').textContent = chosen.length ? TEXT[locale].regionCode(chosen.at(-1)) : '';
}

regionSelects.forEach((select, level) => {
  select.addEventListener('change', () => {
    if (level < 2) fillRegion(level + 1, select.value);
    showRegionCode();
    updateUnit();
    updatePhones();
    updateSite();
  });
});

// ---- unit certificate ---------------------------------------------------

const natureSelect = $('unit-nature');
const certificateSelect = $('unit-certificate');
const unitInput = $('unit-number');

function fillCertificates() {
  const types = certificateTypesFor(natureSelect.value);
  certificateSelect.replaceChildren(...types.map((t) => option(t.code, t.label)));
}

/** Shows a result's status line and findings in the elements given, and describes `control` by them. */
function showResult(result, status, list, control, [validText, invalidText]) {
  status.dataset.state = result.ok ? 'ok' : 'error';
  announce(status, result.ok ? validText : invalidText);
  list.replaceChildren(...result.findings.map((f) => renderFinding(f, locale)));
  describeControl(control, [...list.children]);
}

/** Findings of several controls in one list: each item is marked with its control's key and describes it. */
function showFindings(list, results, controls) {
  list.replaceChildren(...results.flatMap(([key, r]) => r.findings.map((f) => {
    const item = renderFinding(f, locale);
    item.dataset.field = key;
    return item;
  })));
  for (const [key, control] of Object.entries(controls)) {
    describeControl(control, [...list.children].filter((item) => item.dataset.field === key));
  }
}

function updateUnit() {
  const t = TEXT[locale];
  const status = $('unit-status');
  const details = $('unit-details');
  const list = $('unit-findings');
  const personal = natureSelect.value === 'personal';
  unitInput.disabled = personal;
  if (personal || unitInput.value.trim() === '') {
    status.dataset.state = 'idle';
    announce(status, personal ? t.personalHint : t.unitIdle);
    details.hidden = true;
    list.replaceChildren();
    describeControl(unitInput, []);
    return;
  }
  const result = validateUnitCode(unitInput.value, {
    nature: natureSelect.value,
    certificateType: certificateSelect.value,
    province: regionSelects[0].value || undefined,
    locale,
  });
  showResult(result, status, list, unitInput, [t.unitValid, t.unitInvalid]);
  $('u-registration').textContent = result.authority
    ? `${result.authority.code} ${result.authority.name} · ${result.category ? `${result.category.code} ${result.category.name}` : '—'}`
    : '—';
  $('u-place').textContent = result.national ? t.national : result.division ? `${result.division.province} ${result.division.name}` : '—';
  $('u-org').textContent = result.orgCode ?? '—';
  details.hidden = result.kind === 'other' || result.normalized == null;
}

// ---- contacts -------------------------------------------------------------

const mobileInput = $('phone-mobile');
const landlineInput = $('phone-landline');

function updatePhones() {
  const t = TEXT[locale];
  const [province, city, district] = regionSelects.map((s) => s.value || undefined);
  const results = [];
  if (mobileInput.value.trim()) results.push(['mobile', validatePhone(mobileInput.value, { kind: 'mobile', province, locale })]);
  if (landlineInput.value.trim()) {
    results.push(['landline', validatePhone(landlineInput.value, { kind: 'landline', cityCode: district ?? city, locale })]);
  }
  const info = results.flatMap(([kind, r]) => {
    if (kind === 'mobile' && r.location) return [t.home(r.location)];
    if (kind === 'landline' && r.location) return [t.area(r)];
    return [];
  });
  $('phone-info').textContent = info.join(' · ');
  showFindings($('phone-findings'), results, { mobile: mobileInput, landline: landlineInput });
}

// ---- website --------------------------------------------------------------

const domainInput = $('site-domain');
const urlInput = $('site-url');

function updateSite() {
  const t = TEXT[locale];
  const province = regionSelects[0].value || undefined;
  const results = [];
  let domainResult = null;
  if (domainInput.value.trim()) {
    domainResult = validateDomain(domainInput.value, { province, locale });
    results.push(['domain', domainResult]);
  }
  if (urlInput.value.trim()) {
    const domains = domainInput.value.trim() ? [domainInput.value] : [];
    results.push(['url', validateHomepageUrl(urlInput.value, { domains, locale })]);
  }
  $('site-info').textContent = domainResult?.ascii ? t.domainInfo(domainResult) : '';
  showFindings($('site-findings'), results, { domain: domainInput, url: urlInput });
}

// ---- APP feature information -----------------------------------------------

const platformSelect = $('app-platform');
const appIdInput = $('app-id');
const fingerprintInput = $('app-fingerprint');
const keyInput = $('app-key');

function updateApp() {
  const t = TEXT[locale];
  const platform = platformSelect.value;
  const native = ['android', 'ios', 'harmony'].includes(platform);
  // Mini-programs and quick apps have no signing certificate in the filing.
  for (const input of [fingerprintInput, keyInput]) input.closest('.fields').hidden = !native;
  const options = { platform, locale };
  const results = [];
  if (appIdInput.value.trim()) results.push(['id', validateAppIdentifier(appIdInput.value, options)]);
  let fingerprint = null;
  let key = null;
  if (native && fingerprintInput.value.trim()) results.push(['fingerprint', fingerprint = validateSigningFingerprint(fingerprintInput.value, options)]);
  if (native && keyInput.value.trim()) results.push(['key', key = validatePublicKey(keyInput.value, options)]);
  $('app-info').textContent = t.appInfo({ algorithm: fingerprint?.algorithm, encoding: key?.encoding, bits: key?.bits });
  showFindings($('app-findings'), results, { id: appIdInput, fingerprint: fingerprintInput, key: keyInput });
}

// ---- identity document --------------------------------------------------

function renderPlace(result, t) {
  const dd = $('d-place');
  dd.replaceChildren();
  if (result.division) {
    const d = result.division;
    dd.append(d.level === 'province' ? d.name : `${d.province} ${d.name}`);
    if (d.retired) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = t.retired(d.validTo);
      dd.append(tag);
    }
  } else {
    dd.append(result.region ? t.regions[result.region] : '—');
  }
}

function update() {
  const t = TEXT[locale];
  const status = $('status');
  const details = $('details');
  const list = $('findings');
  const autoOption = kindSelect.options[0];
  autoOption.textContent = t.auto;
  if (idInput.value.trim() === '') {
    status.dataset.state = 'idle';
    announce(status, t.idle);
    details.hidden = true;
    list.replaceChildren();
    describeControl(idInput, []);
    return;
  }
  let kind = kindSelect.value;
  if (kind === 'auto') {
    kind = detectIdKind(idInput.value) ?? 'resident_id';
    autoOption.textContent = t.auto + t.detected(t.kinds[kind]);
  }
  const result = validateIdNumber(idInput.value, { kind, locale, asOf: asOfInput.value || undefined });
  showResult(result, status, list, idInput, [t.valid, t.invalid]);
  $('d-normalized').textContent = result.normalized ?? '—';
  $('d-birth').textContent = result.birthDate ?? '—';
  $('d-sex').textContent = result.sex ? t[result.sex] : '—';
  $('d-age').textContent = result.age == null ? '—' : t.years(result.age);
  renderPlace(result, t);
  details.hidden = result.normalized == null;
}

function applyLocale() {
  const t = TEXT[locale];
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  $('locale').textContent = t.toggle;
  $('locale').lang = locale === 'zh-CN' ? 'en' : 'zh-CN';
  for (const o of kindSelect.options) if (o.value !== 'auto') o.textContent = t.kinds[o.value];
  for (const select of regionSelects) if (select.options[0]) select.options[0].textContent = select.options.length > 1 ? t.choose : t.none;
  showRegionCode();
  update();
  updateUnit();
  updatePhones();
  updateSite();
  for (const o of platformSelect.options) o.textContent = t.platforms[o.value];
  updateApp();
}

await loadCore();
asOfInput.value = todayInChina();
kindSelect.append(option('auto', TEXT[locale].auto), ...KINDS.map((k) => option(k, TEXT[locale].kinds[k])));
kindSelect.value = 'resident_id';
fillRegion(0, null);
natureSelect.append(...listSubjectNatures().map((n) => option(n.code, n.label)));
natureSelect.value = 'enterprise';
fillCertificates();
natureSelect.addEventListener('input', () => {
  fillCertificates();
  updateUnit();
});
for (const element of [certificateSelect, unitInput]) element.addEventListener('input', updateUnit);
for (const element of [mobileInput, landlineInput]) element.addEventListener('input', updatePhones);
for (const element of [domainInput, urlInput]) element.addEventListener('input', updateSite);
platformSelect.append(...Object.keys(TEXT[locale].platforms).map((p) => option(p, TEXT[locale].platforms[p])));
for (const element of [platformSelect, appIdInput, fingerprintInput, keyInput]) element.addEventListener('input', updateApp);
for (const element of [idInput, asOfInput, kindSelect]) element.addEventListener('input', update);
$('locale').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  applyLocale();
});
applyLocale();
document.body.dataset.ready = 'true';
