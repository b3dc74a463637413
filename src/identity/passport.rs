//! R-ID-4: passports (护照). In the filing form they are the document of
//! foreigners (Tencent Cloud《各省管局要求》: 外国友人（护照）), so any plausible number is
//! accepted: 5–17 letters and digits with at least one digit (ICAO 9303
//! allows up to 9 characters in the machine-readable zone; some states print
//! longer numbers). Chinese passport numbers are recognised and named in
//! `format`:
//!
//! | format | pattern | document |
//! |---|---|---|
//! | `cn_e_passport` | `E` + 8 digits, or `E` + letter + 7 digits (`EA1234567`, since 2017) | ordinary e-passport |
//! | `cn_ordinary` | `G` + 8 digits | ordinary passport before 2012 |
//! | `cn_diplomatic` | `D` + 7 or 8 digits | diplomatic |
//! | `cn_service` | `S` + 7 or 8 digits | service |
//! | `cn_public_affairs` | `P` + 7 digits | public affairs |
//! | `foreign` | anything else plausible | |

use super::Check;
use crate::messages::Code;

/// True for 5–17 ASCII letters and digits with at least one digit.
pub(super) fn is_plausible(id: &str) -> bool {
    (5..=17).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && id.bytes().any(|b| b.is_ascii_digit())
}

/// The Chinese passport form a number has, if any.
fn chinese_format(id: &str) -> Option<&'static str> {
    let b = id.as_bytes();
    let digits = |from: usize| b.len() > from && b[from..].iter().all(u8::is_ascii_digit);
    let n = b.len();
    match b.first()? {
        b'E' if n == 9 && digits(1) => Some("cn_e_passport"),
        b'E' if n == 9 && b[1].is_ascii_uppercase() && !matches!(b[1], b'I' | b'O') && digits(2) => {
            Some("cn_e_passport")
        }
        b'G' if n == 9 && digits(1) => Some("cn_ordinary"),
        b'D' if (8..=9).contains(&n) && digits(1) => Some("cn_diplomatic"),
        b'S' if (8..=9).contains(&n) && digits(1) => Some("cn_service"),
        b'P' if n == 8 && digits(1) => Some("cn_public_affairs"),
        _ => None,
    }
}

pub(super) fn check(c: Check<'_>) {
    if is_plausible(c.id) {
        c.details.format = Some(chinese_format(c.id).unwrap_or("foreign"));
    } else {
        c.findings.push(c.rule, Code::PassportFormat, vec![]);
    }
}
