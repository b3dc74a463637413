//! Phone numbers (`validatePhone`, `normalizePhone`): mainland mobiles in
//! allocated blocks (R-TEL-1), landlines with real area codes (R-TEL-2) that
//! match the mailing city (R-TEL-3), mobile home locations (R-TEL-4, with the
//! optional location table) and fields that need a landline (R-TEL-5).
//!
//! ```
//! use beian_check::phone::{normalize_phone, validate_phone, PhoneKind, PhoneOptions};
//!
//! assert_eq!(normalize_phone("+86 138-0013-8000").as_deref(), Some("13800138000"));
//! assert_eq!(normalize_phone("086-0755-12345678").as_deref(), Some("0755-12345678"));
//!
//! // R-TEL-3: a Beijing number for an address in Guangzhou (440100) is an error …
//! let opts = PhoneOptions { kind: PhoneKind::Landline, city_code: Some(440100), ..PhoneOptions::default() };
//! let r = validate_phone("010-62671188", &opts);
//! assert_eq!(r.findings[0].code.as_str(), "PHONE_AREA_CODE_MISMATCH");
//! assert_eq!(r.findings[0].message, "区号 010 属于北京市，与通信地址所在的广东省广州市（020）不符。");
//! // … and so is a Shenzhen number (another city of the same province).
//! let r = validate_phone("0755-86013388", &opts);
//! assert!(!r.ok);
//! assert_eq!(r.findings[0].code.as_str(), "PHONE_AREA_CODE_OTHER_CITY");
//! assert!(r.findings[0].message.starts_with("区号 0755 属于广东省深圳市，不是通信地址所在的广东省广州市的区号（020）"));
//!
//! // R-TEL-2: a withdrawn code names the code now in use and the year.
//! let r = validate_phone("0378-2345678", &PhoneOptions::default());
//! assert_eq!(r.findings[0].code.as_str(), "PHONE_AREA_CODE_RETIRED");
//! assert!(r.findings[0].message.starts_with("区号 0378 已于 2013 年停用，现用区号为 0371"));
//! ```

mod location;
mod parse;

#[cfg(feature = "mobile-location")]
pub use location::load_bundled_mobile_locations;
pub use location::{load_mobile_locations, locations_loaded, mobile_home, LoadedLocations, NotLoaded};
pub use parse::{parse, Parsed};

use crate::division::{division, label_of, parse_division, parse_province, Division};
use crate::finding::{FieldResult, Findings, Param};
use crate::input::{clean, Input, Value};
use crate::messages::{Code, Locale};
use crate::options::{pick, CommonOptions};
use crate::provinces::Check;
use crate::rules;
use crate::tables::phones as table;
use parse::{length_allowed, local_lengths, ParseError};
use serde::Serialize;

/// Which numbers a field takes (`kind` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    /// A mobile number only.
    Mobile,
    /// A landline only (R-TEL-5).
    Landline,
    /// Either (default).
    #[default]
    Any,
}

impl PhoneKind {
    /// Parses the API name.
    pub fn parse(name: &str) -> Option<PhoneKind> {
        match name {
            "mobile" => Some(PhoneKind::Mobile),
            "landline" => Some(PhoneKind::Landline),
            "any" => Some(PhoneKind::Any),
            _ => None,
        }
    }
}

/// Options of [`validate_phone`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneOptions {
    /// Which numbers the field takes.
    pub kind: PhoneKind,
    /// The division (city or district) of the mailing address, for R-TEL-3.
    pub city_code: Option<u32>,
    /// The filing province (`xx0000`), for R-TEL-4.
    pub province: Option<u32>,
    /// Language, `asOf` and rejected option values.
    pub common: CommonOptions,
}

impl PhoneOptions {
    /// Options with messages in `locale`.
    pub fn new(locale: Locale, kind: PhoneKind) -> PhoneOptions {
        PhoneOptions { kind, common: CommonOptions { locale, ..CommonOptions::default() }, ..PhoneOptions::default() }
    }

