// End-to-end: the demo on a phone (issue 25, item 6). At 390 × 844 the
// header is compact — the product name on one line, the tabs on one row —
// the filing form comes first and its summary after it, reachable from a
// sticky count at the bottom of the screen that is a real link, works with
// a click and with Enter, and never covers the focused field. axe finds no
// serious or critical WCAG 2.1 A/AA violation and nothing scrolls sideways,
// in Chinese and in English. At 900 px and wider the two-column desktop
// layout is unchanged. Saves test-results/phone-*.png.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openDemo } from './support/browser.mjs';
import { injectAxe, violations } from './support/axe.mjs';

const PHONE = { width: 390, height: 844 };
const open = [];
after(() => Promise.all(open.map((demo) => demo.close())));

async function phone(path) {
  const demo = await openDemo(path, PHONE);
  open.push(demo);
  await injectAxe(demo.page);
  return demo;
}

/** What a phone user sees without scrolling (the helper's `shot` is the whole page). */
async function screen(page, name) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** The header is compact, nothing overflows sideways, axe is content. */
async function assertPhoneBasics(page, label) {
  const header = await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    const style = getComputedStyle(h1);
    const lineHeight = style.lineHeight === 'normal' ? 1.5 * parseFloat(style.fontSize) : parseFloat(style.lineHeight);
    const links = [...document.querySelectorAll('.pages a')].map((a) => {
      const s = getComputedStyle(a);
      const box = a.getBoundingClientRect();
      return { top: Math.round(box.top), content: box.height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom), line: parseFloat(s.lineHeight) };
    });
    const nav = document.querySelector('.pages').getBoundingClientRect();
    const brand = document.querySelector('.brand').getBoundingClientRect();
    const current = document.querySelector('.pages [aria-current="page"]').getBoundingClientRect();
    return {
      nav: { width: nav.width, belowBrand: nav.top >= brand.bottom - 1, currentTabShown: current.left >= nav.left - 1 && current.right <= nav.right + 1 },
      h1: { height: h1.getBoundingClientRect().height, lineHeight, clipped: h1.scrollWidth > h1.clientWidth },
      links, navHeight: nav.height,
      header: document.querySelector('.bar').getBoundingClientRect().height,
      scrollWidth: document.scrollingElement.scrollWidth,
    };
  });
  assert.ok(header.h1.height <= header.h1.lineHeight * 1.2, `${label}: the product name takes one line (${header.h1.height}px, line ${header.h1.lineHeight}px)`);
  assert.equal(header.h1.clipped, false, `${label}: the product name is not cut off`);
  assert.ok(header.nav.belowBrand && header.nav.width >= 240 && header.nav.currentTabShown, `${label}: the tabs have a row of their own under the product name, the current one in view (${JSON.stringify(header.nav)})`);
  assert.equal(new Set(header.links.map((l) => l.top)).size, 1, `${label}: the tabs share one row`);
  for (const link of header.links) assert.ok(link.content <= link.line * 1.2, `${label}: a tab's name takes one line`);
  assert.ok(header.navHeight < 2 * Math.min(...header.links.map((l) => l.line)) + 30, `${label}: the nav is one row (${header.navHeight}px)`);
  assert.ok(header.header <= 110, `${label}: the header is compact (${header.header}px)`);
  assert.ok(header.scrollWidth <= PHONE.width, `${label}: no sideways scrolling (scrollWidth ${header.scrollWidth})`);
  assert.deepEqual(await violations(page), [], `${label}: axe`);
}

const rect = (page, selector) => page.$eval(selector, (e) => e.getBoundingClientRect().toJSON());
const overlaps = (a, b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

/** The summary's heading is on screen and not under the sticky bar. */
async function assertSummaryInView(page, label) {
  const heading = await rect(page, '#summary-title');
  const bar = await rect(page, '#jump');
  assert.ok(heading.top >= 0 && heading.bottom <= PHONE.height, `${label}: the summary is in view (top ${heading.top})`);
  assert.ok(!overlaps(heading, bar), `${label}: the sticky bar does not hide the summary's heading`);
}

/** The counts the summary shows, as numbers. */
const counts = (page) => page.evaluate(() => ['error', 'warning', 'material'].map((s) => Number(document.getElementById(`count-${s}`).textContent)));

async function assertFormPage(page, state, locale) {
  const label = `/ ${state} ${locale}`;
  await page.evaluate(() => window.scrollTo(0, 0));
  await assertPhoneBasics(page, label);

  // The form first: its first control is above the fold, the summary after the form (in the DOM and on screen).
  const first = await rect(page, '#form :is(input, select, textarea, button)');
  const firstField = await rect(page, '#form [data-path]');
  const bar = await rect(page, '#jump');
  assert.ok(first.top < PHONE.height, `${label}: the first control is above the fold (${first.top})`);
  assert.ok(firstField.bottom < bar.top, `${label}: the first field of the filing is on screen, above the sticky bar (${firstField.bottom} < ${bar.top})`);
  assert.ok(await page.evaluate(() => Boolean(document.getElementById('form').compareDocumentPosition(document.getElementById('summary'))
    & Node.DOCUMENT_POSITION_FOLLOWING)), `${label}: the summary follows the form in reading order`);
  assert.ok((await rect(page, '#summary')).top > (await rect(page, '#form')).bottom, `${label}: and on screen`);

  // The sticky count: visible at the bottom of the screen, a link named by the counts.
  const [errors, warnings, materials] = await counts(page);
  const expected = locale === 'zh-CN'
    ? `${errors} 处错误 · ${warnings} 条提示 · ${materials} 份材料`
    : new RegExp(`^${errors} errors? · ${warnings} warnings? · ${materials} materials?$`);
  const jump = page.getByRole('link', { name: locale === 'zh-CN' ? /处错误.*查看结果/ : /errors?.*Result/ });
  assert.equal(await jump.count(), 1, `${label}: the sticky count is a link with an accessible name`);
  assert.equal(await jump.getAttribute('id'), 'jump');
  assert.ok(await jump.isVisible(), `${label}: the sticky count is visible`);
  if (typeof expected === 'string') assert.equal(await page.textContent('#jump-counts'), expected, label);
  else assert.match(await page.textContent('#jump-counts'), expected, label);
  assert.ok(bar.bottom <= PHONE.height && bar.top > PHONE.height / 2, `${label}: the sticky count sits at the bottom of the screen`);
  assert.ok(bar.height >= 44, `${label}: the sticky count is a comfortable target (${bar.height}px)`);

  // Activating it brings the summary into view: a tap…
  await jump.click();
  await assertSummaryInView(page, `${label}, tapped`);
  // …and Enter: the keyboard reaches it right after the form, with a visible focus.
  await page.focus('#add-app');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'jump', `${label}: Tab goes from the form to the sticky count`);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', `${label}: the focused sticky count shows its focus`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Enter');
  await assertSummaryInView(page, `${label}, Enter`);
  // The next Tab goes on in the summary, not back at the top of the page.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => ({
    id: document.activeElement.id || document.activeElement.className || document.activeElement.tagName,
    inSummary: Boolean(document.activeElement.closest('#summary')),
  }));
  assert.ok(next.inSummary, `${label}: Tab after the jump goes on in the summary (${next.id})`);
}

