//! The JavaScript binding: converts JS values to the core's inputs and the
//! core's results to records (src/record.rs) that the JS entries read into
//! plain objects (js/record-reader.js). No rule lives here.

use crate::check::{FieldCheck, CHECK_NAMES};
use crate::division;
use crate::form::{validate_filing as check_filing, FilingOptions, FormValue};
use crate::identity;
use crate::input::{Value, MAX_INPUT_CHARS};
use crate::options::CommonOptions;
use crate::phone;
use crate::record::{Bytes, Record};
use crate::subject::{self, SubjectNature};
use crate::Date;
use serde::Serialize;
use wasm_bindgen::prelude::*;

// JS operations that throw on a revoked proxy (IsArray, the Uint8Array
// constructor's reads): called so that an exception becomes an `Err`, never
// a throw out of an export.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_checked(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_name = Uint8Array)]
    type CheckedBytes;
    #[wasm_bindgen(catch, constructor, js_class = "Uint8Array")]
    fn new(source: &JsValue) -> Result<CheckedBytes, JsValue>;
}

/// `Array.isArray`, false where it would throw.
fn is_array(value: &JsValue) -> bool {
    is_array_checked(value).unwrap_or(false)
}

/// At most `cap` items of an array (holes and unreadable items are
/// `undefined`), read by index: a sparse array of length 2³² − 1 or a
/// throwing `length` getter costs nothing.
fn array_items(value: &JsValue, cap: u32) -> impl Iterator<Item = JsValue> + '_ {
    let length = array_length(value).min(f64::from(cap)) as u32;
    (0..length).map(move |i| js_sys::Reflect::get_u32(value, i).unwrap_or(JsValue::UNDEFINED))
}

