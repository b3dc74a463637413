//! The people of the form: each owner's identity document and age
//! (R-ID-*, R-AGE-1…3), phones and e-mail (R-TEL-*, R-CON-5), the ID's
//! province for personal filings, and the contact rules across owners
//! (R-CON-1…5).

use super::{owners, Filing, FormValue, MAX_WEBSITES};
use crate::contact::{check_contacts, Contacts, FilingKind};
use crate::division::label_of;
use crate::email::validate_email;
use crate::finding::Param;
use crate::identity::{validate_id_number, IdDetails, IdKind};
use crate::messages::Code;
use crate::phone::{validate_phone, PhoneKind};
use crate::provinces::{self, Requirement};
use crate::rules;

/// The identity document of a person at `prefix` (type, number; seed 000's
/// list of documents for people). Returns the number's details.
pub(super) fn check_id(filing: &mut Filing<'_>, prefix: &str, person: &FormValue) -> IdDetails {
    let id_type = person.get("idType");
    let kind = match id_type.text() {
        None => IdKind::default(),
        Some(text) => IdKind::parse(text).unwrap_or_else(|| {
            filing.push(&format!("{prefix}.idType"), rules::FORM, Code::FormIdType, vec![("type", Param::from(text))]);
            IdKind::default()
        }),
    };
    if matches!(kind, IdKind::HmtResidencePermit | IdKind::ForeignPermanentResident) {
        filing.push(&format!("{prefix}.idType"), rules::FORM, Code::IdTypeNotListed, vec![]);
    }
    let id = validate_id_number(person.get("idNumber").as_input(), &filing.id_options(kind));
    filing.add(&format!("{prefix}.idNumber"), id.findings);
    id.details
}

/// Each owner's identity document, ages, phones and e-mail. Returns the
/// ages of owners aged 16–17, for R-AGE-2.
pub(super) fn check_owners(filing: &mut Filing<'_>) -> Vec<u16> {
    let mut minors = Vec::new();
    let personal_landline = filing.kind == Some(FilingKind::Personal)
        && filing.province.is_some_and(|p| provinces::has(p, Requirement::PersonalLandline));
    let landline_required = filing.kind == Some(FilingKind::Unit) || personal_landline;
    for (prefix, owner, is_subject) in owners(filing) {
        // The subject owner's ID also decides a finding at region.province.
        if !(filing.wants(&prefix) || is_subject && filing.wants("region.province")) {
            continue;
        }
        if owner.get("name").is_blank() {
            filing.push(&format!("{prefix}.name"), rules::FORM, Code::FormRequired, vec![]);
        }
        let id = check_id(filing, &prefix, owner);
        if is_subject && filing.kind == Some(FilingKind::Personal) {
            check_id_province(filing, &id);
        }
        if let Some(age) = id.age {
            let path = format!("{prefix}.idNumber");
            let unit_subject_owner = is_subject && filing.kind == Some(FilingKind::Unit);
            if unit_subject_owner && age < 16 {
                filing.push(&path, rules::AGE_1, Code::OwnerUnder16, vec![("age", Param::from(usize::from(age)))]);
            } else if !unit_subject_owner && age < 18 && filing.kind == Some(FilingKind::Unit) {
                filing.push(&path, rules::AGE_3, Code::OwnerUnder18, vec![("age", Param::from(usize::from(age)))]);
            } else if (16..18).contains(&age) {
                minors.push(age);
            } else if age < 16 && filing.kind == Some(FilingKind::Personal) {
                filing.push(&path, rules::AGE_3, Code::OwnerUnder18, vec![("age", Param::from(usize::from(age)))]);
            }
        }
        let mobile = validate_phone(owner.get("mobile").as_input(), &filing.phone_options(PhoneKind::Mobile, false));
        filing.add(&format!("{prefix}.mobile"), mobile.findings);
        let phone = owner.get("phone");
        if landline_required && phone.is_blank() {
            filing.push(&format!("{prefix}.phone"), rules::TEL_5, Code::PhoneLandlineRequired, vec![]);
        } else if landline_required || !phone.is_blank() {
            let kind = if landline_required { PhoneKind::Landline } else { PhoneKind::Any };
            let result = validate_phone(phone.as_input(), &filing.phone_options(kind, true));
            filing.add(&format!("{prefix}.phone"), result.findings);
        }
        let emergency = owner.get("emergencyPhone");
        if !emergency.is_blank() {
            let result = validate_phone(emergency.as_input(), &filing.phone_options(PhoneKind::Any, false));
            filing.add(&format!("{prefix}.emergencyPhone"), result.findings);
        }
        let email = validate_email(owner.get("email").as_input(), &filing.quiet());
        filing.add(&format!("{prefix}.email"), email.findings);
    }
    minors
}

/// Personal filings: the resident ID's province should be the filing's
/// (RULES.md §1: "normally the ID card's province (some provinces allow
/// another)").
fn check_id_province(filing: &mut Filing<'_>, id: &IdDetails) {
    let (Some(province), Some(place)) = (filing.province, id.division.as_ref()) else { return };
    let id_province = place.province_code.unwrap_or(place.code);
    if id.kind == IdKind::ResidentId && id_province != province {
        filing.push(
            "region.province",
            rules::FORM,
            Code::PersonalIdOtherProvince,
            vec![("idProvince", Param::from(label_of(id_province))), ("province", Param::from(label_of(province)))],
        );
    }
}

/// R-CON-1 … R-CON-5 (required contacts and uniqueness; e-mail syntax was
/// checked with the owners).
pub(super) fn check_contact_rules(filing: &mut Filing<'_>) {
    let Some(kind) = filing.kind else { return };
    let subject = contacts(filing.form.get("subject").get("owner"));
    let sites: Vec<Option<Contacts<'_>>> = filing
        .form
        .get("websites")
        .items()
        .iter()
        .take(MAX_WEBSITES)
        .map(|site| matches!(site.get("owner"), FormValue::Object(_)).then(|| contacts(site.get("owner"))))
        .collect();
    let account = filing.form.get("accountPhone").text();
    let result = check_contacts(kind, &subject, &sites, account, &filing.quiet());
    filing.findings.extend_at_own_paths(result.findings);
}

/// An owner's contact fields (e-mail is checked with the owner).
fn contacts(owner: &FormValue) -> Contacts<'_> {
    Contacts {
        mobile: owner.get("mobile").as_input(),
        phone: owner.get("phone").as_input(),
        emergency: owner.get("emergencyPhone").as_input(),
        email: crate::input::Input::Missing,
    }
}
