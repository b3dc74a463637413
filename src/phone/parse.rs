//! Reading a phone number as people type it: `+86`, `0086`, `86` and the
//! console's `086-` prefixes, spaces, dashes, dots, brackets, extensions
//! (`-801`, `转801`, `分机801`, `ext 801`, `#801`), and the international
//! form without the trunk 0 (`+86 755 1234 5678`). Full-width characters
//! were already folded by [`crate::input::clean`].

use crate::tables::phones as table;

/// A number split into its parts; nothing is validated beyond the shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// 11 digits starting with 1 (not 10).
    Mobile(String),
    /// A known area code without the trunk 0 (`"755"`), the local number and
    /// an extension.
    Landline {
        /// The area code without the trunk 0 (`"755"`).
        area: String,
        /// The local number.
        local: String,
        /// The extension (`转801`, `-801`), if any.
        extension: Option<String>,
    },
    /// A number without an area code (no trunk 0, no country code).
    NoAreaCode(String),
    /// Digits that are neither: unknown area code, wrong length of a mobile …
    Other(String),
}

/// Why text could not be read as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// A character no phone number has.
    InvalidChar(char),
    /// The country code of another country.
    Foreign,
    /// No digits at all.
    Empty,
}

fn is_separator(c: char) -> bool {
    // Dashes as footers and documents print them: — – ‐ (－ is folded to - by clean).
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '—' | '–' | '‐')
}

/// Splits off an extension written with a word or mark.
fn split_marked_extension(text: &str) -> (&str, Option<&str>) {
    const MARKS: [&str; 8] = ["转", "分机", "ext.", "ext", "EXT", "#", ",", "x"];
    MARKS
        .iter()
        .find_map(|mark| {
            text.find(mark).map(|at| (&text[..at], Some(text[at + mark.len()..].trim_matches(is_separator))))
        })
        .unwrap_or((text, None))
}

/// The local-number lengths allowed after `area` (bit 0: 7 digits, bit 1: 8).
pub fn local_lengths(area: &str) -> Option<u8> {
    let code: u16 = area.parse().ok()?;
    table::AREA_CODES.binary_search(&code).ok().map(|i| table::AREA_LENGTHS[i])
}

/// True when a local number of `len` digits is allowed by `lengths`.
pub fn length_allowed(lengths: u8, len: usize) -> bool {
    (len == 7 && lengths & 1 != 0) || (len == 8 && lengths & 2 != 0)
}

/// Removes `count` digits from the front of the digit groups.
fn drop_digits(groups: &mut Vec<&str>, mut count: usize) {
    while count > 0 && !groups.is_empty() {
        let take = count.min(groups[0].len());
        groups[0] = &groups[0][take..];
        count -= take;
        if groups[0].is_empty() {
            groups.remove(0);
        }
    }
}

/// Removes a country code (+86, 0086, 086-, 86 before a mobile) from the
/// front. `Ok(true)` when there was one.
fn strip_country_code(groups: &mut Vec<&str>, plus: bool) -> Result<bool, ParseError> {
    let first = groups[0];
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    if plus || first.starts_with("00") {
        let zeros = if plus { 0 } else { 2 };
        let country_86 = first[zeros..].starts_with("86")
            || (first.len() == zeros && groups.get(1).is_some_and(|g| g.starts_with("86")));
        if !country_86 {
            return Err(ParseError::Foreign);
        }
        drop_digits(groups, zeros + 2);
        return Ok(true);
    }
    if first == "086" || (digits == 13 && first.starts_with("861")) || (first == "86" && digits == 13) {
        drop_digits(groups, first.len().min(if first == "086" { 3 } else { 2 }));
        return Ok(true);
    }
    Ok(false)
}

