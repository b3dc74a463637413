//! A native app's signing certificate as the filing asks for it, per
//! platform (Huawei Cloud's ICP knowledge base, 2026; UCloud's and Ping An
//! Cloud's APP filing guides):
//!
//! - R-APP-7, the fingerprint: Android the certificate's MD5 (32 hex
//!   digits); iOS and HarmonyOS its SHA-1 (40 hex digits), even where the
//!   field is labelled "MD5". keytool and openssl print it upper case with
//!   colons, apksigner lower case, JadxGUI with spaces: all are read, and
//!   `normalized` is upper case without separators. A fingerprint of the
//!   wrong algorithm is an error that names the right one.
//! - R-APP-8, the public key: no source states the format the national
//!   system expects, so every form the documented tools print is read —
//!   JadxGUI's decimal RSA modulus, hex (openssl `-modulus`, Keychain's
//!   spaced bytes, a DER key) and base64 (a PEM body, with or without its
//!   BEGIN/END lines). Characters none of these have are an error; a length
//!   no usual RSA key has is a warning. HarmonyOS signs with ECDSA: its key
//!   is not checked for an RSA modulus.

use super::{AppOptions, AppPlatform};
use crate::finding::{FieldResult, Param};
use crate::input::{clean, Input};
use crate::messages::{Code, Locale};
use crate::rules;
use serde::Serialize;

/// What a fingerprint is, by its length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    /// 32 hex digits.
    Md5,
    /// 40 hex digits.
    Sha1,
    /// 64 hex digits (what `bm dump` and keytool print besides SHA-1; not for filing).
    Sha256,
}

impl Algorithm {
    fn of_length(hex_digits: usize) -> Option<Algorithm> {
        match hex_digits {
            32 => Some(Algorithm::Md5),
            40 => Some(Algorithm::Sha1),
            64 => Some(Algorithm::Sha256),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Sha1 => "SHA-1",
            Algorithm::Sha256 => "SHA-256",
        }
    }

    fn hex_digits(self) -> usize {
        match self {
            Algorithm::Md5 => 32,
            Algorithm::Sha1 => 40,
            Algorithm::Sha256 => 64,
        }
    }
}

/// What a fingerprint check decodes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FingerprintDetails {
    /// The platform it was checked for.
    pub platform: AppPlatform,
    /// The algorithm its length belongs to.
    pub algorithm: Option<Algorithm>,
}

/// Separators the tools print between bytes.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | '-')
}

/// The fingerprint the filing asks for on `platform`.
fn expected(platform: AppPlatform) -> Algorithm {
    if platform == AppPlatform::Android {
        Algorithm::Md5
    } else {
        Algorithm::Sha1
    }
}

/// Checks the signing certificate's fingerprint for `opts.platform` (R-APP-7).
///
/// ```
/// use beian_check::app::{validate_signing_fingerprint, AppOptions, AppPlatform};
/// let ios = AppOptions::for_platform(AppPlatform::Ios);
/// let r = validate_signing_fingerprint("d4:1d:8c:d9:8f:00:b2:04:e9:80:09:98:ec:f8:42:7e", &ios);
/// assert_eq!(r.findings[0].code.as_str(), "APP_FINGERPRINT_ALGORITHM"); // an MD5 where SHA-1 belongs
/// let android = AppOptions::for_platform(AppPlatform::Android);
/// let r = validate_signing_fingerprint("d4:1d:8c:d9:8f:00:b2:04:e9:80:09:98:ec:f8:42:7e", &android);
/// assert_eq!(r.normalized.as_deref(), Some("D41D8CD98F00B204E9800998ECF8427E"));
/// ```
pub fn validate_signing_fingerprint<'a>(
    value: impl Into<Input<'a>>,
    opts: &AppOptions,
) -> FieldResult<FingerprintDetails> {
    let mut findings = opts.common.findings("");
    let mut details = FingerprintDetails { platform: opts.platform, algorithm: None };
    let Some(text) = clean(value.into(), rules::APP_7, &mut findings) else {
        return findings.finish(None, details);
    };
    let hex: String = text.chars().filter(|&c| !is_separator(c)).map(|c| c.to_ascii_uppercase()).collect();
    if let Some(c) = hex.chars().find(|c| !c.is_ascii_hexdigit()) {
        findings.push(rules::APP_7, Code::AppFingerprintChar, vec![("char", Param::from(c))]);
        return findings.finish(Some(text), details);
    }
    let wanted = expected(opts.platform);
    details.algorithm = Algorithm::of_length(hex.len());
    let locale = findings.locale();
    match details.algorithm {
        Some(found) if found == wanted => {}
        found => {
            let mut params = vec![
                ("platform", Param::from(opts.platform.label(locale))),
                ("expected", Param::from(wanted.name())),
                ("expectedLength", Param::from(wanted.hex_digits())),
                ("length", Param::from(hex.len())),
            ];
            let code = match found {
                Some(found) => {
                    params.push(("found", Param::from(found.name())));
                    Code::AppFingerprintAlgorithm
                }
                None => Code::AppFingerprintLength,
            };
            findings.push(rules::APP_7, code, params);
        }
    }
    findings.finish(Some(hex), details)
}

