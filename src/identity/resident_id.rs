//! R-ID-1: the 18-character mainland resident ID (公民身份号码, GB 11643-1999).
//!
//! Layout: six-digit division code of the place of first registration
//! (GB/T 2260), birth date `YYYYMMDD`, a three-digit sequence whose last digit
//! is odd for men and even for women, and an ISO 7064 MOD 11-2 check
//! character (`0`–`9` or `X`).

use super::{IdDetails, Sex};
use crate::finding::{Findings, Param};
use crate::iso7064::mod_11_2;
use crate::messages::Code;
use crate::rules::ID_1;
use crate::Date;

/// Number of characters.
pub const LENGTH: usize = 18;

/// The earliest birth date a living card holder can have (R-ID-1: "not
/// absurdly old"; the identity issue fixes it at 1900-01-01).
const EARLIEST_BIRTH: (u16, u8, u8) = (1900, 1, 1);

/// Checks `text` (already cleaned) as a resident ID and fills `details`.
/// Returns the normalized number: no spaces, `x` upper-cased.
pub(super) fn check(
    text: &str,
    as_of: Date,
    findings: &mut Findings,
    details: &mut IdDetails,
) -> String {
    let id: String = text
        .chars()
        .filter(|&c| c != ' ')
        .map(|c| c.to_ascii_uppercase())
        .collect();

    let mut length = 0;
    let mut first_invalid = None;
    for (index, c) in id.chars().enumerate() {
        length = index + 1;
        let allowed = c.is_ascii_digit() || (c == 'X' && length == LENGTH);
        if !allowed && first_invalid.is_none() {
            first_invalid = Some((length, c));
        }
    }
    if let Some((position, c)) = first_invalid {
        findings.push(
            ID_1,
            Code::IdInvalidChar,
            vec![
                ("position", Param::from(position)),
                ("char", Param::from(c)),
            ],
        );
    }
    if length != LENGTH {
        findings.push(ID_1, Code::IdLength, vec![("length", Param::from(length))]);
    }
    if first_invalid.is_some() || length != LENGTH {
        return id;
    }

    // Well-formed: 17 ASCII digits and a digit or X, so byte indexing is safe.
    let bytes = id.as_bytes();
    check_birth_date(&bytes[6..14], as_of, findings, details);
    details.sex = Some(if (bytes[16] - b'0') % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    });

    let actual = char::from(bytes[17]);
    if let Some(expected) = mod_11_2(&bytes[..17]) {
        if expected != actual {
            findings.push(
                ID_1,
                Code::IdChecksum,
                vec![
                    ("expected", Param::from(expected)),
                    ("actual", Param::from(actual)),
                ],
            );
        }
    }
    id
}

/// The birth date must be a real date, not before 1900-01-01 and not after
/// `as_of`; a plausible one is put in `details` with the age on `as_of`.
fn check_birth_date(digits: &[u8], as_of: Date, findings: &mut Findings, details: &mut IdDetails) {
    let Some(birth) = Date::parse_compact(digits) else {
        let shown = String::from_utf8_lossy(digits).into_owned();
        findings.push(
            ID_1,
            Code::IdBirthDateInvalid,
            vec![("digits", Param::from(shown))],
        );
        return;
    };
    let (y, m, d) = EARLIEST_BIRTH;
    if Date::from_ymd(y, m, d).is_some_and(|earliest| birth < earliest) {
        findings.push(
            ID_1,
            Code::IdBirthDateTooEarly,
            vec![("birthDate", Param::from(birth.to_string()))],
        );
        return;
    }
    details.birth_date = Some(birth);
    match birth.age_on(as_of) {
        Some(age) => details.age = Some(age),
        None => findings.push(
            ID_1,
            Code::IdBirthDateFuture,
            vec![
                ("birthDate", Param::from(birth.to_string())),
                ("asOf", Param::from(as_of.to_string())),
            ],
        ),
    }
}
