//! The whole filing form (`validateFiling`): every field check of the
//! other modules at its exact path, and the rules that need several fields —
//! landline area codes against the filing city (R-TEL-3), mobile home
//! provinces (R-TEL-4), landlines where required (R-TEL-5), contacts
//! (R-CON-1 … 5), ages (R-AGE-1 … 3), the unit's code against its nature and
//! province (R-ORG-3/4/5/7), websites (R-DOM-*, R-URL-*, R-NAME-1, R-REM-3,
//! R-PRE-1, R-APP-1) — and the materials the filing needs (R-MAT-*).
//!
//! The form has the shape of API.md; it is read leniently ([`FormValue`]):
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

mod change;
pub mod value;

pub use value::FormValue;

use crate::contact::{check_contacts, other_field, Contacts, FilingKind};
use crate::division::{label_of, parse_division, parse_province};
use crate::domain::url::{validate_homepage_url, UrlOptions};
use crate::domain::{
    needs_construction_plan, needs_same_site_remark, validate_domain, DomainOptions, SAME_SITE_REMARK,
};
use crate::email::validate_email;
use crate::finding::{Finding, Findings, Param};
use crate::identity::{validate_id_number, IdKind, IdOptions};
use crate::messages::Code;
use crate::options::CommonOptions;
use crate::phone::{validate_phone, PhoneKind, PhoneOptions};
use crate::provinces::{self, Requirement};
use crate::rules;
use crate::subject::{certificate_type, finance_keyword, NumberCheck, SubjectNature};
use crate::unit::{validate_unit_code, UnitOptions};
use serde::Serialize;

/// The filing types of API.md.
pub const FILING_TYPES: [&str; 4] = ["new", "access", "new_website", "change"];

/// At most this many websites are checked; more is a finding.
pub const MAX_WEBSITES: usize = 100;

/// The pre-approval types of the form (seeds 001, 003).
pub const PRE_APPROVALS: [&str; 8] =
    ["新闻", "出版", "教育", "医疗保健", "药品和医疗器械", "电子公告服务", "文化", "广播电影电视节目"];

/// The choice that excludes every pre-approval type.
pub const NO_PRE_APPROVAL: &str = "以上都不涉及";

/// Words a personal website's name may not contain (R-NAME-1).
const PERSONAL_NAME_WORDS: [&str; 8] = ["中国", "中华", "全国", "国家", "公司", "企业", "官网", "政府"];

/// Options of [`validate_filing`].
#[derive(Clone, Debug, Default)]
pub struct FilingOptions {
    /// Incremental use: only the findings at or under this path
    /// (`websites[0]`, `subject.owner.mobile`), and only the checks that can
    /// produce them run — a keystroke in one field costs that field's checks
    /// plus the cross-field rules around it. `None`: the whole form.
    pub only: Option<String>,
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
        FilingOptions { only, common }
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
    /// The materials to prepare, without repeats.
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

    fn add(&mut self, path: &str, findings: Vec<Finding>) {
        self.findings.extend_at(path, findings);
    }

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

/// Checks a whole filing form (all rules of RULES.md that the form can show).
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
    check_websites(&mut filing);
    check_contact_rules(&mut filing);
    if filing_type.text() == Some("change") {
        change::check_change(&mut filing);
    }
    finish(filing, owner_ages)
}

