//! The library's functions as the JS API calls them: JSON values in, the
//! JSON the npm package returns out. Options are read the way the wasm
//! binding reads a JS options object (src/wasm.rs `options_of`,
//! `string_array`, `bool_option`), so that the same request gives the same
//! bytes here, in the browser and in `lines` (tests/js/native-vs-wasm.test.mjs
//! and tests/server/ compare them).

use beian_check::catalogue::{list_rules, province_requirements};
use beian_check::check::{FieldCheck, FieldOutcome};
use beian_check::form::{validate_filing, FilingOptions, FilingResult, FormValue};
use beian_check::input::{Input, Value};
use beian_check::Locale;
use serde_json::{json, Map, Value as Json};

/// Strings longer than this many UTF-16 units cross into the wasm as
/// "too long" without being copied (src/wasm.rs `read`: 2 × MAX_INPUT_CHARS);
/// the server does the same so that such values get the same finding with
/// the same length.
const WASM_COPY_LIMIT: usize = 2 * beian_check::input::MAX_INPUT_CHARS;

/// An option of a JSON options object, as the wasm binding reads a property
/// of a JS object: anything but an object has no options.
pub fn host_value(options: Option<&Map<String, Json>>, name: &str) -> Value {
    match options.and_then(|o| o.get(name)) {
        None | Some(Json::Null) => Value::Missing,
        Some(Json::String(text)) => text_value(text),
        Some(Json::Bool(_)) => Value::NotText("boolean"),
        Some(Json::Number(n)) => n.as_f64().map_or(Value::NotText("number"), Value::Number),
        Some(Json::Array(_)) => Value::NotText("array"),
        Some(Json::Object(_)) => Value::NotText("object"),
    }
}

/// A string as the wasm binding copies it: too long ones by length only.
fn text_value(text: &str) -> Value {
    match utf16_len_over(text, WASM_COPY_LIMIT) {
        Some(units) => Value::TooLong(units),
        None => Value::Text(text.to_owned()),
    }
}

/// The UTF-16 length of `text` when it is over `limit` (JS counts strings in
/// UTF-16 units); `None` otherwise, found without counting short strings.
fn utf16_len_over(text: &str, limit: usize) -> Option<usize> {
    // A UTF-8 string has at least as many bytes as UTF-16 units.
    if text.len() <= limit {
        return None;
    }
    let units = text.encode_utf16().count();
    (units > limit).then_some(units)
}

/// The value of a field as the checks take it.
pub fn input(value: &Json) -> Input<'_> {
    match value {
        Json::Null => Input::Missing,
        Json::String(text) => match utf16_len_over(text, WASM_COPY_LIMIT) {
            Some(units) => Input::TooLong(units),
            None => Input::Text(text),
        },
        Json::Bool(_) => Input::NotText("boolean"),
        Json::Number(_) => Input::NotText("number"),
        Json::Array(_) => Input::NotText("array"),
        Json::Object(_) => Input::NotText("object"),
    }
}

/// The field check `name` with its options; `None` for an unknown name.
pub fn field_check(name: &str, options: Option<&Map<String, Json>>) -> Option<FieldCheck> {
    let list = |key: &'static str| -> Vec<String> {
        options
            .and_then(|o| o.get(key))
            .and_then(Json::as_array)
            .map_or_else(Vec::new, |items| items.iter().filter_map(|item| item.as_str().map(str::to_owned)).collect())
    };
    let flag = |key: &'static str| options.and_then(|o| o.get(key)).and_then(Json::as_bool);
    FieldCheck::new(name, |key| host_value(options, key), list, flag)
}

/// `validateFiling(form, options)`.
pub fn filing(form: &FormValue, options: Option<&Map<String, Json>>) -> FilingResult {
    let opts = FilingOptions::from_host(&|key| host_value(options, key));
    validate_filing(form, &opts)
}

/// The locale of an options object, as the JS catalogue reads `locale`:
/// "en", "en-US", "en_GB" … are English, anything else zh-CN.
pub fn locale_of(tag: Option<&str>) -> Locale {
    let english = tag.is_some_and(|t| t.split(['-', '_']).next().is_some_and(|first| first.eq_ignore_ascii_case("en")));
    if english {
        Locale::En
    } else {
        Locale::ZhCn
    }
}

/// The provinces `provinceRequirements` knows: 0 (the national rules) and
/// the 31 provincial administrations.
pub const PROVINCES: [u32; 32] = [
    0, 110000, 120000, 130000, 140000, 150000, 210000, 220000, 230000, 310000, 320000, 330000, 340000, 350000, 360000,
    370000, 410000, 420000, 430000, 440000, 450000, 460000, 500000, 510000, 520000, 530000, 540000, 610000, 620000,
    630000, 640000, 650000,
];

/// The province a `provinceRequirements` code names, as js/catalogue.mjs
/// parses it: `"000000"` for the national rules, two digits or a six-digit
/// code of a province; `None` for anything else.
pub fn province_of(code: &str) -> Option<u32> {
    if code.trim() == "000000" {
        return Some(0);
    }
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    if !digits || !(code.len() == 2 || code.len() == 6) || code.starts_with("00") {
        return None;
    }
    let province = code[..2].parse::<u32>().ok()? * 10000;
    PROVINCES.contains(&province).then_some(province)
}

