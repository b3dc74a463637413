//! R-ID-1 birthplaces (the division table) and the other identity kinds
//! R-ID-2 … R-ID-5, through the public Rust API. Check characters of the
//! 18-character vectors were computed with the GB 11643-1999 weight table.

use beian_check::{
    detect_id_kind, validate_id_number, Date, FieldResult, IdDetails, IdKind, IdOptions, Locale, Param, Region,
    Severity, Sex,
};

fn check(kind: IdKind, value: &str) -> FieldResult<IdDetails> {
    validate_id_number(value, &IdOptions::new(Locale::ZhCn, Date::from_ymd(2026, 11, 22)).with_kind(kind))
}

/// (rule, code, severity) of every finding.
fn codes(r: &FieldResult<IdDetails>) -> Vec<(&'static str, &'static str, Severity)> {
    r.findings.iter().map(|f| (f.rule, f.code.as_str(), f.severity)).collect()
}

fn assert_clean(r: &FieldResult<IdDetails>, value: &str) {
    assert!(r.ok && r.findings.is_empty(), "{value}: {:?}", codes(r));
}

// ---- R-ID-1: birthplace -------------------------------------------------

#[test]
fn r_id_1_current_division_is_decoded() {
    let r = check(IdKind::ResidentId, "11010519491231002X");
    let place = r.details.division.expect("division");
    assert_eq!((place.code, place.name, place.province_name, place.retired), (110105, "朝阳区", "北京市", false));
}

#[test]
fn r_id_1_retired_division_is_valid_and_says_so() {
    // 110103 崇文区 was merged into 东城区 in 2010; cards keep the code.
    let r = check(IdKind::ResidentId, "110103198001010013");
    assert_clean(&r, "110103198001010013");
    let place = r.details.division.unwrap();
    assert_eq!((place.name, place.retired, place.valid_to), ("崇文区", true, Some(2010)));
}

#[test]
fn r_id_1_division_retired_before_birth_is_a_warning() {
    let r = check(IdKind::ResidentId, "110103201501010014");
    assert!(r.ok);
    assert_eq!(codes(&r), [("R-ID-1", "ID_DIVISION_RETIRED_BEFORE_BIRTH", Severity::Warning)]);
    assert_eq!(r.findings[0].message, "地区码 110103（崇文区）已于 2010 年后撤销，早于出生年份 2015，请核对号码。");
}

#[test]
fn r_id_1_code_in_use_only_after_birth_is_valid() {
    // 440303 罗湖区 exists since 1983; someone born in 1970 registered there
    // later carries it (python-stdnum rejects this; we do not).
    assert_clean(&check(IdKind::ResidentId, "440303197001010016"), "440303197001010016");
    // 500105 江北区, merged into 两江新区 in 2025.
    let r = check(IdKind::ResidentId, "500105199001010013");
    assert_clean(&r, "500105199001010013");
    assert!(r.details.division.unwrap().retired);
}

#[test]
fn r_id_1_invented_division_is_an_error() {
    for id in ["700000198001010019", "710101198001010012", "110199198001010016", "123456198001010017"] {
        let r = check(IdKind::ResidentId, id);
        assert_eq!(codes(&r), [("R-ID-1", "ID_DIVISION_UNKNOWN", Severity::Error)], "{id}");
        assert_eq!(r.findings[0].param("code"), Some(&Param::from(&id[..6])));
        assert_eq!(r.details.division, None);
    }
}

#[test]
fn r_id_1_permit_numbers_entered_as_resident_id_name_the_right_kind() {
    let r = check(IdKind::ResidentId, "810000199408230021");
    assert_eq!(codes(&r), [("R-ID-1", "ID_IS_RESIDENCE_PERMIT", Severity::Error)]);
    let r = check(IdKind::ResidentId, "911840198501011231");
    assert_eq!(codes(&r), [("R-ID-1", "ID_IS_FOREIGN_PERMANENT_RESIDENT", Severity::Error)]);
}

// ---- R-ID-2: 15-digit first-generation IDs -------------------------------

#[test]
fn r_id_2_valid_15_digit_id_warns_and_gives_the_18_character_upgrade() {
    let r = check(IdKind::ResidentId15, "110105491231002");
    assert!(r.ok);
    assert_eq!(codes(&r), [("R-ID-2", "ID_15_OBSOLETE", Severity::Warning)]);
    assert_eq!(r.details.upgraded.as_deref(), Some("11010519491231002X"));
    assert_eq!(r.details.birth_date, Date::from_ymd(1949, 12, 31));
    assert_eq!(r.details.sex, Some(Sex::Female));
    assert_eq!(r.details.division.as_ref().map(|d| d.name), Some("朝阳区"));
    assert_eq!(r.findings[0].message, "15 位一代身份证已停止使用，备案请填写 18 位号码：11010519491231002X。");
    // The upgrade is itself a valid 18-character ID.
    assert_clean(&check(IdKind::ResidentId, "11010519491231002X"), "upgrade");
}

