//! R-ORG-1 … R-ORG-7 through the public Rust API. Valid codes are those of
//! well-known companies and bodies printed on their public business
//! licences; invalid ones are those codes with one part changed and the
//! check character recomputed, so each test hits exactly one rule.

use beian_check::subject::{certificate_type, finance_keyword};
use beian_check::unit::{uscc_in_province, validate_unit_code, UnitDetails, UnitKind, UnitOptions};
use beian_check::{FieldResult, Locale, Param, Severity, SubjectNature};

const TENCENT: &str = "9144030071526726XG"; // 腾讯科技（深圳）有限公司
const ALIBABA: &str = "91330100799655058B"; // 阿里巴巴（中国）有限公司
const HUAWEI: &str = "914403001922038216"; // 华为技术有限公司
const XIAOMI: &str = "91110108551385082Q"; // 小米科技有限责任公司
const BAIDU: &str = "91110000802100433B"; // 百度在线网络技术（北京）有限公司
const PEKING_UNIVERSITY: &str = "12100000400000624D"; // 北京大学 (事业单位, central)

fn check(value: &str, opts: &UnitOptions) -> FieldResult<UnitDetails> {
    validate_unit_code(value, opts)
}

fn uscc(value: &str) -> FieldResult<UnitDetails> {
    check(value, &UnitOptions::default())
}

fn with(f: impl FnOnce(&mut UnitOptions)) -> UnitOptions {
    let mut opts = UnitOptions::new(Locale::ZhCn);
    f(&mut opts);
    opts
}

fn codes(r: &FieldResult<UnitDetails>) -> Vec<(&'static str, &'static str, Severity)> {
    r.findings.iter().map(|f| (f.rule, f.code.as_str(), f.severity)).collect()
}

#[test]
fn r_org_1_real_codes_are_valid_and_decoded() {
    for code in [TENCENT, ALIBABA, HUAWEI, XIAOMI, BAIDU, PEKING_UNIVERSITY] {
        let r = uscc(code);
        assert!(r.ok && r.findings.is_empty(), "{code}: {:?}", codes(&r));
    }
    let r = uscc(TENCENT);
    let d = &r.details;
    assert_eq!(d.org_code.as_deref(), Some("71526726-X"));
    assert_eq!(d.authority.as_ref().map(|a| (a.code.as_str(), a.name)), Some(("9", "工商")));
    assert_eq!(d.category.as_ref().map(|c| (c.code.as_str(), c.name)), Some(("1", "企业")));
    assert_eq!(d.division.as_ref().map(|p| p.full_name()), Some("广东省深圳市".to_owned()));
    let r = uscc(PEKING_UNIVERSITY);
    assert!(r.details.national && r.details.division.is_none());
    assert_eq!(r.details.category.as_ref().map(|c| c.name), Some("事业单位"));
}

#[test]
fn r_org_1_case_spaces_and_hyphens_are_normalised() {
    let r = uscc(" 91440300-71526726-xg ");
    assert!(r.ok);
    assert_eq!(r.normalized.as_deref(), Some(TENCENT));
}

#[test]
fn r_org_1_checksum_names_the_expected_character() {
    let r = uscc("9144030071526726XA");
    assert_eq!(codes(&r), [("R-ORG-1", "USCC_CHECKSUM", Severity::Error)]);
    assert_eq!(r.findings[0].param("expected"), Some(&Param::from("G")));
    assert_eq!(
        r.findings[0].message,
        "统一社会信用代码校验位不符：按前 17 位计算，第 18 位应为 G，实际为 A。请逐位核对。"
    );
}

#[test]
fn r_org_1_forbidden_characters_and_length() {
    let r = uscc("9144030071526726XO");
    assert_eq!(codes(&r), [("R-ORG-1", "USCC_INVALID_CHAR", Severity::Error)]);
    assert_eq!(r.findings[0].param("position"), Some(&Param::Int(18)));
    let r = uscc("91440300715267S6XG");
    assert_eq!(r.findings[0].param("char"), Some(&Param::from("S")));
    let r = uscc("9144030071526726X");
    assert_eq!(codes(&r), [("R-ORG-1", "UNIT_LENGTH", Severity::Error)]);
    assert_eq!(r.findings[0].message, "代码应为 18 位，当前为 17 位。");
    let r = uscc("统一社会信用代码");
    assert_eq!(codes(&r)[0].1, "USCC_INVALID_CHAR");
}

