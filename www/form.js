// The filing-form page of the demo: a version of the provider console's ICP
// filing form. Every input runs validateFiling() on the whole form; each
// finding is shown next to the field at its path, and the summary lists the
// errors, warnings and materials. No framework, no network besides this
// site's own files; runs under a strict Content-Security-Policy.
import { validateFiling, listDivisions, listSubjectNatures, certificateTypesFor, provinceRequirements } from '/pkg/index.js';
import {
  $, loadCore, todayInChina, option, element, renderFinding, renderSource, ruleButton, placeName, SEVERITY, describeControl, announce,
} from './common.js';
import { EXAMPLES } from './examples.js';

const ID_KINDS = ['resident_id', 'hk_macau_permit', 'taiwan_permit', 'passport', 'hmt_residence_permit',
  'foreign_permanent_resident', 'resident_id_15'];
const SERVICE_CONTENT = ['综合门户', '单位门户网站', '博客/个人空间', '其他'];
const APP_KINDS = ['app', 'mini_program', 'quick_app'];
const APP_PLATFORMS = ['android', 'ios', 'harmony', 'quick_app', 'wechat', 'douyin', 'alipay'];
const NATIVE_PLATFORMS = ['android', 'ios', 'harmony'];
const PRE_APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '电子公告服务', '文化', '广播电影电视节目', '以上都不涉及'];

