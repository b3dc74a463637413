//! Filing numbers (`validateFilingNumber`): ICP numbers (R-NUM-1) —
//! subject `粤ICP备12345678号`, website `粤ICP备12345678号-1`, operating
//! licence `京ICP证030367号` (Tencent Cloud《备案类型》2018); since the APP
//! filings of 2023, an APP `-2A`, a mini-program `-3X` and a quick app `-4K`
//! (Huawei Cloud's ICP knowledge base, 2026), also after a value-added
//! telecom licence number, `粤B2-20090059-1626X` (WeChat Open Platform,
//! 获取小程序已备案详情) — and public-security filing numbers
//! (R-NUM-2) `京公网安备11010802020088号`, whose 14 digits start with a
//! division code of the province named in front.
//!
//! ```
//! use beian_check::filing_number::{validate_filing_number, FilingNumberKind};
//! use beian_check::options::CommonOptions;
//! let r = validate_filing_number("京ICP证030367号", &CommonOptions::default());
//! assert!(r.ok);
//! assert_eq!(r.details.kind, Some(FilingNumberKind::Licence));
//! assert_eq!(r.details.province.as_deref(), Some("110000"));
//! ```

use crate::division::{division, label_of};
use crate::finding::{FieldResult, Findings, Param, Severity};
use crate::input::{clean, Input};
use crate::messages::Code;
use crate::options::CommonOptions;
use crate::rules;
use serde::Serialize;

/// The abbreviation each province uses in its filing numbers.
const PROVINCES: [(char, u32); 31] = [
    ('京', 110000),
    ('津', 120000),
    ('冀', 130000),
    ('晋', 140000),
    ('蒙', 150000),
    ('辽', 210000),
    ('吉', 220000),
    ('黑', 230000),
    ('沪', 310000),
    ('苏', 320000),
    ('浙', 330000),
    ('皖', 340000),
    ('闽', 350000),
    ('赣', 360000),
    ('鲁', 370000),
    ('豫', 410000),
    ('鄂', 420000),
    ('湘', 430000),
    ('粤', 440000),
    ('桂', 450000),
    ('琼', 460000),
    ('渝', 500000),
    ('蜀', 510000),
    ('黔', 520000),
    ('滇', 530000),
    ('藏', 540000),
    ('陕', 610000),
    ('陇', 620000),
    ('青', 630000),
    ('宁', 640000),
    ('新', 650000),
];

/// Other abbreviations of the same provinces, which filing numbers do not use.
const OTHER_ABBREVIATIONS: [(char, char); 5] = [('川', '蜀'), ('贵', '黔'), ('云', '滇'), ('甘', '陇'), ('秦', '陕')];

/// Which number it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FilingNumberKind {
    /// 主体备案号 `粤ICP备12345678号`.
    Subject,
    /// 网站备案号 `粤ICP备12345678号-1`.
    Website,
    /// ICP 经营许可证号 `京ICP证030367号`.
    Licence,
    /// 公安备案号 `京公网安备11010802020088号`.
    Police,
    /// APP 备案号 `粤ICP备12345678号-2A`.
    App,
    /// 小程序备案号 `粤ICP备12345678号-3X`.
    MiniProgram,
    /// 快应用备案号 `粤ICP备12345678号-4K`.
    QuickApp,
}

/// What a filing number decodes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FilingNumberDetails {
    /// Which number it is.
    pub kind: Option<FilingNumberKind>,
    /// The province's code, `xx0000`.
    pub province: Option<String>,
    /// The subject number of a website or app number (`粤ICP备12345678号`).
    pub subject_number: Option<String>,
}

/// The letter after the index of an app's number: APP, mini-program, quick app.
const SERVICE_LETTERS: [(char, FilingNumberKind); 3] =
    [('A', FilingNumberKind::App), ('X', FilingNumberKind::MiniProgram), ('K', FilingNumberKind::QuickApp)];

/// A filing number as read from what was typed or copied.
struct Parsed<'a> {
    abbreviation: Option<char>,
    police: bool,
    licence: bool,
    /// A value-added telecom licence's class (`B1`, `B2`) in place of `ICP备`.
    telecom: Option<&'a str>,
    digits: &'a str,
    /// The service's number after `-`, without its letter.
    index: Option<&'a str>,
    /// The letter of an app's number (`A`, `X`, `K`), upper case.
    service: Option<char>,
}