/// The subject: nature, certificate (R-ORG-1…6, R-ID-*), R-ORG-7, the
/// legal representative's ID, the mailing address and remarks (R-REM-1/2),
/// the business scope (R-PRE-1).
fn check_subject(filing: &mut Filing<'_>) {
    let subject = filing.form.get("subject");
    if filing.kind == Some(FilingKind::Unit) {
        check_unit_subject(filing, subject);
    }
    let remark = subject.get("remark").text().unwrap_or("");
    match subject.get("mailingAddress").text() {
        None => filing.push("subject.mailingAddress", rules::FORM, Code::FormRequired, vec![]),
        Some(address) if !has_house_number(address) && !remark.contains(MOST_DETAILED_ADDRESS) => {
            filing.push("subject.mailingAddress", rules::REM_1, Code::RemarkHouseNumber, vec![]);
        }
        Some(_) => {}
    }
    let name = subject.get("name").text().unwrap_or("");
    if filing.kind == Some(FilingKind::Personal) && name.contains("个体工商户") && !remark.contains(SOLE_TRADER_REMARK)
    {
        filing.push("subject.remark", rules::REM_2, Code::RemarkSoleTrader, vec![]);
    }
    if subject.get("businessScope").text().is_some_and(|scope| scope.contains("广播电视节目制作")) {
        filing.push("subject.businessScope", rules::PRE_1, Code::MaterialBroadcastApproval, vec![]);
    }
}

/// The remark of R-REM-1 (seed 003 also writes "最详细的地址").
const MOST_DETAILED_ADDRESS: &str = "最详细";

/// The remark of R-REM-2 (seed 003).
const SOLE_TRADER_REMARK: &str = "个体工商户无工商字号";

/// Whether an address is precise to the house or room (R-REM-1, "精确到门牌号"):
/// a number followed by 号, 室, 栋, 幢, 楼, 层, 座 or 单元.
fn has_house_number(address: &str) -> bool {
    let chars: Vec<char> = address.chars().filter(|c| !c.is_whitespace()).collect();
    let is_number =
        |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十百零〇".contains(c);
    chars.windows(2).any(|w| is_number(w[0]) && "号室栋幢楼层座单".contains(w[1]))
}

/// A unit's nature, certificate, name, R-ORG-7 and legal representative.
fn check_unit_subject(filing: &mut Filing<'_>, subject: &FormValue) {
    let number = subject.get("certificateNumber");
    let certificate = subject.get("certificateType").text().and_then(certificate_type);
    let nature = subject.get("nature").text().and_then(SubjectNature::parse);
    if nature.is_none() {
        filing.push("subject.nature", rules::FORM, Code::FormNature, vec![]);
    }
    let opts = UnitOptions {
        nature,
        certificate_type: certificate.filter(|c| !matches!(c.number, NumberCheck::Id(_))),
        province: filing.province,
        common: filing.quiet(),
        ..UnitOptions::default()
    };
    let result = validate_unit_code(number.as_input(), &opts);
    filing.add("subject.certificateNumber", result.findings);
    if subject.get("name").is_blank() {
        filing.push("subject.name", rules::FORM, Code::FormRequired, vec![]);
    }
    let legal = subject.get("legalRepresentative");
    if let Some(keyword) = subject.get("name").text().and_then(finance_keyword) {
        if !same_id(subject.get("owner").get("idNumber"), legal.get("idNumber")) {
            filing.push(
                "subject.owner.idNumber",
                rules::ORG_7,
                Code::OwnerNotLegalRepresentative,
                vec![("keyword", Param::from(keyword))],
            );
        }
    }
    if !legal.get("idNumber").is_blank() {
        check_id(filing, "subject.legalRepresentative", legal);
    }
}

/// The identity document of a person at `prefix` (type, number; seed 000's
/// list of documents for people). Returns the number's details.
fn check_id(filing: &mut Filing<'_>, prefix: &str, person: &FormValue) -> crate::identity::IdDetails {
    let id_type = person.get("idType");
    let kind = match id_type.text() {
        None => IdKind::default(),
        Some(text) => IdKind::parse(text).unwrap_or_else(|| {
            filing.push(&format!("{prefix}.idType"), rules::FORM, Code::FormIdType, vec![("type", Param::from(text))]);
            IdKind::default()
        }),
    };
    if matches!(kind, IdKind::HmtResidencePermit | IdKind::ForeignPermanentResident) {
        filing.push(&format!("{prefix}.idType"), rules::FORM, Code::IdTypeNotListed, vec![]);
    }
    let id = validate_id_number(person.get("idNumber").as_input(), &filing.id_options(kind));
    filing.add(&format!("{prefix}.idNumber"), id.findings);
    id.details
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
                list.push((format!("websites[{i}].owner"), site.get("owner"), false));
            }
        }
    }
    list
}