const TEXT = {
  'zh-CN': {
    tagline: 'ICP 备案信息填写校验', navForm: '备案表单', navFields: '单项校验', navDom: '原生表单', toggle: 'English',
    examples: '载入示例：', exChoose: '（选择一个示例）', exEmpty: '清空',
    provinceTitle: (place) => `${place}的备案要求`, provinceNone: '全国通用的备案要求（请选择省份）',
    provinceCounts: (c) => `本工具检查 ${c.checked} 项 · 材料 ${c.material} 份 · 需自行确认 ${c.other} 项`,
    provinceHint: '各省管局的要求来自接入商公开文档（每条注明来源与日期）。多方来源一致且较新的才判为错误，其余为提示。',
    groupChecked: '本工具检查', groupMaterial: '需准备的材料', groupOther: '需自行确认（无法从表单判断）',
    severityOf: { national: '全国', none: '允许', unchecked: '未检查', process: '流程' },
    basicsTitle: '备案类型与地域', previousTitle: '原备案主体（变更备案）',
    previousHint: '个人只能变更为本人担任法定代表人的单位；单位变更只接受更名（附更名函）；不支持从 A 主体变成 B 主体。',
    subjectTitle: '主办者信息', ownerTitle: '主体负责人', websiteTitle: (i) => `网站 ${i + 1}`,
    addWebsite: '＋ 添加网站', removeWebsite: '删除', sameOwner: '网站负责人与主体负责人相同',
    websiteOwnerTitle: '网站负责人',
    summaryTitle: '校验结果', errors: '错误', warnings: '提示', materials: '材料', materialsTitle: '需准备的材料',
    noMaterials: '（无）', verdictOk: '✓ 没有错误，可以提交',
    jump: (e, w, m) => `${e} 处错误 · ${w} 条提示 · ${m} 份材料`, jumpGo: '查看结果',
    announce: (e, w, m) => `校验结果：${e} 处错误，${w} 条提示，${m} 份材料`, verdictBad: (n) => `✗ ${n} 处错误需要修改`,
    timing: (ms) => `validateFiling：${ms} ms`, line: (n) => `第 ${n} 行`,
    privacy: '所有校验都在本机浏览器中用 WebAssembly 完成，输入内容不会发送到任何服务器。',
    choose: '请选择', none: '（无）',
    kind: '备案类型', personal: '个人', unit: '单位', filingType: '备案场景', new: '首次备案', access: '新增接入',
    new_website: '新增网站', change: '变更备案', province: '省份', city: '城市', district: '区县', asOf: '判定日期',
    nature: '主办者性质', subjectName: '主办者名称', certificateType: '证件类型', certificateNumber: '证件号码',
    legalName: '法定代表人姓名', legalIdType: '法定代表人证件类型', legalIdNumber: '法定代表人证件号码',
    mailingAddress: '通信地址', businessScope: '经营范围', subjectRemark: '主体备注', accountPhone: '账号绑定手机',
    personName: '姓名', idType: '证件类型', idNumber: '证件号码', mobile: '手机号码（联系方式 1）',
    phone: '办公电话（联系方式 2）', emergencyPhone: '应急联系电话', email: '电子邮箱', idValidTo: '证件有效期至',
    siteName: '网站名称', domains: '网站域名（每行一个）', homepageUrls: '首页网址（每行一个）',
    serviceContent: '服务内容', preApprovals: '前置审批', siteRemark: '网站备注', registrant: '域名注册人（实名）',
    registeredElsewhere: '域名不在本接入商注册', registrarAbroad: '域名注册商所在地',
    appTitle: (i) => `APP / 小程序 ${i + 1}`, addApp: '＋ 添加 APP / 小程序 / 快应用', removeApp: '删除',
    appKind: '类型', appName: '名称（各平台同名则同一项）', appDomains: 'APP 使用的域名（每行一个）',
    appService: '服务内容（每行一个类目）', appPreApprovals: '前置审批（每行一项；不涉及填“以上都不涉及”）',
    appRemark: '备注（小程序 20–200 字）', platformsTitle: '运行平台',
    platform: '平台', identifier: '包名 / Bundle ID / AppID', fingerprint: '签名证书指纹（Android 为 MD5，iOS 和鸿蒙为 SHA-1）',
    publicKey: '签名证书公钥', addPlatform: '＋ 添加平台', removePlatform: '删除平台',
    appSameOwner: '负责人与主体负责人相同', appOwnerTitle: 'APP / 小程序负责人',
    appKinds: { app: 'APP', mini_program: '小程序', quick_app: '快应用' },
    existingFilings: '主体已备案的小程序数',
    platforms: { android: 'Android', ios: 'iOS', harmony: '鸿蒙', quick_app: '快应用', wechat: '微信小程序', douyin: '抖音小程序', alipay: '支付宝小程序' },
    registrarPlace: { '': '未说明', false: '境内', true: '境外' },
    previousKind: '原备案类型', previousProvince: '原备案省份', previousName: '原主办者名称',
    previousCertificate: '原证件号码', previousOwnerId: '原负责人证件号码',
    kinds: {
      resident_id: '居民身份证', resident_id_15: '一代身份证（15 位）', hmt_residence_permit: '港澳台居民居住证',
      hk_macau_permit: '港澳居民来往内地通行证', taiwan_permit: '台湾居民来往大陆通行证', passport: '护照',
      foreign_permanent_resident: '外国人永久居留身份证',
    },
  },
  en: {
    tagline: 'Checks ICP filing (备案) forms as you type', navForm: 'Filing form', navFields: 'Single fields', navDom: 'Plain forms', toggle: '中文',
    examples: 'Load an example:', exChoose: '(choose an example)', exEmpty: 'Clear',
    provinceTitle: (place) => `What ${place} asks`, provinceNone: 'What every province asks (choose a province)',
    provinceCounts: (c) => `${c.checked} checked here · ${c.material} documents · ${c.other} to confirm yourself`,
    provinceHint: "Each province's requirements come from the providers' public documents (each with its source and date). Only what several recent sources agree on is an error; the rest are warnings.",
    groupChecked: 'Checked here', groupMaterial: 'Documents to prepare', groupOther: 'To confirm yourself (a form cannot show it)',
    severityOf: { national: 'national', none: 'allowed', unchecked: 'not checked', process: 'process' },
    basicsTitle: 'Filing type and region', previousTitle: 'The filed subject (change filing)',
    previousHint: 'A person can change only to a company the person legally represents; a company only by renaming (with a rename letter); never subject A to subject B.',
    subjectTitle: 'Subject', ownerTitle: 'Subject owner', websiteTitle: (i) => `Website ${i + 1}`,
    addWebsite: '+ Add a website', removeWebsite: 'Remove', sameOwner: 'The website owner is the subject owner',
    websiteOwnerTitle: 'Website owner',
    summaryTitle: 'Result', errors: 'errors', warnings: 'warnings', materials: 'materials', materialsTitle: 'Materials to prepare',
    noMaterials: '(none)', verdictOk: '✓ No errors: ready to submit',
    jump: (e, w, m) => `${e} error${e === 1 ? '' : 's'} · ${w} warning${w === 1 ? '' : 's'} · ${m} material${m === 1 ? '' : 's'}`,
    jumpGo: 'Result',
    announce: (e, w, m) => `Result: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${m} material${m === 1 ? '' : 's'}`, verdictBad: (n) => `✗ ${n} error${n === 1 ? '' : 's'} to fix`,
    timing: (ms) => `validateFiling: ${ms} ms`, line: (n) => `line ${n}`,
    privacy: 'Every check runs in this browser with WebAssembly; nothing you type is sent anywhere.',
    choose: 'Choose', none: '(none)',
    kind: 'Filing kind', personal: 'Personal', unit: 'Unit', filingType: 'Filing type', new: 'New filing', access: 'New access',
    new_website: 'New website', change: 'Change', province: 'Province', city: 'City', district: 'District', asOf: 'Judged on',
    nature: 'Subject nature', subjectName: 'Subject name', certificateType: 'Certificate type', certificateNumber: 'Certificate number',
    legalName: 'Legal representative', legalIdType: "Legal representative's document", legalIdNumber: "Legal representative's ID number",
    mailingAddress: 'Mailing address', businessScope: 'Business scope', subjectRemark: 'Subject remark', accountPhone: "Account's bound phone",
    personName: 'Name', idType: 'Document', idNumber: 'Document number', mobile: 'Mobile (contact 1)',
    phone: 'Office phone (contact 2)', emergencyPhone: 'Emergency phone', email: 'E-mail', idValidTo: 'Document valid until',
    siteName: 'Website name', domains: 'Domains (one per line)', homepageUrls: 'Homepage URLs (one per line)',
    serviceContent: 'Service content', preApprovals: 'Pre-approvals', siteRemark: 'Website remark', registrant: 'Domain registrant (real name)',
    registeredElsewhere: 'Domain registered with another registrar', registrarAbroad: 'Where the registrar is',
    appTitle: (i) => `App ${i + 1}`, addApp: '+ Add an app, mini-program or quick app', removeApp: 'Remove',
    appKind: 'Kind', appName: 'Name (one name on several platforms is one entry)', appDomains: 'Domains the app uses (one per line)',
    appService: 'Service content (one category per line)', appPreApprovals: 'Pre-approvals (one per line; 以上都不涉及 when none applies)',
    appRemark: 'Remark (a mini-program: 20–200 characters)', platformsTitle: 'Platforms',
    platform: 'Platform', identifier: 'Package name / Bundle ID / AppID', fingerprint: 'Signing certificate fingerprint (Android MD5, iOS and HarmonyOS SHA-1)',
    publicKey: 'Signing certificate public key', addPlatform: '+ Add a platform', removePlatform: 'Remove platform',
    appSameOwner: 'The owner is the subject owner', appOwnerTitle: 'App owner',
    appKinds: { app: 'Native app', mini_program: 'Mini-program', quick_app: 'Quick app' },
    existingFilings: "Mini-programs the subject has filed",
    platforms: { android: 'Android', ios: 'iOS', harmony: 'HarmonyOS', quick_app: 'Quick app', wechat: 'WeChat mini-program', douyin: 'Douyin mini-program', alipay: 'Alipay mini-program' },
    registrarPlace: { '': 'not stated', false: 'in China', true: 'abroad' },
    previousKind: 'Filed kind', previousProvince: 'Filed province', previousName: 'Filed subject name',
    previousCertificate: 'Filed certificate number', previousOwnerId: "Filed owner's ID number",
    kinds: {
      resident_id: 'Resident ID card', resident_id_15: 'First-generation ID (15 digits)', hmt_residence_permit: 'HK/Macau/Taiwan residence permit',
      hk_macau_permit: 'HK/Macau travel permit', taiwan_permit: 'Taiwan travel permit', passport: 'Passport',
      foreign_permanent_resident: 'Foreign permanent residence ID',
    },
  },
};

