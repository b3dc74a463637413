//! The one message table: every finding [`Code`] with its severity and its
//! message in zh-CN and English.
//!
//! Messages are templates; `{name}` is replaced by the finding's parameter of
//! that name (see [`render`]). Adding a check means adding one line here.

use crate::finding::{Param, Severity};
use serde::Serialize;

/// The language of finding messages (`locale` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Locale {
    /// Simplified Chinese, the default.
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Locale {
    /// Parses a locale tag leniently: `zh`, `zh-CN`, `zh-Hans` → zh-CN;
    /// `en`, `en-US`, `en-GB` → en. Anything else is `None`.
    ///
    /// ```
    /// use beian_check::Locale;
    /// assert_eq!(Locale::parse("en-US"), Some(Locale::En));
    /// assert_eq!(Locale::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("zh") {
            Some(Locale::ZhCn)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    /// The canonical tag: `"zh-CN"` or `"en"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}

macro_rules! message_table {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident,
        zh: $zh:literal, en: $en:literal; )*) => {
        /// A finding code: stable, machine-readable, one per distinct failure.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $( $(#[$doc])* $variant, )* }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as it appears in findings, e.g. `"ID_CHECKSUM"`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The severity a finding with this code has.
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// The message template in `locale`.
            pub const fn template(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $((Code::$variant, Locale::ZhCn) => $zh,
                      (Code::$variant, Locale::En) => $en,)*
                }
            }
        }
    };
}

message_table! {
    /// `undefined`, `null`, an empty string or only whitespace.
    InputEmpty = "INPUT_EMPTY", Error,
        zh: "未填写：内容为空。",
        en: "Nothing was entered.";
    /// A number, boolean, object … where text was expected. An 18-digit number
    /// cannot even be represented exactly in JavaScript.
    InputNotString = "INPUT_NOT_STRING", Error,
        zh: "应填写文本，收到的是 {type} 类型的值。",
        en: "Expected text, got a value of type {type}.";
    /// Longer than any value of this field can be; nothing further is checked.
    InputTooLong = "INPUT_TOO_LONG", Error,
        zh: "内容过长：{length} 个字符，最多 {max} 个。",
        en: "Too long: {length} characters, at most {max}.";
    /// U+FFFD, which is also what a lone UTF-16 surrogate becomes at the
    /// JavaScript → Rust boundary: a character damaged by copy and paste.
    InputUnreadableChar = "INPUT_UNREADABLE_CHAR", Error,
        zh: "第 {position} 个字符已损坏、无法识别（常见于复制粘贴），请删除后重新输入。",
        en: "Character {position} is damaged and unreadable (often from copy and paste); delete it and type it again.";
    /// Zero-width and other invisible characters were removed.
    InputInvisibleChar = "INPUT_INVISIBLE_CHAR", Warning,
        zh: "已去除 {count} 个不可见字符（如零宽空格），请提交规范化后的值。",
        en: "Removed {count} invisible character(s) such as zero-width spaces; submit the normalized value.";

    /// A character that can never appear in an 18-character resident ID.
    IdInvalidChar = "ID_INVALID_CHAR", Error,
        zh: "第 {position} 位“{char}”无效：身份证号码前 17 位为数字，第 18 位为数字或 X。",
        en: "Character {position} \"{char}\" is not allowed: a resident ID has 17 digits followed by a digit or X.";
    /// Not 18 characters long.
    IdLength = "ID_LENGTH", Error,
        zh: "身份证号码应为 18 位，当前为 {length} 位。",
        en: "A resident ID has 18 characters; this one has {length}.";
    /// Characters 7–14 are not a calendar date.
    IdBirthDateInvalid = "ID_BIRTH_DATE_INVALID", Error,
        zh: "第 7–14 位的出生日期 {digits} 不是有效日期。",
        en: "The birth date in characters 7–14, {digits}, is not a real date.";
    /// Born before 1900-01-01.
    IdBirthDateTooEarly = "ID_BIRTH_DATE_TOO_EARLY", Error,
        zh: "出生日期 {birthDate} 早于 1900-01-01，不可能是有效证件。",
        en: "The birth date {birthDate} is before 1900-01-01, which no valid card has.";
    /// Born after the day the filing is judged on.
    IdBirthDateFuture = "ID_BIRTH_DATE_FUTURE", Error,
        zh: "出生日期 {birthDate} 晚于 {asOf}。",
        en: "The birth date {birthDate} is after {asOf}.";
    /// The 18th character is not the ISO 7064 MOD 11-2 check character.
    IdChecksum = "ID_CHECKSUM", Error,
        zh: "校验位不符：按前 17 位计算，第 18 位应为 {expected}，实际为 {actual}。请逐位核对号码，而不只是修改最后一位。",
        en: "Check character mismatch: from the first 17 characters the 18th should be {expected}, not {actual}. Check every digit, not only the last one.";

    /// An option the caller passed could not be used; the default was used.
    OptionInvalid = "OPTION_INVALID", Warning,
        zh: "选项 {option} 的值 {value} 无效，已改用 {fallback}。",
        en: "Option {option} has the invalid value {value}; {fallback} was used instead.";
}

/// Renders a message template: each `{name}` is replaced by the value of
/// the parameter `name`; unknown names are left as they are.
///
/// ```
/// use beian_check::{messages::render, Param};
/// let params = [("expected", Param::from("X")), ("actual", Param::from("3"))];
/// assert_eq!(render("{expected} ≠ {actual}", &params), "X ≠ 3");
/// ```
pub fn render(template: &str, params: &[(&'static str, Param)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => value.write_to(&mut out),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_and_upper_snake_case() {
        for (i, a) in Code::ALL.iter().enumerate() {
            let s = a.as_str();
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
                "{s}"
            );
            for b in &Code::ALL[i + 1..] {
                assert_ne!(s, b.as_str());
            }
        }
    }

    #[test]
    fn both_locales_use_the_same_placeholders() {
        fn placeholders(t: &str) -> Vec<&str> {
            let mut v: Vec<&str> = t
                .split('{')
                .skip(1)
                .filter_map(|p| p.split('}').next())
                .collect();
            v.sort_unstable();
            v
        }
        for code in Code::ALL {
            assert_eq!(
                placeholders(code.template(Locale::ZhCn)),
                placeholders(code.template(Locale::En)),
                "{}",
                code.as_str()
            );
        }
    }

    #[test]
    fn render_leaves_unknown_and_unclosed_placeholders() {
        assert_eq!(render("a {x} b {", &[]), "a {x} b {");
        assert_eq!(render("{n} 位", &[("n", Param::Int(17))]), "17 位");
    }

    #[test]
    fn locale_parse_is_lenient_about_region_and_case() {
        assert_eq!(Locale::parse("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("ZH_cn"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("EN"), Some(Locale::En));
        assert_eq!(Locale::parse(""), None);
        assert_eq!(Locale::parse("de-DE"), None);
    }
}