/// An array's `length`, 0 where it is not a number ≥ 0 or its getter throws.
fn array_length(value: &JsValue) -> f64 {
    property(value, "length").as_f64().filter(|n| *n >= 0.0).unwrap_or(0.0)
}

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
  /** Written with its hyphen, e.g. "71526726-X". */
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
  /** The console's name (Tencent Cloud《各省管局要求》). */
  label: string;
  /** "uscc", "org_code", "other", or the identity document kind. */
  number: UnitKind | IdKind;
}
export interface SubjectNature {
  code: SubjectNatureCode;
  label: string;
  certificateTypes: CertificateType[];
}
export type PhoneKind = "mobile" | "landline" | "any";
export interface PhoneOptions extends CommonOptions {
  /** Which numbers the field takes, default "any"; "landline" makes a mobile an error (R-TEL-5). */
  kind?: PhoneKind;
  /** Division code (city or district) of the mailing address, for R-TEL-3. */
  cityCode?: string;
  /** Filing province ("44", "440000"), for R-TEL-4 (needs loadMobileLocations). */
  province?: string;
}
export interface PhoneLocation { provinceCode: string; province: string; cityCode: string; city: string }
export interface PhoneResult extends FieldResult {
  kind: "mobile" | "landline" | null;
  /** "0755". */
  areaCode: string | null;
  local: string | null;
  extension: string | null;
  /** The area code's city, or a mobile's home location. */
  location: PhoneLocation | null;
  /** Every division code the area code serves. */
  areaCities: string[];
  /** Mobiles: whether the home location table knew the prefix. */
  locationStatus: "found" | "unknown_prefix" | "not_loaded" | null;
}
export interface EmailResult extends FieldResult { local: string | null; domain: string | null }
/** The result of a check of several fields. */
export interface CheckResult { ok: boolean; findings: Finding[] }
/** The parts of a filing form that checkContacts reads (docs/API.md's form shape). */
export interface ContactsForm {
  kind: "personal" | "unit";
  subject: { owner: { mobile?: string; phone?: string; emergencyPhone?: string; email?: string } };
  websites?: { owner?: { mobile?: string; phone?: string; emergencyPhone?: string; email?: string } | null }[];
  accountPhone?: string;
}
/** A person of the form (owners, the legal representative). */
export interface Person {
  name?: string;
  /** IdKind or its Chinese label ("身份证"); default "resident_id". */
  idType?: IdKind | string;
  idNumber?: string;
  mobile?: string;
  /** Contact 2: a landline (required for units and Tianjin personal filings) or another mobile. */
  phone?: string;
  emergencyPhone?: string;
  email?: string;
  /** The document's end of validity: "20310101" (as WeChat's API takes it), "2031-01-01", or "长期" (R-ID-7). */
  idValidTo?: string;
}
/** One website of a filing. */
export interface FilingWebsite {
  name?: string;
  domains?: string[];
  homepageUrls?: string[];
  /** "综合门户" | "单位门户网站" | "其他" … */
  serviceContent?: string;
  /** Pre-approval types, or ["以上都不涉及"]. */
  preApprovals?: string[];
  remark?: string;
  /** The website owner; null = the subject owner. */
  owner?: Person | null;
  /** The domains' registrant as the registrar shows it (R-DOM-6); absent gives a warning. */
  registrant?: string;
  /** The domains' registrar is abroad (R-DOM-3, Beijing). */
  registrarAbroad?: boolean;
  /** The domains are registered with another registrar than the provider (R-MAT-2). */
  registeredElsewhere?: boolean;
}
/** One platform of an app: its identifier (package name, Bundle ID, bundleName, quick-app package or mini-program AppID) and, for a native app, its signing certificate. */
export interface FilingAppPlatform {
  /** android, ios, harmony (kind app); wechat, douyin, alipay (mini_program); quick_app. */
  platform?: AppPlatform | string;
  identifier?: string;
  /** Native apps: the certificate's fingerprint (Android MD5, iOS and HarmonyOS SHA-1; R-APP-7). */
  fingerprint?: string;
  /** Native apps: the certificate's public key (R-APP-8). */
  publicKey?: string;
}
/** An APP, mini-program or quick app of the filing (issue 18). One name on several platforms is one entry. */
export interface FilingApp {
  kind?: "app" | "mini_program" | "quick_app";
  name?: string;
  platforms?: FilingAppPlatform[];
  /** APP only: the domains it uses at run time (R-APP-11). */
  domains?: string[];
  /** Service content categories; a mini-program takes at most 5 (R-APP-9). */
  serviceContent?: string[] | string;
  language?: string;
  /** "以上都不涉及" when none applies (a mini-program must say so, R-APP-9); each other type asks for its document. */
  preApprovals?: string[];
  /** SDK vendors and types (not checked). */
  sdks?: { vendor?: string; type?: string }[];
  /** A mini-program's remark: 20–200 characters (R-APP-9). */
  remark?: string;
  /** The app's owner; null = the subject owner. */
  owner?: Person | null;
}
/** A filing form as docs/API.md describes it. Every field is optional here: what is missing becomes a finding. */
export interface FilingForm {
  kind?: "personal" | "unit";
  filingType?: "new" | "access" | "new_website" | "change";
  /** Division codes: province "440000", city "440300", district "440305". */
  region?: { province?: string; city?: string; district?: string };
  subject?: {
    /** Subject nature code or label (units). */
    nature?: string;
    name?: string;
    certificateType?: string;
    certificateNumber?: string;
    certificateAddress?: string;
    mailingAddress?: string;
    /** Units: R-PRE-1 looks for 广播电视节目制作. */
    businessScope?: string;
    legalRepresentative?: { name?: string; idType?: IdKind | string; idNumber?: string };
    remark?: string;
    owner?: Person;
  };
  websites?: FilingWebsite[];
  /** APPs, mini-programs and quick apps; a filing may hold websites, apps or both. */
  apps?: FilingApp[];
  /** The account's bound phone (R-CON-5, personal). */
  accountPhone?: string;
  /** Change filings: the subject as filed (R-CHG-1, R-CHG-2, R-MAT-6). */
  previous?: {
    kind?: "personal" | "unit";
    region?: { province?: string };
    subject?: { name?: string; certificateNumber?: string; owner?: { idNumber?: string } };
  };
}
export interface FilingOptions extends CommonOptions {
  /** Only the findings at or under this path ("websites[0]", "subject.owner.mobile"); only the checks that can touch it run. */
  only?: string;
  /** How many mini-programs the subject has filed already, for the quota (R-APP-10). */
  existingFilings?: number;
}
/** A material to prepare. */
export interface Material {
  /** The finding code that asks for it, e.g. "MATERIAL_CONSTRUCTION_PLAN". */
  code: string;
  rule: string;
  /** Why, in the requested locale. */
  reason: string;
}
export interface FilingResult {
  /** True when no finding is an error. */
  ok: boolean;
  /** Sorted by path, then rule. */
  findings: Finding[];
  materials: Material[];
}
/** The field checks validateBatch and isValid run by name. */
export type FieldCheckName = "idNumber" | "unitCode" | "phone" | "email" | "domain" | "homepageUrl" | "filingNumber" | "ipv4"
  | "appIdentifier" | "signingFingerprint" | "publicKey";