/// Each owner's identity document, ages, phones and e-mail. Returns the
/// ages of owners aged 16–17, for R-AGE-2.
fn check_owners(filing: &mut Filing<'_>) -> Vec<u16> {
    let mut minors = Vec::new();
    let personal_landline = filing.kind == Some(FilingKind::Personal)
        && filing.province.is_some_and(|p| provinces::has(p, Requirement::PersonalLandline));
    let landline_required = filing.kind == Some(FilingKind::Unit) || personal_landline;
    for (prefix, owner, is_subject) in owners(filing) {
        // The subject owner's ID also decides a finding at region.province.
        if !(filing.wants(&prefix) || is_subject && filing.wants("region.province")) {
            continue;
        }
        if owner.get("name").is_blank() {
            filing.push(&format!("{prefix}.name"), rules::FORM, Code::FormRequired, vec![]);
        }
        let id = check_id(filing, &prefix, owner);
        if is_subject && filing.kind == Some(FilingKind::Personal) {
            check_id_province(filing, &id);
        }
        if let Some(age) = id.age {
            let path = format!("{prefix}.idNumber");
            let unit_subject_owner = is_subject && filing.kind == Some(FilingKind::Unit);
            if unit_subject_owner && age < 16 {
                filing.push(&path, rules::AGE_1, Code::OwnerUnder16, vec![("age", Param::from(usize::from(age)))]);
            } else if !unit_subject_owner && age < 18 && filing.kind == Some(FilingKind::Unit) {
                filing.push(&path, rules::AGE_3, Code::OwnerUnder18, vec![("age", Param::from(usize::from(age)))]);
            } else if (16..18).contains(&age) {
                minors.push(age);
            } else if age < 16 && filing.kind == Some(FilingKind::Personal) {
                filing.push(&path, rules::AGE_3, Code::OwnerUnder18, vec![("age", Param::from(usize::from(age)))]);
            }
        }
        let mobile = validate_phone(owner.get("mobile").as_input(), &filing.phone_options(PhoneKind::Mobile, false));
        filing.add(&format!("{prefix}.mobile"), mobile.findings);
        let phone = owner.get("phone");
        if landline_required && phone.is_blank() {
            filing.push(&format!("{prefix}.phone"), rules::TEL_5, Code::PhoneLandlineRequired, vec![]);
        } else if landline_required || !phone.is_blank() {
            let kind = if landline_required { PhoneKind::Landline } else { PhoneKind::Any };
            let result = validate_phone(phone.as_input(), &filing.phone_options(kind, true));
            filing.add(&format!("{prefix}.phone"), result.findings);
        }
        let emergency = owner.get("emergencyPhone");
        if !emergency.is_blank() {
            let result = validate_phone(emergency.as_input(), &filing.phone_options(PhoneKind::Any, false));
            filing.add(&format!("{prefix}.emergencyPhone"), result.findings);
        }
        let email = validate_email(owner.get("email").as_input(), &filing.quiet());
        filing.add(&format!("{prefix}.email"), email.findings);
    }
    minors
}

/// Personal filings: the resident ID's province should be the filing's
/// (RULES.md §1: "normally the ID card's province (some provinces allow
/// another)").
fn check_id_province(filing: &mut Filing<'_>, id: &crate::identity::IdDetails) {
    let (Some(province), Some(place)) = (filing.province, id.division.as_ref()) else { return };
    let id_province = place.province_code.unwrap_or(place.code);
    if id.kind == IdKind::ResidentId && id_province != province {
        filing.push(
            "region.province",
            rules::FORM,
            Code::PersonalIdOtherProvince,
            vec![("idProvince", Param::from(label_of(id_province))), ("province", Param::from(label_of(province)))],
        );
    }
}

