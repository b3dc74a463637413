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

/// A public document a table row cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Its title in Chinese.
    pub title_zh: &'static str,
    /// Its title in English.
    pub title_en: &'static str,
    /// Its address; empty when the source has none.
    pub url: &'static str,
    /// Its date (`YYYY-MM-DD`, or as precise as known); empty when unknown.
    pub date: &'static str,
}

impl Source {
    /// The title in `locale`.
    pub fn title(&self, locale: crate::Locale) -> &'static str {
        match locale {
            crate::Locale::ZhCn => self.title_zh,
            crate::Locale::En => self.title_en,
        }
    }

    /// The date, or words saying it is unknown, in `locale`.
    pub fn date_or_unknown(&self, locale: crate::Locale) -> &'static str {
        match (self.date, locale) {
            ("", crate::Locale::ZhCn) => "日期不详",
            ("", crate::Locale::En) => "undated",
            (date, _) => date,
        }
    }
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
    /// Rows per status, for tables whose rows have one (`suffixes`).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub counts: std::collections::BTreeMap<&'static str, usize>,
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
            counts: Default::default(),
        },
        DataSource {
            table: "phones",
            source: phones::SOURCE,
            date: phones::SOURCE_DATE,
            licence: phones::LICENCE,
            rows: phones::AREA_CODES.len(),
            crosscheck:
                "none: the PyPI AreaCode 1.0.0 list holds districts and neighbourhoods, not telephone area codes",
            counts: Default::default(),
        },
        DataSource {
            table: "suffixes",
            source: "data/domains/tlds.csv: top-level domains approved, not approved or unclear for filing; backbone: Tencent Cloud, 备案域名, table of fileable suffixes (https://cloud.tencent.com/document/product/243/18905), a copy of MIIT's list",
            date: suffixes::LIST_DATE,
            licence: "facts from the cited sources, paraphrased (data/domains/tlds-SOURCES.md)",
            rows: suffixes::COUNTS.iter().map(|(_, n)| n).sum(),
            crosscheck: "v2fly/domain-list-community tld-!cn (2024-08), pruned against MIIT's list: the source of the inferred not-approved rows; disagreements in tlds-SOURCES.md",
            counts: suffixes::COUNTS.into_iter().collect(),
        },
        DataSource {
            table: "publicSuffixes",
            source: suffixes::SOURCE,
            date: suffixes::SOURCE_DATE,
            licence: suffixes::LICENCE,
            rows: suffixes::TLDS.lines().count(),
            crosscheck: "registrable domains compared with npm tldts",
            counts: Default::default(),
        },
    ]
}
