//! Change filings (`filingType: "change"`): what the filed subject may turn
//! into (R-CHG-1), province changes (R-CHG-2) and the rename letter (R-MAT-6).
//!
//! `previous` holds the filed subject as the console shows it:
//! `{ kind, region: { province }, subject: { name, certificateNumber, owner: { idNumber } } }`.
//! Seeds 000 and 002: "个人如是企业法定代表人，主体可以变更为对应企业，其他情况不允许";
//! "企业变更为企业只接受更名，需要同时附更名函"; "部分省份支持变更备案省份，不支持从 A 主体变成 B 主体".

use super::{same_id, Filing, FormValue};
use crate::contact::FilingKind;
use crate::division::{label_of, parse_province};
use crate::finding::Param;
use crate::messages::Code;
use crate::rules;

/// R-CHG-1, R-CHG-2 and R-MAT-6 for a change filing.
pub(super) fn check_change(filing: &mut Filing<'_>) {
    let previous = filing.form.get("previous");
    if !matches!(previous, FormValue::Object(_)) {
        filing.push("previous", rules::FORM, Code::FormRequired, vec![]);
        return;
    }
    let subject = filing.form.get("subject");
    let before = previous.get("subject");
    match (previous.get("kind").text().and_then(FilingKind::parse), filing.kind) {
        (None, _) => filing.push("previous.kind", rules::FORM, Code::FormKind, vec![]),
        (Some(_), None) => {}
        (Some(FilingKind::Personal), Some(FilingKind::Unit)) => {
            if !same_id(before.get("owner").get("idNumber"), subject.get("legalRepresentative").get("idNumber")) {
                filing.push("subject.legalRepresentative.idNumber", rules::CHG_1, Code::ChangePersonToUnit, vec![]);
            }
        }
        (Some(FilingKind::Unit), Some(FilingKind::Personal)) => {
            filing.push("kind", rules::CHG_1, Code::ChangeUnitToPersonal, vec![]);
        }
        (Some(FilingKind::Personal), Some(FilingKind::Personal)) => {
            same_subject(filing, "subject.owner.idNumber", before.get("owner").get("idNumber"));
        }
        (Some(FilingKind::Unit), Some(FilingKind::Unit)) => {
            let renamed = (before.get("name").text(), subject.get("name").text());
            if same_subject(filing, "subject.certificateNumber", before.get("certificateNumber")) {
                if let (Some(old_name), Some(new_name)) = renamed {
                    if old_name != new_name {
                        let names = vec![("previous", Param::from(old_name)), ("current", Param::from(new_name))];
                        filing.push("subject.name", rules::MAT_6, Code::MaterialRenameLetter, names);
                    }
                }
            }
        }
    }
    let old_province = previous.get("region").get("province").text().and_then(parse_province);
    if let (Some(old), Some(new)) = (old_province, filing.province) {
        if old != new {
            filing.push(
                "region.province",
                rules::CHG_2,
                Code::ChangeProvince,
                vec![("previous", Param::from(label_of(old))), ("current", Param::from(label_of(new)))],
            );
        }
    }
}

/// R-CHG-1 "不支持从 A 主体变成 B 主体": the number at `path` must be the filed
/// one (`old`) when both are given. Returns false after reporting A → B.
fn same_subject(filing: &mut Filing<'_>, path: &str, old: &FormValue) -> bool {
    let new = path.split('.').fold(filing.form, |value, key| value.get(key));
    if old.is_blank() || new.is_blank() || same_id(old, new) {
        return true;
    }
    let previous = vec![("previous", Param::from(old.text().unwrap_or("")))];
    filing.push(path, rules::CHG_1, Code::ChangeOtherSubject, previous);
    false
}
