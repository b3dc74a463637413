#![no_main]
//! `cargo +nightly fuzz run data_files`: see fuzz/common.rs.
#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::data_files(data));
