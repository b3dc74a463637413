//! R-TEL-3 knows an area code for every current prefecture- and county-level
//! division (issue: genuine office numbers in 省直辖县级行政单位 were refused).

use beian_check::phone::area_code_for;
use beian_check::{list_divisions, validate_phone, CommonOptions, Locale, PhoneKind, PhoneOptions, Severity};

/// Placeholder rows of the division table that are not places.
fn is_placeholder(name: &str) -> bool {
    matches!(name, "市辖区" | "县") || name.contains("直辖")
}

#[test]
fn every_current_city_and_county_has_an_area_code() {
    let mut missing = Vec::new();
    let mut checked = 0;
    for province in list_divisions(None) {
        let code = format!("{:06}", province.code);
        for city in list_divisions(Some(&code)) {
            let city_code = format!("{:06}", city.code);
            let counties = list_divisions(Some(&city_code));
            for place in std::iter::once(&city).chain(&counties) {
                if is_placeholder(place.name) {
                    continue;
                }
                checked += 1;
                if area_code_for(place.code).is_empty() {
                    missing.push(format!("{} {}", place.code, place.name));
                }
            }
        }
    }
    assert!(checked > 3000, "only {checked} divisions listed: are the names loaded?");
    assert!(missing.is_empty(), "no area code for {} divisions: {missing:?}", missing.len());
}

/// Office numbers of county-level units directly under a province or the
/// XPCC, with their own area codes (data/phones/county-area-codes.csv).
#[test]
fn landlines_of_units_directly_under_a_province_fit_their_city() {
    for (number, place) in [
        ("0391-6632345", 419001),  // 济源市
        ("0719-3332345", 429021),  // 神农架林区
        ("0898-63222345", 469005), // 文昌市 (all of Hainan is 0898)
        ("0898-62822345", 469002), // 琼海市
        ("0898-86622345", 469001), // 五指山市
        ("0997-4612345", 659002),  // 阿拉尔市
        ("0998-5912345", 659003),  // 图木舒克市
        ("0994-5812345", 659004),  // 五家渠市
        ("0728-3312345", 429004),  // 仙桃市 (served before)
        ("0993-2012345", 659001),  // 石河子市 (served before)
    ] {
        let opts = PhoneOptions {
            kind: PhoneKind::Landline,
            city_code: Some(place),
            province: None,
            common: CommonOptions::default(),
        };
        let result = validate_phone(number, &opts);
        assert!(result.ok && result.findings.is_empty(), "{number} in {place}: {:?}", result.findings);
    }
}

/// A number of the right shape with area code `code` (with its 0).
fn landline(code: &str) -> String {
    if code.len() == 3 {
        format!("{code}-23456789")
    } else {
        format!("{code}-2345678")
    }
}

fn landline_opts(place: u32) -> PhoneOptions {
    PhoneOptions { kind: PhoneKind::Landline, city_code: Some(place), province: None, common: CommonOptions::default() }
}

/// Issue 27: R-TEL-3 is an error for every other city, so the table must
/// know every code a current division really uses. Each current prefecture-
/// and county-level division gets its codes from the table (`areaCodeFor`:
/// directly, through its city, or through a row of county-area-codes.csv),
/// and a landline with each of them passes R-TEL-3 for that division.
#[test]
fn every_current_division_passes_r_tel_3_with_each_of_its_codes() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for province in list_divisions(None) {
        for city in list_divisions(Some(&format!("{:06}", province.code))) {
            let counties = list_divisions(Some(&format!("{:06}", city.code)));
            for place in std::iter::once(&city).chain(&counties) {
                if is_placeholder(place.name) {
                    continue;
                }
                let codes = area_code_for(place.code);
                if codes.is_empty() {
                    failures.push(format!("{} {}: no code", place.code, place.name));
                }
                for code in codes {
                    checked += 1;
                    let r = validate_phone(landline(&code).as_str(), &landline_opts(place.code));
                    let r_tel_3: Vec<_> = r.findings.iter().filter(|f| f.rule == "R-TEL-3").collect();
                    if !r_tel_3.is_empty() {
                        failures.push(format!("{} {} with {code}: {}", place.code, place.name, r_tel_3[0].message));
                    }
                }
            }
        }
    }
    assert!(checked > 3000, "only {checked} division codes checked");
    assert!(failures.is_empty(), "{} failures: {failures:?}", failures.len());
}