/** The platform entry of an APP, mini-program or quick-app filing; Chinese labels ("安卓", "鸿蒙", "微信小程序") work too. */
export type AppPlatform = "android" | "ios" | "harmony" | "quick_app" | "wechat" | "douyin" | "alipay";
export interface AppOptions extends CommonOptions {
  /** The platform the value belongs to, default "android". */
  platform?: AppPlatform | string;
}
export interface AppIdentifierResult extends FieldResult { platform: AppPlatform }
export interface FingerprintResult extends FieldResult {
  platform: AppPlatform;
  /** The algorithm the value's length belongs to. */
  algorithm: "md5" | "sha1" | "sha256" | null;
}
export interface PublicKeyResult extends FieldResult {
  platform: AppPlatform;
  encoding: "decimal" | "hex" | "base64" | null;
  /** The RSA key size the length matches (1024, 2048, 3072, 4096). */
  bits: number | null;
}
/** The result of validateBatch: `valid[i]` is 1 when value i has no error. */
export interface BatchResult {
  valid: Uint8Array;
  /** The findings of every value; `index` is the value's position. */
  findings: Array<Finding & { index: number }>;
}
/**
 * `validateBatch(check, values, options?)`: one field check over a column
 * (an import, a table column) in one call; options are read once. Works
 * through the column in parts of 4 096, so the wasm's memory stays a few MB
 * whatever its length. A value that is no array counts as a list of one; a
 * column of more than 1 000 000 values gets `BATCH_TOO_LONG` at once (use
 * batchValidator); an unknown check `CHECK_UNKNOWN`. Never throws.
 */
export function validateBatch(check: FieldCheckName, values: unknown[], options?: CommonOptions & Record<string, unknown>): BatchResult;
/** Checks one column in parts of any size, call after call (batchValidator). */
export interface BatchValidator {
  /** The part's verdicts (`valid[i]` for its value i) and findings, each `index` counted from the column's first value. */
  validate(values: unknown[]): BatchResult;
  /** How many values were checked so far. */
  readonly count: number;
}
/**
 * `batchValidator(check, options?)`: validateBatch for a column of any
 * length given part by part (10 million rows of a CSV file read line by
 * line): memory holds only the part and its findings. Options are read at
 * each part; their warnings come with the column's first value.
 */
export function batchValidator(check: FieldCheckName, options?: CommonOptions & Record<string, unknown>): BatchValidator;
/** Counts of what was loaded: `places` and `runs` (mobile locations) or `rows` (division names). */
export type LoadResult = { loaded: true; places?: number; runs?: number; rows?: number; rules?: number; codes?: number } | { loaded: false; error: string };
/** A public document a rule or a province requirement rests on. */
export interface SourceInfo { title: string; provider: string; url: string; date: string }
/** A finding code of a rule: its default severity and message template ({name} marks a parameter). */
export interface CodeInfo { code: string; severity: Severity; message: string }
/** A rule of the catalogue (docs/RULES.md). The catalogue is optional data, rule-texts.bin (the Node entry loads it). */
export interface RuleInfo {
  id: string; title: string; checks: string; severity: string;
  codes: CodeInfo[]; sources: SourceInfo[];
  /** Ids of its province requirements, e.g. "R-LOC-1@140000". */
  provinces: string[];
}
/** One thing a province asks (provinceRequirements). */
export interface RequirementInfo {
  /** "R-LOC-1@140000"; rows no check uses: "<rule or kind>@<province>#<n>". */
  id: string;
  rule: string;
  /** "xx0000", or "000000" for a national requirement. */
  province: string;
  /** "error" | "warning" | "material" | "none" (says what a source allows) | "national" (checked by a national rule) | "unchecked" | "process". */
  severity: "error" | "warning" | "material" | "none" | "national" | "unchecked" | "process";
  checkable: "field" | "material" | "process";
  /** True when the library checks it. */
  checked: boolean;
  text: string;
  /** Why it is an error or a warning (or why it is not checked). */
  firmness: string;
  sources: SourceInfo[];
  /** Sources that contradict it. */
  against: SourceInfo[];
}
/**
 * `validateFiling(form, options?)`: the whole form (docs/API.md shape) — field
 * checks at their paths, cross-field and province rules, change filings and
 * the materials checklist. `options.only` ("websites[0]") runs only what can
 * touch that path. Never throws: the JS entries read the form first
 * (js/form-reader.mjs) and hand it over as one string.
 */
export function validateFiling(form: FilingForm | unknown, options?: FilingOptions): FilingResult;
/**
 * `loadRuleTexts(bytes)`: loads the optional catalogue (`rule-texts.bin`)
 * that listRules and provinceRequirements return. Never throws. (Implemented
 * by the JS entries, js/catalogue.mjs: the wasm carries no catalogue.)
 */
export function loadRuleTexts(bytes: Uint8Array | ArrayBuffer): LoadResult;
/** `listRules(options?)`: every rule of the catalogue with its codes, sources and province requirements; `[]` before loadRuleTexts. */
export function listRules(options?: CommonOptions): RuleInfo[];
/**
 * `provinceRequirements(code, options?)`: what a province asks (`"44"`,
 * `"440000"`; `"000000"` for the national rules): the requirements in
 * force, then the rows no check uses; `[]` for an unknown code or before loadRuleTexts.
 */
export function provinceRequirements(code: string, options?: CommonOptions): RequirementInfo[];
/**
 * `dataVersion()`: source, date, licence and size of every bundled table.
 * (Implemented by the JS entries from data-version.js, which
 * `examples/data_version.rs` writes from the native crate's tables.)
 */