/// How a public key was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyEncoding {
    /// Decimal digits: JadxGUI's RSA modulus.
    Decimal,
    /// Hex digits (separators removed): a modulus or a DER key.
    Hex,
    /// Base64: a PEM body.
    Base64,
}

/// What a public-key check decodes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PublicKeyDetails {
    /// The platform it was checked for.
    pub platform: AppPlatform,
    /// How it is written.
    pub encoding: Option<KeyEncoding>,
    /// The RSA key size its length matches (1024, 2048, 3072, 4096), if any.
    pub bits: Option<u16>,
}

const RSA_SIZES: [u16; 4] = [1024, 2048, 3072, 4096];

/// The RSA size whose modulus, or whose DER SubjectPublicKeyInfo, has
/// `bytes` bytes (a leading zero byte of the modulus allowed).
fn rsa_bits(bytes: usize) -> Option<u16> {
    RSA_SIZES.into_iter().find(|&bits| {
        let modulus = usize::from(bits / 8);
        // SPKI: modulus + 00, exponent and DER headers: 294 bytes for 2048 bits.
        (modulus..=modulus + 1).contains(&bytes) || (modulus + 30..=modulus + 40).contains(&bytes)
    })
}

/// The RSA size whose modulus has `digits` decimal digits.
fn rsa_bits_decimal(digits: usize) -> Option<u16> {
    // 2^(bits-1) ≤ n < 2^bits: bits × log10(2) digits, ±1.
    RSA_SIZES.into_iter().find(|&bits| {
        let expected = (f64::from(bits) * std::f64::consts::LOG10_2).ceil() as usize;
        (expected - 1..=expected).contains(&digits)
    })
}

fn is_base64(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')
}

/// The body of a PEM block (its BEGIN/END lines dropped) or the text itself.
fn pem_body(text: &str) -> String {
    // `-----BEGIN …-----` and `-----END …-----` are the odd parts between the dashes
    // (line breaks may have become spaces on the way).
    text.split("-----").step_by(2).flat_map(str::chars).filter(|c| !c.is_whitespace()).collect()
}

