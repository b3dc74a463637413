//! The websites of the form: names (R-NAME-1, R-APP-1), domains (R-DOM-1…7,
//! no domain on two websites), homepage URLs (R-URL-1…3), remarks (R-DOM-5,
//! R-REM-3, R-REM-4), pre-approvals (R-PRE-1) and the materials they ask
//! for (R-MAT-1, R-MAT-2, R-MAT-5, R-MAT-7).

use super::{Filing, FormValue, MAX_WEBSITES, NO_PRE_APPROVAL, PERSONAL_NAME_WORDS, PRE_APPROVALS};
use crate::contact::{other_field, FilingKind};
use crate::domain::url::{validate_homepage_url, UrlOptions};
use crate::domain::{
    needs_construction_plan, needs_same_site_remark, validate_domain, DomainOptions, SAME_SITE_REMARK,
};
use crate::finding::Param;
use crate::messages::Code;
use crate::paths;
use crate::rules;
use crate::subject::SubjectNature;

/// The websites: names, domains, homepage URLs, remarks, pre-approvals.
/// A filing of apps only has no websites (`has_apps`).
pub(super) fn check_websites(filing: &mut Filing<'_>, has_apps: bool) {
    let sites = filing.form.get("websites").items();
    if sites.is_empty() {
        if !has_apps {
            filing.push("websites", rules::FORM, Code::FormNoWebsite, vec![]);
        }
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
    let nature = match filing.kind {
        Some(FilingKind::Personal) => Some(SubjectNature::Personal),
        _ => filing.form.get("subject").get("nature").text().and_then(SubjectNature::parse),
    };
    for (i, site) in sites.iter().take(MAX_WEBSITES).enumerate() {
        let prefix = paths::item("websites", i);
        let wanted = filing.wants(&prefix);
        // Names and domains of every website take part in R-APP-1 and the
        // no-repeat rule, so they are read even when only another site is wanted.
        check_website_name(filing, site, &prefix, &mut seen_names);
        let domains = site.get("domains").items();
        if domains.is_empty() {
            filing.push(&paths::join(&prefix, "domains"), rules::FORM, Code::FormRequired, vec![]);
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
            nature,
            common: filing.quiet(),
            ..DomainOptions::default()
        };
        let mut listed = Vec::new();
        for (j, domain) in domains.iter().enumerate() {
            let path = paths::site_item(i, "domains", j);
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
            filing.push(&paths::join(&prefix, "registrant"), rules::DOM_6, Code::DomainRegistrantUnknown, vec![]);
        }
        if matches!(site.get("registeredElsewhere"), FormValue::Bool(true)) {
            for domain in &listed {
                let path = paths::join(&prefix, "domains");
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
            filing.add(&paths::site_item(i, "homepageUrls", j), result.findings);
        }
        let remark = site.get("remark").text().unwrap_or("");
        if needs_construction_plan(domains.len()) {
            filing.push(
                &paths::join(&prefix, "domains"),
                rules::MAT_5,
                Code::MaterialConstructionPlan,
                vec![("count", Param::from(domains.len()))],
            );
        }
        if needs_same_site_remark(domains.len()) && !remark.contains(SAME_SITE_REMARK) {
            filing.push(&paths::join(&prefix, "remark"), rules::DOM_5, Code::RemarkSameSite, vec![]);
        }
        let other_content = site.get("serviceContent").text() == Some("其他");
        if (other_content || filing.kind == Some(FilingKind::Personal)) && remark.chars().count() < 2 {
            filing.push(&paths::join(&prefix, "remark"), rules::REM_3, Code::RemarkContentRequired, vec![]);
        }
        if hospital && !remark.contains("执业许可证") {
            filing.push(&paths::join(&prefix, "remark"), rules::REM_4, Code::RemarkHospitalLicence, vec![]);
        }
        check_pre_approvals(filing, site, &prefix);
    }
}

/// R-REM-4 applies: a unit of nature 医疗机构, or a unit named 医院.
fn is_hospital(filing: &Filing<'_>) -> bool {
    let subject = filing.form.get("subject");
    filing.kind == Some(FilingKind::Unit)
        && (subject.get("nature").text().and_then(SubjectNature::parse) == Some(SubjectNature::Medical)
            || subject.get("name").text().is_some_and(|name| name.contains("医院")))
}

/// A website name that is a domain or URL (R-NAME-1).
pub(super) fn looks_like_domain(name: &str) -> bool {
    name.contains("://") || (name.contains('.') && !name.contains(' ') && name.is_ascii())
}

/// R-NAME-1 and R-APP-1.
fn check_website_name(filing: &mut Filing<'_>, site: &FormValue, prefix: &str, seen: &mut Vec<(String, String)>) {
    let path = paths::join(&prefix, "name");
    let Some(name) = site.get("name").text() else {
        filing.push(&path, rules::FORM, Code::FormRequired, vec![]);
        return;
    };
    if name.chars().count() < 2 {
        filing.push(&path, rules::NAME_1, Code::WebsiteNameShort, vec![]);
    } else if looks_like_domain(name) {
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
    let path = paths::join(&prefix, "preApprovals");
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