export function dataVersion(): DataSource[];
/**
 * `checkContacts(form, options?)`: R-CON-1 … R-CON-5 over the owners of a
 * filing form (docs/API.md shape); findings carry their field paths. Never
 * throws: the JS entries read the form first (js/form-reader.mjs).
 */
export function checkContacts(form: ContactsForm | unknown, options?: CommonOptions): CheckResult;
export interface FilingNumberResult extends FieldResult {
  /** "app" (-2A), "mini_program" (-3X), "quick_app" (-4K): the numbers of the APP filings since 2023. */
  kind: "subject" | "website" | "licence" | "police" | "app" | "mini_program" | "quick_app" | null;
  /** The province's code, "xx0000". */
  province: string | null;
  /** The subject number of a website or app number. */
  subjectNumber: string | null;
}
export interface Ipv4Result extends FieldResult {
  /** True for a public (globally routable) address. */
  public: boolean;
  /** The special-purpose range it lies in, e.g. "10.0.0.0/8". */
  range: string | null;
}
export interface DomainOptions extends CommonOptions {
  /** Filing province ("11", "110000"), for R-DOM-3. */
  province?: string;
  /** Suffixes you accept whatever the bundled table says (R-DOM-1). */
  allowSuffixes?: string[];
  /** Suffixes you do not accept, whatever else says (R-DOM-1; wins over allowSuffixes). */
  denySuffixes?: string[];
  /** The filing subject's nature (code or Chinese label), for suffixes reserved to some natures (R-DOM-7). */
  nature?: string;
  /** Whether the registrar is abroad (R-DOM-3, Beijing); omit when unknown. */
  registrarAbroad?: boolean;
  /** The domain's registrant and the filing subject's name (R-DOM-6). */
  registrant?: string;
  subjectName?: string;
}
export interface DomainResult extends FieldResult {
  /** ASCII (punycode) form. */
  ascii: string | null;
  /** Unicode form. */
  unicode: string | null;
  /** Public suffix, e.g. "com.cn". */
  suffix: string | null;
  /** Registrable domain, e.g. "example.com.cn". */
  registrable: string | null;
  isSubdomain: boolean;
  /**
   * The suffix's standing for filing (R-DOM-1): "eligible" (approved), "not_eligible"
   * (not approved, or in denySuffixes), "disputed" (approved, but a source dissents),
   * "unclear" (no usable evidence, or the sources disagree), "unverified" (a real TLD
   * the bundled list does not cover); null when the domain could not be read.
   */
  eligibility: "eligible" | "not_eligible" | "disputed" | "unclear" | "unverified" | null;
}
export interface UrlOptions extends CommonOptions {
  /** The website's domains (R-URL-1). */
  domains?: string[];
  /** The old console's www. rule (R-URL-2): "warning" (default) or "off". */
  wwwRule?: "warning" | "off";
}
export interface UrlResult extends FieldResult {
  host: string | null;
  registrable: string | null;
}
/** Provenance of a bundled data table. */
export interface DataSource {
  table: string;
  source: string;
  date: string;
  licence: string;
  rows: number;
  crosscheck: string;
  /** Rows per status, for tables whose rows have one ("suffixes": approved, not_approved, unclear). */
  counts?: Record<string, number>;
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
    } else if let Some(number) = value.as_f64() {
        Value::Number(number)
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
    } else if is_array(value) {
        "array"
    } else {
        "object"
    }
}

/// Reads the option `name` of an options object; anything that is not an
/// object has no options.
fn option(options: &JsValue, name: &'static str) -> Value {
    read(&property(options, name))
}

/// The property `name` of `object`; `undefined` when `object` is not an
/// object or the property cannot be read.
fn property(object: &JsValue, name: &'static str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(object, &js_name(name)).unwrap_or(JsValue::UNDEFINED)
}