/// Checks the signing certificate's public key for `opts.platform` (R-APP-8).
///
/// ```
/// use beian_check::app::{validate_public_key, AppOptions, AppPlatform};
/// let android = AppOptions::for_platform(AppPlatform::Android);
/// let modulus = format!("c{}", "0".repeat(511)); // 512 hex digits: an RSA-2048 modulus
/// let r = validate_public_key(modulus.as_str(), &android);
/// assert!(r.ok && r.findings.is_empty());
/// assert_eq!(r.details.bits, Some(2048));
/// ```
pub fn validate_public_key<'a>(value: impl Into<Input<'a>>, opts: &AppOptions) -> FieldResult<PublicKeyDetails> {
    let mut findings = opts.common.findings("");
    let mut details = PublicKeyDetails { platform: opts.platform, encoding: None, bits: None };
    let Some(text) = clean(value.into(), rules::APP_8, &mut findings) else {
        return findings.finish(None, details);
    };
    let compact: String = text.chars().filter(|&c| !is_separator(c)).collect();
    let body = pem_body(&text);
    let (encoding, normalized) = if compact.bytes().all(|b| b.is_ascii_digit()) {
        (KeyEncoding::Decimal, compact)
    } else if compact.bytes().all(|b| b.is_ascii_hexdigit()) {
        (KeyEncoding::Hex, compact.to_ascii_uppercase())
    } else if !body.is_empty() && body.chars().all(is_base64) {
        (KeyEncoding::Base64, body)
    } else {
        let c = body.chars().find(|&c| !is_base64(c)).unwrap_or(' ');
        findings.push(rules::APP_8, Code::AppPublicKeyFormat, vec![("char", Param::from(c))]);
        return findings.finish(Some(text), details);
    };
    details.encoding = Some(encoding);
    let length = normalized.len();
    details.bits = match encoding {
        KeyEncoding::Decimal => rsa_bits_decimal(length),
        KeyEncoding::Hex => (length % 2 == 0).then(|| rsa_bits(length / 2)).flatten(),
        KeyEncoding::Base64 => {
            rsa_bits((length / 4 * 3).saturating_sub(normalized.bytes().rev().take_while(|&b| b == b'=').count()))
        }
    };
    // HarmonyOS keys are EC: no RSA size to expect.
    if details.bits.is_none() && opts.platform != AppPlatform::Harmony {
        let zh = findings.locale() == Locale::ZhCn;
        let shown = match (encoding, zh) {
            (KeyEncoding::Decimal, true) => "十进制",
            (KeyEncoding::Decimal, false) => "decimal",
            (KeyEncoding::Hex, true) => "十六进制",
            (KeyEncoding::Hex, false) => "hex",
            (KeyEncoding::Base64, _) => "Base64",
        };
        let params = vec![("encoding", Param::from(shown)), ("length", Param::from(length))];
        findings.push(rules::APP_8, Code::AppPublicKeyUnusual, params);
    }
    findings.finish(Some(normalized), details)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    fn fingerprint(platform: AppPlatform, text: &str) -> Vec<&'static str> {
        let r = validate_signing_fingerprint(text, &AppOptions::for_platform(platform));
        r.findings.iter().map(|f| f.code.as_str()).collect()
    }

    const MD5: &str = "D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E";
    const SHA1: &str = "da39a3ee5e6b4b0d3255bfef95601890afd80709";

    #[test]
    fn fingerprints_as_each_tool_prints_them() {
        assert!(fingerprint(AppPlatform::Android, MD5).is_empty());
        assert!(fingerprint(AppPlatform::Android, "d41d8cd98f00b204e9800998ecf8427e").is_empty());
        assert!(fingerprint(AppPlatform::Android, "D4 1D 8C D9 8F 00 B2 04 E9 80 09 98 EC F8 42 7E").is_empty());
        assert!(fingerprint(AppPlatform::Ios, SHA1).is_empty());
        assert!(fingerprint(AppPlatform::Harmony, &SHA1.to_uppercase()).is_empty());
        let r = validate_signing_fingerprint(SHA1, &AppOptions::for_platform(AppPlatform::Ios));
        assert_eq!(r.normalized.as_deref(), Some("DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"));
        assert_eq!(r.details.algorithm, Some(Algorithm::Sha1));
    }

    #[test]
    fn the_wrong_algorithm_names_the_right_one() {
        let r = validate_signing_fingerprint(MD5, &AppOptions::for_platform(AppPlatform::Ios));
        assert_eq!(r.findings[0].code.as_str(), "APP_FINGERPRINT_ALGORITHM");
        assert_eq!(r.findings[0].severity, Severity::Error);
        assert_eq!(r.findings[0].message, "iOS 应填写签名证书的 SHA-1 指纹（40 位十六进制），这是 MD5 值（32 位）。");
        assert_eq!(fingerprint(AppPlatform::Android, SHA1), ["APP_FINGERPRINT_ALGORITHM"]);
        assert_eq!(fingerprint(AppPlatform::Harmony, &"ab".repeat(32)), ["APP_FINGERPRINT_ALGORITHM"]);
        assert_eq!(fingerprint(AppPlatform::Android, "abc123"), ["APP_FINGERPRINT_LENGTH"]);
        assert_eq!(fingerprint(AppPlatform::Android, "zz1d8cd98f00b204e9800998ecf8427e"), ["APP_FINGERPRINT_CHAR"]);
    }

    fn key(platform: AppPlatform, text: &str) -> (Vec<&'static str>, Option<KeyEncoding>, Option<u16>) {
        let r = validate_public_key(text, &AppOptions::for_platform(platform));
        (r.findings.iter().map(|f| f.code.as_str()).collect(), r.details.encoding, r.details.bits)
    }

    #[test]
    fn public_keys_in_every_printed_form() {
        let none: Vec<&str> = Vec::new();
        // JadxGUI: the RSA-2048 modulus in decimal (617 digits).
        assert_eq!(
            key(AppPlatform::Android, &format!("2{}", "3".repeat(616))),
            (none.clone(), Some(KeyEncoding::Decimal), Some(2048))
        );
        // openssl -modulus / Keychain: 256 bytes in hex, with or without spaces.
        let spaced = vec!["C3"; 256].join(" ");
        assert_eq!(key(AppPlatform::Ios, &spaced), (none.clone(), Some(KeyEncoding::Hex), Some(2048)));
        // A DER SubjectPublicKeyInfo of RSA-2048 (294 bytes) as a PEM.
        let pem = format!("-----BEGIN PUBLIC KEY-----\nMIIB{}\n-----END PUBLIC KEY-----", "A".repeat(388));
        assert_eq!(key(AppPlatform::Android, &pem), (none.clone(), Some(KeyEncoding::Base64), Some(2048)));
        // HarmonyOS: an EC P-256 key (91 bytes), not an RSA size, and fine.
        let ec = format!("3059301306072a8648ce3d020106082a8648ce3d03010703420004{}", "ab".repeat(64));
        assert_eq!(key(AppPlatform::Harmony, &ec), (none, Some(KeyEncoding::Hex), None));
        assert_eq!(key(AppPlatform::Android, &ec).0, ["APP_PUBLIC_KEY_UNUSUAL"], "an EC key on Android");
    }

    #[test]
    fn public_key_failures() {
        assert_eq!(key(AppPlatform::Android, "公钥：ABCD").0, ["APP_PUBLIC_KEY_FORMAT"]);
        // Padding alone: no bytes, and no arithmetic below zero.
        assert_eq!(key(AppPlatform::Android, "==").0, ["APP_PUBLIC_KEY_UNUSUAL"]);
        let (codes, encoding, _) = key(AppPlatform::Android, "ABCDEF0123");
        assert_eq!((codes, encoding), (vec!["APP_PUBLIC_KEY_UNUSUAL"], Some(KeyEncoding::Hex)));
        let r = validate_public_key("12345", &AppOptions::for_platform(AppPlatform::Android));
        assert!(r.ok, "an unusual length is a warning: the official format is unknown");
    }
}
