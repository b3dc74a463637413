//! The 18-character layout of GB 11643-1999 (公民身份号码), shared by the
//! resident ID (R-ID-1), the HK/Macau/Taiwan residence permit (R-ID-3) and
//! the 2023 foreign permanent residence ID (R-ID-5):
//!
//! | characters | meaning |
//! |---|---|
//! | 1–6 | address code (a division code; 810000/820000/830000; 9 + province + nationality) |
//! | 7–14 | birth date `YYYYMMDD` |
//! | 15–17 | sequence; the 17th is odd for men, even for women |
//! | 18 | ISO 7064 MOD 11-2 check character, `0`–`9` or `X` |

use super::{Check, Sex};
use crate::finding::Param;
use crate::iso7064::mod_11_2;
use crate::messages::Code;
use crate::Date;

/// Number of characters.
pub const LENGTH: usize = 18;

/// The earliest birth date a card holder can have (R-ID-1: "not absurdly
/// old", fixed at 1900-01-01).
const EARLIEST_BIRTH: (u16, u8, u8) = (1900, 1, 1);

/// Checks the shared layout: characters, length, birth date, sex and check
/// character. Returns true when the number is well-formed (17 digits and a
/// digit or X), so the caller can read its parts by byte index.
pub(super) fn check_layout(c: &mut Check<'_>) -> bool {
    let bytes = c.id.as_bytes();
    let well_formed = bytes.len() == LENGTH
        && bytes[..LENGTH - 1].iter().all(u8::is_ascii_digit)
        && (bytes[LENGTH - 1].is_ascii_digit() || bytes[LENGTH - 1] == b'X');
    if !well_formed {
        layout_findings(c);
        return false;
    }
    check_birth_date(c, &bytes[6..14], Date::parse_compact);
    c.details.sex = Some(sex_from_digit(bytes[16]));
    let actual = char::from(bytes[17]);
    if let Some(expected) = mod_11_2(&bytes[..17]) {
        if expected != actual {
            c.findings.push(
                c.rule,
                Code::IdChecksum,
                vec![("expected", Param::from(expected)), ("actual", Param::from(actual))],
            );
        }
    }
    true
}

/// What is wrong with a number that is not 17 digits and a digit or `X`:
/// the first character not allowed (with its position) and the length.
fn layout_findings(c: &mut Check<'_>) {
    let mut length = 0;
    let mut first_invalid = None;
    for (index, ch) in c.id.chars().enumerate() {
        length = index + 1;
        let allowed = ch.is_ascii_digit() || (ch == 'X' && length == LENGTH);
        if !allowed && first_invalid.is_none() {
            first_invalid = Some((length, ch));
        }
    }
    if let Some((position, ch)) = first_invalid {
        c.findings.push(
            c.rule,
            Code::IdInvalidChar,
            vec![("position", Param::from(position)), ("char", Param::from(ch))],
        );
    }
    if length != LENGTH {
        length_finding(c, LENGTH, length);
    }
}

pub(super) fn length_finding(c: &mut Check<'_>, expected: usize, length: usize) {
    c.findings.push(c.rule, Code::IdLength, vec![("expected", Param::from(expected)), ("length", Param::from(length))]);
}

/// Odd sequence digit: male; even: female.
pub(super) fn sex_from_digit(digit: u8) -> Sex {
    if (digit.wrapping_sub(b'0')) % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    }
}

/// The birth date in `digits` (read by `parse`) must be a real date, not
/// before 1900-01-01 and not after `asOf`; a plausible one goes into the
/// details with the age on `asOf`.
pub(super) fn check_birth_date(c: &mut Check<'_>, digits: &[u8], parse: fn(&[u8]) -> Option<Date>) {
    let Some(birth) = parse(digits) else {
        // The callers pass ASCII digits (the layout was checked); anything
        // else would show as "?". Not from_utf8_lossy: 0.5 KB of wasm.
        let shown: String = digits.iter().map(|&b| if b.is_ascii() { char::from(b) } else { '?' }).collect();
        c.findings.push(c.rule, Code::IdBirthDateInvalid, vec![("digits", Param::from(shown))]);
        return;
    };
    let (y, m, d) = EARLIEST_BIRTH;
    if Date::from_ymd(y, m, d).is_some_and(|earliest| birth < earliest) {
        c.findings.push(c.rule, Code::IdBirthDateTooEarly, vec![("birthDate", Param::from(birth.to_string()))]);
        return;
    }
    c.details.birth_date = Some(birth);
    match birth.age_on(c.as_of) {
        Some(age) => c.details.age = Some(age),
        None => c.findings.push(
            c.rule,
            Code::IdBirthDateFuture,
            vec![("birthDate", Param::from(birth.to_string())), ("asOf", Param::from(c.as_of.to_string()))],
        ),
    }
}
