//! Domains (`validateDomain`): label syntax and IDN (R-DOM-2), the
//! registrable domain (a filing names `example.com.cn`, not
//! `www.example.com.cn`), the suffix's eligibility (R-DOM-1) and the
//! suffixes reserved to a kind of subject (R-DOM-7), both in [`suffix`],
//! and Beijing's country-code rule (R-DOM-3). Homepage URLs are in [`url`].
//!
//! Unicode and punycode forms are compared in one normal form: ASCII
//! lower case, Unicode labels as punycode (`例子.中国` ↔
//! `xn--fsqu00a.xn--fiqs8s`); the ideographic full stop `。` separates
//! labels as the MIIT domain system allows. UTS 46 mapping beyond that
//! (case folding of non-ASCII letters, NFC) is left out to keep the wasm
//! small; Chinese labels have no case.
//!
//! ```
//! use beian_check::domain::{validate_domain, DomainOptions};
//! let r = validate_domain("www.例子.中国", &DomainOptions::default());
//! assert_eq!(r.findings[0].code.as_str(), "DOMAIN_SUBDOMAIN");
//! assert_eq!(r.details.registrable.as_deref(), Some("xn--fsqu00a.xn--fiqs8s"));
//! assert_eq!(r.details.unicode.as_deref(), Some("www.例子.中国"));
//!
//! let io = validate_domain("example.io", &DomainOptions::default());
//! assert_eq!(io.findings[0].code.as_str(), "DOMAIN_SUFFIX_NOT_APPROVED");
//! assert!(!io.ok);
//! ```

pub mod punycode;
pub mod suffix;
pub mod url;

use crate::finding::{FieldResult, Findings, Param};
use crate::input::{clean, is_word_char, Input, Value};
use crate::messages::Code;
use crate::options::{pick, CommonOptions};
use crate::provinces::{self, Check};
use crate::rules;
use crate::subject::SubjectNature;
use crate::tables::suffixes as table;
use serde::Serialize;

/// The line of the newline-separated `lines`, sorted by their first word,
/// whose first word is `key`: the rest of that line after the space (`""`
/// when the line is the key alone). Binary search on byte offsets, nothing
/// built up front.
fn sorted_line<'a>(lines: &'a str, key: &str) -> Option<&'a str> {
    // Bytes, not chars: the tables are ASCII, and a char searcher per probe
    // cost most of a domain check.
    let bytes = lines.as_bytes();
    let line_at = |middle: usize| {
        let start = bytes[..middle].iter().rposition(|&b| b == b'\n').map_or(0, |newline| newline + 1);
        let end = bytes[middle..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |e| middle + e);
        (start, end)
    };
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let (start, end) = line_at(low + (high - low) / 2);
        let line = &bytes[start..end];
        let word_end = line.iter().position(|&b| b == b' ').unwrap_or(line.len());
        match line[..word_end].cmp(key.as_bytes()) {
            std::cmp::Ordering::Equal => return lines.get(start + (word_end + 1).min(line.len())..end),
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    None
}

/// A host name in both forms, label by label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    /// Punycode / ASCII lower-case labels.
    pub ascii: Vec<String>,
    /// Unicode labels.
    pub unicode: Vec<String>,
}

impl Host {
    /// `a.b.c` in ASCII form.
    pub fn ascii_name(&self) -> String {
        self.ascii.join(".")
    }
    /// `a.b.c` in Unicode form.
    pub fn unicode_name(&self) -> String {
        self.unicode.join(".")
    }
}

