//! The JavaScript binding, run as wasm by wasm-bindgen-test-runner: in Node
//! (`cargo test --target wasm32-unknown-unknown --test wasm`) and in headless
//! Chromium (the same with `WASM_BINDGEN_USE_BROWSER=1`). It passes real JS
//! values (numbers, objects, lone surrogates, huge strings) through the
//! exported function and reads the JS object that comes back.
#![cfg(target_arch = "wasm32")]

use beian_check::wasm::{self, age_on, detect_id_kind, load_division_names, load_mobile_locations, normalize_phone};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen(module = "/js/record-reader.js")]
extern "C" {
    /// The entries' reader of result records.
    #[wasm_bindgen(js_name = readRecord)]
    fn read_record(record: JsValue) -> JsValue;
}

/// The exports as the JS entries export them: their record read into an object.
macro_rules! as_the_entries_export {
    ($($name:ident($($arg:ident: $type:ty),*);)*) => {
        $(fn $name($($arg: $type),*) -> JsValue {
            read_record(wasm::$name($($arg),*))
        })*
    };
}
as_the_entries_export! {
    validate_id_number(value: JsValue, options: Option<Object>);
    validate_unit_code(value: JsValue, options: Option<Object>);
    validate_phone(value: JsValue, options: Option<Object>);
    validate_email(value: JsValue, options: Option<Object>);
    check_contacts_encoded(form: JsValue, options: Option<Object>);
    validate_filing_encoded(form: JsValue, options: Option<Object>);
    lookup_division(code: JsValue);
    list_divisions(parent: JsValue);
    certificate_types_for(nature: JsValue);
    list_subject_natures();
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("result is an object")
}

fn options(pairs: &[(&str, JsValue)]) -> Option<Object> {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    Some(object)
}

fn on_2026_11_22() -> Option<Object> {
    options(&[("asOf", "2026-11-22".into())])
}

/// The `code`s of the result's findings.
fn codes(result: &JsValue) -> Vec<String> {
    let findings: Array = get(result, "findings").dyn_into().expect("findings is an array");
    findings.iter().map(|f| get(&f, "code").as_string().unwrap()).collect()
}

#[wasm_bindgen_test]
fn valid_id_returns_a_plain_object_with_details() {
    let r = validate_id_number("11010519491231002X".into(), on_2026_11_22());
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    assert_eq!(get(&r, "normalized").as_string().as_deref(), Some("11010519491231002X"));
    assert_eq!(get(&r, "birthDate").as_string().as_deref(), Some("1949-12-31"));
    assert_eq!(get(&r, "sex").as_string().as_deref(), Some("female"));
    assert_eq!(get(&r, "age").as_f64(), Some(76.0));
    assert_eq!(get(&r, "kind").as_string().as_deref(), Some("resident_id"));
    assert!(Array::is_array(&get(&r, "findings")));
    assert_eq!(Object::get_prototype_of(&r), Object::get_prototype_of(&Object::new()), "a plain object, not a Map");
}

#[wasm_bindgen_test]
fn checksum_finding_has_every_field_of_the_contract() {
    let r = validate_id_number(
        "110105194912310021".into(),
        options(&[("locale", "en".into()), ("asOf", "2026-11-22".into())]),
    );
    assert_eq!(get(&r, "ok"), JsValue::FALSE);
    let finding = Array::from(&get(&r, "findings")).get(0);
    assert_eq!(get(&finding, "rule").as_string().as_deref(), Some("R-ID-1"));
    assert_eq!(get(&finding, "code").as_string().as_deref(), Some("ID_CHECKSUM"));
    assert_eq!(get(&finding, "severity").as_string().as_deref(), Some("error"));
    assert_eq!(get(&finding, "path").as_string().as_deref(), Some(""));
    assert!(get(&finding, "message").as_string().unwrap().starts_with("Check character mismatch"));
    assert_eq!(get(&get(&finding, "params"), "expected").as_string().as_deref(), Some("X"));
}

#[wasm_bindgen_test]
fn missing_values_are_null_not_undefined() {
    let r = validate_id_number(JsValue::UNDEFINED, None);
    assert_eq!(codes(&r), ["INPUT_EMPTY"]);
    assert!(get(&r, "normalized").is_null());
    assert!(get(&r, "birthDate").is_null());
    assert!(get(&r, "age").is_null());
}

#[wasm_bindgen_test]
fn non_string_values_name_their_js_type() {
    for (value, type_name) in [
        (JsValue::from_f64(110105194912310020.0), "number"),
        (JsValue::TRUE, "boolean"),
        (Object::new().into(), "object"),
        (Array::new().into(), "array"),
        (JsValue::symbol(None), "symbol"),
        (JsValue::bigint_from_str("110105194912310020"), "bigint"),
    ] {
        let r = validate_id_number(value, None);
        assert_eq!(codes(&r), ["INPUT_NOT_STRING"]);
        let finding = Array::from(&get(&r, "findings")).get(0);
        assert_eq!(get(&get(&finding, "params"), "type").as_string().as_deref(), Some(type_name));
    }
    assert_eq!(codes(&validate_id_number(JsValue::NULL, None)), ["INPUT_EMPTY"]);
}

