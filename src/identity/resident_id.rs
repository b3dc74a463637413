//! R-ID-1: the 18-character mainland resident ID (公民身份号码, GB 11643-1999):
//! the shared [layout](super::gb11643) plus a birthplace that is a division
//! code of some period (GB/T 2260) — people keep their number after their
//! county is merged or renamed, so a retired code is valid.

use super::{gb11643, residence_permit, Check};
use crate::division::division;
use crate::finding::Param;
use crate::messages::Code;

pub(super) fn check(mut c: Check<'_>) {
    let looks_like_other_kind = flag_other_kinds(&mut c);
    if gb11643::check_layout(&mut c) && !looks_like_other_kind {
        check_birthplace(&mut c);
    }
}

/// Residence permits (810000/820000/830000) and 2023 foreign permanent
/// residence IDs (first digit 9) share the layout; entered as a resident ID
/// they are errors that name the right document.
fn flag_other_kinds(c: &mut Check<'_>) -> bool {
    if c.id.len() != gb11643::LENGTH {
        return false;
    }
    if c.id.starts_with('9') {
        c.findings.push(c.rule, Code::IdIsForeignPermanentResident, vec![]);
        return true;
    }
    if residence_permit::region_of(c.id).is_some() {
        c.findings.push(c.rule, Code::IdIsResidencePermit, vec![("prefix", Param::from(&c.id[..6]))]);
        return true;
    }
    false
}

/// The first six digits must be a division code that exists or once existed;
/// a code retired before the birth year is suspicious (warning). Shared with
/// the 15-digit ID (R-ID-2). Expects six ASCII digits at the start.
pub(super) fn check_birthplace(c: &mut Check<'_>) {
    let digits = &c.id[..6];
    // Six ASCII digits: the layout was checked.
    let code = digits.bytes().fold(0, |code, digit| code * 10 + u32::from(digit - b'0'));
    let Some(place) = division(code) else {
        c.findings.push(c.rule, Code::IdDivisionUnknown, vec![("code", Param::from(digits))]);
        return;
    };
    if let (Some(retired_after), Some(birth)) = (place.valid_to, c.details.birth_date) {
        if retired_after < birth.year() {
            c.findings.push(
                c.rule,
                Code::IdDivisionRetiredBeforeBirth,
                vec![
                    ("code", Param::from(digits)),
                    ("name", Param::from(place.label())),
                    ("retiredAfter", Param::from(usize::from(retired_after))),
                    ("birthYear", Param::from(usize::from(birth.year()))),
                ],
            );
        }
    }
    c.details.division = Some(place);
}