thread_local! {
    /// The JS strings of the property names read so far (a few dozen).
    static JS_NAMES: std::cell::RefCell<Vec<(&'static str, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The JS string of a property name, made once: making one decodes UTF-8
/// in JS, which cost more than reading the property.
fn js_name(name: &'static str) -> JsValue {
    JS_NAMES.with_borrow_mut(|names| {
        if let Some((_, js)) = names.iter().find(|(known, _)| std::ptr::eq(*known, name)) {
            return js.clone();
        }
        let js = JsValue::from_str(name);
        names.push((name, js.clone()));
        js
    })
}

/// A getter for the properties of an options argument; `undefined` and
/// values that are not objects have none.
fn options_of(options: Option<js_sys::Object>) -> impl Fn(&'static str) -> Value {
    // Without options (the common call) no option is read across the boundary.
    let options = options.map(JsValue::from);
    move |name| options.as_ref().map_or(Value::Missing, |o| option(o, name))
}

thread_local! {
    /// The buffers of result records, reused from call to call.
    static RECORD: std::cell::RefCell<Record> = std::cell::RefCell::new(Record::default());
}

/// A result as a record (src/record.rs): a `Uint16Array` view on wasm
/// memory that the JS entries read into the result object at once
/// (js/record-reader.js). The `unchecked_return_type`s of the exports that
/// return one name the type the entries return.
fn to_record<T: Serialize + ?Sized>(result: &T) -> JsValue {
    RECORD.with_borrow_mut(|record| {
        let units = record.write(result);
        // SAFETY: the view is read by the caller before wasm memory can
        // grow (js/record-reader.js reads it without calling into wasm).
        unsafe { js_sys::Uint16Array::view(units) }.into()
    })
}

/// Checks an identity document number (R-ID-1). Never throws: bad input of
/// any type gives findings.
#[wasm_bindgen(js_name = validateIdNumber, unchecked_return_type = "IdResult")]
pub fn validate_id_number(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "IdOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("idNumber", &value, options)
}

/// `lookupDivision(code)`: a GB/T 2260 division, current or retired, or
/// `null` for a code that never existed.
#[wasm_bindgen(js_name = lookupDivision, unchecked_return_type = "Division | null")]
pub fn lookup_division(#[wasm_bindgen(unchecked_param_type = "string")] code: JsValue) -> JsValue {
    to_record(&code.as_string().and_then(|c| division::lookup_division(&c)))
}

/// `listDivisions(parentCode?)`: current provinces, or the current cities of
/// a province, or the current counties of a city — for region pickers.
#[wasm_bindgen(js_name = listDivisions, unchecked_return_type = "Division[]")]
pub fn list_divisions(#[wasm_bindgen(unchecked_optional_param_type = "string")] parent: JsValue) -> JsValue {
    let parent = read(&parent);
    let children = match parent {
        Value::Missing => division::list_divisions(None),
        Value::Text(code) => division::list_divisions(Some(&code)),
        Value::Number(_) | Value::NotText(_) | Value::TooLong(_) => Vec::new(),
    };
    to_record(&children)
}

/// `detectIdKind(value)`: the identity document kind a number looks like, or
/// `null`.
#[wasm_bindgen(js_name = detectIdKind, unchecked_return_type = "IdKind | null")]
pub fn detect_id_kind(#[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue) -> JsValue {
    identity::detect_id_kind(read(&value).as_input()).map_or(JsValue::NULL, |k| JsValue::from_str(k.as_str()))
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
    let as_of = if as_of.is_undefined() || as_of.is_null() { Some(Date::today()) } else { date(&as_of) };
    match (date(&birth_date), as_of) {
        (Some(birth), Some(on)) => birth.age_on(on).map_or(JsValue::NULL, JsValue::from),
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
    validate_named("unitCode", &value, options)
}

/// `listSubjectNatures()`: the 18 subject natures with their certificate types.
#[wasm_bindgen(js_name = listSubjectNatures, unchecked_return_type = "SubjectNature[]")]
pub fn list_subject_natures() -> JsValue {
    to_record(&subject::list_subject_natures())
}

/// `certificateTypesFor(nature)`: the certificate types a nature (code or
/// Chinese label) may file with; `[]` for an unknown nature.
#[wasm_bindgen(js_name = certificateTypesFor, unchecked_return_type = "CertificateType[]")]
pub fn certificate_types_for(#[wasm_bindgen(unchecked_param_type = "string")] nature: JsValue) -> JsValue {
    let types =
        nature.as_string().and_then(|n| SubjectNature::parse(&n)).map_or(&[][..], subject::certificate_types_for);
    to_record(&types)
}

/// `validatePhone(value, options?)`: a mainland mobile or landline
/// (R-TEL-1 … R-TEL-5).
#[wasm_bindgen(js_name = validatePhone, unchecked_return_type = "PhoneResult")]
pub fn validate_phone(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "PhoneOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("phone", &value, options)
}

/// `normalizePhone(value)`: `13800138000` or `0755-12345678(-ext)`, or null.
#[wasm_bindgen(js_name = normalizePhone, unchecked_return_type = "string | null")]
pub fn normalize_phone(#[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue) -> JsValue {
    phone::normalize_phone(read(&value).as_input()).map_or(JsValue::NULL, |n| JsValue::from_str(&n))
}

/// `areaCodeFor(divisionCode)`: the area codes serving a city or district.
#[wasm_bindgen(js_name = areaCodeFor, unchecked_return_type = "string[]")]
pub fn area_code_for(#[wasm_bindgen(unchecked_param_type = "string")] code: JsValue) -> JsValue {
    let codes = code.as_string().and_then(|c| division::parse_division(&c)).map_or_else(Vec::new, phone::area_code_for);
    to_record(&codes)
}

/// `citiesForAreaCode(code)`: the divisions an area code serves.
#[wasm_bindgen(js_name = citiesForAreaCode, unchecked_return_type = "Division[]")]
pub fn cities_for_area_code(#[wasm_bindgen(unchecked_param_type = "string")] code: JsValue) -> JsValue {
    to_record(&code.as_string().map_or_else(Vec::new, |c| phone::cities_for_area_code(&c)))
}

/// `loadMobileLocations(bytes)`: loads the optional home-location table
/// (`mobile-location.bin`) for R-TEL-4. Never throws.
#[wasm_bindgen(js_name = loadMobileLocations, unchecked_return_type = "LoadResult")]
pub fn load_mobile_locations(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
) -> JsValue {
    load_result(
        bytes_of(&bytes)
            .and_then(phone::load_mobile_locations)
            .map(|info| [("places", info.places), ("runs", info.runs)]),
    )
}

/// `loadDivisionNames(bytes)`: loads the optional division names
/// (`division-names.bin`) that `lookupDivision`, `listDivisions` and
/// messages show; without them names are empty and messages show codes.
/// Never throws.
#[wasm_bindgen(js_name = loadDivisionNames, unchecked_return_type = "LoadResult")]
pub fn load_division_names(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
) -> JsValue {
    load_result(bytes_of(&bytes).and_then(division::load_division_names).map(|rows| [("rows", rows)]))
}

fn bytes_of(bytes: &JsValue) -> Result<Vec<u8>, &'static str> {
    const EXPECTED: &str = "expected a Uint8Array or ArrayBuffer";
    if !(bytes.is_instance_of::<js_sys::Uint8Array>() || bytes.is_instance_of::<js_sys::ArrayBuffer>()) {
        return Err(EXPECTED);
    }
    // A proxy of a Uint8Array passes `instanceof`; its traps may throw.
    CheckedBytes::new(bytes).map(|b| b.unchecked_into::<js_sys::Uint8Array>().to_vec()).map_err(|_| EXPECTED)
}

/// `{loaded: true, ...counts}` or `{loaded: false, error}`.
fn load_result<const N: usize>(loaded: Result<[(&str, usize); N], &'static str>) -> JsValue {
    let result = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&result, &JsValue::from_str(key), &value).is_ok();
    match loaded {
        Ok(counts) => {
            set("loaded", JsValue::TRUE);
            for (key, count) in counts {
                set(key, JsValue::from(count as u32));
            }
        }
        Err(error) => {
            set("loaded", JsValue::FALSE);
            set("error", JsValue::from_str(error));
        }
    }
    result.into()
}

/// `loadMessages(table)`: loads the finding messages (`messages.js`); the
/// package's entries do this when they start. Never throws.
#[wasm_bindgen(js_name = loadMessages, unchecked_return_type = "LoadResult")]
pub fn load_messages(#[wasm_bindgen(unchecked_param_type = "string")] table: JsValue) -> JsValue {
    let text = table.as_string().ok_or("expected the message table as a string");
    load_result(text.and_then(crate::messages::load_messages).map(|codes| [("codes", codes)]))
}

/// `validateEmail(value, options?)`: R-CON-5.
#[wasm_bindgen(js_name = validateEmail, unchecked_return_type = "EmailResult")]
pub fn validate_email(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("email", &value, options)
}

/// `checkContacts` after `js/form-reader.mjs` has read the form (the JS
/// entries export `checkContacts(form, options?)`): R-CON-1 … R-CON-5 over
/// the owners of a filing form; findings carry their field paths.
#[wasm_bindgen(js_name = checkContactsEncoded, skip_typescript)]
pub fn check_contacts_encoded(
    form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    let opts = CommonOptions::from_host(&options_of(options));
    let form = form.as_string().map_or(FormValue::Missing, |tape| FormValue::from_tape(&tape));
    to_record(&crate::form::check_form_contacts(&form, &opts))
}

/// `validateFilingNumber(value, options?)`: ICP and public-security filing
/// numbers (R-NUM-1, R-NUM-2).
#[wasm_bindgen(js_name = validateFilingNumber, unchecked_return_type = "FilingNumberResult")]
pub fn validate_filing_number(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("filingNumber", &value, options)
}

/// `validateIpv4(value, options?)`: a public server address (R-IP-1).
#[wasm_bindgen(js_name = validateIpv4, unchecked_return_type = "Ipv4Result")]
pub fn validate_ipv4(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("ipv4", &value, options)
}

/// The strings of the array option `name` (other values are skipped).
fn string_array(options: &Option<js_sys::Object>, name: &'static str) -> Vec<String> {
    let value = options.as_ref().map_or(JsValue::UNDEFINED, |o| property(o, name));
    if is_array(&value) {
        array_items(&value, FORM_ITEMS).filter_map(|d| d.as_string()).collect()
    } else {
        Vec::new()
    }
}

/// The boolean option `name`, if it is a boolean.
fn bool_option(options: &Option<js_sys::Object>, name: &'static str) -> Option<bool> {
    options.as_ref().and_then(|o| property(o, name).as_bool())
}

/// `validateDomain(value, options?)`: R-DOM-1 … R-DOM-3, R-DOM-6.
#[wasm_bindgen(js_name = validateDomain, unchecked_return_type = "DomainResult")]
pub fn validate_domain(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DomainOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("domain", &value, options)
}

/// `validateHomepageUrl(value, options?)`: R-URL-1 … R-URL-3.
#[wasm_bindgen(js_name = validateHomepageUrl, unchecked_return_type = "UrlResult")]
pub fn validate_homepage_url(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "UrlOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("homepageUrl", &value, options)
}

/// `validateAppIdentifier(value, options?)`: an app's package name, Bundle
/// ID, bundleName, quick-app package or mini-program AppID, by
/// `options.platform` (R-APP-2 … R-APP-6).
#[wasm_bindgen(js_name = validateAppIdentifier, unchecked_return_type = "AppIdentifierResult")]
pub fn validate_app_identifier(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AppOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("appIdentifier", &value, options)
}

/// `validateSigningFingerprint(value, options?)`: the signing certificate's
/// fingerprint, MD5 for Android, SHA-1 for iOS and HarmonyOS (R-APP-7).
#[wasm_bindgen(js_name = validateSigningFingerprint, unchecked_return_type = "FingerprintResult")]
pub fn validate_signing_fingerprint(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AppOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("signingFingerprint", &value, options)
}

/// `validatePublicKey(value, options?)`: the signing certificate's public
/// key in a form the tools print (R-APP-8).
#[wasm_bindgen(js_name = validatePublicKey, unchecked_return_type = "PublicKeyResult")]
pub fn validate_public_key(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AppOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    validate_named("publicKey", &value, options)
}

/// Items read of one array of the hosts' values (`websites` of
/// `checkContacts`, list options); a filing holds at most 100 websites.
const FORM_ITEMS: u32 = 1000;

/// `validateFiling` after `js/form-reader.mjs` has read the form (the JS
/// entries export `validateFiling(form, options?)`): the whole form (docs/API.md
/// shape) — field checks at their paths, cross-field and province rules,
/// change filings and the materials checklist. `options.only`
/// (`"websites[0]"`) runs only what can touch that path. Never throws.
#[wasm_bindgen(js_name = validateFilingEncoded, skip_typescript)]
pub fn validate_filing_encoded(
    form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FilingOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    let opts = FilingOptions::from_host(&options_of(options));
    let form = form.as_string().map_or(FormValue::Missing, |tape| FormValue::from_tape(&tape));
    to_record(&check_filing(&form, &opts))
}

/// A field check's options as they cross: a JS object, read property by
/// property, or for the common call the options flattened by
/// js/record-reader.js when every value is a string (`name\0value\0…`; an
/// object with an array, a number or a boolean comes as an object).
enum CheckOptions<'a> {
    Object(Option<js_sys::Object>),
    Flat(&'a str),
}

impl CheckOptions<'_> {
    fn get(&self, name: &'static str) -> Value {
        match self {
            CheckOptions::Object(options) => options.as_ref().map_or(Value::Missing, |o| option(o, name)),
            CheckOptions::Flat(flat) => {
                let mut parts = flat.split('\0');
                while let (Some(key), Some(value)) = (parts.next(), parts.next()) {
                    if key == name {
                        return Value::Text(value.to_owned());
                    }
                }
                Value::Missing
            }
        }
    }

    fn list(&self, name: &'static str) -> Vec<String> {
        match self {
            CheckOptions::Object(options) => string_array(options, name),
            CheckOptions::Flat(_) => Vec::new(),
        }
    }

    fn flag(&self, name: &'static str) -> Option<bool> {
        match self {
            CheckOptions::Object(options) => bool_option(options, name),
            CheckOptions::Flat(_) => None,
        }
    }
}

