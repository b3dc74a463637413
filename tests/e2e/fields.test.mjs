// End-to-end: the single-field page of the demo (/fields.html) in headless
// Chromium. A person types valid and wrong values into each card; the page
// must show the right result, load nothing but its own files, and raise no
// CSP violation or console error. Saves test-results/fields-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support/browser.mjs';

let demo, page;

before(async () => {
  demo = await openDemo('/fields.html');
  page = demo.page;
});

after(() => demo?.close());

async function typeId(value) {
  await page.fill('#id-number', '');
  await page.type('#id-number', value, { delay: 5 });
}

const shot = (name) => demo.shot(`fields-${name}`);

test('typing the GB 11643 example shows it valid: born 1949-12-31, female', async () => {
  await page.fill('#as-of', '2026-11-22');
  await typeId('11010519491231002X');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ok');
  assert.equal(await page.textContent('#status'), '✓ 证件号码有效');
  assert.equal(await page.textContent('#d-birth'), '1949-12-31');
  assert.equal(await page.textContent('#d-sex'), '女');
  assert.equal(await page.textContent('#d-age'), '76 周岁');
  assert.equal(await page.locator('#findings li').count(), 0);
  await shot('valid');
});

test('changing the last character shows the R-ID-1 checksum error', async () => {
  await page.press('#id-number', 'Backspace');
  await page.type('#id-number', '1');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'error');
  const finding = page.locator('#findings li');
  assert.equal(await finding.count(), 1);
  assert.equal(await finding.getAttribute('data-rule'), 'R-ID-1');
  assert.equal(await finding.getAttribute('data-code'), 'ID_CHECKSUM');
  assert.equal(await finding.getAttribute('data-severity'), 'error');
  assert.match(await finding.locator('.message').textContent(), /^校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。/);
  await shot('checksum-zh');
});

test('the English toggle switches the page and the findings', async () => {
  await page.click('#locale');
  assert.equal(await page.textContent('#status'), '✗ The number has errors');
  assert.match(await page.locator('#findings li .message').textContent(), /^Check character mismatch: .* should be X, not 1\./);
  assert.equal(await page.textContent('#d-sex'), 'female');
  await shot('checksum-en');
  await page.click('#locale');
});

test('full-width input, partial input and hostile paste give findings, never a crash', async () => {
  await typeId('１１０１０５１９４９１２３１００２ｘ');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ok');
  assert.equal(await page.textContent('#d-normalized'), '11010519491231002X');
  await typeId('1101051949');
  assert.equal(await page.locator('#findings li').getAttribute('data-code'), 'ID_LENGTH');
  await page.fill('#id-number', '\u200B11010519491231002X');
  assert.equal(await page.locator('#findings li').getAttribute('data-code'), 'INPUT_INVISIBLE_CHAR');
  assert.equal(await page.locator('#findings li').getAttribute('data-severity'), 'warning');
});

test('the region picker walks province → city → district from listDivisions', async () => {
  assert.equal(await page.locator('#region-province option').count(), 35, '34 provinces and the placeholder');
  assert.equal(await page.isDisabled('#region-city'), true);
  await page.selectOption('#region-province', { label: '广东省' });
  await page.selectOption('#region-city', { label: '深圳市' });
  await page.selectOption('#region-district', { label: '南山区' });
  assert.equal(await page.textContent('#region-code'), '地区代码：440305');
  await page.selectOption('#region-province', { label: '北京市' });
  assert.equal(await page.inputValue('#region-district'), '');
  assert.equal(await page.textContent('#region-code'), '地区代码：110000');
});

test('document kinds: a retired birthplace, a 15-digit ID and automatic detection', async () => {
  await typeId('110103198001010013');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ok');
  assert.equal(await page.textContent('#d-place'), '北京市 崇文区2010 年后撤销');
  await page.selectOption('#id-kind', 'resident_id_15');
  await typeId('110105491231002');
  assert.equal(await page.locator('#findings li').getAttribute('data-code'), 'ID_15_OBSOLETE');
  assert.match(await page.locator('#findings li .message').textContent(), /11010519491231002X/);
  await page.selectOption('#id-kind', 'auto');
  await typeId('H12345678');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ok');
  assert.match(await page.textContent('#id-kind option[value="auto"]'), /港澳居民来往内地通行证/);
  assert.equal(await page.textContent('#d-place'), '香港');
  await shot('kinds');
  await page.selectOption('#id-kind', 'resident_id');
});

test('unit certificate: a real USCC, then a nature and a province that do not fit it', async () => {
  await page.selectOption('#region-province', { label: '广东省' });
  await page.selectOption('#unit-nature', 'enterprise');
  await page.type('#unit-number', '9144030071526726XG', { delay: 5 });
  assert.equal(await page.getAttribute('#unit-status', 'data-state'), 'ok');
  assert.equal(await page.textContent('#u-registration'), '9 工商 · 1 企业');
  assert.equal(await page.textContent('#u-org'), '71526726-X');
  await page.selectOption('#unit-nature', 'public_institution');
  assert.deepEqual(await page.locator('#unit-certificate option').allTextContents(), ['组织机构代码证书', '事业法人证书']);
  await page.selectOption('#unit-certificate', { label: '事业法人证书' });
  assert.equal(await page.locator('#unit-findings li').getAttribute('data-code'), 'USCC_NATURE_MISMATCH');
  await page.selectOption('#unit-nature', 'enterprise');
  await page.selectOption('#region-province', { label: '北京市' });
  const finding = page.locator('#unit-findings li');
  assert.equal(await finding.getAttribute('data-code'), 'USCC_OUTSIDE_PROVINCE');
  assert.equal(await finding.getAttribute('data-severity'), 'warning');
  assert.equal(await page.getAttribute('#unit-status', 'data-state'), 'ok');
  await shot('unit');
});

