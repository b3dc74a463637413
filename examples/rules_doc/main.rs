//! Writes docs/RULES.md from the catalogue the library ships:
//! `cargo run --example rules_doc`.
mod render;

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/RULES.md");
    std::fs::write(path, render::render()).expect("write docs/RULES.md");
    println!("wrote docs/RULES.md");
}
