// Filing numbers (R-NUM-1, R-NUM-2) and server addresses (R-IP-1) through
// the built package, with Tencent Cloud《备案类型》2018's examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFilingNumber, validateIpv4 } from 'beian-check';

const codes = (r) => r.findings.map((f) => `${f.rule} ${f.code}`);

test('R-NUM-1 / R-NUM-2: the kinds of filing number (Tencent Cloud《备案类型》2018: 京ICP证030367号)', () => {
  assert.deepEqual(validateFilingNumber('京ICP证030367号'), {
    ok: true, normalized: '京ICP证030367号', findings: [], kind: 'licence', province: '110000', subjectNumber: null,
  });
  assert.equal(validateFilingNumber('粤ICP备12345678号-1').subjectNumber, '粤ICP备12345678号');
  assert.equal(validateFilingNumber('京公网安备11010802020088号').kind, 'police');
  assert.equal(validateFilingNumber('粤ＩＣＰ备１２３４５６７８号').normalized, '粤ICP备12345678号');
  assert.deepEqual(codes(validateFilingNumber('粤公网安备11010802020088号')), ['R-NUM-2 FILING_NUMBER_POLICE_DIVISION']);
  assert.deepEqual(codes(validateFilingNumber('台ICP备12345678号')), ['R-NUM-1 FILING_NUMBER_PROVINCE']);
  assert.deepEqual(codes(validateFilingNumber('ICP备案号')), ['R-NUM-1 FILING_NUMBER_FORMAT']);
});

test('R-NUM-1: the numbers of APP filings: -2A APP, -3X mini-program, -4K quick app (WeChat\'s example 粤B2-20090059-1626X)', () => {
  assert.deepEqual(validateFilingNumber('粤B2-20090059-1626X'), {
    ok: true, normalized: '粤B2-20090059-1626X', findings: [], kind: 'mini_program', province: '440000', subjectNumber: '粤B2-20090059',
  });
  assert.equal(validateFilingNumber('京ICP备11018762号-2A').kind, 'app');
  assert.equal(validateFilingNumber('京ICP备11018762号-4K').kind, 'quick_app');
  const copied = validateFilingNumber('京ICP备11018762-3x号');
  assert.equal(copied.kind, 'mini_program');
  assert.deepEqual(codes(copied), ['R-NUM-1 FILING_NUMBER_CANONICAL']);
  assert.equal(copied.normalized, '京ICP备11018762号-3X');
  assert.deepEqual(codes(validateFilingNumber('京ICP备11018762号-2B')), ['R-NUM-1 FILING_NUMBER_FORMAT']);
});

test('R-IP-1: public addresses only (Tencent Cloud《备案类型》2018: 20.10.0.1)', () => {
  assert.deepEqual(validateIpv4('20.10.0.1'), { ok: true, normalized: '20.10.0.1', findings: [], public: true, range: null });
  const cases = {
    '10.1.2.3': 'IPV4_PRIVATE', '172.31.255.255': 'IPV4_PRIVATE', '192.168.0.1': 'IPV4_PRIVATE',
    '100.64.0.1': 'IPV4_SHARED', '127.0.0.1': 'IPV4_LOOPBACK', '169.254.1.1': 'IPV4_LINK_LOCAL',
    '224.0.0.1': 'IPV4_MULTICAST', '192.0.2.1': 'IPV4_DOCUMENTATION', '198.51.100.7': 'IPV4_DOCUMENTATION',
    '203.0.113.9': 'IPV4_DOCUMENTATION', '0.0.0.0': 'IPV4_RESERVED', '198.18.0.1': 'IPV4_RESERVED',
    '240.0.0.1': 'IPV4_RESERVED', '255.255.255.255': 'IPV4_RESERVED', '192.0.0.8': 'IPV4_RESERVED',
    '192.88.99.1': 'IPV4_RESERVED', '1.2.3.256': 'IPV4_OCTET_RANGE', '01.2.3.4': 'IPV4_LEADING_ZERO', 'localhost': 'IPV4_FORMAT',
  };
  for (const [address, code] of Object.entries(cases)) {
    assert.deepEqual(codes(validateIpv4(address)), [`R-IP-1 ${code}`], address);
  }
  assert.equal(validateIpv4('10.0.0.1', { locale: 'en' }).findings[0].message,
    "10.0.0.1 is a private address (10.0.0.0/8); enter the server's public IP.");
});