test('contacts: a Shenzhen landline for a Guangzhou address; a Beijing mobile, fine in Guangdong, not in Tianjin', async () => {
  await page.selectOption('#region-province', { label: '广东省' });
  await page.selectOption('#region-city', { label: '广州市' });
  await page.type('#phone-landline', '0755-86013388', { delay: 5 });
  const landline = page.locator('#phone-findings li[data-field="landline"]');
  assert.equal(await landline.getAttribute('data-code'), 'PHONE_AREA_CODE_OTHER_CITY');
  assert.equal(await landline.getAttribute('data-severity'), 'error', 'another city of the same province (issue 27)');
  assert.match(await landline.locator('.message').textContent(), /^区号 0755 属于广东省深圳市，不是通信地址所在的广东省广州市的区号（020）：/);
  await page.type('#phone-mobile', '+86 138 0013 8000', { delay: 5 });
  const mobile = page.locator('#phone-findings li[data-field="mobile"]');
  assert.match(await page.textContent('#phone-info'), /手机归属地：北京市/);
  assert.equal(await mobile.count(), 0, 'Guangdong takes mobiles of any province');
  await page.selectOption('#region-city', { label: '深圳市' });
  assert.equal(await landline.count(), 0, 'the area code fits Shenzhen');
  await page.selectOption('#region-province', { label: '天津市' });
  assert.equal(await mobile.getAttribute('data-code'), 'PHONE_MOBILE_OTHER_PROVINCE_REQUIRED');
  assert.equal(await mobile.getAttribute('data-severity'), 'warning');
  assert.match(await mobile.locator('.message').textContent(), /在天津备案须使用本省归属地的手机号码，此号码归属地为北京市/);
  await shot('contacts');
});

test('website: a subdomain is refused, the homepage must be under the domain', async () => {
  await page.type('#site-domain', 'www.例子.中国', { delay: 5 });
  const domain = page.locator('#site-findings li[data-field="domain"]');
  assert.equal(await domain.getAttribute('data-code'), 'DOMAIN_SUBDOMAIN');
  assert.equal(await domain.locator('.message').textContent(), '备案填写主域名，不填子域名：应填写 例子.中国。');
  await page.fill('#site-domain', '例子.中国');
  assert.equal(await page.locator('#site-findings li').count(), 0);
  assert.match(await page.textContent('#site-info'), /xn--fsqu00a\.xn--fiqs8s/);
  await page.type('#site-url', 'https://www.example.com/', { delay: 5 });
  assert.equal(await page.locator('#site-findings li[data-field="url"]').getAttribute('data-code'), 'URL_HOST_OUTSIDE');
  await page.fill('#site-url', 'https://www.例子.中国/');
  assert.equal(await page.locator('#site-findings li').count(), 0);
  await shot('website');
});

test('APP feature information: a hyphen in an Android package, an MD5 where iOS wants SHA-1, a JadxGUI modulus', async () => {
  const codesOf = (field) => page.$$eval(`#app-findings li[data-field="${field}"]`, (items) => items.map((li) => li.dataset.code));
  await page.selectOption('#app-platform', 'android');
  await page.type('#app-id', 'com.my-company.app', { delay: 5 });
  assert.deepEqual(await codesOf('id'), ['APP_ID_CHAR']);
  assert.equal(await page.getAttribute('#app-id', 'aria-invalid'), 'true');
  await page.fill('#app-id', 'com.mycompany.app');
  assert.deepEqual(await codesOf('id'), []);
  await page.fill('#app-fingerprint', 'D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E');
  assert.deepEqual(await codesOf('fingerprint'), []);
  await page.selectOption('#app-platform', 'ios');
  assert.deepEqual(await codesOf('fingerprint'), ['APP_FINGERPRINT_ALGORITHM']);
  assert.match(await page.textContent('#app-findings li[data-field="fingerprint"] .message'), /iOS 应填写签名证书的 SHA-1 指纹/);
  await page.selectOption('#app-platform', 'android');
  await page.fill('#app-key', `2${'7'.repeat(616)}`);
  assert.match(await page.textContent('#app-info'), /公钥：decimal，RSA-2048/);
  await page.selectOption('#app-platform', 'wechat');
  assert.equal(await page.isVisible('#app-fingerprint'), false, 'a mini-program has no signing certificate');
  await page.fill('#app-id', 'wxc18a63cff7328cb9');
  assert.deepEqual(await codesOf('id'), []);
  await shot('app');
});

test('the page loaded only its own files and raised no CSP or console error', () => {
  demo.assertPrivate();
});
