//! Issue 25, item 5: a finding's message names a source a person filing can
//! recognise — the provider or authority and its date — and never a GitHub
//! repository, an issue, an unidentified note or "no source". The full
//! provenance (title, address, date) stays in the finding's parameters and in
//! docs/RULES.md.
//!
//! Scanned here: the R-DOM-1 finding of a domain under every top-level
//! domain of the table, the `basis` of every province requirement in every
//! province, the messages of every fixture of `tests/fixtures/`, and every
//! message template, in zh-CN and en.

use beian_check::domain::{validate_domain, DomainOptions};
use beian_check::form::{validate_filing, FilingOptions, FormValue};
use beian_check::provinces::{self, source_label};
use beian_check::tables::{provinces as province_table, suffixes};
use beian_check::{rules, Code, CommonOptions, Date, Finding, Locale, Param, Severity};

/// Words that name a source a person cannot act on.
const UNRECOGNISABLE: [&str; 19] = [
    "github",
    "仓库",
    "repositor",
    "未识别",
    "not identified",
    "无来源",
    "no source",
    "日期不详",
    "undated",
    "部署笔记",
    "deployment note",
    "v2fly",
    "issue #",
    "pr #",
    "willin",
    "goplus",
    "wuqibor",
    "第三方代码",
    "third-party code",
];

/// Who a message may cite: providers and authorities a person filing knows,
/// and user reports for community sources.
const PROVIDERS_ZH: [&str; 16] = [
    "腾讯云",
    "工信部",
    "工业和信息化部",
    "用户报告",
    "青云QingCloud",
    "UCloud",
    "华为云",
    "FinClip",
    "通信管理局",
    "百度智能云",
    "主机商",
    "新网",
    "火山引擎",
    "金山云",
    "西部数码",
    "阿里云",
];
const PROVIDERS_EN: [&str; 16] = [
    "Tencent Cloud",
    "MIIT",
    "user reports",
    "QingCloud",
    "UCloud",
    "Huawei Cloud",
    "FinClip",
    "administration's rules",
    "Baidu AI Cloud",
    "hosting provider",
    "Xinnet",
    "Volcengine",
    "Kingsoft Cloud",
    "west.cn",
    "Aliyun",
    "WeChat",
];

fn assert_recognisable(text: &str, context: &str) {
    let lower = text.to_lowercase();
    for word in UNRECOGNISABLE {
        assert!(!lower.contains(word), "{context}: names \"{word}\": {text}");
    }
}