/// Issue 27: another city of the same province is an error again (Tencent
/// Cloud: "座机号码的区号需与所填写单位的通信地址相符"); a Guangzhou unit
/// giving a Shenzhen landline is rejected.
#[test]
fn another_city_of_the_same_province_is_an_error() {
    let r = validate_phone("0755-86013388", &landline_opts(440100));
    assert!(!r.ok);
    assert_eq!(r.findings.len(), 1);
    let f = &r.findings[0];
    assert_eq!((f.rule, f.code.as_str(), f.severity), ("R-TEL-3", "PHONE_AREA_CODE_OTHER_CITY", Severity::Error));
    assert!(
        f.message.starts_with("区号 0755 属于广东省深圳市，不是通信地址所在的广东省广州市的区号（020）"),
        "{}",
        f.message
    );
    let mut opts = landline_opts(440100);
    opts.common.locale = Locale::En;
    let en = &validate_phone("0755-86013388", &opts).findings[0];
    assert!(en
        .message
        .starts_with("Area code 0755 belongs to 广东省深圳市, not to 广东省广州市 of the mailing address (020)"));
    // Dalian is 0411, not 024 (which serves 沈阳, 铁岭, 抚顺 and 本溪).
    assert_eq!(validate_phone("024-23456789", &landline_opts(210200)).findings[0].severity, Severity::Error);
    assert!(validate_phone("024-23456789", &landline_opts(211200)).findings.is_empty());
}

/// Counties on a neighbouring city's network (county-area-codes.csv): the
/// code serves that county and an address given as its city, not the other
/// counties of that city.
#[test]
fn a_county_on_another_network_has_its_own_code_and_only_it() {
    for (number, place) in [
        ("0992-8531005", 654202), // 乌苏市 (塔城地区, on 奎屯's network)
        ("0992-8531005", 654200), // … an address given as 塔城地区
        ("0901-6222345", 654200), // 塔城地区's own code
        ("0992-3862832", 650202), // 独山子区 (克拉玛依市)
        ("0990-6222345", 650202), // … which is still 克拉玛依 as well
        ("0993-6012345", 654203), // 沙湾市 (on 石河子's network)
        ("0990-6711037", 654226), // 和布克赛尔蒙古自治县
        ("0997-5712345", 653023), // 阿合奇县 (克孜勒苏, on 阿克苏's network)
        ("027-53083120", 420704), // 鄂城区 (鄂州 also has 027 numbers)
        ("0711-3257534", 420704), // … and keeps 0711
        ("0692-2123456", 533103), // 芒市: 0692 is all of 德宏州's
        ("0692-2123456", 533122), // 梁河县
    ] {
        let r = validate_phone(number, &landline_opts(place));
        assert!(r.findings.is_empty(), "{number} in {place}: {:?}", r.findings);
    }
    for (number, place) in [
        ("0992-6212345", 654201), // 塔城市 is 0901
        ("0993-6212345", 654221), // 额敏县 is 0901
        ("0997-5712345", 653001), // 阿图什市 is 0908
    ] {
        let r = validate_phone(number, &landline_opts(place));
        assert_eq!(
            r.findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
            ["PHONE_AREA_CODE_OTHER_CITY"],
            "{number} in {place}"
        );
    }
}

/// Issue 27: a withdrawn code gets its own finding naming the code now in
/// use and the year (data/phones/retired-area-codes.csv).
#[test]
fn a_withdrawn_code_names_the_code_now_in_use_and_the_year() {
    for (number, old, current, year) in [
        ("0378-2345678", "0378", "0371", 2013),    // 河南省开封市
        ("0634-6212345", "0634", "0531", 2019),    // 山东省莱芜市
        ("0565-2212345", "0565", "0551", 2012),    // 安徽省巢湖市
        ("0733-2812345", "0733", "0731", 2009),    // 湖南省株洲市
        ("0413-7612345", "0413", "024", 2011),     // 辽宁省抚顺市
        ("0852-8212345", "0852", "0851", 2014),    // 贵州省遵义市
        ("+86 378 2345678", "0378", "0371", 2013), // 河南省开封市
    ] {
        let r = validate_phone(number, &PhoneOptions::default());
        assert_eq!(r.findings.len(), 1, "{number}: {:?}", r.findings);
        let f = &r.findings[0];
        assert_eq!((f.rule, f.code.as_str(), f.severity), ("R-TEL-2", "PHONE_AREA_CODE_RETIRED", Severity::Error));
        let expected = format!("区号 {old} 已于 {year} 年停用，现用区号为 {current}；");
        assert!(f.message.starts_with(&expected), "{number}: {}", f.message);
    }
    let en = PhoneOptions {
        common: CommonOptions { locale: Locale::En, ..CommonOptions::default() },
        ..PhoneOptions::default()
    };
    let f = &validate_phone("0378-2345678", &en).findings[0];
    assert!(
        f.message.starts_with("Area code 0378 was withdrawn in 2013; the code now in use is 0371"),
        "{}",
        f.message
    );
    // Codes that were never area codes stay unknown.
    assert_eq!(
        validate_phone("0300-2345678", &PhoneOptions::default()).findings[0].code.as_str(),
        "PHONE_AREA_CODE_UNKNOWN"
    );
    // The code now in use serves the old code's place: 开封 0371, 莱芜区 0531, 巢湖市 0551.
    for (place, code) in [(410200, "0371"), (370116, "0531"), (340181, "0551"), (430200, "0731"), (210400, "024")] {
        assert!(area_code_for(place).contains(&code.to_owned()), "{place}: {:?}", area_code_for(place));
    }
}