/// The words between the abbreviation and the digits, with what they mean
/// (police, licence); `公安网备号` is how some footers misprint `公网安备`.
const WORDS: [(&str, bool, bool); 5] = [
    ("ICP备", false, false),
    ("ICP证", false, true),
    ("公网安备", true, false),
    ("公安网备号", true, false),
    ("公安网备", true, false),
];

fn is_abbreviation(c: char) -> bool {
    PROVINCES.iter().any(|&(a, _)| a == c) || OTHER_ABBREVIATIONS.iter().any(|&(a, _)| a == c)
}

/// Reads `text` (spaces and separators already removed): an optional label
/// in front (`备案号：`), the abbreviation and word, the digits, `号` (or
/// not), and a website index before or after `号`. A bare 14-digit number
/// is a public-security number without its prefix.
fn parse(text: &str) -> Option<Parsed<'_>> {
    let bare = Parsed {
        abbreviation: None,
        police: true,
        licence: false,
        telecom: None,
        digits: text,
        index: None,
        service: None,
    };
    if text.len() == 14 && text.bytes().all(|b| b.is_ascii_digit()) {
        return Some(bare);
    }
    if let Some(parsed) = parse_telecom(text) {
        return Some(parsed);
    }
    let (start, abbreviation) = text
        .char_indices()
        .find(|&(i, c)| is_abbreviation(c) && WORDS.iter().any(|(w, ..)| text[i + c.len_utf8()..].starts_with(w)))?;
    let rest = &text[start + abbreviation.len_utf8()..];
    let &(word, police, licence) = WORDS.iter().find(|(w, ..)| rest.starts_with(w))?;
    let rest = &rest[word.len()..];
    let end = rest.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(rest.len());
    let (digits, tail) = rest.split_at(end);
    let (index, service) = match tail {
        "" | "号" => (None, None),
        _ => {
            let tail = tail.strip_prefix('号').unwrap_or(tail);
            let index = tail.strip_prefix('-')?;
            service_index(index.strip_suffix('号').unwrap_or(index))?
        }
    };
    Some(Parsed { abbreviation: Some(abbreviation), digits, index, service, police, licence, ..bare })
}

/// `12`, `2A`, `1626X`: the digits of a service's index and the letter of an app.
fn service_index(index: &str) -> Option<(Option<&str>, Option<char>)> {
    let (digits, letter) = match index.chars().next_back()?.to_ascii_uppercase() {
        c @ ('A' | 'X' | 'K') => (&index[..index.len() - 1], Some(c)),
        _ => (index, None),
    };
    digits.bytes().all(|b| b.is_ascii_digit()).then_some((Some(digits), letter))
}

/// `粤B2-20090059` or `粤B2-20090059-1626X`: a value-added telecom licence
/// number, on its own or with a service's index.
fn parse_telecom(text: &str) -> Option<Parsed<'_>> {
    let (start, abbreviation) = text.char_indices().find(|&(_, c)| is_abbreviation(c))?;
    let rest = &text[start + abbreviation.len_utf8()..];
    let class = ["B1", "B2"].into_iter().find(|class| rest.starts_with(class))?;
    let rest = rest[2..].strip_prefix('-')?;
    let (digits, index) = rest.split_once('-').map_or((rest, None), |(d, i)| (d, Some(i)));
    let (index, service) = match index {
        Some(index) => service_index(index)?,
        None => (None, None),
    };
    let digits = digits.strip_suffix('号').unwrap_or(digits);
    Some(Parsed {
        abbreviation: Some(abbreviation),
        police: false,
        licence: true,
        telecom: Some(class),
        digits,
        index,
        service,
    })
}

/// The character in front of `ICP备` (…) when it is a CJK character but no
/// province's abbreviation (`港ICP备…`).
fn unknown_abbreviation(text: &str) -> Option<char> {
    let at = WORDS.iter().filter_map(|(w, ..)| text.find(w)).min()?;
    let c = text[..at].chars().next_back()?;
    (('\u{4e00}'..='\u{9fff}').contains(&c) && !is_abbreviation(c)).then_some(c)
}

