//! Homepage URLs (`validateHomepageUrl`, R-URL-1 … R-URL-3): an optional
//! `http`/`https` scheme, no credentials, spaces or fragment, an optional
//! port and path; the host is a domain name (not an IP address) that is one
//! of the filing's domains or below one ("首页URL只能填写域名列表中的任意一个",
//! Tencent Cloud《备案类型》2018); the old console wanted it to start with `www.` (R-URL-2, a
//! warning unless switched off).
//!
//! ```
//! use beian_check::domain::url::{validate_homepage_url, UrlOptions};
//! let opts = UrlOptions { domains: vec!["example.com".into()], ..UrlOptions::default() };
//! let r = validate_homepage_url("https://www.example.com:8443/index.html", &opts);
//! assert!(r.ok);
//! assert_eq!(r.details.host.as_deref(), Some("www.example.com"));
//! let r = validate_homepage_url("https://www.example.org/", &opts);
//! assert_eq!(r.findings[0].code.as_str(), "URL_HOST_OUTSIDE");
//! ```

use super::{parse_host, suffix_labels};
use crate::finding::{FieldResult, Findings, Param};
use crate::input::{clean, Input, Value};
use crate::messages::Code;
use crate::options::{pick, CommonOptions};
use crate::rules;
use serde::Serialize;

/// How the old console's `www.` rule (R-URL-2) is applied.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WwwRule {
    /// A warning when the host does not start with `www.` (default).
    #[default]
    Warning,
    /// Not checked.
    Off,
}

impl WwwRule {
    /// Parses `"warning"` / `"off"`.
    pub fn parse(text: &str) -> Option<WwwRule> {
        match text {
            "warning" => Some(WwwRule::Warning),
            "off" => Some(WwwRule::Off),
            _ => None,
        }
    }
}

/// Options of [`validate_homepage_url`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlOptions {
    /// The filing's domains (R-URL-1); not checked when empty.
    pub domains: Vec<String>,
    /// R-URL-2.
    pub www_rule: WwwRule,
    /// Language and rejected option values.
    pub common: CommonOptions,
}

impl UrlOptions {
    /// Reads `wwwRule`, `locale` and `asOf` through `get`; the host passes
    /// the `domains` array it read.
    pub fn from_host(get: impl Fn(&'static str) -> Value, domains: Vec<String>) -> UrlOptions {
        let mut common = CommonOptions::from_host(&get);
        let www_rule =
            pick("wwwRule", get("wwwRule").as_input(), WwwRule::parse, || "warning".into(), &mut common.rejected);
        UrlOptions { domains, www_rule: www_rule.unwrap_or_default(), common }
    }
}

/// What a homepage URL decodes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UrlDetails {
    /// The host, ASCII form.
    pub host: Option<String>,
    /// The host's registrable domain, ASCII form.
    pub registrable: Option<String>,
}

/// The parts of a URL.
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: &'a str,
    rest: &'a str,
}

fn split(text: &str) -> Parts<'_> {
    let (scheme, after) = match text.split_once("://") {
        Some((scheme, after)) => (Some(scheme), after),
        None => (None, text),
    };
    let end = after.find(['/', '?']).unwrap_or(after.len());
    Parts { scheme, authority: &after[..end], rest: &after[end..] }
}

/// Checks a homepage URL (R-URL-1 … R-URL-3). `normalized` has a lower-case
/// scheme (`http` when none was typed) and the ASCII host.
pub fn validate_homepage_url<'a>(value: impl Into<Input<'a>>, opts: &UrlOptions) -> FieldResult<UrlDetails> {
    let mut findings = opts.common.findings("");
    let mut details = UrlDetails::default();
    let Some(text) = clean(value.into(), rules::URL_3, &mut findings) else {
        return findings.finish(None, details);
    };
    let normalized = check(&text, opts, &mut findings, &mut details);
    findings.finish(Some(normalized.unwrap_or(text)), details)
}

fn check(text: &str, opts: &UrlOptions, findings: &mut Findings, details: &mut UrlDetails) -> Option<String> {
    if text.contains(char::is_whitespace) {
        findings.push(rules::URL_3, Code::UrlSpace, vec![]);
        return None;
    }
    if text.contains('#') {
        findings.push(rules::URL_3, Code::UrlFragment, vec![]);
    }
    let parts = split(text);
    let scheme = parts.scheme.map_or("http".to_owned(), str::to_ascii_lowercase);
    if scheme != "http" && scheme != "https" {
        findings.push(rules::URL_3, Code::UrlScheme, vec![("scheme", Param::from(scheme.as_str()))]);
        return None;
    }
    if parts.authority.contains('@') {
        findings.push(rules::URL_3, Code::UrlCredentials, vec![]);
        return None;
    }
    let (host_text, port) = match parts.authority.rsplit_once(':') {
        Some((host, port)) if !host.contains(']') || host.ends_with(']') => (host, Some(port)),
        _ => (parts.authority, None),
    };
    if let Some(port) = port {
        if !port.parse::<u16>().is_ok_and(|p| p > 0) {
            findings.push(rules::URL_3, Code::UrlPort, vec![("port", Param::from(port))]);
            return None;
        }
    }
    let looks_like_ip = host_text.starts_with('[')
        || (!host_text.is_empty() && host_text.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    if looks_like_ip {
        findings.push(rules::URL_3, Code::UrlIpHost, vec![("host", Param::from(host_text))]);
        return None;
    }
    let host = match parse_host(host_text) {
        Ok(host) => host,
        Err((code, params)) => {
            findings.push(rules::URL_3, code, params);
            return None;
        }
    };
    let ascii = host.ascii_name();
    details.host = Some(ascii.clone());
    if let Some(suffix) = suffix_labels(&host).filter(|&s| host.ascii.len() > s) {
        details.registrable = Some(host.ascii[host.ascii.len() - suffix - 1..].join("."));
    }
    check_in_domains(&ascii, &host.unicode_name(), &opts.domains, findings);
    if opts.www_rule == WwwRule::Warning && !ascii.starts_with("www.") {
        findings.push(rules::URL_2, Code::UrlWww, vec![]);
    }
    let port = port.map(|p| format!(":{p}")).unwrap_or_default();
    Some(format!("{scheme}://{ascii}{port}{}", parts.rest))
}

/// R-URL-1: the host is one of `domains` or below one.
fn check_in_domains(ascii: &str, unicode: &str, domains: &[String], findings: &mut Findings) {
    let listed: Vec<String> =
        domains.iter().filter_map(|d| parse_host(d.trim()).ok()).map(|h| h.ascii_name()).collect();
    if listed.is_empty() {
        return;
    }
    let inside = listed.iter().any(|d| ascii == d || ascii.ends_with(&format!(".{d}")));
    if !inside {
        findings.push(
            rules::URL_1,
            Code::UrlHostOutside,
            vec![("host", Param::from(unicode)), ("domains", Param::from(domains.join("、")))],
        );
    }
}
