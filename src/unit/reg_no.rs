//! R-ORG-6: the old 15-digit business registration number (工商注册号, used
//! until the 2015 merger of certificates): six digits of the registering
//! office (a division code), eight of sequence, and an ISO 7064 MOD 11,10
//! check digit. Valid, but units must now file with the merged certificate
//! (R-ORG-5, warning).

use super::{length_finding, Check};
use crate::division::division;
use crate::finding::Param;
use crate::iso7064::mod_11_10;
use crate::messages::Code;
use crate::rules;

/// Number of digits.
pub const LENGTH: usize = 15;

pub(super) fn check(c: &mut Check<'_>) {
    if let Some((index, ch)) = c.code.chars().enumerate().find(|(_, ch)| !ch.is_ascii_digit()) {
        c.findings.push(
            c.rule,
            Code::RegNoNotDigit,
            vec![("position", Param::from(index + 1)), ("char", Param::from(ch))],
        );
        return;
    }
    if c.code.len() != LENGTH {
        length_finding(c, LENGTH);
        return;
    }
    let bytes = c.code.as_bytes();
    let actual = char::from(bytes[14]);
    if let Some(expected) = mod_11_10(&bytes[..14]).filter(|&e| e != actual) {
        c.findings.push(
            c.rule,
            Code::RegNoChecksum,
            vec![("expected", Param::from(expected)), ("actual", Param::from(actual))],
        );
    }
    let office = &c.code[..6];
    match office.parse().ok().and_then(division) {
        Some(place) => c.details.division = Some(place),
        None if office == super::uscc::NATIONAL => c.details.national = true,
        None => c.findings.push(c.rule, Code::RegNoAuthority, vec![("code", Param::from(office))]),
    }
    c.findings.push(rules::ORG_5, Code::RegNoObsolete, vec![]);
}