/// The field check `check` names, with its options read once.
fn field_check(check: &JsValue, options: Option<js_sys::Object>) -> Option<FieldCheck> {
    field_check_named(&check.as_string()?, &CheckOptions::Object(options))
}

/// The field check `name` (one of [`crate::check::CHECK_NAMES`]) with its options.
fn field_check_named(name: &str, options: &CheckOptions<'_>) -> Option<FieldCheck> {
    FieldCheck::new(name, |key| options.get(key), |key| options.list(key), |key| options.flag(key))
}

/// The body of every `validateX` field export: the same check, option
/// parsing and result as `validateBatch`, `isValid` and the native server.
fn validate_named(name: &str, value: &JsValue, options: Option<js_sys::Object>) -> JsValue {
    field_check_named(name, &CheckOptions::Object(options))
        .map_or(JsValue::NULL, |check| to_record(&check.validate(read(value).as_input())))
}

/// One finding of a batch, with the index of its value.
#[derive(Serialize)]
struct BatchFinding {
    index: usize,
    #[serde(flatten)]
    finding: crate::Finding,
}

/// The result of `validateBatch`.
#[derive(Serialize)]
struct BatchResult<'a> {
    valid: Bytes<'a>,
    findings: Vec<BatchFinding>,
}

/// The values `validateBatch` takes in one call: a longer column gets
/// `BATCH_TOO_LONG` at once (a sparse array of length 2³² − 1 costs nothing).
const BATCH_MAX: u32 = 1_000_000;

