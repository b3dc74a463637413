//! Every fact the bundled tables state, one per line, sorted — what
//! `npm run refresh-data` (scripts/refresh-data.py) compares before and after
//! a refresh to print what changed for review:
//!
//! ```text
//! division <code> <name> <first year>-<last year>   (years empty when open)
//! area <code> <division codes it serves>
//! retired-area <code> <code now in use> <year>
//! block <7-digit prefix> <home division, or - when none>
//! tld <label> <standing letter or ->
//! suffix-rule <rule>
//! rule <id> <severity> <codes>
//! requirement <id> <severity> <checked>
//! ```
//!
//! `cargo run -q --example data_snapshot --features mobile-location`

use beian_check::catalogue::{list_rules, province_requirements};
use beian_check::division::{codes, division, six_digits};
use beian_check::phone::{load_bundled_mobile_locations, mobile_home};
use beian_check::tables::{phones, suffixes};
use beian_check::Locale;
use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    load_bundled_mobile_locations().expect("the bundled location table");
    let mut lines = Vec::new();
    let mut codes = codes().to_vec();
    codes.dedup();
    for code in codes {
        let Some(d) = division(code) else { continue };
        let year = |y: Option<u16>| y.map_or(String::new(), |y| y.to_string());
        lines.push(format!("division {} {} {}-{}", six_digits(code), d.name, year(d.valid_from), year(d.valid_to)));
    }
    for (i, code) in phones::AREA_CODES.iter().enumerate() {
        let cities =
            &phones::AREA_CITIES[usize::from(phones::AREA_CITY_START[i])..usize::from(phones::AREA_CITY_START[i + 1])];
        let cities: Vec<String> = cities.iter().map(|&c| six_digits(c)).collect();
        lines.push(format!("area 0{code} {}", cities.join(",")));
    }
    for (i, code) in phones::RETIRED_AREA_CODES.iter().enumerate() {
        lines.push(format!("retired-area 0{code} 0{} {}", phones::RETIRED_CURRENT[i], phones::RETIRED_YEAR[i]));
    }
    for &(first, last) in phones::MOBILE_RANGES.iter() {
        for prefix in first..=last {
            let home = mobile_home(&format!("{prefix}0000")).ok().flatten();
            lines.push(format!("block {prefix} {}", home.map_or("-".to_owned(), six_digits)));
        }
    }
    for line in suffixes::TLDS.lines() {
        let (tld, standing) = line.split_once(' ').unwrap_or((line, "-"));
        lines.push(format!("tld {tld} {}", &standing[..1]));
    }
    lines.extend(suffixes::RULES.lines().map(|rule| format!("suffix-rule {rule}")));
    for rule in list_rules(Locale::En) {
        let codes: Vec<&str> = rule.codes.iter().map(|c| c.code).collect();
        lines.push(format!("rule {} {} {}", rule.id, rule.severity, codes.join(",")));
    }
    for province in std::iter::once(0).chain((11..=82).map(|p| p * 10_000)) {
        for r in province_requirements(province, Locale::En) {
            lines.push(format!("requirement {} {} {}", r.id, r.severity, r.checked));
        }
    }
    lines.sort();
    lines.dedup();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
