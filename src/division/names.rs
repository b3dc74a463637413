//! Names of the division rows (`崇文区`, `广东省` …): optional data, so the
//! core wasm stays small — validity checks need only the codes and years.
//! The names are `data/divisions/division-names.bin`, written by
//! `data/divisions/generate.py` with the table; the native crate bundles them
//! (feature `division-names`, on by default), JS callers load the file with
//! `loadDivisionNames(bytes)` (the Node entry does at import). Without them a
//! division's `name` is empty and messages show codes instead.
//!
//! Format (little-endian): magic `BCDN`, format version (u8), row count
//! (u32), fingerprint of the table's rows (u32, must equal
//! [`table::NAMES_FINGERPRINT`]), one length byte per row, then the UTF-8
//! names in row order.

use crate::tables::divisions as table;
use std::borrow::Cow;
use std::sync::OnceLock;

const MAGIC: &[u8; 4] = b"BCDN";
const VERSION: u8 = 1;
const HEADER: usize = 13;
/// Rows per recorded offset: a name is found with at most `BLOCK - 1`
/// additions of lengths.
const BLOCK: usize = 32;

static NAMES: OnceLock<Names> = OnceLock::new();

/// A validated names file and the offset of every `BLOCK`-th name.
struct Names {
    bytes: Cow<'static, [u8]>,
    block_starts: Vec<u32>,
}

impl Names {
    fn parse(bytes: Cow<'static, [u8]>) -> Result<Self, &'static str> {
        let rows = table::ROWS;
        if bytes.len() < HEADER || &bytes[..4] != MAGIC {
            return Err("not a beian-check division names file");
        }
        let u32_at = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        if bytes[4] != VERSION {
            return Err("unsupported names file version");
        }
        if u32_at(5) as usize != rows || u32_at(9) != table::NAMES_FINGERPRINT {
            return Err("names file of a different division table");
        }
        let lengths = bytes.get(HEADER..HEADER + rows).ok_or("truncated names file")?;
        let mut block_starts = Vec::with_capacity(rows.div_ceil(BLOCK));
        let mut offset = HEADER + rows;
        for (row, &len) in lengths.iter().enumerate() {
            if row % BLOCK == 0 {
                block_starts.push(offset as u32);
            }
            offset += usize::from(len);
        }
        if offset != bytes.len() || std::str::from_utf8(&bytes[HEADER + rows..]).is_err() {
            return Err("truncated or corrupt names file");
        }
        Ok(Names { bytes, block_starts })
    }

    fn name(&self, row: usize) -> &str {
        let Some(&block_start) = self.block_starts.get(row / BLOCK) else { return "" };
        let lengths = &self.bytes[HEADER..];
        let start =
            block_start as usize + lengths[row / BLOCK * BLOCK..row].iter().map(|&len| usize::from(len)).sum::<usize>();
        let end = start + usize::from(lengths[row]);
        // Every name was checked to be UTF-8 and to end on a length boundary.
        self.bytes.get(start..end).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }
}

/// Loads the names file. Loading the same file again is a no-op; once names
/// are loaded, a different file is refused.
///
/// ```
/// let bytes = std::fs::read("data/divisions/division-names.bin").unwrap();
/// assert_eq!(beian_check::division::load_division_names(bytes), Ok(7419));
/// assert!(beian_check::division::load_division_names(b"BCML".to_vec()).is_err());
/// ```
pub fn load_division_names(bytes: Vec<u8>) -> Result<usize, &'static str> {
    let rows = table::ROWS;
    if let Some(loaded) = NAMES.get() {
        return if *loaded.bytes == *bytes { Ok(rows) } else { Err("other division names are already loaded") };
    }
    let names = Names::parse(Cow::Owned(bytes))?;
    let _ = NAMES.set(names);
    Ok(rows)
}

/// Whether names are available (bundled or loaded).
pub fn division_names_loaded() -> bool {
    names().is_some()
}

fn names() -> Option<&'static Names> {
    #[cfg(feature = "division-names")]
    if NAMES.get().is_none() {
        let bundled = include_bytes!("../../data/divisions/division-names.bin");
        if let Ok(names) = Names::parse(Cow::Borrowed(bundled)) {
            let _ = NAMES.set(names);
        }
    }
    NAMES.get()
}

/// The name of `row`; empty while no names are loaded.
pub(super) fn name(row: usize) -> &'static str {
    names().map_or("", |names| names.name(row))
}