/// A date as messages give it: a year, a month or a day, possibly with
/// words (`2017 年前`, `after 2020`, `2026 年查阅`, `read in 2026`).
fn has_date(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// One citation, `provider（date）` or `provider (date)`: a provider or
/// authority a person knows, and a date.
fn assert_citation(label: &str, locale: Locale, context: &str) {
    assert_recognisable(label, context);
    let (providers, open, close): (&[&str], char, char) = match locale {
        Locale::ZhCn => (&PROVIDERS_ZH, '（', '）'),
        Locale::En => (&PROVIDERS_EN, '(', ')'),
    };
    assert!(providers.iter().any(|p| label.contains(p)), "{context}: no provider or authority in \"{label}\"");
    let date = label.rsplit_once(open).map(|(_, d)| d.trim_end_matches(close)).unwrap_or("");
    assert!(label.ends_with(close) && has_date(date), "{context}: no date in \"{label}\"");
}

fn text(params: &[(&'static str, Param)], name: &str) -> Option<String> {
    params.iter().find(|(n, _)| *n == name).map(|(_, p)| match p {
        Param::Str(s) => s.to_string(),
        other => panic!("{name} is not text: {other:?}"),
    })
}

fn dom_1(domain: &str, locale: Locale) -> Vec<Finding> {
    let mut opts = DomainOptions::default();
    opts.common.locale = locale;
    validate_domain(domain, &opts).findings.into_iter().filter(|f| f.rule == rules::DOM_1).collect()
}

#[test]
fn every_suffix_finding_cites_a_provider_or_authority_and_a_date() {
    let mut cited = 0;
    for line in suffixes::TLDS.lines() {
        let tld = line.split(' ').next().unwrap();
        for locale in [Locale::ZhCn, Locale::En] {
            for f in dom_1(&format!("example.{tld}"), locale) {
                let context = format!("example.{tld} {}", f.code.as_str());
                assert_recognisable(&f.message, &context);
                assert!(!f.message.contains('{'), "{context}: {}", f.message);
                let params: Vec<(&'static str, Param)> = f.params.clone();
                if let Some(name) = text(&params, "cited") {
                    assert_citation(&name, locale, &context);
                    assert!(f.message.contains(&name), "{context}: the message cites {name}: {}", f.message);
                    // The provenance stays in the parameters.
                    let source = text(&params, "source").unwrap_or_default();
                    assert!(suffixes::SOURCE_TITLES.iter().any(|t| t.0 == source || t.1 == source), "{context}");
                    assert!(text(&params, "sourceUrl").is_some() && text(&params, "sourceDate").is_some(), "{context}");
                    cited += 1;
                }
            }
        }
    }
    assert!(cited > 2 * 850, "{cited} findings cite a source");
}

/// (domain, code, severity, zh message, en citation): one of each kind of
/// source the table has.
const SUFFIX_FINDINGS: [(&str, Code, Severity, &str, &str); 8] = [
    (
        "example.io",
        Code::DomainSuffixNotApproved,
        Severity::Error,
        ".io 域名不能备案：截至 2022-08-30，.io 不在工信部批准的域名后缀名单（腾讯云文档《备案域名》“可备案的域名后缀”表）中；\
         另据用户报告（2026），它未获批准。",
        "user reports (2026)",
    ),
    (
        "example.cf",
        Code::DomainSuffixNotApproved,
        Severity::Error,
        ".cf 域名不能备案：截至 2022-08-30，.cf 不在工信部批准的域名后缀名单（腾讯云文档《备案域名》“可备案的域名后缀”表）中；\
         另据用户报告（2021-02-13），它未获批准。",
        "user reports (2021-02-13)",
    ),
    (
        "example.de",
        Code::DomainSuffixNotApproved,
        Severity::Error,
        ".de 域名不能备案：截至 2022-08-30，.de 不在工信部批准的域名后缀名单（腾讯云文档《备案域名》“可备案的域名后缀”表）中；\
         另据用户报告（2024-08-17），它未获批准。",
        "user reports (2024-08-17)",
    ),
    (
        "example.hk",
        Code::DomainSuffixDisputed,
        Severity::Warning,
        "据用户报告的工信部注册局名单（2024-08-17），.hk 可以备案；但只有这一来源称其在工信部名单中，腾讯云的可备案后缀表未列出，\
         2018 年曾有用户报告 .hk 备案被拒。提交前请向接入商确认。",
        "MIIT's registry list as users report it (2024-08-17)",
    ),
    (
        "example.me",
        Code::DomainSuffixDisputed,
        Severity::Warning,
        "据腾讯云《备案域名》可备案后缀表（2022-08-30），.me 可以备案；但2023 年曾有用户报告 .me 不能备案，之后又被更正；\
         各省受理情况可能不同。提交前请向接入商确认。",
        "Tencent Cloud's 备案域名 table of fileable suffixes (2022-08-30)",
    ),
    (
        "example.aero",
        Code::DomainSuffixUnclear,
        Severity::Warning,
        "无法确认 .aero 是否已获工信部批准：只见于 2018 年以前旧备案系统的后缀表，没有工信部批准的记录；\
         依据：工信部旧备案系统的后缀代码表（2018-05-08）。提交前请向接入商核实。",
        "the suffix code table of MIIT's old filing system (2018-05-08)",
    ),
    (
        "example.lol",
        Code::DomainSuffixUnclear,
        Severity::Warning,
        "无法确认 .lol 是否已获工信部批准：可备案后缀表未列出它，也没有其他来源说明它能否备案；\
         依据：腾讯云《备案域名》可备案后缀表（2022-08-30）。提交前请向接入商核实。",
        "Tencent Cloud's 备案域名 table of fileable suffixes (2022-08-30)",
    ),
    (
        "example.慈善",
        Code::DomainSuffixUnclear,
        Severity::Warning,
        "无法确认 .慈善 是否已获工信部批准：中文顶级域，但不在任何可备案后缀表中；\
         依据：腾讯云《备案域名》可备案后缀表（2022-08-30）。提交前请向接入商核实。",
        "Tencent Cloud's 备案域名 table of fileable suffixes (2022-08-30)",
    ),
];

#[test]
fn each_kind_of_suffix_source_is_named_as_a_person_knows_it() {
    for (domain, code, severity, zh, en) in SUFFIX_FINDINGS {
        let found = dom_1(domain, Locale::ZhCn);
        let got: Vec<_> = found.iter().map(|f| (f.rule, f.code, f.severity)).collect();
        assert_eq!(got, [(rules::DOM_1, code, severity)], "{domain}");
        assert_eq!(found[0].message, zh, "{domain}");
        let english = &dom_1(domain, Locale::En)[0];
        assert_eq!(text(&english.params, "cited").as_deref(), Some(en), "{domain}");
    }
    // .io: the note its verdict rests on is a user report in the message; its
    // full title stays in `source`.
    let io = &dom_1("example.io", Locale::ZhCn)[0];
    assert_eq!(text(&io.params, "source").as_deref(), Some("GitHub 上的一份部署笔记（仓库未识别）"));
    assert_eq!(text(&io.params, "sourceDate").as_deref(), Some("2026"));
    let dev = &dom_1("example.dev", Locale::En)[0];
    assert_eq!(text(&dev.params, "sourceUrl").as_deref(), Some("https://github.com/goplus/builder/issues/468"));
}

#[test]
fn every_province_requirement_cites_providers_and_dates() {
    let mut checked = 0;
    for &province in province_table::PROVINCE_CODES {
        for requirement in provinces::in_force(province) {
            if requirement.grade.severity().is_none() {
                continue;
            }
            for locale in [Locale::ZhCn, Locale::En] {
                let params = requirement.params(province, locale);
                let context = format!("{} in {province}", requirement.id());
                for name in ["basis", "againstBasis"] {
                    let Some(basis) = text(&params, name) else { continue };
                    assert_recognisable(&basis, &context);
                    let list = match locale {
                        Locale::ZhCn => basis.strip_prefix('据').and_then(|b| b.strip_suffix('，')).map(str::to_owned),
                        Locale::En => basis
                            .trim_start_matches("According to ")
                            .trim_start_matches("according to ")
                            .strip_suffix(", ")
                            .map(str::to_owned),
                    };
                    let list = list.unwrap_or_else(|| panic!("{context}: {basis}"));
                    let labels: Vec<&str> = match locale {
                        Locale::ZhCn => list.split('、').collect(),
                        Locale::En => list.split(", ").flat_map(|l| l.split(" and ")).collect(),
                    };
                    for label in labels {
                        assert_citation(label, locale, &context);
                    }
                    checked += 1;
                }
                // `sources` keeps each source as the table names it.
                let expected: Vec<String> = requirement.sources().iter().map(|&s| source_label(s, locale)).collect();
                let Some((_, Param::List(sources))) = params.iter().find(|(n, _)| *n == "sources") else {
                    panic!("{context}: sources")
                };
                assert_eq!(sources.iter().map(|s| s.to_string()).collect::<Vec<_>>(), expected, "{context}");
            }
        }
    }
    assert!(checked > 300, "{checked}");
}

#[test]
fn an_undated_province_source_is_cited_with_when_it_was_read() {
    // 山西's local mobiles (R-TEL-4, a warning): QingCloud's undated page, read in 2026.
    let rule = provinces::find(140000, |c| matches!(c, provinces::Check::LocalMobile { .. })).unwrap();
    assert_eq!((rule.id().as_str(), rule.grade.severity()), ("R-TEL-4@140000", Some(Severity::Warning)));
    let zh = rule.params(140000, Locale::ZhCn);
    assert_eq!(text(&zh, "basis").as_deref(), Some("据青云QingCloud（2026 年查阅）、UCloud（2020-08-18），"));
    let Some((_, Param::List(sources))) = zh.iter().find(|(n, _)| *n == "sources") else { panic!() };
    assert_eq!(
        sources,
        &["青云QingCloud（日期不详）", "UCloud（2020-08-18）"],
        "the parameter keeps the table's words"
    );
    let en = text(&rule.params(140000, Locale::En), "basis");
    assert_eq!(en.as_deref(), Some("According to QingCloud (read in 2026) and UCloud (2020-08-18), "));
    // Reposts are named by the administration whose rules they copy.
    let ningxia = provinces::in_force(640000)
        .flat_map(|r| text(&r.params(640000, Locale::ZhCn), "basis"))
        .find(|b| b.contains("宁夏"))
        .expect("a Ningxia requirement cites the repost");
    assert!(ningxia.contains("网上转载的宁夏通信管理局规则（2017-01-03）"), "{ningxia}");
}

/// Every fixture's findings, in both languages.
#[test]
fn no_fixture_message_names_an_unrecognisable_source() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/phones/mobile-location.bin")).unwrap();
    beian_check::phone::load_mobile_locations(bytes).unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut messages = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let fixture: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let form: FormValue = serde_json::from_value(fixture["form"].clone()).unwrap();
        for locale in [Locale::ZhCn, Locale::En] {
            let common = CommonOptions { locale, as_of: Date::from_ymd(2026, 11, 22), ..CommonOptions::default() };
            let existing_filings = fixture["options"]["existingFilings"].as_u64().map(|n| n as u32);
            let result =
                validate_filing(&form, &FilingOptions { common, existing_filings, ..FilingOptions::default() });
            for f in result.findings {
                assert_recognisable(&f.message, &format!("{} {} {}", path.display(), f.code.as_str(), f.path));
                messages += 1;
            }
        }
    }
    assert!(messages > 200, "{messages}");
}

/// Provider and authority words as templates write them, each to be
/// followed by a date in the same sentence (or by a parameter that carries
/// one: `{cited}`, `{listDate}`).
const TEMPLATE_SOURCES: [&str; 12] = [
    "腾讯云",
    "阿里云",
    "华为云",
    "微信",
    "快应用联盟",
    "工信部《",
    "Tencent Cloud",
    "Aliyun",
    "Huawei Cloud",
    "WeChat",
    "Quick App Alliance",
    "MIIT's registration form",
];

#[test]
fn every_template_that_names_a_provider_gives_its_date() {
    for &code in Code::ALL {
        for locale in [Locale::ZhCn, Locale::En] {
            let template = code.template(locale);
            let context = format!("{} ({})", code.as_str(), locale.as_str());
            assert_recognisable(template, &context);
            for word in TEMPLATE_SOURCES {
                for (at, _) in template.match_indices(word) {
                    let rest = &template[at..];
                    let sentence = rest.split(['。', '；']).next().unwrap_or(rest);
                    let sentence =
                        if locale == Locale::En { sentence.split(". ").next().unwrap_or(sentence) } else { sentence };
                    let dated = has_date(sentence) || sentence.contains("{cited}") || sentence.contains("Date}");
                    assert!(dated, "{context}: \"{word}\" without a date: {template}");
                }
            }
        }
    }
}
