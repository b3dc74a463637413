//! R-ID-1: the 18-character resident ID, through the public Rust API, with
//! the results a user sees (rule, code, severity, message, details).
//!
//! Vectors: `11010519491231002X` and `440524188001010014` are the examples of
//! GB 11643-1999; the others were computed by hand with the weight table
//! 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2).
//! The filing guides redact every real ID number, so they give none.

use beian_check::{validate_id_number, Date, FieldResult, IdDetails, IdOptions, Locale, Param, Severity, Sex};

fn on(date: &str) -> IdOptions {
    IdOptions::new(Locale::ZhCn, Date::parse_iso(date))
}

fn check(value: &str) -> FieldResult<IdDetails> {
    validate_id_number(value, &on("2026-11-22"))
}

/// (rule, code, severity) of every finding.
fn codes(r: &FieldResult<IdDetails>) -> Vec<(&'static str, &'static str, Severity)> {
    r.findings.iter().map(|f| (f.rule, f.code.as_str(), f.severity)).collect()
}

fn date(s: &str) -> Option<Date> {
    Date::parse_iso(s)
}

#[test]
fn r_id_1_gb_11643_example_with_check_character_x_is_valid() {
    let r = check("11010519491231002X");
    assert!(r.ok, "{:?}", r.findings);
    assert!(r.findings.is_empty());
    assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
    assert_eq!(r.details.birth_date, date("1949-12-31"));
    assert_eq!(r.details.sex, Some(Sex::Female));
    assert_eq!(r.details.age, Some(76));
}

#[test]
fn r_id_1_valid_numbers_decode_sex_and_age() {
    for (id, birth, sex, age) in [
        ("510108198507048912", "1985-07-04", Sex::Male, 41),
        ("310115199912311236", "1999-12-31", Sex::Male, 26),
        ("320106200002290019", "2000-02-29", Sex::Male, 26),
        ("320106190001010015", "1900-01-01", Sex::Male, 126),
    ] {
        let r = check(id);
        assert!(r.ok, "{id}: {:?}", r.findings);
        assert_eq!((r.details.birth_date, r.details.sex, r.details.age), (date(birth), Some(sex), Some(age)), "{id}");
    }
}

#[test]
fn r_id_1_lowercase_x_full_width_and_spaces_are_normalised_silently() {
    for typed in [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        " 110105 19491231 002X\t",
        "110105\u{3000}19491231002ｘ",
    ] {
        let r = check(typed);
        assert!(r.ok && r.findings.is_empty(), "{typed:?}: {:?}", r.findings);
        assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"), "{typed:?}");
    }
}

#[test]
fn r_id_1_wrong_check_character_names_the_expected_one() {
    let r = check("110105194912310021");
    assert!(!r.ok);
    assert_eq!(codes(&r), [("R-ID-1", "ID_CHECKSUM", Severity::Error)]);
    assert_eq!(r.findings[0].param("expected"), Some(&Param::from("X")));
    assert_eq!(r.findings[0].param("actual"), Some(&Param::from("1")));
    assert_eq!(
        r.findings[0].message,
        "校验位不符：按前 17 位计算，第 18 位应为 X，实际为 1。请逐位核对号码，而不只是修改最后一位。"
    );
    // The decoded details stay, so the person sees what the number says.
    assert_eq!(r.details.birth_date, date("1949-12-31"));
}

#[test]
fn r_id_1_every_single_digit_typo_is_caught() {
    let valid = "510108198507048912";
    for position in 0..18 {
        for digit in b'0'..=b'9' {
            let mut typo = valid.as_bytes().to_vec();
            if typo[position] == digit {
                continue;
            }
            typo[position] = digit;
            let typo = String::from_utf8(typo).unwrap();
            assert!(!check(&typo).ok, "{typo} was accepted");
        }
    }
}

#[test]
fn r_id_1_wrong_length_and_characters_are_explained() {
    let r = check("1101051949123100");
    assert_eq!(codes(&r), [("R-ID-1", "ID_LENGTH", Severity::Error)]);
    assert_eq!(r.findings[0].message, "号码应为 18 位，当前为 16 位。");

    // One character too many: the length says it; X in 18th place is fine.
    let r = check("11010519491231002X1");
    assert_eq!(codes(&r), [("R-ID-1", "ID_LENGTH", Severity::Error)]);

    // X anywhere but the 18th place, and a short number: both are said.
    let r = check("X1010519491231");
    assert_eq!(codes(&r), [("R-ID-1", "ID_INVALID_CHAR", Severity::Error), ("R-ID-1", "ID_LENGTH", Severity::Error)]);
    assert_eq!(r.findings[0].param("position"), Some(&Param::Int(1)));

    let r = check("11010519491231O02X");
    assert_eq!(codes(&r), [("R-ID-1", "ID_INVALID_CHAR", Severity::Error)]);
    assert_eq!(r.findings[0].message, "第 15 位“O”无效：此类号码为 17 位数字加 1 位数字或 X（校验位）。");

    let r = check("张三");
    assert_eq!(codes(&r)[0].1, "ID_INVALID_CHAR");
    assert_eq!(r.findings[0].param("char"), Some(&Param::from("张")));
}

