//! R-ID-3: the residence permit for Hong Kong, Macau and Taiwan residents
//! (港澳台居民居住证, issued since 2018): the GB 11643 [layout](super::gb11643)
//! with the address code 810000 (Hong Kong), 820000 (Macau) or 830000
//! (Taiwan).

use super::{gb11643, Check, Region};
use crate::finding::Param;
use crate::messages::Code;

/// The region a permit number's prefix stands for.
pub(super) fn region_of(id: &str) -> Option<Region> {
    match id.get(..6)? {
        "810000" => Some(Region::HongKong),
        "820000" => Some(Region::Macau),
        "830000" => Some(Region::Taiwan),
        _ => None,
    }
}

pub(super) fn check(mut c: Check<'_>) {
    if !gb11643::check_layout(&mut c) {
        return;
    }
    match region_of(c.id) {
        Some(region) => c.details.region = Some(region),
        None => c.findings.push(c.rule, Code::ResidencePermitPrefix, vec![("prefix", Param::from(&c.id[..6]))]),
    }
}