/// Parses cleaned text (see the module docs).
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    let (number, marked_extension) = split_marked_extension(text);
    let plus = number.trim_start_matches(is_separator).starts_with('+');
    let body = number.trim_start_matches(is_separator).trim_start_matches('+');
    if let Some(c) = body.chars().find(|&c| !c.is_ascii_digit() && !is_separator(c)) {
        return Err(ParseError::InvalidChar(c));
    }
    let mut groups: Vec<&str> = body.split(is_separator).filter(|g| !g.is_empty()).collect();
    if groups.is_empty() {
        return Err(ParseError::Empty);
    }
    let international = strip_country_code(&mut groups, plus)?;
    let digits = groups.concat();
    if digits.len() == 11 && digits.starts_with('1') && !digits.starts_with("10") {
        return Ok(Parsed::Mobile(digits));
    }
    // A landline: with its trunk 0, or without it after a country code.
    if digits.starts_with('0') {
        drop_digits(&mut groups, 1);
    } else if !international {
        return Ok(if digits.starts_with('1') { Parsed::Other(digits) } else { Parsed::NoAreaCode(digits) });
    }
    let national = groups.concat();
    let width = if national.starts_with(['1', '2']) { 2 } else { 3 };
    let Some(lengths) = national.get(..width).and_then(local_lengths) else {
        return Ok(Parsed::Other(digits));
    };
    let area = national[..width].to_owned();
    let typed_apart = groups.len() > 1;
    drop_digits(&mut groups, width);
    let (local, extension) = split_local(&groups, lengths, marked_extension, typed_apart);
    Ok(Parsed::Landline { area, local, extension: extension.filter(|e| !e.is_empty()) })
}

/// The local number and extension from the digit groups after the area
/// code. A marked extension wins. When the digits are longer than a local
/// number: a short last group the person typed apart is the extension
/// (`0755-1234567-801`: the length is then judged on what they wrote); a
/// number typed without any separator (`075512345678801`) is split after
/// the longest allowed length; otherwise the local number is too long and
/// the length check says so.
fn split_local(groups: &[&str], lengths: u8, marked: Option<&str>, typed_apart: bool) -> (String, Option<String>) {
    let all = groups.concat();
    if let Some(extension) = marked {
        return (all, Some(extension.to_owned()));
    }
    let longest = if lengths & 2 != 0 { 8 } else { 7 };
    if all.len() <= longest {
        return (all, None);
    }
    let head = match groups.last() {
        Some(last) if groups.len() >= 2 && last.len() <= 6 => all.len() - last.len(),
        _ if typed_apart => return (all, None),
        _ => longest,
    };
    (all[..head].to_owned(), Some(all[head..].to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn landline(area: &str, local: &str, extension: Option<&str>) -> Result<Parsed, ParseError> {
        Ok(Parsed::Landline { area: area.into(), local: local.into(), extension: extension.map(Into::into) })
    }

    #[test]
    fn mobile_forms() {
        for typed in
            ["13800138000", "+86 138-0013-8000", "0086 13800138000", "8613800138000", "138 0013 8000", "+8613800138000"]
        {
            assert_eq!(parse(typed), Ok(Parsed::Mobile("13800138000".into())), "{typed}");
        }
    }

    #[test]
    fn landline_forms() {
        for typed in [
            "0755-12345678",
            "(0755)12345678",
            "0755 1234 5678",
            "086-0755-12345678",
            "+86 755 1234 5678",
            "0086-755-12345678",
        ] {
            assert_eq!(parse(typed), landline("755", "12345678", None), "{typed}");
        }
        assert_eq!(parse("010-12345678"), landline("10", "12345678", None));
        assert_eq!(parse("+86 10 1234 5678"), landline("10", "12345678", None));
        assert_eq!(parse("0755-1234567-801"), landline("755", "1234567", Some("801")));
        assert_eq!(parse("0755-12345678转801"), landline("755", "12345678", Some("801")));
        assert_eq!(parse("0755-12345678 ext. 801"), landline("755", "12345678", Some("801")));
        assert_eq!(parse("075512345678801"), landline("755", "12345678", Some("801")));
        // Typed apart, a too-long local number is not an extension.
        assert_eq!(parse("0990-324525696"), landline("990", "324525696", None));
        assert_eq!(parse("0571 839777397"), landline("571", "839777397", None));
    }

    #[test]
    fn other_shapes_and_errors() {
        assert_eq!(parse("12345678"), Ok(Parsed::Other("12345678".into())));
        assert_eq!(parse("62345678"), Ok(Parsed::NoAreaCode("62345678".into())));
        assert_eq!(parse("0300-1234567"), Ok(Parsed::Other("03001234567".into())));
        assert_eq!(parse("0999-1234567"), landline("999", "1234567", None)); // 伊犁
        assert_eq!(parse("+1 415 555 0100"), Err(ParseError::Foreign));
        assert_eq!(parse("0044 20 7946 0000"), Err(ParseError::Foreign));
        assert_eq!(parse("138a0013800"), Err(ParseError::InvalidChar('a')));
        assert_eq!(parse("---"), Err(ParseError::Empty));
    }
}