/// `listRules({locale})` as JSON.
pub fn rules_json(locale: Locale) -> Vec<u8> {
    serde_json::to_vec(&list_rules(locale)).unwrap_or_else(|_| b"[]".to_vec())
}

/// `provinceRequirements(code, {locale})` as JSON.
pub fn requirements_json(province: u32, locale: Locale) -> Vec<u8> {
    serde_json::to_vec(&province_requirements(province, locale)).unwrap_or_else(|_| b"[]".to_vec())
}

/// `dataVersion()` as JSON.
pub fn data_version_json() -> Vec<u8> {
    serde_json::to_vec(&beian_check::data_version()).unwrap_or_else(|_| b"[]".to_vec())
}

/// The findings of a field check's result, for the metrics (rule and
/// severity only: never the value).
pub fn outcome_findings(outcome: FieldOutcome) -> Vec<beian_check::Finding> {
    outcome.into_findings()
}

/// Replaces each `\uD800`–`\uDFFF` escape that is not half of a surrogate
/// pair with `\uFFFD`, in place (both are six bytes). `JSON.stringify`
/// writes a JS string's lone surrogates as such escapes, which serde_json
/// refuses; the wasm binding turns them into U+FFFD when it copies the
/// string, so after this a request gives what the browser got.
pub fn replace_lone_surrogates(json: &mut [u8]) {
    fn unit(bytes: &[u8], at: usize) -> Option<u16> {
        let escape = bytes.get(at..at + 6)?;
        if escape[0] != b'\\' || escape[1] != b'u' {
            return None;
        }
        let hex = std::str::from_utf8(&escape[2..]).ok()?;
        u16::from_str_radix(hex, 16).ok()
    }
    let mut at = 0;
    while at < json.len() {
        if json[at] != b'\\' {
            at += 1;
            continue;
        }
        match unit(json, at) {
            Some(high @ 0xD800..=0xDBFF) if matches!(unit(json, at + 6), Some(0xDC00..=0xDFFF)) => {
                let _ = high;
                at += 12;
            }
            Some(0xD800..=0xDFFF) => {
                json[at + 2..at + 6].copy_from_slice(b"FFFD");
                at += 6;
            }
            // Any other escape: step over the backslash and the escaped byte.
            _ => at += 2,
        }
    }
}

/// One request of the `lines` subcommand: `{"check": name, "value": …,
/// "options": {…}}` or `{"filing": {…form…}, "options": {…}}`; the answer is
/// the JSON the JS function returns, or `{"error": …}`.
pub fn answer_line(line: &str) -> String {
    let mut bytes = line.as_bytes().to_vec();
    replace_lone_surrogates(&mut bytes);
    let Ok(request) = serde_json::from_slice::<Json>(&bytes) else {
        return json!({ "error": "not JSON" }).to_string();
    };
    let options = request.get("options").and_then(Json::as_object);
    if let Some(form) = request.get("filing") {
        let form: FormValue = serde_json::from_value(form.clone()).unwrap_or_default();
        return serde_json::to_string(&filing(&form, options)).unwrap_or_default();
    }
    let name = request.get("check").and_then(Json::as_str).unwrap_or("");
    let value = request.get("value").unwrap_or(&Json::Null);
    match field_check(name, options) {
        Some(check) => serde_json::to_string(&check.validate(input(value))).unwrap_or_default(),
        None => json!({ "error": format!("unknown check {name}") }).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let mut text = br#"["\ud800", "\ud83d\ude00", "\\ud800", "\udc00x"]"#.to_vec();
        replace_lone_surrogates(&mut text);
        let parsed: Vec<String> = serde_json::from_slice(&text).unwrap();
        assert_eq!(parsed, ["\u{FFFD}", "😀", "\\ud800", "\u{FFFD}x"]);
    }

    #[test]
    fn province_codes_parse_as_in_js() {
        assert_eq!(province_of("44"), Some(440000));
        assert_eq!(province_of("440300"), Some(440000));
        assert_eq!(province_of(" 000000 "), Some(0));
        assert_eq!(province_of("00"), None);
        assert_eq!(province_of("99"), None);
        assert_eq!(province_of("4403"), None);
        assert_eq!(province_of("４４"), None);
    }

    #[test]
    fn long_strings_cross_by_length_as_in_wasm() {
        let long = "中".repeat(2001);
        assert_eq!(input(&Json::String(long)), Input::TooLong(2001));
        assert_eq!(input(&Json::String("x".repeat(2000))), Input::Text(&"x".repeat(2000)));
    }

    #[test]
    fn locales_read_as_in_js() {
        assert_eq!(locale_of(Some("en_GB")), Locale::En);
        assert_eq!(locale_of(Some("EN")), Locale::En);
        assert_eq!(locale_of(Some("english")), Locale::ZhCn);
        assert_eq!(locale_of(None), Locale::ZhCn);
    }
}
