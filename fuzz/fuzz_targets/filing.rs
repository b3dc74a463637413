#![no_main]
//! `cargo +nightly fuzz run filing`: see fuzz/common.rs.
#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::filing(data));
