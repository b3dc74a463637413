//! Mobile home locations (R-TEL-4; issue 27, item 8): phonenumbers' geocoder
//! only says 中国 for about a third of the allocated blocks, so
//! data/phones/generate.py fills them from the pinned number-block sources
//! (data/phones/mobile_blocks.py, mobile-blocks-pins.json). These tests read
//! the generated mobile-location.bin.

use beian_check::phone::{load_mobile_locations, mobile_home};
use beian_check::tables::phones::{MOBILE_LOCATED, MOBILE_RANGES};
use beian_check::{validate_phone, PhoneKind, PhoneOptions};
use std::collections::BTreeMap;

/// The share of allocated blocks with a province that the sources reach
/// today: 94.27 % (phonenumbers alone: 63.48 %). Issue 27 asks for 99 %; the
/// 5.7 % left are blocks in no source on the registries (mostly 196, 197,
/// 190, 193 and 162: blocks the 2025-02 list does not have yet); REPORT.md
/// counts them. Raise this floor when a newer source covers them.
const FLOOR: f64 = 0.94;

fn load() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/phones/mobile-location.bin")).unwrap();
    load_mobile_locations(bytes).unwrap();
}

#[test]
fn share_of_allocated_blocks_with_a_province() {
    load();
    let (mut total, mut located) = (0usize, 0usize);
    let mut missing: BTreeMap<u32, usize> = BTreeMap::new();
    for &(first, last) in MOBILE_RANGES.iter() {
        for prefix in first..=last {
            total += 1;
            match mobile_home(&format!("{prefix}0000")).unwrap() {
                Some(_) => located += 1,
                None => *missing.entry(prefix / 10_000).or_default() += 1,
            }
        }
    }
    let share = located as f64 / total as f64;
    eprintln!("allocated 7-digit blocks with a province: {located} of {total} ({:.2} %)", 100.0 * share);
    eprintln!("without one, by first three digits: {missing:?}");
    assert_eq!(located, MOBILE_LOCATED, "the table and phones.rs agree");
    assert!(share >= FLOOR, "{:.2} % < {:.0} %", 100.0 * share, 100.0 * FLOOR);
}

/// Numbers of blocks phonenumbers only knows as 中国, with the home the
/// block source (data/phones/sources/mobile-blocks.csv) gives them.
#[test]
fn homes_of_blocks_from_the_block_source() {
    load();
    for (number, home) in [
        ("16212701234", 420100), // 湖北 武汉
        ("16502401234", 210100), // 辽宁 沈阳
        ("16711501234", 360100), // 江西 南昌
        ("17100261234", 340100), // 安徽 合肥
        ("17200501234", 140100), // 山西 太原
        ("17502001234", 440100), // 广东 广州
        ("19000801234", 520500), // 贵州 毕节
        ("19100101234", 360100), // 江西 南昌
        ("19200001234", 440600), // 广东 佛山
        ("19300101234", 520500), // 贵州 毕节
        ("19500301234", 220100), // 吉林 长春
        ("19602001234", 440100), // 广东 广州
        ("19700111234", 440100), // 广东 广州
        ("19801401234", 130600), // 河北 保定
        ("19900901234", 410100), // 河南 郑州
    ] {
        assert_eq!(mobile_home(number).unwrap(), Some(home), "{number}");
    }
}

/// Where the sources disagree: phonenumbers (newer) keeps a block it places
/// by a full 7-digit key; its catch-all "86173" (北京市 for all of 173) gives
/// way to the block source's per-block homes. mobile-differences.csv lists both.
#[test]
fn disagreements_settled() {
    load();
    assert_eq!(mobile_home("13495371234").unwrap(), Some(450400), "phonenumbers' 梧州市 over the block source's 北京");
    assert_eq!(mobile_home("17300801234").unwrap(), Some(610100), "the block source's 西安 over the catch-all 北京市");
    assert_eq!(mobile_home("17300401234").unwrap(), Some(532800), "西双版纳");
}

/// R-TEL-4 now fires for the new blocks: a 郑州 199 number filed in 北京 is
/// the error Beijing's sources require.
#[test]
fn r_tel_4_fires_for_new_blocks() {
    load();
    let opts = PhoneOptions { kind: PhoneKind::Mobile, province: Some(110000), ..PhoneOptions::default() };
    let result = validate_phone("19900901234", &opts);
    let codes: Vec<_> =
        result.findings.iter().map(|f| (f.rule, f.code.as_str(), format!("{:?}", f.severity))).collect();
    assert_eq!(codes, [("R-TEL-4", "PHONE_MOBILE_OTHER_PROVINCE_REQUIRED", "Error".to_owned())]);
    let home = PhoneOptions { kind: PhoneKind::Mobile, province: Some(410000), ..PhoneOptions::default() };
    assert!(validate_phone("19900901234", &home).findings.is_empty());
}
