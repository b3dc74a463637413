// Domains and homepage URLs (R-DOM-1 … R-DOM-3, R-DOM-6, R-DOM-7, R-URL-1 …
// R-URL-3) through the built package, and a differential
// test of the registrable domain against npm tldts (Public Suffix List).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { parse as tldtsParse } from 'tldts';
import { validateDomain, validateHomepageUrl, dataVersion } from 'beian-check';
import { rng } from './support/reference.mjs';

const codes = (r) => r.findings.map((f) => `${f.rule} ${f.code} ${f.severity}`);

test('R-DOM-1: the approved list (2022-08-30) passes; refused suffixes are errors naming their source and date', () => {
  for (const suffix of ['com', 'cn', 'net', 'top', 'xyz', 'vip', 'shop', 'online', 'asia', 'biz', 'co', '中国', '网络', '公司', '网址']) {
    const r = validateDomain(`beian-check-example.${suffix}`);
    assert.deepEqual(codes(r), [], suffix);
    assert.equal(r.eligibility, 'eligible', suffix);
  }
  for (const suffix of ['io', 'ai', 'dev', 'de', 'jp', 'tw']) {
    const r = validateDomain(`example.${suffix}`);
    assert.deepEqual(codes(r), ['R-DOM-1 DOMAIN_SUFFIX_NOT_APPROVED error'], suffix);
    assert.equal(r.eligibility, 'not_eligible', suffix);
  }
  const io = validateDomain('example.io', { locale: 'en' }).findings[0];
  assert.equal(io.message, '.io domains cannot be filed: as of 2022-08-30, .io is not on the list of suffixes approved by MIIT '
    + '(Tencent Cloud, 备案域名, table of fileable suffixes), and according to user reports (2026) it is not approved.');
  assert.equal(io.params.listDate, '2022-08-30');
  assert.equal(io.params.cited, 'user reports (2026)');
  // The full provenance stays in the parameters.
  assert.equal(io.params.source, 'a deployment note on GitHub (repository not identified)');
  assert.match(io.params.sourceDate, /^2026/);
  const de = validateDomain('example.de').findings[0];
  assert.equal(de.params.sourceUrl, 'https://github.com/v2fly/domain-list-community/blob/master/data/tld-!cn');
  assert.equal(de.message, '.de 域名不能备案：截至 2022-08-30，.de 不在工信部批准的域名后缀名单（腾讯云文档《备案域名》“可备案的域名后缀”表）中；'
    + '另据用户报告（2024-08-17），它未获批准。');
  assert.deepEqual(codes(validateDomain('example.comm')), ['R-DOM-1 DOMAIN_TLD_UNKNOWN error']);
});

test('R-DOM-1: doubts and disagreements are warnings that say what the doubt is', () => {
  const me = validateDomain('example.me');
  assert.deepEqual([codes(me), me.ok, me.eligibility], [['R-DOM-1 DOMAIN_SUFFIX_DISPUTED warning'], true, 'disputed']);
  assert.match(me.findings[0].message, /^据腾讯云《备案域名》可备案后缀表（2022-08-30），\.me 可以备案；但2023 年曾有用户报告 \.me 不能备案/);
  assert.match(validateDomain('example.tech', { locale: 'en' }).findings[0].message, /temporarily not fileable/);
  assert.deepEqual(codes(validateDomain('example.alibaba')), ['R-DOM-1 DOMAIN_SUFFIX_UNCLEAR warning']);
  for (const suffix of ['org', 'gov', 'tel']) {
    const r = validateDomain(`example.${suffix}`);
    assert.deepEqual([codes(r), r.eligibility], [['R-DOM-1 DOMAIN_SUFFIX_SOURCES_DISAGREE warning'], 'unclear'], suffix);
    assert.match(r.findings[0].message, /腾讯云 2018 年的文档《网站备案 备案类型》/);
  }
  const academy = validateDomain('example.academy');
  assert.deepEqual([codes(academy), academy.eligibility], [['R-DOM-1 DOMAIN_SUFFIX_UNVERIFIED warning'], 'unverified']);
});

