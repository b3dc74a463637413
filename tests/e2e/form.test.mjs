// End-to-end: the filing form (/) in headless Chromium. Each example of the
// "load example" menu must show exactly the findings its fixture expects,
// each next to its field; editing fields, switching personal/unit, adding
// websites and the language toggle update them live; the province panel lists
// what the chosen province asks and a rule id opens its catalogue entry.
// Saves test-results/form-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support/browser.mjs';
import { EXAMPLES, fixtureOf } from '../../scripts/demo-examples.mjs';

let demo, page;

before(async () => {
  demo = await openDemo('/', { width: 1280, height: 900 });
  page = demo.page;
  await page.fill('#as-of', '2026-11-22'); // the day the fixtures are judged on
});

after(() => demo?.close());

/** [rule, code, severity, path] of every finding shown in the form. */
const shownFindings = () => page.$$eval('#form li.finding', (items) => items.map((li) =>
  [li.dataset.rule, li.dataset.code, li.dataset.severity, li.dataset.at].join(' | ')));
const key = (e) => e.join(' | ');
/** The codes shown next to the field editing `path`. */
const codesAt = (path) => page.$$eval(`[data-field="${path}"] > .field-findings li`, (items) => items.map((li) => li.dataset.code));
const load = (example) => page.selectOption('#example', example);

test('each example shows exactly the findings its fixture expects', async () => {
  for (const example of Object.keys(EXAMPLES)) {
    await load(example);
    const { expected } = fixtureOf(example);
    assert.deepEqual((await shownFindings()).sort(), expected.map(key).sort(), example);
    const errors = expected.filter((e) => e[2] === 'error').length;
    assert.equal(await page.textContent('#count-error'), String(errors), example);
    assert.equal(await page.getAttribute('#verdict', 'data-state'), errors ? 'error' : 'ok', example);
    const materialCodes = [...new Set(expected.filter((e) => e[2] === 'material').map((e) => e[1]))];
    const listed = await page.$$eval('#materials li[data-code]', (items) => items.map((li) => li.dataset.code));
    assert.deepEqual([...new Set(listed)].sort(), materialCodes.sort(), example);
  }
});

test('the clean personal filing: no errors, the three documents Guangdong asks for', async () => {
  await load('personalClean');
  assert.match(await page.textContent('#verdict'), /没有错误/);
  assert.deepEqual(await page.$$eval('#materials li', (items) => items.map((li) => li.textContent)), [
    'R-MAT-7需提供 1 份《网站备案信息真实性核验单》。',
    'R-MAT-8据华为云（2025-05-27）、UCloud（2020-08-18）、华为云（2021-06-21 起施行），广东备案需提供《互联网信息服务备案承诺书》（广东管局模板，不得改动；单位由法定代表人签字，个人由本人手写签名、身份证号、手印和日期，60 个工作日内有效）。',
    'R-MAT-1据华为云（2025-05-27），广东备案需提供域名证书（zhangsan-photo.cn）。',
  ]);
  assert.equal(await page.isVisible('[data-field="subject.nature"]'), false, 'unit fields are hidden');
  await demo.shot('form-personal-clean');
});

test('domain suffixes: the finding names its source and date, with a link to it', async () => {
  await load('unitSuffixes');
  assert.deepEqual(await codesAt('websites[0].domains'), ['DOMAIN_GOVERNMENT_SUFFIX_RESERVED']);
  assert.deepEqual(await codesAt('websites[1].domains'), ['DOMAIN_SUFFIX_NOT_APPROVED']);
  const io = page.locator('[data-field="websites[1].domains"] li[data-code="DOMAIN_SUFFIX_NOT_APPROVED"]');
  assert.match(await io.textContent(), /\.io 域名不能备案：截至 2022-08-30，\.io 不在工信部批准的域名后缀名单（腾讯云文档《备案域名》“可备案的域名后缀”表）中；另据用户报告（2026），它未获批准。/);
  assert.doesNotMatch(await io.textContent(), /GitHub|仓库/, 'no repository is named');
  assert.equal(await io.locator('a.source').count(), 0, 'this source has no address');
  const me = page.locator('[data-field="websites[3].domains"] li[data-code="DOMAIN_SUFFIX_DISPUTED"]');
  assert.equal(await me.locator('a.source').getAttribute('href'), 'https://cloud.tencent.com/document/product/243/18905');
  await page.locator('[data-field="websites[0].domains"]').scrollIntoViewIfNeeded();
  await demo.shot('form-domain-suffixes');
});

