//! The province requirements in force for the filing (`provinces::in_force`)
//! applied to the form, each finding at its exact path and with the
//! requirement's severity, sources and id (R-LOC-*, R-ORG-8/9, R-AGE-4,
//! R-DOM-8, R-NAME-1…4, R-PRE-2, R-SVC-1, R-URL-4, R-REM-2/5, R-ADDR-1,
//! R-CON-6…8, R-ID-6, R-MAT-1/3/4/5/7/8). Mobiles (R-TEL-4) and domains
//! (R-DOM-3) are checked by their field checks, which look the province up.

use super::{owners, same_id, Filing, FormValue, MAX_WEBSITES};
use crate::contact::FilingKind;
use crate::finding::Param;
use crate::identity::{validate_id_number, IdDetails, IdKind, IdOptions, Sex};
use crate::messages::{Code, Locale};
use crate::paths;
use crate::provinces::{self, text, Check, Grade, Requirement, When, Who};
use crate::subject::SubjectNature;

/// A person of the form: where, the value, whether it is the subject owner,
/// and what the ID number says.
struct Person<'a> {
    prefix: String,
    value: &'a FormValue,
    is_subject: bool,
    id: IdDetails,
    kind: IdKind,
}

/// Everyone the province rules look at: the owners, then the legal
/// representative (`is_subject` false, prefix `subject.legalRepresentative`).
#[inline(never)]
fn people<'a>(filing: &Filing<'a>) -> Vec<Person<'a>> {
    let mut list: Vec<(String, &'a FormValue, bool)> = owners(filing);
    let legal = filing.form.get("subject").get("legalRepresentative");
    if filing.kind == Some(FilingKind::Unit) && matches!(legal, FormValue::Object(_)) {
        list.push(("subject.legalRepresentative".to_owned(), legal, false));
    }
    list.into_iter()
        .map(|(prefix, value, is_subject)| {
            let kind = value.get("idType").text().and_then(IdKind::parse).unwrap_or_default();
            let opts = IdOptions { kind, common: filing.quiet() };
            let id = validate_id_number(value.get("idNumber").as_input(), &opts).details;
            Person { prefix, value, is_subject, id, kind }
        })
        .collect()
}

/// Applies every requirement in force in the filing's province.
pub(super) fn check_province_rules(filing: &mut Filing<'_>) {
    let Some(province) = filing.province else { return };
    let people = people(filing);
    let mut any_local_id_rule = false;
    for requirement in provinces::in_force(province) {
        any_local_id_rule |= requirement.rule == crate::rules::LOC_1;
        if requirement.grade != Grade::None {
            apply(filing, requirement, province, &people);
        }
    }
    if !any_local_id_rule {
        check_id_province_unknown(filing, province, &people);
    }
}

/// The findings of one requirement.
struct Report<'f, 'a> {
    filing: &'f mut Filing<'a>,
    requirement: Requirement,
    province: u32,
}

impl Report<'_, '_> {
    fn locale(&self) -> Locale {
        self.filing.opts.locale
    }

