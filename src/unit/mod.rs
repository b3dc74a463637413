//! Unit certificates (`validateUnitCode`): the unified social credit code
//! (R-ORG-1), the organisation code (R-ORG-2), the old 15-digit registration
//! number (R-ORG-6), numbers of certificates without a published structure,
//! and how the code fits the subject nature (R-ORG-3, R-ORG-5) and the
//! filing province (R-ORG-4).
//!
//! ```
//! use beian_check::unit::{validate_unit_code, UnitOptions};
//!
//! let r = validate_unit_code("91440300 71526726 XG", &UnitOptions::default());
//! assert!(r.ok);
//! assert_eq!(r.normalized.as_deref(), Some("9144030071526726XG"));
//! assert_eq!(r.details.org_code.as_deref(), Some("71526726-X"));
//! assert_eq!(r.details.category.as_ref().map(|c| c.name), Some("企业"));
//! ```

mod org_code;
mod reg_no;
mod uscc;

pub use org_code::check_char as org_code_check_char;
pub use uscc::{check_char as uscc_check_char, AUTHORITIES};

use crate::division::{label_of, parse_province, Division};
use crate::finding::{FieldResult, Findings, Param};
use crate::input::{clean, is_word_char, Input, Value};
use crate::messages::{Code, Locale};
use crate::options::{pick, CommonOptions};
use crate::rules;
use crate::subject::{certificate_type, certificate_types_for, CertificateType, NumberCheck, SubjectNature};
use serde::Serialize;

/// Which code a number is checked as (`kind` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// Unified social credit code, GB 32100-2015 (default).
    #[default]
    Uscc,
    /// Organisation code, GB 11714.
    OrgCode,
    /// Old 15-digit business registration number.
    #[serde(rename = "reg_no_15")]
    RegNo15,
    /// The number of a certificate without a published structure (部队代号,
    /// 境外机构证件, 医疗机构执业许可证 …): plausibility only.
    Other,
}

impl UnitKind {
    /// Parses the API name.
    pub fn parse(name: &str) -> Option<UnitKind> {
        match name {
            "uscc" => Some(UnitKind::Uscc),
            "org_code" => Some(UnitKind::OrgCode),
            "reg_no_15" => Some(UnitKind::RegNo15),
            "other" => Some(UnitKind::Other),
            _ => None,
        }
    }

    fn rule(self) -> &'static str {
        match self {
            UnitKind::Uscc => rules::ORG_1,
            UnitKind::OrgCode => rules::ORG_2,
            UnitKind::RegNo15 => rules::ORG_6,
            UnitKind::Other => rules::ORG_5,
        }
    }
}

/// Options of [`validate_unit_code`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitOptions {
    /// The code kind; taken from `certificate_type` when that is given.
    pub kind: UnitKind,
    /// The subject nature, for R-ORG-3 and R-ORG-5.
    pub nature: Option<SubjectNature>,
    /// The certificate type chosen in the form (R-ORG-5).
    pub certificate_type: Option<CertificateType>,
    /// The filing province (`xx0000`), for R-ORG-4.
    pub province: Option<u32>,
    /// Language, `asOf` and rejected option values.
    pub common: CommonOptions,
}

impl UnitOptions {
    /// Options with messages in `locale`.
    pub fn new(locale: Locale) -> UnitOptions {
        UnitOptions { common: CommonOptions { locale, ..CommonOptions::default() }, ..UnitOptions::default() }
    }

    /// Reads `kind`, `nature`, `certificateType`, `province`, `locale` and
    /// `asOf` through `get` (see [`crate::options`]). Certificate types of
    /// people (ID documents) are not unit codes and are rejected here.
    pub fn from_host(get: impl Fn(&'static str) -> Value) -> UnitOptions {
        let mut common = CommonOptions::from_host(&get);
        let rejected = &mut common.rejected;
        let kind = pick("kind", get("kind").as_input(), UnitKind::parse, || "uscc".into(), rejected);
        let nature = pick("nature", get("nature").as_input(), SubjectNature::parse, || "(none)".into(), rejected);
        let unit_certificate = |t: &str| certificate_type(t).filter(|c| !matches!(c.number, NumberCheck::Id(_)));
        let certificate_type =
            pick("certificateType", get("certificateType").as_input(), unit_certificate, || "(none)".into(), rejected);
        let province = pick("province", get("province").as_input(), parse_province, || "(none)".into(), rejected);
        UnitOptions { kind: kind.unwrap_or_default(), nature, certificate_type, province, common }
    }

    /// The kind actually checked: the certificate type's, else `kind`.
    fn effective_kind(&self) -> UnitKind {
        match self.certificate_type.map(|t| t.number) {
            Some(NumberCheck::Uscc) => UnitKind::Uscc,
            Some(NumberCheck::OrgCode) => UnitKind::OrgCode,
            Some(NumberCheck::Other) => UnitKind::Other,
            Some(NumberCheck::Id(_)) | None => self.kind,
        }
    }
}

/// A code with its GB 32100 name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeName {
    /// The character, e.g. `"9"`.
    pub code: String,
    /// Its name, e.g. `"工商"`.
    pub name: &'static str,
}