#[test]
fn r_id_2_format_date_and_division_errors() {
    assert_eq!(codes(&check(IdKind::ResidentId15, "11010549123100")), [("R-ID-2", "ID_LENGTH", Severity::Error)]);
    assert_eq!(codes(&check(IdKind::ResidentId15, "11010549123100X")), [("R-ID-2", "ID_NOT_DIGIT", Severity::Error)]);
    let r = check(IdKind::ResidentId15, "110105490231002");
    assert_eq!(codes(&r)[0], ("R-ID-2", "ID_BIRTH_DATE_INVALID", Severity::Error));
    assert_eq!(r.findings[0].param("digits"), Some(&Param::from("490231")));
    let r = check(IdKind::ResidentId15, "999999491231002");
    assert_eq!(codes(&r)[0], ("R-ID-2", "ID_DIVISION_UNKNOWN", Severity::Error));
    // 1900-02-29 does not exist (1900 is no leap year); 2000 would be, but YY means 19YY.
    assert_eq!(codes(&check(IdKind::ResidentId15, "110105000229002"))[0].1, "ID_BIRTH_DATE_INVALID");
}

// ---- R-ID-3: HK/Macau/Taiwan residence permits --------------------------

#[test]
fn r_id_3_residence_permits_of_each_region() {
    for (id, region) in [
        ("810000199408230021", Region::HongKong),
        ("820000199001010037", Region::Macau),
        ("830000198511110043", Region::Taiwan),
    ] {
        let r = check(IdKind::HmtResidencePermit, id);
        assert_clean(&r, id);
        assert_eq!(r.details.region, Some(region));
        assert!(r.details.birth_date.is_some() && r.details.sex.is_some());
    }
}

#[test]
fn r_id_3_prefix_and_check_character() {
    let r = check(IdKind::HmtResidencePermit, "11010519491231002X");
    assert_eq!(codes(&r), [("R-ID-3", "RESIDENCE_PERMIT_PREFIX", Severity::Error)]);
    assert_eq!(r.findings[0].param("prefix"), Some(&Param::from("110105")));
    let r = check(IdKind::HmtResidencePermit, "810000199408230022");
    assert_eq!(codes(&r), [("R-ID-3", "ID_CHECKSUM", Severity::Error)]);
}

// ---- R-ID-4: travel permits and passports -------------------------------

#[test]
fn r_id_4_hk_macau_permit_current_and_old_forms() {
    let r = check(IdKind::HkMacauPermit, "h12345678");
    assert_clean(&r, "H12345678");
    assert_eq!(r.normalized.as_deref(), Some("H12345678"));
    assert_eq!((r.details.region, r.details.format), (Some(Region::HongKong), Some("current")));
    let r = check(IdKind::HkMacauPermit, "M87654321");
    assert_eq!(r.details.region, Some(Region::Macau));
    let r = check(IdKind::HkMacauPermit, "H0123456789");
    assert!(r.ok);
    assert_eq!(codes(&r), [("R-ID-4", "PERMIT_OLD_FORM", Severity::Warning)]);
    assert_eq!(r.details.format, Some("old_10_digit"));
    for bad in ["12345678", "H1234567", "H123456789", "X12345678", "H1234567A"] {
        assert_eq!(
            codes(&check(IdKind::HkMacauPermit, bad)),
            [("R-ID-4", "HK_MACAU_PERMIT_FORMAT", Severity::Error)],
            "{bad}"
        );
    }
}

#[test]
fn r_id_4_taiwan_permit_current_and_old_forms() {
    let r = check(IdKind::TaiwanPermit, "12345678");
    assert_clean(&r, "12345678");
    assert_eq!((r.details.region, r.details.format), (Some(Region::Taiwan), Some("current")));
    for old in ["1234567890", "1234567890(B)", "1234567890（B）"] {
        let r = check(IdKind::TaiwanPermit, old);
        assert_eq!(codes(&r), [("R-ID-4", "PERMIT_OLD_FORM", Severity::Warning)], "{old}");
    }
    for bad in ["1234567", "123456789", "12345678(B)", "1234567890(1)", "T1234567"] {
        assert_eq!(
            codes(&check(IdKind::TaiwanPermit, bad)),
            [("R-ID-4", "TAIWAN_PERMIT_FORMAT", Severity::Error)],
            "{bad}"
        );
    }
}

