//! The whole filing form (`validateFiling`): every field check of the
//! other modules at its exact path, and the rules that need several fields —
//! landline area codes against the filing city (R-TEL-3), mobile home
//! provinces (R-TEL-4), landlines where required (R-TEL-5), contacts
//! (R-CON-1 … 5), ages (R-AGE-1 … 3), documents' validity (R-ID-7), the
//! unit's code against its nature and province (R-ORG-3/4/5/7), websites
//! (R-DOM-*, R-URL-*, R-NAME-1, R-REM-3, R-PRE-1, R-APP-1), apps, mini-programs
//! and quick apps (R-APP-1 … 13, `apps`) — and the materials the filing needs
//! (R-MAT-*, R-APP-12).
//!
//! The form has the shape of docs/API.md; it is read leniently ([`FormValue`]):
//! a missing section or a value of the wrong type is a finding at its path.
//! Findings come sorted by path, then rule.
//!
//! ```
//! use beian_check::form::{validate_filing, FilingOptions, FormValue};
//! let form: FormValue = serde_json::from_str(r#"{"kind": "personal"}"#).unwrap();
//! let r = validate_filing(&form, &FilingOptions::default());
//! assert!(!r.ok);
//! assert!(r.findings.iter().any(|f| f.path == "region.province" && f.code.as_str() == "FORM_REGION"));
//! ```

mod apps;
mod change;
mod owners;
mod province;
mod subject;
pub mod value;
mod websites;

pub use value::FormValue;

use crate::contact::FilingKind;
use crate::division::{parse_division, parse_province};
use crate::finding::{Finding, Findings, Param};
use crate::identity::{IdKind, IdOptions};
use crate::messages::Code;
use crate::options::CommonOptions;
use crate::paths;
use crate::phone::{PhoneKind, PhoneOptions};
use crate::rules;
use owners::{check_contact_rules, check_id, check_owners};
use serde::Serialize;
use subject::check_subject;
use websites::check_websites;

/// The filing types of docs/API.md.
pub const FILING_TYPES: [&str; 4] = ["new", "access", "new_website", "change"];

/// At most this many websites are checked; more is a finding.
pub const MAX_WEBSITES: usize = 100;

/// The pre-approval types of the form (Tencent Cloud《接入备案》2020 and 《备案类型》2018).
pub const PRE_APPROVALS: [&str; 8] =
    ["新闻", "出版", "教育", "医疗保健", "药品和医疗器械", "电子公告服务", "文化", "广播电影电视节目"];

/// The choice that excludes every pre-approval type.
pub const NO_PRE_APPROVAL: &str = "以上都不涉及";

/// Words of organisations a personal website's name may not contain
/// (R-NAME-1; the state words 中国, 国家 … are R-NAME-3's, the province
/// table's).
const PERSONAL_NAME_WORDS: [&str; 4] = ["公司", "企业", "官网", "政府"];

/// Options of [`validate_filing`].
#[derive(Clone, Debug, Default)]
pub struct FilingOptions {
    /// Incremental use: only the findings at or under this path
    /// (`websites[0]`, `subject.owner.mobile`), and only the checks that can
    /// produce them run — a keystroke in one field costs that field's checks
    /// plus the cross-field rules around it. `None`: the whole form.
    pub only: Option<String>,
    /// How many mini-programs the subject has filed already
    /// (`existingFilings`), for the quota of R-APP-10.
    pub existing_filings: Option<u32>,
    /// Language, date and rejected option values.
    pub common: CommonOptions,
}

impl FilingOptions {
    /// Reads the options from a host (the wasm binding): the common ones and
    /// `only`, which must be a string (otherwise a warning, and the whole form).
    pub fn from_host(get: &impl Fn(&'static str) -> crate::input::Value) -> FilingOptions {
        let mut common = CommonOptions::from_host(get);
        let only = crate::options::pick(
            "only",
            get("only").as_input(),
            |path| Some(path.to_owned()),
            || "(the whole form)".into(),
            &mut common.rejected,
        );
        // A count: a whole number, or its digits as text.
        let existing_filings = match get("existingFilings") {
            crate::input::Value::Number(n) if (0.0..=1e6).contains(&n) && n.fract() == 0.0 => Some(n as u32),
            other => crate::options::pick(
                "existingFilings",
                other.as_input(),
                |n| n.parse().ok(),
                || "0".into(),
                &mut common.rejected,
            ),
        };
        FilingOptions { only, existing_filings, common }
    }
}

/// True when `path` is `at` or below it (`websites[0].name` is below
/// `websites[0]`; `websites[10]` is not). Everything is below `""`.
pub fn is_under(path: &str, at: &str) -> bool {
    at.is_empty() || path.strip_prefix(at).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// A material the filing needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Material {
    /// The finding code that asked for it, e.g. `MATERIAL_CONSTRUCTION_PLAN`.
    pub code: &'static str,
    /// The rule.
    pub rule: &'static str,
    /// Why, in the requested locale.
    pub reason: String,
}

/// The result of [`validate_filing`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FilingResult {
    /// True when no finding is an error.
    pub ok: bool,
    /// Every finding, sorted by path, then rule.
    pub findings: Vec<Finding>,
    /// The materials to prepare, without repeats. (Not in the wasm build's
    /// record: its JS entries add them after rendering the messages.)
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "messages")), serde(skip))]
    pub materials: Vec<Material>,
}

