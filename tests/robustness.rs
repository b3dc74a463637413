//! Validators never panic: 20 000 random strings of digits, letters,
//! separators, CJK, full-width forms, emoji, invisible and damaged
//! characters go through every field check with every kind.

use beian_check::domain::url::{validate_homepage_url, UrlOptions};
use beian_check::domain::{validate_domain, DomainOptions};
use beian_check::email::validate_email;
use beian_check::filing_number::validate_filing_number;
use beian_check::ipv4::validate_ipv4;
use beian_check::options::CommonOptions;
use beian_check::phone::{normalize_phone, validate_phone, PhoneKind, PhoneOptions};
use beian_check::unit::{validate_unit_code, UnitKind, UnitOptions};
use beian_check::{detect_id_kind, validate_id_number, IdKind, IdOptions};

const ALPHABET: &str = "0123456789XxHMEGabcz.-@:/()+#,转 ０９ｘ（）。中国例子广东ICP备号公网安备\u{200B}\u{FFFD}🙂é";

fn strings() -> impl Iterator<Item = String> {
    let chars: Vec<char> = ALPHABET.chars().collect();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..20_000).map(move |_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 24) as usize;
        (0..len)
            .map(|i| {
                let x = state.rotate_left(i as u32 * 5) ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                chars[(x % chars.len() as u64) as usize]
            })
            .collect()
    })
}

#[test]
fn no_validator_panics_on_random_input() {
    let common = CommonOptions::default();
    let domains = UrlOptions { domains: vec!["example.com".into(), "例子.中国".into()], ..UrlOptions::default() };
    let beijing = DomainOptions { province: Some(110000), ..DomainOptions::default() };
    for s in strings() {
        let text = s.as_str();
        for kind in IdKind::ALL {
            let r = validate_id_number(text, &IdOptions::default().with_kind(kind));
            assert_eq!(r.ok, r.findings.iter().all(|f| f.severity != beian_check::Severity::Error));
        }
        for kind in [UnitKind::Uscc, UnitKind::OrgCode, UnitKind::RegNo15, UnitKind::Other] {
            validate_unit_code(text, &UnitOptions { kind, province: Some(440000), ..UnitOptions::default() });
        }
        for kind in [PhoneKind::Mobile, PhoneKind::Landline, PhoneKind::Any] {
            let opts =
                PhoneOptions { kind, city_code: Some(440305), province: Some(110000), ..PhoneOptions::default() };
            validate_phone(text, &opts);
        }
        normalize_phone(text);
        detect_id_kind(text);
        validate_email(text, &common);
        validate_domain(text, &beijing);
        validate_homepage_url(text, &domains);
        validate_filing_number(text, &common);
        validate_ipv4(text, &common);
    }
}