#[test]
fn r_id_1_birth_date_must_exist() {
    // 1949-13-31 and 2026-02-29 do not exist; the check character is right
    // for both, so only the date is wrong.
    let r = check("110105194913310021");
    assert_eq!(codes(&r), [("R-ID-1", "ID_BIRTH_DATE_INVALID", Severity::Error)]);
    assert_eq!(r.findings[0].param("digits"), Some(&Param::from("19491331")));
    let r = check("330102202602290034");
    assert_eq!(codes(&r), [("R-ID-1", "ID_BIRTH_DATE_INVALID", Severity::Error)]);
    assert_eq!(r.details.birth_date, None);
    assert_eq!(r.details.sex, Some(Sex::Male), "17th digit 3 is odd");
}

#[test]
fn r_id_1_birth_date_not_before_1900() {
    // GB 11643-1999's own example person was born in 1880.
    let r = check("440524188001010014");
    assert_eq!(codes(&r), [("R-ID-1", "ID_BIRTH_DATE_TOO_EARLY", Severity::Error)]);
    assert_eq!(r.findings[0].message, "出生日期 1880-01-01 早于 1900-01-01，不可能是有效证件。");
}

#[test]
fn r_id_1_birth_date_boundaries_against_as_of() {
    // Born 2008-11-22: 18 on 2026-11-22, 17 the day before.
    assert_eq!(check("320106200811220010").details.age, Some(18));
    assert_eq!(validate_id_number("320106200811220010", &on("2026-11-21")).details.age, Some(17));
    // Born today: valid, age 0.
    let r = validate_id_number("110105202611229997", &on("2026-11-22"));
    assert!(r.ok);
    assert_eq!(r.details.age, Some(0));
    // Born tomorrow: an error naming both dates.
    let r = check("320106200811230016");
    assert!(r.ok, "born 2008");
    let r = validate_id_number("320106200811230016", &on("2008-11-22"));
    assert_eq!(codes(&r), [("R-ID-1", "ID_BIRTH_DATE_FUTURE", Severity::Error)]);
    assert_eq!(r.findings[0].message, "出生日期 2008-11-23 晚于 2008-11-22。");
    assert_eq!(r.details.age, None);
    // Born on 29 February: a year older on 1 March in common years.
    assert_eq!(validate_id_number("320106200002290019", &on("2025-02-28")).details.age, Some(24));
    assert_eq!(validate_id_number("320106200002290019", &on("2025-03-01")).details.age, Some(25));
}

#[test]
fn messages_follow_the_locale() {
    let r = validate_id_number("110105194912310021", &IdOptions::new(Locale::En, date("2026-11-22")));
    assert_eq!(
        r.findings[0].message,
        "Check character mismatch: from the first 17 characters the 18th should be X, not 1. Check every digit, not only the last one."
    );
}

#[test]
fn bad_input_gives_findings_not_panics() {
    use beian_check::Input;
    let cases: [(Input<'_>, &str); 6] = [
        (Input::Missing, "INPUT_EMPTY"),
        (Input::Text(""), "INPUT_EMPTY"),
        (Input::Text(" \u{3000} "), "INPUT_EMPTY"),
        (Input::NotText("number"), "INPUT_NOT_STRING"),
        (Input::Text("\u{FFFD}"), "INPUT_UNREADABLE_CHAR"),
        (Input::TooLong(10 << 20), "INPUT_TOO_LONG"),
    ];
    for (input, code) in cases {
        let r = validate_id_number(input, &on("2026-11-22"));
        assert!(!r.ok);
        assert_eq!(codes(&r), [("R-ID-1", code, Severity::Error)], "{input:?}");
        assert_eq!(r.normalized, None);
    }
    let huge = "1".repeat(10 << 20);
    assert_eq!(codes(&check(&huge)), [("R-ID-1", "INPUT_TOO_LONG", Severity::Error)]);
}

#[test]
fn zero_width_characters_are_removed_with_a_warning() {
    let r = check("\u{200B}11010519491231\u{200D}002X\u{FEFF}");
    assert!(r.ok);
    assert_eq!(codes(&r), [("R-ID-1", "INPUT_INVISIBLE_CHAR", Severity::Warning)]);
    assert_eq!(r.findings[0].param("count"), Some(&Param::Int(3)));
    assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut x: u32 = 12345;
    let alphabet: Vec<char> = "0123456789Xx -\u{FF10}\u{FF58}\u{200B}\u{FFFD}张\u{3000}🙂".chars().collect();
    for _ in 0..20_000 {
        let len = (x % 24) as usize;
        let s: String = (0..len)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                alphabet[(x >> 16) as usize % alphabet.len()]
            })
            .collect();
        let r = check(&s);
        assert_eq!(r.ok, r.findings.iter().all(|f| f.severity != Severity::Error));
    }
}

