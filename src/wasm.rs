//! The JavaScript binding: converts JS values to the core's inputs and the
//! core's results to plain JS objects. No rule lives here.

use crate::division;
use crate::identity::{self, validate_id_number as check_id_number, IdOptions};
use crate::input::{Value, MAX_INPUT_CHARS};
use crate::subject::{self, SubjectNature};
use crate::unit::{validate_unit_code as check_unit_code, UnitOptions};
use crate::Date;
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
export type IdKind = "resident_id" | "resident_id_15" | "hk_macau_permit" | "taiwan_permit"
  | "hmt_residence_permit" | "passport" | "foreign_permanent_resident";
export interface IdOptions extends CommonOptions {
  /** Document kind, default "resident_id"; the Chinese label ("护照") works too. */
  kind?: IdKind | string;
}
/** A GB/T 2260 administrative division, current or retired. */
export interface Division {
  /** Six digits, e.g. "110105". */
  code: string;
  /** Latest name (for a retired code, the name it last had). */
  name: string;
  level: "province" | "city" | "county";
  /** "xx0000", null for a province. */
  provinceCode: string | null;
  /** The province's name. */
  province: string;
  /** "xxxx00" for a county, null otherwise. */
  cityCode: string | null;
  retired: boolean;
  /** First year in use, when known. */
  validFrom: number | null;
  /** Last year in use, for a retired code. */
  validTo: number | null;
}
export interface IdResult extends FieldResult {
  kind: IdKind;
  /** "YYYY-MM-DD", when the number holds a real birth date. */
  birthDate: string | null;
  sex: "male" | "female" | null;
  /** Completed years on `asOf`. */
  age: number | null;
  /** Birthplace of a resident ID (R-ID-1, R-ID-2). */
  division: Division | null;
  /** Permits: where the holder is from. */
  region: "hong_kong" | "macau" | "taiwan" | null;
  /** The 18-character form of a 15-digit ID (R-ID-2). */
  upgraded: string | null;
  /** The form of the document, e.g. "current", "old_10_digit", "cn_e_passport", "foreign", "old_15", "2023". */
  format: string | null;
}
export type SubjectNatureCode = "personal" | "enterprise" | "government" | "military" | "public_institution"
  | "social_group" | "private_non_enterprise" | "foundation" | "law_firm" | "foreign_cultural_center"
  | "mass_organization" | "judicial_expertise" | "religious" | "overseas" | "medical" | "notary"
  | "collective_economy" | "arbitration";
