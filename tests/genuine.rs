//! No false rejects: values real organisations publish (tests/data/genuine/,
//! each row with its public source) never get an error, except the rows
//! marked `suspect` by hand with the reason (a typo in the source, a local
//! number from before an upgrade to 8 digits, a number printed without its
//! area code). An error means "this cannot be filed as it is"; a genuine
//! value that the filer cannot change must get at most a warning.

use beian_check::filing_number::validate_filing_number;
use beian_check::{validate_phone, validate_unit_code, CommonOptions, PhoneKind, PhoneOptions, Severity};
use beian_check::{UnitKind, UnitOptions};
use std::collections::HashMap;

#[path = "support/csv.rs"]
mod csv;

/// The rows of a CSV file of tests/data/genuine/ as maps from the header's names.
fn rows(file: &str) -> Vec<HashMap<String, String>> {
    let path = format!("{}/tests/data/genuine/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut records = csv::records(&text);
    let header = records.remove(0);
    records.into_iter().map(|r| header.iter().cloned().zip(r).collect()).collect()
}

/// Checks every row; returns (rows, errors on suspect rows). Panics with
/// every genuine row that got an error.
fn assert_no_false_errors(file: &str, errors_of: impl Fn(&HashMap<String, String>) -> Vec<String>) -> (usize, usize) {
    let rows = rows(file);
    let mut wrong = Vec::new();
    let mut suspect_errors = 0;
    for row in &rows {
        let errors = errors_of(row);
        if errors.is_empty() {
            continue;
        }
        if row["suspect"].is_empty() {
            wrong.push(format!("{} ({}): {errors:?}", row["value"], row["source_url"]));
        } else {
            suspect_errors += 1;
        }
    }
    assert!(wrong.is_empty(), "{file}: {} genuine values get an error:\n{}", wrong.len(), wrong.join("\n"));
    (rows.len(), suspect_errors)
}

fn error_codes<T>(findings: &[beian_check::Finding], _: T) -> Vec<String> {
    findings.iter().filter(|f| f.severity == Severity::Error).map(|f| f.code.as_str().to_owned()).collect()
}

#[test]
fn published_landlines_fit_their_city() {
    let (total, suspect) = assert_no_false_errors("landlines.csv", |row| {
        let city_code = row["division_code"].parse().ok();
        let opts =
            PhoneOptions { kind: PhoneKind::Landline, city_code, province: None, common: CommonOptions::default() };
        error_codes(&validate_phone(row["value"].as_str(), &opts).findings, ())
    });
    assert!(total >= 900, "{total} landlines");
    println!("landlines: {total} rows, {suspect} suspect rows with an error");
}

#[test]
fn published_filing_numbers_are_read() {
    let (total, suspect) = assert_no_false_errors("filing-numbers.csv", |row| {
        error_codes(&validate_filing_number(row["value"].as_str(), &CommonOptions::default()).findings, ())
    });
    assert!(total >= 120, "{total} filing numbers");
    println!("filing numbers: {total} rows, {suspect} suspect rows with an error");
}

#[test]
fn printed_unit_codes_are_accepted() {
    let (total, suspect) = assert_no_false_errors("unit-codes.csv", |row| {
        let kind = match row["kind"].as_str() {
            "reg_no_15" => UnitKind::RegNo15,
            "org_code" => UnitKind::OrgCode,
            _ => UnitKind::Uscc,
        };
        let opts = UnitOptions { kind, ..UnitOptions::default() };
        error_codes(&validate_unit_code(row["value"].as_str(), &opts).findings, ())
    });
    assert!(total >= 290, "{total} unit codes");
    println!("unit codes: {total} rows, {suspect} suspect rows with an error");
}