    /// Records a finding with the requirement's severity and parameters
    /// (not inlined: it is called from every check).
    #[inline(never)]
    fn push(&mut self, path: &str, code: Code, extra: Vec<(&'static str, Param)>) {
        let Some(grade) = self.requirement.grade.severity().filter(|_| self.filing.keeps(path)) else { return };
        // A document stays a material, however firm the rule that asks for it.
        let severity = if code.severity() == crate::Severity::Material { crate::Severity::Material } else { grade };
        let mut params = self.requirement.params(self.province, self.locale());
        params.extend(extra);
        self.filing.findings.push_graded_at(path.to_owned(), self.requirement.rule, code, severity, params);
    }

    fn zh(&self) -> bool {
        self.locale() == Locale::ZhCn
    }

    /// Words in the requested language.
    #[inline(never)]
    fn say(&self, zh: &str, en: &str) -> Param {
        Param::from(if self.zh() { zh } else { en })
    }
}

#[inline(never)]
fn apply(filing: &mut Filing<'_>, requirement: Requirement, province: u32, people: &[Person<'_>]) {
    let kind = filing.kind;
    let personal = kind == Some(FilingKind::Personal);
    let unit = kind == Some(FilingKind::Unit);
    let form = filing.form;
    let all_sites = form.get("websites").items();
    let sites = &all_sites[..all_sites.len().min(MAX_WEBSITES)];
    let mut r = Report { filing, requirement, province };
    match requirement.check {
        Check::IdLocalOnly { who, proof } => {
            for person in people.iter().filter(|p| applies(who, p, kind)) {
                let Some(id_province) = other_province(person, province) else { continue };
                let whom = whom(&r, who);
                let mut extra = vec![("idProvince", id_province), ("whom", whom)];
                let code = match proof {
                    Some(proof) => {
                        extra.push(("proof", Param::from(text(proof, r.locale()))));
                        Code::IdOtherProvinceDisputed
                    }
                    None => Code::IdOtherProvinceRefused,
                };
                r.push(&paths::join(&person.prefix, "idNumber"), code, extra);
            }
        }
        Check::IdLocalOrProof { who, proof } => {
            for person in people.iter().filter(|p| applies(who, p, kind)) {
                let Some(id_province) = other_province(person, province) else { continue };
                let extra = vec![
                    ("idProvince", id_province),
                    ("whom", person_words(&r, person)),
                    ("proof", Param::from(text(proof, r.locale()))),
                ];
                r.push(&paths::join(&person.prefix, "idNumber"), Code::MaterialResidenceProof, extra);
            }
        }
        Check::SameCity => check_same_city(&mut r, people, personal),
        Check::SecondContact => check_second_contact(&mut r, personal),
        Check::PersonName => {
            for person in people {
                if let Some(name) = person.value.get("name").text().filter(|n| is_placeholder_name(n, person.kind)) {
                    r.push(
                        &paths::join(&person.prefix, "name"),
                        Code::OwnerNamePlaceholder,
                        vec![("name", Param::from(name))],
                    );
                }
            }
        }
        Check::EmergencyThirdPerson if unit => {
            let subject = form.get("subject");
            let emergency = digits(subject.get("owner").get("emergencyPhone").text().unwrap_or(""));
            let remark = digits(subject.get("remark").text().unwrap_or(""));
            if emergency.len() < 7 || !remark.contains(&emergency) {
                r.push("subject.remark", Code::EmergencyThirdPerson, vec![]);
            }
        }
        Check::EmergencyInRemark if unit => {
            let delegated_site = sites.iter().any(|site| is_other_person(site.get("owner"), form));
            let needed = if delegated_site { 2 } else { 1 };
            let remark = form.get("subject").get("remark").text().unwrap_or("");
            if mobiles_in(remark) < needed {
                r.push("subject.remark", Code::EmergencyInRemark, vec![("count", Param::from(needed))]);
            }
        }
        Check::OwnerIsLegalRep { authorisation } if unit => {
            let subject = form.get("subject");
            let legal = subject.get("legalRepresentative");
            if !is_legal_rep(subject.get("owner"), legal) {
                if authorisation {
                    r.push("subject.owner", Code::MaterialLegalRepAuthorisation, vec![]);
                } else {
                    let name = legal.get("name").text().unwrap_or("");
                    r.push("subject.owner", Code::OwnerNotLegalRepProvince, vec![("legalRep", Param::from(name))]);
                }
            }
        }
        Check::WebsiteOwnerDiffers if unit => {
            for (i, site) in sites.iter().enumerate() {
                if !is_other_person(site.get("owner"), form) {
                    r.push(
                        &paths::site(i, "owner"),
                        Code::WebsiteOwnerMustDiffer,
                        vec![("condition", r.say("单位备案的", ","))],
                    );
                }
            }
        }
        Check::WebsiteOwnerSameIfDelegated | Check::WebsiteOwnerDiffersIfDelegated if unit => {
            let subject = form.get("subject");
            if is_legal_rep(subject.get("owner"), subject.get("legalRepresentative")) {
                return;
            }
            let same = matches!(requirement.check, Check::WebsiteOwnerSameIfDelegated);
            for (i, site) in sites.iter().enumerate() {
                let other = is_other_person(site.get("owner"), form);
                let path = paths::site(i, "owner");
                if same && other {
                    r.push(&path, Code::WebsiteOwnerMustBeSubjectOwner, vec![]);
                } else if !same && !other {
                    let condition = r.say(
                        "主体负责人不是法定代表人时，",
                        ", when the subject owner is not the legal representative,",
                    );
                    r.push(&path, Code::WebsiteOwnerMustDiffer, vec![("condition", condition)]);
                }
            }
        }
        Check::FinanceWords { words } => {
            let mut places: Vec<(String, &str)> = Vec::new();
            for key in ["name", "businessScope"] {
                if let Some(t) = form.get("subject").get(key).text() {
                    places.push((paths::join("subject", key), t));
                }
            }
            for (i, site) in sites.iter().enumerate() {
                if let Some(t) = site.get("name").text() {
                    places.push((paths::site(i, "name"), t));
                }
            }
            for (path, value) in places {
                if let Some(word) = words.iter().find(|w| value.to_ascii_uppercase().contains(*w)) {
                    r.push(&path, Code::FinanceLicence, vec![("word", Param::from(*word))]);
                }
            }
        }
        Check::FinanceWebsiteOwner if unit => {
            let subject = form.get("subject");
            let Some(keyword) = subject.get("name").text().and_then(crate::subject::finance_keyword) else { return };
            let legal = subject.get("legalRepresentative");
            for (i, site) in sites.iter().enumerate() {
                let owner = site.get("owner");
                if matches!(owner, FormValue::Object(_)) && !is_legal_rep(owner, legal) {
                    let path = paths::site(i, "owner.idNumber");
                    r.push(&path, Code::OwnerNotLegalRepresentative, vec![("keyword", Param::from(keyword))]);
                }
            }
        }
        Check::IdTypeRefused { kinds, who, instead } => {
            for person in people.iter().filter(|p| applies(who, p, kind) && p.prefix != "subject.legalRepresentative") {
                let name = match person.kind {
                    IdKind::Passport if person.id.format.is_some_and(|f| !f.starts_with("cn_")) => "foreign_passport",
                    other => other.as_str(),
                };
                if kinds.contains(&name) {
                    let instead = text(instead, r.locale());
                    let instead = if instead.is_empty() {
                        String::new()
                    } else if r.zh() {
                        format!("，请改用{instead}")
                    } else {
                        format!("; use {instead}")
                    };
                    let id_type = if name == "foreign_passport" {
                        r.say("外国护照（外籍人士）", "foreign passports (foreign nationals)")
                    } else if r.zh() {
                        Param::from(person.kind.label_zh())
                    } else {
                        Param::from(person.kind.as_str())
                    };
                    let extra = vec![("idType", id_type), ("instead", Param::from(instead))];
                    r.push(&paths::join(&person.prefix, "idType"), Code::IdTypeRefused, extra);
                }
            }
        }
        Check::MinAge { age: min, who } => {
            for person in people.iter().filter(|p| applies(who, p, kind) && p.prefix != "subject.legalRepresentative") {
                let Some(age) = person.id.age else { continue };
                // Only where the province is stricter than the national rules
                // (persons 16, a unit's subject owner 16, website owners 18).
                let national = if unit && !person.is_subject { 18 } else { 16 };
                if age < u16::from(min) && age >= national {
                    let extra = vec![
                        ("whom", person_words(&r, person)),
                        ("min", Param::from(usize::from(min))),
                        ("age", Param::from(usize::from(age))),
                    ];
                    r.push(&paths::join(&person.prefix, "idNumber"), Code::OwnerTooYoungProvince, extra);
                }
            }
        }
        Check::MaxAge { male, female, who } => {
            for person in people.iter().filter(|p| applies(who, p, kind) && p.prefix != "subject.legalRepresentative") {
                let (Some(age), Some(sex)) = (person.id.age, person.id.sex) else { continue };
                let limit = if sex == Sex::Male { male } else { female };
                if age >= u16::from(limit) {
                    let extra = vec![
                        ("male", Param::from(usize::from(male))),
                        ("female", Param::from(usize::from(female))),
                        ("age", Param::from(usize::from(age))),
                    ];
                    r.push(&paths::join(&person.prefix, "idNumber"), Code::OwnerPastRetirement, extra);
                }
            }
        }
        Check::Guardian { below, who } => {
            for person in people.iter().filter(|p| applies(who, p, kind) && p.prefix != "subject.legalRepresentative") {
                let Some(age) = person.id.age else { continue };
                // Under 16 nobody may file (R-AGE-1/3): no document helps.
                if (16..u16::from(below)).contains(&age) {
                    let extra =
                        vec![("below", Param::from(usize::from(below))), ("age", Param::from(usize::from(age)))];
                    r.push(&paths::join(&person.prefix, "idNumber"), Code::MaterialGuardian, extra);
                }
            }
        }
        Check::OneDomainPerWebsite if !is_change(form) => {
            for (i, site) in sites.iter().enumerate() {
                let count = site.get("domains").items().len();
                if count > 1 {
                    r.push(
                        &paths::site(i, "domains"),
                        Code::DomainOnePerWebsite,
                        vec![("extra", Param::from(count - 1))],
                    );
                }
            }
        }
        Check::MaxDomains { max, who, first_filing, except_change } => {
            let applies_here = match who {
                Who::Unit => unit,
                Who::Personal => personal,
                _ => true,
            };
            let filing_type = form.get("filingType").text().unwrap_or("new");
            if !applies_here || (first_filing && filing_type != "new") || (except_change && filing_type == "change") {
                return;
            }
            let domains: usize = sites.iter().map(|s| s.get("domains").items().len()).sum();
            let too_many_sites = max == 1 && sites.len() > 1;
            if domains > usize::from(max) || too_many_sites {
                let websites = if max == 1 { r.say("（一个网站）", " (one website)") } else { Param::from("") };
                let extra = vec![
                    ("max", Param::from(usize::from(max))),
                    ("count", Param::from(domains.max(sites.len()))),
                    ("whom", subject_words(&r, who)),
                    ("websites", websites),
                ];
                r.push("websites", Code::DomainsPerSubmission, extra);
            }
        }
        Check::MaxWebsites { personal: p_max, unit: u_max } => {
            let max = if personal { p_max } else { u_max };
            if kind.is_some() && sites.len() > usize::from(max) {
                let whom = if personal { r.say("个人", "persons") } else { r.say("单位", "units") };
                let extra =
                    vec![("max", Param::from(usize::from(max))), ("count", Param::from(sites.len())), ("whom", whom)];
                r.push("websites", Code::WebsitesPerSubject, extra);
            }
        }
        Check::PersonalRefusedSuffix { suffix } if personal => {
            for (i, site) in sites.iter().enumerate() {
                for (j, domain) in site.get("domains").items().iter().enumerate() {
                    let tld = domain.text().unwrap_or("").trim().trim_end_matches('.').rsplit('.').next().unwrap_or("");
                    if tld.eq_ignore_ascii_case(suffix) {
                        let shown = format!(".{suffix}");
                        r.push(
                            &paths::site_item(i, "domains", j),
                            Code::DomainSuffixRefusedProvince,
                            vec![("suffix", Param::from(shown))],
                        );
                    }
                }
            }
        }
        Check::RegistrantNotLegalRep if unit => {
            let legal = form.get("subject").get("legalRepresentative").get("name").text().map(str::trim);
            for (i, site) in sites.iter().enumerate() {
                let registrant = site.get("registrant").text().map(str::trim);
                if let (Some(name), Some(registrant)) = (legal, registrant) {
                    if !name.is_empty() && name == registrant {
                        r.push(
                            &paths::site(i, "registrant"),
                            Code::DomainRegistrantLegalRep,
                            vec![("registrant", Param::from(name))],
                        );
                    }
                }
            }
        }
        Check::NameMinHan { min } => {
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text() else { continue };
                let han = name.chars().filter(|c| crate::input::is_han(*c)).count();
                // Names too short to be names at all already have R-NAME-1's finding.
                if han < usize::from(min) && name.chars().count() >= 2 && !super::websites::looks_like_domain(name) {
                    let extra = vec![
                        ("min", Param::from(usize::from(min))),
                        ("name", Param::from(name)),
                        ("count", Param::from(han)),
                    ];
                    r.push(&paths::site(i, "name"), Code::WebsiteNameFewHan, extra);
                }
            }
        }
        Check::PersonalNameWords { words, pinyin } if personal => {
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text() else { continue };
                let path = paths::site(i, "name");
                if let Some(word) = words.iter().find(|w| name.contains(*w)) {
                    r.push(&path, Code::WebsiteNameBannedWord, vec![("word", Param::from(*word))]);
                }
                if pinyin && name.chars().any(|c| c.is_ascii_alphabetic()) {
                    r.push(&path, Code::WebsiteNamePinyin, vec![("name", Param::from(name))]);
                }
            }
        }
        Check::PersonalNamePattern if personal => {
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text().map(str::trim) else { continue };
                let fits = ["的个人博客", "的个人主页"].iter().any(|end| name.len() > end.len() && name.ends_with(end));
                if !fits {
                    r.push(&paths::site(i, "name"), Code::WebsiteNamePersonalPattern, vec![]);
                }
            }
        }
        Check::StateWords { who, words } => {
            let (applies_here, whom, proof) = match who {
                Who::Personal => (personal, r.say("个人", "Personal websites"), Param::from("")),
                _ => (
                    unit && !is_government(form),
                    r.say("非国家级单位", "Units that are not national-level"),
                    r.say("（国家级单位需附证明）", " (national-level units attach proof)"),
                ),
            };
            if !applies_here {
                return;
            }
            // An individual business is plainly no national-level unit: a name
            // that begins with the word (MIIT's 国字头; Huawei Cloud: "不得以…等字头命名")
            // is rejected as it stands, an error whatever the row's grade.
            let sole_trader = who != Who::Personal && super::apps::is_individual_business(form.get("subject"));
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text().map(str::trim) else { continue };
                let word = words.iter().find(|w| if **w == "全国" { name.starts_with(*w) } else { name.contains(*w) });
                if let Some(word) = word {
                    if sole_trader && name.starts_with(*word) {
                        r.requirement.grade = Grade::Error;
                    }
                    let extra = vec![("word", Param::from(*word)), ("whom", whom.clone()), ("proof", proof.clone())];
                    r.push(&paths::site(i, "name"), Code::WebsiteNameStateWord, extra);
                    r.requirement.grade = requirement.grade;
                }
            }
        }
        Check::DomainStateWords if unit && !is_government(form) => {
            for (i, site) in sites.iter().enumerate() {
                for (j, domain) in site.get("domains").items().iter().enumerate() {
                    let Some(first) = domain.text().map(|d| d.trim().to_ascii_lowercase()) else { continue };
                    if let Some(word) =
                        STATE_WORD_PREFIXES.iter().find(|(zh, py)| first.starts_with(zh) || first.starts_with(py))
                    {
                        r.push(
                            &paths::site_item(i, "domains", j),
                            Code::DomainStateWord,
                            vec![("word", Param::from(word.0))],
                        );
                    }
                }
            }
        }
        Check::UnitNameRelated if unit => {
            let subject = form.get("subject").get("name").text().unwrap_or("");
            if subject.is_empty() {
                return;
            }
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text() else { continue };
                if !shares_a_word(name, subject) && !super::websites::looks_like_domain(name) {
                    let extra = vec![("name", Param::from(name)), ("subject", Param::from(subject))];
                    r.push(&paths::site(i, "name"), Code::WebsiteNameUnrelated, extra);
                }
            }
        }
        Check::UnitNameOfficialSite if unit => {
            let subject = form.get("subject").get("name").text().unwrap_or("");
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text().map(str::trim) else { continue };
                // A name that carries the unit's name is what the rule wants.
                if !name.ends_with("官网") && !shares_a_word(name, subject) && !super::websites::looks_like_domain(name)
                {
                    let suggestion = format!("{}官网", if subject.is_empty() { name } else { subject });
                    r.push(
                        &paths::site(i, "name"),
                        Code::WebsiteNameOfficialSite,
                        vec![("suggestion", Param::from(suggestion))],
                    );
                }
            }
        }
        Check::NamePreApproval { words } => {
            // Jiangsu prescribes "某某的个人博客" for personal sites: that 博客 needs nothing.
            let pattern = personal && provinces::find(province, |c| matches!(c, Check::PersonalNamePattern)).is_some();
            for (i, site) in sites.iter().enumerate() {
                let Some(name) = site.get("name").text() else { continue };
                if pattern && (name.ends_with("的个人博客") || name.ends_with("的个人主页")) {
                    continue;
                }
                let chosen: Vec<&str> = site.get("preApprovals").items().iter().filter_map(FormValue::text).collect();
                let mut reported: Vec<&str> = Vec::new();
                for &(word, approval) in words {
                    if name.contains(word) && !chosen.contains(&approval) && !reported.contains(&approval) {
                        reported.push(approval);
                        let extra = vec![("word", Param::from(word)), ("approval", Param::from(approval))];
                        r.push(&paths::site(i, "name"), Code::WebsiteNameNeedsPreApproval, extra);
                    }
                }
            }
        }
        Check::ServiceContentForbidden { value } | Check::ServiceContentOnly { value } if personal => {
            let only = matches!(requirement.check, Check::ServiceContentOnly { .. });
            for (i, site) in sites.iter().enumerate() {
                let Some(chosen) = site.get("serviceContent").text().map(str::trim) else { continue };
                if (chosen == value) != only {
                    let code = if only { Code::ServiceContentOnly } else { Code::ServiceContentNotAllowed };
                    r.push(&paths::site(i, "serviceContent"), code, vec![("value", Param::from(value))]);
                }
            }
        }
        Check::OneHomepageUrl => {
            for (i, site) in sites.iter().enumerate() {
                let count = site.get("homepageUrls").items().len();
                if count > 1 {
                    r.push(&paths::site(i, "homepageUrls"), Code::UrlOneHomepage, vec![("count", Param::from(count))]);
                }
            }
        }
        Check::RemarkDeclaration { who, any, all, hint } => {
            let has = |remark: &str| {
                (any.is_empty() || any.iter().any(|w| remark.contains(w))) && all.iter().all(|w| remark.contains(w))
            };
            let hint = Param::from(text(hint, r.locale()));
            if who == Who::Personal && personal {
                for (i, site) in sites.iter().enumerate() {
                    if !has(site.get("remark").text().unwrap_or("")) {
                        let extra = vec![("whom", r.say("个人网站", "personal websites")), ("hint", hint.clone())];
                        r.push(&paths::site(i, "remark"), Code::RemarkDeclaration, extra);
                    }
                }
            } else if who == Who::Unit && unit {
                let remarks = std::iter::once(form.get("subject").get("remark"))
                    .chain(sites.iter().map(|s| s.get("remark")))
                    .filter_map(FormValue::text)
                    .collect::<Vec<_>>()
                    .join("\n");
                if !has(&remarks) {
                    let extra = vec![("whom", r.say("企业备案", "enterprise filings")), ("hint", hint)];
                    r.push("subject.remark", Code::RemarkDeclaration, extra);
                }
            }
        }
        Check::SoleTraderAsUnit if personal => {
            let subject = form.get("subject");
            let mut texts =
                [subject.get("name"), subject.get("remark")].into_iter().chain(sites.iter().map(|s| s.get("remark")));
            if texts.any(|v| v.text().is_some_and(|t| t.contains("个体工商户"))) {
                r.push("kind", Code::SoleTraderAsUnit, vec![]);
            }
        }
        Check::TianjinDistrict => {
            let Some(address) = form.get("subject").get("mailingAddress").text() else { return };
            let problem = if address.contains("市辖区") {
                Some(r.say("不能写“市辖区”，请写实际所在的区。", "cannot say 市辖区; name the real district."))
            } else if (address.contains("自贸区") || address.contains("空港")) && !address.contains("滨海新区")
            {
                Some(r.say(
                    "中的自贸区、空港经济区须写作“滨海新区”。",
                    "writes the free-trade and airport zones as 滨海新区.",
                ))
            } else if address.contains("华苑") {
                Some(r.say(
                    "在华苑：环线以内属南开区，环线以外属西青区，请确认所选的区。",
                    "is in 华苑: inside the ring road it is 南开区, outside 西青区; check the district chosen.",
                ))
            } else {
                None
            };
            if let Some(problem) = problem {
                r.push("subject.mailingAddress", Code::AddressDistrict, vec![("problem", problem)]);
            }
        }
        Check::DomainCertificate { min_domains, who } => {
            if who == Who::Personal && !personal {
                return;
            }
            let total: usize = sites.iter().map(|s| s.get("domains").items().len()).sum();
            if total < usize::from(min_domains) {
                return;
            }
            for (i, site) in sites.iter().enumerate() {
                for domain in site.get("domains").items().iter().filter_map(FormValue::text) {
                    r.push(
                        &paths::site(i, "domains"),
                        Code::MaterialDomainCertificate,
                        vec![("domain", Param::from(domain.trim()))],
                    );
                }
            }
        }
        Check::ConstructionPlan { personal_min, unit_min, new_website } => {
            let min = if personal { personal_min } else { unit_min };
            let domains: usize = sites.iter().map(|s| s.get("domains").items().len()).sum();
            let count = sites.len().max(domains);
            let adding = new_website && unit && form.get("filingType").text() == Some("new_website");
            let condition = if count >= usize::from(min) {
                if r.zh() {
                    format!("网站（域名）达到 {min} 个的")
                } else {
                    format!(" with {min} or more websites (domains)")
                }
            } else if adding {
                (if r.zh() { "已有备案、新增网站的" } else { " adding a website to a filed subject" }).to_owned()
            } else {
                return;
            };
            if kind.is_some() {
                let whom = if personal { r.say("个人", "persons") } else { r.say("单位", "units") };
                let extra = vec![("condition", Param::from(condition)), ("count", Param::from(count)), ("whom", whom)];
                r.push("websites", Code::MaterialConstructionPlanProvince, extra);
            }
        }
        Check::Document { doc, when } if document_needed(when, form, kind, sites) => {
            r.push("", Code::MaterialProvinceDocument, vec![("doc", Param::from(text(doc, r.locale())))]);
        }
        Check::SubjectOwnerAuthorisation if unit => {
            let subject = form.get("subject");
            if !is_legal_rep(subject.get("owner"), subject.get("legalRepresentative")) {
                r.push("subject.owner", Code::MaterialSubjectOwnerAuthorisation, vec![]);
            }
        }
        Check::WebsiteOwnerAuthorisation if unit => {
            let legal = form.get("subject").get("legalRepresentative");
            for person in people.iter().filter(|p| !p.is_subject && p.prefix.starts_with("websites[")) {
                if !is_legal_rep(person.value, legal) {
                    r.push(&person.prefix, Code::MaterialWebsiteOwnerAuthorisation, vec![]);
                }
            }
        }
        // Checked by the field checks (phones, domains), or finished in
        // `finish` (verification forms), or not for this kind of filing.
        _ => {}
    }
}