export type UnitKind = "uscc" | "org_code" | "reg_no_15" | "other";
export interface UnitOptions extends CommonOptions {
  /** Code kind, default "uscc"; taken from `certificateType` when that is given. */
  kind?: UnitKind;
  /** Subject nature (code or Chinese label), for R-ORG-3 and R-ORG-5. */
  nature?: SubjectNatureCode | string;
  /** Certificate type (code or console label) chosen in the form, for R-ORG-5. */
  certificateType?: string;
  /** Filing province ("44", "440000"), for R-ORG-4. */
  province?: string;
}
/** A GB 32100 code with its name. */
export interface CodeName { code: string; name: string }
export interface UnitResult extends FieldResult {
  kind: UnitKind;
  /** "XXXXXXXX-X". */
  orgCode: string | null;
  /** The registering office's division. */
  division: Division | null;
  /** Registered by a central authority (division part 100000). */
  national: boolean;
  /** Registration authority (character 1), e.g. { code: "9", name: "工商" }. */
  authority: CodeName | null;
  /** Organisation category (character 2), e.g. { code: "1", name: "企业" }. */
  category: CodeName | null;
}
/** A certificate type and how its number is checked. */
export interface CertificateType {
  code: string;
  /** The console's name (seed 000). */
  label: string;
  /** "uscc", "org_code", "other", or the identity document kind. */
  number: UnitKind | IdKind;
}
export interface SubjectNature {
  code: SubjectNatureCode;
  label: string;
  certificateTypes: CertificateType[];
}
/** Provenance of a bundled data table. */
export interface DataSource {
  table: string;
  source: string;
  date: string;
  licence: string;
  rows: number;
  crosscheck: string;
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

/// `lookupDivision(code)`: a GB/T 2260 division, current or retired, or
/// `null` for a code that never existed.
#[wasm_bindgen(js_name = lookupDivision, unchecked_return_type = "Division | null")]
pub fn lookup_division(#[wasm_bindgen(unchecked_param_type = "string")] code: JsValue) -> JsValue {
    code.as_string()
        .and_then(|c| division::lookup_division(&c))
        .map_or(JsValue::NULL, |d| to_js(&d))
}

/// `listDivisions(parentCode?)`: current provinces, or the current cities of
/// a province, or the current counties of a city — for region pickers.
#[wasm_bindgen(js_name = listDivisions, unchecked_return_type = "Division[]")]
pub fn list_divisions(
    #[wasm_bindgen(unchecked_optional_param_type = "string")] parent: JsValue,
) -> JsValue {
    let parent = read(&parent);
    let children = match parent {
        Value::Missing => division::list_divisions(None),
        Value::Text(code) => division::list_divisions(Some(&code)),
        Value::NotText(_) | Value::TooLong(_) => Vec::new(),
    };
    to_js(&children)
}

/// `dataVersion()`: source, date and licence of every bundled table.
#[wasm_bindgen(js_name = dataVersion, unchecked_return_type = "DataSource[]")]
pub fn data_version() -> JsValue {
    to_js(&crate::tables::data_version())
}

/// `detectIdKind(value)`: the identity document kind a number looks like, or
/// `null`.
#[wasm_bindgen(js_name = detectIdKind, unchecked_return_type = "IdKind | null")]
pub fn detect_id_kind(#[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue) -> JsValue {
    identity::detect_id_kind(read(&value).as_input())
        .map_or(JsValue::NULL, |k| JsValue::from_str(k.as_str()))
}

/// `ageOn(birthDate, asOf?)`: completed years on `asOf` (default today in
/// China Standard Time) for a `"YYYY-MM-DD"` birth date; `null` when a date
/// is malformed or the birth is after `asOf`.
#[wasm_bindgen(js_name = ageOn, unchecked_return_type = "number | null")]
pub fn age_on(
    #[wasm_bindgen(unchecked_param_type = "string")] birth_date: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string")] as_of: JsValue,
) -> JsValue {
    let date = |v: &JsValue| v.as_string().and_then(|s| Date::parse_iso(s.trim()));
    let as_of = if as_of.is_undefined() || as_of.is_null() {
        Some(Date::today())
    } else {
        date(&as_of)
    };
    match (date(&birth_date), as_of) {
        (Some(birth), Some(on)) => birth
            .age_on(on)
            .map_or(JsValue::NULL, |age| JsValue::from(age)),
        _ => JsValue::NULL,
    }
}

/// `validateUnitCode(value, options?)`: a unified social credit code,
/// organisation code, old registration number or other certificate number
/// (R-ORG-1 … R-ORG-6).
#[wasm_bindgen(js_name = validateUnitCode, unchecked_return_type = "UnitResult")]
pub fn validate_unit_code(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "UnitOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
    let opts = UnitOptions::from_host(|name| option(&options, name));
    to_js(&check_unit_code(read(&value).as_input(), &opts))
}

/// `listSubjectNatures()`: the 18 subject natures with their certificate types.
#[wasm_bindgen(js_name = listSubjectNatures, unchecked_return_type = "SubjectNature[]")]
pub fn list_subject_natures() -> JsValue {
    to_js(&subject::list_subject_natures())
}

/// `certificateTypesFor(nature)`: the certificate types a nature (code or
/// Chinese label) may file with; `[]` for an unknown nature.
#[wasm_bindgen(js_name = certificateTypesFor, unchecked_return_type = "CertificateType[]")]
pub fn certificate_types_for(
    #[wasm_bindgen(unchecked_param_type = "string")] nature: JsValue,
) -> JsValue {
    let types = nature
        .as_string()
        .and_then(|n| SubjectNature::parse(&n))
        .map_or(&[][..], subject::certificate_types_for);
    to_js(&types)
}
