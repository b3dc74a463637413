//! The JavaScript binding: converts JS values to the core's inputs and the
//! core's results to plain JS objects. No rule lives here.

use crate::identity::{validate_id_number as check_id_number, IdOptions};
use crate::input::{Value, MAX_INPUT_CHARS};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** How bad a finding is: `error` rejects the filing, `warning` is advice, `material` adds a document to prepare. */
export type Severity = "error" | "warning" | "material";
/** One thing a check found. */
export interface Finding {
  /** Catalogue rule id, e.g. "R-ID-1". */
  rule: string;
  /** Stable machine-readable code, e.g. "ID_CHECKSUM". */
  code: string;
  severity: Severity;
  /** Field path in the form ("subject.owner.idNumber"); "" for single-field calls. */
  path: string;
  /** Message in the requested locale. */
  message: string;
  /** Values the message was built from. */
  params: Record<string, string | number>;
}
/** Options every check takes. */
export interface CommonOptions {
  /** Message language, default "zh-CN". */
  locale?: "zh-CN" | "en" | string;
  /** The day ages and dates are judged on, "YYYY-MM-DD"; default today in China Standard Time. */
  asOf?: string;
}
/** The result of a single-field check. */
export interface FieldResult {
  /** True when no finding has severity "error". */
  ok: boolean;
  /** The value as it should be submitted, or null when nothing usable was entered. */
  normalized: string | null;
  findings: Finding[];
}
export type IdKind = "resident_id";
export interface IdOptions extends CommonOptions {
  /** Document kind, default "resident_id". */
  kind?: IdKind;
}
export interface IdResult extends FieldResult {
  kind: IdKind;
  /** "YYYY-MM-DD", when the number holds a real birth date. */
  birthDate: string | null;
  sex: "male" | "female" | null;
  /** Completed years on `asOf`. */
  age: number | null;
}
"#;

/// Reads a JS value as a core input value. A string that cannot fit any
/// field (more UTF-16 units than twice the character limit) is not copied
/// into wasm memory at all.
fn read(value: &JsValue) -> Value {
    if let Some(js_string) = value.dyn_ref::<js_sys::JsString>() {
        let units = js_string.length() as usize;
        if units > 2 * MAX_INPUT_CHARS {
            return Value::TooLong(units);
        }
        Value::Text(String::from(js_string))
    } else if value.is_undefined() || value.is_null() {
        Value::Missing
    } else {
        Value::NotText(type_name(value))
    }
}

fn type_name(value: &JsValue) -> &'static str {
    if value.is_bigint() {
        "bigint"
    } else if value.as_f64().is_some() {
        "number"
    } else if value.as_bool().is_some() {
        "boolean"
    } else if value.is_symbol() {
        "symbol"
    } else if value.is_function() {
        "function"
    } else if js_sys::Array::is_array(value) {
        "array"
    } else {
        "object"
    }
}

/// Reads the option `name` of an options object; anything that is not an
/// object has no options.
fn option(options: &JsValue, name: &str) -> Value {
    if !options.is_object() {
        return Value::Missing;
    }
    js_sys::Reflect::get(options, &JsValue::from_str(name)).map_or(Value::Missing, |v| read(&v))
}

fn to_js<T: Serialize>(result: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    result.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// Checks an identity document number (R-ID-1). Never throws: bad input of
/// any type gives findings.
#[wasm_bindgen(js_name = validateIdNumber, unchecked_return_type = "IdResult")]
pub fn validate_id_number(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "IdOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
    let opts = IdOptions::from_host(|name| option(&options, name));
    to_js(&check_id_number(read(&value).as_input(), &opts))
}