    /// Reads `kind`, `cityCode`, `province`, `locale` and `asOf` through `get`.
    pub fn from_host(get: impl Fn(&'static str) -> Value) -> PhoneOptions {
        let mut common = CommonOptions::from_host(&get);
        let rejected = &mut common.rejected;
        let kind = pick("kind", get("kind").as_input(), PhoneKind::parse, || "any".into(), rejected);
        let city_code = pick("cityCode", get("cityCode").as_input(), parse_division, || "(none)".into(), rejected);
        let province = pick("province", get("province").as_input(), parse_province, || "(none)".into(), rejected);
        PhoneOptions { kind: kind.unwrap_or_default(), city_code, province, common }
    }
}

/// Where a number belongs: the city of an area code, or a mobile's home.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// `xx0000`.
    pub province_code: String,
    /// The province's name.
    pub province: &'static str,
    /// The city's (or province's, for a code serving all of it) division code.
    pub city_code: String,
    /// Its name.
    pub city: &'static str,
}

impl Location {
    fn of(code: u32) -> Option<Location> {
        let place = division(code)?;
        Some(Location {
            province_code: crate::division::six_digits(code / 10_000 * 10_000),
            province: place.province_name,
            city_code: crate::division::six_digits(code),
            city: place.name,
        })
    }
}

/// What a phone number decodes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneDetails {
    /// `"mobile"` or `"landline"`, when the number is one.
    pub kind: Option<&'static str>,
    /// The area code with its 0 (`"0755"`).
    pub area_code: Option<String>,
    /// The local number (landline) or the 11 digits (mobile).
    pub local: Option<String>,
    /// The extension.
    pub extension: Option<String>,
    /// The area code's (first) city, or the mobile's home location.
    pub location: Option<Location>,
    /// Every division code the area code serves (`"024"` serves four cities).
    pub area_cities: Vec<String>,
    /// For mobiles: `"found"`, `"unknown_prefix"` (the table does not know
    /// it) or `"not_loaded"` (no location table loaded). Information only.
    pub location_status: Option<&'static str>,
}

/// `normalizePhone(value)`: the canonical form of a mainland number —
/// mobile `13800138000`, landline `0755-12345678` (`-ext`) — or `None`.
pub fn normalize_phone<'a>(value: impl Into<Input<'a>>) -> Option<String> {
    let mut ignored = Findings::verdict_only(Locale::ZhCn);
    canonical(&parse(&clean(value.into(), rules::TEL_2, &mut ignored)?).ok()?)
}

fn canonical(parsed: &Parsed) -> Option<String> {
    match parsed {
        Parsed::Mobile(number) => Some(number.clone()),
        // `020转0`: an extension with no number before it has no canonical form
        // (writing it `020--0` would read back as another number).
        Parsed::Landline { local, .. } if local.is_empty() => None,
        Parsed::Landline { area, local, extension } => {
            Some(extension.as_ref().map_or_else(|| format!("0{area}-{local}"), |e| format!("0{area}-{local}-{e}")))
        }
        Parsed::NoAreaCode(_) | Parsed::Other(_) => None,
    }
}

/// Checks a phone number (R-TEL-1 … R-TEL-5).
pub fn validate_phone<'a>(value: impl Into<Input<'a>>, opts: &PhoneOptions) -> FieldResult<PhoneDetails> {
    let mut findings = opts.common.findings("");
    let mut details = PhoneDetails::default();
    let rule = if opts.kind == PhoneKind::Mobile { rules::TEL_1 } else { rules::TEL_2 };
    let Some(text) = clean(value.into(), rule, &mut findings) else {
        return findings.finish(None, details);
    };
    let parsed = match parse(&text) {
        Ok(parsed) => parsed,
        Err(error) => {
            match error {
                ParseError::InvalidChar(c) => {
                    findings.push(rule, Code::PhoneInvalidChar, vec![("char", Param::from(c))])
                }
                ParseError::Foreign => findings.push(rule, Code::PhoneForeign, vec![]),
                ParseError::Empty => findings.push(rule, Code::InputEmpty, vec![]),
            }
            return findings.finish(Some(text), details);
        }
    };
    match &parsed {
        Parsed::Mobile(number) => check_mobile(number, opts, &mut findings, &mut details),
        Parsed::Landline { area, local, extension } => {
            check_landline(area, local, extension.as_deref(), opts, &mut findings, &mut details)
        }
        Parsed::NoAreaCode(digits) | Parsed::Other(digits) => {
            explain_other(&parsed, digits, opts.kind, rule, &mut findings)
        }
    }
    let normalized = canonical(&parsed).unwrap_or(text);
    findings.finish(Some(normalized), details)
}