/// R-CON-1 … R-CON-5 (required contacts and uniqueness; e-mail syntax was
/// checked with the owners).
fn check_contact_rules(filing: &mut Filing<'_>) {
    let Some(kind) = filing.kind else { return };
    let subject = contacts(filing.form.get("subject").get("owner"));
    let sites: Vec<Option<Contacts<'_>>> = filing
        .form
        .get("websites")
        .items()
        .iter()
        .take(MAX_WEBSITES)
        .map(|site| matches!(site.get("owner"), FormValue::Object(_)).then(|| contacts(site.get("owner"))))
        .collect();
    let account = filing.form.get("accountPhone").text();
    let result = check_contacts(kind, &subject, &sites, account, &filing.quiet());
    filing.findings.extend_at_own_paths(result.findings);
}

/// An owner's contact fields (e-mail is checked with the owner).
fn contacts(owner: &FormValue) -> Contacts<'_> {
    Contacts {
        mobile: owner.get("mobile").as_input(),
        phone: owner.get("phone").as_input(),
        emergency: owner.get("emergencyPhone").as_input(),
        email: crate::input::Input::Missing,
    }
}

/// The websites: names, domains, homepage URLs, remarks, pre-approvals.
fn check_websites(filing: &mut Filing<'_>) {
    let sites = filing.form.get("websites").items();
    if sites.is_empty() {
        filing.push("websites", rules::FORM, Code::FormNoWebsite, vec![]);
        return;
    }
    if sites.len() > MAX_WEBSITES {
        filing.push(
            "websites",
            rules::FORM,
            Code::FormTooManyWebsites,
            vec![("count", Param::from(sites.len())), ("max", Param::from(MAX_WEBSITES))],
        );
    }
    let mut seen_domains: Vec<(String, String)> = Vec::new();
    let mut seen_names: Vec<(String, String)> = Vec::new();
    let subject_name = filing.form.get("subject").get("name").text().or_else(|| {
        (filing.kind == Some(FilingKind::Personal))
            .then(|| filing.form.get("subject").get("owner").get("name").text())?
    });
    let hospital = is_hospital(filing);
    for (i, site) in sites.iter().take(MAX_WEBSITES).enumerate() {
        let prefix = format!("websites[{i}]");
        let wanted = filing.wants(&prefix);
        // Names and domains of every website take part in R-APP-1 and the
        // no-repeat rule, so they are read even when only another site is wanted.
        check_website_name(filing, site, &prefix, &mut seen_names);
        let domains = site.get("domains").items();
        if domains.is_empty() {
            filing.push(&format!("{prefix}.domains"), rules::FORM, Code::FormRequired, vec![]);
        }
        let registrant = site.get("registrant").text();
        let domain_opts = DomainOptions {
            province: filing.province,
            registrar_abroad: match site.get("registrarAbroad") {
                FormValue::Bool(abroad) => Some(*abroad),
                _ => None,
            },
            registrant: registrant.map(str::to_owned),
            subject_name: registrant.and(subject_name).map(str::to_owned),
            common: filing.quiet(),
            ..DomainOptions::default()
        };
        let mut listed = Vec::new();
        for (j, domain) in domains.iter().enumerate() {
            let path = format!("{prefix}.domains[{j}]");
            let result = validate_domain(domain.as_input(), &domain_opts);
            if let Some(ascii) = result.details.ascii.clone() {
                match seen_domains.iter().find(|(d, _)| *d == ascii) {
                    Some((_, other)) => {
                        let other = other.clone();
                        filing.push(&path, rules::DOM_2, Code::DomainRepeated, other_field(&other, filing.opts.locale));
                    }
                    None => seen_domains.push((ascii.clone(), path.clone())),
                }
                listed.push(ascii);
            }
            filing.add(&path, result.findings);
        }
        if !wanted {
            continue;
        }
        if registrant.is_none() && !listed.is_empty() {
            filing.push(&format!("{prefix}.registrant"), rules::DOM_6, Code::DomainRegistrantUnknown, vec![]);
        }
        if matches!(site.get("registeredElsewhere"), FormValue::Bool(true)) {
            for domain in &listed {
                let path = format!("{prefix}.domains");
                filing.push(
                    &path,
                    rules::MAT_2,
                    Code::MaterialDomainScreenshot,
                    vec![("domain", Param::from(domain.as_str()))],
                );
            }
        }
        let url_opts = UrlOptions { domains: listed.clone(), common: filing.quiet(), ..UrlOptions::default() };
        for (j, url) in site.get("homepageUrls").items().iter().enumerate() {
            let result = validate_homepage_url(url.as_input(), &url_opts);
            filing.add(&format!("{prefix}.homepageUrls[{j}]"), result.findings);
        }
        let remark = site.get("remark").text().unwrap_or("");
        if needs_construction_plan(domains.len()) {
            filing.push(
                &format!("{prefix}.domains"),
                rules::MAT_5,
                Code::MaterialConstructionPlan,
                vec![("count", Param::from(domains.len()))],
            );
        }
        if needs_same_site_remark(domains.len()) && !remark.contains(SAME_SITE_REMARK) {
            filing.push(&format!("{prefix}.remark"), rules::DOM_5, Code::RemarkSameSite, vec![]);
        }
        let other_content = site.get("serviceContent").text() == Some("其他");
        if (other_content || filing.kind == Some(FilingKind::Personal)) && remark.chars().count() < 2 {
            filing.push(&format!("{prefix}.remark"), rules::REM_3, Code::RemarkContentRequired, vec![]);
        }
        if hospital && !remark.contains("执业许可证") {
            filing.push(&format!("{prefix}.remark"), rules::REM_4, Code::RemarkHospitalLicence, vec![]);
        }
        check_pre_approvals(filing, site, &prefix);
        if filing.province.is_some_and(|p| provinces::has(p, Requirement::DomainCertificate)) {
            for domain in &listed {
                let province = filing.province.map(label_of).unwrap_or_default();
                filing.push(
                    &format!("{prefix}.domains"),
                    rules::MAT_1,
                    Code::MaterialDomainCertificate,
                    vec![("province", Param::from(province)), ("domain", Param::from(domain.as_str()))],
                );
            }
        }
    }
}

