//! Replays the committed fuzz seeds and any regression inputs
//! (`fuzz/seeds/<target>/`) through the fuzz targets' bodies on stable Rust,
//! so every `npm test` re-checks what fuzzing found, with or without a
//! nightly toolchain. Fuzzing itself: `bash scripts/fuzz.sh`.

#[path = "../fuzz/common.rs"]
mod common;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = format!("{}/fuzz/seeds/{target}", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("seed directory") {
        run(&std::fs::read(entry.unwrap().path()).unwrap());
        count += 1;
    }
    assert!(count > 0, "{dir} is empty");
}

#[test]
fn field_check_seeds() {
    replay("fields", common::fields);
}

#[test]
fn filing_seeds() {
    replay("filing", common::filing);
}

#[test]
fn data_file_seeds() {
    replay("data_files", common::data_files);
}
