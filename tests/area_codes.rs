//! R-TEL-3 knows an area code for every current prefecture- and county-level
//! division (issue: genuine office numbers in 省直辖县级行政单位 were refused).

use beian_check::phone::area_code_for;
use beian_check::{list_divisions, validate_phone, CommonOptions, PhoneKind, PhoneOptions};

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
