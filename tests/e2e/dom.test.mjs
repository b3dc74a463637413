// End-to-end: beian-check/dom on its example page (/dom.html) in headless
// Chromium under the strict CSP. The browser's own constraint validation
// reflects the findings (checkValidity, reportValidity, validationMessage),
// aria-invalid and aria-describedby follow them, warnings never block,
// findings appear once a control is used or the form submitted, unbinding
// restores the page, and axe-core finds nothing serious. Saves
// test-results/dom-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openDemo } from './support/browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let demo, page;

before(async () => {
  demo = await openDemo('/dom.html', { width: 1000, height: 900 });
  page = demo.page;
  await page.evaluate(AXE);
});
after(() => demo?.close());

const attributes = (selector) => page.$eval(selector, (el) => ({
  invalid: el.getAttribute('aria-invalid'),
  describedBy: el.getAttribute('aria-describedby'),
  message: el.validationMessage,
  findings: (el.getAttribute('aria-describedby') ?? '').split(' ').flatMap((id) =>
    [...(document.getElementById(id)?.querySelectorAll('li') ?? [])].map((li) => `${li.dataset.severity} ${li.dataset.code}`)),
}));
const valid = (form) => page.$eval(form, (f) => f.checkValidity());

async function seriousViolations() {
  const result = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'label-content-name-mismatch': { enabled: true } },
  }));
  return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('bindField: an error blocks the form through setCustomValidity and is described on the control', async () => {
  assert.deepEqual((await attributes('#single-id')).findings, [], 'nothing is shown before the control is used');
  assert.equal(await valid('#single'), false, 'but an empty ID number is an error (INPUT_EMPTY) from the start');
  // checkValidity fires `invalid` at the control, as a submit would: now it is shown.
  assert.deepEqual((await attributes('#single-id')).findings, ['error INPUT_EMPTY']);
  await page.fill('#single-id', '110105194912310021');
  const wrong = await attributes('#single-id');
  assert.equal(wrong.invalid, 'true');
  assert.deepEqual(wrong.findings, ['error ID_CHECKSUM']);
  assert.match(wrong.message, /校验位不符/);
  await page.fill('#single-id', '11010519491231002X');
  const right = await attributes('#single-id');
  assert.deepEqual(right, { invalid: null, describedBy: null, message: '', findings: [] });
  await demo.shot('dom-field-valid');
});

test("bindField keeps the page's own aria-describedby and shows a warning without blocking", async () => {
  await page.fill('#single-phone', '0755-8601338');
  const short = await attributes('#single-phone');
  assert.equal(short.invalid, 'true');
  assert.match(short.describedBy, /^single-phone-hint beian-check-findings-\d+$/);
  await page.fill('#single-phone', '0755-86013388');
  const ok = await attributes('#single-phone');
  assert.equal(ok.describedBy, 'single-phone-hint');
  assert.equal(await valid('#single'), true);
  // Born in 2015 in a district merged away in 2010 (崇文区): a warning, shown, not blocking.
  await page.fill('#single-id', '110103201501010014');
  const retired = await attributes('#single-id');
  assert.equal(await valid('#single'), true);
  assert.equal(retired.invalid, null);
  assert.deepEqual(retired.findings, ['warning ID_DIVISION_RETIRED_BEFORE_BIRTH']);
  await page.click('#single button[type="submit"]');
  assert.match(await page.textContent('#single-status'), /可以提交/);
});

test('bindForm: findings by path at their controls; a submit attempt shows them all', async () => {
  assert.deepEqual((await attributes('#filing-mobile')).findings, [], 'nothing is shown on an unused form');
  await page.fill('#filing-mobile', '1380013800');
  await page.locator('#filing-mobile').blur();
  assert.deepEqual((await attributes('#filing-mobile')).findings.filter((f) => f.startsWith('error')), ['error PHONE_MOBILE_LENGTH']);
  assert.equal((await attributes('#filing-email')).findings.length, 0, 'an untouched control shows nothing yet');
  // reportValidity (like a submit, or checkValidity) fires `invalid` at each invalid control: everything is shown.
  assert.equal(await page.$eval('#filing', (f) => f.reportValidity()), false);
  const email = await attributes('#filing-email');
  assert.equal(email.invalid, 'true');
  assert.ok(email.findings.includes('error INPUT_EMPTY'), email.findings.join());
  await demo.shot('dom-form-submitted');
  assert.deepEqual(await seriousViolations(), [], 'axe on the page with every error shown');
  const values = {
    '#filing-name': '张三', '#filing-id': '440305198507048916', '#filing-mobile': '13923456789',
    '#filing-email': 'zhangsan@example.com', '#filing-emergency': '13712345678', '#filing-remark': '个人摄影作品展示，不涉及经营', '#filing-address': '广东省深圳市南山区科技园南路 16 号 2 栋 301 室',
    '#filing-site': '张三的摄影日记', '#filing-domain': 'zhangsan-photo.cn',
  };
  await page.selectOption('#filing-province', '440000');
  for (const [selector, value] of Object.entries(values)) await page.fill(selector, value);
  const left = await page.$$eval('#filing [aria-invalid="true"]', (els) => els.map((el) => `${el.id}: ${el.validationMessage}`));
  assert.deepEqual(left, []);
  assert.equal(await valid('#filing'), true);
  assert.match(await page.textContent('#filing-status'), /没有错误/);
  assert.deepEqual(await seriousViolations(), []);
  await demo.shot('dom-form-valid');
});

test('unbinding removes the list, the attributes and the custom validity', async () => {
  const after = await page.evaluate(async () => {
    const { bindField } = await import('/pkg/dom.js');
    const { validateEmail } = await import('/pkg/index.js');
    const form = document.createElement('form');
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'e-mail');
    input.setAttribute('aria-describedby', 'own-hint');
    form.append(input);
    document.body.append(form);
    const unbind = bindField(input, validateEmail);
    input.value = 'a@b';
    input.dispatchEvent(new Event('input'));
    const bound = [form.checkValidity(), input.getAttribute('aria-invalid'), input.getAttribute('aria-describedby'), form.querySelectorAll('li').length];
    unbind();
    input.dispatchEvent(new Event('input'));
    const unbound = [form.checkValidity(), input.getAttribute('aria-invalid'), input.getAttribute('aria-describedby'), form.querySelectorAll('ul').length];
    form.remove();
    return { bound, unbound };
  });
  assert.deepEqual(after.bound.slice(0, 2), [false, 'true']);
  assert.match(after.bound[2], /^own-hint beian-check-findings-\d+$/);
  assert.equal(after.bound[3], 1);
  assert.deepEqual(after.unbound, [true, null, 'own-hint', 0]);
  demo.assertPrivate();
});
