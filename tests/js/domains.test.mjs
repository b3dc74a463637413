// Domains and homepage URLs (R-DOM-1 … R-DOM-3, R-URL-1 … R-URL-3) through
// the built package, with seed 003's suffix examples, and a differential
// test of the registrable domain against npm tldts (Public Suffix List).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as tldtsParse } from 'tldts';
import { validateDomain, validateHomepageUrl, dataVersion } from 'beian-check';
import { rng } from './support/reference.mjs';

const codes = (r) => r.findings.map((f) => `${f.rule} ${f.code} ${f.severity}`);

test('R-DOM-1: seed 003 eligible suffixes pass, its ineligible ones are errors', () => {
  for (const suffix of ['com', 'cn', 'net', 'cc', 'tv', 'gov', 'org', 'mobi', '中信', 'tel', 'wang', 'ren', '中国', '网络', '公司', '商城', '网址']) {
    const r = validateDomain(`beian-check-example.${suffix}`);
    assert.deepEqual(codes(r), [], suffix);
    assert.equal(r.eligibility, 'eligible', suffix);
  }
  for (const suffix of ['hk', 'tw', 'asia', 'jp', 'co', 'so', 'biz', 'me']) {
    assert.deepEqual(codes(validateDomain(`example.${suffix}`)), ['R-DOM-1 DOMAIN_SUFFIX_NOT_APPROVED error'], suffix);
  }
  assert.deepEqual(codes(validateDomain('example.xyz')), ['R-DOM-1 DOMAIN_SUFFIX_UNVERIFIED warning']);
  assert.deepEqual(codes(validateDomain('example.comm')), ['R-DOM-1 DOMAIN_TLD_UNKNOWN error']);
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

test('R-DOM-3: Beijing filings: no country-code domains outside the approved list, no registrar abroad', () => {
  assert.deepEqual(codes(validateDomain('example.us', { province: '110000', registrarAbroad: false })), [
    'R-DOM-1 DOMAIN_SUFFIX_UNVERIFIED warning', 'R-DOM-3 DOMAIN_BEIJING_COUNTRY_CODE error',
  ]);
  assert.deepEqual(codes(validateDomain('example.cc', { province: '110000', registrarAbroad: false })), [], '.cc is eligible (seed 003)');
  assert.deepEqual(codes(validateDomain('example.com', { province: '110000', registrarAbroad: true })), ['R-DOM-3 DOMAIN_REGISTRAR_ABROAD error']);
  assert.deepEqual(codes(validateDomain('example.com', { province: '110000' })), ['R-DOM-3 DOMAIN_REGISTRAR_UNKNOWN warning']);
  assert.deepEqual(codes(validateDomain('example.us', { province: '440000' })), ['R-DOM-1 DOMAIN_SUFFIX_UNVERIFIED warning']);
});

test('R-DOM-1 options: the caller can extend or restrict the suffix list', () => {
  assert.deepEqual(codes(validateDomain('example.xyz', { allowSuffixes: ['.xyz', 'top'] })), []);
  assert.equal(validateDomain('example.xyz', { allowSuffixes: ['xyz'] }).eligibility, 'eligible');
  assert.deepEqual(codes(validateDomain('example.net', { denySuffixes: ['net'] })), ['R-DOM-1 DOMAIN_SUFFIX_NOT_APPROVED error']);
  assert.deepEqual(codes(validateDomain('例子.网址', { denySuffixes: ['.网址'] })), ['R-DOM-1 DOMAIN_SUFFIX_NOT_APPROVED error']);
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

test('registrable domains agree with tldts on the eligible suffixes', (t) => {
  const random = rng(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const suffixes = ['com', 'cn', 'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn', 'bj.cn', 'sh.cn', 'gd.cn', 'net', 'org',
    'cc', 'tv', 'gov', 'mobi', 'tel', 'wang', 'ren', '中国', '公司', '网络', '公司.cn', '网络.cn', '商城', '网址', '中信'];
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

test('dataVersion names the suffix table', () => {
  const suffixes = dataVersion().find((d) => d.table === 'suffixes');
  assert.match(suffixes.source, /^Public Suffix List 2026-10-22/);
  assert.ok(suffixes.rows > 1400);
});
