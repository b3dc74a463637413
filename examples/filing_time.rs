//! Times `validate_filing` on the unit fixture with the classic mistakes
//! (median of 2 000 runs): `cargo run --release --example filing_time`.
use beian_check::form::{validate_filing, FilingOptions, FormValue};
use std::time::Instant;

fn main() {
    let text = include_str!("../tests/fixtures/unit-classic-mistakes.json");
    let fixture: serde_json::Value = serde_json::from_str(text).expect("fixture");
    let form: FormValue = serde_json::from_value(fixture["form"].clone()).expect("form");
    let opts = FilingOptions::default();
    let mut times: Vec<f64> = (0..2000)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(validate_filing(&form, &opts));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    println!("validate_filing, unit form with 2 websites: median {:.1} µs", times[times.len() / 2]);
}