test('the unit with classic mistakes: findings sit next to their fields', async () => {
  await load('unitMistakes');
  assert.deepEqual(await codesAt('subject.certificateNumber'), ['USCC_NATURE_MISMATCH', 'CERTIFICATE_TYPE_NOT_ALLOWED']);
  assert.deepEqual(await codesAt('subject.owner.phone'), ['PHONE_AREA_CODE_MISMATCH']);
  assert.deepEqual(await codesAt('websites[0].domains'),
    ['DOMAIN_ONE_PER_WEBSITE', 'MATERIAL_CONSTRUCTION_PLAN', 'DOMAIN_SUBDOMAIN', 'DOMAIN_PUBLIC_INSTITUTION_SUFFIX']);
  assert.deepEqual(await codesAt('websites[1].domains'), ['DOMAIN_REPEATED']);
  const repeated = await page.textContent('[data-field="websites[1].domains"] li[data-code="DOMAIN_REPEATED"]');
  assert.match(repeated, /第 1 行/, 'the line of the domain');
  assert.match(repeated, /该域名已填写为网站 1 的第 2 个域名/);
  assert.equal(await page.getAttribute('[data-field="subject.owner.email"]', 'data-state'), 'error');
  await demo.shot('form-unit-mistakes');
});

test('editing fixes findings and moving the region changes rules and materials', async () => {
  await load('unitMistakes');
  await page.fill('#f-subject-owner-email', 'zhangsan@example.com');
  assert.deepEqual(await codesAt('subject.owner.email'), []);
  await page.fill('#f-websites-0-name', '某某投资');
  assert.deepEqual(await codesAt('websites[0].name'), []);
  await page.selectOption('#f-region-province', '430000');
  const materials = await page.$$eval('#materials li[data-code]', (items) => items.map((li) => li.dataset.code));
  assert.ok(materials.includes('MATERIAL_WEBSITE_OWNER_AUTHORISATION'), 'Hunan asks for the website owner letter (R-MAT-4)');
  assert.ok(materials.includes('MATERIAL_DOMAIN_CERTIFICATE'), 'Hunan asks for domain certificates (R-MAT-1)');
  assert.ok((await codesAt('subject.certificateNumber')).includes('USCC_OUTSIDE_PROVINCE'), 'a Shenzhen code filed in Hunan (R-ORG-4)');
  assert.equal(await page.$eval('#f-region-city', (s) => s.value), '', 'the city list follows the province');
});

test('personal ↔ unit switch shows the unit fields and their findings', async () => {
  await load('personalClean');
  await page.selectOption('#f-kind', 'unit');
  assert.equal(await page.isVisible('[data-field="subject.certificateNumber"]'), true);
  assert.deepEqual(await codesAt('subject.certificateNumber'), ['INPUT_EMPTY']);
  assert.deepEqual(await codesAt('subject.owner.phone'), ['PHONE_LANDLINE_REQUIRED'], 'units need a landline (R-TEL-5)');
  assert.equal(await page.isVisible('[data-field="accountPhone"]'), false);
});

test('adding and removing websites; a new website lists what it still needs', async () => {
  await load('personalClean');
  await page.click('#add-website');
  assert.equal(await page.textContent('[data-title="1"]'), '网站 2');
  assert.deepEqual(await codesAt('websites[1].name'), ['FORM_REQUIRED']);
  assert.deepEqual(await codesAt('websites[1].domains'), ['FORM_REQUIRED']);
  await page.fill('#f-websites-1-domains', 'zhangsan-photo.cn');
  assert.deepEqual(await codesAt('websites[1].domains'), ['MATERIAL_DOMAIN_CERTIFICATE', 'DOMAIN_REPEATED'], 'Guangdong asks for each domain certificate (R-MAT-1)');
  await page.click('[data-remove="1"]');
  assert.equal(await page.locator('[data-title]').count(), 1);
  assert.equal(await page.textContent('#count-error'), '0');
});

test('apps: an APP, mini-program or quick app with its platforms; the classic mistakes sit next to their fields', async () => {
  await load('appMistakes');
  assert.equal(await page.textContent('[data-app-title="0"]'), 'APP / 小程序 1');
  assert.deepEqual(await codesAt('apps[0].platforms[0].identifier'), ['APP_ID_CHAR'], 'a "-" in an Android package');
  assert.deepEqual(await codesAt('apps[1].platforms[1].fingerprint'), ['APP_FINGERPRINT_ALGORITHM'], 'an MD5 for iOS');
  assert.deepEqual(await codesAt('apps[1].name'), ['APP_NAME_REPEATED']);
  assert.deepEqual(await codesAt('apps[2].remark'), ['APP_REMARK_LENGTH']);
  assert.equal(await page.inputValue('#existing-filings'), '5');
  assert.ok((await page.textContent('#issues')).includes('最多备案 5 个小程序'));
  // A mini-program has no domains and its platform no certificate.
  assert.equal(await page.isVisible('[data-field="apps[2].domains"]'), false);
  assert.equal(await page.isVisible('[data-field="apps[2].platforms[0].fingerprint"]'), false);
  await page.screenshot({ path: 'test-results/form-apps.png', fullPage: true });
  // Fixing the remark removes its finding; removing the repeated entry removes R-APP-1's error.
  await page.fill('#f-apps-2-remark', '个人记账小程序，记录日常收支并按月统计，不涉及支付和交易功能。');
  assert.deepEqual(await codesAt('apps[2].remark'), []);
  await page.click('[data-remove-app="1"]');
  assert.deepEqual(await codesAt('apps[1].name'), ['APP_NAME_SEPARATE_FILING', 'APP_NAME_SYMBOL'], 'another name, with an emoji');
  // A new app starts with one Android platform and asks for what it still needs.
  await load('personalClean');
  await page.click('#add-app');
  assert.deepEqual(await codesAt('apps[0].name'), ['FORM_REQUIRED']);
  assert.deepEqual(await codesAt('apps[0].platforms[0].identifier'), ['INPUT_EMPTY']);
  await page.fill('#f-apps-0-platforms-0-identifier', 'cn.zhangsan.photo');
  assert.deepEqual(await codesAt('apps[0].platforms[0].identifier'), []);
  await page.click('[data-add-platform="0"]');
  assert.equal(await page.inputValue('#f-apps-0-platforms-1-platform'), 'ios');
  await page.click('[data-remove-platform="0:1"]');
  assert.equal(await page.locator('[data-platform-row]').count(), 1);
  await page.click('[data-remove-app="0"]');
  assert.equal(await page.locator('[data-app]').count(), 0);
});