/// Checks a filing number (R-NUM-1, R-NUM-2) as people copy it from footers
/// and certificates: spaces and line breaks, a label in front, a missing
/// `号`, the website index before `号` are read, `normalized` is the canonical
/// form and a warning (`FILING_NUMBER_CANONICAL`) suggests it. An error is
/// only for what is no filing number at all, or no province's abbreviation.
///
/// ```
/// use beian_check::filing_number::validate_filing_number;
/// use beian_check::options::CommonOptions;
/// let r = validate_filing_number("浙 ICP 备 17005035 号 -1", &CommonOptions::default());
/// assert!(r.ok);
/// assert_eq!(r.normalized.as_deref(), Some("浙ICP备17005035号-1"));
/// assert_eq!(r.findings[0].code.as_str(), "FILING_NUMBER_CANONICAL");
/// ```
pub fn validate_filing_number<'a>(
    value: impl Into<Input<'a>>,
    opts: &CommonOptions,
) -> FieldResult<FilingNumberDetails> {
    let mut findings = opts.findings("");
    let mut details = FilingNumberDetails::default();
    let Some(text) = clean(value.into(), rules::NUM_1, &mut findings) else {
        return findings.finish(None, details);
    };
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '|' | '·'))
        .map(|c| if matches!(c, '—' | '–' | '‐' | '－') { '-' } else { c })
        .collect::<String>()
        .replace("icp", "ICP")
        .replace("Icp", "ICP");
    let normalized = check(&compact, &mut findings, &mut details);
    if let Some(canonical) = &normalized {
        if *canonical != text {
            findings.push(
                rules::NUM_1,
                Code::FilingNumberCanonical,
                vec![("normalized", Param::from(canonical.as_str()))],
            );
        }
    }
    findings.finish(normalized.or(Some(compact)), details)
}

/// Checks the compact text; returns the canonical form of a filing number.
fn check(number: &str, findings: &mut Findings, details: &mut FilingNumberDetails) -> Option<String> {
    let p = parse(number);
    let rule = if p.as_ref().is_some_and(|p| p.police) { rules::NUM_2 } else { rules::NUM_1 };
    // Subject numbers have 6–8 digits, or the year and a sequence since 2019
    // (2021012345); licences 6; public-security numbers 14 (older ones
    // 9–16, a warning below). A website index has 1–3 digits, no leading 0.
    let shape_ok = p.as_ref().is_some_and(|p| {
        let n = p.digits.len();
        let digits_ok = if p.police {
            (9..=16).contains(&n)
        } else if p.telecom.is_some() {
            n == 8
        } else if p.licence {
            n == 6
        } else {
            (6..=8).contains(&n) || n == 10
        };
        // Websites and apps of one subject share one sequence: large subjects pass 1 000.
        let index_ok = p.index.map_or(true, |i| (1..=5).contains(&i.len()) && !i.starts_with('0') && !p.police);
        digits_ok && index_ok
    });
    let Some(p) = p.filter(|_| shape_ok) else {
        match unknown_abbreviation(number) {
            Some(c) => findings.push(rule, Code::FilingNumberProvince, vec![("char", Param::from(c))]),
            None => findings.push(rule, Code::FilingNumberFormat, vec![]),
        }
        return None;
    };
    let app = SERVICE_LETTERS.iter().find(|(letter, _)| Some(*letter) == p.service).map(|&(_, kind)| kind);
    details.kind = Some(match (p.police, p.licence, p.index, app) {
        (true, ..) => FilingNumberKind::Police,
        (.., Some(app)) => app,
        (_, true, ..) => FilingNumberKind::Licence,
        (_, _, None, _) => FilingNumberKind::Subject,
        _ => FilingNumberKind::Website,
    });
    // A bare public-security number: the province of its first two digits.
    let bare = p.digits.as_bytes();
    let from_digits = u32::from(bare[0] - b'0') * 100_000 + u32::from(bare[1] - b'0') * 10_000;
    let (abbreviation, province) = match p.abbreviation {
        Some(a) => (a, province_of(a, p.police, rule, findings)?),
        None => match PROVINCES.iter().find(|&&(_, c)| c == from_digits) {
            Some(&found) => found,
            None => {
                findings.push(rule, Code::FilingNumberFormat, vec![]);
                return None;
            }
        },
    };
    details.province = Some(crate::division::six_digits(province));
    let mut canonical = String::with_capacity(number.len() + 8);
    canonical.push(abbreviation);
    match p.telecom {
        // 粤B2-20090059: no 号.
        Some(class) => {
            canonical.push_str(class);
            canonical.push('-');
            canonical.push_str(p.digits);
        }
        None => {
            canonical.push_str(if p.police {
                "公网安备"
            } else if p.licence {
                "ICP证"
            } else {
                "ICP备"
            });
            canonical.push_str(p.digits);
            canonical.push('号');
        }
    }
    if p.police {
        check_police(p.digits, province, findings);
    }
    if let Some(index) = p.index {
        details.subject_number = Some(canonical.clone());
        canonical.push('-');
        canonical.push_str(index);
        canonical.extend(p.service);
    }
    Some(canonical)
}