/// State words and their pinyin, for domains (R-NAME-3, Hunan).
const STATE_WORD_PREFIXES: [(&str, &str); 12] = [
    ("中国", "zhongguo"),
    ("中央", "zhongyang"),
    ("国家", "guojia"),
    ("中华", "zhonghua"),
    ("人大", "renda"),
    ("人民", "renmin"),
    ("反腐", "fanfu"),
    ("纪检", "jijian"),
    ("监察", "jiancha"),
    ("信访", "xinfang"),
    ("维权", "weiquan"),
    ("投诉", "tousu"),
];

/// Whether a requirement about `who` concerns this person.
fn applies(who: Who, person: &Person<'_>, kind: Option<FilingKind>) -> bool {
    let personal = kind == Some(FilingKind::Personal);
    let legal_rep = person.prefix == "subject.legalRepresentative";
    match who {
        Who::Personal => personal && person.is_subject,
        Who::UnitOwners => !personal && !legal_rep,
        Who::WebsiteOwners | Who::Website => {
            (personal && person.is_subject) || (!personal && !person.is_subject && !legal_rep)
        }
        Who::LegalRep => legal_rep,
        Who::Unit => !personal,
        Who::All | Who::Owners => !legal_rep,
    }
}

/// The province of a resident ID of another province than `province`, in words.
fn other_province(person: &Person<'_>, province: u32) -> Option<Param> {
    if person.id.kind != IdKind::ResidentId {
        return None;
    }
    let place = person.id.division.as_ref()?;
    let id_province = place.province_code.unwrap_or(place.code);
    (id_province != province).then(|| Param::from(crate::division::label_of(id_province)))
}

