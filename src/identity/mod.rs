//! Identity documents of people (`validateIdNumber`), one module per
//! document:
//!
//! | kind | document | rule | module |
//! |---|---|---|---|
//! | `resident_id` | 居民身份证, 18 characters | R-ID-1 | [`resident_id`](self) |
//! | `resident_id_15` | first-generation 15-digit ID | R-ID-2 | `resident_id_15` |
//! | `hmt_residence_permit` | 港澳台居民居住证 | R-ID-3 | `residence_permit` |
//! | `hk_macau_permit`, `taiwan_permit` | 港澳 / 台湾居民来往内地（大陆）通行证 | R-ID-4 | `travel_permit` |
//! | `passport` | 护照 | R-ID-4 | `passport` |
//! | `foreign_permanent_resident` | 外国人永久居留身份证 | R-ID-5 | `foreign_permanent` |
//!
//! ```
//! use beian_check::{validate_id_number, Date, IdOptions, Locale, Sex};
//!
//! let opts = IdOptions::new(Locale::En, Date::from_ymd(2026, 11, 22));
//! let r = validate_id_number("11010519491231002X", &opts);
//! assert!(r.ok);
//! assert_eq!(r.details.sex, Some(Sex::Female));
//! assert_eq!(r.details.birth_date, Date::from_ymd(1949, 12, 31));
//! assert_eq!(r.details.division.unwrap().name, "朝阳区");
//! ```

mod foreign_permanent;
mod gb11643;
mod passport;
mod residence_permit;
mod resident_id;
mod resident_id_15;
mod travel_permit;

use crate::division::Division;
use crate::finding::{FieldResult, Findings};
use crate::input::{clean, Input, Value};
use crate::messages::Locale;
use crate::options::{pick, CommonOptions};
use crate::{rules, Date};
use serde::Serialize;

/// The kind of identity document (`kind` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// 18-character mainland resident ID card (居民身份证, GB 11643-1999).
    #[default]
    ResidentId,
    /// 15-digit first-generation resident ID (一代身份证).
    #[serde(rename = "resident_id_15")]
    ResidentId15,
    /// Mainland Travel Permit for Hong Kong and Macau Residents (港澳居民来往内地通行证).
    HkMacauPermit,
    /// Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证).
    TaiwanPermit,
    /// Residence permit for Hong Kong, Macau and Taiwan residents (港澳台居民居住证).
    HmtResidencePermit,
    /// Passport (护照), Chinese or foreign.
    Passport,
    /// Foreign permanent residence ID card (外国人永久居留身份证).
    ForeignPermanentResident,
}

impl IdKind {
    /// Every kind, in API order.
    pub const ALL: [IdKind; 7] = [
        IdKind::ResidentId,
        IdKind::ResidentId15,
        IdKind::HkMacauPermit,
        IdKind::TaiwanPermit,
        IdKind::HmtResidencePermit,
        IdKind::Passport,
        IdKind::ForeignPermanentResident,
    ];

