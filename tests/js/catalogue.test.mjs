// The rule catalogue and the province requirements as the package returns
// them (listRules, provinceRequirements), and the generator that writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { listRules, provinceRequirements, validateFiling, loadRuleTexts } from 'beian-check';

const PROVINCES = ['110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000',
  '330000', '340000', '350000', '360000', '370000', '410000', '420000', '430000', '440000', '450000', '460000',
  '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000'];

test('src/tables/provinces.rs and rule-texts.bin are up to date with data/rules/generate.py', () => {
  assert.match(execFileSync('python3', ['data/rules/generate.py', '--check']).toString(), /242 requirements.*up to date/);
});

test('the JS catalogue returns exactly what the native crate computes (examples/rule_texts.rs), both languages', () => {
  const native = JSON.parse(execFileSync('cargo', ['run', '-q', '--example', 'rule_texts', '--', '--expanded'], { maxBuffer: 64 << 20 }));
  for (const locale of ['zh-CN', 'en']) {
    assert.deepEqual(listRules({ locale }), native[locale].rules, `listRules ${locale}`);
    for (const [code, list] of Object.entries(native[locale].provinces)) {
      assert.deepEqual(provinceRequirements(code, { locale }), list, `${code} ${locale}`);
    }
  }
});

test('loadRuleTexts refuses other bytes with a reason, never throws', () => {
  for (const bad of [new Uint8Array([1, 2, 3]), new TextEncoder().encode('{"format":"x"}'), 'text', null, {}, new ArrayBuffer(0)]) {
    const r = loadRuleTexts(bad);
    assert.equal(r.loaded, false, String(bad));
    assert.match(r.error, /rule-texts|bytes/);
  }
  assert.ok(listRules().length > 70, 'a refused file leaves the loaded catalogue in place');
});

test('listRules: every rule id with its words in both languages, its codes and its sources', () => {
  for (const locale of ['zh-CN', 'en']) {
    const rules = listRules({ locale });
    assert.ok(rules.length >= 70);
    for (const rule of rules) {
      assert.ok(rule.title && rule.checks && rule.severity, `${rule.id} (${locale})`);
      for (const code of rule.codes) assert.match(code.severity, /^(error|warning|material)$/);
    }
  }
  const loc = listRules({ locale: 'en' }).find((r) => r.id === 'R-LOC-1');
  assert.equal(loc.title, 'ID cards of another province');
  assert.deepEqual(loc.codes.map((c) => c.code).sort(),
    ['ID_OTHER_PROVINCE_DISPUTED', 'ID_OTHER_PROVINCE_REFUSED', 'MATERIAL_RESIDENCE_PROOF', 'PERSONAL_ID_OTHER_PROVINCE']);
  assert.ok(loc.provinces.includes('R-LOC-1@140000'));
});

test('provinceRequirements: each of the 31 provinces has its own requirements, each with dated sources', () => {
  for (const code of PROVINCES) {
    const own = provinceRequirements(code).filter((r) => r.province === code);
    assert.ok(own.length > 0, code);
    for (const r of own) {
      assert.ok(r.text, r.id);
      assert.ok(r.sources.length > 0, `${r.id} has a source`);
      for (const s of r.sources) assert.ok(s.title && s.date, `${r.id}: ${JSON.stringify(s)}`);
    }
  }
  assert.deepEqual(provinceRequirements('44').map((r) => r.id), provinceRequirements('440000').map((r) => r.id), 'a two-digit code');
});

test('firmness: an error rests on two independent sources, one from 2020 or later, and none against', () => {
  for (const code of PROVINCES) {
    for (const r of provinceRequirements(code, { locale: 'en' }).filter((x) => x.severity === 'error' && x.province === code)) {
      assert.equal(r.against.length, 0, r.id);
      const official = r.sources.some((s) => /MIIT|Ministry/.test(s.provider));
      if (!official) {
        assert.ok(new Set(r.sources.map((s) => s.provider)).size >= 2, `${r.id}: ${r.firmness}`);
        assert.ok(r.sources.some((s) => Number(s.date.match(/\d{4}/)?.[0]) >= 2020), `${r.id}: ${r.firmness}`);
      }
    }
  }
});

test('a requirement and the finding it gives agree: Shanxi refuses an ID card of Hebei', () => {
  const [rule] = provinceRequirements('140000').filter((r) => r.id === 'R-LOC-1@140000');
  assert.equal(rule.severity, 'error');
  const form = {
    kind: 'personal', region: { province: '140000', city: '140100', district: '140105' },
    subject: { name: '李明', owner: { name: '李明', idType: 'resident_id', idNumber: '130102199003075131' } },
  };
  const finding = validateFiling(form).findings.find((f) => f.rule === 'R-LOC-1');
  assert.deepEqual([finding.code, finding.severity, finding.path], ['ID_OTHER_PROVINCE_REFUSED', 'error', 'subject.owner.idNumber']);
  assert.equal(finding.params.sources.length, 4);
});

test('unknown or hostile province codes give an empty list, never a throw', () => {
  for (const code of ['99', '', null, undefined, 12, '山西', {}, '4400000']) assert.deepEqual(provinceRequirements(code), []);
});
