//! Times `validate_filing` natively (median of 2 000 runs) on the realistic
//! 3-website unit form, the same with 2 apps, and on the form with the
//! classic mistakes:
//! `cargo run --release --example filing_time`. `scripts/time-filing.mjs`
//! times the same forms through wasm in Node and Chromium.
use beian_check::form::{validate_filing, FilingOptions, FormValue};
use std::time::Instant;

fn main() {
    let locations = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/phones/mobile-location.bin"));
    let _ = beian_check::phone::load_mobile_locations(locations.unwrap_or_default());
    for (name, text) in [
        ("unit-three-websites", include_str!("../tests/fixtures/unit-three-websites.json")),
        ("unit-websites-and-apps", include_str!("../tests/fixtures/unit-websites-and-apps.json")),
        ("unit-classic-mistakes", include_str!("../tests/fixtures/unit-classic-mistakes.json")),
    ] {
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
        println!("validate_filing native, {name}: median {:.1} µs", times[times.len() / 2]);
    }
}
