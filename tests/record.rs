//! The result records the wasm hands to JavaScript (src/record.rs) stand
//! for exactly the JSON of the same result: a reader written from the
//! format table turns records of real results back into JSON values.

use beian_check::check::{FieldCheck, CHECK_NAMES};
use beian_check::form::{validate_filing, FilingOptions, FormValue};
use beian_check::input::Value;
use beian_check::record::{Bytes, Record};
use serde::Serialize;
use serde_json::{json, Value as Json};

/// Reads one value of a record's structure (the mirror of js/record-reader.js).
fn read(units: &[u16], text: &[u16], at: &mut usize) -> Json {
    let next = |at: &mut usize| {
        *at += 1;
        units[*at - 1]
    };
    let u32_at = |at: &mut usize| u32::from(next(at)) | (u32::from(next(at)) << 16);
    match next(at) {
        1 => Json::Null,
        2 => Json::Bool(false),
        3 => Json::Bool(true),
        4 => json!(u32_at(at) as i32),
        5 => {
            let bits = (0..4).fold(0u64, |bits, i| bits | (u64::from(next(at)) << (16 * i)));
            json!(f64::from_bits(bits))
        }
        6 => {
            let start = u32_at(at) as usize;
            let length = u32_at(at) as usize;
            Json::String(String::from_utf16(&text[start..start + length]).expect("UTF-16"))
        }
        8 => {
            let mut items = Vec::new();
            while units[*at] != 0 {
                items.push(read(units, text, at));
            }
            *at += 1;
            Json::Array(items)
        }
        9 => {
            let mut object = serde_json::Map::new();
            while units[*at] != 0 {
                let Json::String(key) = read(units, text, at) else { panic!("a key that is not a string") };
                object.insert(key, read(units, text, at));
            }
            *at += 1;
            Json::Object(object)
        }
        10 => {
            let count = u32_at(at) as usize;
            *at += count;
            Json::Array(units[*at - count..*at].iter().map(|&b| json!(b)).collect())
        }
        tag => panic!("unknown tag {tag} at {}", *at - 1),
    }
}

/// The record of `value`, read back: it must be the whole record.
fn round_trip<T: Serialize>(value: &T) -> Json {
    let mut record = Record::default();
    let units = record.write(value);
    let structure = usize::from(units[0]) | usize::from(units[1]) << 16;
    let (units, text) = units[2..].split_at(structure);
    let mut at = 0;
    let read_back = read(units, text, &mut at);
    assert_eq!(at, units.len(), "the structure has units after its value");
    read_back
}

/// Numbers as JavaScript holds them (every number an `f64`).
fn as_js(value: Json) -> Json {
    match value {
        Json::Number(n) => json!(n.as_f64()),
        Json::Array(items) => Json::Array(items.into_iter().map(as_js).collect()),
        Json::Object(members) => Json::Object(members.into_iter().map(|(k, v)| (k, as_js(v))).collect()),
        other => other,
    }
}

fn assert_same_as_json<T: Serialize>(value: &T) {
    assert_eq!(as_js(round_trip(value)), as_js(serde_json::to_value(value).expect("JSON")));
}

#[test]
fn every_fixture_form_result_reads_back_as_its_json() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut forms = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("fixture");
        let fixture: Json = serde_json::from_str(&text).expect("JSON");
        let form: FormValue = serde_json::from_value(fixture["form"].clone()).expect("form");
        for locale in ["zh-CN", "en"] {
            let opts = FilingOptions::from_host(&|name| match name {
                "locale" => Value::Text(locale.into()),
                _ => Value::Missing,
            });
            assert_same_as_json(&validate_filing(&form, &opts));
        }
        forms += 1;
    }
    assert!(forms >= 30, "{forms} fixtures");
}

#[test]
fn field_results_read_back_as_their_json() {
    let values = [
        "11010519491231002X",
        "110105194912310021",
        "",
        "１３８００１３８０００",
        "0755-12345678",
        "www.例子.中国",
        "https://www.example.com/index.html",
        "京ICP备12345678号-1",
        "91350100M000100Y43",
        "a@b.cn",
        "10.0.0.1",
        "\u{200B}13800138000",
        "😀",
        "x".repeat(5000).as_str(),
    ]
    .map(String::from);
    for name in CHECK_NAMES {
        let check = FieldCheck::new(
            name,
            |option| match option {
                "asOf" => Value::Text("not a date".into()),
                _ => Value::Missing,
            },
            |_| Vec::new(),
            |_| None,
        )
        .expect("check");
        for value in &values {
            assert_same_as_json(&check.validate(value.as_str().into()));
        }
    }
    assert_same_as_json(&beian_check::list_subject_natures());
    assert_same_as_json(&beian_check::data_version());
}

#[test]
fn numbers_strings_and_bytes() {
    assert_same_as_json(&(i64::MIN, u64::MAX, -1i32, 2_147_483_648u32, 0.5f64, 'é', "\u{10FFFF}", ()));
    assert_eq!(round_trip(&f64::NAN), Json::Null);
    assert_eq!(round_trip(&Bytes(&[0, 1, 255])), json!([0, 1, 255]));
    assert_eq!(Record::default().write(&"😀"), [5, 0, 6, 0, 0, 2, 0, 0xD83D, 0xDE00]);
}
