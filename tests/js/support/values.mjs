// The values and options the differential tests draw for each field check.
import * as bc from 'beian-check';

// Characters each check's values are drawn from: what people type, plus
// the awkward (full-width, zero-width, CJK, emoji, separators).
export const POOLS = {
  idNumber: '0123456789Xx１２３４５６７８９０ HMhm-\u200B例',
  unitCode: '0123456789ABCDEFGHJKLMNPQRTUWXYIOZSVabc- ９１Ｇ',
  phone: '0123456789+-() 转ext１３８\u3000#*',
  email: 'abcxyz.@-_+0129例子中国 ＠。',
  domain: 'abcxyz0129.-_例子中国。．xn--/: ',
  homepageUrl: 'abc.com/:?#@www.例子中国http s-123',
  filingNumber: '粤京沪ICP备证公网安号-0123456789 ',
  ipv4: '0123456789.: abcx/',
  appIdentifier: 'comexampl._-.1wxaf0 例',
  signingFingerprint: '0123456789ABCDEFabcdef: -z',
  publicKey: '0123456789ABCDEFabcdef+/= -\n',
};
export const FIXED = ['', ' ', '11010519491231002X', '9144030071526726XG', '13800138000', '0755-86013388', 'a@example.com',
  'example.com.cn', 'https://www.example.com/', '粤ICP备12345678号-1', '8.8.8.8', '\uD800', 'x'.repeat(1200)];

/** A random value of up to 23 characters of `chars` (a pool's characters). */
export const randomValue = (random, chars) =>
  Array.from({ length: Math.floor(random() * 24) }, () => chars[Math.floor(random() * chars.length)]).join('');

/** Options per check: the default, each kind or platform, the list and flag options. */
export const OPTIONS = {
  idNumber: [{}, { kind: 'passport' }, { kind: 'hk_macau_permit' }, { kind: 'resident_id_15' }, { kind: 'foreign_permanent_resident' }],
  unitCode: [{}, { nature: 'enterprise', province: '440000' }, { nature: 'government' }, { kind: 'org_code' }],
  phone: [{}, { kind: 'mobile', province: '11' }, { kind: 'landline', cityCode: '440300' }],
  email: [{}],
  domain: [{}, { province: '110000' }, { allowSuffixes: ['xyz'], denySuffixes: ['cn'] }, { registrarAbroad: true }],
  homepageUrl: [{}, { domains: ['example.com', '例子.中国'] }],
  filingNumber: [{}],
  ipv4: [{}],
  appIdentifier: [{}, { platform: 'ios' }, { platform: 'harmony' }, { platform: 'quick_app' }, { platform: 'wechat' }, { platform: 'alipay' }],
  signingFingerprint: [{}, { platform: 'ios' }, { platform: 'harmony' }],
  publicKey: [{}, { platform: 'ios' }, { platform: 'harmony' }],
};

/** The package's function of each check. */
export const VALIDATORS = {
  idNumber: bc.validateIdNumber, unitCode: bc.validateUnitCode, phone: bc.validatePhone, email: bc.validateEmail,
  domain: bc.validateDomain, homepageUrl: bc.validateHomepageUrl, filingNumber: bc.validateFilingNumber, ipv4: bc.validateIpv4,
  appIdentifier: bc.validateAppIdentifier, signingFingerprint: bc.validateSigningFingerprint, publicKey: bc.validatePublicKey,
};