    /// The API name, e.g. `"resident_id"`.
    pub fn as_str(self) -> &'static str {
        match self {
            IdKind::ResidentId => "resident_id",
            IdKind::ResidentId15 => "resident_id_15",
            IdKind::HkMacauPermit => "hk_macau_permit",
            IdKind::TaiwanPermit => "taiwan_permit",
            IdKind::HmtResidencePermit => "hmt_residence_permit",
            IdKind::Passport => "passport",
            IdKind::ForeignPermanentResident => "foreign_permanent_resident",
        }
    }

    /// The document's Chinese name as the filing form shows it.
    pub fn label_zh(self) -> &'static str {
        match self {
            IdKind::ResidentId => "居民身份证",
            IdKind::ResidentId15 => "一代居民身份证",
            IdKind::HkMacauPermit => "港澳居民来往内地通行证",
            IdKind::TaiwanPermit => "台湾居民来往大陆通行证",
            IdKind::HmtResidencePermit => "港澳台居民居住证",
            IdKind::Passport => "护照",
            IdKind::ForeignPermanentResident => "外国人永久居留身份证",
        }
    }

    /// The catalogue rule that governs this document.
    pub fn rule(self) -> &'static str {
        match self {
            IdKind::ResidentId => rules::ID_1,
            IdKind::ResidentId15 => rules::ID_2,
            IdKind::HmtResidencePermit => rules::ID_3,
            IdKind::HkMacauPermit | IdKind::TaiwanPermit | IdKind::Passport => rules::ID_4,
            IdKind::ForeignPermanentResident => rules::ID_5,
        }
    }

    /// Parses an API name (`"passport"`) or a Chinese label (`"护照"`, `"身份证"`).
    ///
    /// ```
    /// use beian_check::IdKind;
    /// assert_eq!(IdKind::parse("hk_macau_permit"), Some(IdKind::HkMacauPermit));
    /// assert_eq!(IdKind::parse("身份证"), Some(IdKind::ResidentId));
    /// assert_eq!(IdKind::parse("visa"), None);
    /// ```
    pub fn parse(name: &str) -> Option<IdKind> {
        let by_label = |kind: &IdKind| name == kind.as_str() || name == kind.label_zh();
        IdKind::ALL.iter().copied().find(by_label).or(match name {
            "身份证" | "居民身份证号码" => Some(IdKind::ResidentId),
            "居住证" => Some(IdKind::HmtResidencePermit),
            _ => None,
        })
    }
}

/// Sex as encoded in the sequence digits: odd male, even female.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    /// 男
    Male,
    /// 女
    Female,
}

/// Where a permit holder is from (HK/Macau/Taiwan documents).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// 香港
    HongKong,
    /// 澳门
    Macau,
    /// 台湾
    Taiwan,
}

/// Options of [`validate_id_number`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdOptions {
    /// The document kind; resident ID when not given.
    pub kind: IdKind,
    /// Language, `asOf` and rejected option values.
    pub common: CommonOptions,
}

impl IdOptions {
    /// Options with messages in `locale`, judged on `as_of` (`None`: today).
    pub fn new(locale: Locale, as_of: Option<Date>) -> IdOptions {
        IdOptions { common: CommonOptions { locale, as_of, ..CommonOptions::default() }, ..IdOptions::default() }
    }

    /// The same options for another document kind.
    pub fn with_kind(mut self, kind: IdKind) -> IdOptions {
        self.kind = kind;
        self
    }

    /// Reads `kind`, `locale` and `asOf` through `get` (see [`crate::options`]).
    pub fn from_host(get: impl Fn(&'static str) -> Value) -> IdOptions {
        let mut common = CommonOptions::from_host(&get);
        let kind = pick("kind", get("kind").as_input(), IdKind::parse, || "resident_id".into(), &mut common.rejected);
        IdOptions { kind: kind.unwrap_or_default(), common }
    }
}

/// What an identity number decodes to; `None` where the document does not
/// carry it or the number is too broken to tell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdDetails {
    /// The kind it was checked as.
    pub kind: IdKind,
    /// The birth date in the number, when it is a real date.
    pub birth_date: Option<Date>,
    /// The sex encoded in the number.
    pub sex: Option<Sex>,
    /// Completed years on `asOf`.
    pub age: Option<u16>,
    /// The birthplace division (resident IDs), current or retired.
    pub division: Option<Division>,
    /// Hong Kong, Macau or Taiwan (permits).
    pub region: Option<Region>,
    /// The 18-character form of a 15-digit ID (R-ID-2).
    pub upgraded: Option<String>,
    /// Which form of the document the number has, e.g. `"current"`,
    /// `"old_10_digit"`, `"cn_e_passport"`, `"foreign"`, `"2023"`.
    pub format: Option<&'static str>,
}

