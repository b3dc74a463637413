//! The subject part of the form: a unit's nature, certificate and legal
//! representative (R-ORG-3/4/5/7, R-ID-*), the mailing address and subject
//! remarks (R-REM-1, R-REM-2), the business scope (R-PRE-1).

use super::{check_id, same_id, Filing, FormValue};
use crate::contact::FilingKind;
use crate::finding::Param;
use crate::messages::Code;
use crate::rules;
use crate::subject::{certificate_type, finance_keyword, NumberCheck, SubjectNature};
use crate::unit::{validate_unit_code, UnitOptions};

/// The subject: nature, certificate (R-ORG-1…6, R-ID-*), R-ORG-7, the
/// legal representative's ID, the mailing address and remarks (R-REM-1/2),
/// the business scope (R-PRE-1).
pub(super) fn check_subject(filing: &mut Filing<'_>) {
    let subject = filing.form.get("subject");
    if filing.kind == Some(FilingKind::Unit) {
        check_unit_subject(filing, subject);
    }
    let remark = subject.get("remark").text().unwrap_or("");
    match subject.get("mailingAddress").text() {
        None => filing.push("subject.mailingAddress", rules::FORM, Code::FormRequired, vec![]),
        Some(address) if !has_house_number(address) && !remark.contains(MOST_DETAILED_ADDRESS) => {
            filing.push("subject.mailingAddress", rules::REM_1, Code::RemarkHouseNumber, vec![]);
        }
        Some(_) => {}
    }
    let name = subject.get("name").text().unwrap_or("");
    if filing.kind == Some(FilingKind::Personal)
        && name.contains("个体工商户")
        && !has_sole_trader_remark(filing, remark)
    {
        filing.push("subject.remark", rules::REM_2, Code::RemarkSoleTrader, vec![]);
    }
    if subject.get("businessScope").text().is_some_and(|scope| scope.contains("广播电视节目制作")) {
        filing.push("subject.businessScope", rules::PRE_1, Code::MaterialBroadcastApproval, vec![]);
    }
}

/// The remark of R-REM-1 (Tencent Cloud《备案类型》2018 also writes "最详细的地址").
const MOST_DETAILED_ADDRESS: &str = "最详细";

/// The remark of R-REM-2 (Tencent Cloud《备案类型》2018).
const SOLE_TRADER_REMARK: &str = "个体工商户无工商字号";

/// Whether a sole trader filing as a person carries the remark (R-REM-2):
/// the national wording, or the province's own (海南 "无字号工商户"). Where
/// the province has sole traders file as units, its own rule reports that
/// instead.
fn has_sole_trader_remark(filing: &Filing<'_>, remark: &str) -> bool {
    use crate::provinces::{find, Check};
    let province = filing.province.unwrap_or(0);
    if find(province, |c| matches!(c, Check::SoleTraderAsUnit)).is_some() {
        return true;
    }
    match find(province, |c| matches!(c, Check::SoleTraderRemark { .. })).map(|r| r.check) {
        Some(Check::SoleTraderRemark { phrase }) => remark.contains(phrase) || remark.contains(SOLE_TRADER_REMARK),
        _ => remark.contains(SOLE_TRADER_REMARK),
    }
}

/// Whether an address is precise to the house or room (R-REM-1, "精确到门牌号"):
/// a number followed by 号, 室, 栋, 幢, 楼, 层, 座 or 单元.
fn has_house_number(address: &str) -> bool {
    let chars: Vec<char> = address.chars().filter(|c| !c.is_whitespace()).collect();
    let is_number =
        |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十百零〇".contains(c);
    chars.windows(2).any(|w| is_number(w[0]) && "号室栋幢楼层座单".contains(w[1]))
}

/// A unit's nature, certificate, name, R-ORG-7 and legal representative.
fn check_unit_subject(filing: &mut Filing<'_>, subject: &FormValue) {
    let number = subject.get("certificateNumber");
    let certificate = subject.get("certificateType").text().and_then(certificate_type);
    let nature = subject.get("nature").text().and_then(SubjectNature::parse);
    if nature.is_none() {
        filing.push("subject.nature", rules::FORM, Code::FormNature, vec![]);
    }
    let opts = UnitOptions {
        nature,
        certificate_type: certificate.filter(|c| !matches!(c.number, NumberCheck::Id(_))),
        province: filing.province,
        common: filing.quiet(),
        ..UnitOptions::default()
    };
    let result = validate_unit_code(number.as_input(), &opts);
    filing.add("subject.certificateNumber", result.findings);
    if subject.get("name").is_blank() {
        filing.push("subject.name", rules::FORM, Code::FormRequired, vec![]);
    }
    let legal = subject.get("legalRepresentative");
    if let Some(keyword) = subject.get("name").text().and_then(finance_keyword) {
        if !same_id(subject.get("owner").get("idNumber"), legal.get("idNumber")) {
            filing.push(
                "subject.owner.idNumber",
                rules::ORG_7,
                Code::OwnerNotLegalRepresentative,
                vec![("keyword", Param::from(keyword))],
            );
        }
    }
    if !legal.get("idNumber").is_blank() {
        check_id(filing, "subject.legalRepresentative", legal);
    }
}