#[test]
fn results_serialize_to_the_api_shape() {
    let json = serde_json::to_value(check("11010519491231002X")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "ok": true, "normalized": "11010519491231002X", "findings": [],
            "kind": "resident_id", "birthDate": "1949-12-31", "sex": "female", "age": 76,
            "division": {
                "code": "110105", "name": "朝阳区", "level": "county", "provinceCode": "110000",
                "province": "北京市", "cityCode": "110100", "retired": false, "validFrom": null, "validTo": null
            },
            "region": null, "upgraded": null, "format": null
        })
    );
}

/// Codes of the Ministry of Civil Affairs lists that loc.dat lacks
/// (data/divisions/sources/gb2260-mca-missing.csv): 昆山市 was 329012 in
/// 1989–1994, 增城市 449017; people born then carry them.
#[test]
fn historical_codes_of_the_mca_lists_are_known() {
    for id in ["329012199003071234", "449017199208150023"] {
        let r = check(id);
        assert!(r.ok, "{id}: {:?}", r.findings);
        assert!(codes(&r).is_empty(), "{id}: {:?}", r.findings);
    }
    let r = check("329012199003071234");
    assert_eq!(r.details.division.as_ref().map(|d| d.name), Some("昆山市"));
}

/// Bidirectional controls and fillers pasted into a field are removed with a
/// warning, never reported as an invalid character at a position nobody sees.
#[test]
fn bidirectional_controls_and_fillers_are_invisible_characters() {
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        '\u{180E}', '\u{3164}', '\u{FFA0}',
    ] {
        let value = format!("{c}110105194912{c}31002X{c}");
        let r = check(&value);
        assert!(r.ok, "U+{:04X}: {:?}", c as u32, r.findings);
        assert_eq!(codes(&r), [("R-ID-1", "INPUT_INVISIBLE_CHAR", Severity::Warning)], "U+{:04X}", c as u32);
        assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
    }
}

/// The divisions of 2026 (the MCA list of 2026-09-11, data/divisions/
/// sources/mca-divisions.csv): a person registered in 岑岭县 (set up in
/// 2026) or 草湖市 has a real ID; no ID_DIVISION_UNKNOWN.
#[test]
fn r_id_1_divisions_of_the_2026_mca_list_are_known() {
    for (id, name) in [("653132202603011231", "岑岭县"), ("659013199001011230", "草湖市")] {
        let r = validate_id_number(id, &on("2026-11-22"));
        assert!(r.ok, "{id}: {:?}", codes(&r));
        assert!(codes(&r).is_empty(), "{id}: {:?}", codes(&r));
        let division = r.details.division.expect("division");
        assert_eq!((division.name, division.retired), (name, false));
    }
}

/// Every code of the newest MCA list is current in the table, and the rows
/// it shows stale are retired (429001 随州市 became 421300 in 2000) or
/// written in simplified script (232761 加格达奇区).
#[test]
fn the_table_holds_every_code_of_the_mca_list() {
    let list =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/divisions/sources/mca-divisions.csv"))
            .unwrap();
    let mut checked = 0;
    for line in list.lines().skip(1) {
        let (code, rest) = line.split_once(',').unwrap();
        let name = rest.split(',').next().unwrap();
        let division = beian_check::lookup_division(code).unwrap_or_else(|| panic!("{code} {name} unknown"));
        assert!(!division.retired, "{code} {name} retired");
        checked += 1;
    }
    assert!(checked > 3200, "{checked} codes");
    let suizhou = beian_check::lookup_division("429001").unwrap();
    assert!(suizhou.retired && suizhou.valid_to == Some(2000), "{suizhou:?}");
    assert_eq!(beian_check::lookup_division("232761").unwrap().name, "加格达奇区");
}