/// One part of `validateBatch(check, values, options?)` (js/batch.mjs cuts a
/// column into parts, so that the wasm's memory stays small whatever the
/// column's length): the field check `check` over `values` (a value that is
/// no array counts as a list of one), the first of them the column's value
/// `first`. `valid[i]` is 1 when value `i` has no error; each finding carries
/// the index `first + i`. Options are read once per part; their warnings come
/// with the column's first value only. Never throws; an unknown check name
/// gives `CHECK_UNKNOWN` and no verdicts, more than [`BATCH_MAX`] values
/// `BATCH_TOO_LONG` and no verdicts, at once.
#[wasm_bindgen(js_name = validateBatchPart, skip_typescript)]
pub fn validate_batch_part(check: JsValue, values: JsValue, options: Option<js_sys::Object>, first: u32) -> JsValue {
    let check_named = field_check(&check, options.clone());
    let too_long = is_array(&values) && array_length(&values) > f64::from(BATCH_MAX);
    let Some(first_check) = check_named.filter(|_| !too_long) else {
        let mut findings = CommonOptions::from_host(&options_of(options)).findings("");
        let (code, param) = if too_long {
            (crate::Code::BatchTooLong, ("max", crate::Param::from(BATCH_MAX as usize)))
        } else {
            (crate::Code::CheckUnknown, ("check", crate::Param::from(check.as_string().unwrap_or_default())))
        };
        findings.push(crate::rules::OPTIONS, code, vec![param]);
        let findings = findings.finish_check().findings;
        let findings = findings.into_iter().map(|finding| BatchFinding { index: first as usize, finding }).collect();
        return to_record(&BatchResult { valid: Bytes(&[]), findings });
    };
    // Warnings about the options come with the column's first value only.
    let other_checks = first_check.quiet();
    let items: Vec<JsValue> =
        if is_array(&values) { array_items(&values, BATCH_MAX).collect() } else { vec![values.clone()] };
    let mut valid = vec![0u8; items.len()];
    let mut findings = Vec::new();
    for (i, value) in items.iter().enumerate() {
        let index = first as usize + i;
        let check = if index == 0 { &first_check } else { &other_checks };
        let outcome = check.validate(read(value).as_input());
        valid[i] = u8::from(outcome.ok());
        findings.extend(outcome.into_findings().into_iter().map(|finding| BatchFinding { index, finding }));
    }
    to_record(&BatchResult { valid: Bytes(&valid), findings })
}

