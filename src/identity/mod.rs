//! Identity documents of people (`validateIdNumber`): the mainland resident
//! ID (R-ID-1), with birth date, sex and age decoded from it.
//!
//! ```
//! use beian_check::{validate_id_number, Date, IdOptions, Locale, Sex};
//!
//! let opts = IdOptions::new(Locale::En, Date::from_ymd(2026, 11, 22));
//! let r = validate_id_number("11010519491231002X", &opts);
//! assert!(r.ok);
//! assert_eq!(r.details.sex, Some(Sex::Female));
//! assert_eq!(r.details.birth_date, Date::from_ymd(1949, 12, 31));
//! ```

mod resident_id;

use crate::finding::FieldResult;
use crate::input::{clean, Input, Value};
use crate::messages::Locale;
use crate::options::{pick, CommonOptions};
use crate::Date;
use serde::Serialize;

/// The kind of identity document (`kind` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// 18-character mainland resident ID card (居民身份证, GB 11643-1999).
    #[default]
    ResidentId,
}

impl IdKind {
    /// Parses the API name of a kind, e.g. `"resident_id"`.
    pub fn parse(name: &str) -> Option<IdKind> {
        match name {
            "resident_id" => Some(IdKind::ResidentId),
            _ => None,
        }
    }
}

/// Sex as encoded in the 17th digit of a resident ID: odd male, even female.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    /// 男
    Male,
    /// 女
    Female,
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
        IdOptions {
            common: CommonOptions {
                locale,
                as_of,
                rejected: Vec::new(),
            },
            ..IdOptions::default()
        }
    }

    /// Reads `kind`, `locale` and `asOf` through `get` (see [`crate::options`]).
    pub fn from_host(get: impl Fn(&'static str) -> Value) -> IdOptions {
        let mut common = CommonOptions::from_host(&get);
        let kind = pick(
            "kind",
            get("kind").as_input(),
            IdKind::parse,
            || "resident_id".into(),
            &mut common.rejected,
        );
        IdOptions {
            kind: kind.unwrap_or_default(),
            common,
        }
    }
}

/// What an identity number decodes to.
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
}

/// Checks an identity document number.
///
/// `normalized` is the number as it should be submitted (half-width, no
/// spaces, upper-case `X`); the details are filled in as far as the number
/// can be decoded, also when a later check fails.
pub fn validate_id_number<'a>(
    value: impl Into<Input<'a>>,
    opts: &IdOptions,
) -> FieldResult<IdDetails> {
    let mut findings = opts.common.findings("");
    let mut details = IdDetails {
        kind: opts.kind,
        ..IdDetails::default()
    };
    let rule = match opts.kind {
        IdKind::ResidentId => crate::rules::ID_1,
    };
    let Some(text) = clean(value.into(), rule, &mut findings) else {
        return findings.finish(None, details);
    };
    let normalized = match opts.kind {
        IdKind::ResidentId => resident_id::check(
            &text,
            opts.common.as_of_or_today(),
            &mut findings,
            &mut details,
        ),
    };
    findings.finish(Some(normalized), details)
}