test('R-DOM-7: suffixes reserved to a kind of subject, with the nature option', () => {
  assert.deepEqual(codes(validateDomain('hzmouju.gov.cn', { nature: 'government' })), []);
  assert.deepEqual(codes(validateDomain('杭州市某某局.政务', { nature: '政府机关' })), []);
  assert.deepEqual(codes(validateDomain('mouke.gov.cn', { nature: 'enterprise' })), ['R-DOM-7 DOMAIN_GOVERNMENT_SUFFIX_RESERVED error']);
  assert.deepEqual(codes(validateDomain('mouke.gov.cn', { nature: 'personal' })), ['R-DOM-7 DOMAIN_GOVERNMENT_SUFFIX_RESERVED error']);
  assert.deepEqual(codes(validateDomain('mouke.gov.cn', { nature: 'public_institution' })), ['R-DOM-7 DOMAIN_GOVERNMENT_SUFFIX_ADMINISTRATIVE warning']);
  assert.deepEqual(codes(validateDomain('hzmouju.com', { nature: 'government' })), ['R-DOM-7 DOMAIN_GOVERNMENT_SUFFIX_REQUIRED error']);
  assert.deepEqual(codes(validateDomain('museum.com', { nature: '事业单位' })), ['R-DOM-7 DOMAIN_PUBLIC_INSTITUTION_SUFFIX error']);
  assert.deepEqual(codes(validateDomain('museum.org.cn', { nature: '事业单位' })), []);
  assert.deepEqual(codes(validateDomain('某某博物馆.公益', { nature: 'public_institution' })), []);
  assert.deepEqual(codes(validateDomain('某某公司.公益', { nature: 'enterprise' })), ['R-DOM-7 DOMAIN_NON_PROFIT_SUFFIX warning']);
  assert.deepEqual(codes(validateDomain('mouke.gov.cn')), [], 'no nature given: nothing to compare');
  const bad = validateDomain('mouke.com', { nature: 'cat' });
  assert.deepEqual(codes(bad), ['OPTIONS OPTION_INVALID warning']);
});

test('R-DOM-2: registrable domains, subdomains, .com.cn and .gov.cn', () => {
  const r = validateDomain('www.example.com.cn');
  assert.deepEqual(codes(r), ['R-DOM-2 DOMAIN_SUBDOMAIN error']);
  assert.equal(r.findings[0].message, '备案填写主域名，不填子域名：应填写 example.com.cn。');
  assert.deepEqual([r.suffix, r.registrable, r.isSubdomain], ['com.cn', 'example.com.cn', true]);
  assert.deepEqual(codes(validateDomain('example.gov.cn')), []);
  assert.deepEqual(codes(validateDomain('Example.COM.')), []);
  assert.equal(validateDomain('Example.COM.').normalized, 'example.com');
  assert.deepEqual(codes(validateDomain('com.cn')), ['R-DOM-2 DOMAIN_IS_SUFFIX error']);
  assert.deepEqual(codes(validateDomain('example.bj.cn')), []);
  assert.deepEqual(codes(validateDomain('-example.com')), ['R-DOM-2 DOMAIN_LABEL_HYPHEN error']);
  assert.deepEqual(codes(validateDomain('exa_mple.com')), ['R-DOM-2 DOMAIN_INVALID_CHAR error']);
  assert.deepEqual(codes(validateDomain('example..com')), ['R-DOM-2 DOMAIN_LABEL_EMPTY error']);
  assert.deepEqual(codes(validateDomain(`${'a'.repeat(64)}.com`)), ['R-DOM-2 DOMAIN_LABEL_LENGTH error']);
  assert.deepEqual(codes(validateDomain('https://www.example.com/')), ['R-DOM-2 DOMAIN_IS_URL error']);
});

test('IDN: Unicode and punycode forms are one domain', () => {
  const unicode = validateDomain('例子.中国');
  const puny = validateDomain('xn--fsqu00a.xn--fiqs8s');
  for (const r of [unicode, puny]) {
    assert.deepEqual([r.ok, r.ascii, r.unicode, r.registrable], [true, 'xn--fsqu00a.xn--fiqs8s', '例子.中国', 'xn--fsqu00a.xn--fiqs8s']);
  }
  assert.equal(validateDomain('例子。中国').ascii, 'xn--fsqu00a.xn--fiqs8s', 'ideographic full stop');
  assert.deepEqual(codes(validateDomain('xn--zz!!.com')), ['R-DOM-2 DOMAIN_INVALID_CHAR error']);
  assert.deepEqual(codes(validateDomain('xn--99999999999999999999.com')), ['R-DOM-2 DOMAIN_PUNYCODE error']);
});