/// "个人备案者" / "the personal filer" … for a `who`.
fn whom(r: &Report<'_, '_>, who: Who) -> Param {
    match who {
        Who::Personal => r.say("个人备案者", "personal filers"),
        Who::UnitOwners | Who::Owners | Who::All => r.say("负责人", "owners"),
        Who::WebsiteOwners | Who::Website => r.say("网站负责人", "website owners"),
        Who::LegalRep => r.say("法定代表人", "legal representatives"),
        Who::Unit => r.say("单位", "units"),
    }
}

/// "企业" / "个人" … as the subject of a limit.
fn subject_words(r: &Report<'_, '_>, who: Who) -> Param {
    match who {
        Who::Unit => r.say("企业", "enterprises"),
        Who::Personal => r.say("个人", "persons"),
        _ => r.say("", "filers"),
    }
}

/// "主体负责人" / "the website owner" … for a person.
fn person_words(r: &Report<'_, '_>, person: &Person<'_>) -> Param {
    if person.prefix == "subject.legalRepresentative" {
        r.say("法定代表人", "The legal representative")
    } else if person.is_subject && r.filing.kind == Some(FilingKind::Personal) {
        r.say("个人备案者", "The personal filer")
    } else if person.is_subject {
        r.say("主体负责人", "The subject owner")
    } else {
        r.say("网站负责人", "The website owner")
    }
}