test('a change filing shows the filed subject and asks for the rename letter', async () => {
  await load('changeRename');
  assert.equal(await page.isVisible('#previous-card'), true);
  assert.deepEqual(await codesAt('subject.name'), ['MATERIAL_RENAME_LETTER']);
  await page.fill('#f-previous-subject-certificateNumber', '91110000802100433B');
  assert.deepEqual(await codesAt('subject.certificateNumber'), ['CHANGE_OTHER_SUBJECT'], 'A → B is refused (R-CHG-1)');
  await page.selectOption('#f-filingType', 'new');
  assert.equal(await page.isVisible('#previous-card'), false);
  assert.deepEqual(await codesAt('subject.name'), []);
});

test('the province panel lists what Shanxi asks, grouped, each with its sources', async () => {
  await load('personalShanxi');
  await page.click('#province-card > summary');
  assert.match(await page.textContent('#province-title'), /山西省/);
  const groups = await page.$$eval('#province-groups section', (s) => s.map((x) => x.dataset.requirements));
  assert.deepEqual(groups.filter((g) => g === 'checked' || g === 'material'), ['checked', 'material']);
  const local = page.locator('li.requirement[data-id="R-LOC-1@140000"]');
  assert.equal(await local.getAttribute('data-severity'), 'error', 'Shanxi refuses filers from other provinces (R-LOC-1)');
  await local.locator('details > summary').click();
  assert.ok(await local.locator('.sources li').count() >= 2, 'an error rests on two or more sources');
  // The finding in the form is the requirement of the panel.
  assert.deepEqual(await codesAt('subject.owner.idNumber'), ['ID_OTHER_PROVINCE_REFUSED']);
  await demo.shot('form-province-panel');
  await load('personalClean');
  assert.match(await page.textContent('#province-title'), /广东省/, 'the panel follows the province');
});

test('a rule id opens its catalogue entry: what it checks, its codes and sources', async () => {
  await load('personalShanxi');
  await page.click('[data-field="subject.owner.idNumber"] .rule-link');
  const dialog = page.locator('#rule-dialog');
  assert.equal(await dialog.isVisible(), true);
  assert.match(await page.textContent('#rule-dialog-title'), /^R-LOC-1 · /);
  assert.ok(await dialog.locator('li[data-code="ID_OTHER_PROVINCE_REFUSED"]').count() === 1, 'the code of the finding is listed');
  assert.match(await dialog.locator('section.requirement h3').first().textContent(), /山西省/, "Shanxi's requirement comes first");
  await demo.shot('form-rule-dialog');
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false, 'Escape closes it');
});

test('English: labels, messages and the summary switch language', async () => {
  await load('unitMistakes');
  await page.click('#locale');
  assert.equal(await page.textContent('#locale'), '中文');
  assert.match(await page.textContent('#verdict'), /errors to fix/);
  assert.match(await page.textContent('[data-field="subject.owner.email"] li'), /after @/);
  assert.equal(await page.textContent('[data-field="subject.owner.mobile"] label'), 'Mobile (contact 1)');
  await demo.shot('form-english');
  await page.click('#locale');
  assert.equal(await page.textContent('#locale'), 'English');
});

test('clicking an issue in the summary focuses its field', async () => {
  await load('unitMistakes');
  await page.click('#issues li[data-code="EMAIL_DOMAIN"] button');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-subject-owner-email');
});

test('on a phone the form comes first, the summary after it, and nothing overflows', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await load('unitMistakes');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  const top = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top);
  const [summary, form] = [await top('#summary'), await top('#form')];
  assert.ok(form < summary, 'the form above the summary (tests/e2e/phone.test.mjs: the sticky count leads to it)');
  await demo.shot('form-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the page loaded only its own files and raised no CSP or console error', () => {
  demo.assertPrivate();
});
