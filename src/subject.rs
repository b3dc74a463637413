//! Subject natures (主办者性质) and the certificate types each may file with,
//! from Tencent Cloud《各省管局要求》 (备案流程 › 企事业单位证件 / 个人身份证件), with the number check
//! of each certificate type.
//!
//! ```
//! use beian_check::subject::{certificate_types_for, SubjectNature, NumberCheck};
//!
//! let law_firm = SubjectNature::parse("律师事务所").unwrap();
//! let types: Vec<&str> = certificate_types_for(law_firm).iter().map(|t| t.label).collect();
//! assert_eq!(types, ["组织机构代码证书", "律师事务所执业许可证"]);
//! assert_eq!(certificate_types_for(law_firm)[1].number, NumberCheck::Uscc);
//! ```

use crate::identity::IdKind;
use serde::Serialize;

/// 主办者性质: who files (docs/API.md codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectNature {
    /// 个人
    Personal,
    /// 企业
    Enterprise,
    /// 政府机关
    Government,
    /// 国防机关
    Military,
    /// 事业单位
    PublicInstitution,
    /// 社会团体
    SocialGroup,
    /// 民办非企业单位
    PrivateNonEnterprise,
    /// 基金会
    Foundation,
    /// 律师事务所
    LawFirm,
    /// 外国在华文化中心
    ForeignCulturalCenter,
    /// 群众性团体组织
    MassOrganization,
    /// 司法鉴定机构
    JudicialExpertise,
    /// 宗教团体
    Religious,
    /// 境外机构
    Overseas,
    /// 医疗机构
    Medical,
    /// 公证机构
    Notary,
    /// 集体经济
    CollectiveEconomy,
    /// 仲裁机构
    Arbitration,
}

/// How a certificate's number is checked; serialized as `"uscc"`,
/// `"org_code"`, `"other"` or the identity document kind (`"resident_id"` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberCheck {
    /// A unified social credit code (GB 32100-2015): the certificate was
    /// merged into the 三证合一 / 五证合一 certificate and carries the USCC.
    Uscc,
    /// An organisation code (GB 11714).
    OrgCode,
    /// A personal identity document of this kind.
    Id(IdKind),
    /// A number without a published structure: only plausibility is checked.
    Other,
}

impl NumberCheck {
    /// The name in results: `"uscc"`, `"org_code"`, `"other"` or an ID kind.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberCheck::Uscc => "uscc",
            NumberCheck::OrgCode => "org_code",
            NumberCheck::Id(kind) => kind.as_str(),
            NumberCheck::Other => "other",
        }
    }
}

