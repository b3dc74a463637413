//! The rule catalogue as data: `listRules()` (every rule id: what it checks,
//! when it is an error, its finding codes with a message example, its
//! sources, the provinces it applies in) and `provinceRequirements(code)`
//! (everything a province asks: checked here, documents to prepare, and
//! what a form cannot check). `docs/RULES.md` is written from these
//! (`cargo run --example rules_doc`).
//!
//! The words come from the optional rule texts ([`crate::provinces::texts`]);
//! without them the lists still hold every id, severity, code and the
//! sources' providers and dates, with empty titles and texts.
//!
//! ```
//! use beian_check::catalogue::{list_rules, province_requirements};
//! use beian_check::Locale;
//! let rules = list_rules(Locale::ZhCn);
//! let loc = rules.iter().find(|r| r.id == "R-LOC-1").unwrap();
//! assert_eq!(loc.title, "外省证件（个人备案及部分省份的单位负责人）");
//! assert!(loc.provinces.iter().any(|p| p == "R-LOC-1@140000"));
//! let shanxi = province_requirements(140000, Locale::En);
//! assert!(shanxi.iter().any(|r| r.id == "R-LOC-1@140000" && r.severity == "error"));
//! ```

use crate::messages::{Code, Locale};
use crate::provinces::{self, texts, Grade, Requirement};
use crate::tables::provinces as table;
use serde::Serialize;

/// A public document a rule or requirement rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// Its title (empty without the rule texts).
    pub title: String,
    /// Who published it (provinces' sources) or empty.
    pub provider: String,
    /// Its address, or empty.
    pub url: String,
    /// Its date, in words.
    pub date: String,
}

/// A finding code of a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeInfo {
    /// The code, e.g. `ID_CHECKSUM`.
    pub code: &'static str,
    /// Its default severity (province requirements give their own).
    pub severity: &'static str,
    /// Its message template in the locale (`{name}` marks a parameter).
    pub message: &'static str,
}

/// A rule of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// `R-ID-1` …
    pub id: String,
    /// Its title.
    pub title: String,
    /// What is checked.
    pub checks: String,
    /// When a finding is an error, a warning or a material.
    pub severity: String,
    /// Its finding codes.
    pub codes: Vec<CodeInfo>,
    /// The documents it rests on (the province rows' sources are with the rows).
    pub sources: Vec<SourceInfo>,
    /// The ids of its province requirements (`R-LOC-1@140000` …).
    pub provinces: Vec<String>,
}

/// One thing a province asks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequirementInfo {
    /// `R-LOC-1@140000`; for rows no check uses, `<rule or kind>@<province>#<n>`.
    pub id: String,
    /// The catalogue rule (empty for process rows).
    pub rule: &'static str,
    /// `xx0000`, or `000000` for a national requirement.
    pub province: String,
    /// `error`, `warning`, `material`, `none` (says what a source allows),
    /// `national` (stated by a national rule's check), `unchecked` or `process`.
    pub severity: &'static str,
    /// `field`, `material` or `process`.
    pub checkable: &'static str,
    /// True when the library checks it.
    pub checked: bool,
    /// The requirement in words.
    pub text: String,
    /// Why it has its severity, or why it is not checked.
    pub firmness: String,
    /// Its sources.
    pub sources: Vec<SourceInfo>,
    /// Sources that contradict it.
    pub against: Vec<SourceInfo>,
}

fn zh(locale: Locale) -> bool {
    locale == Locale::ZhCn
}

/// A province source (index in the core table) with its words when loaded.
fn province_source(index: u8, locale: Locale) -> SourceInfo {
    let (provider, date) = table::SOURCES.get(usize::from(index)).copied().unwrap_or((0, "?"));
    let provider = provinces::provider_name(provider, locale);
    let fields = texts::line('S', &index.to_string()).unwrap_or_default();
    let field = |i: usize| fields.get(i).copied().unwrap_or("").to_owned();
    SourceInfo {
        title: field(if zh(locale) { 1 } else { 2 }),
        provider: provider.to_owned(),
        url: field(3),
        date: provinces::show_date(date, locale),
    }
}

/// A catalogue source by key.
fn catalogue_source(key: &str, locale: Locale) -> SourceInfo {
    let fields = texts::line('C', key).unwrap_or_default();
    let field = |i: usize| fields.get(i).copied().unwrap_or("").to_owned();
    SourceInfo { title: field(if zh(locale) { 1 } else { 2 }), provider: String::new(), url: field(3), date: field(4) }
}