/// Why a host name could not be read: the R-DOM-2 finding to report.
pub type HostError = (Code, Vec<(&'static str, Param)>);

/// Reads a host name: labels separated by `.` or `。`, a trailing dot
/// dropped, each label checked and given in both forms. Errors name the
/// rule-R-DOM-2 finding to report.
pub fn parse_host(text: &str) -> Result<Host, HostError> {
    let text = text.replace(['。', '｡'], ".");
    let text = text.strip_suffix('.').unwrap_or(&text);
    if text.is_empty() {
        return Err((Code::InputEmpty, vec![]));
    }
    let mut host = Host { ascii: Vec::new(), unicode: Vec::new() };
    for raw in text.split('.') {
        let label = raw.to_ascii_lowercase();
        if label.is_empty() {
            return Err((Code::DomainLabelEmpty, vec![]));
        }
        if let Some(c) = label.chars().find(|&c| !(is_word_char(c) || c == '-')) {
            return Err((Code::DomainInvalidChar, vec![("char", Param::from(c))]));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err((Code::DomainLabelHyphen, vec![("label", Param::from(raw))]));
        }
        let (ascii, unicode) = if let Some(encoded) = label.strip_prefix("xn--") {
            // Valid only when it decodes to non-ASCII text that encodes back to the same label.
            let decoded =
                punycode::decode(encoded).filter(|d| !d.is_ascii() && punycode::encode(d).as_deref() == Some(encoded));
            match decoded {
                Some(unicode) => (label.clone(), unicode),
                None => return Err((Code::DomainPunycode, vec![("label", Param::from(raw))])),
            }
        } else if label.is_ascii() {
            (label.clone(), label.clone())
        } else {
            match punycode::encode(&label) {
                Some(encoded) => (format!("xn--{encoded}"), label.clone()),
                None => return Err((Code::DomainPunycode, vec![("label", Param::from(raw))])),
            }
        };
        if ascii.len() > 63 {
            return Err((
                Code::DomainLabelLength,
                vec![("label", Param::from(raw)), ("length", Param::from(ascii.len()))],
            ));
        }
        host.ascii.push(ascii);
        host.unicode.push(unicode);
    }
    let length = host.ascii_name().len();
    if length > 253 {
        return Err((Code::DomainLength, vec![("length", Param::from(length))]));
    }
    Ok(host)
}

pub use suffix::Eligibility;

/// The eligibility of a top-level label (punycode) by the bundled table
/// alone (R-DOM-1); `None` when the label is no TLD at all.
pub fn eligibility(tld: &str) -> Option<Eligibility> {
    suffix::standing(tld).map(|s| s.eligibility())
}

/// Number of labels of the public suffix of `host` (1 or 2), or `None`
/// when its top-level label is no real TLD.
pub fn suffix_labels(host: &Host) -> Option<usize> {
    let n = host.ascii.len();
    let tld = host.ascii.last()?;
    sorted_line(table::TLDS, tld)?;
    let two = n >= 2 && sorted_line(table::RULES, &host.ascii[n - 2..].join(".")).is_some();
    Some(if two { 2 } else { 1 })
}

/// Options of [`validate_domain`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DomainOptions {
    /// The filing province (`xx0000`), for R-DOM-3.
    pub province: Option<u32>,
    /// Suffixes the caller accepts whatever the bundled table says (R-DOM-1).
    pub allow_suffixes: Vec<String>,
    /// Suffixes the caller does not accept, whatever else says (R-DOM-1).
    pub deny_suffixes: Vec<String>,
    /// Whether the domain's registrar is abroad (R-DOM-3, Beijing); `None`
    /// when the caller does not know.
    pub registrar_abroad: Option<bool>,
    /// The domain's registrant as the registrar shows it (R-DOM-6).
    pub registrant: Option<String>,
    /// The filing subject's name, to compare with the registrant (R-DOM-6).
    pub subject_name: Option<String>,
    /// The filing subject's nature, for the suffixes reserved to some
    /// natures (R-DOM-7).
    pub nature: Option<SubjectNature>,
    /// A subdomain is what is filed (an APP's domains, R-APP-11): no R-DOM-2
    /// finding for it.
    pub subdomains_filed: bool,
    /// Language and rejected option values.
    pub common: CommonOptions,
}

/// The top-level labels of suffixes given by a caller, in ASCII form.
fn suffix_labels_of(suffixes: &[String]) -> Vec<String> {
    suffixes
        .iter()
        .filter_map(|s| parse_host(s.trim().trim_start_matches('.')).ok())
        .filter_map(|h| h.ascii.last().cloned())
        .collect()
}

impl DomainOptions {
    /// Reads `province`, `nature`, `registrant`, `subjectName`, `locale` and `asOf`
    /// through `get`; the host passes the arrays and the boolean it read.
    pub fn from_host(
        get: impl Fn(&'static str) -> Value,
        allow_suffixes: Vec<String>,
        deny_suffixes: Vec<String>,
        registrar_abroad: Option<bool>,
    ) -> DomainOptions {
        let mut common = CommonOptions::from_host(&get);
        let province = pick(
            "province",
            get("province").as_input(),
            crate::division::parse_province,
            || "(none)".into(),
            &mut common.rejected,
        );
        let nature =
            pick("nature", get("nature").as_input(), SubjectNature::parse, || "(none)".into(), &mut common.rejected);
        let text = |name| match get(name) {
            Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        };
        DomainOptions {
            province,
            allow_suffixes,
            deny_suffixes,
            registrar_abroad,
            registrant: text("registrant"),
            subject_name: text("subjectName"),
            nature,
            subdomains_filed: false,
            common,
        }
    }

    /// The caller's verdict on a top-level label (`allowSuffixes`,
    /// `denySuffixes`), which wins over the bundled table.
    fn caller_verdict(&self, tld: &str) -> Option<Eligibility> {
        if suffix_labels_of(&self.deny_suffixes).iter().any(|d| d == tld) {
            Some(Eligibility::NotEligible)
        } else if suffix_labels_of(&self.allow_suffixes).iter().any(|a| a == tld) {
            Some(Eligibility::Eligible)
        } else {
            None
        }
    }
}

/// What a domain decodes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainDetails {
    /// The domain in ASCII (punycode) form.
    pub ascii: Option<String>,
    /// The domain in Unicode form.
    pub unicode: Option<String>,
    /// Its public suffix (`com.cn`), ASCII form.
    pub suffix: Option<String>,
    /// The registrable domain (`example.com.cn`), ASCII form.
    pub registrable: Option<String>,
    /// True when the input is below the registrable domain.
    pub is_subdomain: bool,
    /// The suffix's standing for filing.
    pub eligibility: Option<Eligibility>,
}

/// Country-code top-level domains Beijing accepts (R-DOM-3: the
/// provider's 2018 documentation lists them as eligible).
const ELIGIBLE_CCTLDS: [&str; 3] = ["cn", "cc", "tv"];

/// Checks a domain a filing names (R-DOM-1 … R-DOM-3, R-DOM-6, R-DOM-7).
/// `normalized` is the ASCII form.
pub fn validate_domain<'a>(value: impl Into<Input<'a>>, opts: &DomainOptions) -> FieldResult<DomainDetails> {
    let mut findings = opts.common.findings("");
    let mut details = DomainDetails::default();
    let Some(text) = clean(value.into(), rules::DOM_2, &mut findings) else {
        return findings.finish(None, details);
    };
    if text.contains("://") || text.contains('/') {
        findings.push(rules::DOM_2, Code::DomainIsUrl, vec![]);
        return findings.finish(Some(text), details);
    }
    let host = match parse_host(&text) {
        Ok(host) => host,
        Err((code, params)) => {
            findings.push(rules::DOM_2, code, params);
            return findings.finish(Some(text), details);
        }
    };
    details.ascii = Some(host.ascii_name());
    details.unicode = Some(host.unicode_name());
    check_registrable(&host, opts, &mut findings, &mut details);
    if let Some(nature) = opts.nature {
        suffix::check_reserved(&host, nature, &mut findings);
    }
    check_registrar_and_registrant(opts, &mut findings);
    findings.finish(details.ascii.clone(), details)
}