/// What a validator of one document kind is handed.
pub(crate) struct Check<'a> {
    /// The number: cleaned, without spaces, upper case.
    pub id: &'a str,
    /// The day ages are judged on.
    pub as_of: Date,
    /// The rule of the document kind.
    pub rule: &'static str,
    pub findings: &'a mut Findings,
    pub details: &'a mut IdDetails,
}

/// Checks an identity document number of `opts.kind` (R-ID-1 … R-ID-5).
///
/// `normalized` is the number as it should be submitted (half-width, no
/// spaces, upper case); the details are filled in as far as the number can
/// be decoded, also when a later check fails.
pub fn validate_id_number<'a>(value: impl Into<Input<'a>>, opts: &IdOptions) -> FieldResult<IdDetails> {
    let mut findings = opts.common.findings("");
    let mut details = IdDetails { kind: opts.kind, ..IdDetails::default() };
    let rule = opts.kind.rule();
    let Some(text) = clean(value.into(), rule, &mut findings) else {
        return findings.finish(None, details);
    };
    let id = compact(text);
    let check =
        Check { id: &id, as_of: opts.common.as_of_or_today(), rule, findings: &mut findings, details: &mut details };
    match opts.kind {
        IdKind::ResidentId => resident_id::check(check),
        IdKind::ResidentId15 => resident_id_15::check(check),
        IdKind::HmtResidencePermit => residence_permit::check(check),
        IdKind::HkMacauPermit => travel_permit::check_hk_macau(check),
        IdKind::TaiwanPermit => travel_permit::check_taiwan(check),
        IdKind::Passport => passport::check(check),
        IdKind::ForeignPermanentResident => foreign_permanent::check(check),
    }
    findings.finish(Some(id), details)
}

/// Spaces removed, letters upper-cased: how every ID kind is submitted.
fn compact(mut text: String) -> String {
    if text.contains(' ') {
        text.retain(|c| c != ' ');
    }
    text.make_ascii_uppercase();
    text
}

/// `detectIdKind(value)`: the document kind a number looks like, for an
/// "auto" document field; `None` when it looks like none of them. It only
/// looks at the shape: validate with the suggested kind to check it.
///
/// ```
/// use beian_check::{detect_id_kind, IdKind};
/// assert_eq!(detect_id_kind("11010519491231002X"), Some(IdKind::ResidentId));
/// assert_eq!(detect_id_kind("810000199408230021"), Some(IdKind::HmtResidencePermit));
/// assert_eq!(detect_id_kind("H12345678"), Some(IdKind::HkMacauPermit));
/// assert_eq!(detect_id_kind("12345678"), Some(IdKind::TaiwanPermit));
/// assert_eq!(detect_id_kind("EA1234567"), Some(IdKind::Passport));
/// assert_eq!(detect_id_kind("张三"), None);
/// ```
pub fn detect_id_kind<'a>(value: impl Into<Input<'a>>) -> Option<IdKind> {
    let mut ignored = Findings::verdict_only(Locale::ZhCn);
    let id = compact(clean(value.into(), rules::ID_1, &mut ignored)?);
    let b = id.as_bytes();
    let digits = |range: std::ops::Range<usize>| b.get(range).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let gb11643 = b.len() == 18 && digits(0..17) && (b[17].is_ascii_digit() || b[17] == b'X');
    Some(if gb11643 && b[0] == b'9' {
        IdKind::ForeignPermanentResident
    } else if gb11643 && residence_permit::region_of(&id).is_some() {
        IdKind::HmtResidencePermit
    } else if gb11643 {
        IdKind::ResidentId
    } else if b.len() == 15 && digits(0..15) {
        IdKind::ResidentId15
    } else if foreign_permanent::is_old_form(&id) {
        IdKind::ForeignPermanentResident
    } else if travel_permit::hk_macau_form(&id).is_some() {
        IdKind::HkMacauPermit
    } else if travel_permit::taiwan_form(&id).is_some() {
        IdKind::TaiwanPermit
    } else if passport::is_plausible(&id) {
        IdKind::Passport
    } else {
        return None;
    })
}
