//! R-ID-2: the 15-digit first-generation resident ID (1984–2004): six-digit
//! division code, birth date `YYMMDD` in the 1900s, three-digit sequence (the
//! last odd for men), no check character. Valid, but obsolete for new
//! filings (warning); the result gives the 18-character number it became
//! (GB 11643-1999: insert `19` before the birth year, append the MOD 11-2
//! check character).

use super::gb11643::{check_birth_date, length_finding, sex_from_digit};
use super::{resident_id, Check};
use crate::finding::Param;
use crate::iso7064::mod_11_2;
use crate::messages::Code;
use crate::Date;

/// Number of digits.
const LENGTH: usize = 15;

pub(super) fn check(mut c: Check<'_>) {
    if let Some((index, ch)) = c.id.chars().enumerate().find(|(_, ch)| !ch.is_ascii_digit()) {
        c.findings.push(
            c.rule,
            Code::IdNotDigit,
            vec![("position", Param::from(index + 1)), ("char", Param::from(ch))],
        );
        return;
    }
    let length = c.id.len();
    if length != LENGTH {
        length_finding(&mut c, LENGTH, length);
        return;
    }
    let bytes = c.id.as_bytes();
    check_birth_date(&mut c, &bytes[6..12], born_in_the_1900s);
    c.details.sex = Some(sex_from_digit(bytes[14]));
    resident_id::check_birthplace(&mut c);

    let body = format!("{}19{}", &c.id[..6], &c.id[6..]);
    if let Some(check) = mod_11_2(body.as_bytes()) {
        let upgraded = format!("{body}{check}");
        c.findings.push(c.rule, Code::Id15Obsolete, vec![("upgraded", Param::from(upgraded.as_str()))]);
        c.details.upgraded = Some(upgraded);
    }
}

/// `YYMMDD` read as 19YY-MM-DD.
fn born_in_the_1900s(digits: &[u8]) -> Option<Date> {
    let mut full = [b'1', b'9', 0, 0, 0, 0, 0, 0];
    full[2..].copy_from_slice(digits.get(..6)?);
    Date::parse_compact(&full)
}
