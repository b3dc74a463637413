// APP filings' feature information through the built package (R-APP-2 …
// R-APP-8): each platform's identifier, the signing fingerprint and the
// public key, with the examples of the sources (Android's com.alibaba.aliyun
// and Apple's com.aliyun.beian.app from Ping An Cloud's guide, HarmonyOS's
// com.example.myapplication, WeChat's wxc18a63cff7328cb9) and the classic
// mistakes: a hyphen in a package name, an MD5 where SHA-1 belongs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bc from 'beian-check';

const found = (r) => r.findings.map((f) => [f.rule, f.code, f.severity]);

test('R-APP-2 … R-APP-6: identifiers per platform', () => {
  assert.deepEqual(bc.validateAppIdentifier('com.alibaba.aliyun', { platform: 'android' }),
    { ok: true, normalized: 'com.alibaba.aliyun', findings: [], platform: 'android' });
  assert.deepEqual(found(bc.validateAppIdentifier('com.aliyun.beian.app', { platform: 'ios' })), []);
  assert.deepEqual(found(bc.validateAppIdentifier('com.example.myapplication', { platform: '鸿蒙' })), []);
  assert.deepEqual(found(bc.validateAppIdentifier('com.company.module', { platform: 'quick_app' })), []);
  assert.deepEqual(found(bc.validateAppIdentifier('wxc18a63cff7328cb9', { platform: '微信小程序' })), []);
  // The classic mistake: a hyphen in an Android package name (iOS allows it, Android does not).
  const hyphen = bc.validateAppIdentifier('com.my-company.app', { platform: 'android' });
  assert.deepEqual(found(hyphen), [['R-APP-2', 'APP_ID_CHAR', 'error']]);
  assert.equal(hyphen.findings[0].message, 'Android 包名中不能有“-”：只能使用字母、数字和下划线。');
  assert.deepEqual(found(bc.validateAppIdentifier('com.my-company.app', { platform: 'ios' })), []);
  assert.deepEqual(found(bc.validateAppIdentifier('com.example', { platform: 'harmony', locale: 'en' })),
    [['R-APP-4', 'APP_ID_SEGMENTS', 'error']]);
  assert.deepEqual(found(bc.validateAppIdentifier('wx123', { platform: 'wechat' })), [['R-APP-6', 'APP_ID_UNUSUAL', 'warning']]);
});

test('R-APP-7: MD5 for Android, SHA-1 for iOS and HarmonyOS, as the tools print them', () => {
  const md5 = 'D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E'; // openssl -fingerprint -md5
  assert.deepEqual(bc.validateSigningFingerprint(md5, { platform: 'android' }),
    { ok: true, normalized: 'D41D8CD98F00B204E9800998ECF8427E', findings: [], platform: 'android', algorithm: 'md5' });
  assert.deepEqual(found(bc.validateSigningFingerprint('da39a3ee5e6b4b0d3255bfef95601890afd80709', { platform: 'ios' })), []);
  // The classic mistake: the MD5 entered for iOS, where the field is labelled "MD5" but SHA-1 belongs.
  const wrong = bc.validateSigningFingerprint(md5, { platform: 'ios', locale: 'en' });
  assert.deepEqual(found(wrong), [['R-APP-7', 'APP_FINGERPRINT_ALGORITHM', 'error']]);
  assert.equal(wrong.findings[0].message,
    "iOS asks for the signing certificate's SHA-1 fingerprint (40 hex digits); this is the MD5 (32 digits).");
  assert.deepEqual(found(bc.validateSigningFingerprint('ab'.repeat(32), { platform: 'harmony' })),
    [['R-APP-7', 'APP_FINGERPRINT_ALGORITHM', 'error']], 'a SHA-256 is wrong everywhere');
});

test('R-APP-8: public keys in every form the tools print; HarmonyOS EC keys are not RSA', () => {
  const jadx = bc.validatePublicKey(`2${'7'.repeat(616)}`, { platform: 'android' });
  assert.deepEqual([jadx.encoding, jadx.bits, jadx.findings.length], ['decimal', 2048, 0]);
  const keychain = bc.validatePublicKey(Array(256).fill('C3').join(' '), { platform: 'ios' });
  assert.deepEqual([keychain.encoding, keychain.bits, keychain.normalized.length], ['hex', 2048, 512]);
  const ec = `3059301306072a8648ce3d020106082a8648ce3d03010703420004${'ab'.repeat(64)}`;
  assert.deepEqual(found(bc.validatePublicKey(ec, { platform: 'harmony' })), []);
  assert.deepEqual(found(bc.validatePublicKey(ec, { platform: 'android' })), [['R-APP-8', 'APP_PUBLIC_KEY_UNUSUAL', 'warning']]);
  assert.deepEqual(found(bc.validatePublicKey('公钥 ABCD', { platform: 'android' })), [['R-APP-8', 'APP_PUBLIC_KEY_FORMAT', 'error']]);
});

test('the app checks by name: isValid, validateBatch, and a platform that is no platform', () => {
  assert.equal(bc.isValid('appIdentifier', 'com.example.app', { platform: 'android' }), true);
  assert.equal(bc.isValid('signingFingerprint', 'D41D8CD98F00B204E9800998ECF8427E', { platform: 'ios' }), false);
  const batch = bc.validateBatch('appIdentifier', ['com.example.app', 'com.ex-ample.app', 'abc'], { platform: 'android' });
  assert.deepEqual([...batch.valid], [1, 0, 0]);
  const unknown = bc.validateAppIdentifier('com.example.app', { platform: 'symbian' });
  assert.deepEqual(found(unknown), [['OPTIONS', 'OPTION_INVALID', 'warning']]);
  assert.equal(unknown.platform, 'android');
});
