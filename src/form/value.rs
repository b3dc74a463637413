//! A filing form as the caller sent it: any JSON-like value, read leniently
//! so that missing sections, wrong types and unknown keys become findings at
//! their path instead of errors.
//!
//! ```
//! use beian_check::form::FormValue;
//! let form: FormValue = serde_json::from_str(r#"{"subject": {"owner": {"mobile": 13800138000}}}"#).unwrap();
//! let mobile = form.get("subject").get("owner").get("mobile");
//! assert_eq!(mobile.text(), None); // a number, not text: the check reports INPUT_NOT_STRING
//! assert!(form.get("websites").items().is_empty());
//! ```

use crate::input::Input;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON-like value. Deserialising one never fails on shape.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum FormValue {
    /// Absent, `null` or `undefined`.
    #[default]
    Missing,
    /// A string.
    Text(String),
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// An array.
    Array(Vec<FormValue>),
    /// An object, keys in the order given.
    Object(Vec<(String, FormValue)>),
    /// A string the host did not copy because it is longer than any field
    /// allows; holds its length as the host counts it.
    TooLong(usize),
    /// Anything else the host holds (a function, a symbol, a structure
    /// nested too deeply to read); holds its type's name.
    Other(&'static str),
}

static MISSING: FormValue = FormValue::Missing;

/// Items and members read of one array or object of a tape (the JS reader's cap).
const TAPE_ITEMS: usize = 1000;

impl FormValue {
    /// The form as `js/form-reader.mjs` hands it over, one value after the
    /// other (a tape, read without a JSON parser, which would cost the wasm 6 KB;
    /// fuzzed by `fuzz/` and replayed by `cargo test`):
    /// `z` missing, `t`/`f` a boolean, `s<len>:<text>` a string of `len` UTF-16
    /// units, `n<number>;`, `L<len>;` a string too long to copy, `X<type>;`
    /// anything else, `a<count>:` then the items, `o<count>:` then key (a
    /// string) and value pairs. Never fails: what does not read is missing.
    pub fn from_tape(tape: &str) -> FormValue {
        /// The tape and the byte position read up to (always a char boundary).
        struct Tape<'a> {
            tape: &'a str,
            at: usize,
        }
        impl<'a> Tape<'a> {
            fn rest(&self) -> &'a str {
                self.tape.get(self.at..).unwrap_or("")
            }
            /// The next char, stepped over.
            fn next(&mut self) -> Option<char> {
                let c = self.rest().chars().next()?;
                self.at += c.len_utf8();
                Some(c)
            }
            /// The text up to the ASCII mark `end` (not included), stepping
            /// over the mark; all the rest when there is none.
            fn until(&mut self, end: u8) -> &'a str {
                let rest = self.rest();
                let len = rest.bytes().position(|b| b == end).unwrap_or(rest.len());
                self.at += (len + 1).min(rest.len());
                &rest[..len]
            }
            /// A decimal count up to `end`; 0 for anything else.
            fn count(&mut self, end: u8) -> usize {
                let digits = self.until(end).bytes();
                digits
                    .map(|b| b.is_ascii_digit().then(|| usize::from(b - b'0')))
                    .try_fold(0usize, |n, digit| n.checked_mul(10)?.checked_add(digit?))
                    .unwrap_or(0)
            }
            /// A string of `<len>:` UTF-16 units, copied at once: the units
            /// are counted on the UTF-8 lead bytes (a 4-byte char is two).
            fn text(&mut self) -> String {
                let units = self.count(b':');
                let bytes = self.rest().as_bytes();
                let (mut read, mut end) = (0, 0);
                while read < units && end < bytes.len() {
                    let (len, width) = match bytes[end] {
                        0..=0x7F => (1, 1),
                        0xC0..=0xDF => (2, 1),
                        0xE0..=0xEF => (3, 1),
                        _ => (4, 2),
                    };
                    end += len;
                    read += width;
                }
                let text = self.rest().get(..end).unwrap_or("").to_owned();
                self.at += end;
                text
            }
            fn value(&mut self, depth: u8) -> FormValue {
                match self.next() {
                    Some('t') => FormValue::Bool(true),
                    Some('f') => FormValue::Bool(false),
                    Some('s') => FormValue::Text(self.text()),
                    // Only a number's type matters to the checks; integers keep
                    // their value (parsing any float would cost the wasm 10 KB).
                    Some('n') => FormValue::Number(self.until(b';').parse::<i64>().map_or(f64::NAN, |i| i as f64)),
                    Some('L') => FormValue::TooLong(self.count(b';')),
                    Some('X') => {
                        let name = self.until(b';');
                        FormValue::Other(
                            ["bigint", "symbol", "function", "array"]
                                .into_iter()
                                .find(|n| *n == name)
                                .unwrap_or("object"),
                        )
                    }
                    Some('a') if depth < 16 => {
                        let count = self.count(b':').min(TAPE_ITEMS);
                        FormValue::Array((0..count).map(|_| self.value(depth + 1)).collect())
                    }
                    Some('o') if depth < 16 => {
                        let count = self.count(b':').min(TAPE_ITEMS);
                        FormValue::Object(
                            (0..count)
                                .map(|_| (self.next().map_or(String::new(), |_| self.text()), self.value(depth + 1)))
                                .collect(),
                        )
                    }
                    _ => FormValue::Missing,
                }
            }
        }
        Tape { tape, at: 0 }.value(0)
    }

    /// The member `key` of an object; `Missing` otherwise.
    pub fn get(&self, key: &str) -> &FormValue {
        match self {
            FormValue::Object(members) => members.iter().find(|(k, _)| k == key).map_or(&MISSING, |(_, v)| v),
            _ => &MISSING,
        }
    }

    /// The items of an array; none otherwise.
    pub fn items(&self) -> &[FormValue] {
        match self {
            FormValue::Array(items) => items,
            _ => &[],
        }
    }

    /// As an input of a field check.
    pub fn as_input(&self) -> Input<'_> {
        match self {
            FormValue::Missing => Input::Missing,
            FormValue::Text(text) => Input::Text(text),
            FormValue::Bool(_) => Input::NotText("boolean"),
            FormValue::Number(_) => Input::NotText("number"),
            FormValue::Array(_) => Input::NotText("array"),
            FormValue::Object(_) => Input::NotText("object"),
            FormValue::TooLong(length) => Input::TooLong(*length),
            FormValue::Other(type_name) => Input::NotText(type_name),
        }
    }

    /// The text without spaces and invisible characters around it (a name of
    /// only Hangul fillers or zero-width characters looks empty, and is), if
    /// anything is left.
    pub fn text(&self) -> Option<&str> {
        match self {
            FormValue::Text(text) => {
                let trimmed = text.trim_matches(|c: char| c.is_whitespace() || crate::input::is_invisible(c));
                (!trimmed.is_empty()).then_some(trimmed)
            }
            _ => None,
        }
    }

    /// True for `Missing` and strings with nothing visible.
    pub fn is_blank(&self) -> bool {
        matches!(self, FormValue::Missing) || matches!(self, FormValue::Text(_)) && self.text().is_none()
    }
}