/// R-LOC-2: the certificate's city against the mailing city.
fn check_same_city(r: &mut Report<'_, '_>, people: &[Person<'_>], personal: bool) {
    let Some(place) = r.filing.city else { return };
    let city_of = |code: u32| if code % 100 == 0 || code / 100 % 100 == 90 { code } else { code / 100 * 100 };
    let certificate = if personal {
        people.iter().find(|p| p.is_subject).and_then(|p| p.id.division.as_ref()).map(|d| d.code)
    } else {
        let code = r.filing.form.get("subject").get("certificateNumber").text().unwrap_or("");
        code.get(2..8).and_then(|d| d.parse::<u32>().ok()).filter(|d| d % 10_000 != 0)
    };
    let Some(certificate) = certificate else { return };
    if city_of(certificate) != city_of(place) && certificate / 10_000 == place / 10_000 {
        let name = |code| crate::division::label_of(city_of(code));
        let extra = vec![("certificateCity", Param::from(name(certificate))), ("city", Param::from(name(place)))];
        r.push("region.city", Code::AddressOtherCity, extra);
    }
}

/// R-TEL-5 (Tianjin): contact 2 of a personal filing.
fn check_second_contact(r: &mut Report<'_, '_>, personal: bool) {
    if !personal {
        return;
    }
    let subject = r.filing.form.get("subject");
    let owner = subject.get("owner");
    let phone = owner.get("phone");
    if phone.is_blank() {
        r.push("subject.owner.phone", Code::PhoneLandlineRequired, vec![]);
        return;
    }
    let number = digits(phone.text().unwrap_or(""));
    let is_mobile = number.len() == 11 && number.starts_with('1');
    let remarks = std::iter::once(subject.get("remark"))
        .chain(r.filing.form.get("websites").items().iter().map(|s| s.get("remark")))
        .filter_map(FormValue::text)
        .any(|t| t.contains("联系方式2") || t.contains("联系方式 2"));
    if is_mobile && !remarks {
        r.push("subject.owner.phone", Code::SecondContactRemark, vec![]);
    }
}

/// The personal filing's ID of another province where no source says what
/// the province accepts (R-LOC-1, warning).
fn check_id_province_unknown(filing: &mut Filing<'_>, province: u32, people: &[Person<'_>]) {
    if filing.kind != Some(FilingKind::Personal) {
        return;
    }
    let Some(person) = people.iter().find(|p| p.is_subject) else { return };
    if let Some(id_province) = other_province(person, province) {
        let params = vec![("idProvince", id_province), ("province", Param::from(crate::division::label_of(province)))];
        filing.push("region.province", crate::rules::LOC_1, Code::PersonalIdOtherProvince, params);
    }
}

