// An identity document field checked on every keystroke with beian-check.
// `require('beian-check')` resolves to miniprogram_npm/beian-check/ after
// 工具 → 构建 npm (the package's "miniprogram" field points there).
const bc = require('beian-check');

Page({
  data: { ready: false, value: '', ok: null, findings: [] },

  onLoad() {
    // Instantiates beian_check_bg.wasm.br with WXWebAssembly and loads the
    // division names (for birthplaces); add 'mobile-location.bin' to `data`
    // for mobile home locations.
    bc.init({ data: ['division-names.bin'] }).then(
      () => this.setData({ ready: true }),
      (error) => this.setData({ findings: [{ key: 'init', severity: 'error', text: error.message }] }),
    );
  },

  onInput(event) {
    const value = event.detail.value;
    if (!this.data.ready) return;
    const result = bc.validateIdNumber(value, { kind: 'resident_id' });
    this.setData({
      value,
      ok: value.trim() === '' ? null : result.ok,
      place: result.division ? result.division.province + result.division.name : '',
      findings: result.findings.map((f) => ({ key: f.code, severity: f.severity, text: f.message })),
    });
  },
});