impl Serialize for NumberCheck {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A certificate type a subject can file with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CertificateType {
    /// Stable code, e.g. `"business_licence"`.
    pub code: &'static str,
    /// The name the filing console shows (Tencent Cloud《各省管局要求》).
    pub label: &'static str,
    /// How its number is checked.
    pub number: NumberCheck,
}

const fn cert(code: &'static str, label: &'static str, number: NumberCheck) -> CertificateType {
    CertificateType { code, label, number }
}

use NumberCheck::{Id, OrgCode, Other, Uscc};

const RESIDENT_ID: CertificateType = cert("resident_id", "身份证", Id(IdKind::ResidentId));
const HK_MACAU_PERMIT: CertificateType = cert("hk_macau_permit", "港澳居民来往内地通行证", Id(IdKind::HkMacauPermit));
const TAIWAN_PERMIT: CertificateType = cert("taiwan_permit", "台湾居民来往大陆通行证", Id(IdKind::TaiwanPermit));
const PASSPORT: CertificateType = cert("passport", "护照", Id(IdKind::Passport));
const ORG_CODE: CertificateType = cert("org_code_certificate", "组织机构代码证书", OrgCode);
const USCC: CertificateType = cert("uscc_certificate", "统一社会信用代码证书", Uscc);

/// Every nature with its API code, label and certificate types, in the
/// order of Tencent Cloud《各省管局要求》.
const NATURES: [(SubjectNature, &str, &str, &[CertificateType]); 18] = [
    (SubjectNature::Personal, "personal", "个人", &[RESIDENT_ID, HK_MACAU_PERMIT, TAIWAN_PERMIT, PASSPORT]),
    (SubjectNature::Government, "government", "政府机关", &[ORG_CODE, USCC]),
    (
        SubjectNature::Military,
        "military",
        "国防机关",
        &[
            cert("military_unit_code", "部队代号", Other),
            cert("military_paid_service_licence", "军队单位对外有偿服务许可证", Other),
        ],
    ),
    (
        SubjectNature::PublicInstitution,
        "public_institution",
        "事业单位",
        &[ORG_CODE, cert("public_institution_certificate", "事业法人证书", Uscc)],
    ),
    (
        SubjectNature::Enterprise,
        "enterprise",
        "企业",
        &[
            cert("business_licence", "工商营业执照（统一社会信用代码证书）", Uscc),
            ORG_CODE,
            cert("foreign_enterprise_office_certificate", "外国企业常驻代表机构登记证", Uscc),
        ],
    ),
    (
        SubjectNature::SocialGroup,
        "social_group",
        "社会团体",
        &[cert("social_group_certificate", "社会团体法人登记证书", Uscc), ORG_CODE],
    ),
    (
        SubjectNature::PrivateNonEnterprise,
        "private_non_enterprise",
        "民办非企业单位",
        &[
            ORG_CODE,
            cert("private_non_enterprise_certificate", "民办非企业单位登记证书", Uscc),
            cert("social_service_org_certificate", "社会服务机构登记证书", Uscc),
            cert("private_school_licence", "民办学校办学许可证", Other),
        ],
    ),
    (
        SubjectNature::Foundation,
        "foundation",
        "基金会",
        &[ORG_CODE, cert("foundation_certificate", "基金会法人登记证书", Uscc)],
    ),
    (
        SubjectNature::LawFirm,
        "law_firm",
        "律师事务所",
        &[ORG_CODE, cert("law_firm_licence", "律师事务所执业许可证", Uscc)],
    ),
    (
        SubjectNature::ForeignCulturalCenter,
        "foreign_cultural_center",
        "外国在华文化中心",
        &[
            cert("foreign_cultural_center_certificate", "外国在华文化中心登记证", Uscc),
            cert("foreign_tourism_office_certificate", "外国政府旅游部门常驻代表机构登记证", Uscc),
            cert("embassy_children_school_licence", "北京市外国驻华使馆人员子女学校办学许可证", Other),
        ],
    ),
    (SubjectNature::MassOrganization, "mass_organization", "群众性团体组织", &[USCC]),
    (
        SubjectNature::JudicialExpertise,
        "judicial_expertise",
        "司法鉴定机构",
        &[cert("judicial_expertise_licence", "司法鉴定许可证", Uscc)],
    ),
    (
        SubjectNature::Religious,
        "religious",
        "宗教团体",
        &[cert("religious_venue_certificate", "宗教活动场所登记证", Uscc)],
    ),
    (SubjectNature::Overseas, "overseas", "境外机构", &[cert("overseas_org_document", "境外机构证件", Other)]),
    (
        SubjectNature::Medical,
        "medical",
        "医疗机构",
        &[cert("medical_institution_licence", "医疗机构执业许可证", Other)],
    ),
    (SubjectNature::Notary, "notary", "公证机构", &[cert("notary_licence", "公证机构执业证", Uscc)]),
    (
        SubjectNature::CollectiveEconomy,
        "collective_economy",
        "集体经济",
        &[cert("rural_collective_certificate", "农村集体经济组织登记证", Uscc)],
    ),
    (
        SubjectNature::Arbitration,
        "arbitration",
        "仲裁机构",
        &[cert("arbitration_commission_certificate", "仲裁委员会登记证", Uscc)],
    ),
];

fn entry(nature: SubjectNature) -> &'static (SubjectNature, &'static str, &'static str, &'static [CertificateType]) {
    // Every nature has exactly one row (tested); the fallback is unreachable.
    NATURES.iter().find(|row| row.0 == nature).unwrap_or(&NATURES[0])
}

impl SubjectNature {
    /// Every nature, in the order of Tencent Cloud《各省管局要求》.
    pub fn all() -> impl Iterator<Item = SubjectNature> {
        NATURES.iter().map(|row| row.0)
    }