/// The province of an abbreviation. ICP numbers use one abbreviation per
/// province (蜀, 黔, 滇, 陇, 陕); public-security numbers also use the
/// others (川公网安备, 贵公网安备 …).
fn province_of(abbreviation: char, police: bool, rule: &'static str, findings: &mut Findings) -> Option<u32> {
    if let Some(&(_, province)) = PROVINCES.iter().find(|(a, _)| *a == abbreviation) {
        return Some(province);
    }
    let &(other, used) = OTHER_ABBREVIATIONS.iter().find(|(other, _)| *other == abbreviation)?;
    let province = PROVINCES.iter().find(|(a, _)| *a == used).map(|&(_, p)| p)?;
    if !police {
        findings.push(
            rule,
            Code::FilingNumberProvinceAlias,
            vec![("char", Param::from(other)), ("expected", Param::from(used))],
        );
    }
    Some(province)
}

/// R-NUM-2: 14 digits starting with a division code of the province. Older
/// numbers have other lengths, and our division table may lack a code:
/// both are warnings; digits of another province are an error.
fn check_police(digits: &str, province: u32, findings: &mut Findings) {
    if digits.len() != 14 {
        findings.push(rules::NUM_2, Code::FilingNumberPoliceLength, vec![("length", Param::from(digits.len()))]);
        return;
    }
    let place: u32 = digits[..6].parse().unwrap_or(0);
    if division(place).is_some() && place / 10_000 == province / 10_000 {
        return;
    }
    let params = vec![("code", Param::from(&digits[..6])), ("province", Param::from(label_of(province)))];
    if place / 10_000 == province / 10_000 {
        findings.push_graded(rules::NUM_2, Code::FilingNumberPoliceDivision, Severity::Warning, params);
    } else {
        findings.push(rules::NUM_2, Code::FilingNumberPoliceDivision, params);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<&'static str> {
        validate_filing_number(text, &CommonOptions::default()).findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn valid_numbers_of_each_kind() {
        for (text, kind) in [
            ("粤ICP备12345678号", FilingNumberKind::Subject),
            ("粤ICP备12345678号-1", FilingNumberKind::Website),
            ("京ICP备2021012345号-12", FilingNumberKind::Website),
            ("京ICP证030367号", FilingNumberKind::Licence),
            ("京公网安备11010802020088号", FilingNumberKind::Police),
            ("蜀ICP备05012345号", FilingNumberKind::Subject),
            ("京ICP备11018762号-2A", FilingNumberKind::App),
            ("京ICP备11018762号-3X", FilingNumberKind::MiniProgram),
            ("京ICP备11018762号-4K", FilingNumberKind::QuickApp),
            ("粤B2-20090059-1626X", FilingNumberKind::MiniProgram),
            ("粤B2-20090059", FilingNumberKind::Licence),
            ("京ICP备2021012345号-10235", FilingNumberKind::Website),
        ] {
            let r = validate_filing_number(text, &CommonOptions::default());
            assert!(r.ok && r.findings.is_empty(), "{text}: {:?}", r.findings);
            assert_eq!(r.details.kind, Some(kind), "{text}");
        }
        let r = validate_filing_number(" 粤 icp备12345678号－1 ", &CommonOptions::default());
        assert_eq!(r.normalized.as_deref(), Some("粤ICP备12345678号-1"));
        assert_eq!(r.findings[0].code, Code::FilingNumberCanonical);
        assert_eq!(r.details.subject_number.as_deref(), Some("粤ICP备12345678号"));
    }

    #[test]
    fn as_copied_from_footers_and_certificates() {
        for (text, canonical, kind) in [
            ("京ICP证100935", "京ICP证100935号", FilingNumberKind::Licence),
            ("京公网安备11010502053733", "京公网安备11010502053733号", FilingNumberKind::Police),
            ("浙 ICP 备 17005035 号 -1", "浙ICP备17005035号-1", FilingNumberKind::Website),
            ("ICP备案号：粤ICP备12345678号", "粤ICP备12345678号", FilingNumberKind::Subject),
            ("备案号:皖ICP备10015907号", "皖ICP备10015907号", FilingNumberKind::Subject),
            ("京ICP证030173号-1", "京ICP证030173号-1", FilingNumberKind::Licence),
            ("浙ICP备14041274-1号", "浙ICP备14041274号-1", FilingNumberKind::Website),
            ("京｜ICP备11020872号－17", "京ICP备11020872号-17", FilingNumberKind::Website),
            ("京 ICP 备 13052560 号 - 1", "京ICP备13052560号-1", FilingNumberKind::Website),
            ("11010502034881", "京公网安备11010502034881号", FilingNumberKind::Police),
            ("湘公安网备号43010402000231号", "湘公网安备43010402000231号", FilingNumberKind::Police),
            ("贵公网安备 52010102152011", "贵公网安备52010102152011号", FilingNumberKind::Police),
        ] {
            let r = validate_filing_number(text, &CommonOptions::default());
            assert!(r.ok, "{text}: {:?}", r.findings);
            assert_eq!(r.normalized.as_deref(), Some(canonical), "{text}");
            assert_eq!(r.details.kind, Some(kind), "{text}");
            let canonical_finding = r.findings.iter().find(|f| f.code == Code::FilingNumberCanonical);
            let expected = (text != canonical).then_some(Severity::Warning);
            assert_eq!(canonical_finding.map(|f| f.severity), expected, "{text}");
        }
        let r = validate_filing_number("京ICP证030173号-1", &CommonOptions::default());
        assert!(r.findings.is_empty());
        assert_eq!(r.details.subject_number.as_deref(), Some("京ICP证030173号"));
        // An app's letter in lower case, the index before 号: read, and the canonical form suggested.
        let r = validate_filing_number("京ICP备11018762-2a号", &CommonOptions::default());
        assert_eq!(r.normalized.as_deref(), Some("京ICP备11018762号-2A"));
        assert_eq!(r.details.kind, Some(FilingNumberKind::App));
        assert_eq!(r.details.subject_number.as_deref(), Some("京ICP备11018762号"));
        let r = validate_filing_number("粤B2-20090059-1626X", &CommonOptions::default());
        assert_eq!(r.details.subject_number.as_deref(), Some("粤B2-20090059"));
        assert_eq!(r.details.province.as_deref(), Some("440000"));
    }

    #[test]
    fn older_public_security_numbers_are_warnings() {
        for (text, length) in
            [("京公网安备110105007246", 12), ("吉公网安备2020202000115", 13), ("贵公网安备 520101021520111", 15)]
        {
            let r = validate_filing_number(text, &CommonOptions::default());
            assert!(r.ok, "{text}: {:?}", r.findings);
            let f = r.findings.iter().find(|f| f.code == Code::FilingNumberPoliceLength).expect(text);
            assert_eq!(f.param("length"), Some(&Param::from(length)));
        }
    }

    #[test]
    fn failures() {
        assert_eq!(codes("ICP备12345678号"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP备1234号"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP备12345678号-0"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP证12345678号-1"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("港ICP备12345678号"), ["FILING_NUMBER_PROVINCE"]);
        assert_eq!(codes("川ICP备12345678号"), ["FILING_NUMBER_PROVINCE_ALIAS"]);
        assert_eq!(codes("京公网安备11010802号"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤公网安备11010802020088号"), ["FILING_NUMBER_POLICE_DIVISION"]);
        assert_eq!(codes("粤ICP备12345678号abc"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP备12345678号-2B"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP备12345678号-A"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤B2-2009005-1X"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤公网安备11010802020088号-3X"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("example.com"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("99010502034881"), ["FILING_NUMBER_FORMAT"]);
        // A division our table lacks, inside the right province: unsure.
        let r = validate_filing_number("京公网安备11999902020088号", &CommonOptions::default());
        assert!(r.ok);
        assert_eq!(r.findings[0].severity, Severity::Warning);
    }
}
