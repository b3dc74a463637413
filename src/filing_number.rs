//! Filing numbers (`validateFilingNumber`): ICP numbers (R-NUM-1) —
//! subject `粤ICP备12345678号`, website `粤ICP备12345678号-1`, operating
//! licence `京ICP证030367号` (Tencent Cloud《备案类型》2018) — and public-security filing numbers
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
use crate::finding::{FieldResult, Findings, Param};
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
}

/// What a filing number decodes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FilingNumberDetails {
    /// Which number it is.
    pub kind: Option<FilingNumberKind>,
    /// The province's code, `xx0000`.
    pub province: Option<String>,
    /// The subject number of a website number (`粤ICP备12345678号`).
    pub subject_number: Option<String>,
}

/// Splits `text` into (abbreviation, kind word, digits, website index).
fn split(text: &str) -> Option<(char, &str, &str, Option<&str>)> {
    let abbreviation = text.chars().next()?;
    let rest = &text[abbreviation.len_utf8()..];
    let (word, rest) = ["ICP备", "ICP证", "公网安备"].iter().find_map(|w| rest.strip_prefix(w).map(|r| (*w, r)))?;
    let (digits, tail) = rest.split_once('号')?;
    let index = match tail {
        "" => None,
        _ => Some(tail.strip_prefix('-')?),
    };
    Some((abbreviation, word, digits, index))
}

fn all_digits(s: &str, lengths: std::ops::RangeInclusive<usize>) -> bool {
    lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks a filing number (R-NUM-1, R-NUM-2). `normalized` has no spaces
/// and an upper-case `ICP`.
pub fn validate_filing_number<'a>(
    value: impl Into<Input<'a>>,
    opts: &CommonOptions,
) -> FieldResult<FilingNumberDetails> {
    let mut findings = opts.findings("");
    let mut details = FilingNumberDetails::default();
    let Some(text) = clean(value.into(), rules::NUM_1, &mut findings) else {
        return findings.finish(None, details);
    };
    let number: String =
        text.chars().filter(|&c| c != ' ').collect::<String>().replace("icp", "ICP").replace("Icp", "ICP");
    check(&number, &mut findings, &mut details);
    findings.finish(Some(number), details)
}

fn check(number: &str, findings: &mut Findings, details: &mut FilingNumberDetails) {
    let Some((abbreviation, word, digits, index)) = split(number) else {
        findings.push(rules::NUM_1, Code::FilingNumberFormat, vec![]);
        return;
    };
    let police = word == "公网安备";
    let rule = if police { rules::NUM_2 } else { rules::NUM_1 };
    let kind = match (word, index) {
        ("公网安备", None) => FilingNumberKind::Police,
        ("ICP证", None) => FilingNumberKind::Licence,
        ("ICP备", None) => FilingNumberKind::Subject,
        ("ICP备", Some(_)) => FilingNumberKind::Website,
        _ => {
            findings.push(rule, Code::FilingNumberFormat, vec![]);
            return;
        }
    };
    // Subject numbers have 6–8 digits, or the year and a sequence since 2019 (2021012345).
    let digits_ok = match kind {
        FilingNumberKind::Police => all_digits(digits, 14..=14),
        FilingNumberKind::Licence => all_digits(digits, 6..=6),
        FilingNumberKind::Subject | FilingNumberKind::Website => {
            all_digits(digits, 6..=8) || all_digits(digits, 10..=10)
        }
    };
    let index_ok = index.map_or(true, |i| all_digits(i, 1..=3) && !i.starts_with('0'));
    if !digits_ok || !index_ok {
        findings.push(rule, Code::FilingNumberFormat, vec![]);
        return;
    }
    details.kind = Some(kind);
    if kind == FilingNumberKind::Website {
        details.subject_number = number.split_once('-').map(|(subject, _)| subject.to_owned());
    }
    let Some(&(_, province)) = PROVINCES.iter().find(|(a, _)| *a == abbreviation) else {
        match OTHER_ABBREVIATIONS.iter().find(|(other, _)| *other == abbreviation) {
            Some(&(other, used)) => findings.push(
                rule,
                Code::FilingNumberProvinceAlias,
                vec![("char", Param::from(other)), ("expected", Param::from(used))],
            ),
            None => findings.push(rule, Code::FilingNumberProvince, vec![("char", Param::from(abbreviation))]),
        }
        return;
    };
    details.province = Some(format!("{province:06}"));
    if police {
        let place: u32 = digits[..6].parse().unwrap_or(0);
        let in_province = division(place).is_some() && place / 10_000 == province / 10_000;
        if !in_province {
            let name = label_of(province);
            findings.push(
                rules::NUM_2,
                Code::FilingNumberPoliceDivision,
                vec![("code", Param::from(&digits[..6])), ("province", Param::from(name))],
            );
        }
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
        ] {
            let r = validate_filing_number(text, &CommonOptions::default());
            assert!(r.ok && r.findings.is_empty(), "{text}: {:?}", r.findings);
            assert_eq!(r.details.kind, Some(kind), "{text}");
        }
        let r = validate_filing_number(" 粤 icp备12345678号－1 ", &CommonOptions::default());
        assert_eq!(r.normalized.as_deref(), Some("粤ICP备12345678号-1"));
        assert_eq!(r.details.subject_number.as_deref(), Some("粤ICP备12345678号"));
    }

    #[test]
    fn failures() {
        assert_eq!(codes("ICP备12345678号"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP备1234号"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP备12345678号-0"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤ICP证12345678号-1"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("港ICP备12345678号"), ["FILING_NUMBER_PROVINCE"]);
        assert_eq!(codes("川ICP备12345678号"), ["FILING_NUMBER_PROVINCE_ALIAS"]);
        assert_eq!(codes("京公网安备1101080202008号"), ["FILING_NUMBER_FORMAT"]);
        assert_eq!(codes("粤公网安备11010802020088号"), ["FILING_NUMBER_POLICE_DIVISION"]);
        assert_eq!(codes("京公网安备11999902020088号"), ["FILING_NUMBER_POLICE_DIVISION"]);
    }
}
