// beian-check in the UI stacks consoles are built with: each app of
// examples/ui/ (Ant Design 5, Element Plus 2, Vant 4, TDesign for Vue,
// async-validator on its own) type-checked with its library's own types
// (tsc / vue-tsc, no casts), built with Vite against the package from
// `npm pack`, served behind a CSP and driven in headless Chromium as a
// person would: a wrong value shows its message at the field, a right one
// clears it, a warning never blocks submit, submit never hangs, and the city
// (a cross-field option: the landline's `cityCode`, the mobile's `province`)
// reaches the checks and re-checks the fields that depend on it.
//   KEEP_UI_TMP=1 node --test tests/ui/form-libraries.test.mjs  keeps the builds and screenshots
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as bc from 'beian-check';
import { SECURITY_HEADERS } from '../../scripts/serve.mjs';
import { launchChromium, openApp, serveDir } from '../support/browser-app.mjs';
import { ROOT, installLocked, installTarball, packTarball } from '../support/packed.mjs';

const UI = join(ROOT, 'examples/ui');
const BIN = join(UI, 'node_modules/.bin');
const LIMIT = { timeout: 180_000 };
/** How long a message may take to appear or go (animations included). */
const SETTLE = 5_000;

/**
 * Ant Design 5 writes its styles into <style> elements at run time (CSS-in-JS),
 * which a `style-src 'self'` refuses: its app is served with inline styles
 * allowed (or give ConfigProvider a nonce). Scripts stay as strict as the demo's.
 */
const INLINE_STYLES = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': `${SECURITY_HEADERS['Content-Security-Policy']}; style-src 'self' 'unsafe-inline'`,
};

/**
 * Vant's stylesheet carries its icon font inline (a data: URL), with a copy
 * on Alibaba's CDN as the fallback: data: fonts are allowed, and Chromium,
 * which loads the inline copy, still asks for the CDN's, which the CSP
 * refuses (nothing reaches the CDN).
 */
const DATA_FONTS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': `${SECURITY_HEADERS['Content-Security-Policy']}; font-src 'self' data:`,
};
const VANT_CDN_FONT = /^https?:\/\/at\.alicdn\.com\/t\/c\/font_\d+_\w+\.woff\b/;

/**
 * Per app: its type checker, headers, and where a field's messages are, as
 * a function run in the page: (name) → { errors: string[], warnings: string[] }.
 */
const APPS = {
  antd: {
    typecheck: 'tsc',
    headers: INLINE_STYLES,
    messages: (name) => {
      const texts = (s) => [...document.querySelectorAll(`.field-${name} ${s}`)].map((e) => e.textContent.trim());
      return { errors: texts('.ant-form-item-explain-error'), warnings: texts('.ant-form-item-explain-warning') };
    },
  },
  'element-plus': {
    typecheck: 'vue-tsc',
    messages: (name) => {
      const texts = (s) => [...document.querySelectorAll(`.field-${name} ${s}`)].map((e) => e.textContent.trim());
      return { errors: texts('.bc-error'), warnings: texts('.bc-warning') };
    },
  },
  vant: {
    typecheck: 'vue-tsc',
    headers: DATA_FONTS,
    refusedByCsp: VANT_CDN_FONT,
    messages: (name) => {
      const texts = (s) => [...document.querySelectorAll(s)].map((e) => e.textContent.trim());
      return { errors: texts(`.field-${name} .van-field__error-message`), warnings: texts(`.bc-warning[data-field="${name}"]`) };
    },
  },
  tdesign: {
    typecheck: 'vue-tsc',
    messages: (name) => {
      const item = document.querySelector(`.field-${name}`);
      const text = [...item.querySelectorAll('.t-input__extra')].map((e) => e.textContent.trim()).filter(Boolean);
      const failed = item.querySelector('.t-is-error') ? 'errors' : item.querySelector('.t-is-warning') ? 'warnings' : null;
      return { errors: failed === 'errors' ? text : [], warnings: failed === 'warnings' ? text : [] };
    },
  },
  'async-validator': {
    typecheck: 'tsc',
    messages: (name) => {
      const texts = (s) => [...document.querySelectorAll(`.field-${name} ${s}`)].map((e) => e.textContent.trim());
      return { errors: texts('.bc-error'), warnings: texts('.bc-warning') };
    },
  },
};

/** The messages the person must see, from the same package's Node entry. */
const message = (result) => result.findings.map((f) => f.message);
const EXPECTED = {
  badId: message(bc.validateIdNumber('110105194912310021')),
  mobileOutOfProvince: message(bc.validatePhone('13800138000', { kind: 'mobile', province: '350000' })),
  landlineShenzhen: message(bc.validatePhone('0591-86013388', { kind: 'landline', cityCode: '440300' })),
  landlineBeijing: message(bc.validatePhone('0591-86013388', { kind: 'landline', cityCode: '110100' })),
};

let tmp;
let browser;

