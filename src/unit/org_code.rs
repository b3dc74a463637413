//! R-ORG-2: the organisation code (组织机构代码, GB 11714-1997): 8 body
//! characters (digits or capital letters) and a check character, often
//! written `71526726-X` (8 characters, hyphen, check character).
//!
//! Check: values 0–9 for digits, 10–35 for A–Z; weights 3 7 9 10 5 8 4 2;
//! C = 11 − (Σ mod 11), with 10 written X and 11 written 0.

use super::{length_finding, Check};
use crate::finding::Param;
use crate::messages::Code;

/// Number of characters without the hyphen.
pub const LENGTH: usize = 9;

const WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// The check character of an 8-character body, or `None` for a character
/// other than a digit or capital letter.
///
/// ```
/// use beian_check::unit::org_code_check_char;
/// assert_eq!(org_code_check_char(b"71526726"), Some('X')); // 腾讯科技（深圳）有限公司
/// ```
pub fn check_char(body: &[u8]) -> Option<char> {
    let mut sum = 0;
    for (&b, w) in body.iter().zip(WEIGHTS) {
        let value = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A' + 10,
            _ => return None,
        };
        sum += u32::from(value) * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        c => char::from(b'0' + c as u8),
    })
}

/// `71526726-X` (8 characters, hyphen, check character), the written form.
pub(super) fn formatted(code: &str) -> String {
    format!("{}-{}", &code[..8], &code[8..])
}

pub(super) fn check(c: &mut Check<'_>) {
    let invalid = c.code.chars().enumerate().find(|&(i, ch)| {
        let body = ch.is_ascii_digit() || ch.is_ascii_uppercase();
        !(if i < 8 { body } else { ch.is_ascii_digit() || ch == 'X' })
    });
    if let Some((index, ch)) = invalid {
        c.findings.push(
            c.rule,
            Code::OrgCodeInvalidChar,
            vec![("position", Param::from(index + 1)), ("char", Param::from(ch))],
        );
    }
    if c.code.len() != LENGTH {
        length_finding(c, LENGTH);
    }
    if invalid.is_some() || c.code.len() != LENGTH {
        return;
    }
    let bytes = c.code.as_bytes();
    let actual = char::from(bytes[8]);
    if let Some(expected) = check_char(&bytes[..8]).filter(|&e| e != actual) {
        c.findings.push(
            c.rule,
            Code::OrgCodeChecksum,
            vec![("expected", Param::from(expected)), ("actual", Param::from(actual))],
        );
    }
    c.details.org_code = Some(formatted(c.code));
}