/// The floor of every call, for `npm run bench`: a string crosses into the
/// wasm as the checks read it and a boolean comes back; nothing is checked.
#[wasm_bindgen(js_name = benchFloor, skip_typescript)]
pub fn bench_floor(value: JsValue) -> bool {
    matches!(read(&value), Value::Text(_))
}

/// `isValid(check, value, options?)`: true when `value` passes the field
/// check `check` without an error — the check without its result object, for
/// hot paths (filtering, enabling a submit button). Unknown check: false.
#[wasm_bindgen(js_name = isValid)]
pub fn is_valid(
    #[wasm_bindgen(unchecked_param_type = "FieldCheckName")] check: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CommonOptions & Record<string, unknown>")] options: Option<
        js_sys::Object,
    >,
) -> bool {
    field_check(&check, options).is_some_and(|c| c.verdict_only().validate(read(&value).as_input()).ok())
}

/// The common call of the JS entries' field checks, `validateX(text)` with
/// no options, as js/record-reader.js takes it: the value is a string short
/// enough for any field, so it crosses as one `&str` (no type tests, no
/// length query, no property reads), the check comes as its index in
/// [`CHECK_NAMES`] (js/record-reader.js numbers its field exports in the
/// same order; tests/js/plain-call.test.mjs compares each with the general
/// export) and the options, when every one is a
/// string, flattened into one string ([`CheckOptions::Flat`]). The result is
/// the general export's.
#[wasm_bindgen(js_name = validateText, skip_typescript)]
pub fn validate_text(check: usize, value: &str, options: &str) -> JsValue {
    check_with(check, options).map_or(JsValue::NULL, |c| to_record(&c.validate(value.into())))
}

/// `isValid(check, text, options?)`, crossing as [`validate_text`] does.
#[wasm_bindgen(js_name = isValidText, skip_typescript)]
pub fn is_valid_text(check: usize, value: &str, options: &str) -> bool {
    check_with(check, options).is_some_and(|c| c.verdict_only().validate(value.into()).ok())
}

fn check_with(index: usize, options: &str) -> Option<FieldCheck> {
    field_check_named(CHECK_NAMES.get(index)?, &CheckOptions::Flat(options))
}
