//! E-mail addresses (`validateEmail`, R-CON-5): one `@`; a user name of
//! 1–64 characters (letters, digits and `. _ - +`, no leading, trailing or
//! double dot); a dotted domain whose labels are letters or digits with
//! inner hyphens (Unicode letters for IDN domains, or `xn--` punycode) and a
//! top-level label of at least two letters; at most 254 characters.
//!
//! ```
//! use beian_check::email::{validate_email, EmailOptions};
//! let r = validate_email(" Zhang.San@Example.COM ", &EmailOptions::default());
//! assert!(r.ok);
//! assert_eq!(r.normalized.as_deref(), Some("Zhang.San@example.com"));
//! assert!(validate_email("张三@例子.中国", &EmailOptions::default()).findings.iter().any(|f| f.code.as_str() == "EMAIL_LOCAL"));
//! ```

use crate::finding::{FieldResult, Param};
use crate::input::{clean, is_word_char, Input};
use crate::messages::Code;
use crate::options::CommonOptions;
use crate::rules;
use serde::Serialize;

/// Longest address (RFC 5321 path limit less the brackets).
const MAX_LENGTH: usize = 254;

/// Options of [`validate_email`]: only the common ones.
pub type EmailOptions = CommonOptions;

/// The parts of an address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EmailDetails {
    /// Before the `@`.
    pub local: Option<String>,
    /// After the `@`, lower-cased.
    pub domain: Option<String>,
}

fn valid_local(local: &str) -> bool {
    (1..=64).contains(&local.len())
        && local.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

/// A dotted domain name (IDN labels allowed), as a mail domain.
pub(crate) fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| is_word_char(c) || c == '-')
    };
    let tld = labels.last().copied().unwrap_or("");
    let letter = |c: char| c.is_ascii_alphabetic() || (is_word_char(c) && !c.is_ascii());
    domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && (tld.starts_with("xn--") || (tld.chars().count() >= 2 && tld.chars().all(letter)))
}

/// Checks an e-mail address (R-CON-5). `normalized` has the domain's ASCII
/// letters in lower case; the user name is kept as typed.
pub fn validate_email<'a>(value: impl Into<Input<'a>>, opts: &EmailOptions) -> FieldResult<EmailDetails> {
    let mut findings = opts.findings("");
    let mut details = EmailDetails::default();
    let Some(text) = clean(value.into(), rules::CON_5, &mut findings) else {
        return findings.finish(None, details);
    };
    let length = text.chars().count();
    if length > MAX_LENGTH {
        findings.push(rules::CON_5, Code::EmailLength, vec![("length", Param::from(length))]);
        return findings.finish(Some(text), details);
    }
    let mut parts = text.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        findings.push(rules::CON_5, Code::EmailAt, vec![]);
        return findings.finish(Some(text), details);
    };
    let domain = domain.to_ascii_lowercase();
    if !valid_local(local) {
        findings.push(rules::CON_5, Code::EmailLocal, vec![("local", Param::from(local))]);
    }
    if !valid_domain(&domain) {
        findings.push(rules::CON_5, Code::EmailDomain, vec![("domain", Param::from(domain.as_str()))]);
    }
    let normalized = format!("{local}@{domain}");
    details.local = Some(local.to_owned());
    details.domain = Some(domain);
    findings.finish(Some(normalized), details)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(value: &str) -> Vec<&'static str> {
        validate_email(value, &EmailOptions::default()).findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn valid_addresses() {
        for ok in
            ["a@b.cn", "zhang.san+beian@example.com.cn", "x_y-z@mail.例子.中国", "a@xn--fiqs8s.xn--fiqs8s", "A@B.CO"]
        {
            assert!(codes(ok).is_empty(), "{ok}: {:?}", codes(ok));
        }
    }

    #[test]
    fn each_failure() {
        assert_eq!(codes("zhangsan.example.com"), ["EMAIL_AT"]);
        assert_eq!(codes("a@b@c.com"), ["EMAIL_AT"]);
        assert_eq!(codes(".a@b.com"), ["EMAIL_LOCAL"]);
        assert_eq!(codes("a..b@b.com"), ["EMAIL_LOCAL"]);
        assert_eq!(codes("a b@b.com"), ["EMAIL_LOCAL"]);
        assert_eq!(codes("a@localhost"), ["EMAIL_DOMAIN"]);
        assert_eq!(codes("a@-b.com"), ["EMAIL_DOMAIN"]);
        assert_eq!(codes("a@b.c"), ["EMAIL_DOMAIN"]);
        assert_eq!(codes("a@b.123"), ["EMAIL_DOMAIN"]);
        assert_eq!(codes(&format!("{}@b.com", "a".repeat(300))), ["EMAIL_LENGTH"]);
    }
}
