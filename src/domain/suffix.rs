//! Whether a domain's suffix can be filed: R-DOM-1 (the top-level domain is
//! approved by MIIT) and R-DOM-7 (suffixes reserved to a kind of subject).
//!
//! R-DOM-1 reads the table generated from `data/domains/tlds.csv` (sources
//! and how far to trust them: `data/domains/tlds-SOURCES.md`). Its backbone
//! is the table "可备案的域名后缀" of Tencent Cloud's page 《备案域名》
//! (<https://cloud.tencent.com/document/product/243/18905>, 2022-08-30), a
//! provider's copy of MIIT's list; it supersedes the same provider's 2018
//! documentation (《网站备案 备案类型》), whose short list called `.org`,
//! `.gov` and `.tel` eligible — for those the sources disagree and the
//! finding is a warning that names both.
//!
//! | standing in the table | finding |
//! |---|---|
//! | approved | none |
//! | approved, but a source dissents (`.me`, `.tech`, `.hk` …) | warning `DOMAIN_SUFFIX_DISPUTED` |
//! | unclear | warning `DOMAIN_SUFFIX_UNCLEAR` |
//! | not approved | error `DOMAIN_SUFFIX_NOT_APPROVED`, naming the source and date |
//! | not approved or unclear, but eligible in 2018 | warning `DOMAIN_SUFFIX_SOURCES_DISAGREE` |
//! | a real TLD the table does not list | warning `DOMAIN_SUFFIX_UNVERIFIED` |
//!
//! ```
//! use beian_check::domain::suffix::{standing, Status};
//! assert_eq!(standing("top").map(|s| s.status), Some(Status::Approved));
//! assert_eq!(standing("io").map(|s| s.status), Some(Status::NotApproved));
//! assert_eq!(standing("me").map(|s| s.status), Some(Status::Disputed));
//! assert!(standing("comm").is_none()); // no TLD at all
//! ```

use super::{sorted_line, Host};
use crate::finding::{Findings, Param};
use crate::messages::Code;
use crate::rules;
use crate::subject::SubjectNature;
use crate::tables::suffixes as table;
use crate::tables::Source;
use serde::Serialize;

/// A top-level domain's standing in the table (R-DOM-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// On the approved list.
    Approved,
    /// Approved according to the main source, but another source dissents
    /// or only one source says so.
    Disputed,
    /// No usable evidence either way.
    Unclear,
    /// Not approved (stated by a source, or inferred from a list pruned
    /// against MIIT's).
    NotApproved,
    /// A real TLD that the table does not list.
    Unlisted,
}

/// What the table says about a TLD, and on whose word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The standing.
    pub status: Status,
    /// The source behind it (`None` for [`Status::Unlisted`]).
    pub source: Option<&'static Source>,
    /// The doubt (an index of the doubts table), for [`Status::Disputed`] and [`Status::Unclear`].
    pub doubt: Option<usize>,
    /// True when the provider's 2018 documentation called it eligible.
    pub eligible_in_2018: bool,
}

/// The standing of a top-level label (punycode, lower case); `None` when it
/// is no TLD at all.
pub fn standing(tld: &str) -> Option<Standing> {
    let code = sorted_line(table::TLDS, tld)?.as_bytes();
    let index = |at: usize| code.get(at).and_then(|&c| char::from(c).to_digit(36)).map(|i| i as usize);
    let status = match code.first() {
        None => Status::Unlisted,
        Some(b'a') => Status::Approved,
        Some(b'd') => Status::Disputed,
        Some(b'u') => Status::Unclear,
        Some(_) => Status::NotApproved,
    };
    Some(Standing {
        status,
        source: index(1).and_then(|i| table::SOURCES.get(i)),
        doubt: index(2),
        eligible_in_2018: sorted_line(table::OLD_ELIGIBLE, tld).is_some(),
    })
}

/// How a suffix stands for filing, as results report it (`eligibility`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Eligibility {
    /// Approved (or allowed by the caller's `allowSuffixes`).
    Eligible,
    /// Not approved (or refused by the caller's `denySuffixes`).
    NotEligible,
    /// A real top-level domain the table does not list.
    Unverified,
    /// Approved, but a source dissents.
    Disputed,
    /// The sources do not say, or they disagree.
    Unclear,
}

impl Standing {
    /// The eligibility this standing gives.
    pub fn eligibility(&self) -> Eligibility {
        match self.status {
            Status::Approved => Eligibility::Eligible,
            Status::Disputed => Eligibility::Disputed,
            Status::NotApproved if !self.eligible_in_2018 => Eligibility::NotEligible,
            Status::Unclear | Status::NotApproved => Eligibility::Unclear,
            Status::Unlisted => Eligibility::Unverified,
        }
    }