/// What every check of one filing shares.
struct Filing<'a> {
    form: &'a FormValue,
    kind: Option<FilingKind>,
    province: Option<u32>,
    /// The mailing city (or district) for R-TEL-3.
    city: Option<u32>,
    opts: &'a CommonOptions,
    only: Option<&'a str>,
    findings: Findings,
}

impl Filing<'_> {
    /// Whether checks of the fields at or under `prefix` can produce a
    /// finding the caller asked for (see [`FilingOptions::only`]).
    fn wants(&self, prefix: &str) -> bool {
        self.only.map_or(true, |only| is_under(prefix, only) || is_under(only, prefix))
    }

    /// Whether a finding at `path` is reported (see [`FilingOptions::only`]).
    /// A province requirement's finding that is not is never built: its
    /// parameters (the sources' names and dates) cost the most (issue 26).
    fn keeps(&self, path: &str) -> bool {
        self.only.map_or(true, |only| is_under(path, only))
    }

    // Not inlined: called from every check of the form.
    #[inline(never)]
    fn add(&mut self, path: &str, findings: Vec<Finding>) {
        self.findings.extend_at(path, findings);
    }

    #[inline(never)]
    fn push(&mut self, path: &str, rule: &'static str, code: Code, params: Vec<(&'static str, Param)>) {
        self.findings.push_at(path.to_owned(), rule, code, params);
    }

    fn id_options(&self, kind: IdKind) -> IdOptions {
        IdOptions { kind, common: self.quiet() }
    }

    fn phone_options(&self, kind: PhoneKind, city: bool) -> PhoneOptions {
        PhoneOptions {
            kind,
            city_code: if city { self.city } else { None },
            province: self.province,
            common: CommonOptions { rejected: Vec::new(), ..self.opts.clone() },
        }
    }

    fn quiet(&self) -> CommonOptions {
        CommonOptions { rejected: Vec::new(), ..self.opts.clone() }
    }
}

/// Checks a whole filing form (every rule of docs/RULES.md that the form can show).
pub fn validate_filing(form: &FormValue, opts: &FilingOptions) -> FilingResult {
    let kind = form.get("kind").text().and_then(FilingKind::parse);
    let region = form.get("region");
    let province = region.get("province").text().and_then(parse_province);
    let city = ["district", "city"].iter().find_map(|key| region.get(key).text().and_then(parse_division));
    let only = opts.only.as_deref().map(str::trim);
    let common = &opts.common;
    let mut filing = Filing { form, kind, province, city, opts: common, only, findings: common.findings("") };
    if kind.is_none() {
        filing.push("kind", rules::FORM, Code::FormKind, vec![]);
    }
    if province.is_none() {
        filing.push("region.province", rules::FORM, Code::FormRegion, vec![]);
    }
    let filing_type = form.get("filingType");
    if let Some(t) = filing_type.text().filter(|t| !FILING_TYPES.contains(t)) {
        filing.push("filingType", rules::FORM, Code::FormFilingType, vec![("type", Param::from(t))]);
    }
    if filing.wants("subject") {
        check_subject(&mut filing);
    }
    let owner_ages = check_owners(&mut filing);
    let apps = apps::check_apps(&mut filing, opts.existing_filings);
    check_websites(&mut filing, apps > 0);
    check_contact_rules(&mut filing);
    province::check_province_rules(&mut filing);
    if filing_type.text() == Some("change") {
        change::check_change(&mut filing);
    }
    finish(filing, owner_ages, apps)
}

/// `checkContacts`: R-CON-1 … R-CON-5 over the owners of a filing form (the
/// subject owner, the website owners that are objects, `accountPhone`); a
/// form without a `kind` is a unit's. Findings carry their field paths.
pub fn check_form_contacts(form: &FormValue, opts: &CommonOptions) -> crate::finding::CheckResult {
    let kind = form.get("kind").text().and_then(FilingKind::parse).unwrap_or(FilingKind::Unit);
    let sites: Vec<Option<crate::contact::Contacts<'_>>> = form
        .get("websites")
        .items()
        .iter()
        .take(MAX_WEBSITES)
        .map(|site| {
            matches!(site.get("owner"), FormValue::Object(_)).then(|| owners::contacts(site.get("owner"), false))
        })
        .collect();
    let account = form.get("accountPhone").text();
    crate::contact::check_contacts(
        kind,
        &owners::contacts(form.get("subject").get("owner"), false),
        &sites,
        account,
        opts,
    )
}