/// The requirement's text, with `{province}` and its quoted texts filled in.
fn requirement_text(requirement: &Requirement, province: u32, locale: Locale) -> String {
    let Some(fields) = texts::line('E', &requirement.entry.to_string()) else { return String::new() };
    let template = fields.get(if zh(locale) { 1 } else { 2 }).copied().unwrap_or("");
    let quoted = match requirement.check {
        provinces::Check::IdLocalOnly { proof: Some(t), .. } | provinces::Check::IdLocalOrProof { proof: t, .. } => {
            provinces::text(t, locale)
        }
        provinces::Check::Document { doc, .. } => provinces::text(doc, locale),
        provinces::Check::IdTypeRefused { instead, .. } => provinces::text(instead, locale),
        _ => "",
    };
    let place = if requirement.province == 0 { province } else { requirement.province };
    template
        .replace("{province}", provinces::province_name(place, locale))
        .replace("{proof}", quoted)
        .replace("{doc}", quoted)
        .replace("{instead}", quoted)
}

/// `listRules()`: every rule of the catalogue.
pub fn list_rules(locale: Locale) -> Vec<RuleInfo> {
    let pick = |fields: &[&str], zh_at: usize| {
        fields.get(if zh(locale) { zh_at } else { zh_at + 1 }).copied().unwrap_or("").to_owned()
    };
    texts::lines('R')
        .map(|fields| {
            let id = fields[0];
            let codes = fields
                .get(8)
                .unwrap_or(&"")
                .split(',')
                .filter_map(|name| Code::ALL.iter().find(|c| c.as_str() == name))
                .map(|&code| CodeInfo {
                    code: code.as_str(),
                    severity: match code.severity() {
                        crate::Severity::Error => "error",
                        crate::Severity::Warning => "warning",
                        crate::Severity::Material => "material",
                    },
                    message: code.template(locale),
                })
                .collect();
            let sources = fields
                .get(7)
                .unwrap_or(&"")
                .split(',')
                .filter(|k| !k.is_empty())
                .map(|key| catalogue_source(key, locale))
                .collect();
            RuleInfo {
                id: id.to_owned(),
                title: pick(&fields, 1),
                checks: pick(&fields, 3),
                severity: pick(&fields, 5),
                codes,
                sources,
                provinces: provinces::all().filter(|r| r.rule == id).map(|r| r.id()).collect(),
            }
        })
        .collect()
}

/// `provinceRequirements(code)`: what a province (`xx0000`; 0 for the
/// national rules) asks — the requirements in force (its own and the
/// national ones), then the rows of its sources that no check uses.
pub fn province_requirements(province: u32, locale: Locale) -> Vec<RequirementInfo> {
    let mut list: Vec<RequirementInfo> = provinces::in_force(province)
        .map(|r| {
            let id = r.id();
            let firmness = texts::line('W', &id).unwrap_or_default();
            let material = r.grade == Grade::Material;
            RequirementInfo {
                id,
                rule: r.rule,
                province: format!("{:06}", r.province),
                severity: r.grade.as_str(),
                checkable: if material { "material" } else { "field" },
                checked: r.grade != Grade::None,
                text: requirement_text(&r, province, locale),
                firmness: firmness.get(if zh(locale) { 1 } else { 2 }).copied().unwrap_or("").to_owned(),
                sources: r.sources().iter().map(|&s| province_source(s, locale)).collect(),
                against: r.against().iter().map(|&s| province_source(s, locale)).collect(),
            }
        })
        .collect();
    let code = format!("{province:06}");
    for (n, fields) in texts::lines('X').filter(|f| f.get(1) == Some(&code.as_str())).enumerate() {
        let kind = fields[0];
        let rule = crate::rules::ALL.iter().copied().find(|r| Some(r) == fields.get(2)).unwrap_or("");
        let text = fields.get(if zh(locale) { 3 } else { 4 }).copied().unwrap_or("");
        let reason = fields.get(if zh(locale) { 5 } else { 6 }).copied().unwrap_or("");
        let sources = fields
            .get(7)
            .unwrap_or(&"")
            .split(',')
            .filter_map(|s| s.parse::<u8>().ok())
            .map(|s| province_source(s, locale))
            .collect();
        let (severity, checkable, checked) = match kind {
            "cite" => ("national", "field", true),
            "process" => ("process", "process", false),
            _ => ("unchecked", "field", false),
        };
        let label = if rule.is_empty() { kind } else { rule };
        list.push(RequirementInfo {
            id: format!("{label}@{code}#{}", n + 1),
            rule,
            province: code.clone(),
            severity,
            checkable,
            checked,
            text: text.to_owned(),
            firmness: reason.to_owned(),
            sources,
            against: Vec::new(),
        });
    }
    list
}