/// Digits of a text (full-width digits counted).
fn digits(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            _ => None,
        })
        .collect()
}

/// How many distinct mobile numbers a text names.
fn mobiles_in(text: &str) -> usize {
    let mut found: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else if !matches!(c, '-' | ' ') || run.len() >= 11 {
            if run.len() == 11 && run.starts_with('1') && !found.contains(&run) {
                found.push(run.clone());
            }
            run.clear();
        }
    }
    found.len()
}

/// A name that is no name: 王先生, 李小姐, 个人, or (for mainland residents)
/// digits or Latin letters (R-CON-6).
fn is_placeholder_name(name: &str, kind: IdKind) -> bool {
    let name = name.trim();
    let chars = name.chars().count();
    let honorific = ["先生", "小姐", "女士", "太太"].iter().any(|h| name.ends_with(h)) && chars <= 3;
    let word = ["个人", "本人", "无", "测试", "站长", "管理员"].contains(&name);
    let mainland = matches!(kind, IdKind::ResidentId | IdKind::ResidentId15);
    let foreign_chars = mainland && name.chars().any(|c| c.is_ascii_alphanumeric());
    honorific || word || foreign_chars || name.chars().any(|c| c.is_ascii_digit())
}

/// Whether a website's owner is a person other than the subject owner
/// (`null` means the subject owner).
fn is_other_person(owner: &FormValue, form: &FormValue) -> bool {
    matches!(owner, FormValue::Object(_))
        && !same_id(owner.get("idNumber"), form.get("subject").get("owner").get("idNumber"))
}

