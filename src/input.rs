//! What people type, turned into text the checks can read.
//!
//! Every field check starts with [`clean`]. The policy (also in the README):
//!
//! | input | outcome |
//! |---|---|
//! | `undefined`, `null`, `""`, only whitespace | error `INPUT_EMPTY` |
//! | a number, boolean, object … | error `INPUT_NOT_STRING` (an 18-digit number is not even exact in JS) |
//! | more than [`MAX_INPUT_CHARS`] characters (e.g. 10 MB) | error `INPUT_TOO_LONG`, nothing else checked, memory bounded |
//! | full-width ASCII (`１１０１…`, `ｘ`, `（`) and the ideographic space | normalised silently to ASCII |
//! | spaces, tabs, newlines around the value | trimmed silently |
//! | zero-width, bidirectional control and other invisible characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF, U+00AD, U+180E, the Hangul fillers U+3164/U+FFA0, controls) | removed, warning `INPUT_INVISIBLE_CHAR` |
//! | U+FFFD, also what a lone UTF-16 surrogate becomes in Rust | error `INPUT_UNREADABLE_CHAR` with its position, removed |
//!
//! What a field does with inner spaces, case and separators is that field's
//! own rule (a resident ID drops inner spaces and upper-cases `x`).

use crate::finding::{Findings, Param};
use crate::messages::Code;

/// No single-line field of a filing is anywhere near this long; longer input
/// is rejected before any other check and never copied.
pub const MAX_INPUT_CHARS: usize = 1000;

/// A value handed to a check: text, nothing, or a value of another type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Input<'a> {
    /// A string.
    Text(&'a str),
    /// `undefined` / `null` / `None`.
    #[default]
    Missing,
    /// Anything that is not a string; holds the type's name (`"number"`).
    NotText(&'static str),
    /// A string longer than [`MAX_INPUT_CHARS`] that the host did not copy;
    /// holds its length as the host counts it.
    TooLong(usize),
}

/// An owned [`Input`], for hosts that copy values out of another runtime
/// (the wasm binding reads JavaScript values into it).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A string.
    Text(String),
    /// `undefined` / `null` / absent.
    Missing,
    /// A number (options that take a count read it; as a text input it is
    /// `NotText("number")`).
    Number(f64),
    /// Anything that is not a string; holds the type's name.
    NotText(&'static str),
    /// A string too long to copy; holds its length.
    TooLong(usize),
}

impl Value {
    /// Borrows it as an [`Input`].
    pub fn as_input(&self) -> Input<'_> {
        match self {
            Value::Text(s) => Input::Text(s),
            Value::Missing => Input::Missing,
            Value::Number(_) => Input::NotText("number"),
            Value::NotText(t) => Input::NotText(t),
            Value::TooLong(length) => Input::TooLong(*length),
        }
    }
}

impl<'a> From<&'a str> for Input<'a> {
    fn from(s: &'a str) -> Self {
        Input::Text(s)
    }
}

impl<'a> From<&'a String> for Input<'a> {
    fn from(s: &'a String) -> Self {
        Input::Text(s)
    }
}

impl<'a> From<Option<&'a str>> for Input<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map_or(Input::Missing, Input::Text)
    }
}

/// True for characters that render as nothing: zero-width spaces and joiners,
/// direction marks, word joiners, the byte-order mark, soft hyphens and
/// control characters other than whitespace.
/// Characters a person cannot see: zero-width characters and marks
/// (U+200B–U+200F, U+2060–U+2064, U+FEFF, soft hyphen, U+180E), the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), the fillers used to make a name look empty (U+3164 Hangul
/// filler, U+FFA0 half-width Hangul filler) and controls.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{180E}'
            | '\u{3164}'
            | '\u{FFA0}'
    ) || (c.is_control() && !c.is_whitespace())
}

/// Maps full-width ASCII (U+FF01–U+FF5E) to ASCII and every whitespace
/// character (incl. the ideographic space U+3000) to `' '`.
fn to_half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// Cleans `input` for the field whose findings are collected in `findings`
/// under `rule`. Returns the trimmed, half-width text, or `None` (with an
/// error recorded) when there is nothing usable to check.
///
/// ```
/// use beian_check::{input::clean, finding::Findings, Input, Locale};
/// let mut f = Findings::new(Locale::En, "");
/// let text = clean(Input::Text(" １１０\u{200B}１ "), "R-ID-1", &mut f);
/// assert_eq!(text.as_deref(), Some("1101"));
/// let r = f.finish(text, ());
/// assert!(r.ok);
/// assert_eq!(r.findings[0].code.as_str(), "INPUT_INVISIBLE_CHAR");
/// ```
pub fn clean(input: Input<'_>, rule: &'static str, findings: &mut Findings) -> Option<String> {
    let raw = match input {
        Input::Text(s) => s,
        Input::Missing => {
            findings.push(rule, Code::InputEmpty, vec![]);
            return None;
        }
        Input::NotText(type_name) => {
            findings.push(rule, Code::InputNotString, vec![("type", Param::from(type_name))]);
            return None;
        }
        Input::TooLong(length) => {
            too_long(length, rule, findings);
            return None;
        }
    };
    // Fast path, the common case: printable ASCII has nothing to fold or drop.
    if raw.len() <= MAX_INPUT_CHARS && raw.bytes().all(|b| matches!(b, b' '..=b'~')) {
        let trimmed = raw.trim_matches(' ');
        if trimmed.is_empty() {
            findings.push(rule, Code::InputEmpty, vec![]);
            return None;
        }
        return Some(trimmed.to_owned());
    }
    let mut text = String::with_capacity(raw.len().min(64));
    let mut length = 0usize;
    let mut invisible = 0usize;
    let mut unreadable_at = None;
    for (index, c) in raw.chars().enumerate() {
        length = index + 1;
        if length > MAX_INPUT_CHARS {
            continue; // keep counting for the message, stop copying
        }
        if is_invisible(c) {
            invisible += 1;
        } else if c == char::REPLACEMENT_CHARACTER {
            unreadable_at.get_or_insert(length);
        } else {
            text.push(to_half_width(c));
        }
    }
    if length > MAX_INPUT_CHARS {
        too_long(length, rule, findings);
        return None;
    }
    if let Some(position) = unreadable_at {
        findings.push(rule, Code::InputUnreadableChar, vec![("position", Param::from(position))]);
    }
    if invisible > 0 {
        findings.push(rule, Code::InputInvisibleChar, vec![("count", Param::from(invisible))]);
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        if unreadable_at.is_none() {
            findings.push(rule, Code::InputEmpty, vec![]);
        }
        return None;
    }
    if trimmed.len() != text.len() {
        text = trimmed.to_owned();
    }
    Some(text)
}

