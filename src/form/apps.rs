//! The apps of the form (APP备案 / 小程序备案, required since MIIT's notice
//! 工信部信管〔2023〕105号): kinds and platforms, each platform's identifier,
//! signing fingerprint and public key (R-APP-2 … R-APP-8), names across
//! entries (R-APP-1), a quick app's package against the native one
//! (R-APP-5), a mini-program's remark, service types and pre-approval entry
//! (R-APP-9), the per-subject quota (R-APP-10), an APP's domains (R-APP-11),
//! the materials (R-APP-12) and names (R-APP-13). The owners are checked with
//! the others (`owners`: R-ID-*, R-CON-*, R-AGE-*, the province's rules).

use super::province::is_legal_rep;
use super::{Filing, FormValue, NO_PRE_APPROVAL};
use crate::app::{validate_app_identifier, validate_public_key, validate_signing_fingerprint, AppOptions, AppPlatform};
use crate::contact::{other_field, FilingKind};
use crate::domain::{validate_domain, DomainOptions};
use crate::finding::Param;
use crate::messages::Code;
use crate::paths;
use crate::rules;
use crate::unit::{validate_unit_code, UnitOptions};

/// At most this many apps are checked (more are not read).
pub const MAX_APPS: usize = 100;

/// What an entry of `apps` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AppKind {
    App,
    MiniProgram,
    QuickApp,
}

impl AppKind {
    fn parse(text: &str) -> Option<AppKind> {
        match text {
            "app" => Some(AppKind::App),
            "mini_program" => Some(AppKind::MiniProgram),
            "quick_app" => Some(AppKind::QuickApp),
            _ => None,
        }
    }

    /// Whether `platform` belongs to this kind.
    fn takes(self, platform: AppPlatform) -> bool {
        match self {
            AppKind::App => platform.is_native(),
            AppKind::MiniProgram => matches!(platform, AppPlatform::Wechat | AppPlatform::Douyin | AppPlatform::Alipay),
            AppKind::QuickApp => platform == AppPlatform::QuickApp,
        }
    }
}

/// How many WeChat mini-programs a subject may file (R-APP-10; WeChat's
/// filing FAQ): a person 5, an individual business 5, any other subject 50.
fn mini_program_quota(filing: &Filing<'_>) -> usize {
    if filing.kind == Some(FilingKind::Personal) || is_individual_business(filing.form.get("subject")) {
        5
    } else {
        50
    }
}

/// Whether the subject is an individual business (个体工商户): its unified
/// social credit code's registration authority and category are 9 and 2
/// (GB 32100: 工商, 个体工商户), as on every business licence of one, or —
/// without a readable code — its name says so.
pub(super) fn is_individual_business(subject: &FormValue) -> bool {
    let code =
        subject.get("certificateNumber").text().map(|code| validate_unit_code(code, &UnitOptions::default()).details);
    match code.as_ref().and_then(|details| details.authority.as_ref().zip(details.category.as_ref())) {
        Some((authority, category)) => authority.code == "9" && category.code == "2",
        None => subject.get("name").text().is_some_and(|name| name.contains("个体工商户")),
    }
}