#[test]
fn r_id_4_passports_chinese_forms_and_foreign_numbers() {
    for (number, format) in [
        ("E12345678", "cn_e_passport"),
        ("EA1234567", "cn_e_passport"),
        ("G12345678", "cn_ordinary"),
        ("D1234567", "cn_diplomatic"),
        ("S12345678", "cn_service"),
        ("P1234567", "cn_public_affairs"),
        ("C01X00T47", "foreign"),
        ("123456789", "foreign"),
        ("EI1234567", "foreign"),
    ] {
        let r = check(IdKind::Passport, number);
        assert_clean(&r, number);
        assert_eq!(r.details.format, Some(format), "{number}");
    }
    assert_eq!(check(IdKind::Passport, "e 1234 5678").normalized.as_deref(), Some("E12345678"));
    for bad in ["E123", "ABCDEFGH", "E1234-5678", "1234567890123456789", "护照12345"] {
        assert_eq!(codes(&check(IdKind::Passport, bad)), [("R-ID-4", "PASSPORT_FORMAT", Severity::Error)], "{bad}");
    }
}

// ---- R-ID-5: foreign permanent residence IDs ----------------------------

#[test]
fn r_id_5_old_and_2023_forms() {
    let r = check(IdKind::ForeignPermanentResident, "USA110085010112");
    assert_clean(&r, "USA110085010112");
    assert_eq!(r.details.format, Some("old_15"));
    let r = check(IdKind::ForeignPermanentResident, "911840198501011231");
    assert_clean(&r, "911840198501011231");
    assert_eq!(r.details.format, Some("2023"));
    assert_eq!(r.details.birth_date, Date::from_ymd(1985, 1, 1));
    assert_eq!(r.details.sex, Some(Sex::Male));
}

#[test]
fn r_id_5_errors() {
    let r = check(IdKind::ForeignPermanentResident, "911840198501011232");
    assert_eq!(codes(&r), [("R-ID-5", "ID_CHECKSUM", Severity::Error)]);
    let r = check(IdKind::ForeignPermanentResident, "999840198501011233");
    assert_eq!(codes(&r), [("R-ID-5", "FOREIGN_PR_PROVINCE", Severity::Warning)]);
    for bad in ["11010519491231002X", "US1110085010112", "USA11008501011", "9118401985010112"] {
        assert_eq!(
            codes(&check(IdKind::ForeignPermanentResident, bad)),
            [("R-ID-5", "FOREIGN_PR_FORMAT", Severity::Error)],
            "{bad}"
        );
    }
}

// ---- kinds, detection, ages ---------------------------------------------

#[test]
fn every_kind_answers_bad_input_with_its_rule() {
    for kind in IdKind::ALL {
        for value in ["", "\u{FFFD}", "张三李四", &"9".repeat(2000)] {
            let r = check(kind, value);
            assert!(!r.ok, "{kind:?} {value:?}");
            assert!(r.findings.iter().all(|f| f.rule == kind.rule()), "{kind:?} {value:?}: {:?}", codes(&r));
        }
    }
}

#[test]
fn kinds_parse_from_api_names_and_chinese_labels() {
    for kind in IdKind::ALL {
        assert_eq!(IdKind::parse(kind.as_str()), Some(kind));
        assert_eq!(IdKind::parse(kind.label_zh()), Some(kind));
    }
    assert_eq!(IdKind::parse("身份证"), Some(IdKind::ResidentId));
}

#[test]
fn detect_id_kind_suggests_the_document() {
    for (value, kind) in [
        ("11010519491231002x", Some(IdKind::ResidentId)),
        ("110105491231002", Some(IdKind::ResidentId15)),
        ("820000199001010037", Some(IdKind::HmtResidencePermit)),
        ("911840198501011231", Some(IdKind::ForeignPermanentResident)),
        ("USA110085010112", Some(IdKind::ForeignPermanentResident)),
        ("M87654321", Some(IdKind::HkMacauPermit)),
        ("1234567890(B)", Some(IdKind::TaiwanPermit)),
        ("E12345678", Some(IdKind::Passport)),
        ("", None),
        ("hello", None),
    ] {
        assert_eq!(detect_id_kind(value), kind, "{value}");
    }
}

#[test]
fn ages_on_birthdays_and_leap_days() {
    let birth = Date::from_ymd(2008, 11, 22).unwrap();
    assert_eq!(birth.age_on(Date::from_ymd(2026, 11, 22).unwrap()), Some(18));
    assert_eq!(birth.age_on(Date::from_ymd(2026, 11, 21).unwrap()), Some(17));
    let leap = Date::from_ymd(2008, 2, 29).unwrap();
    assert_eq!(leap.age_on(Date::from_ymd(2026, 2, 28).unwrap()), Some(17));
    assert_eq!(leap.age_on(Date::from_ymd(2026, 3, 1).unwrap()), Some(18));
}
