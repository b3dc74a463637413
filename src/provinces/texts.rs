//! The words of the rule catalogue, as optional data: what each rule and
//! each province requirement says in zh-CN and en, the full titles,
//! addresses and dates of their sources, why each requirement is an error
//! or a warning, and the source rows no check uses. The checks themselves
//! need none of it (their findings name sources by provider and date from
//! the core table), so the core wasm stays small.
//!
//! The file is `data/rules/rule-texts.bin`, written by
//! `data/rules/generate.py`: UTF-8 lines of tab-separated fields, the first
//! `BCRT`, format version, fingerprint of the core province table. The
//! native crate bundles it (feature `rule-texts`, on by default); JS callers
//! load it with `loadRuleTexts(bytes)` (the Node entry does at import).
//!
//! Lines: `R` rule (id, title zh/en, checks zh/en, severity zh/en, source
//! keys, codes) · `C` catalogue source (key, title zh/en, url, date) · `S`
//! province source (index, title zh/en, url, date) · `E` requirement text
//! (entry, zh, en) · `W` firmness (requirement id, zh, en) · `X` a source
//! row no check uses (cite / unchecked / process, province, rule, zh, en,
//! reason zh/en, sources).

use crate::tables::provinces as table;
use std::borrow::Cow;
use std::sync::OnceLock;

static TEXTS: OnceLock<Cow<'static, str>> = OnceLock::new();

fn parse(bytes: Cow<'static, [u8]>) -> Result<Cow<'static, str>, &'static str> {
    let text = match bytes {
        Cow::Borrowed(b) => Cow::Borrowed(std::str::from_utf8(b).map_err(|_| "rule texts are not UTF-8")?),
        Cow::Owned(b) => Cow::Owned(String::from_utf8(b).map_err(|_| "rule texts are not UTF-8")?),
    };
    let mut header = text.lines().next().unwrap_or("").split('\t');
    if header.next() != Some("BCRT") {
        return Err("not a beian-check rule texts file");
    }
    if header.next() != Some("1") {
        return Err("unsupported rule texts version");
    }
    if header.next().and_then(|f| f.parse::<u32>().ok()) != Some(table::FINGERPRINT) {
        return Err("rule texts of a different province table");
    }
    Ok(text)
}

/// Loads the rule texts. Loading the same file again is a no-op; once texts
/// are loaded, a different file is refused. Returns the number of rules.
///
/// ```
/// let bytes = std::fs::read("data/rules/rule-texts.bin").unwrap();
/// assert!(beian_check::provinces::texts::load_rule_texts(bytes).unwrap() > 70);
/// assert!(beian_check::provinces::texts::load_rule_texts(b"BCDN".to_vec()).is_err());
/// ```
pub fn load_rule_texts(bytes: Vec<u8>) -> Result<usize, &'static str> {
    if let Some(loaded) = TEXTS.get() {
        return if loaded.as_bytes() == bytes { Ok(rule_count()) } else { Err("other rule texts are already loaded") };
    }
    let text = parse(Cow::Owned(bytes))?;
    let _ = TEXTS.set(text);
    Ok(rule_count())
}

fn rule_count() -> usize {
    lines('R').count()
}

/// Whether the texts are available (bundled or loaded).
pub fn rule_texts_loaded() -> bool {
    texts().is_some()
}

fn texts() -> Option<&'static str> {
    #[cfg(feature = "rule-texts")]
    if TEXTS.get().is_none() {
        let bundled = include_bytes!("../../data/rules/rule-texts.bin");
        if let Ok(text) = parse(Cow::Borrowed(bundled)) {
            let _ = TEXTS.set(text);
        }
    }
    TEXTS.get().map(|t| &**t)
}

/// The fields (after the tag) of every line with `tag`; nothing while no
/// texts are loaded.
pub(crate) fn lines(tag: char) -> impl Iterator<Item = Vec<&'static str>> {
    texts()
        .unwrap_or("")
        .lines()
        .skip(1)
        .filter(move |line| line.starts_with(tag) && line[tag.len_utf8()..].starts_with('\t'))
        .map(|line| line.split('\t').skip(1).collect())
}

/// The fields of the line with `tag` whose first field is `key`.
pub(crate) fn line(tag: char, key: &str) -> Option<Vec<&'static str>> {
    lines(tag).find(|fields| fields.first() == Some(&key))
}