/// Every entry of `apps`; returns how many there are.
pub(super) fn check_apps(filing: &mut Filing<'_>, existing_filings: Option<u32>) -> usize {
    let apps = filing.form.get("apps").items();
    let apps = &apps[..apps.len().min(MAX_APPS)];
    let mut names: Vec<(&str, String)> = Vec::new();
    let mut android_packages: Vec<(String, String)> = Vec::new();
    let mut quick_packages: Vec<(String, String)> = Vec::new();
    let mut mini_programs = 0;
    for (i, app) in apps.iter().enumerate() {
        let prefix = paths::item("apps", i);
        check_name(filing, app, &prefix, &mut names);
        let kind = match app.get("kind").text() {
            None => {
                filing.push(&paths::join(&prefix, "kind"), rules::FORM, Code::FormRequired, vec![]);
                continue;
            }
            Some(text) => match AppKind::parse(text) {
                Some(kind) => kind,
                None => {
                    filing.push(
                        &paths::join(&prefix, "kind"),
                        rules::FORM,
                        Code::AppKind,
                        vec![("kind", Param::from(text))],
                    );
                    continue;
                }
            },
        };
        // WeChat's quota counts WeChat mini-programs; no source gives Douyin's or Alipay's.
        let on_wechat = app
            .get("platforms")
            .items()
            .iter()
            .any(|entry| entry.get("platform").text().and_then(AppPlatform::parse) == Some(AppPlatform::Wechat));
        let wechat_mini_program = kind == AppKind::MiniProgram && on_wechat;
        mini_programs += usize::from(wechat_mini_program);
        // WeChat's applyIcpFiling: "当小程序负责人不是法人时需要小程序负责人授权书";
        // no owner of its own: the subject owner runs it. Without a legal
        // representative nothing is reported (`is_legal_rep`).
        let subject = filing.form.get("subject");
        let owner = match app.get("owner") {
            owner @ FormValue::Object(_) => owner,
            _ => subject.get("owner"),
        };
        let legal = subject.get("legalRepresentative");
        if wechat_mini_program && filing.kind == Some(FilingKind::Unit) && !is_legal_rep(owner, legal) {
            filing.push(&paths::join(&prefix, "owner"), rules::APP_12, Code::MaterialAppOwnerAuthorisation, vec![]);
        }
        for (platform, package, path) in check_platforms(filing, app, kind, &prefix) {
            match platform {
                AppPlatform::Android => android_packages.push((package, path)),
                AppPlatform::QuickApp => quick_packages.push((package, path)),
                _ => {}
            }
        }
        if kind == AppKind::App && filing.wants(&prefix) {
            check_domains(filing, app, &prefix);
        }
        if filing.wants(&prefix) {
            check_content(filing, app, kind, &prefix);
        }
    }
    for (package, path) in &quick_packages {
        if let Some((_, other)) = android_packages.iter().find(|(p, _)| p.eq_ignore_ascii_case(package)) {
            let params = vec![("package", Param::from(package.as_str())), ("otherPath", Param::from(other.as_str()))];
            filing.push(path, rules::APP_5, Code::AppQuickAppPackage, params);
        }
    }
    let max = mini_program_quota(filing);
    let existing = existing_filings.map_or(0, |n| n as usize);
    if mini_programs > 0 && existing + mini_programs > max {
        let params =
            vec![("max", Param::from(max)), ("existing", Param::from(existing)), ("count", Param::from(mini_programs))];
        filing.push("apps", rules::APP_10, Code::AppQuota, params);
    }
    if !apps.is_empty() {
        filing.push("apps", rules::APP_12, Code::MaterialAppCommitment, vec![]);
    }
    apps.len()
}

/// R-APP-1: required; one name is one app (its platforms in one entry),
/// another name another filing.
fn check_name<'a>(filing: &mut Filing<'_>, app: &'a FormValue, prefix: &str, seen: &mut Vec<(&'a str, String)>) {
    let path = paths::join(prefix, "name");
    let Some(name) = app.get("name").text() else {
        filing.push(&path, rules::FORM, Code::FormRequired, vec![]);
        return;
    };
    // R-APP-13 (warnings): Huawei Cloud's symbols, the website rules that likely apply.
    let symbol = |c: char| matches!(c, '*' | '&' | '#' | '@' | '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}');
    if let Some(c) = name.chars().find(|&c| symbol(c)) {
        filing.push(&path, rules::APP_13, Code::AppNameSymbol, vec![("char", Param::from(c))]);
    } else if super::websites::looks_like_domain(name) {
        filing.push(&path, rules::APP_13, Code::AppNameDomain, vec![("name", Param::from(name))]);
    }
    let locale = filing.opts.locale;
    if let Some((_, other)) = seen.iter().find(|(n, _)| *n == name) {
        filing.push(&path, rules::APP_1, Code::AppNameRepeated, other_field(other, locale));
        return;
    }
    if let Some((_, first)) = seen.first() {
        let mut params = other_field(first, locale);
        params.push(("name", Param::from(name)));
        filing.push(&path, rules::APP_1, Code::AppNameSeparateFiling, params);
    }
    seen.push((name, path));
}

