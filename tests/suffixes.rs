//! R-DOM-1 over every row of `data/domains/tlds.csv`, in A-label and U-label
//! form: approved rows pass, approved rows with a dissent warn, not-approved
//! rows are errors naming their source and its date, unclear rows warn, and
//! the suffixes the provider's 2018 documentation called eligible (`.org`,
//! `.gov`, `.tel`) warn that the sources disagree. Rows that are no TLD of
//! the Public Suffix List (retired or never delegated) are unknown TLDs.

use beian_check::domain::{validate_domain, DomainOptions};
use beian_check::{rules, Locale, Severity};

#[path = "support/csv.rs"]
mod csv;

struct Row {
    suffix: String,
    unicode: String,
    status: String,
    evidence: String,
    source_date: String,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/domains/tlds.csv")).unwrap();
    let mut records = csv::records(&text).into_iter();
    assert_eq!(
        records.next().map(|h| h.join(",")).as_deref(),
        Some("suffix,unicode,registry,status,evidence,source_url,source_date")
    );
    records
        .map(|f| {
            assert_eq!(f.len(), 7, "{f:?}");
            Row {
                suffix: f[0].clone(),
                unicode: f[1].clone(),
                status: f[3].clone(),
                evidence: f[4].clone(),
                source_date: f[6].clone(),
            }
        })
        .collect()
}

/// The R-DOM-1 findings of `example.<tld>`: (code, severity, message).
fn dom_1(tld: &str, locale: Locale) -> Vec<(&'static str, Severity, String)> {
    let mut opts = DomainOptions::default();
    opts.common.locale = locale;
    validate_domain(format!("example.{tld}").as_str(), &opts)
        .findings
        .into_iter()
        .filter(|f| f.rule == rules::DOM_1)
        .map(|f| (f.code.as_str(), f.severity, f.message))
        .collect()
}

const ELIGIBLE_IN_2018: [&str; 3] = ["org", "gov", "tel"];
/// Rows of tlds.csv whose TLD the Public Suffix List no longer has (retired
/// from the root zone; `helsinki` and `xihuan` left the list in December 2026).
const NO_TLD_OF_THE_PSL: [&str; 17] = [
    "an",
    "tp",
    "xn--lhrz14b",
    "xn--od0alg",
    "bentley",
    "dabur",
    "dunlop",
    "juniper",
    "lancaster",
    "lipsy",
    "natura",
    "pramerica",
    "redstone",
    "shaw",
    "wolterskluwer",
    "helsinki",
    "xihuan",
];

#[test]
fn every_row_of_the_csv_gets_the_finding_its_status_calls_for() {
    let rows = rows();
    assert_eq!(rows.len(), 1036);
    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for row in &rows {
        let forms: Vec<&str> =
            [row.suffix.as_str(), row.unicode.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
        for tld in forms {
            let found = dom_1(tld, Locale::ZhCn);
            let codes: Vec<(&str, Severity)> = found.iter().map(|(c, s, _)| (*c, *s)).collect();
            let dissent = row.evidence.contains("DISAGREEMENT") || row.evidence.contains("single source");
            let expected: &[(&str, Severity)] = if NO_TLD_OF_THE_PSL.contains(&row.suffix.as_str()) {
                &[("DOMAIN_TLD_UNKNOWN", Severity::Error)]
            } else if ELIGIBLE_IN_2018.contains(&row.suffix.as_str()) {
                &[("DOMAIN_SUFFIX_SOURCES_DISAGREE", Severity::Warning)]
            } else {
                match (row.status.as_str(), dissent) {
                    ("approved", false) => &[],
                    ("approved", true) => &[("DOMAIN_SUFFIX_DISPUTED", Severity::Warning)],
                    ("not_approved", _) => &[("DOMAIN_SUFFIX_NOT_APPROVED", Severity::Error)],
                    ("unclear", _) => &[("DOMAIN_SUFFIX_UNCLEAR", Severity::Warning)],
                    (other, _) => panic!("status {other}"),
                }
            };
            assert_eq!(codes, expected, "example.{tld} ({})", row.status);
            *seen.entry(expected.first().map_or("none", |e| e.0)).or_default() += 1;
            if let Some((code, _, message)) = found.first() {
                if *code == "DOMAIN_SUFFIX_NOT_APPROVED" {
                    assert!(message.contains("2022-08-30"), "{message}");
                    let date = if ["", "unknown"].contains(&row.source_date.as_str()) {
                        "日期不详"
                    } else {
                        &row.source_date
                    };
                    assert!(message.contains(date), "example.{tld}: {message} names {date}");
                }
                assert!(!message.contains('{'), "every placeholder filled: {message}");
            }
        }
    }
    // Approved rows pass (in both forms where a U-label exists); the 7 with a
    // dissent warn (香港 in both forms).
    assert!(seen["none"] > 150 && seen["DOMAIN_SUFFIX_DISPUTED"] == 8, "{seen:?}");
    assert!(seen["DOMAIN_SUFFIX_NOT_APPROVED"] > 800, "{seen:?}");
}

#[test]
fn the_issue_examples() {
    let codes = |tld: &str| dom_1(tld, Locale::En).into_iter().map(|(c, s, _)| (c, s)).collect::<Vec<_>>();
    for approved in ["top", "xyz", "vip", "shop", "online", "asia", "biz", "co", "中国", "公司", "网络"] {
        assert_eq!(codes(approved), [], ".{approved}");
    }
    for refused in ["io", "ai", "dev", "de"] {
        assert_eq!(codes(refused), [("DOMAIN_SUFFIX_NOT_APPROVED", Severity::Error)], ".{refused}");
    }
    for doubted in ["me", "tech", "hk", "香港", "pw", "quest", "saxo"] {
        assert_eq!(codes(doubted), [("DOMAIN_SUFFIX_DISPUTED", Severity::Warning)], ".{doubted}");
    }
    assert_eq!(codes("comm"), [("DOMAIN_TLD_UNKNOWN", Severity::Error)]);
    // The message names the list and the user reports it rests on; the
    // parameters keep the full title of the source.
    let io = &dom_1("io", Locale::En)[0].2;
    assert_eq!(
        io,
        ".io domains cannot be filed: as of 2022-08-30, .io is not on the list of suffixes approved by MIIT \
         (Tencent Cloud, 备案域名, table of fileable suffixes), and according to user reports (2026) it is not approved."
    );
    let org = &dom_1("org", Locale::ZhCn)[0].2;
    assert_eq!(
        org,
        "来源不一致：腾讯云 2018 年的文档《网站备案 备案类型》把 .org 列为可备案的后缀，\
         而较新的用户报告（2024-05-08）认为它不在工信部批准的名单中。管局可能驳回，提交前请向接入商确认。"
    );
}

#[test]
fn caller_lists_win_over_the_table() {
    let with = |allow: &[&str], deny: &[&str], domain: &str| {
        let opts = DomainOptions {
            allow_suffixes: allow.iter().map(|s| s.to_string()).collect(),
            deny_suffixes: deny.iter().map(|s| s.to_string()).collect(),
            ..DomainOptions::default()
        };
        validate_domain(domain, &opts).findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>()
    };
    assert_eq!(with(&["io"], &[], "example.io"), Vec::<&str>::new());
    assert_eq!(with(&[], &["top"], "example.top"), ["DOMAIN_SUFFIX_DENIED"]);
    assert_eq!(with(&["top"], &["top"], "example.top"), ["DOMAIN_SUFFIX_DENIED"], "deny wins over allow");
}
