//! The people of the form: each owner's identity document and age
//! (R-ID-*, R-AGE-1…3), phones and e-mail (R-TEL-*, R-CON-5), and the
//! contact rules across owners (R-CON-1…5). The province's rules about
//! people are in `province`.

use super::{owners, Filing, FormValue};
use crate::contact::{check_owners_at, Contacts, FilingKind};
use crate::date::Date;
use crate::email::validate_email;
use crate::finding::Param;
use crate::identity::{validate_id_number, IdDetails, IdKind};
use crate::messages::Code;
use crate::paths;
use crate::phone::{validate_phone, PhoneKind, PhoneOptions};
use crate::provinces::{self, Check, Who};
use crate::rules;

/// The identity document of a person at `prefix` (type, number; Tencent Cloud《各省管局要求》's
/// list of documents for people). Returns the number's details.
pub(super) fn check_id(filing: &mut Filing<'_>, prefix: &str, person: &FormValue) -> IdDetails {
    let id_type = person.get("idType");
    let kind = match id_type.text() {
        None => IdKind::default(),
        Some(text) => IdKind::parse(text).unwrap_or_else(|| {
            filing.push(
                &paths::join(&prefix, "idType"),
                rules::FORM,
                Code::FormIdType,
                vec![("type", Param::from(text))],
            );
            IdKind::default()
        }),
    };
    if matches!(kind, IdKind::HmtResidencePermit | IdKind::ForeignPermanentResident) {
        filing.push(&paths::join(&prefix, "idType"), rules::FORM, Code::IdTypeNotListed, vec![]);
    }
    let id = validate_id_number(person.get("idNumber").as_input(), &filing.id_options(kind));
    filing.add(&paths::join(&prefix, "idNumber"), id.findings);
    id.details
}

/// R-ID-7: the document's validity, `idValidTo` — a date as WeChat's
/// applyIcpFiling takes it (`YYYYMMDD`), `YYYY-MM-DD`, or `长期` (no end).
/// Expired is an error; less than 3 months left a warning (Huawei Cloud's
/// knowledge base says 3 months, a tutorial 1).
fn check_id_validity(filing: &mut Filing<'_>, prefix: &str, person: &FormValue) {
    let Some(text) = person.get("idValidTo").text().filter(|t| *t != "长期") else { return };
    let path = paths::join(prefix, "idValidTo");
    let Some(until) = Date::parse_iso(text).or_else(|| Date::parse_compact(text.as_bytes())) else {
        filing.push(&path, rules::ID_7, Code::IdValidityFormat, vec![("value", Param::from(text))]);
        return;
    };
    let today = filing.opts.as_of.unwrap_or_else(Date::today);
    // Months and days as one number: three months on is 3 × 32 more.
    let key = |d: Date| (u32::from(d.year()) * 12 + u32::from(d.month())) * 32 + u32::from(d.day());
    let params = vec![("validTo", Param::from(text))];
    if until < today {
        filing.push(&path, rules::ID_7, Code::IdExpired, params);
    } else if key(until) < key(today) + 3 * 32 {
        filing.push(&path, rules::ID_7, Code::IdExpiresSoon, params);
    }
}

/// Each owner's identity document, ages, phones and e-mail. Returns the
/// ages of owners aged 16–17, for R-AGE-2.
pub(super) fn check_owners(filing: &mut Filing<'_>) -> Vec<u16> {
    let mut minors = Vec::new();
    let landline_required = filing.kind == Some(FilingKind::Unit);
    for (prefix, owner, is_subject) in owners(filing) {
        // The subject owner's ID also decides a finding at region.province.
        if !(filing.wants(&prefix) || is_subject && filing.wants("region.province")) {
            continue;
        }
        if owner.get("name").is_blank() {
            filing.push(&paths::join(&prefix, "name"), rules::FORM, Code::FormRequired, vec![]);
        }
        let id = check_id(filing, &prefix, owner);
        check_id_validity(filing, &prefix, owner);
        if let Some(age) = id.age {
            let path = paths::join(&prefix, "idNumber");
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
        let mut mobile_opts = filing.phone_options(PhoneKind::Mobile, false);
        mobile_opts.province = mobile_province(filing, is_subject);
        let mobile = validate_phone(owner.get("mobile").as_input(), &mobile_opts);
        filing.add(&paths::join(&prefix, "mobile"), mobile.findings);
        let phone = owner.get("phone");
        if landline_required && phone.is_blank() {
            filing.push(&paths::join(&prefix, "phone"), rules::TEL_5, Code::PhoneLandlineRequired, vec![]);
        } else if landline_required || !phone.is_blank() {
            let kind = if landline_required { PhoneKind::Landline } else { PhoneKind::Any };
            let result = validate_phone(phone.as_input(), &filing.phone_options(kind, true));
            filing.add(&paths::join(&prefix, "phone"), result.findings);
        }
        let emergency = owner.get("emergencyPhone");
        if !emergency.is_blank() {
            // R-TEL-4 is about the owners' own mobiles, not the emergency contact's.
            let opts = PhoneOptions { province: None, ..filing.phone_options(PhoneKind::Any, false) };
            let result = validate_phone(emergency.as_input(), &opts);
            filing.add(&paths::join(&prefix, "emergencyPhone"), result.findings);
        }
    }
    minors
}

/// The province an owner's mobile is compared with (R-TEL-4): the filing's,
/// unless its requirement is about website owners only (Tianjin: a unit's
/// subject owner is exempt).
fn mobile_province(filing: &Filing<'_>, is_subject: bool) -> Option<u32> {
    let province = filing.province?;
    let website_only = provinces::find(province, |c| matches!(c, Check::LocalMobile { who: Who::Website }));
    let exempt = website_only.is_some() && is_subject && filing.kind == Some(FilingKind::Unit);
    (!exempt).then_some(province)
}

/// R-CON-1 … R-CON-5 (required contacts and uniqueness, e-mail syntax; the
/// owners' e-mails compared, R-CON-3).
pub(super) fn check_contact_rules(filing: &mut Filing<'_>) {
    let Some(kind) = filing.kind else {
        // Without a kind, the subject owner's e-mail syntax only (R-CON-5).
        let email = validate_email(filing.form.get("subject").get("owner").get("email").as_input(), &filing.quiet());
        return filing.add("subject.owner.email", email.findings);
    };
    let subject = contacts(filing.form.get("subject").get("owner"), true);
    // The website and app owners who are not the subject owner (R-CON-3:
    // different people, different numbers).
    let others: Vec<(String, Contacts<'_>)> = owners(filing)
        .into_iter()
        .filter(|(_, _, is_subject)| !is_subject)
        .map(|(prefix, owner, _)| (prefix, contacts(owner, true)))
        .collect();
    let account = filing.form.get("accountPhone").text();
    let result = check_owners_at(kind, &subject, &others, account, &filing.quiet());
    filing.findings.extend_at_own_paths(result.findings);
}

/// An owner's contact fields. A filing needs every owner's e-mail
/// (`email_required`: a missing one is checked as an empty one, INPUT_EMPTY);
/// `checkContacts` checks the e-mails it is given.
pub(super) fn contacts(owner: &FormValue, email_required: bool) -> Contacts<'_> {
    let email = match owner.get("email").as_input() {
        crate::input::Input::Missing if email_required => crate::input::Input::Text(""),
        given => given,
    };
    Contacts {
        mobile: owner.get("mobile").as_input(),
        phone: owner.get("phone").as_input(),
        emergency: owner.get("emergencyPhone").as_input(),
        email,
    }
}
