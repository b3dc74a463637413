// End-to-end accessibility (issue 19): axe-core (pinned, from npm) on every
// page of the demo in each state a person sees — empty, a clean example, the
// classic mistakes, and in English — must find no serious or critical
// violation of WCAG 2.1 A/AA; fields with findings are described by them;
// the summary announces its counts and moves focus to a field; and a
// personal filing can be filled in with the keyboard alone, with a visible
// focus on every stop. Saves test-results/a11y-*.png.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support/browser.mjs';
import { injectAxe, violations } from './support/axe.mjs';

const open = [];
after(() => Promise.all(open.map((demo) => demo.close())));

async function demoAt(path) {
  const demo = await openDemo(path, { width: 1280, height: 900 });
  open.push(demo);
  await injectAxe(demo.page);
  return demo;
}

test('the filing form: no serious or critical axe violation empty, clean, with mistakes, with apps, in English', async () => {
  const { page, shot } = await demoAt('/');
  const states = {
    empty: () => page.click('#clear'),
    clean: () => page.selectOption('#example', 'personalClean'),
    mistakes: () => page.selectOption('#example', 'unitMistakes'),
    apps: () => page.selectOption('#example', 'appMistakes'),
    english: () => page.click('#locale'),
  };
  for (const [state, enter] of Object.entries(states)) {
    await enter();
    assert.deepEqual(await violations(page), [], `/ ${state}`);
    await shot(`a11y-form-${state}`);
  }
});

test('the single-field page: no serious or critical axe violation empty, valid, invalid, in English', async () => {
  const { page, shot } = await demoAt('/fields.html');
  const fill = async (values) => { for (const [id, value] of Object.entries(values)) await page.fill(id, value); };
  const states = {
    empty: () => fill({ '#id-number': '', '#unit-number': '', '#phone-mobile': '', '#site-domain': '' }),
    valid: () => fill({ '#id-number': '11010519491231002X', '#phone-mobile': '13800138000', '#site-domain': 'example.com.cn' }),
    invalid: () => fill({ '#id-number': '110105194912310021', '#unit-number': '91350100M000100Y4X', '#phone-mobile': '1380013800', '#site-domain': 'www.example.io' }),
    english: () => page.click('#locale'),
  };
  for (const [state, enter] of Object.entries(states)) {
    await enter();
    assert.deepEqual(await violations(page), [], `/fields.html ${state}`);
  }
  await shot('a11y-fields-english');
});

test('a field with an error is described by its findings and marked invalid, as a screen reader sees it', async () => {
  const { page, shot } = await demoAt('/');
  await page.selectOption('#example', 'unitMistakes');
  const control = page.locator('[data-field="subject.owner.email"] [data-path]');
  assert.equal(await control.getAttribute('aria-invalid'), 'true');
  const described = await control.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ')
    .map((id) => document.getElementById(id)?.textContent.trim()));
  assert.ok(described.length > 0 && described.every(Boolean), 'every id of aria-describedby exists');
  // The accessibility tree, as Chromium hands it to a screen reader.
  const cdp = await page.context().newCDPSession(page);
  const nodeId = await control.evaluate((el) => el.id);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    backendNodeId: (await cdp.send('DOM.describeNode', {
      objectId: (await cdp.send('Runtime.evaluate', { expression: `document.getElementById(${JSON.stringify(nodeId)})` })).result.objectId,
    })).node.backendNodeId,
    fetchRelatives: false,
  });
  const node = nodes[0];
  const name = node.name?.value;
  const description = node.description?.value ?? '';
  const invalid = node.properties?.find((p) => p.name === 'invalid')?.value.value;
  console.log(`accessible name: ${name}\ndescription: ${description}\ninvalid: ${invalid}`);
  assert.equal(name, '电子邮箱');
  assert.equal(invalid, 'true');
  assert.match(description, /EMAIL_DOMAIN/);
  // A field without findings has neither.
  await page.selectOption('#example', 'personalClean');
  assert.equal(await control.getAttribute('aria-invalid'), null);
  assert.equal(await control.getAttribute('aria-describedby'), null);
  await control.focus();
  await shot('a11y-focus-on-a-field');
});

test('the summary announces its counts politely and moves focus to the field of a finding', async () => {
  const { page } = await demoAt('/');
  await page.selectOption('#example', 'unitMistakes');
  const region = page.locator('#announce');
  assert.equal(await region.getAttribute('role'), 'status');
  const errors = await page.textContent('#count-error');
  assert.match(await region.textContent(), new RegExp(`${errors} 处错误`));
  const first = page.locator('#issues button.issue').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.dataset.path ?? document.activeElement?.id);
  const where = await page.locator('#issues li').first().evaluate((li) => li.dataset.code);
  assert.ok(focused, `Enter on the first issue (${where}) moved focus to a field`);
  assert.notEqual(focused, 'issues');
});

/** The outline or box shadow that shows where the focus is. */
const focusIndicator = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return { path: el.dataset?.path ?? el.id ?? el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== 'none' };
});

test('a personal filing filled in with the keyboard alone, a visible focus at every stop', async () => {
  const { page, shot } = await demoAt('/');
  await page.fill('#as-of', '2026-11-22');
  await page.click('#clear');
  await page.evaluate(() => document.activeElement?.blur());
  // Tab from the top of the page to the field editing `path`; every stop must show its focus.
  const tabTo = async (path) => {
    for (let stops = 0; stops < 200; stops++) {
      await page.keyboard.press('Tab');
      const focus = await focusIndicator(page);
      assert.ok(focus.outline || focus.shadow, `no visible focus on ${focus.path}`);
      if (focus.path === path) return;
    }
    assert.fail(`Tab never reached ${path}`);
  };
  /** Picks an option of the focused select with the arrow keys. */
  const arrowTo = async (value) => {
    for (let n = 0; n < 40 && (await page.evaluate(() => document.activeElement.value)) !== value; n++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await page.evaluate(() => document.activeElement.value), value);
  };
  // The clean personal example, typed in document order.
  await tabTo('region.province');
  await arrowTo('440000');
  await tabTo('region.city');
  await arrowTo('440300');
  await tabTo('region.district');
  await arrowTo('440305');
  const steps = [
    ['subject.name', '张三'],
    ['subject.mailingAddress', '广东省深圳市南山区科技园南路 16 号 2 栋 301 室'],
    ['accountPhone', '13923456789'],
    ['subject.owner.name', '张三'],
    ['subject.owner.idNumber', '440305198507048916'],
    ['subject.owner.mobile', '13923456789'],
    ['subject.owner.emergencyPhone', '13712345678'],
    ['subject.owner.email', 'zhangsan@example.com'],
    ['websites[0].name', '张三的摄影日记'],
    ['websites[0].serviceContent', { option: '其他' }],
    ['websites[0].domains', 'zhangsan-photo.cn'],
    ['websites[0].homepageUrls', 'https://www.zhangsan-photo.cn/'],
    ['websites[0].remark', '个人摄影作品展示，不涉及经营'],
    ['websites[0].registrant', '张三'],
  ];
  for (const [path, value] of steps) {
    await tabTo(path);
    if (typeof value === 'string') await page.keyboard.type(value);
    else await arrowTo(value.option);
  }
  await shot('a11y-keyboard-filled');
  const form = await page.evaluate(() => [...document.querySelectorAll('#issues li')].map((li) => li.dataset.code));
  assert.equal(await page.textContent('#count-error'), '0', `errors left: ${form.join(', ')}`);
  assert.equal(await page.getAttribute('#verdict', 'data-state'), 'ok');
});