test('R-DOM-3: no registrar abroad; Beijing: no country-code domains but .cn .cc .tv (warnings: the sources are old or disagree)', () => {
  // Beijing's country-code rule: Tencent 2017/2018 only, and 2019 lists accept .co: a warning.
  assert.deepEqual(codes(validateDomain('example.co', { province: '110000', registrarAbroad: false })), [
    'R-DOM-3 DOMAIN_BEIJING_COUNTRY_CODE warning',
  ], '.co is approved, but a country code');
  assert.deepEqual(codes(validateDomain('example.cc', { province: '110000', registrarAbroad: false })), [], '.cc is eligible in Beijing');
  assert.deepEqual(codes(validateDomain('example.us', { province: '110000', registrarAbroad: false })), [
    'R-DOM-1 DOMAIN_SUFFIX_NOT_APPROVED error',
  ], 'not approved anywhere: one error');
  assert.deepEqual(codes(validateDomain('example.com', { province: '110000', registrarAbroad: true })), ['R-DOM-3 DOMAIN_REGISTRAR_ABROAD warning']);
  assert.deepEqual(codes(validateDomain('example.com', { registrarAbroad: true })), ['R-DOM-3 DOMAIN_REGISTRAR_ABROAD warning'], 'the national row');
  assert.deepEqual(codes(validateDomain('example.com', { province: '110000' })), ['R-DOM-3 DOMAIN_REGISTRAR_UNKNOWN warning']);
  assert.deepEqual(codes(validateDomain('example.co', { province: '440000' })), []);
});

test('R-DOM-1 options: the caller lists win over the table', () => {
  assert.deepEqual(codes(validateDomain('example.io', { allowSuffixes: ['.io', 'top'] })), []);
  assert.equal(validateDomain('example.academy', { allowSuffixes: ['academy'] }).eligibility, 'eligible');
  assert.deepEqual(codes(validateDomain('example.net', { denySuffixes: ['net'] })), ['R-DOM-1 DOMAIN_SUFFIX_DENIED error']);
  assert.deepEqual(codes(validateDomain('例子.网址', { denySuffixes: ['.网址'] })), ['R-DOM-1 DOMAIN_SUFFIX_DENIED error']);
  assert.equal(validateDomain('example.top', { denySuffixes: ['top'] }).eligibility, 'not_eligible');
});

test('R-DOM-6: the registrant must be the subject (as far as the caller knows)', () => {
  const subjectName = '深圳市某某科技有限公司';
  assert.deepEqual(codes(validateDomain('example.com', { subjectName, registrant: subjectName })), []);
  assert.deepEqual(codes(validateDomain('example.com', { subjectName })), ['R-DOM-6 DOMAIN_REGISTRANT_UNKNOWN warning']);
  assert.deepEqual(codes(validateDomain('example.com', { subjectName, registrant: '张三' })), ['R-DOM-6 DOMAIN_REGISTRANT_MISMATCH warning']);
  assert.deepEqual(codes(validateDomain('example.com')), [], 'no subject given: nothing to compare');
});