/// Whether `person` is the legal representative: the same ID number, or,
/// without numbers, the same name. Unknown (no legal representative given)
/// counts as yes, so nothing is reported on missing data: "not the legal
/// representative" implies the unit names one.
pub(super) fn is_legal_rep(person: &FormValue, legal: &FormValue) -> bool {
    if !legal.get("idNumber").is_blank() && !person.get("idNumber").is_blank() {
        return same_id(person.get("idNumber"), legal.get("idNumber"));
    }
    match (person.get("name").text(), legal.get("name").text()) {
        (Some(a), Some(b)) => a.trim() == b.trim(),
        _ => true,
    }
}

fn is_government(form: &FormValue) -> bool {
    form.get("subject").get("nature").text().and_then(SubjectNature::parse) == Some(SubjectNature::Government)
}

fn is_change(form: &FormValue) -> bool {
    form.get("filingType").text() == Some("change")
}

/// Whether a website name shares a word of two Chinese characters with the
/// subject's name, leaving out the words every company name has (R-NAME-4).
fn shares_a_word(name: &str, subject: &str) -> bool {
    const COMMON: [&str; 12] =
        ["有限", "限公", "公司", "股份", "份有", "责任", "任公", "集团", "科技", "网络", "信息", "技术"];
    let chars: Vec<char> = subject.chars().filter(|c| crate::input::is_han(*c)).collect();
    chars
        .windows(2)
        .map(|w| w.iter().collect::<String>())
        .any(|word| !COMMON.contains(&word.as_str()) && name.contains(&word))
}