#[test]
fn r_org_1_outside_the_tables_with_a_right_check_character_is_a_warning() {
    // The check character is right, so the code is as printed: a filer
    // cannot change a certificate, and real registers hold such codes.
    let r = uscc("B144030071526726XE");
    assert_eq!(codes(&r), [("R-ORG-1", "USCC_AUTHORITY_UNUSUAL", Severity::Warning)]);
    assert!(r.ok);
    let r = uscc("9444030071526726X7");
    assert_eq!(codes(&r), [("R-ORG-1", "USCC_CATEGORY_UNUSUAL", Severity::Warning)]);
    assert_eq!(
        r.findings[0].message,
        "第 2 位机构类别代码“4”不在 GB 32100 为登记管理部门“工商”列出的类别中（1 企业、2 个体工商户、3 农民专业合作社），但校验位正确。请确认与证书一致；一致则照证书填写。"
    );
    let r = uscc("9199999971526726XJ");
    assert_eq!(codes(&r), [("R-ORG-1", "USCC_DIVISION_UNUSUAL", Severity::Warning)]);
    assert_eq!(r.findings[0].param("code"), Some(&Param::from("999999")));
}

#[test]
fn r_org_1_outside_the_tables_with_a_wrong_check_character_is_an_error() {
    let r = uscc("B144030071526726XF");
    assert_eq!(
        codes(&r),
        [("R-ORG-1", "USCC_CHECKSUM", Severity::Error), ("R-ORG-1", "USCC_AUTHORITY", Severity::Error)]
    );
    let r = uscc("9444030071526726X8");
    assert_eq!(codes(&r)[1], ("R-ORG-1", "USCC_CATEGORY", Severity::Error));
    assert_eq!(
        r.findings[1].message,
        "第 2 位机构类别代码“4”不属于登记管理部门“工商”（可用：1 企业、2 个体工商户、3 农民专业合作社）。"
    );
    let r = uscc("9199999971526726XK");
    assert_eq!(codes(&r)[1], ("R-ORG-1", "USCC_DIVISION", Severity::Error));
}

#[test]
fn r_org_2_embedded_organisation_code() {
    // Right check character of the whole code: a warning.
    let r = uscc("91440300715267261R");
    assert_eq!(codes(&r), [("R-ORG-2", "USCC_ORG_CODE_UNUSUAL", Severity::Warning)]);
    // Wrong one: the organisation code mismatch is an error too.
    let r = uscc("91440300715267261T");
    assert!(codes(&r).contains(&("R-ORG-2", "USCC_ORG_CODE", Severity::Error)));
    let at = r.findings.iter().position(|f| f.code.as_str() == "USCC_ORG_CODE").unwrap_or(0);
    assert_eq!(r.findings[at].message, "第 9–17 位组织机构代码 71526726-1 的校验位应为 X，实际为 1。");
}

#[test]
fn r_org_2_organisation_codes_alone() {
    let opts = with(|o| o.kind = UnitKind::OrgCode);
    let r = check("71526726-X", &opts);
    assert!(r.ok);
    assert_eq!(codes(&r), [("R-ORG-5", "ORG_CODE_OBSOLETE", Severity::Warning)]);
    assert_eq!(r.details.org_code.as_deref(), Some("71526726-X"));
    let r = check("71526726-1", &opts);
    assert_eq!(codes(&r)[0], ("R-ORG-2", "ORG_CODE_CHECKSUM", Severity::Error));
    assert_eq!(r.findings[0].param("expected"), Some(&Param::from("X")));
    assert_eq!(codes(&check("7152672-X", &opts))[0], ("R-ORG-2", "UNIT_LENGTH", Severity::Error));
    assert_eq!(codes(&check("7152672Y-X", &opts))[0], ("R-ORG-2", "ORG_CODE_CHECKSUM", Severity::Error));
    assert_eq!(codes(&check("715267_6-X", &opts))[0], ("R-ORG-2", "ORG_CODE_INVALID_CHAR", Severity::Error));
}

#[test]
fn r_org_6_old_registration_numbers() {
    let opts = with(|o| o.kind = UnitKind::RegNo15);
    for number in ["440301103448669", "330100400015575"] {
        let r = check(number, &opts);
        assert!(r.ok, "{number}");
        assert_eq!(codes(&r), [("R-ORG-5", "REG_NO_OBSOLETE", Severity::Warning)], "{number}");
    }
    // 440301: the registry of Shenzhen's districts (深圳市市辖区).
    let office = check("440301103448669", &opts).details.division.map(|d| d.full_name());
    assert_eq!(office.as_deref(), Some("广东省深圳市市辖区"));
    let r = check("440301103448660", &opts);
    assert_eq!(codes(&r)[0], ("R-ORG-6", "REG_NO_CHECKSUM", Severity::Error));
    assert_eq!(r.findings[0].param("expected"), Some(&Param::from("9")));
    assert_eq!(codes(&check("44030110344866", &opts))[0], ("R-ORG-6", "UNIT_LENGTH", Severity::Error));
    assert_eq!(codes(&check("44030110344866X", &opts))[0], ("R-ORG-6", "REG_NO_NOT_DIGIT", Severity::Error));
}

