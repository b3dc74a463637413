//! Generated data tables, each from a generator in `data/` with its source,
//! version, date and licence ([`data_version`]). Nothing here is edited by
//! hand.

use serde::Serialize;

#[rustfmt::skip]
pub mod divisions;
#[rustfmt::skip]
pub mod phones;
#[rustfmt::skip]
pub mod suffixes;

/// The first index in `0..len` for which `is_before` is false, where
/// `is_before` is true for a prefix of the indexes (binary search over
/// tables stored as several parallel arrays or encoded bytes).
pub(crate) fn partition_point(len: usize, is_before: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, len);
    while low < high {
        let mid = low + (high - low) / 2;
        if is_before(mid) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

/// Where a bundled table comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DataSource {
    /// The table's name.
    pub table: &'static str,
    /// Source and version.
    pub source: &'static str,
    /// Date of the source (build date of the pinned package).
    pub date: &'static str,
    /// Licence of the source.
    pub licence: &'static str,
    /// Rows (divisions) or entries (area codes) in the table.
    pub rows: usize,
    /// What it was cross-checked against, and how.
    pub crosscheck: &'static str,
}

/// `dataVersion()`: the source, date and licence of every bundled table.
pub fn data_version() -> Vec<DataSource> {
    vec![
        DataSource {
            table: "divisions",
            source: divisions::SOURCE,
            date: divisions::SOURCE_DATE,
            licence: divisions::LICENCE,
            rows: divisions::PROVINCE.len(),
            crosscheck: divisions::CROSSCHECK,
        },
        DataSource {
            table: "phones",
            source: phones::SOURCE,
            date: phones::SOURCE_DATE,
            licence: phones::LICENCE,
            rows: phones::AREA_CODES.len(),
            crosscheck:
                "none: the PyPI AreaCode 1.0.0 list holds districts and neighbourhoods, not telephone area codes",
        },
        DataSource {
            table: "suffixes",
            source: suffixes::SOURCE,
            date: suffixes::SOURCE_DATE,
            licence: suffixes::LICENCE,
            rows: suffixes::TLDS.lines().count(),
            crosscheck: "registrable domains compared with npm tldts; eligibility: seed 003's lists only (the MIIT-approved list is not bundled)",
        },
    ]
}