    /// Reports the R-DOM-1 finding of this standing for `suffix` (shown as
    /// `.top`), if any.
    pub fn report(&self, suffix: &str, findings: &mut Findings) {
        let locale = findings.locale();
        let list = &table::SOURCES[table::LIST_SOURCE];
        let mut params = vec![("suffix", Param::from(suffix))];
        if let Some(source) = self.source {
            params.push(("source", Param::from(source.title(locale))));
            params.push(("sourceUrl", Param::from(source.url)));
            params.push(("sourceDate", Param::from(source.date_or_unknown(locale))));
            params.push(("cited", Param::from(source.cited(locale))));
        }
        if let Some(doubt) = self.doubt {
            let text =
                crate::messages::section_text(crate::messages::Section::SuffixDoubts, doubt, table::DOUBTS, locale);
            params.push(("doubt", Param::from(text)));
        }
        let code = match self.eligibility() {
            Eligibility::Eligible => return,
            Eligibility::Disputed => Code::DomainSuffixDisputed,
            Eligibility::Unclear if self.eligible_in_2018 => Code::DomainSuffixSourcesDisagree,
            Eligibility::Unclear => Code::DomainSuffixUnclear,
            Eligibility::NotEligible => Code::DomainSuffixNotApproved,
            Eligibility::Unverified => Code::DomainSuffixUnverified,
        };
        if matches!(code, Code::DomainSuffixNotApproved | Code::DomainSuffixUnverified) {
            params.push(("listDate", Param::from(table::LIST_DATE)));
            params.push(("listSource", Param::from(list.title(locale))));
        }
        findings.push(rules::DOM_1, code, params);
    }
}

/// The suffixes R-DOM-7 reserves, recognised in a host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reserved {
    /// `.gov.cn`, `.政务` or `.政务.cn`: for Party and government organs.
    Government,
    /// `.公益` or `.公益.cn`: for non-profit bodies.
    NonProfit,
    /// Any other `.cn` domain.
    Cn,
    /// Anything else.
    Other,
}

/// `政务` and `公益` in punycode.
const ZHENGWU: &str = "xn--zfr164b";
const GONGYI: &str = "xn--55qw42g";

fn reserved(host: &Host) -> Reserved {
    let labels = &host.ascii;
    let tld = labels.last().map_or("", String::as_str);
    let second = labels.len().checked_sub(2).map_or("", |i| labels[i].as_str());
    match (second, tld) {
        ("gov" | ZHENGWU, "cn") | (_, ZHENGWU) => Reserved::Government,
        (GONGYI, "cn") | (_, GONGYI) => Reserved::NonProfit,
        (_, "cn") => Reserved::Cn,
        _ => Reserved::Other,
    }
}

/// Natures that may use the government suffixes only when they exercise
/// administrative functions (国办函〔2018〕55号: "不承担行政职能的事业单位
/// 原则上不得使用以 .gov.cn 为后缀的英文域名"; the `.政务` registry admits
/// "行使行政职能的社会团体和事业单位").
const ADMINISTRATIVE_IF_DELEGATED: [SubjectNature; 3] =
    [SubjectNature::PublicInstitution, SubjectNature::SocialGroup, SubjectNature::MassOrganization];

/// Natures of non-profit bodies, for whom `.公益` is meant (MIIT
/// announcement 2018 No. 7 《中国互联网域名体系》; the `.公益` registry lists
/// social groups, public institutions, private non-enterprise units,
/// foundations and other non-profit bodies).
const NON_PROFIT: [SubjectNature; 6] = [
    SubjectNature::PublicInstitution,
    SubjectNature::SocialGroup,
    SubjectNature::PrivateNonEnterprise,
    SubjectNature::Foundation,
    SubjectNature::MassOrganization,
    SubjectNature::Religious,
];