impl CodeName {
    fn new(code: u8, name: &'static str) -> CodeName {
        CodeName { code: char::from(code).to_string(), name }
    }
}

/// What a unit code decodes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitDetails {
    /// The kind it was checked as.
    pub kind: UnitKind,
    /// The organisation code, `71526726-X` (8 characters, hyphen, check character).
    pub org_code: Option<String>,
    /// The registering office's division.
    pub division: Option<Division>,
    /// Registered by a central authority (division part 100000).
    pub national: bool,
    /// Registration authority (USCC character 1).
    pub authority: Option<CodeName>,
    /// Organisation category (USCC character 2).
    pub category: Option<CodeName>,
}

/// What a validator of one code kind is handed.
pub(crate) struct Check<'a> {
    /// The code: cleaned, without spaces and hyphens, upper case.
    pub code: &'a str,
    pub rule: &'static str,
    pub findings: &'a mut Findings,
    pub details: &'a mut UnitDetails,
}

/// `UNIT_LENGTH` with the expected and actual number of characters.
pub(crate) fn length_finding(c: &mut Check<'_>, expected: usize) {
    let length = c.code.chars().count();
    c.findings.push(
        c.rule,
        Code::UnitLength,
        vec![("expected", Param::from(expected)), ("length", Param::from(length))],
    );
}

/// Checks a unit certificate number (R-ORG-1 … R-ORG-6).
///
/// `normalized` is the code without spaces or hyphens, upper case.
pub fn validate_unit_code<'a>(value: impl Into<Input<'a>>, opts: &UnitOptions) -> FieldResult<UnitDetails> {
    let kind = opts.effective_kind();
    let mut findings = opts.common.findings("");
    let mut details = UnitDetails { kind, ..UnitDetails::default() };
    let Some(text) = clean(value.into(), kind.rule(), &mut findings) else {
        check_certificate_type(opts, &mut findings);
        return findings.finish(None, details);
    };
    let code: String = match kind {
        UnitKind::Other => text,
        _ => text.chars().filter(|&c| c != ' ' && c != '-').map(|c| c.to_ascii_uppercase()).collect(),
    };
    let mut check = Check { code: &code, rule: kind.rule(), findings: &mut findings, details: &mut details };
    match kind {
        UnitKind::Uscc => uscc::check(&mut check),
        UnitKind::OrgCode => {
            org_code::check(&mut check);
            check.findings.push(rules::ORG_5, Code::OrgCodeObsolete, vec![]);
        }
        UnitKind::RegNo15 => reg_no::check(&mut check),
        UnitKind::Other => check_other(&mut check),
    }
    if kind == UnitKind::Uscc && !findings.has_error() {
        if let Some(nature) = opts.nature {
            check_nature(&code, nature, &mut findings);
        }
        if let Some(province) = opts.province {
            check_province(&code, &details, province, &mut findings);
        }
    }
    // After the code's own checks, so that R-ORG-3/4 run on any valid code.
    check_certificate_type(opts, &mut findings);
    findings.finish(Some(code), details)
}

/// R-ORG-5: the certificate type must be one the nature allows (Tencent Cloud《各省管局要求》).
fn check_certificate_type(opts: &UnitOptions, findings: &mut Findings) {
    let (Some(nature), Some(chosen)) = (opts.nature, opts.certificate_type) else {
        return;
    };
    let allowed = certificate_types_for(nature);
    if !allowed.contains(&chosen) {
        let names: Vec<&str> = allowed.iter().map(|t| t.label).collect();
        findings.push(
            rules::ORG_5,
            Code::CertificateTypeNotAllowed,
            vec![
                ("nature", Param::from(nature.label_zh())),
                ("certificateType", Param::from(chosen.label)),
                ("allowed", Param::from(names.join("、"))),
            ],
        );
    }
}