#[wasm_bindgen_test]
fn lone_surrogates_are_unreadable_characters() {
    // "\uD800" + a valid ID: the surrogate cannot be UTF-8; it is reported, and
    // the rest is still checked.
    let mut units: Vec<u16> = vec![0xD800];
    units.extend("11010519491231002X".encode_utf16());
    let value: JsValue = JsString::from_char_code(&units).into();
    let r = validate_id_number(value, on_2026_11_22());
    assert_eq!(codes(&r), ["INPUT_UNREADABLE_CHAR"]);
    assert_eq!(get(&r, "normalized").as_string().as_deref(), Some("11010519491231002X"));
}

#[wasm_bindgen_test]
fn ten_megabyte_strings_are_rejected_without_copying() {
    let huge = JsString::from("1").repeat(10 * 1024 * 1024);
    let r = validate_id_number(huge.into(), None);
    assert_eq!(codes(&r), ["INPUT_TOO_LONG"]);
    let finding = Array::from(&get(&r, "findings")).get(0);
    assert_eq!(get(&get(&finding, "params"), "length").as_f64(), Some(10_485_760.0));
}

#[wasm_bindgen_test]
fn full_width_and_zero_width_input() {
    let r = validate_id_number("１１０１０５１９４９１２３１００２ｘ".into(), on_2026_11_22());
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    assert_eq!(get(&r, "normalized").as_string().as_deref(), Some("11010519491231002X"));
    let r = validate_id_number("1101051949\u{200B}1231002X".into(), on_2026_11_22());
    assert_eq!(codes(&r), ["INPUT_INVISIBLE_CHAR"]);
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn bad_options_are_warnings_and_never_throw() {
    let bad = options(&[("locale", JsValue::from_f64(1.0)), ("asOf", "tomorrow".into()), ("kind", "visa".into())]);
    let r = validate_id_number("11010519491231002X".into(), bad);
    assert_eq!(codes(&r), ["OPTION_INVALID", "OPTION_INVALID", "OPTION_INVALID"]);
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    // A string where an options object belongs is ignored.
    let not_an_object: Object = JsValue::from_str("en").unchecked_into();
    let r = validate_id_number("11010519491231002X".into(), Some(not_an_object));
    assert!(codes(&r).is_empty());
}

#[wasm_bindgen_test]
fn default_as_of_is_today_from_the_host_clock() {
    let r = validate_id_number("11010519491231002X".into(), None);
    assert!(get(&r, "age").as_f64().unwrap() >= 76.0);
}

#[wasm_bindgen_test]
fn divisions_cross_the_boundary_as_plain_objects() {
    let d = lookup_division("110103".into());
    assert_eq!(get(&d, "name").as_string().as_deref(), Some("崇文区"));
    assert_eq!(get(&d, "retired"), JsValue::TRUE);
    assert_eq!(get(&d, "validTo").as_f64(), Some(2010.0));
    assert!(get(&d, "validFrom").is_null());
    assert!(lookup_division(JsValue::from_f64(110103.0)).is_null());
    assert!(lookup_division("000000".into()).is_null());
    let provinces = Array::from(&list_divisions(JsValue::UNDEFINED));
    assert_eq!(provinces.length(), 34);
    assert_eq!(Array::from(&list_divisions(JsValue::TRUE)).length(), 0);
}

#[wasm_bindgen_test]
fn id_kinds_detection_and_ages() {
    let r = validate_id_number("H12345678".into(), options(&[("kind", "hk_macau_permit".into())]));
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    assert_eq!(get(&r, "region").as_string().as_deref(), Some("hong_kong"));
    assert_eq!(detect_id_kind("110105491231002".into()).as_string().as_deref(), Some("resident_id_15"));
    assert!(detect_id_kind(JsValue::from_f64(1.0)).is_null());
    assert_eq!(age_on("2008-11-22".into(), "2026-11-22".into()).as_f64(), Some(18.0));
    assert_eq!(age_on("2008-11-22".into(), "2026-11-21".into()).as_f64(), Some(17.0));
    assert!(age_on("2008-13-01".into(), JsValue::UNDEFINED).is_null());
}

#[wasm_bindgen_test]
fn unit_codes_and_natures_cross_the_boundary() {
    let r = validate_unit_code(
        "9144030071526726XG".into(),
        options(&[("nature", "事业单位".into()), ("province", "110000".into())]),
    );
    assert_eq!(codes(&r), ["USCC_NATURE_MISMATCH", "USCC_OUTSIDE_PROVINCE"]);
    assert_eq!(get(&get(&r, "authority"), "name").as_string().as_deref(), Some("工商"));
    assert_eq!(get(&r, "national"), JsValue::FALSE);
    assert_eq!(codes(&validate_unit_code(JsValue::from_f64(9.0), None)), ["INPUT_NOT_STRING"]);
    assert_eq!(Array::from(&list_subject_natures()).length(), 18);
    let personal = Array::from(&certificate_types_for("personal".into()));
    assert_eq!(get(&personal.get(0), "number").as_string().as_deref(), Some("resident_id"));
    assert_eq!(Array::from(&certificate_types_for(JsValue::NULL)).length(), 0);
}

#[wasm_bindgen_test]
fn phones_contacts_and_the_location_table_cross_the_boundary() {
    let r =
        validate_phone("0755-86013388".into(), options(&[("kind", "landline".into()), ("cityCode", "350100".into())]));
    assert_eq!(codes(&r), ["PHONE_AREA_CODE_MISMATCH"]);
    assert_eq!(get(&r, "areaCode").as_string().as_deref(), Some("0755"));
    assert_eq!(normalize_phone("+86 138-0013-8000".into()).as_string().as_deref(), Some("13800138000"));
    assert!(normalize_phone(JsValue::from_f64(13800138000.0)).is_null());
    assert_eq!(codes(&validate_email("a@b".into(), None)), ["EMAIL_DOMAIN"]);
    // Not a table: an error object, never an exception.
    let bad = load_mobile_locations(JsValue::from_str("BCML"));
    assert_eq!(get(&bad, "loaded"), JsValue::FALSE);
    let bad = load_mobile_locations(js_sys::Uint8Array::new_with_length(20).into());
    assert_eq!(get(&bad, "loaded"), JsValue::FALSE);
    // A form (as the JS entries' reader hands it over); websites[0].owner null = the subject owner.
    let form: serde_json::Value = serde_json::from_str(
        r#"{"kind":"unit","subject":{"owner":{"mobile":"13800138000","emergencyPhone":"138 0013 8000"}},"websites":[{"owner":null}]}"#,
    )
    .unwrap();
    let r = check_contacts_encoded(JsValue::from_str(&tape(&form)), None);
    assert_eq!(codes(&r), ["CONTACT_DUPLICATE"]);
    let finding = Array::from(&get(&r, "findings")).get(0);
    assert_eq!(get(&finding, "path").as_string().as_deref(), Some("subject.owner.emergencyPhone"));
    assert_eq!(get(&finding, "rule").as_string().as_deref(), Some("R-CON-2"));
    assert_eq!(
        codes(&check_contacts_encoded(JsValue::from_str("n1;"), None)),
        ["CONTACT_REQUIRED", "CONTACT_REQUIRED"]
    );
}

/// The tape js/form-reader.mjs writes (see `decode_form` in src/wasm.rs), for a JSON value.
fn tape(value: &serde_json::Value) -> String {
    use serde_json::Value as V;
    let text = |s: &str| format!("s{}:{s}", s.encode_utf16().count());
    match value {
        V::Null => "z".into(),
        V::Bool(b) => if *b { "t" } else { "f" }.into(),
        V::Number(n) => format!("n{n};"),
        V::String(s) => text(s),
        V::Array(items) => format!("a{}:{}", items.len(), items.iter().map(tape).collect::<String>()),
        V::Object(members) => {
            format!("o{}:{}", members.len(), members.iter().map(|(k, v)| text(k) + &tape(v)).collect::<String>())
        }
    }
}

fn validate_filing(form: &serde_json::Value, options: Option<Object>) -> JsValue {
    validate_filing_encoded(JsValue::from_str(&tape(form)), options)
}

#[wasm_bindgen_test]
fn whole_form_from_a_json_fixture_and_from_hostile_values() {
    let fixture: serde_json::Value = serde_json::from_str(include_str!("fixtures/change-unit-rename.json")).unwrap();
    let r = validate_filing(&fixture["form"], on_2026_11_22());
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    assert_eq!(codes(&r), ["MATERIAL_VERIFICATION_FORM", "MATERIAL_PROVINCE_DOCUMENT", "MATERIAL_RENAME_LETTER"]);
    let materials = Array::from(&get(&r, "materials"));
    assert_eq!(get(&materials.get(2), "rule").as_string().as_deref(), Some("R-MAT-6"));
    let only = validate_filing(&fixture["form"], options(&[("only", "subject.name".into())]));
    assert_eq!(codes(&only), ["MATERIAL_RENAME_LETTER"]);
    // Tapes that are not well formed, or not strings at all, read as a missing form.
    for hostile in ["", "o99999999999:", "a4294967295:", "s5:ab", "X;", "n1e999;", "o1:s4:kindL9;", "\u{200b}"] {
        let r = validate_filing_encoded(JsValue::from_str(hostile), None);
        assert_eq!(get(&r, "ok"), JsValue::FALSE, "{hostile}");
        assert!(codes(&r).contains(&"FORM_KIND".to_owned()), "{hostile}");
    }
    for hostile in [JsValue::UNDEFINED, JsValue::from_f64(f64::NAN), Object::new().into()] {
        assert!(codes(&validate_filing_encoded(hostile, None)).contains(&"FORM_KIND".to_owned()));
    }
    // Names are bundled in this test build: loading the same file again is a no-op.
    let names = js_sys::Uint8Array::from(&include_bytes!("../data/divisions/division-names.bin")[..]);
    assert_eq!(get(&load_division_names(names.into()), "loaded"), JsValue::TRUE);
}