fn check_mobile(number: &str, opts: &PhoneOptions, findings: &mut Findings, details: &mut PhoneDetails) {
    details.kind = Some("mobile");
    details.local = Some(number.to_owned());
    if opts.kind == PhoneKind::Landline {
        findings.push(rules::TEL_5, Code::PhoneNotLandline, vec![]);
    }
    let prefix: u32 = number[..7].parse().unwrap_or(0);
    if !table::MOBILE_RANGES.iter().any(|&(low, high)| (low..=high).contains(&prefix)) {
        findings.push(rules::TEL_1, Code::PhoneMobileUnallocated, vec![("prefix", Param::from(&number[..3]))]);
        return;
    }
    let home = match mobile_home(number) {
        Err(location::NotLoaded) => {
            details.location_status = Some("not_loaded");
            return;
        }
        Ok(None) => {
            details.location_status = Some("unknown_prefix");
            return;
        }
        Ok(Some(city)) => city,
    };
    details.location_status = Some("found");
    details.location = Location::of(home);
    let Some(province) = opts.province else {
        return;
    };
    if home / 10_000 * 10_000 == province {
        return;
    }
    let home_name = Param::from(division(home).map(|d| d.full_name()).unwrap_or_default());
    // The province table says whether a local mobile is required, and how
    // firmly; where no source says anything, a warning.
    let rule = crate::provinces::find(province, |c| matches!(c, Check::LocalMobile { .. } | Check::NoLocalMobile));
    match rule {
        Some(r) if r.check == Check::NoLocalMobile => {}
        Some(r) => {
            let Some(severity) = r.grade.severity() else { return };
            let mut params = r.params(province, findings.locale());
            params.push(("home", home_name));
            findings.push_graded(rules::TEL_4, Code::PhoneMobileOtherProvinceRequired, severity, params);
        }
        None => findings.push(
            rules::TEL_4,
            Code::PhoneMobileOtherProvince,
            vec![("home", home_name), ("province", Param::from(label_of(province)))],
        ),
    }
}

fn check_landline(
    area: &str,
    local: &str,
    extension: Option<&str>,
    opts: &PhoneOptions,
    findings: &mut Findings,
    details: &mut PhoneDetails,
) {
    details.kind = Some("landline");
    details.area_code = Some(format!("0{area}"));
    details.local = Some(local.to_owned());
    details.extension = extension.map(str::to_owned);
    let cities = area_cities(area);
    details.area_cities = cities.iter().map(|c| crate::division::six_digits(*c)).collect();
    details.location = cities.first().and_then(|&c| Location::of(c));
    if opts.kind == PhoneKind::Mobile {
        findings.push(rules::TEL_1, Code::PhoneNotMobile, vec![]);
    }
    let lengths = local_lengths(area).unwrap_or(0);
    if local.starts_with(['0', '1']) {
        findings.push(rules::TEL_2, Code::PhoneLocalStart, vec![]);
    } else if !length_allowed(lengths, local.len()) {
        let expected = match lengths {
            1 => "7",
            2 => "8",
            _ => "7/8",
        };
        findings.push(
            rules::TEL_2,
            Code::PhoneLocalLength,
            vec![
                ("areaCode", Param::from(format!("0{area}"))),
                ("expected", Param::from(expected)),
                ("length", Param::from(local.len())),
            ],
        );
    }
    if let Some(extension) = extension.filter(|e| e.is_empty() || e.len() > 6 || !e.bytes().all(|b| b.is_ascii_digit()))
    {
        findings.push(rules::TEL_2, Code::PhoneExtension, vec![("extension", Param::from(extension))]);
    }
    if let Some(place) = opts.city_code {
        check_area_matches_city(area, &cities, place, findings);
    }
}

/// Explains digits that are neither a mobile nor a landline.
fn explain_other(parsed: &Parsed, digits: &str, kind: PhoneKind, rule: &'static str, findings: &mut Findings) {
    let (code, params) = match parsed {
        Parsed::NoAreaCode(_) if kind != PhoneKind::Mobile => (Code::PhoneAreaCodeMissing, vec![]),
        _ if digits.starts_with('1') || kind == PhoneKind::Mobile => {
            (Code::PhoneMobileLength, vec![("length", Param::from(digits.len()))])
        }
        _ => match retired_code(digits) {
            Some(i) => (
                Code::PhoneAreaCodeRetired,
                vec![
                    ("areaCode", Param::from(format!("0{}", table::RETIRED_AREA_CODES[i]))),
                    ("current", Param::from(format!("0{}", table::RETIRED_CURRENT[i]))),
                    ("year", Param::from(usize::from(table::RETIRED_YEAR[i]))),
                ],
            ),
            None => (Code::PhoneAreaCodeUnknown, vec![("digits", Param::from(digits))]),
        },
    };
    findings.push(rule, code, params);
}

