//! R-ID-5: the foreign permanent residence ID card (外国人永久居留身份证).
//!
//! - Cards of 2004 and 2017: 15 characters, the holder's nationality as
//!   3 letters (ISO 3166-1 alpha-3) and 12 digits. The meaning and check of
//!   the digits are not published, so only the shape is checked.
//! - Cards since 2023-12-01 (National Immigration Administration): 18
//!   characters in the GB 11643 [layout](super::gb11643): `9` (foreigner),
//!   the issuing province (2 digits), the nationality as 3 digits, birth
//!   date `YYYYMMDD`, sequence, MOD 11-2 check character.

use super::{gb11643, Check};
use crate::division::{division, Level};
use crate::finding::Param;
use crate::messages::Code;

/// 3 upper-case letters and 12 digits.
pub(super) fn is_old_form(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() == 15 && b[..3].iter().all(u8::is_ascii_uppercase) && b[3..].iter().all(u8::is_ascii_digit)
}

pub(super) fn check(mut c: Check<'_>) {
    if is_old_form(c.id) {
        c.details.format = Some("old_15");
        return;
    }
    if c.id.len() != gb11643::LENGTH || !c.id.starts_with('9') {
        c.findings.push(c.rule, Code::ForeignPrFormat, vec![]);
        return;
    }
    c.details.format = Some("2023");
    if gb11643::check_layout(&mut c) {
        let province = &c.id[1..3];
        let is_province =
            province.parse::<u32>().ok().and_then(|p| division(p * 10_000)).is_some_and(|d| d.level == Level::Province);
        if !is_province {
            c.findings.push(c.rule, Code::ForeignPrProvince, vec![("code", Param::from(province))]);
        }
    }
}
