//! Times single-field checks natively (best of 5 rounds of 200 000 calls):
//! `cargo run --release --example field_time`. `npm run bench` times the
//! same values through wasm, side by side with the reference libraries.
use beian_check::domain::{validate_domain, DomainOptions};
use beian_check::identity::{validate_id_number, IdOptions};
use beian_check::phone::{validate_phone, PhoneKind, PhoneOptions};
use std::hint::black_box;
use std::time::Instant;

fn time(name: &str, mut check: impl FnMut(usize)) {
    let rounds = 200_000;
    let best = (0..5)
        .map(|_| {
            let start = Instant::now();
            (0..rounds).for_each(&mut check);
            start.elapsed().as_secs_f64() * 1e6 / rounds as f64
        })
        .fold(f64::INFINITY, f64::min);
    println!("{name:<40} {best:.3} µs");
}

fn main() {
    let ids = ["11010519491231002X", "440305198507048916", "43010219880101001X"];
    let id_opts = IdOptions::default();
    time("validate_id_number", |i| {
        black_box(validate_id_number(ids[i % 3], &id_opts));
    });
    let mobiles = ["13923456789", "13712345678"];
    let phone_opts = PhoneOptions { kind: PhoneKind::Mobile, ..PhoneOptions::default() };
    time("validate_phone (mobile)", |i| {
        black_box(validate_phone(mobiles[i % 2], &phone_opts));
    });
    let domains = ["www.example.com", "mouke-tech.cn", "腾讯.中国"];
    let domain_opts = DomainOptions::default();
    time("validate_domain", |i| {
        black_box(validate_domain(domains[i % 3], &domain_opts));
    });
}