let locale = 'zh-CN';
const text = () => TEXT[locale];

// ---- building the form ---------------------------------------------------

/** Field wrappers by the form path they edit. */
const fields = new Map();

/** A labelled control editing `path`, with the list its findings go into. */
function field(path, labelKey, control, { only, wide } = {}) {
  const wrapper = document.createElement('div');
  wrapper.className = `field${wide ? ' wide' : ''}`;
  wrapper.dataset.field = path;
  if (only) wrapper.dataset.only = only;
  const label = document.createElement(control.dataset.kind === 'checks' ? 'span' : 'label');
  label.className = 'label';
  label.dataset.i18n = labelKey;
  control.id = `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
  control.dataset.path = path;
  if (label.tagName === 'LABEL') label.htmlFor = control.id;
  else {
    label.id = `${control.id}-label`;
    control.setAttribute('aria-labelledby', label.id);
  }
  const list = document.createElement('ul');
  list.className = 'field-findings findings';
  if (control.type === 'checkbox') {
    wrapper.classList.add('check');
    wrapper.append(control, label, list);
  } else {
    wrapper.append(label, control, list);
  }
  fields.set(path, wrapper);
  return wrapper;
}

function input(type = 'text', placeholder = '') {
  const element = document.createElement('input');
  element.type = type;
  element.autocomplete = 'off';
  element.spellcheck = false;
  element.placeholder = placeholder;
  if (type === 'checkbox') element.dataset.kind = 'bool';
  return element;
}

/** A yes / no / not-stated choice: an unanswered question is not a "no"
 * (R-DOM-3 warns when a province asks and the registrar is not stated). */
function yesNoUnknown() {
  const element = select(['', 'false', 'true']);
  element.dataset.kind = 'tristate';
  element.dataset.labels = 'registrarPlace';
  return element;
}

function select(values, labelOf = (v) => v) {
  const element = document.createElement('select');
  element.append(...values.map((v) => option(v, labelOf(v))));
  element.dataset.labels = values === ID_KINDS ? 'kinds' : values === APP_KINDS ? 'appKinds' : values === APP_PLATFORMS ? 'platforms' : '';
  return element;
}

function lines(placeholder) {
  const element = document.createElement('textarea');
  element.rows = 3;
  element.placeholder = placeholder;
  element.spellcheck = false;
  element.dataset.kind = 'lines';
  return element;
}

function textarea() {
  const element = document.createElement('textarea');
  element.rows = 2;
  return element;
}

function checks(values) {
  const group = document.createElement('div');
  group.className = 'checks';
  group.dataset.kind = 'checks';
  group.setAttribute('role', 'group');
  for (const value of values) {
    const label = document.createElement('label');
    const box = input('checkbox');
    delete box.dataset.kind;
    box.value = value;
    label.append(box, value);
    group.append(label);
  }
  return group;
}

const personFields = (prefix) => [
  field(`${prefix}.name`, 'personName', input('text', '张三')),
  field(`${prefix}.idType`, 'idType', select(ID_KINDS)),
  field(`${prefix}.idNumber`, 'idNumber', input('text', '11010519491231002X')),
  field(`${prefix}.mobile`, 'mobile', input('tel', '13800138000')),
  field(`${prefix}.phone`, 'phone', input('tel', '0755-86013388')),
  field(`${prefix}.emergencyPhone`, 'emergencyPhone', input('tel', '13912345678')),
  field(`${prefix}.email`, 'email', input('email', 'name@example.com')),
  field(`${prefix}.idValidTo`, 'idValidTo', input('text', '20310101 / 长期')),
];

function findingsList(group) {
  const list = document.createElement('ul');
  list.className = 'group-findings findings';
  list.dataset.group = group;
  return list;
}

function buildStaticFields() {
  const provinceNames = new Map(listDivisions().map((d) => [d.code, d.name]));
  const provinces = () => select(['', ...provinceNames.keys()], (code) => provinceNames.get(code) ?? '');
  $('basics-fields').append(
    field('kind', 'kind', select(['personal', 'unit'])),
    field('filingType', 'filingType', select(['new', 'access', 'new_website', 'change'])),
    field('region.province', 'province', provinces()),
    field('region.city', 'city', select([''])),
    field('region.district', 'district', select([''])),
  );
  const asOf = document.createElement('div');
  asOf.className = 'field';
  asOf.innerHTML = '<label class="label" for="as-of" data-i18n="asOf"></label><input id="as-of" type="date">';
  // An option of validateFiling, not a form field: the quota of R-APP-10.
  const existing = document.createElement('div');
  existing.className = 'field';
  existing.innerHTML = '<label class="label" for="existing-filings" data-i18n="existingFilings"></label>'
    + '<input id="existing-filings" type="number" min="0" step="1" inputmode="numeric">';
  $('basics-fields').append(asOf, existing);
  $('previous-fields').append(
    field('previous.kind', 'previousKind', select(['personal', 'unit'])),
    field('previous.region.province', 'previousProvince', provinces()),
    field('previous.subject.name', 'previousName', input()),
    field('previous.subject.certificateNumber', 'previousCertificate', input()),
    field('previous.subject.owner.idNumber', 'previousOwnerId', input()),
  );
  const natures = listSubjectNatures().filter((n) => n.code !== 'personal');
  $('subject-fields').append(
    field('subject.nature', 'nature', select(natures.map((n) => n.code), (c) => natures.find((n) => n.code === c).label), { only: 'unit' }),
    field('subject.certificateType', 'certificateType', select([]), { only: 'unit' }),
    field('subject.name', 'subjectName', input('text', '深圳市某某科技有限公司')),
    field('subject.certificateNumber', 'certificateNumber', input('text', '9144030071526726XG'), { only: 'unit' }),
    field('subject.legalRepresentative.name', 'legalName', input(), { only: 'unit' }),
    field('subject.legalRepresentative.idType', 'legalIdType', select(ID_KINDS), { only: 'unit' }),
    field('subject.legalRepresentative.idNumber', 'legalIdNumber', input(), { only: 'unit' }),
    field('subject.mailingAddress', 'mailingAddress', input('text', '广东省深圳市南山区科技园南路 16 号 301 室'), { wide: true }),
    field('subject.businessScope', 'businessScope', textarea(), { only: 'unit', wide: true }),
    field('subject.remark', 'subjectRemark', textarea(), { wide: true }),
    field('accountPhone', 'accountPhone', input('tel'), { only: 'personal' }),
  );
  $('owner-fields').append(...personFields('subject.owner'));
}

/** The card of website `i`: its fields, its owner (units) and, when it may go, a remove button. */
function websiteCard(i, removable) {
  const prefix = `websites[${i}]`;
  const card = document.createElement('section');
  card.className = 'card website';
  const head = cardHead({ title: i }, removable ? { remove: i } : null, 'removeWebsite');
  const grid = document.createElement('div');
  grid.className = 'fields';
  grid.append(
    field(`${prefix}.name`, 'siteName', input('text', '某某科技官网')),
    field(`${prefix}.serviceContent`, 'serviceContent', select(['', ...SERVICE_CONTENT])),
    field(`${prefix}.domains`, 'domains', lines('example.com.cn')),
    field(`${prefix}.homepageUrls`, 'homepageUrls', lines('https://www.example.com.cn')),
    field(`${prefix}.preApprovals`, 'preApprovals', checks(PRE_APPROVALS), { wide: true }),
    field(`${prefix}.remark`, 'siteRemark', textarea(), { wide: true }),
    field(`${prefix}.registrant`, 'registrant', input()),
    field(`${prefix}.registeredElsewhere`, 'registeredElsewhere', input('checkbox')),
    field(`${prefix}.registrarAbroad`, 'registrarAbroad', yesNoUnknown()),
  );
  card.append(head, grid, findingsList(prefix), ownerBlock(prefix, `same-owner-${i}`, 'sameOwner', 'websiteOwnerTitle'));
  return card;
}

/** The owner of a website or an app (units): "same as the subject owner", or the person's fields. */
function ownerBlock(prefix, boxId, sameKey, titleKey) {
  const owner = document.createElement('div');
  owner.className = 'website-owner';
  owner.dataset.only = 'unit';
  const same = document.createElement('label');
  same.className = 'check';
  const sameBox = input('checkbox');
  delete sameBox.dataset.kind;
  sameBox.id = boxId;
  sameBox.dataset.sameOwner = prefix;
  const sameText = document.createElement('span');
  sameText.dataset.i18n = sameKey;
  same.append(sameBox, sameText);
  const ownerFields = document.createElement('div');
  ownerFields.className = 'fields owner-fields';
  ownerFields.dataset.ownerOf = boxId;
  const ownerTitle = document.createElement('h3');
  ownerTitle.dataset.i18n = titleKey;
  ownerFields.append(ownerTitle, ...personFields(`${prefix}.owner`), findingsList(`${prefix}.owner`));
  owner.append(same, ownerFields);
  return owner;
}

/** A card's head: its title and, when it may go, a remove button. */
function cardHead(titleData, removeData, removeKey) {
  const head = document.createElement('div');
  head.className = 'card-head';
  const title = document.createElement('h2');
  Object.assign(title.dataset, titleData);
  head.append(title);
  if (removeData) {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'toggle small';
    remove.dataset.i18n = removeKey;
    Object.assign(remove.dataset, removeData);
    head.append(remove);
  }
  return head;
}

/** One platform row of app `i`: the platform, its identifier and, for a native app, its certificate. */
function platformRow(i, j) {
  const prefix = `apps[${i}].platforms[${j}]`;
  const row = document.createElement('div');
  row.className = 'fields platform';
  row.dataset.platformRow = prefix;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'toggle small';
  remove.dataset.i18n = 'removePlatform';
  remove.dataset.removePlatform = `${i}:${j}`;
  row.append(
    field(`${prefix}.platform`, 'platform', select(APP_PLATFORMS)),
    field(`${prefix}.identifier`, 'identifier', input('text', 'com.example.app')),
    field(`${prefix}.fingerprint`, 'fingerprint', input('text', 'F1:0C:07:4D:…'), { wide: true }),
    field(`${prefix}.publicKey`, 'publicKey', textarea(), { wide: true }),
    remove,
  );
  return row;
}

/** The card of app `i` (APP, mini-program or quick app): its fields, its platforms and its owner. */
function appCard(i, platformCount) {
  const prefix = `apps[${i}]`;
  const card = document.createElement('section');
  card.className = 'card app';
  card.dataset.app = i;
  const grid = document.createElement('div');
  grid.className = 'fields';
  const domains = field(`${prefix}.domains`, 'appDomains', lines('api.example.com.cn'));
  domains.dataset.appOnly = 'app';
  grid.append(
    field(`${prefix}.kind`, 'appKind', select(APP_KINDS)),
    field(`${prefix}.name`, 'appName', input('text', '某某学习')),
    field(`${prefix}.serviceContent`, 'appService', lines('教育')),
    field(`${prefix}.preApprovals`, 'appPreApprovals', lines('以上都不涉及')),
    domains,
    field(`${prefix}.remark`, 'appRemark', textarea(), { wide: true }),
  );
  const platforms = document.createElement('div');
  platforms.className = 'platforms';
  const heading = document.createElement('h3');
  heading.dataset.i18n = 'platformsTitle';
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'toggle small';
  add.dataset.i18n = 'addPlatform';
  add.dataset.addPlatform = i;
  platforms.append(heading, ...Array.from({ length: platformCount }, (_, j) => platformRow(i, j)), findingsList(`${prefix}.platforms`), add);
  card.append(cardHead({ appTitle: i }, { removeApp: i }, 'removeApp'), grid, findingsList(prefix), platforms,
    ownerBlock(prefix, `same-app-owner-${i}`, 'appSameOwner', 'appOwnerTitle'));
  return card;
}


// ---- reading and writing the form ------------------------------------------

const tokens = (path) => path.match(/[^.[\]]+/g);

function setPath(target, path, value) {
  const keys = tokens(path);
  let node = target;
  keys.forEach((key, n) => {
    if (n === keys.length - 1) {
      node[key] = value;
    } else {
      node[key] ??= /^\d+$/.test(keys[n + 1]) ? [] : {};
      node = node[key];
    }
  });
}

const getPath = (source, path) => tokens(path).reduce((node, key) => (node == null ? undefined : node[key]), source);

function readControl(control) {
  switch (control.dataset.kind) {
    case 'checks': return [...control.querySelectorAll('input:checked')].map((box) => box.value);
    case 'bool': return control.checked;
    case 'tristate': return control.value === '' ? undefined : control.value === 'true';
    case 'lines': return control.value.split('\n').map((line) => line.trim()).filter(Boolean);
    default: return control.value;
  }
}

/** The form as docs/API.md shapes it, from the visible controls. */
function readForm() {
  const form = {};
  for (const control of document.querySelectorAll('#form [data-path]')) {
    if (!control.closest('[hidden]')) setPath(form, control.dataset.path, readControl(control));
  }
  form.websites ??= [];
  document.querySelectorAll('[data-same-owner]').forEach((box) => {
    if (box.checked || form.kind !== 'unit') setPath(form, `${box.dataset.sameOwner}.owner`, null);
  });
  return form;
}

function writeControl(control, value) {
  switch (control.dataset.kind) {
    case 'checks':
      for (const box of control.querySelectorAll('input')) box.checked = Array.isArray(value) && value.includes(box.value);
      return;
    case 'bool': control.checked = value === true; return;
    case 'tristate': control.value = typeof value === 'boolean' ? String(value) : ''; return;
    case 'lines': control.value = Array.isArray(value) ? value.join('\n') : value ?? ''; return;
    default:
      if (control.tagName === 'SELECT' && value != null && value !== '' && ![...control.options].some((o) => o.value === value)) {
        // A label ("身份证") or a value the list does not have: keep it as given.
        const byLabel = [...control.options].find((o) => o.textContent === value);
        if (byLabel) byLabel.value = value;
        else control.append(option(value, unlistedLabel(control, value)));
      }
      control.value = value ?? (control.tagName === 'SELECT' ? control.options[0]?.value ?? '' : '');
  }
}

/** The label of a select value the list does not hold: a certificate type of
 * another nature shows its name, anything else itself. */
function unlistedLabel(select, value) {
  if (select.dataset.path !== 'subject.certificateType') return value;
  const all = listSubjectNatures().flatMap((n) => certificateTypesFor(n.code));
  return all.find((t) => t.code === value)?.label ?? value;
}

const control = (path) => fields.get(path)?.querySelector('[data-path]');

function fillRegion(path, parent) {
  const children = parent ? listDivisions(parent) : [];
  const target = control(path);
  target.replaceChildren(option('', children.length ? text().choose : text().none), ...children.map((d) => option(d.code, d.name)));
  target.disabled = children.length === 0;
}

function fillCertificates() {
  const types = certificateTypesFor(control('subject.nature').value);
  control('subject.certificateType').replaceChildren(...types.map((t) => option(t.code, t.label)));
}

/** Shows a form: rebuilds the website cards, then writes every control. */
function load(form) {
  const apps = Array.isArray(form.apps) ? form.apps : [];
  // A filing may hold websites, apps or both; an empty one starts with a website.
  const sites = Array.isArray(form.websites) && (form.websites.length || apps.length) ? form.websites : [{ owner: null }];
  for (const path of [...fields.keys()]) if (/^(websites|apps)\[/.test(path)) fields.delete(path);
  $('websites').replaceChildren(...sites.map((_, i) => websiteCard(i, sites.length + apps.length > 1)));
  $('apps').replaceChildren(...apps.map((app, i) => appCard(i, Math.max(1, Array.isArray(app?.platforms) ? app.platforms.length : 0))));
  writeControl(control('kind'), form.kind ?? 'personal');
  writeControl(control('filingType'), form.filingType ?? 'new');
  writeControl(control('region.province'), form.region?.province ?? '');
  fillRegion('region.city', control('region.province').value);
  writeControl(control('region.city'), form.region?.city ?? '');
  fillRegion('region.district', control('region.city').value);
  writeControl(control('region.district'), form.region?.district ?? '');
  writeControl(control('subject.nature'), form.subject?.nature ?? 'enterprise');
  fillCertificates();
  const done = new Set(['kind', 'filingType', 'region.province', 'region.city', 'region.district', 'subject.nature']);
  for (const [path, wrapper] of fields) {
    if (!done.has(path)) writeControl(wrapper.querySelector('[data-path]'), getPath(form, path));
  }
  sites.forEach((site, i) => { $(`same-owner-${i}`).checked = site?.owner == null; });
  apps.forEach((app, i) => { $(`same-app-owner-${i}`).checked = app?.owner == null; });
  applyLocale();
}

// ---- showing the result ----------------------------------------------------

/** The list a finding at `path` goes into: its field, else the nearest
 * enclosing field or group (`websites[0].domains[1]` → the domains field). */
function listFor(path) {
  // `subject.owner.mobile` → `subject.owner` → `subject` → '' (the group of the whole form).
  for (let at = path; at; at = at.replace(/(^|\.)[^.[\]]+$|\[\d+\]$/, '')) {
    const wrapper = fields.get(at);
    if (wrapper && !wrapper.closest('[hidden]')) return wrapper.querySelector('.field-findings');
    const group = document.querySelector(`[data-group="${CSS.escape(at)}"]`);
    if (group && !group.closest('[hidden]')) return group;
  }
  return document.querySelector('[data-group=""]');
}

/** A finding's place in words: "网站 1 · 网站负责人 · 手机号码（联系方式 1）". */
function describe(path) {
  const t = text();
  const list = listFor(path);
  const label = list.closest('.field')?.querySelector('.label')?.textContent;
  const site = path.match(/^websites\[(\d+)\]/);
  const app = path.match(/^apps\[(\d+)\]/);
  const parts = [site ? t.websiteTitle(Number(site[1])) : app ? t.appTitle(Number(app[1])) : path.startsWith('subject.owner') ? t.ownerTitle : null,
    site && path.includes('.owner') ? t.websiteOwnerTitle : app && path.includes('.owner') ? t.appOwnerTitle : null, label];
  return [...parts, lineOf(path)].filter(Boolean).join(' · ');
}

/** "第 2 行" for `websites[0].domains[1]`: the line of a one-per-line field. */
function lineOf(path) {
  const line = path.match(/\.(?:domains|homepageUrls)\[(\d+)\]$/);
  return line ? text().line(Number(line[1]) + 1) : '';
}

function focusField(path) {
  const list = listFor(path);
  const target = list.closest('.field')?.querySelector('[data-path]') ?? list;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (target.focus) target.focus({ preventScroll: true });
}

function update() {
  const t = text();
  const kind = control('kind').value;
  for (const element of document.querySelectorAll('[data-only]')) element.hidden = element.dataset.only !== kind;
  $('previous-card').hidden = control('filingType').value !== 'change';
  document.querySelectorAll('[data-owner-of]').forEach((ownerFields) => {
    ownerFields.hidden = $(ownerFields.dataset.ownerOf).checked;
  });
  // An APP lists its domains; a native platform its certificate.
  for (const card of document.querySelectorAll('[data-app]')) {
    const kind = control(`apps[${card.dataset.app}].kind`).value;
    card.querySelector('[data-app-only]').hidden = kind !== 'app';
  }
  for (const row of document.querySelectorAll('[data-platform-row]')) {
    const native = NATIVE_PLATFORMS.includes(control(`${row.dataset.platformRow}.platform`).value);
    for (const key of ['fingerprint', 'publicKey']) fields.get(`${row.dataset.platformRow}.${key}`).hidden = !native;
  }
  const form = readForm();
  const started = performance.now();
  const existingFilings = $('existing-filings').value === '' ? undefined : Number($('existing-filings').value);
  const result = validateFiling(form, { locale, asOf: $('as-of').value || undefined, existingFilings });
  const elapsed = performance.now() - started;

  for (const list of document.querySelectorAll('.field-findings, .group-findings')) list.replaceChildren();
  for (const wrapper of fields.values()) delete wrapper.dataset.state;
  const issues = [];
  for (const finding of result.findings) {
    const item = renderFinding(finding, locale);
    item.dataset.at = finding.path;
    if (lineOf(finding.path)) item.querySelector('code').append(` · ${lineOf(finding.path)}`);
    const list = listFor(finding.path);
    list.append(item);
    const wrapper = list.closest('.field');
    if (wrapper && finding.severity === 'error') wrapper.dataset.state = 'error';
    else if (wrapper && !wrapper.dataset.state && finding.severity === 'warning') wrapper.dataset.state = 'warning';
    if (finding.severity !== 'material') issues.push(finding);
  }
  for (const wrapper of fields.values()) {
    describeControl(wrapper.querySelector('[data-path]'), [...wrapper.querySelector('.field-findings').children]);
  }
  const count = (severity) => result.findings.filter((f) => f.severity === severity).length;
  announce($('announce'), t.announce(count('error'), count('warning'), result.materials.length));
  $('count-error').textContent = count('error');
  $('count-warning').textContent = count('warning');
  $('count-material').textContent = result.materials.length;
  $('verdict').dataset.state = result.ok ? 'ok' : 'error';
  $('verdict').textContent = result.ok ? t.verdictOk : t.verdictBad(count('error'));
  // The sticky bar of narrow screens, which jumps to the summary.
  $('jump').dataset.state = $('verdict').dataset.state;
  $('jump-counts').textContent = t.jump(count('error'), count('warning'), result.materials.length);
  $('issues').replaceChildren(...issues.map((finding) => {
    const item = document.createElement('li');
    item.dataset.severity = finding.severity;
    item.dataset.code = finding.code;
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'issue';
    link.textContent = finding.message;
    const where = document.createElement('code');
    where.textContent = describe(finding.path) || finding.rule;
    link.prepend(where);
    link.addEventListener('click', () => focusField(finding.path));
    item.append(link);
    return item;
  }));
  const materials = result.materials.map((m) => {
    const item = document.createElement('li');
    item.dataset.code = m.code;
    item.textContent = m.reason;
    const rule = document.createElement('code');
    rule.textContent = m.rule;
    item.prepend(rule);
    return item;
  });
  $('materials').replaceChildren(...(materials.length ? materials : [t.noMaterials]));
  $('timing').textContent = t.timing(elapsed.toFixed(2));
  renderRequirements();
}

// ---- the province's requirements -------------------------------------------

/** The province and language the requirements panel shows. */
let shownRequirements = '';

/** One requirement: its severity, its text, its rule (opens the catalogue)
 * and, folded, why it has that severity and the documents it rests on. */
function requirementItem(requirement) {
  const item = element('li', null, 'requirement');
  item.dataset.id = requirement.id;
  item.dataset.severity = requirement.severity;
  const severity = SEVERITY[locale][requirement.severity] ?? text().severityOf[requirement.severity] ?? requirement.severity;
  const meta = element('div', null, 'meta');
  meta.append(element('span', severity, 'badge'));
  if (requirement.rule) {
    const code = element('code');
    code.append(ruleButton(requirement.rule, requirement.id));
    meta.append(code);
  }
  const sources = element('ul', null, 'sources');
  sources.append(...requirement.sources.map(renderSource));
  const why = element('details');
  why.append(element('summary', requirement.firmness || requirement.sources.map((s) => s.provider).join('、')), sources);
  item.append(meta, element('div', requirement.text, 'message'), why);
  return item;
}

/** Fills the panel of what the chosen province asks (provinceRequirements),
 * grouped as the user acts on it. Rebuilt only when the province or the
 * language changes, not on every keystroke. */
function renderRequirements() {
  const code = control('region.province').value || '000000';
  if (shownRequirements === `${code} ${locale}`) return;
  shownRequirements = `${code} ${locale}`;
  const t = text();
  const all = provinceRequirements(code, { locale });
  const groups = {
    checked: [t.groupChecked, all.filter((r) => r.checked && r.checkable === 'field')],
    material: [t.groupMaterial, all.filter((r) => r.checkable === 'material')],
    other: [t.groupOther, all.filter((r) => !r.checked && r.checkable !== 'material')],
  };
  $('province-title').textContent = code === '000000' ? t.provinceNone : t.provinceTitle(placeName(code, locale));
  const counts = Object.fromEntries(Object.entries(groups).map(([kind, [, list]]) => [kind, list.length]));
  $('province-counts').textContent = t.provinceCounts(counts);
  $('province-groups').replaceChildren(...Object.entries(groups).filter(([, [, list]]) => list.length).map(([kind, [title, list]]) => {
    const section = document.createElement('section');
    section.dataset.requirements = kind;
    const heading = document.createElement('h3');
    heading.textContent = title;
    const items = document.createElement('ul');
    items.className = 'findings requirements';
    items.append(...list.map(requirementItem));
    section.append(heading, items);
    return section;
  }));
}

function fillExamples() {
  const menu = $('example');
  const chosen = menu.value;
  menu.replaceChildren(option('', text().exChoose), ...Object.entries(EXAMPLES).map(([name, e]) => option(name, e.label[locale])));
  menu.value = chosen;
}

function applyLocale() {
  const t = text();
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const value = t[node.dataset.i18n];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const title of document.querySelectorAll('[data-title]')) title.textContent = t.websiteTitle(Number(title.dataset.title));
  for (const title of document.querySelectorAll('[data-app-title]')) title.textContent = t.appTitle(Number(title.dataset.appTitle));
  for (const path of ['kind', 'filingType', 'previous.kind']) {
    for (const o of control(path).options) o.textContent = t[o.value] ?? o.value;
  }
  for (const select of document.querySelectorAll('select[data-labels="kinds"], select[data-labels="registrarPlace"], select[data-labels="appKinds"], select[data-labels="platforms"]')) {
    for (const o of select.options) o.textContent = t[select.dataset.labels][o.value] ?? o.value;
  }
  for (const path of ['region.province', 'previous.region.province', 'region.city', 'region.district']) {
    const first = control(path).options[0];
    if (first && first.value === '') first.textContent = control(path).options.length > 1 ? t.choose : t.none;
  }
  $('locale').textContent = t.toggle;
  $('locale').lang = locale === 'zh-CN' ? 'en' : 'zh-CN';
  fillExamples();
  update();
}

// ---- events ----------------------------------------------------------------

function onChange(event) {
  if (event.target.closest('.examples')) return; // the menu loads a whole form on 'change'
  const path = event.target.dataset.path;
  if (path === 'region.province') {
    fillRegion('region.city', event.target.value);
    fillRegion('region.district', '');
  } else if (path === 'region.city') {
    fillRegion('region.district', event.target.value);
  } else if (path === 'subject.nature') {
    fillCertificates();
  }
  update();
}

await loadCore();
buildStaticFields();
$('as-of').value = todayInChina();
$('form').addEventListener('input', onChange);
// Narrow screens: the sticky count at the bottom must not hide the field that gets the focus.
$('form').addEventListener('focusin', (event) => {
  const bar = $('jump').getBoundingClientRect();
  const box = event.target.getBoundingClientRect();
  if (bar.height && box.bottom > bar.top && box.top < bar.bottom) window.scrollBy(0, box.bottom - bar.top + 16);
});
$('example').addEventListener('change', (event) => {
  if (!event.target.value) return;
  const example = EXAMPLES[event.target.value];
  $('existing-filings').value = example.options?.existingFilings ?? '';
  load(structuredClone(example.form));
});
$('clear').addEventListener('click', () => {
  $('example').value = '';
  $('existing-filings').value = '';
  load({});
});
$('form').addEventListener('click', (event) => {
  const { remove, removeApp, addPlatform, removePlatform } = event.target.dataset;
  if (remove == null && removeApp == null && addPlatform == null && removePlatform == null) return;
  const form = readForm();
  form.apps ??= [];
  if (remove != null) form.websites.splice(Number(remove), 1);
  if (removeApp != null) form.apps.splice(Number(removeApp), 1);
  if (addPlatform != null) (form.apps[Number(addPlatform)].platforms ??= []).push({ platform: 'ios' });
  if (removePlatform != null) {
    const [i, j] = removePlatform.split(':').map(Number);
    form.apps[i].platforms.splice(j, 1);
  }
  load(form);
});
$('add-app').addEventListener('click', () => {
  const form = readForm();
  (form.apps ??= []).push({ kind: 'app', platforms: [{ platform: 'android' }], preApprovals: ['以上都不涉及'], owner: null });
  load(form);
});
$('add-website').addEventListener('click', () => {
  const form = readForm();
  form.websites.push({ owner: null });
  load(form);
});
$('locale').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  applyLocale();
});
fillExamples();
$('example').value = 'personalClean';
load(structuredClone(EXAMPLES.personalClean.form));
document.body.dataset.ready = 'true';