/// The row of `RETIRED_AREA_CODES` whose withdrawn code starts `digits`
/// (with or without the trunk 0): `0378-…` → 开封's 0378, now 0371 (2013).
fn retired_code(digits: &str) -> Option<usize> {
    let national = digits.strip_prefix('0').unwrap_or(digits);
    let width = if national.starts_with(['1', '2']) { 2 } else { 3 };
    let code: u16 = national.get(..width)?.parse().ok()?;
    table::RETIRED_AREA_CODES.binary_search(&code).ok()
}

/// The division codes an area code (without its 0) serves.
fn area_cities(area: &str) -> Vec<u32> {
    let Ok(code) = area.parse::<u16>() else {
        return Vec::new();
    };
    let Ok(i) = table::AREA_CODES.binary_search(&code) else {
        return Vec::new();
    };
    let range = usize::from(table::AREA_CITY_START[i])..usize::from(table::AREA_CITY_START[i + 1]);
    table::AREA_CITIES[range].to_vec()
}

/// The city a division lies in (a county-level city directly under its
/// province is its own city).
fn city_of(code: u32) -> u32 {
    if code % 100 == 0 || code / 100 % 100 == 90 {
        code
    } else {
        code / 100 * 100
    }
}

/// True when an area code's division `served` covers the address division
/// `place`: the same province (a code serving a whole province), the same
/// city, or a county of the chosen city. A code listed for one county only
/// (乌苏市 on 奎屯's 0992) covers that county and an address given as its
/// city (塔城地区), not the other counties of that city.
fn covers(served: u32, place: u32) -> bool {
    if served % 10_000 == 0 || place % 10_000 == 0 {
        return served / 10_000 == place / 10_000;
    }
    if city_of(served) != served {
        return served == place || place == city_of(served);
    }
    city_of(served) == city_of(place)
}

/// `areaCodeFor(divisionCode)`: the area codes (with their 0) that serve a
/// city or district, e.g. `440300` → `["0755"]`.
pub fn area_code_for(place: u32) -> Vec<String> {
    let mut codes = Vec::new();
    for (i, &area) in table::AREA_CODES.iter().enumerate() {
        let range = usize::from(table::AREA_CITY_START[i])..usize::from(table::AREA_CITY_START[i + 1]);
        if table::AREA_CITIES[range].iter().any(|&served| covers(served, place)) {
            codes.push(format!("0{area}"));
        }
    }
    codes
}

/// `citiesForAreaCode(code)`: the divisions an area code (`"024"` or `"24"`)
/// serves.
pub fn cities_for_area_code(code: &str) -> Vec<Division> {
    let digits = code.trim().trim_start_matches('0');
    area_cities(digits).into_iter().filter_map(division).collect()
}

/// R-TEL-3: the area code must serve the mailing address's city. Any other
/// code is an error: one of another province PHONE_AREA_CODE_MISMATCH, one of
/// another city of the same province PHONE_AREA_CODE_OTHER_CITY (Tencent
/// Cloud: "座机号码的区号需与所填写单位的通信地址相符"). The cases a real
/// office number can be in are data: codes serving several cities count for
/// each (024, 0728 …), county-level units on another city's network are rows
/// of data/phones/county-area-codes.csv (乌苏市 0992), and withdrawn codes
/// get PHONE_AREA_CODE_RETIRED (R-TEL-2) before this check.
fn check_area_matches_city(area: &str, cities: &[u32], place: u32, findings: &mut Findings) {
    if cities.iter().any(|&served| covers(served, place)) {
        return;
    }
    let same_province = cities.iter().any(|&served| served / 10_000 == place / 10_000);
    let names: Vec<String> = cities.iter().filter_map(|&c| division(c)).map(|d| d.full_name()).collect();
    let city_name = division(city_of(place)).or_else(|| division(place)).map(|d| d.full_name()).unwrap_or_default();
    let expected = area_code_for(place);
    findings.push(
        rules::TEL_3,
        if same_province { Code::PhoneAreaCodeOtherCity } else { Code::PhoneAreaCodeMismatch },
        vec![
            ("areaCode", Param::from(format!("0{area}"))),
            ("areaPlaces", Param::from(names.join("、"))),
            ("city", Param::from(city_name)),
            ("expected", Param::from(if expected.is_empty() { "—".to_owned() } else { expected.join("/") })),
        ],
    );
}
