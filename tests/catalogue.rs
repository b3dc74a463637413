//! The rule catalogue the package ships is complete and docs/RULES.md is
//! written from it.

#[path = "../examples/rules_doc/render.rs"]
mod render;

use beian_check::catalogue::{list_rules, province_requirements};
use beian_check::{Code, Locale};

#[test]
fn docs_rules_md_is_up_to_date() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/RULES.md")).unwrap_or_default();
    assert!(committed == render::render(), "docs/RULES.md is stale: run `cargo run --example rules_doc`");
}

#[test]
fn every_rule_id_is_in_the_catalogue() {
    let ids: Vec<String> = list_rules(Locale::En).into_iter().map(|r| r.id).collect();
    for rule in beian_check::rules::ALL {
        assert!(ids.iter().any(|id| id == rule), "{rule} is reported but not in data/rules/catalogue.toml");
    }
}

#[test]
fn every_finding_code_belongs_to_a_rule() {
    let rules = list_rules(Locale::En);
    for code in Code::ALL {
        assert!(
            rules.iter().any(|r| r.codes.iter().any(|c| c.code == code.as_str())),
            "{} is in no rule's codes (data/rules/catalogue.toml)",
            code.as_str()
        );
    }
}

#[test]
fn every_rule_has_words_and_every_requirement_a_source() {
    for locale in [Locale::ZhCn, Locale::En] {
        for r in list_rules(locale) {
            assert!(!r.title.is_empty() && !r.checks.is_empty() && !r.severity.is_empty(), "{}", r.id);
        }
    }
    for province in std::iter::once(0).chain(render::PROVINCES) {
        for r in province_requirements(province, Locale::ZhCn) {
            assert!(!r.text.is_empty(), "{}", r.id);
            assert!(!r.sources.is_empty() || r.severity == "national", "{} has no source", r.id);
            for s in &r.sources {
                assert!(!s.title.is_empty() && !s.date.is_empty(), "{}: {s:?}", r.id);
            }
        }
    }
}

#[test]
fn shanxi_refuses_other_provinces_ids_on_four_sources() {
    let shanxi = province_requirements(140000, Locale::ZhCn);
    let local = shanxi.iter().find(|r| r.id == "R-LOC-1@140000").expect("R-LOC-1@140000");
    assert_eq!(local.severity, "error");
    assert_eq!(local.sources.len(), 4);
    assert!(local.against.is_empty());
    assert_eq!(local.text, "山西个人备案只接受本省地址的身份证，外省身份证不能备案。");
}

#[test]
fn every_province_has_requirements() {
    for province in render::PROVINCES {
        assert!(
            province_requirements(province, Locale::En).iter().any(|r| r.province == format!("{province:06}")),
            "{province} has no requirement of its own"
        );
    }
}
