//! Province-specific requirements of the filing administrators, as data:
//! one row per (province, requirement), each citing the seed it comes from.
//! Checks ask [`has`]; adding a province to a requirement is one row.
//!
//! ```
//! use beian_check::provinces::{has, Requirement};
//! assert!(has(120000, Requirement::PersonalLandline)); // 天津 (seed 003)
//! assert!(has(430000, Requirement::DomainCertificate)); // 湖南 (seed 000)
//! assert!(!has(440000, Requirement::LocalMobile));
//! ```

/// A requirement some provinces add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// R-TEL-4 as an error: owners' mobiles must be registered in the province.
    LocalMobile,
    /// R-DOM-3: no country-code domains outside the approved list, no registrar abroad.
    NoForeignDomains,
    /// R-TEL-5: personal filings need a landline too.
    PersonalLandline,
    /// R-MAT-3: authorisation letter when the subject owner is not the legal representative.
    SubjectOwnerAuthorisation,
    /// R-MAT-4: authorisation letter when a website owner is not the legal representative.
    WebsiteOwnerAuthorisation,
    /// R-MAT-1: domain certificate.
    DomainCertificate,
}

use Requirement::*;

/// (province, requirement, source).
pub const TABLE: &[(u32, Requirement, &str)] = &[
    (110000, LocalMobile, "seed 003: 北京 … 手机号码须为北京本地"),
    (110000, NoForeignDomains, "seed 003: 北京不能使用国别域名及在国外注册的域名备案"),
    (120000, PersonalLandline, "seed 003: 天津个人备案须提供固定电话"),
    (220000, SubjectOwnerAuthorisation, "seed 000: 吉林、安徽、四川、甘肃"),
    (340000, SubjectOwnerAuthorisation, "seed 000: 吉林、安徽、四川、甘肃"),
    (510000, SubjectOwnerAuthorisation, "seed 000: 吉林、安徽、四川、甘肃"),
    (620000, SubjectOwnerAuthorisation, "seed 000: 吉林、安徽、四川、甘肃"),
    (340000, WebsiteOwnerAuthorisation, "seed 000: 安徽、福建、江西、湖南、湖北、四川、贵州七省，天津、上海、重庆三市"),
    (350000, WebsiteOwnerAuthorisation, "seed 000"),
    (360000, WebsiteOwnerAuthorisation, "seed 000"),
    (430000, WebsiteOwnerAuthorisation, "seed 000"),
    (420000, WebsiteOwnerAuthorisation, "seed 000"),
    (510000, WebsiteOwnerAuthorisation, "seed 000"),
    (520000, WebsiteOwnerAuthorisation, "seed 000"),
    (120000, WebsiteOwnerAuthorisation, "seed 000"),
    (310000, WebsiteOwnerAuthorisation, "seed 000"),
    (500000, WebsiteOwnerAuthorisation, "seed 000"),
    (430000, DomainCertificate, "seed 000: 湖南需提供域名证书（上海：域名所有者为外国母公司时）"),
];

/// True when `province` (`xx0000`) has `requirement`.
pub fn has(province: u32, requirement: Requirement) -> bool {
    TABLE.iter().any(|&(p, r, _)| p == province && r == requirement)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_000_authorisation_provinces() {
        let subject: Vec<u32> = TABLE.iter().filter(|r| r.1 == SubjectOwnerAuthorisation).map(|r| r.0).collect();
        assert_eq!(subject, [220000, 340000, 510000, 620000]);
        let website = TABLE.iter().filter(|r| r.1 == WebsiteOwnerAuthorisation).count();
        assert_eq!(website, 10, "seven provinces and three municipalities");
        assert!(has(110000, LocalMobile) && !has(440000, LocalMobile));
    }
}
