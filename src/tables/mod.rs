//! Generated data tables, each from a generator in `data/` with its source,
//! version, date and licence ([`data_version`]). Nothing here is edited by
//! hand.

use serde::Serialize;

#[rustfmt::skip]
pub mod divisions;
#[rustfmt::skip]
pub mod phones;
#[rustfmt::skip]
pub mod provinces;
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
    /// Its title: the index in [`suffixes::SOURCE_TITLES`].
    pub title: u16,
    /// Its address; empty when the source has none.
    pub url: &'static str,
    /// Its date (`YYYY-MM-DD`, or as precise as known); empty when unknown.
    pub date: &'static str,
}

impl Source {
    /// The title in `locale`.
    pub fn title(&self, locale: crate::Locale) -> &'static str {
        use crate::messages::{section_text, Section};
        section_text(Section::SuffixSources, usize::from(self.title), suffixes::SOURCE_TITLES, locale)
    }

    /// The source as a finding's message names it, in `locale`: the provider
    /// or authority a person can recognise and the date (`用户报告（2026）`
    /// for a community source); the title, address and date stay in the
    /// finding's parameters.
    pub fn cited(&self, locale: crate::Locale) -> &'static str {
        use crate::messages::{section_text, Section};
        section_text(Section::SuffixSourceNames, usize::from(self.title), suffixes::SOURCE_NAMES, locale)
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
    /// Rows per status, for tables whose rows have one (`suffixes`); an
    /// object in JSON.
    #[serde(skip_serializing_if = "<[_]>::is_empty", serialize_with = "counts_as_object")]
    pub counts: &'static [(&'static str, usize)],
}

fn counts_as_object<S: serde::Serializer>(counts: &[(&str, usize)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(counts.iter().copied())
}

/// The words of [`data_version`]: source, licence and cross-check of each
/// table, in table order (compiled in with the messages, else loaded with them).
#[cfg(feature = "messages")]
pub static DATA_TEXTS: &[(&str, &str)] = &[
    (divisions::SOURCE, ""),
    (divisions::LICENCE, ""),
    (divisions::CROSSCHECK, ""),
    (phones::SOURCE, ""),
    (phones::LICENCE, ""),
    ("county codes and withdrawn codes from data/phones/county-area-codes.csv and retired-area-codes.csv (each row with its public sources, read 2026-12); for the rest none: the PyPI AreaCode 1.0.0 list holds districts and neighbourhoods, not telephone area codes", ""),
    ("data/domains/tlds.csv: top-level domains approved, not approved or unclear for filing; backbone: Tencent Cloud, 备案域名, table of fileable suffixes (https://cloud.tencent.com/document/product/243/18905), a copy of MIIT's list", ""),
    ("facts from the cited sources, paraphrased (data/domains/tlds-SOURCES.md)", ""),
    ("v2fly/domain-list-community tld-!cn (2024-08), pruned against MIIT's list: the source of the inferred not-approved rows; disagreements in tlds-SOURCES.md", ""),
    (suffixes::SOURCE, ""),
    (suffixes::LICENCE, ""),
    ("registrable domains compared with npm tldts", ""),
    (phones::MOBILE_SOURCE, ""),
    (phones::MOBILE_LICENCE, ""),
    (phones::MOBILE_CROSSCHECK, ""),
];
/// Empty: the words come with the loaded message table.
#[cfg(not(feature = "messages"))]
pub static DATA_TEXTS: &[(&str, &str)] = &[];

/// `dataVersion()`: the source, date and licence of every bundled table.
pub fn data_version() -> Vec<DataSource> {
    use crate::messages::{section_text, Section};
    let text = |i: usize| section_text(Section::DataTexts, i, DATA_TEXTS, crate::Locale::ZhCn);
    let table = |n: usize, table: &'static str, date: &'static str, rows: usize| DataSource {
        table,
        source: text(3 * n),
        date,
        licence: text(3 * n + 1),
        rows,
        crosscheck: text(3 * n + 2),
        counts: &[],
    };
    vec![
        table(0, "divisions", divisions::SOURCE_DATE, divisions::ROWS),
        table(1, "phones", phones::SOURCE_DATE, phones::AREA_CODES.len()),
        DataSource {
            counts: &suffixes::COUNTS,
            ..table(2, "suffixes", suffixes::LIST_DATE, suffixes::COUNTS.iter().map(|(_, n)| n).sum())
        },
        table(3, "publicSuffixes", suffixes::SOURCE_DATE, suffixes::TLDS.lines().count()),
        // The optional mobile home locations (mobile-location.bin): rows are
        // the allocated 7-digit prefixes with a home.
        table(4, "mobileLocations", phones::MOBILE_SOURCE_DATE, phones::MOBILE_LOCATED),
    ]
}
