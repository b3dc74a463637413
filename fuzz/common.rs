#![allow(dead_code)]
// The bodies of the fuzz targets, shared by `cargo fuzz` (fuzz/fuzz_targets/)
// and the stable replay of the committed corpus (tests/fuzz_corpus.rs): every
// public entry point on arbitrary input must return, never panic, and keep
// the result's invariants (ok ⇔ no error; every finding has a rule, code
// and message).

use beian_check::app::{
    validate_app_identifier, validate_public_key, validate_signing_fingerprint, AppOptions, AppPlatform,
};
use beian_check::contact::{check_contacts, Contacts, FilingKind};
use beian_check::domain::url::{validate_homepage_url, UrlOptions};
use beian_check::domain::{validate_domain, DomainOptions};
use beian_check::email::validate_email;
use beian_check::filing_number::validate_filing_number;
use beian_check::form::{validate_filing, FilingOptions, FormValue};
use beian_check::ipv4::validate_ipv4;
use beian_check::phone::{area_code_for, cities_for_area_code, load_mobile_locations, mobile_home};
use beian_check::*;

fn assert_sound(ok: bool, findings: &[Finding]) {
    assert_eq!(ok, !findings.iter().any(|f| f.severity == Severity::Error));
    for f in findings {
        assert!(!f.rule.is_empty() && !f.code.as_str().is_empty() && !f.message.is_empty(), "{f:?}");
    }
}

macro_rules! sound {
    ($result:expr) => {{
        let r = $result;
        assert_sound(r.ok, &r.findings);
        r
    }};
}

/// Every field check on the text of `data`; its first byte picks the options.
pub fn fields(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let pick = usize::from(data.first().copied().unwrap_or(0));
    let locale = if pick % 2 == 0 { Locale::ZhCn } else { Locale::En };
    let common = CommonOptions { locale, as_of: Date::from_ymd(2026, 11, 22), ..CommonOptions::default() };
    let province = [None, Some(110000), Some(440000), Some(120000)][pick % 4];
    let kind = IdKind::ALL[pick % IdKind::ALL.len()];
    sound!(validate_id_number(text, &IdOptions { kind, common: common.clone() }));
    let _ = detect_id_kind(text);
    let nature = list_subject_natures().get(pick % 18).and_then(|n| SubjectNature::parse(n.code));
    sound!(validate_unit_code(
        text,
        &UnitOptions { nature, province, common: common.clone(), ..UnitOptions::default() }
    ));
    for kind in [PhoneKind::Mobile, PhoneKind::Landline, PhoneKind::Any] {
        let opts = PhoneOptions { kind, city_code: Some(440300), province, common: common.clone() };
        sound!(validate_phone(text, &opts));
    }
    let _ = normalize_phone(text);
    let _ = cities_for_area_code(text);
    let _ = area_code_for(u32::try_from(pick * 4099).unwrap_or(0));
    sound!(validate_email(text, &common));
    let domain = sound!(validate_domain(
        text,
        &DomainOptions { province, nature, common: common.clone(), ..DomainOptions::default() }
    ));
    let domains = domain.details.ascii.into_iter().collect();
    sound!(validate_homepage_url(text, &UrlOptions { domains, common: common.clone(), ..UrlOptions::default() }));
    sound!(validate_filing_number(text, &common));
    sound!(validate_ipv4(text, &common));
    let platform = [
        AppPlatform::Android,
        AppPlatform::Ios,
        AppPlatform::Harmony,
        AppPlatform::QuickApp,
        AppPlatform::Wechat,
        AppPlatform::Douyin,
        AppPlatform::Alipay,
    ][pick % 7];
    let app = AppOptions { platform, common: common.clone() };
    sound!(validate_app_identifier(text, &app));
    sound!(validate_signing_fingerprint(text, &app));
    sound!(validate_public_key(text, &app));
    let _ = lookup_division(text);
    let _ = list_divisions(Some(text));
    let contacts = Contacts {
        mobile: Input::Text(text),
        phone: Input::Text(text),
        emergency: Input::Missing,
        email: Input::Text(text),
    };
    let kind = if pick % 2 == 0 { FilingKind::Unit } else { FilingKind::Personal };
    sound!(check_contacts(kind, &contacts, &[None, Some(contacts)], Some(text), &common));
}

/// `validate_filing` on `data` read as JSON (anything JSON reads is a form),
/// whole and with `only` set to a path derived from the input.
pub fn filing(data: &[u8]) {
    // The same bytes as the tape the JS entries hand over (js/form-reader.mjs).
    sound!(validate_filing(&FormValue::from_tape(&String::from_utf8_lossy(data)), &FilingOptions::default()));
    let Ok(form) = serde_json::from_slice::<FormValue>(data) else { return };
    let whole = sound!(validate_filing(&form, &FilingOptions::default()));
    let only = whole.findings.get(data.len() % whole.findings.len().max(1)).map(|f| f.path.clone());
    let part = sound!(validate_filing(&form, &FilingOptions { only: only.clone(), ..FilingOptions::default() }));
    if let Some(only) = only {
        let expected: Vec<_> = whole.findings.iter().filter(|f| form::is_under(&f.path, &only)).collect();
        assert_eq!(part.findings.iter().collect::<Vec<_>>(), expected);
    }
}

/// The binary data files: a mobile location table or a names file built
/// from `data` is refused or read without panicking.
pub fn data_files(data: &[u8]) {
    if load_mobile_locations(data.to_vec()).is_ok() {
        for number in ["13800138000", "19999999999", "10000000000", "1"] {
            let _ = mobile_home(number);
        }
    }
    if division::load_division_names(data.to_vec()).is_ok() {
        let _ = list_divisions(None);
        let _ = lookup_division("110103").map(|d| d.full_name());
    }
}
