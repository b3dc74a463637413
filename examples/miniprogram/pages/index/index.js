// @ts-check
// The owner's identity document and mobile, checked on every keystroke with
// beian-check. `require('beian-check')` resolves to miniprogram_npm/beian-check/
// after 工具 → 构建 npm (the package's "miniprogram" field points there).
// A page built with the Component constructor (base library 1.6.3+), so that
// miniprogram-simulate can render it in tests.
/** @type {import('beian-check')} */
const bc = require('beian-check');

/** How a screen reader announces each severity (the colour alone says nothing to it). */
const SPOKEN = /** @type {Record<string, string>} */ ({ error: '错误', warning: '提示', material: '材料' });

/**
 * A result's findings as the page lists them; `label` is what a screen reader
 * reads: the severity in words, then the message.
 * @param {{ findings: Array<{ code: string, severity: string, message: string }> }} result
 */
const shown = (result) => result.findings.map((f) => ({
  key: f.code, severity: f.severity, text: f.message, label: `${SPOKEN[f.severity] ?? f.severity}：${f.message}`,
}));

Component({
  data: {
    ready: false,
    /** @type {Array<{ key: string, severity: string, text: string }>} */
    initError: [],
    id: { value: '', ok: /** @type {boolean | null} */ (null), place: '', findings: shown({ findings: [] }) },
    mobile: { value: '', ok: /** @type {boolean | null} */ (null), place: '', findings: shown({ findings: [] }) },
  },

  lifetimes: {
    attached() {
      // Instantiates beian_check_bg.wasm.br with WXWebAssembly and loads the
      // place names (birthplaces) and mobile home locations.
      bc.init({ data: ['division-names', 'mobile-location'] }).then(
        () => this.setData({ ready: true }),
        (/** @type {Error} */ error) => this.setData({ initError: [{ key: 'init', severity: 'error', text: error.message }] }),
      );
    },
  },

  methods: {
    /** @param {WechatMiniprogram.Input} event */
    onIdInput(event) {
      if (!this.data.ready) return;
      const value = event.detail.value;
      const result = bc.validateIdNumber(value, { kind: 'resident_id' });
      const place = result.division ? result.division.province + result.division.name : '';
      this.setData({ id: { value, ok: value.trim() === '' ? null : result.ok, place, findings: shown(result) } });
    },

    /** @param {WechatMiniprogram.Input} event */
    onMobileInput(event) {
      if (!this.data.ready) return;
      const value = event.detail.value;
      const result = bc.validatePhone(value, { kind: 'mobile', province: '120000' });
      const place = result.location ? result.location.province + result.location.city : '';
      this.setData({ mobile: { value, ok: value.trim() === '' ? null : result.ok, place, findings: shown(result) } });
    },
  },
});