/// The platform entries: each one's platform, identifier and, for a native
/// app, fingerprint and public key. Returns each identifier read with its
/// platform and path.
fn check_platforms(
    filing: &mut Filing<'_>,
    app: &FormValue,
    kind: AppKind,
    prefix: &str,
) -> Vec<(AppPlatform, String, String)> {
    let list = paths::join(prefix, "platforms");
    let platforms = app.get("platforms").items();
    if platforms.is_empty() {
        filing.push(&list, rules::FORM, Code::FormRequired, vec![]);
    }
    let mut identifiers = Vec::new();
    for (j, entry) in platforms.iter().take(MAX_APPS).enumerate() {
        let here = paths::item(&list, j);
        let platform = match entry.get("platform").text() {
            None => {
                filing.push(&paths::join(&here, "platform"), rules::FORM, Code::FormRequired, vec![]);
                continue;
            }
            Some(text) => match AppPlatform::parse(text).filter(|p| kind.takes(*p)) {
                Some(platform) => platform,
                None => {
                    let params = vec![("platform", Param::from(text))];
                    filing.push(&paths::join(&here, "platform"), rules::FORM, Code::AppPlatformKind, params);
                    continue;
                }
            },
        };
        let opts = AppOptions { platform, common: filing.quiet() };
        let identifier = validate_app_identifier(entry.get("identifier").as_input(), &opts);
        let path = paths::join(&here, "identifier");
        if let Some(normalized) = identifier.normalized {
            identifiers.push((platform, normalized, path.clone()));
        }
        if !filing.wants(&here) {
            continue;
        }
        filing.add(&path, identifier.findings);
        if platform.is_native() {
            let fingerprint = validate_signing_fingerprint(entry.get("fingerprint").as_input(), &opts);
            filing.add(&paths::join(&here, "fingerprint"), fingerprint.findings);
            let key = validate_public_key(entry.get("publicKey").as_input(), &opts);
            filing.add(&paths::join(&here, "publicKey"), key.findings);
        }
    }
    identifiers
}

/// R-APP-11: an APP's domains, checked as a website's (R-DOM-1/2/7), at the
/// level the app uses: a subdomain is no error, a fifth level a warning.
fn check_domains(filing: &mut Filing<'_>, app: &FormValue, prefix: &str) {
    let opts = DomainOptions {
        province: filing.province,
        subdomains_filed: true,
        common: filing.quiet(),
        ..DomainOptions::default()
    };
    let list = paths::join(prefix, "domains");
    for (k, domain) in app.get("domains").items().iter().take(MAX_APPS).enumerate() {
        let path = paths::item(&list, k);
        let result = validate_domain(domain.as_input(), &opts);
        filing.add(&path, result.findings);
        let Some(ascii) = result.details.ascii else { continue };
        let levels = 1 + ascii.bytes().filter(|&b| b == b'.').count();
        if levels > 4 {
            let params = vec![("domain", Param::from(ascii)), ("levels", Param::from(levels))];
            filing.push(&path, rules::APP_11, Code::AppDomainLevel, params);
        }
    }
}

/// Service content, pre-approvals and remark: R-APP-9 for mini-programs,
/// R-PRE-1's exclusive choice and R-APP-12's documents for every kind.
fn check_content(filing: &mut Filing<'_>, app: &FormValue, kind: AppKind, prefix: &str) {
    let service = app.get("serviceContent");
    let services = match service {
        FormValue::Array(items) => items.iter().filter(|s| !s.is_blank()).count(),
        other => usize::from(!other.is_blank()),
    };
    if services == 0 {
        filing.push(&paths::join(prefix, "serviceContent"), rules::FORM, Code::FormRequired, vec![]);
    } else if kind == AppKind::MiniProgram && services > 5 {
        let params = vec![("count", Param::from(services))];
        filing.push(&paths::join(prefix, "serviceContent"), rules::APP_9, Code::AppServiceTypes, params);
    }
    let path = paths::join(prefix, "preApprovals");
    let chosen: Vec<&str> = app.get("preApprovals").items().iter().filter_map(FormValue::text).collect();
    let types: Vec<&str> = chosen.iter().copied().filter(|c| *c != NO_PRE_APPROVAL).collect();
    if chosen.is_empty() && kind == AppKind::MiniProgram {
        filing.push(&path, rules::APP_9, Code::AppPreApprovalMissing, vec![]);
    } else if chosen.contains(&NO_PRE_APPROVAL) && !types.is_empty() {
        filing.push(&path, rules::PRE_1, Code::PreApprovalExclusive, vec![]);
    }
    // WeChat's applyIcpFiling: "列表中不能存在重复的前置审批类型" (the entries
    // that are text; a repeat is reported where it stands).
    if kind == AppKind::MiniProgram {
        for (j, t) in chosen.iter().enumerate() {
            if chosen[..j].contains(t) {
                let params = vec![("type", Param::from(*t))];
                filing.push(&paths::item(&path, j), rules::APP_9, Code::AppPreApprovalRepeated, params);
            }
        }
    }
    let name = app.get("name").text().unwrap_or("");
    for t in types {
        let params = vec![("name", Param::from(name)), ("type", Param::from(t))];
        filing.push(&path, rules::APP_12, Code::MaterialAppPreApproval, params);
    }
    if kind == AppKind::MiniProgram {
        let length = app.get("remark").text().map_or(0, |r| r.chars().count());
        if !(20..=200).contains(&length) {
            filing.push(
                &paths::join(prefix, "remark"),
                rules::APP_9,
                Code::AppRemarkLength,
                vec![("length", Param::from(length))],
            );
        }
    }
}