/// R-DOM-7: suffixes reserved to a kind of subject (《互联网政务应用安全管理
/// 规定》, 2024: Party and government organs use `.gov.cn` / `.政务`, public
/// institutions `.cn` / `.公益`; 国办函〔2018〕55号; MIIT announcement 2018
/// No. 7 for `.政务` / `.公益`).
///
/// - `government` must use `.gov.cn` or `.政务` (error otherwise);
/// - `.gov.cn` / `.政务` for anyone else is an error, except `military`
///   (defence organs are state organs) and public institutions, social
///   groups and mass organisations, which may use them when they exercise
///   administrative functions (warning);
/// - `public_institution` must use a `.cn` domain or `.公益` (error otherwise);
/// - `.公益` for a body that is not non-profit is a warning.
pub fn check_reserved(host: &Host, nature: SubjectNature, findings: &mut Findings) {
    let kind = reserved(host);
    let suffix = match kind {
        Reserved::Government if host.ascii.last().is_some_and(|t| t == "cn") => {
            format!(".{}.cn", host.unicode[host.unicode.len() - 2])
        }
        _ => format!(".{}", host.unicode.last().map_or("", String::as_str)),
    };
    let params = || vec![("suffix", Param::from(suffix.as_str())), ("nature", Param::from(nature.label_zh()))];
    let code = match (nature, kind) {
        (SubjectNature::Government, Reserved::Government) => return,
        (SubjectNature::Government, _) => Code::DomainGovernmentSuffixRequired,
        (SubjectNature::Military, Reserved::Government) => return,
        (_, Reserved::Government) if ADMINISTRATIVE_IF_DELEGATED.contains(&nature) => {
            Code::DomainGovernmentSuffixAdministrative
        }
        (_, Reserved::Government) => Code::DomainGovernmentSuffixReserved,
        (SubjectNature::PublicInstitution, Reserved::Other) => Code::DomainPublicInstitutionSuffix,
        (_, Reserved::NonProfit) if !NON_PROFIT.contains(&nature) => Code::DomainNonProfitSuffix,
        _ => return,
    };
    findings.push(rules::DOM_7, code, params());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_host;
    use crate::messages::Locale;

    fn codes(domain: &str, nature: SubjectNature) -> Vec<&'static str> {
        let mut findings = Findings::new(Locale::ZhCn, "");
        check_reserved(&parse_host(domain).unwrap(), nature, &mut findings);
        findings.finish(None, ()).findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn r_dom_7_government_suffixes() {
        use SubjectNature::*;
        for domain in ["beijing.gov.cn", "北京市人民政府.政务", "北京.政务.cn"] {
            assert!(codes(domain, Government).is_empty(), "{domain}");
            assert!(codes(domain, Military).is_empty(), "{domain}");
            assert_eq!(codes(domain, Enterprise), ["DOMAIN_GOVERNMENT_SUFFIX_RESERVED"], "{domain}");
            assert_eq!(codes(domain, Personal), ["DOMAIN_GOVERNMENT_SUFFIX_RESERVED"], "{domain}");
            assert_eq!(codes(domain, PublicInstitution), ["DOMAIN_GOVERNMENT_SUFFIX_ADMINISTRATIVE"], "{domain}");
        }
        for domain in ["beijing.com", "beijing.cn", "beijing.org.cn", "北京.公益"] {
            assert_eq!(codes(domain, Government), ["DOMAIN_GOVERNMENT_SUFFIX_REQUIRED"], "{domain}");
        }
    }

    #[test]
    fn r_dom_7_public_institutions_and_non_profit_suffixes() {
        use SubjectNature::*;
        for domain in ["pku.edu.cn", "example.cn", "example.org.cn", "某某博物馆.公益", "某某.公益.cn"] {
            assert!(codes(domain, PublicInstitution).is_empty(), "{domain}");
        }
        for domain in ["example.com", "example.中国", "example.net"] {
            assert_eq!(codes(domain, PublicInstitution), ["DOMAIN_PUBLIC_INSTITUTION_SUFFIX"], "{domain}");
        }
        assert!(codes("某某基金会.公益", Foundation).is_empty());
        assert_eq!(codes("某某公司.公益", Enterprise), ["DOMAIN_NON_PROFIT_SUFFIX"]);
        assert!(codes("example.com", Enterprise).is_empty());
    }

    #[test]
    fn standing_of_the_table() {
        let of = |tld: &str| standing(tld).map(|s| s.eligibility());
        assert_eq!(of("com"), Some(Eligibility::Eligible));
        assert_eq!(of("xn--fiqs8s"), Some(Eligibility::Eligible)); // 中国
        assert_eq!(of("io"), Some(Eligibility::NotEligible));
        assert_eq!(of("tech"), Some(Eligibility::Disputed));
        assert_eq!(of("alibaba"), Some(Eligibility::Unclear));
        assert_eq!(of("org"), Some(Eligibility::Unclear)); // eligible in 2018, not approved now
        assert_eq!(of("academy"), Some(Eligibility::Unverified));
        assert_eq!(of("an"), None); // retired, no longer a TLD
    }
}
