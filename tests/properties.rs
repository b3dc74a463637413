//! Property tests (proptest): normalisers never panic and are idempotent —
//! what a check normalises to, it accepts unchanged — and the check
//! characters detect every single changed character (GB 11643 MOD 11-2,
//! GB 32100 mod 31).
#![cfg(not(target_arch = "wasm32"))]

use beian_check::domain::{validate_domain, DomainOptions};
use beian_check::email::validate_email;
use beian_check::iso7064::mod_11_2;
use beian_check::unit::uscc_check_char;
use beian_check::*;
use proptest::prelude::*;

fn common() -> CommonOptions {
    CommonOptions { locale: Locale::En, as_of: Date::from_ymd(2026, 11, 22), ..CommonOptions::default() }
}

/// Strings people type into these fields: digits (ASCII and full-width),
/// letters, separators, CJK, zero-width and other odd characters.
fn typed() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r"[0-9０-９a-zA-Z +\-().@。．\u{200B}\u{FEFF}转例子中国xX\u{D7FF}\u{1F600}]{0,40}")
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// The form tape (js/form-reader.mjs) counts a string in UTF-16 units;
    /// the reader takes exactly that string back, whatever follows it.
    #[test]
    fn a_taped_string_reads_back_whole(text in typed(), after in typed()) {
        let units = text.encode_utf16().count();
        let tape = format!("a2:s{units}:{text}s{}:{after}", after.encode_utf16().count());
        let value = beian_check::form::FormValue::from_tape(&tape);
        prop_assert_eq!(value.items(), &[beian_check::form::FormValue::Text(text), beian_check::form::FormValue::Text(after)]);
    }

    #[test]
    fn normalize_phone_is_idempotent(text in typed()) {
        if let Some(normal) = normalize_phone(text.as_str()) {
            prop_assert_eq!(normalize_phone(normal.as_str()), Some(normal.clone()));
        }
    }

    #[test]
    fn normalized_values_are_accepted_unchanged(text in typed()) {
        let id = validate_id_number(text.as_str(), &IdOptions { kind: IdKind::ResidentId, common: common() });
        if let (true, Some(normal)) = (id.ok, id.normalized) {
            let again = validate_id_number(normal.as_str(), &IdOptions { kind: IdKind::ResidentId, common: common() });
            prop_assert!(again.ok);
            prop_assert_eq!(again.normalized, Some(normal));
        }
        let phone = validate_phone(text.as_str(), &PhoneOptions { common: common(), ..PhoneOptions::default() });
        if let (true, Some(normal)) = (phone.ok, phone.normalized) {
            let again = validate_phone(normal.as_str(), &PhoneOptions { common: common(), ..PhoneOptions::default() });
            prop_assert!(again.ok);
            prop_assert_eq!(again.normalized, Some(normal));
        }
        let domain = validate_domain(text.as_str(), &DomainOptions { common: common(), ..DomainOptions::default() });
        if let Some(normal) = domain.normalized {
            let again = validate_domain(normal.as_str(), &DomainOptions { common: common(), ..DomainOptions::default() });
            prop_assert_eq!(again.normalized, Some(normal));
        }
        let email = validate_email(text.as_str(), &common());
        if let (true, Some(normal)) = (email.ok, email.normalized) {
            prop_assert_eq!(validate_email(normal.as_str(), &common()).normalized, Some(normal));
        }
    }

    #[test]
    fn one_changed_id_digit_is_always_detected(
        place in prop::sample::select(vec!["110105", "440305", "510108", "110103", "654028", "820000"]),
        year in 1930u32..2010, month in 1u32..13, day in 1u32..29, sequence in 0u32..1000,
        position in 0usize..18, delta in 1u8..10,
    ) {
        let body = format!("{place}{year}{month:02}{day:02}{sequence:03}");
        let id = format!("{body}{}", mod_11_2(body.as_bytes()).unwrap());
        let kind = if place == "820000" { IdKind::HmtResidencePermit } else { IdKind::ResidentId };
        let opts = IdOptions { kind, common: common() };
        prop_assert!(validate_id_number(id.as_str(), &opts).ok, "{}", id);
        let mut bytes = id.into_bytes();
        bytes[position] = match bytes[position] {
            b'X' => b'0' + delta,
            digit => b'0' + (digit - b'0' + delta) % 10,
        };
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert!(!validate_id_number(changed.as_str(), &opts).ok, "{} passed", changed);
    }

    #[test]
    fn one_changed_uscc_character_is_always_detected(
        base in prop::sample::select(vec!["9144030071526726XG", "91110000802100433B", "12100000400000624D"]),
        position in 0usize..18, replacement in prop::sample::select(b"0123456789ABCDEFGHJKLMNPQRTUWXY".to_vec()),
    ) {
        prop_assume!(base.as_bytes()[position] != replacement);
        let mut bytes = base.as_bytes().to_vec();
        bytes[position] = replacement;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert_eq!(uscc_check_char(&base.as_bytes()[..17]), base.chars().last());
        prop_assert!(!validate_unit_code(changed.as_str(), &UnitOptions::default()).ok, "{} passed", changed);
    }
}

/// Found by `normalize_phone_is_idempotent`: an extension with no local
/// number (`02０转０`) was written `020--0`, which reads back as `020-0`.
#[test]
fn an_extension_without_a_local_number_has_no_canonical_form() {
    assert_eq!(normalize_phone("02０转０"), None);
    assert_eq!(normalize_phone("020转0"), None);
    assert_eq!(normalize_phone("020-12345678转0"), Some("020-12345678-0".to_owned()));
}
