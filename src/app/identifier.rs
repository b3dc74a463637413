//! The app's identifier on each platform (R-APP-2 … R-APP-6):
//!
//! - Android package name / applicationId (R-APP-2, Android developer
//!   documentation "Configure the app module"): two or more dot-separated
//!   segments, each starting with a letter, of `A–Z a–z 0–9 _`.
//! - iOS Bundle ID (R-APP-3, Apple's CFBundleIdentifier documentation):
//!   reverse-DNS, `A–Z a–z 0–9 - .`; Apple compares it case-insensitively.
//! - HarmonyOS bundleName (R-APP-4, OpenHarmony app.json5 reference and
//!   its 5.0.0.55 change log): three or more segments of `A–Z a–z 0–9 _`,
//!   the first starting with a letter, the others with a letter or digit,
//!   each ending with a letter or digit; 7–128 bytes.
//! - Quick-app package (R-APP-5, the quick app manifest specification):
//!   `A–Z a–z 0–9 . _`, a letter first, a letter, digit or `_` last, at
//!   least one `.`, at most 255 bytes.
//! - Mini-program AppIDs (R-APP-6): no platform publishes a format; the
//!   shapes seen in official examples and public code (WeChat `wx` + 16 hex,
//!   Douyin `tt` + 16 hex, Alipay 16 digits) give a warning when they differ.

use super::{AppOptions, AppPlatform};
use crate::finding::{FieldResult, Findings, Param, Severity};
use crate::input::{clean, Input};
use crate::messages::{Code, Locale};
use crate::rules;
use serde::Serialize;

/// What an identifier check found besides its findings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AppIdentifierDetails {
    /// The platform it was checked for.
    pub platform: AppPlatform,
}