before(async () => {
  // The sources' own wording, so that a broken oracle cannot pass either.
  assert.match(EXPECTED.badId[0], /^校验位不符/);
  assert.match(EXPECTED.mobileOutOfProvince[0], /手机号码归属地为北京市，不在备案省份福建省/);
  assert.match(EXPECTED.landlineShenzhen[0], /区号 0591 属于福建省福州市，与通信地址所在的广东省深圳市（0755）不符/);
  assert.match(EXPECTED.landlineBeijing[0], /北京市/);
  tmp = mkdtempSync(join(tmpdir(), 'beian-ui-'));
  installLocked(UI);
  installTarball(UI, packTarball(tmp));
  browser = await launchChromium();
}, { timeout: 20 * 60_000 });

after(async () => {
  await browser?.close();
  if (tmp && !process.env.KEEP_UI_TMP) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`kept ${tmp}`);
});

/** Polls `read` until it deep-equals `expected` (at most SETTLE ms); fails with the last value. */
async function settle(read, expected, what) {
  const until = Date.now() + SETTLE;
  let last;
  for (;;) {
    last = await read();
    try {
      assert.deepEqual(last, expected);
      return;
    } catch (error) {
      if (Date.now() > until) throw new Error(`${what}: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Each item's box holds its messages, whole (no ellipsis), and the items do not overlap. */
async function assertReadable(page) {
  const boxes = await page.evaluate(() => ['idNumber', 'mobile', 'phone'].map((name) => {
    const item = document.querySelector(`.field-${name}`);
    const { top, bottom } = item.getBoundingClientRect();
    const texts = [...item.querySelectorAll('*')].filter((e) => e.childElementCount === 0 && e.textContent.trim());
    return {
      name, top, bottom,
      lowest: Math.max(bottom, ...texts.map((e) => e.getBoundingClientRect().bottom)),
      cut: texts.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
    };
  }));
  for (let i = 0; i < boxes.length; i++) {
    assert.deepEqual(boxes[i].cut, [], `${boxes[i].name}: text cut off`);
    assert.ok(boxes[i].lowest <= boxes[i].bottom + 1, `${boxes[i].name}: a message reaches below its item (${JSON.stringify(boxes[i])})`);
    if (i + 1 < boxes.length) assert.ok(boxes[i].bottom <= boxes[i + 1].top + 1, `${boxes[i].name} overlaps ${boxes[i + 1].name}`);
  }
}

for (const [name, app] of Object.entries(APPS)) {
  test(`${name}: type-checks, builds from the tarball, and shows the checks at their fields`, LIMIT, async () => {
    const dir = join(UI, name);
    execFileSync(join(BIN, app.typecheck), ['-p', dir], { stdio: 'pipe', timeout: 120_000 });
    const outDir = join(tmp, name);
    execFileSync(join(BIN, 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: dir, stdio: 'pipe', timeout: 120_000 });

    const opened = await openApp(browser, await serveDir(outDir, app.headers), {
      viewport: { width: 420, height: 900 }, refusedByCsp: app.refusedByCsp,
    });
    const { page } = opened;
    try {
      const at = (field) => () => page.evaluate(app.messages, field);
      const input = (field) => page.locator(`.field-${field} input`);
      const type = async (field, value) => {
        await input(field).fill(value);
        await input(field).blur();
      };
      const submit = async (expected) => {
        // Ant Design spaces a two-character label: 提 交.
        await page.getByRole('button', { name: /^提\s*交$/ }).click();
        await settle(() => page.textContent('#status'), expected, 'submit');
      };
      const none = { errors: [], warnings: [] };

      // A wrong ID shows its error at the field; the right one clears it.
      await type('idNumber', '110105194912310021');
      await settle(at('idNumber'), { errors: EXPECTED.badId, warnings: [] }, 'a wrong ID');
      await type('idNumber', '11010519491231002X');
      await settle(at('idNumber'), none, 'the right ID');

      // In Fuzhou: a Fuzhou landline is fine; a Beijing mobile is a warning (R-TEL-4) …
      await type('phone', '0591-86013388');
      await settle(at('phone'), none, 'a Fuzhou landline in Fuzhou');
      await type('mobile', '13800138000');
      await settle(at('mobile'), { errors: [], warnings: EXPECTED.mobileOutOfProvince }, 'a Beijing mobile in Fujian');
      // … which never blocks submit.
      await submit('submitted');
      await page.screenshot({ path: join(tmp, `${name}-warning.png`), fullPage: true });

      // The city changes to Shenzhen: the landline is checked again without being touched.
      await page.getByText('深圳市', { exact: true }).click();
      await settle(at('phone'), { errors: EXPECTED.landlineShenzhen, warnings: [] }, 'the landline after the city became Shenzhen');
      await settle(at('mobile'), none, 'the mobile in Guangdong');
      await submit('blocked');
      await page.getByText('北京市', { exact: true }).click();
      await settle(at('phone'), { errors: EXPECTED.landlineBeijing, warnings: [] }, 'the landline after the city became Beijing');
      await assertReadable(page);
      await page.screenshot({ path: join(tmp, `${name}-error.png`), fullPage: true });

      // The right number for the city clears it and submit goes through.
      await type('phone', '010-86013388');
      await settle(at('phone'), none, 'a Beijing landline in Beijing');
      await submit('submitted');
      opened.check();
    } finally {
      await opened.close();
    }
  });
}