/// Sorts findings by path, then rule, keeping the order of equal ones — an
/// insertion sort: a form has tens of findings, and the standard library's
/// sorts cost several KB of wasm.
fn sort_findings(findings: &mut [Finding]) {
    for i in 1..findings.len() {
        let mut j = i;
        while j > 0
            && (findings[j - 1].path.as_str(), findings[j - 1].rule) > (findings[j].path.as_str(), findings[j].rule)
        {
            findings.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Two ID numbers are the same person's (both given, equal when normalised).
fn same_id(a: &FormValue, b: &FormValue) -> bool {
    let norm = |v: &FormValue| v.text().map(|t| t.replace(' ', "").to_ascii_uppercase());
    matches!((norm(a), norm(b)), (Some(x), Some(y)) if x == y)
}

/// The owners of the filing: (path prefix, value, is the subject owner).
fn owners<'a>(filing: &Filing<'a>) -> Vec<(String, &'a FormValue, bool)> {
    let mut list = vec![("subject.owner".to_owned(), filing.form.get("subject").get("owner"), true)];
    if filing.kind == Some(FilingKind::Unit) {
        for (i, site) in filing.form.get("websites").items().iter().take(MAX_WEBSITES).enumerate() {
            if matches!(site.get("owner"), FormValue::Object(_)) {
                list.push((paths::site(i, "owner"), site.get("owner"), false));
            }
        }
        for (i, app) in filing.form.get("apps").items().iter().take(apps::MAX_APPS).enumerate() {
            if matches!(app.get("owner"), FormValue::Object(_)) {
                list.push((paths::join(&paths::item("apps", i), "owner"), app.get("owner"), false));
            }
        }
    }
    list
}

/// Income proof (R-AGE-2), verification forms (R-MAT-7, not for a filing
/// of apps only), one service at a time for persons (R-DOM-8, at the
/// filing's root path like R-MAT-7); then the sorted result and the
/// materials list.
fn finish(mut filing: Filing<'_>, minor_ages: Vec<u16>, apps: usize) -> FilingResult {
    for age in minor_ages {
        filing.push(
            "subject.owner.idNumber",
            rules::AGE_2,
            Code::MaterialIncomeProof,
            vec![("age", Param::from(usize::from(age)))],
        );
    }
    // The verification form is a website filing's: an APP, mini-program or
    // quick-app filing attaches documents and the commitment letter (MIIT's
    // registration form, 2023; WeChat's applyIcpFiling lists no such form).
    let websites = filing.form.get("websites").items().len();
    if let Some(kind) = filing.kind.filter(|_| websites > 0 || apps == 0) {
        let count = province::verification_forms(&filing, if kind == FilingKind::Unit { 2 } else { 1 });
        filing.push("", rules::MAT_7, Code::MaterialVerificationForm, vec![("count", Param::from(count))]);
    }
    // Huawei Cloud: 个人主体因一次只能提交一个互联网信息 (R-DOM-8; a warning:
    // other providers' province lists take several websites from a person).
    if filing.kind == Some(FilingKind::Personal) && websites + apps > 1 {
        filing.push("", rules::DOM_8, Code::PersonalOneService, vec![]);
    }
    let only = filing.only;
    let mut result = filing.findings.finish_check();
    if let Some(only) = only {
        result.findings.retain(|f| is_under(&f.path, only));
        result.ok = !result.findings.iter().any(|f| f.severity == crate::Severity::Error);
    }
    sort_findings(&mut result.findings);
    let materials = materials_of(&result.findings);
    FilingResult { ok: result.ok, findings: result.findings, materials }
}

/// The materials of the findings: each material finding's code and message
/// once, in the findings' order.
#[cfg(not(all(target_arch = "wasm32", not(feature = "messages"))))]
fn materials_of(findings: &[Finding]) -> Vec<Material> {
    let mut materials: Vec<Material> = Vec::new();
    for f in findings.iter().filter(|f| f.severity == crate::Severity::Material) {
        if !materials.iter().any(|m| m.code == f.code.as_str() && m.reason == f.message) {
            materials.push(Material { code: f.code.as_str(), rule: f.rule, reason: f.message.clone() });
        }
    }
    materials
}

/// The wasm build has no message texts: its JS entries derive the materials
/// from the findings once they have rendered them (js/record-reader.js).
#[cfg(all(target_arch = "wasm32", not(feature = "messages")))]
fn materials_of(_findings: &[Finding]) -> Vec<Material> {
    Vec::new()
}