test('R-URL-1 … R-URL-3: homepage URLs', () => {
  const domains = ['example.com', '例子.中国'];
  const ok = validateHomepageUrl('https://www.example.com:8443/index.html?a=1', { domains });
  assert.deepEqual([ok.ok, codes(ok), ok.host, ok.registrable], [true, [], 'www.example.com', 'example.com']);
  assert.equal(ok.normalized, 'https://www.example.com:8443/index.html?a=1');
  assert.deepEqual(codes(validateHomepageUrl('www.例子.中国', { domains })), []);
  assert.deepEqual(codes(validateHomepageUrl('http://example.com', { domains })), ['R-URL-2 URL_WWW warning']);
  assert.deepEqual(codes(validateHomepageUrl('http://example.com', { domains, wwwRule: 'off' })), []);
  const outside = validateHomepageUrl('https://www.example.org/', { domains });
  assert.deepEqual(codes(outside), ['R-URL-1 URL_HOST_OUTSIDE error']);
  assert.equal(outside.findings[0].message, '首页网址的域名 www.example.org 不在网站域名列表（example.com、例子.中国）中。');
  assert.deepEqual(codes(validateHomepageUrl('http://user:pass@www.example.com', { domains })), ['R-URL-3 URL_CREDENTIALS error']);
  assert.deepEqual(codes(validateHomepageUrl('http://20.10.0.1/', { domains })), ['R-URL-3 URL_IP_HOST error']);
  assert.deepEqual(codes(validateHomepageUrl('http://www.example.com:99999', { domains })), ['R-URL-3 URL_PORT error']);
  assert.deepEqual(codes(validateHomepageUrl('ftp://www.example.com', { domains })), ['R-URL-3 URL_SCHEME error']);
  assert.deepEqual(codes(validateHomepageUrl('http://www.exa mple.com', { domains })), ['R-URL-3 URL_SPACE error']);
  assert.deepEqual(codes(validateHomepageUrl('http://www.example.com/#top', { domains })), ['R-URL-3 URL_FRAGMENT error']);
  assert.deepEqual(codes(validateHomepageUrl('http://www.evil-example.com', { domains: ['example.com'] })), ['R-URL-1 URL_HOST_OUTSIDE error']);
});

test('registrable domains agree with tldts on the suffixes that can be filed', (t) => {
  const random = rng(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const suffixes = ['com', 'cn', 'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn', 'bj.cn', 'sh.cn', 'gd.cn', 'net', 'org',
    'cc', 'tv', 'gov', 'mobi', 'tel', 'wang', 'ren', '中国', '公司', '网络', '公司.cn', '网络.cn', '商城', '网址', '中信',
    'top', 'xyz', 'vip', 'asia', 'me', 'co.me', 'co', 'com.co', 'hk', 'com.hk', '公司.hk', 'pw', 'tech', 'aero', 'museum', '政务', '公益'];
  const labels = ['www', 'm', 'shop', 'a-b', 'beian', '例子', '测试', 'x1', 'mail', 'cn', 'com'];
  let compared = 0;
  const disagreements = [];
  for (let i = 0; i < 3000; i++) {
    const depth = 1 + Math.floor(random() * 3);
    const host = [...Array.from({ length: depth }, () => pick(labels)), pick(suffixes)].join('.');
    const ours = validateDomain(host);
    const theirs = tldtsParse(host, { allowPrivateDomains: false });
    if (!ours.ascii) continue;
    compared++;
    const oursRegistrable = ours.registrable && validateDomain(ours.registrable).unicode;
    const theirsRegistrable = theirs.domain && validateDomain(theirs.domain).unicode;
    if (oursRegistrable !== theirsRegistrable) disagreements.push(`${host}: ours ${oursRegistrable} / tldts ${theirsRegistrable}`);
  }
  t.diagnostic(`${compared} hosts compared with tldts`);
  assert.deepEqual(disagreements.slice(0, 20), []);
  assert.ok(compared > 2500);
});

test('dataVersion names the suffix tables: the standing with counts per status, and the Public Suffix List', () => {
  const suffixes = dataVersion().find((d) => d.table === 'suffixes');
  assert.equal(suffixes.date, '2022-08-30');
  assert.match(suffixes.source, /cloud\.tencent\.com\/document\/product\/243\/18905/);
  assert.deepEqual(suffixes.counts, { approved: 158, not_approved: 831, unclear: 47 });
  assert.equal(suffixes.rows, 1036);
  const psl = dataVersion().find((d) => d.table === 'publicSuffixes');
  // The newest copy on the registries: the list as the installed tldts carries it (issue 27, item 9).
  const tldts = JSON.parse(readFileSync(new URL('../../node_modules/tldts/package.json', import.meta.url))).version;
  assert.match(psl.source, new RegExp(`^Public Suffix List as carried by npm tldts ${tldts.replaceAll('.', '\\.')} `));
  assert.equal(psl.date, '2026-12-06');
  assert.ok(psl.rows > 1400);
});