    /// The API code, e.g. `"public_institution"`.
    pub fn as_str(self) -> &'static str {
        entry(self).1
    }

    /// The Chinese label, e.g. `"事业单位"`.
    pub fn label_zh(self) -> &'static str {
        entry(self).2
    }

    /// Parses an API code or a Chinese label (docs/API.md: both are accepted).
    pub fn parse(text: &str) -> Option<SubjectNature> {
        let text = text.trim();
        NATURES.iter().find(|row| row.1 == text || row.2 == text).map(|row| row.0)
    }
}

/// `certificateTypesFor(nature)`: the certificate types a nature may file
/// with (Tencent Cloud《各省管局要求》), each with its number check (R-ORG-5).
pub fn certificate_types_for(nature: SubjectNature) -> &'static [CertificateType] {
    entry(nature).3
}

/// The certificate type with this code or console label, among all natures.
pub fn certificate_type(text: &str) -> Option<CertificateType> {
    let text = text.trim();
    NATURES.iter().flat_map(|row| row.3.iter()).find(|t| t.code == text || t.label == text).copied()
}

/// R-ORG-7 (Tencent Cloud《备案类型》2018: "若单位名称包含投资管理、担保、典当、贷款、理财，请填写法人姓名"):
/// the keyword that makes the legal representative the required subject
/// owner, if the unit name contains one.
///
/// ```
/// use beian_check::subject::finance_keyword;
/// assert_eq!(finance_keyword("深圳市某某投资管理有限公司"), Some("投资管理"));
/// assert_eq!(finance_keyword("某某科技有限公司"), None);
/// ```
pub fn finance_keyword(unit_name: &str) -> Option<&'static str> {
    const KEYWORDS: [&str; 5] = ["投资管理", "担保", "典当", "贷款", "理财"];
    KEYWORDS.into_iter().find(|k| unit_name.contains(k))
}

/// A nature as `listSubjectNatures()` returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NatureInfo {
    /// API code.
    pub code: &'static str,
    /// Chinese label.
    pub label: &'static str,
    /// Its certificate types.
    pub certificate_types: &'static [CertificateType],
}

/// `listSubjectNatures()`: the 18 natures with labels and certificate types.
pub fn list_subject_natures() -> Vec<NatureInfo> {
    NATURES.iter().map(|row| NatureInfo { code: row.1, label: row.2, certificate_types: row.3 }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eighteen_natures_each_once_with_api_codes() {
        let codes: Vec<&str> = SubjectNature::all().map(SubjectNature::as_str).collect();
        assert_eq!(codes.len(), 18);
        for nature in SubjectNature::all() {
            assert_eq!(NATURES.iter().filter(|row| row.0 == nature).count(), 1);
            assert_eq!(SubjectNature::parse(nature.as_str()), Some(nature));
            assert_eq!(SubjectNature::parse(nature.label_zh()), Some(nature));
            assert!(!certificate_types_for(nature).is_empty());
        }
        assert_eq!(SubjectNature::parse("公司"), None);
    }

    #[test]
    fn every_nature_has_its_certificate_types() {
        let labels = |n| certificate_types_for(n).iter().map(|t| t.label).collect::<Vec<_>>();
        assert_eq!(
            labels(SubjectNature::Enterprise),
            ["工商营业执照（统一社会信用代码证书）", "组织机构代码证书", "外国企业常驻代表机构登记证"]
        );
        assert_eq!(
            labels(SubjectNature::Personal),
            ["身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照"]
        );
        assert_eq!(labels(SubjectNature::MassOrganization), ["统一社会信用代码证书"]);
        assert_eq!(certificate_type("组织机构代码证书").map(|t| t.number), Some(NumberCheck::OrgCode));
        assert_eq!(certificate_type("部队代号").map(|t| t.number), Some(NumberCheck::Other));
        assert_eq!(certificate_type("business_licence").map(|t| t.number), Some(NumberCheck::Uscc));
    }

    #[test]
    fn r_org_7_every_listed_keyword() {
        for name in ["某投资管理有限公司", "某融资担保有限公司", "某典当行", "某小额贷款有限公司", "某理财咨询有限公司"]
        {
            assert!(finance_keyword(name).is_some(), "{name}");
        }
        assert_eq!(finance_keyword("某投资有限公司"), None, "投资 alone is not 投资管理");
    }
}
