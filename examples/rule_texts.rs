//! Writes the catalogue the JS entries serve (`listRules`,
//! `provinceRequirements`), computed by the native crate from
//! data/rules/rule-texts.bin and the province table, as compact JSON:
//!
//!     cargo run --example rule_texts > pkg/web/rule-texts.bin
//!     cargo run --example rule_texts -- --expanded   # the plain results, for the parity test
//!
//! Strings and sources are stored once and referred to by index; message
//! templates are not repeated (the entries have them in messages.js).
//! `js/catalogue.mjs` reads it back into exactly what the native functions
//! return (tests/js/catalogue.test.mjs compares the two).

use beian_check::catalogue::{list_rules, province_requirements, SourceInfo};
use beian_check::Locale;
use serde_json::{json, Value};
use std::collections::HashMap;

const PROVINCES: [u32; 32] = [
    0, 110000, 120000, 130000, 140000, 150000, 210000, 220000, 230000, 310000, 320000, 330000, 340000, 350000, 360000,
    370000, 410000, 420000, 430000, 440000, 450000, 460000, 500000, 510000, 520000, 530000, 540000, 610000, 620000,
    630000, 640000, 650000,
];
const LOCALES: [(Locale, &str); 2] = [(Locale::ZhCn, "zh-CN"), (Locale::En, "en")];

/// Interns strings and sources.
#[derive(Default)]
struct Table {
    strings: Vec<String>,
    string_at: HashMap<String, usize>,
    sources: Vec<[usize; 4]>,
    source_at: HashMap<[usize; 4], usize>,
}

impl Table {
    fn s(&mut self, text: &str) -> usize {
        if let Some(&i) = self.string_at.get(text) {
            return i;
        }
        self.strings.push(text.to_owned());
        self.string_at.insert(text.to_owned(), self.strings.len() - 1);
        self.strings.len() - 1
    }

    fn source(&mut self, s: &SourceInfo) -> usize {
        let key = [self.s(&s.title), self.s(&s.provider), self.s(&s.url), self.s(&s.date)];
        if let Some(&i) = self.source_at.get(&key) {
            return i;
        }
        self.sources.push(key);
        self.source_at.insert(key, self.sources.len() - 1);
        self.sources.len() - 1
    }

    fn sources(&mut self, list: &[SourceInfo]) -> Vec<usize> {
        list.iter().map(|s| self.source(s)).collect()
    }
}

fn main() {
    if std::env::args().any(|a| a == "--expanded") {
        let mut out = serde_json::Map::new();
        for (locale, name) in LOCALES {
            let provinces: serde_json::Map<String, Value> =
                PROVINCES.iter().map(|&p| (format!("{p:06}"), json!(province_requirements(p, locale)))).collect();
            out.insert(name.to_owned(), json!({ "rules": list_rules(locale), "provinces": provinces }));
        }
        println!("{}", Value::Object(out));
        return;
    }
    let mut t = Table::default();
    let mut locales = serde_json::Map::new();
    for (locale, name) in LOCALES {
        // A rule: [id, title, checks, severity, [[code, severity]…], [source…], [requirement id…]].
        let rules: Vec<Value> = list_rules(locale)
            .iter()
            .map(|r| {
                let codes: Vec<Value> = r.codes.iter().map(|c| json!([c.code, c.severity])).collect();
                let provinces: Vec<usize> = r.provinces.iter().map(|p| t.s(p)).collect();
                json!([
                    t.s(&r.id),
                    t.s(&r.title),
                    t.s(&r.checks),
                    t.s(&r.severity),
                    codes,
                    t.sources(&r.sources),
                    provinces
                ])
            })
            .collect();
        // A requirement: [id, rule, province, severity, checkable, checked, text, firmness, [source…], [against…]].
        let mut provinces = serde_json::Map::new();
        for p in PROVINCES {
            let list: Vec<Value> = province_requirements(p, locale)
                .iter()
                .map(|r| {
                    json!([
                        t.s(&r.id),
                        t.s(r.rule),
                        t.s(&r.province),
                        t.s(r.severity),
                        t.s(r.checkable),
                        u8::from(r.checked),
                        t.s(&r.text),
                        t.s(&r.firmness),
                        t.sources(&r.sources),
                        t.sources(&r.against)
                    ])
                })
                .collect();
            provinces.insert(format!("{p:06}"), Value::Array(list));
        }
        locales.insert(name.to_owned(), json!({ "rules": rules, "provinces": provinces }));
    }
    let out = json!({
        "format": "beian-check rule texts",
        "version": 1,
        "strings": t.strings,
        "sources": t.sources,
        "locales": locales,
    });
    println!("{out}");
}
