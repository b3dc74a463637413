//! Options as a host hands them over (JavaScript objects, JSON, config).
//!
//! A check never fails because of its options: a value that cannot be used
//! is replaced by the default and reported as a warning `OPTION_INVALID`
//! (rule `OPTIONS`) in the result, so the developer sees it and the person
//! filing is not blocked.
//!
//! ```
//! use beian_check::{input::Value, CommonOptions, Locale};
//! let opts = CommonOptions::from_host(&|name| match name {
//!     "locale" => Value::Text("fr".into()),
//!     "asOf" => Value::Text("2026-11-22".into()),
//!     _ => Value::Missing,
//! });
//! assert_eq!(opts.locale, Locale::ZhCn); // "fr" is not a locale: the default, and a warning
//! assert_eq!(opts.as_of.map(|d| d.to_string()).as_deref(), Some("2026-11-22"));
//! let warnings = opts.findings("").finish(None, ()).findings;
//! assert_eq!(warnings[0].code.as_str(), "OPTION_INVALID");
//! ```

use crate::finding::{Findings, Param};
use crate::input::{Input, Value};
use crate::messages::{Code, Locale};
use crate::rules;
use crate::Date;

/// An option value that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedOption {
    /// The option's name as the caller spells it, e.g. `"asOf"`.
    pub option: &'static str,
    /// What was passed (shortened), or `(number)` for a value of another type.
    pub value: String,
    /// What was used instead.
    pub fallback: String,
}

/// The options every check takes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommonOptions {
    /// The language of messages (`locale`: `"zh-CN"` default, or `"en"`).
    pub locale: Locale,
    /// The day dates and ages are judged on (`asOf`: `"YYYY-MM-DD"`);
    /// `None` means today in China Standard Time.
    pub as_of: Option<Date>,
    /// Option values that were replaced by defaults, reported as findings.
    pub rejected: Vec<RejectedOption>,
    /// Only the verdict (`ok`) is wanted, as `isValid` wants it: the result's
    /// `findings` stay empty, no message is rendered (issue 26).
    pub verdict_only: bool,
}

impl CommonOptions {
    /// Reads `locale` and `asOf` through `get`, which returns the host's value
    /// of a named option.
    pub fn from_host(get: &impl Fn(&'static str) -> Value) -> CommonOptions {
        let mut rejected = Vec::new();
        let locale = pick("locale", get("locale").as_input(), Locale::parse, || "zh-CN".into(), &mut rejected);
        let as_of = pick("asOf", get("asOf").as_input(), Date::parse_iso, || Date::today().to_string(), &mut rejected);
        CommonOptions { locale: locale.unwrap_or_default(), as_of, rejected, verdict_only: false }
    }

    /// The day dates and ages are judged on.
    pub fn as_of_or_today(&self) -> Date {
        self.as_of.unwrap_or_else(Date::today)
    }

    /// A collector for the findings of one field, holding the warnings about
    /// rejected options already.
    pub fn findings(&self, path: &str) -> Findings {
        if self.verdict_only {
            return Findings::verdict_only(self.locale);
        }
        let mut findings = Findings::new(self.locale, path);
        for r in &self.rejected {
            findings.push(
                rules::OPTIONS,
                Code::OptionInvalid,
                vec![
                    ("option", Param::from(r.option)),
                    ("value", Param::from(r.value.as_str())),
                    ("fallback", Param::from(r.fallback.as_str())),
                ],
            );
        }
        findings
    }
}

/// Parses one option: `None` when absent; when present but unusable, records
/// it in `rejected` with the fallback `fallback()` describes, and returns `None`.
pub fn pick<T>(
    option: &'static str,
    value: Input<'_>,
    parse: impl Fn(&str) -> Option<T>,
    fallback: impl Fn() -> String,
    rejected: &mut Vec<RejectedOption>,
) -> Option<T> {
    let shown = match value {
        Input::Missing => return None,
        Input::Text(text) => match parse(text.trim()) {
            Some(parsed) => return Some(parsed),
            None => text.chars().take(40).collect(),
        },
        Input::NotText(type_name) => format!("({type_name})"),
        Input::TooLong(length) => format!("({length} characters)"),
    };
    rejected.push(RejectedOption { option, value: shown, fallback: fallback() });
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locale_and_as_of() {
        let o = CommonOptions::from_host(&|name| match name {
            "locale" => Value::Text("en".into()),
            "asOf" => Value::Text(" 2026-11-22 ".into()),
            _ => Value::Missing,
        });
        assert_eq!(o.locale, Locale::En);
        assert_eq!(o.as_of, Date::from_ymd(2026, 11, 22));
        assert!(o.rejected.is_empty());
    }

    #[test]
    fn bad_values_fall_back_and_are_reported_as_warnings() {
        let o = CommonOptions::from_host(&|name| match name {
            "locale" => Value::Text("fr".into()),
            "asOf" => Value::NotText("number"),
            _ => Value::Missing,
        });
        assert_eq!(o.locale, Locale::ZhCn);
        assert_eq!(o.as_of, None);
        let r = o.findings("").finish(None, ());
        assert!(r.ok);
        assert_eq!(r.findings.len(), 2);
        assert_eq!(r.findings[0].message, "选项 locale 的值 fr 无效，已改用 zh-CN。");
        assert_eq!(r.findings[1].param("value"), Some(&Param::from("(number)")));
        assert_eq!(r.findings[1].rule, "OPTIONS");
    }
}
