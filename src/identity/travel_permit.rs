//! R-ID-4: the Mainland Travel Permits (来往内地／大陆通行证).
//!
//! - Hong Kong and Macau residents (港澳居民来往内地通行证): `H` (Hong Kong) or
//!   `M` (Macau) and 8 digits on the card issued since 2013; `H`/`M` and 10
//!   digits on the older booklet.
//! - Taiwan residents (台湾居民来往大陆通行证): 8 digits on the card issued
//!   since 2015; 10 digits, optionally with the issue letter in brackets
//!   (`1234567890(B)`), on the older booklet.
//!
//! Older forms are no longer issued: valid format, with a warning to check
//! that the permit has not expired.

use super::{Check, Region};
use crate::messages::Code;

/// Form name of the current card.
const CURRENT: &str = "current";
/// Form name of the older booklet.
const OLD: &str = "old_10_digit";

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The region and form of a Hong Kong/Macau permit number.
pub(super) fn hk_macau_form(id: &str) -> Option<(Region, &'static str)> {
    let region = match id.as_bytes().first()? {
        b'H' => Region::HongKong,
        b'M' => Region::Macau,
        _ => return None,
    };
    let digits = &id[1..];
    match digits.len() {
        8 if all_digits(digits) => Some((region, CURRENT)),
        10 if all_digits(digits) => Some((region, OLD)),
        _ => None,
    }
}

/// The form of a Taiwan permit number.
pub(super) fn taiwan_form(id: &str) -> Option<&'static str> {
    let (digits, issue) = match id.split_once('(') {
        Some((digits, rest)) => (digits, Some(rest)),
        None => (id, None),
    };
    let issue_ok = issue.map_or(true, |rest| {
        let b = rest.as_bytes();
        b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b')'
    });
    match digits.len() {
        8 if issue.is_none() && all_digits(digits) => Some(CURRENT),
        10 if issue_ok && all_digits(digits) => Some(OLD),
        _ => None,
    }
}

pub(super) fn check_hk_macau(c: Check<'_>) {
    match hk_macau_form(c.id) {
        Some((region, form)) => {
            c.details.region = Some(region);
            record_form(c, form);
        }
        None => c.findings.push(c.rule, Code::HkMacauPermitFormat, vec![]),
    }
}

pub(super) fn check_taiwan(c: Check<'_>) {
    match taiwan_form(c.id) {
        Some(form) => {
            c.details.region = Some(Region::Taiwan);
            record_form(c, form);
        }
        None => c.findings.push(c.rule, Code::TaiwanPermitFormat, vec![]),
    }
}

fn record_form(c: Check<'_>, form: &'static str) {
    c.details.format = Some(form);
    if form == OLD {
        c.findings.push(c.rule, Code::PermitOldForm, vec![]);
    }
}