/// The grammar of one platform's package identifier.
struct Grammar {
    rule: &'static str,
    allowed: fn(u8) -> bool,
    allowed_words: [&'static str; 2],
    min_segments: usize,
    first_start: fn(u8) -> bool,
    other_start: fn(u8) -> bool,
    start_words: [&'static str; 2],
    /// What every segment must end with, if anything.
    end: Option<fn(u8) -> bool>,
    /// Only the identifier's last character (quick apps).
    last_only: bool,
    bytes: (usize, usize),
    example: &'static str,
}

const fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
const fn letter(b: u8) -> bool {
    b.is_ascii_alphabetic()
}
const fn alphanumeric(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}
const fn any(_: u8) -> bool {
    true
}
const LETTERS_DIGITS_UNDERSCORE: [&str; 2] = ["字母、数字和下划线", "letters, digits and _"];

fn grammar(platform: AppPlatform) -> Option<Grammar> {
    let package = Grammar {
        rule: rules::APP_2,
        allowed: word,
        allowed_words: LETTERS_DIGITS_UNDERSCORE,
        min_segments: 2,
        first_start: letter,
        other_start: letter,
        start_words: ["须以字母开头", "must start with a letter"],
        end: None,
        last_only: false,
        bytes: (1, usize::MAX),
        example: "com.example.app",
    };
    Some(match platform {
        AppPlatform::Android => package,
        AppPlatform::Ios => Grammar {
            rule: rules::APP_3,
            allowed: |b| b.is_ascii_alphanumeric() || b == b'-',
            allowed_words: ["字母、数字和连字符", "letters, digits and -"],
            first_start: any,
            other_start: any,
            example: "com.example.app",
            ..package
        },
        AppPlatform::Harmony => Grammar {
            rule: rules::APP_4,
            min_segments: 3,
            other_start: alphanumeric,
            start_words: [
                "须以字母开头（第一段）或字母、数字开头",
                "must start with a letter (the first) or a letter or digit",
            ],
            end: Some(alphanumeric),
            bytes: (7, 128),
            example: "com.example.myapplication",
            ..package
        },
        AppPlatform::QuickApp => Grammar {
            rule: rules::APP_5,
            other_start: word,
            end: Some(word),
            last_only: true,
            bytes: (1, 255),
            example: "com.company.module",
            ..package
        },
        _ => return None,
    })
}

/// Checks the identifier of an app on `opts.platform`: a package name,
/// Bundle ID, bundleName, quick-app package or mini-program AppID.
///
/// ```
/// use beian_check::app::{validate_app_identifier, AppOptions, AppPlatform};
/// let harmony = AppOptions::for_platform(AppPlatform::Harmony);
/// assert!(validate_app_identifier("com.example.myapplication", &harmony).ok);
/// let r = validate_app_identifier("com.example", &harmony);
/// assert_eq!(r.findings[0].code.as_str(), "APP_ID_SEGMENTS");
/// ```
pub fn validate_app_identifier<'a>(
    value: impl Into<Input<'a>>,
    opts: &AppOptions,
) -> FieldResult<AppIdentifierDetails> {
    let mut findings = opts.common.findings("");
    let platform = opts.platform;
    let details = AppIdentifierDetails { platform };
    let grammar = grammar(platform);
    let rule = grammar.as_ref().map_or(rules::APP_6, |g| g.rule);
    let Some(text) = clean(value.into(), rule, &mut findings) else {
        return findings.finish(None, details);
    };
    let name = Param::from(platform.identifier_name(findings.locale()));
    match grammar {
        Some(g) => check_grammar(&text, &g, name, &mut findings),
        None => check_app_id(&text, platform, name, &mut findings),
    }
    findings.finish(Some(text), details)
}

fn words(pair: [&'static str; 2], locale: Locale) -> Param {
    Param::from(if locale == Locale::ZhCn { pair[0] } else { pair[1] })
}

fn check_grammar(text: &str, g: &Grammar, name: Param, findings: &mut Findings) {
    let locale = findings.locale();
    if let Some(c) = text.chars().find(|&c| c != '.' && !(c.is_ascii() && (g.allowed)(c as u8))) {
        let params = vec![("name", name), ("char", Param::from(c)), ("allowed", words(g.allowed_words, locale))];
        findings.push(g.rule, Code::AppIdChar, params);
        return;
    }
    let segments: Vec<&str> = text.split('.').collect();
    if segments.iter().any(|s| s.is_empty()) {
        findings.push(g.rule, Code::AppIdSegmentEmpty, vec![("name", name)]);
        return;
    }
    if segments.len() < g.min_segments {
        let params = vec![("name", name), ("min", Param::from(g.min_segments)), ("example", Param::from(g.example))];
        findings.push(g.rule, Code::AppIdSegments, params);
        return;
    }
    for (i, segment) in segments.iter().enumerate() {
        let bytes = segment.as_bytes();
        let start = if i == 0 { g.first_start } else { g.other_start };
        let is_last = i == segments.len() - 1;
        let end_ok = match g.end {
            Some(end) if is_last || !g.last_only => end(bytes[bytes.len() - 1]),
            _ => true,
        };
        if !start(bytes[0]) || !end_ok {
            let rule_words = if start(bytes[0]) {
                ["须以字母、数字结尾", "must end with a letter or digit"]
            } else {
                g.start_words
            };
            let params =
                vec![("name", name), ("segment", Param::from(*segment)), ("requirement", words(rule_words, locale))];
            findings.push(g.rule, Code::AppIdSegmentEdge, params);
            return;
        }
    }
    let (min, max) = g.bytes;
    if !(min..=max).contains(&text.len()) {
        let params = vec![
            ("name", name),
            ("min", Param::from(min)),
            ("max", Param::from(max)),
            ("length", Param::from(text.len())),
        ];
        findings.push(g.rule, Code::AppIdLength, params);
    }
}

/// R-APP-6: the AppID shapes seen in official examples and public code.
fn check_app_id(text: &str, platform: AppPlatform, name: Param, findings: &mut Findings) {
    let hex16 = |rest: &str| rest.len() == 16 && rest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let (looks_right, example) = match platform {
        AppPlatform::Wechat => (text.strip_prefix("wx").is_some_and(hex16), "wxc18a63cff7328cb9"),
        AppPlatform::Douyin => (text.strip_prefix("tt").is_some_and(hex16), "tt411d37a0de37d565"),
        _ => (text.len() == 16 && text.bytes().all(|b| b.is_ascii_digit()), "2015112700878442"),
    };
    if !looks_right {
        let params = vec![("name", name), ("example", Param::from(example))];
        findings.push_graded(rules::APP_6, Code::AppIdUnusual, Severity::Warning, params);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(platform: AppPlatform, text: &str) -> Vec<&'static str> {
        let r = validate_app_identifier(text, &AppOptions::for_platform(platform));
        r.findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn android_package_names() {
        for valid in ["com.example.app", "com.alibaba.aliyun", "com.Example_1.app2"] {
            assert_eq!(codes(AppPlatform::Android, valid), [] as [&str; 0], "{valid}");
        }
        for (invalid, code) in [
            ("1me.x", "APP_ID_SEGMENT_EDGE"),
            ("abc", "APP_ID_SEGMENTS"),
            ("com..x", "APP_ID_SEGMENT_EMPTY"),
            ("com.1x", "APP_ID_SEGMENT_EDGE"),
            ("com.ex-ample", "APP_ID_CHAR"),
            ("me._x", "APP_ID_SEGMENT_EDGE"),
            ("com.例子.app", "APP_ID_CHAR"),
        ] {
            assert_eq!(codes(AppPlatform::Android, invalid), [code], "{invalid}");
        }
        let r = validate_app_identifier("com.ex-ample", &AppOptions::for_platform(AppPlatform::Android));
        assert_eq!(r.findings[0].message, "Android 包名中不能有“-”：只能使用字母、数字和下划线。");
        assert_eq!(r.findings[0].rule, "R-APP-2");
    }

    #[test]
    fn ios_bundle_ids() {
        for valid in ["com.aliyun.beian.app", "com.my-company.App", "com.1example.app"] {
            assert_eq!(codes(AppPlatform::Ios, valid), [] as [&str; 0], "{valid}");
        }
        assert_eq!(codes(AppPlatform::Ios, "com.example_app"), ["APP_ID_CHAR"]);
        assert_eq!(codes(AppPlatform::Ios, "example"), ["APP_ID_SEGMENTS"]);
    }

    #[test]
    fn harmony_bundle_names() {
        for valid in ["com.example.myapplication", "com.01example.myapplication"] {
            assert_eq!(codes(AppPlatform::Harmony, valid), [] as [&str; 0], "{valid}");
        }
        assert_eq!(codes(AppPlatform::Harmony, "com.example"), ["APP_ID_SEGMENTS"]);
        assert_eq!(codes(AppPlatform::Harmony, "com.example..myapp"), ["APP_ID_SEGMENT_EMPTY"]);
        assert_eq!(codes(AppPlatform::Harmony, "com.example_.app"), ["APP_ID_SEGMENT_EDGE"]);
        assert_eq!(codes(AppPlatform::Harmony, "1om.example.app"), ["APP_ID_SEGMENT_EDGE"]);
        assert_eq!(codes(AppPlatform::Harmony, "a.b.c"), ["APP_ID_LENGTH"]);
        assert_eq!(codes(AppPlatform::Harmony, &format!("com.{}.app", "a".repeat(130))), ["APP_ID_LENGTH"]);
    }

    #[test]
    fn quick_app_packages() {
        for valid in ["com.company.module", "org.hapjs.demo_", "a.b"] {
            assert_eq!(codes(AppPlatform::QuickApp, valid), [] as [&str; 0], "{valid}");
        }
        assert_eq!(codes(AppPlatform::QuickApp, "quickapp"), ["APP_ID_SEGMENTS"]);
        assert_eq!(codes(AppPlatform::QuickApp, "_com.app"), ["APP_ID_SEGMENT_EDGE"]);
        assert_eq!(codes(AppPlatform::QuickApp, &format!("com.{}", "a".repeat(260))), ["APP_ID_LENGTH"]);
    }

    #[test]
    fn mini_program_app_ids_are_warnings_only() {
        assert_eq!(codes(AppPlatform::Wechat, "wxc18a63cff7328cb9"), [] as [&str; 0]);
        assert_eq!(codes(AppPlatform::Douyin, "tt411d37a0de37d565"), [] as [&str; 0]);
        assert_eq!(codes(AppPlatform::Alipay, "2015112700878442"), [] as [&str; 0]);
        let r = validate_app_identifier("wxC18A63CFF7328CB9", &AppOptions::for_platform(AppPlatform::Wechat));
        assert!(r.ok);
        assert_eq!((r.findings[0].code.as_str(), r.findings[0].severity), ("APP_ID_UNUSUAL", Severity::Warning));
        assert_eq!(r.findings[0].rule, "R-APP-6");
    }
}