struct AnyVisitor;

impl<'de> Visitor<'de> for AnyVisitor {
    type Value = FormValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<FormValue, E> {
        Ok(FormValue::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<FormValue, E> {
        Ok(FormValue::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<FormValue, E> {
        Ok(FormValue::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<FormValue, E> {
        Ok(FormValue::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<FormValue, E> {
        Ok(FormValue::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<FormValue, E> {
        Ok(FormValue::Text(v))
    }
    fn visit_none<E>(self) -> Result<FormValue, E> {
        Ok(FormValue::Missing)
    }
    fn visit_unit<E>(self) -> Result<FormValue, E> {
        Ok(FormValue::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<FormValue, D::Error> {
        FormValue::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FormValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(FormValue::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FormValue, A::Error> {
        let mut members = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, FormValue>()? {
            members.push((key, value));
        }
        Ok(FormValue::Object(members))
    }
}

impl<'de> Deserialize<'de> for FormValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FormValue, D::Error> {
        d.deserialize_any(AnyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::FormValue;

    #[test]
    fn a_tape_reads_as_the_json_it_stands_for() {
        let tape = "o3:s4:kinds4:units6:regiono1:s8:provinces2:44s8:websitesa2:o1:s7:domainsa3:s4:a.cnn1;nNaN;z";
        let json: FormValue = serde_json::from_str(
            r#"{"kind":"unit","region":{"province":"44"},"websites":[{"domains":["a.cn",1,null]},null]}"#,
        )
        .unwrap_or_default();
        let decoded = FormValue::from_tape(tape);
        assert_eq!(decoded.get("kind"), json.get("kind"));
        assert_eq!(decoded.get("region"), json.get("region"));
        assert_eq!(decoded.get("websites").items()[0].get("domains").items()[0], FormValue::Text("a.cn".into()));
        assert!(
            matches!(decoded.get("websites").items()[0].get("domains").items()[2], FormValue::Number(n) if n.is_nan())
        );
    }

    #[test]
    fn tapes_count_utf16_units_and_tag_what_json_cannot_hold() {
        // 😀 is two UTF-16 units; a lone surrogate arrives as U+FFFD (one).
        assert_eq!(FormValue::from_tape("s4:😀ab"), FormValue::Text("😀ab".into()));
        assert_eq!(FormValue::from_tape("s1:\u{FFFD}"), FormValue::Text("\u{FFFD}".into()));
        assert_eq!(FormValue::from_tape("L10000000;"), FormValue::TooLong(10_000_000));
        assert_eq!(FormValue::from_tape("Xfunction;"), FormValue::Other("function"));
        assert_eq!(FormValue::from_tape("Xanything;"), FormValue::Other("object"));
    }

    #[test]
    fn broken_or_hostile_tapes_never_fail_and_stay_small() {
        for tape in ["", "o", "o1:", "a4294967295:", "o99999999999999999999:", "s99:ab", "n;", "q", "s-1:x"] {
            let value = FormValue::from_tape(tape);
            assert!(value.items().len() <= 1000, "{tape}");
        }
        // Nesting stops at 16 levels.
        let deep = "a1:".repeat(100_000);
        let _ = FormValue::from_tape(&deep);
    }
}