/// A Chinese character (CJK unified ideographs and their extensions,
/// compatibility ideographs): what "汉字" counts in naming rules (R-NAME-1).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// A character that may stand in a name-like value (a domain label, a
/// certificate number): an ASCII letter or digit, or a non-ASCII character
/// outside the blocks of spaces, controls, punctuation, symbols, emoji,
/// variation selectors and private use (so CJK and accented letters pass).
/// Deliberately avoids Unicode property tables, which would add about
/// 15 KB to the wasm; exact IDN rules are the domain check's job.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let symbol = matches!(c,
        '\u{A0}'..='\u{BF}' | '×' | '÷'  // Latin-1 punctuation and signs
        | '\u{2000}'..='\u{2BFF}'        // punctuation, symbols, arrows, dingbats
        | '\u{3000}'..='\u{303F}'        // CJK symbols and punctuation
        | '\u{E000}'..='\u{F8FF}'        // private use
        | '\u{FE00}'..='\u{FE0F}'        // variation selectors
        | '\u{FE30}'..='\u{FE4F}'        // CJK compatibility forms
        | '\u{FF00}'..='\u{FFFF}'        // half/full-width forms (folded before), specials
        | '\u{1F000}'..='\u{1FAFF}'      // emoji and pictographs
    );
    !symbol && !c.is_whitespace() && !c.is_control() && !is_invisible(c)
}

fn too_long(length: usize, rule: &'static str, findings: &mut Findings) {
    findings.push(
        rule,
        Code::InputTooLong,
        vec![("length", Param::from(length)), ("max", Param::from(MAX_INPUT_CHARS))],
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Locale;

    fn run(input: Input<'_>) -> (Option<String>, Vec<&'static str>) {
        let mut f = Findings::new(Locale::ZhCn, "");
        let text = clean(input, crate::rules::ID_1, &mut f);
        let codes = f.finish(None, ()).findings.iter().map(|f| f.code.as_str()).collect();
        (text, codes)
    }

    #[test]
    fn missing_empty_and_blank_are_empty() {
        for input in [Input::Missing, Input::Text(""), Input::Text(" \t\n\u{3000}")] {
            assert_eq!(run(input), (None, vec!["INPUT_EMPTY"]));
        }
    }

    #[test]
    fn non_strings_name_their_type() {
        assert_eq!(run(Input::NotText("number")), (None, vec!["INPUT_NOT_STRING"]));
    }

    #[test]
    fn a_length_reported_by_the_host_is_too_long() {
        assert_eq!(run(Input::TooLong(5_000_000)), (None, vec!["INPUT_TOO_LONG"]));
    }

    #[test]
    fn full_width_is_folded_and_ends_trimmed() {
        assert_eq!(run(Input::Text("\u{3000}１１０１０５ｘ（）\t")), (Some("110105x()".into()), vec![]));
    }

    #[test]
    fn invisible_characters_are_removed_with_a_warning() {
        assert_eq!(
            run(Input::Text("\u{FEFF}11\u{200B}01\u{200D}\u{0000}")),
            (Some("1101".into()), vec!["INPUT_INVISIBLE_CHAR"])
        );
    }

    #[test]
    fn replacement_character_is_unreadable_and_located() {
        let mut f = Findings::new(Locale::En, "");
        assert_eq!(clean(Input::Text("12\u{FFFD}3"), "R-ID-1", &mut f).as_deref(), Some("123"));
        let r = f.finish(None, ());
        assert_eq!(r.findings[0].code, Code::InputUnreadableChar);
        assert_eq!(r.findings[0].param("position"), Some(&Param::Int(3)));
        assert_eq!(run(Input::Text("\u{FFFD}")), (None, vec!["INPUT_UNREADABLE_CHAR"]));
    }

    #[test]
    fn word_characters_are_letters_digits_and_scripts_not_symbols() {
        for c in ['a', 'Z', '7', '中', 'é', 'ß', 'й', 'ع'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [' ', '-', '.', '🙂', '、', '。', '—', '\u{200B}', '\u{E000}', '©', '×', '\u{3000}'] {
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn ten_megabytes_are_rejected_with_the_length() {
        let huge = "1".repeat(10 * 1024 * 1024);
        let mut f = Findings::new(Locale::En, "");
        assert_eq!(clean(Input::Text(&huge), "R-ID-1", &mut f), None);
        let r = f.finish(None, ());
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].message, "Too long: 10485760 characters, at most 1000.");
        let just_fits = "1".repeat(MAX_INPUT_CHARS);
        assert_eq!(run(Input::Text(&just_fits)).1, Vec::<&str>::new());
    }
}