/// R-DOM-3 (registrar abroad: the province table, or the national row
/// without a province) and R-DOM-6 (registrant vs subject).
fn check_registrar_and_registrant(opts: &DomainOptions, findings: &mut Findings) {
    let province = opts.province.unwrap_or(0);
    // Without a province and an answer about the registrar, no row can give a finding.
    let asked = opts.province.is_some() || opts.registrar_abroad.is_some();
    let rule = asked.then(|| provinces::find(province, |c| matches!(c, Check::RegistrarDomestic))).flatten();
    if let Some(rule) = rule {
        // The parameters (source names and dates) are built only for a finding.
        let params = || rule.params(province, findings.locale());
        match (opts.registrar_abroad, rule.grade.severity()) {
            (Some(true), Some(severity)) => {
                let params = params();
                findings.push_graded(rules::DOM_3, Code::DomainRegistrarAbroad, severity, params)
            }
            // Only a province's own row asks about an unknown registrar.
            (None, Some(_)) if rule.province != 0 => {
                let params = params();
                findings.push(rules::DOM_3, Code::DomainRegistrarUnknown, params)
            }
            _ => {}
        }
    }
    if let Some(subject) = &opts.subject_name {
        match &opts.registrant {
            None => findings.push(rules::DOM_6, Code::DomainRegistrantUnknown, vec![]),
            Some(registrant) if registrant != subject => findings.push(
                rules::DOM_6,
                Code::DomainRegistrantMismatch,
                vec![("registrant", Param::from(registrant.as_str())), ("subject", Param::from(subject.as_str()))],
            ),
            Some(_) => {}
        }
    }
}

