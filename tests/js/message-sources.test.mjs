// Issue 25, item 5, through the built package (wasm + the loaded message
// table): a finding's message names a source a person can recognise — the
// provider or authority and its date — never a GitHub repository, an issue,
// an unidentified note or "no source"; the full provenance stays in params.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { validateDomain, validateFiling } from 'beian-check';

const UNRECOGNISABLE = /github|仓库|repositor|未识别|not identified|无来源|no source|日期不详|undated|部署笔记|deployment note|v2fly|issue #|pr #|willin|goplus|wuqibor|第三方代码|third-party code/i;
// One citation: a provider or authority (or user reports) and a date.
const CITED = {
  'zh-CN': /^(腾讯云|用户报告|工信部).*（\d{4}[^（）]*）$/,
  en: /^(Tencent Cloud|user reports|MIIT|the suffix code table of MIIT).* \(\d{4}[^()]*\)$/,
};

const csv = readFileSync(new URL('../../data/domains/tlds.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
const tlds = csv.flatMap((line) => line.split(',').slice(0, 2)).filter(Boolean);

test('every suffix of the table: the finding cites a provider or authority and a date', () => {
  assert.ok(tlds.length > 1036);
  let cited = 0;
  for (const tld of tlds) {
    for (const locale of ['zh-CN', 'en']) {
      for (const f of validateDomain(`example.${tld}`, { locale }).findings) {
        assert.doesNotMatch(f.message, UNRECOGNISABLE, `${tld} ${f.code}`);
        if (f.params.cited === undefined) continue;
        assert.match(f.params.cited, CITED[locale], `${tld} ${f.code}`);
        assert.ok(f.message.includes(f.params.cited), `${tld}: ${f.message}`);
        assert.equal(typeof f.params.source, 'string', 'the full title stays in params');
        cited += 1;
      }
    }
  }
  assert.ok(cited > 1600, `${cited}`);
});

test('.io and .hk: exact rule, code, severity and citation', () => {
  const io = validateDomain('example.io').findings;
  assert.deepEqual(io.map((f) => [f.rule, f.code, f.severity]), [['R-DOM-1', 'DOMAIN_SUFFIX_NOT_APPROVED', 'error']]);
  assert.equal(io[0].message, '.io 域名不能备案：截至 2022-08-30，.io 不在工信部批准的域名后缀名单（腾讯云文档《备案域名》“可备案的域名后缀”表）中；'
    + '另据用户报告（2026），它未获批准。');
  assert.equal(io[0].params.source, 'GitHub 上的一份部署笔记（仓库未识别）');
  const hk = validateDomain('example.hk', { locale: 'en' }).findings;
  assert.deepEqual(hk.map((f) => [f.rule, f.code, f.severity]), [['R-DOM-1', 'DOMAIN_SUFFIX_DISPUTED', 'warning']]);
  assert.match(hk[0].message, /^According to MIIT's registry list as users report it \(2024-08-17\), \.hk can be filed/);
  assert.equal(hk[0].params.sourceUrl, 'https://github.com/v2fly/domain-list-community/pull/2286');
});

test('every fixture: no message names an unrecognisable source; undated province sources say when they were read', () => {
  const dir = new URL('../fixtures/', import.meta.url);
  let messages = 0;
  let read = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const { form, options } = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    for (const locale of ['zh-CN', 'en']) {
      for (const f of validateFiling(form, { ...options, locale, asOf: '2026-11-22' }).findings) {
        assert.doesNotMatch(f.message, UNRECOGNISABLE, `${name} ${f.code} ${f.path}`);
        if (/2026 年查阅|read in 2026/.test(f.message)) read += 1;
        messages += 1;
      }
    }
  }
  assert.ok(messages > 200 && read > 0, `${messages} messages, ${read} citing a read date`);
});
