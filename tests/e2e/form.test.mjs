// End-to-end: the filing form (/) in headless Chromium. Each "load example"
// button must show exactly the findings its fixture expects, each next to its
// field; editing fields, switching personal/unit, adding websites and the
// language toggle update them live. Saves test-results/form-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openDemo } from './support/browser.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url)));
const EXAMPLES = {
  personalClean: 'personal-clean', unitMistakes: 'unit-classic-mistakes', unitHunan: 'unit-hunan', changeRename: 'change-unit-rename',
  unitSuffixes: 'unit-enterprise-reserved-suffixes',
};

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
const load = (example) => page.click(`[data-example="${example}"]`);

test('each example shows exactly the findings its fixture expects', async () => {
  for (const [example, name] of Object.entries(EXAMPLES)) {
    await load(example);
    const { expected } = fixture(name);
    assert.deepEqual((await shownFindings()).sort(), expected.map(key).sort(), example);
    const errors = expected.filter((e) => e[2] === 'error').length;
    assert.equal(await page.textContent('#count-error'), String(errors), example);
    assert.equal(await page.getAttribute('#verdict', 'data-state'), errors ? 'error' : 'ok', example);
    const materialCodes = [...new Set(expected.filter((e) => e[2] === 'material').map((e) => e[1]))];
    const listed = await page.$$eval('#materials li[data-code]', (items) => items.map((li) => li.dataset.code));
    assert.deepEqual([...new Set(listed)].sort(), materialCodes.sort(), example);
  }
});

test('the clean personal filing: no errors, one verification form to prepare', async () => {
  await load('personalClean');
  assert.match(await page.textContent('#verdict'), /没有错误/);
  assert.deepEqual(await page.$$eval('#materials li', (items) => items.map((li) => li.textContent)),
    ['R-MAT-7需提供 1 份《网站备案信息真实性核验单》。']);
  assert.equal(await page.isVisible('[data-field="subject.nature"]'), false, 'unit fields are hidden');
  await demo.shot('form-personal-clean');
});

test('domain suffixes: the finding names its source and date, with a link to it', async () => {
  await load('unitSuffixes');
  assert.deepEqual(await codesAt('websites[0].domains'),
    ['DOMAIN_GOVERNMENT_SUFFIX_RESERVED', 'DOMAIN_SUFFIX_NOT_APPROVED']);
  const io = page.locator('[data-field="websites[0].domains"] li[data-code="DOMAIN_SUFFIX_NOT_APPROVED"]');
  assert.match(await io.textContent(), /\.io 域名不能备案.*截至 2022-08-30.*依据：GitHub 上的一份部署笔记（仓库未识别），2026/);
  assert.equal(await io.locator('a.source').count(), 0, 'this source has no address');
  const me = page.locator('[data-field="websites[1].domains"] li[data-code="DOMAIN_SUFFIX_DISPUTED"]');
  assert.equal(await me.locator('a.source').getAttribute('href'), 'https://cloud.tencent.com/document/product/243/18905');
  await page.locator('[data-field="websites[0].domains"]').scrollIntoViewIfNeeded();
  await demo.shot('form-domain-suffixes');
});

test('the unit with classic mistakes: findings sit next to their fields', async () => {
  await load('unitMistakes');
  assert.deepEqual(await codesAt('subject.certificateNumber'), ['USCC_NATURE_MISMATCH', 'CERTIFICATE_TYPE_NOT_ALLOWED']);
  assert.deepEqual(await codesAt('subject.owner.phone'), ['PHONE_AREA_CODE_MISMATCH']);
  assert.deepEqual(await codesAt('websites[0].domains'), ['MATERIAL_CONSTRUCTION_PLAN', 'DOMAIN_SUBDOMAIN', 'DOMAIN_PUBLIC_INSTITUTION_SUFFIX']);
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
  assert.deepEqual(await codesAt('websites[1].domains'), ['DOMAIN_REPEATED']);
  await page.click('[data-remove="1"]');
  assert.equal(await page.locator('[data-title]').count(), 1);
  assert.equal(await page.textContent('#count-error'), '0');
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

test('on a phone the summary comes first and nothing overflows', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await load('unitMistakes');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  const top = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top);
  const [summary, form] = [await top('#summary'), await top('#form')];
  assert.ok(summary < form, 'summary above the form');
  await demo.shot('form-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the page loaded only its own files and raised no CSP or console error', () => {
  demo.assertPrivate();
});