fn check_registrable(host: &Host, opts: &DomainOptions, findings: &mut Findings, details: &mut DomainDetails) {
    let n = host.ascii.len();
    let tld = host.ascii[n - 1].as_str();
    let Some(standing) = suffix::standing(tld) else {
        let tld = host.unicode.last().map_or("", String::as_str);
        findings.push(rules::DOM_1, Code::DomainTldUnknown, vec![("tld", Param::from(tld))]);
        return;
    };
    let tld_shown = format!(".{}", host.unicode[n - 1]);
    let eligibility = match opts.caller_verdict(tld) {
        Some(Eligibility::NotEligible) => {
            findings.push(rules::DOM_1, Code::DomainSuffixDenied, vec![("suffix", Param::from(tld_shown.as_str()))]);
            Eligibility::NotEligible
        }
        Some(verdict) => verdict,
        None => {
            standing.report(&tld_shown, findings);
            standing.eligibility()
        }
    };
    details.eligibility = Some(eligibility);
    let suffix_len = suffix_labels(host).unwrap_or(1);
    details.suffix = Some(host.ascii[n - suffix_len..].join("."));
    if n <= suffix_len {
        findings.push(rules::DOM_2, Code::DomainIsSuffix, vec![]);
    } else if eligibility != Eligibility::NotEligible {
        // The suffix rules are bundled for the suffixes that can be filed
        // only: under another (`co.uk`) the registrable domain is unknown.
        let registrable = n - suffix_len - 1;
        details.registrable = Some(host.ascii[registrable..].join("."));
        details.is_subdomain = registrable > 0;
        if details.is_subdomain && !opts.subdomains_filed {
            let suggestion = host.unicode[registrable..].join(".");
            findings.push(rules::DOM_2, Code::DomainSubdomain, vec![("registrable", Param::from(suggestion))]);
        }
    }
    let country_code = tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_lowercase());
    let Some(province) = opts.province else { return };
    let refused = provinces::find(province, |c| matches!(c, Check::CctldRefused));
    if let (Some(rule), true) = (refused, country_code && !ELIGIBLE_CCTLDS.contains(&tld)) {
        if let (Some(severity), true) = (rule.grade.severity(), eligibility != Eligibility::NotEligible) {
            let mut params = rule.params(province, findings.locale());
            params.push(("suffix", Param::from(tld_shown)));
            findings.push_graded(rules::DOM_3, Code::DomainBeijingCountryCode, severity, params);
        }
    }
}

/// R-DOM-4 (Tencent Cloud《各省管局要求》): more than 4 domains on one website need a website
/// construction plan (网站建设方案书).
pub fn needs_construction_plan(domains: usize) -> bool {
    domains > 4
}

/// R-DOM-5 (Tencent Cloud《备案类型》2018): several domains pointing to one website need the
/// remark "域名指向同一网站".
pub fn needs_same_site_remark(domains: usize) -> bool {
    domains > 1
}

/// The remark R-DOM-5 asks for.
pub const SAME_SITE_REMARK: &str = "域名指向同一网站";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_dom_4_and_r_dom_5_predicates() {
        assert!(!needs_construction_plan(4) && needs_construction_plan(5));
        assert!(!needs_same_site_remark(1) && needs_same_site_remark(2));
        assert_eq!(SAME_SITE_REMARK, "域名指向同一网站");
    }

    #[test]
    fn sorted_line_lookup() {
        let lines = "a\nbb x1\nc\ncom a0-\nxn--fiqs8s";
        for (present, rest) in [("a", ""), ("bb", "x1"), ("c", ""), ("com", "a0-"), ("xn--fiqs8s", "")] {
            assert_eq!(sorted_line(lines, present), Some(rest), "{present}");
        }
        for absent in ["", "b", "cc", "co", "comm", "z", "x1"] {
            assert_eq!(sorted_line(lines, absent), None, "{absent}");
        }
        assert!(sorted_line(table::TLDS, "com").is_some() && sorted_line(table::TLDS, "zw").is_some());
        assert!(sorted_line(table::TLDS, "comm").is_none());
    }
}