/// Whether a province document is needed (R-MAT-8).
fn document_needed(when: When, form: &FormValue, kind: Option<FilingKind>, sites: &[FormValue]) -> bool {
    let subject = form.get("subject");
    let nature = subject.get("nature").text().and_then(SubjectNature::parse);
    let any_in = |values: &mut dyn Iterator<Item = Option<&str>>, words: &[&str]| {
        values.flatten().any(|t| words.iter().any(|w| t.contains(w)))
    };
    match when {
        When::Always => kind.is_some(),
        When::Unit => kind == Some(FilingKind::Unit),
        When::Personal => kind == Some(FilingKind::Personal),
        When::Change => is_change(form),
        When::Government => nature == Some(SubjectNature::Government),
        When::PublicBodies => matches!(nature, Some(SubjectNature::Government | SubjectNature::PublicInstitution)),
        When::LawFirm => nature == Some(SubjectNature::LawFirm),
        When::Service(words) => any_in(&mut sites.iter().map(|s| s.get("serviceContent").text()), words),
        When::Scope(words) => any_in(&mut std::iter::once(subject.get("businessScope").text()), words),
        When::Name(words) => any_in(
            &mut std::iter::once(subject.get("name").text()).chain(sites.iter().map(|s| s.get("name").text())),
            words,
        ),
        When::DomainsOver(n) => sites.iter().map(|s| s.get("domains").items().len()).sum::<usize>() > usize::from(n),
    }
}

/// The number of verification forms (R-MAT-7): one per domain where a
/// province asks for that, else `default`.
pub(super) fn verification_forms(filing: &Filing<'_>, default: usize) -> usize {
    let per_domain =
        filing.province.and_then(|p| provinces::find(p, |c| matches!(c, Check::VerificationFormPerDomain))).is_some();
    let domains: usize = filing.form.get("websites").items().iter().map(|s| s.get("domains").items().len()).sum();
    if per_domain {
        default.max(domains)
    } else {
        default
    }
}