test('the filing form on a phone: empty, with the classic mistakes, in English', async () => {
  const { page, shot } = await phone('/');
  await page.click('#clear');
  await assertFormPage(page, 'empty', 'zh-CN');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('phone-form-empty');
  await screen(page, 'phone-form-empty-screen');

  await page.selectOption('#example', 'unitMistakes');
  assert.ok((await counts(page))[0] > 0, 'the classic mistakes have errors');
  await assertFormPage(page, 'mistakes', 'zh-CN');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('phone-form-mistakes');
  await screen(page, 'phone-form-mistakes-screen');
  await page.locator('#jump').click();
  await screen(page, 'phone-form-mistakes-summary');

  await page.click('#locale');
  await assertFormPage(page, 'mistakes', 'en');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('phone-form-mistakes-en');
  await screen(page, 'phone-form-mistakes-en-screen');

  await page.click('#clear');
  await assertFormPage(page, 'empty', 'en');
});

test('on a phone the sticky count never covers the field that has the focus', async () => {
  const { page } = await phone('/');
  await page.selectOption('#example', 'unitMistakes');
  await page.focus('#example');
  const covered = [];
  let stops = 0;
  // Tab through the whole form, as a keyboard user of a phone or small tablet would.
  for (; stops < 400; stops++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      const bar = document.getElementById('jump').getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return {
        id: el.id || el.dataset.path || el.tagName, inForm: Boolean(el.closest('#form')),
        covered: el.id !== 'jump' && box.bottom > bar.top && box.top < bar.bottom && box.height > 0,
      };
    });
    if (!where.inForm) break;
    if (where.covered) covered.push(where.id);
  }
  assert.ok(stops > 40, `Tab went through the form (${stops} stops)`);
  assert.deepEqual(covered, [], 'focused controls under the sticky count');
  // The keyboard reaches the sticky count right after the form.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'jump');
  await screen(page, 'phone-form-focus-on-jump');
});

test('the single-field page and the plain-forms page on a phone, in Chinese and English', async () => {
  const { page, shot } = await phone('/fields.html');
  for (const locale of ['zh-CN', 'en']) {
    const label = `/fields.html ${locale}`;
    await assertPhoneBasics(page, label);
    const first = await rect(page, 'main :is(input, select, textarea)');
    assert.ok(first.bottom < PHONE.height, `${label}: the first control is above the fold (${first.bottom})`);
    await page.fill('#id-number', '110105194912310021');
    await page.fill('#site-domain', 'www.example.io');
    assert.ok((await page.evaluate(() => document.scrollingElement.scrollWidth)) <= PHONE.width, `${label}: no sideways scrolling with findings`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(`phone-fields-${locale}`);
    await screen(page, `phone-fields-${locale}-screen`);
    await page.click('#locale');
  }

  const dom = await phone('/dom.html');
  await assertPhoneBasics(dom.page, '/dom.html');
  const first = await rect(dom.page, 'main :is(input, select, textarea)');
  assert.ok(first.bottom < PHONE.height, `/dom.html: the first control is above the fold (${first.bottom})`);
  await screen(dom.page, 'phone-dom-screen');
});

test('from 900 px up the desktop layout stays: summary beside the form, no sticky count', async () => {
  const { page, shot } = await phone('/');
  await page.selectOption('#example', 'unitMistakes');
  for (const width of [900, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const [form, summary] = [await rect(page, '#form'), await rect(page, '#summary')];
    assert.ok(summary.left >= form.right && Math.abs(summary.top - form.top) < 2, `${width}px: the summary is beside the form`);
    assert.equal(await page.isVisible('#jump'), false, `${width}px: no sticky count`);
    assert.equal(await page.$eval('.pages', (nav) => getComputedStyle(nav).overflowX), 'visible', `${width}px: the desktop nav`);
  }
  await shot('phone-desktop-1280');
});