#[test]
fn r_org_3_authority_and_category_must_fit_the_nature() {
    let public_institution = with(|o| o.nature = Some(SubjectNature::PublicInstitution));
    let r = check(TENCENT, &public_institution);
    assert_eq!(codes(&r), [("R-ORG-3", "USCC_NATURE_MISMATCH", Severity::Error)]);
    assert_eq!(
        r.findings[0].message,
        "统一社会信用代码以 91 开头（工商·企业），与主办者性质“事业单位”不符，应以 12 / A1 开头。"
    );
    assert!(check(PEKING_UNIVERSITY, &public_institution).ok);
    let enterprise = with(|o| o.nature = Some(SubjectNature::Enterprise));
    assert!(check(TENCENT, &enterprise).findings.is_empty());
    assert_eq!(codes(&check(PEKING_UNIVERSITY, &enterprise))[0].1, "USCC_NATURE_MISMATCH");
    // Where GB 32100 leaves room (群众性团体组织), only a warning.
    let mass = with(|o| o.nature = Some(SubjectNature::MassOrganization));
    assert_eq!(codes(&check(TENCENT, &mass)), [("R-ORG-3", "USCC_NATURE_UNUSUAL", Severity::Warning)]);
    // Private hospitals are enterprises: fine for 医疗机构.
    assert!(check(TENCENT, &with(|o| o.nature = Some(SubjectNature::Medical))).findings.is_empty());
    // The filing guide's examples of unambiguous pairs.
    assert_eq!(codes(&check("5244030071526726XH", &enterprise))[0].1, "USCC_NATURE_MISMATCH");
    assert!(check("5244030071526726XH", &with(|o| o.nature = Some(SubjectNature::PrivateNonEnterprise))).ok);
}

#[test]
fn r_org_4_division_outside_the_filing_province_is_a_warning() {
    let beijing = with(|o| o.province = Some(110000));
    let r = check(TENCENT, &beijing);
    assert!(r.ok);
    assert_eq!(codes(&r), [("R-ORG-4", "USCC_OUTSIDE_PROVINCE", Severity::Warning)]);
    assert_eq!(
        r.findings[0].message,
        "统一社会信用代码的登记地 440300（广东省深圳市）不在备案省份北京市，省份应与单位证件一致。"
    );
    assert!(check(TENCENT, &with(|o| o.province = Some(440000))).findings.is_empty());
    assert!(check(PEKING_UNIVERSITY, &beijing).findings.is_empty(), "central registration");
    assert_eq!(uscc_in_province(XIAOMI, 110000), Some(true));
    assert_eq!(uscc_in_province(ALIBABA, 440000), Some(false));
    assert_eq!(uscc_in_province("91", 440000), None);
}

#[test]
fn r_org_5_certificate_type_must_fit_the_nature() {
    let opts = with(|o| {
        o.nature = Some(SubjectNature::LawFirm);
        o.certificate_type = certificate_type("business_licence");
    });
    let r = check(TENCENT, &opts);
    assert_eq!(
        codes(&r),
        [
            ("R-ORG-3", "USCC_NATURE_MISMATCH", Severity::Error),
            ("R-ORG-5", "CERTIFICATE_TYPE_NOT_ALLOWED", Severity::Error)
        ]
    );
    assert_eq!(
        r.findings[1].message,
        "主办者性质“律师事务所”不能使用证件类型“工商营业执照（统一社会信用代码证书）”，可选：组织机构代码证书、律师事务所执业许可证。"
    );
    // The certificate type picks the number check.
    let military = with(|o| {
        o.nature = Some(SubjectNature::Military);
        o.certificate_type = certificate_type("部队代号");
    });
    let r = check("军字第12345号", &military);
    assert!(r.ok, "{:?}", codes(&r));
    assert_eq!(r.details.kind, UnitKind::Other);
    assert_eq!(codes(&check("x", &military)), [("R-ORG-5", "CERTIFICATE_NUMBER_FORMAT", Severity::Error)]);
    let org = with(|o| o.certificate_type = certificate_type("组织机构代码证书"));
    assert_eq!(check("71526726-X", &org).details.kind, UnitKind::OrgCode);
}

#[test]
fn r_org_7_finance_names_need_the_legal_representative() {
    assert_eq!(finance_keyword("深圳市前海某某投资管理有限公司"), Some("投资管理"));
    assert_eq!(finance_keyword("某某融资担保股份有限公司"), Some("担保"));
    assert_eq!(finance_keyword("腾讯科技（深圳）有限公司"), None);
}

#[test]
fn bad_input_never_panics() {
    for kind in [UnitKind::Uscc, UnitKind::OrgCode, UnitKind::RegNo15, UnitKind::Other] {
        let opts = with(|o| o.kind = kind);
        for value in ["", "\u{FFFD}", "🙂🙂🙂🙂", "9144030071526726XG🙂", "---", &"9".repeat(5000)] {
            let r = check(value, &opts);
            assert!(!r.ok, "{kind:?} {value:?}");
        }
    }
}