/// A certificate number without a published structure: 4–64 letters,
/// digits, Chinese characters, brackets, hyphens or spaces.
fn check_other(c: &mut Check<'_>) {
    let length = c.code.chars().count();
    let plausible = (4..=64).contains(&length)
        && c.code.chars().all(|ch| is_word_char(ch) || matches!(ch, '(' | ')' | '-' | ' '))
        && c.code.chars().any(|ch| ch.is_ascii_digit());
    if !plausible {
        c.findings.push(c.rule, Code::CertificateNumberFormat, vec![]);
    }
}

/// The USCC prefixes (authority + category) a nature's code has, and
/// whether GB 32100 makes that certain (R-ORG-3). `None`: no expectation.
pub fn expected_prefixes(nature: SubjectNature) -> Option<(&'static [&'static str], bool)> {
    use SubjectNature::*;
    Some(match nature {
        Enterprise => (&["91", "92", "93"], true),
        Government => (&["11"], true),
        PublicInstitution => (&["12", "A1"], true),
        SocialGroup => (&["51"], true),
        PrivateNonEnterprise => (&["52"], true),
        Foundation => (&["53"], true),
        LawFirm => (&["31"], true),
        Notary => (&["32"], true),
        JudicialExpertise => (&["34"], true),
        Arbitration => (&["35"], true),
        ForeignCulturalCenter => (&["41", "61", "62"], true),
        Religious => (&["71", "72"], true),
        Military => (&["A1", "A9"], false),
        MassOrganization => (&["13", "81", "89", "59"], false),
        Overseas => (&["21", "29", "61", "62", "Y1"], false),
        Medical => (&["12", "52", "91", "92"], false),
        CollectiveEconomy => (&["N1", "N2", "N3", "N9", "93"], false),
        Personal => return None,
    })
}

/// R-ORG-3: the code's authority and category must fit the nature.
fn check_nature(code: &str, nature: SubjectNature, findings: &mut Findings) {
    let Some((prefixes, certain)) = expected_prefixes(nature) else {
        return;
    };
    let prefix = &code[..2];
    if prefixes.contains(&prefix) {
        return;
    }
    let b = prefix.as_bytes();
    let registration = uscc::authority(b[0])
        .map(|(_, authority, categories)| {
            let category = categories.iter().find(|(c, _)| *c == b[1]).map_or("", |(_, name)| *name);
            format!("{authority}·{category}")
        })
        .unwrap_or_default();
    findings.push(
        rules::ORG_3,
        if certain { Code::UsccNatureMismatch } else { Code::UsccNatureUnusual },
        vec![
            ("prefix", Param::from(prefix)),
            ("registration", Param::from(registration)),
            ("nature", Param::from(nature.label_zh())),
            ("expected", Param::from(prefixes.join(" / "))),
        ],
    );
}

/// R-ORG-4: whether the USCC's division lies in `province` (`xx0000`);
/// `None` when the code has no division (national registrations) or is not
/// a well-formed USCC. The whole form calls this for the filing region.
///
/// ```
/// use beian_check::unit::uscc_in_province;
/// assert_eq!(uscc_in_province("9144030071526726XG", 440000), Some(true));
/// assert_eq!(uscc_in_province("9144030071526726XG", 110000), Some(false));
/// assert_eq!(uscc_in_province("12100000400000624D", 110000), None);
/// ```
pub fn uscc_in_province(code: &str, province: u32) -> Option<bool> {
    let digits: u32 = code.get(2..8)?.parse().ok()?;
    (code.get(2..8)? != uscc::NATIONAL).then_some(digits / 10_000 * 10_000 == province / 10_000 * 10_000)
}

fn check_province(code: &str, details: &UnitDetails, province: u32, findings: &mut Findings) {
    let (Some(false), Some(place)) = (uscc_in_province(code, province), &details.division) else {
        return;
    };
    findings.push(
        rules::ORG_4,
        Code::UsccOutsideProvince,
        vec![
            ("division", Param::from(crate::division::six_digits(place.code))),
            ("divisionName", Param::from(place.full_name())),
            ("provinceName", Param::from(label_of(province))),
        ],
    );
}