/// R-REM-4 applies: a unit of nature 医疗机构, or a unit named 医院.
fn is_hospital(filing: &Filing<'_>) -> bool {
    let subject = filing.form.get("subject");
    filing.kind == Some(FilingKind::Unit)
        && (subject.get("nature").text().and_then(SubjectNature::parse) == Some(SubjectNature::Medical)
            || subject.get("name").text().is_some_and(|name| name.contains("医院")))
}

/// R-NAME-1 and R-APP-1.
fn check_website_name(filing: &mut Filing<'_>, site: &FormValue, prefix: &str, seen: &mut Vec<(String, String)>) {
    let path = format!("{prefix}.name");
    let Some(name) = site.get("name").text() else {
        filing.push(&path, rules::FORM, Code::FormRequired, vec![]);
        return;
    };
    let looks_like_domain = name.contains("://") || (name.contains('.') && !name.contains(' ') && name.is_ascii());
    if name.chars().count() < 2 {
        filing.push(&path, rules::NAME_1, Code::WebsiteNameShort, vec![]);
    } else if looks_like_domain {
        filing.push(&path, rules::NAME_1, Code::WebsiteNameIsDomain, vec![]);
    } else if !name.chars().any(|c| crate::input::is_word_char(c) && !c.is_ascii_digit()) {
        filing.push(&path, rules::NAME_1, Code::WebsiteNameNoLetters, vec![]);
    } else if filing.kind == Some(FilingKind::Personal) {
        if let Some(word) = PERSONAL_NAME_WORDS.iter().find(|w| name.contains(*w)) {
            filing.push(&path, rules::NAME_1, Code::WebsiteNamePersonalWord, vec![("word", Param::from(*word))]);
        }
    }
    match seen.iter().find(|(n, _)| n == name) {
        Some((_, other)) => {
            let other = other.clone();
            filing.push(&path, rules::APP_1, Code::WebsiteNameRepeated, other_field(&other, filing.opts.locale));
        }
        None => seen.push((name.to_owned(), path)),
    }
}

/// R-PRE-1: known types, the exclusive choice, none for personal filings;
/// each type asks for its document (R-MAT-7).
fn check_pre_approvals(filing: &mut Filing<'_>, site: &FormValue, prefix: &str) {
    let path = format!("{prefix}.preApprovals");
    let chosen: Vec<&str> = site.get("preApprovals").items().iter().filter_map(FormValue::text).collect();
    let types: Vec<&str> = chosen.iter().copied().filter(|c| *c != NO_PRE_APPROVAL).collect();
    if chosen.contains(&NO_PRE_APPROVAL) && !types.is_empty() {
        filing.push(&path, rules::PRE_1, Code::PreApprovalExclusive, vec![]);
    }
    for t in types {
        if !PRE_APPROVALS.contains(&t) {
            filing.push(&path, rules::PRE_1, Code::PreApprovalUnknown, vec![("type", Param::from(t))]);
        } else if filing.kind == Some(FilingKind::Personal) {
            filing.push(&path, rules::PRE_1, Code::PreApprovalPersonal, vec![("type", Param::from(t))]);
        } else {
            filing.push(&path, rules::MAT_7, Code::MaterialPreApproval, vec![("type", Param::from(t))]);
        }
    }
}

/// Authorisation letters (R-MAT-3/4), income proof (R-AGE-2), verification
/// forms (R-MAT-7); then the sorted result and the materials list.
fn finish(mut filing: Filing<'_>, minor_ages: Vec<u16>) -> FilingResult {
    let form = filing.form;
    if filing.kind == Some(FilingKind::Unit) {
        let legal = form.get("subject").get("legalRepresentative").get("idNumber");
        let province_name = filing.province.map(label_of).unwrap_or_default();
        if filing.province.is_some_and(|p| provinces::has(p, Requirement::SubjectOwnerAuthorisation))
            && !same_id(form.get("subject").get("owner").get("idNumber"), legal)
        {
            filing.push(
                "subject.owner",
                rules::MAT_3,
                Code::MaterialSubjectOwnerAuthorisation,
                vec![("province", Param::from(province_name.as_str()))],
            );
        }
        if filing.province.is_some_and(|p| provinces::has(p, Requirement::WebsiteOwnerAuthorisation)) {
            for (prefix, owner, is_subject) in owners(&filing) {
                if !is_subject && !same_id(owner.get("idNumber"), legal) {
                    filing.push(
                        &prefix,
                        rules::MAT_4,
                        Code::MaterialWebsiteOwnerAuthorisation,
                        vec![("province", Param::from(province_name.as_str()))],
                    );
                }
            }
        }
    }
    for age in minor_ages {
        filing.push(
            "subject.owner.idNumber",
            rules::AGE_2,
            Code::MaterialIncomeProof,
            vec![("age", Param::from(usize::from(age)))],
        );
    }
    if let Some(kind) = filing.kind {
        let count = if kind == FilingKind::Unit { 2usize } else { 1 };
        filing.push("", rules::MAT_7, Code::MaterialVerificationForm, vec![("count", Param::from(count))]);
    }
    let only = filing.only;
    let mut result = filing.findings.finish_check();
    if let Some(only) = only {
        result.findings.retain(|f| is_under(&f.path, only));
        result.ok = !result.findings.iter().any(|f| f.severity == crate::Severity::Error);
    }
    result.findings.sort_by(|a, b| (a.path.as_str(), a.rule).cmp(&(b.path.as_str(), b.rule)));
    let mut materials: Vec<Material> = Vec::new();
    for f in result.findings.iter().filter(|f| f.severity == crate::Severity::Material) {
        if !materials.iter().any(|m| m.code == f.code.as_str() && m.reason == f.message) {
            materials.push(Material { code: f.code.as_str(), rule: f.rule, reason: f.message.clone() });
        }
    }
    FilingResult { ok: result.ok, findings: result.findings, materials }
}
