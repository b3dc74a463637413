//! Contacts of the owners (`checkContacts`): how many different numbers a
//! filing needs and which are required (Tencent Cloud《各省管局要求》, R-CON-1 … R-CON-3),
//! compared in normalised form (R-CON-4: `+86 138-0013-8000` equals
//! `13800138000`), e-mail syntax and the account's phone (R-CON-5).
//!
//! | case | rule | needs |
//! |---|---|---|
//! | personal filing | R-CON-1 | contact 1 and emergency contact; two different numbers |
//! | unit, website owner = subject owner | R-CON-2 | the same, for the subject owner |
//! | unit, owners differ | R-CON-3 | three different numbers; the owners' contact 1 differ; the third is the emergency contact |
//!
//! ```
//! use beian_check::contact::{check_contacts, Contacts, FilingKind};
//! use beian_check::{Input, options::CommonOptions};
//!
//! let owner = Contacts { mobile: "13800138000".into(), emergency: Input::Text("+86 138-0013-8000"), ..Contacts::default() };
//! let r = check_contacts(FilingKind::Personal, &owner, &[], None, &CommonOptions::default());
//! assert_eq!(r.findings[0].code.as_str(), "CONTACT_DUPLICATE");
//! assert_eq!(r.findings[0].path, "subject.owner.emergencyPhone");
//! ```

use crate::email::validate_email;
use crate::finding::{CheckResult, Findings, Param};
use crate::input::{clean, Input};
use crate::messages::{Code, Locale};
use crate::options::CommonOptions;
use crate::paths;
use crate::phone::normalize_phone;
use crate::rules;
use serde::Serialize;

/// Personal or unit filing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FilingKind {
    /// 个人备案
    Personal,
    /// 单位备案
    Unit,
}

impl FilingKind {
    /// Parses `"personal"` / `"unit"` (or 个人 / 单位).
    pub fn parse(text: &str) -> Option<FilingKind> {
        match text.trim() {
            "personal" | "个人" => Some(FilingKind::Personal),
            "unit" | "单位" => Some(FilingKind::Unit),
            _ => None,
        }
    }
}

/// One owner's contacts (the `Person` fields of docs/API.md that hold them).
#[derive(Clone, Copy, Debug, Default)]
pub struct Contacts<'a> {
    /// Contact 1: `mobile`.
    pub mobile: Input<'a>,
    /// Contact 2: `phone` (landline or another mobile).
    pub phone: Input<'a>,
    /// Emergency contact: `emergencyPhone`.
    pub emergency: Input<'a>,
    /// `email`.
    pub email: Input<'a>,
}

/// A filled-in number: its path and its normalised form.
struct Number {
    path: String,
    value: String,
}

/// The normalised number of a field, or `None` when it is empty.
fn number(input: Input<'_>) -> Option<String> {
    let mut ignored = Findings::verdict_only(Locale::ZhCn);
    let text = clean(input, rules::CON_4, &mut ignored)?;
    Some(normalize_phone(text.as_str()).unwrap_or_else(|| text.chars().filter(char::is_ascii_digit).collect()))
}

/// Checks one owner: required fields, different numbers, e-mail. Returns the
/// owner's numbers.
fn check_owner(
    prefix: &str,
    owner: &Contacts<'_>,
    rule: &'static str,
    locale: Locale,
    findings: &mut Findings,
) -> Vec<Number> {
    let mut numbers: Vec<Number> = Vec::new();
    for (field, input, required) in
        [("mobile", owner.mobile, true), ("phone", owner.phone, false), ("emergencyPhone", owner.emergency, true)]
    {
        let path = paths::join(&prefix, field);
        match number(input) {
            None if required => findings.push_at(path, rule, Code::ContactRequired, vec![]),
            None => {}
            Some(value) => {
                if let Some(same) = numbers.iter().find(|n| n.value == value) {
                    findings.push_at(path.clone(), rule, Code::ContactDuplicate, other_field(&same.path, locale));
                }
                numbers.push(Number { path, value });
            }
        }
    }
    if !matches!(owner.email, Input::Missing) {
        let email = validate_email(owner.email, &CommonOptions { locale, ..CommonOptions::default() });
        findings.extend_at(&paths::join(&prefix, "email"), email.findings);
    }
    numbers
}

/// R-CON-3 (Huawei Cloud's rejection reasons, 2025): another owner's
/// e-mail equal to the subject owner's, compared trimmed and without case —
/// a warning at `<prefix>.email`.
fn same_email(findings: &mut Findings, ours: Input<'_>, prefix: &str, theirs: Input<'_>) {
    if let (Input::Text(ours), Input::Text(theirs)) = (ours, theirs) {
        let ours = ours.trim();
        if !ours.is_empty() && ours.eq_ignore_ascii_case(theirs.trim()) {
            findings.push_at(paths::join(prefix, "email"), rules::CON_3, Code::ContactOwnersSameEmail, vec![]);
        }
    }
}

/// The params naming another field: `other` in words, `otherPath` as is.
pub(crate) fn other_field(path: &str, locale: Locale) -> Vec<(&'static str, Param)> {
    vec![("other", Param::from(crate::paths::describe(path, locale))), ("otherPath", Param::from(path))]
}

/// `checkContacts`: the contact rules for the subject owner and the website
/// owners (`None`: the website's owner is the subject owner). Personal
/// filings have only the subject owner. `account_phone` is the phone bound
/// to the filing account (R-CON-5).
pub fn check_contacts(
    kind: FilingKind,
    subject_owner: &Contacts<'_>,
    website_owners: &[Option<Contacts<'_>>],
    account_phone: Option<&str>,
    opts: &CommonOptions,
) -> CheckResult {
    let others: Vec<(String, Contacts<'_>)> =
        website_owners.iter().enumerate().filter_map(|(i, o)| o.map(|o| (paths::site(i, "owner"), o))).collect();
    check_owners_at(kind, subject_owner, &others, account_phone, opts)
}

/// [`check_contacts`] with the other owners at their paths: the websites'
/// and the apps' owners of a form (`apps[0].owner`).
pub fn check_owners_at(
    kind: FilingKind,
    subject_owner: &Contacts<'_>,
    owners: &[(String, Contacts<'_>)],
    account_phone: Option<&str>,
    opts: &CommonOptions,
) -> CheckResult {
    let mut findings = opts.findings("");
    let others: &[(String, Contacts<'_>)] = match kind {
        FilingKind::Personal => &[],
        FilingKind::Unit => owners,
    };
    let rule = match (kind, others.is_empty()) {
        (FilingKind::Personal, _) => rules::CON_1,
        (FilingKind::Unit, true) => rules::CON_2,
        (FilingKind::Unit, false) => rules::CON_3,
    };
    let subject = check_owner("subject.owner", subject_owner, rule, opts.locale, &mut findings);
    let subject_mobile = subject.iter().find(|n| n.path.ends_with(".mobile"));
    for (prefix, owner) in others {
        let numbers = check_owner(prefix, owner, rule, opts.locale, &mut findings);
        let mobile = numbers.iter().find(|n| n.path.ends_with(".mobile"));
        if let (Some(theirs), Some(ours)) = (mobile, subject_mobile) {
            if theirs.value == ours.value {
                findings.push_at(
                    theirs.path.clone(),
                    rules::CON_3,
                    Code::ContactOwnersSameMobile,
                    other_field(&ours.path, opts.locale),
                );
            }
        }
        same_email(&mut findings, subject_owner.email, prefix, owner.email);
        let mut distinct: Vec<&str> = Vec::new();
        for number in subject.iter().chain(&numbers).map(|n| n.value.as_str()) {
            if !distinct.contains(&number) {
                distinct.push(number);
            }
        }
        if distinct.len() < 3 {
            findings.push_at(
                paths::join(&prefix, "emergencyPhone"),
                rules::CON_3,
                Code::ContactsTooFew,
                vec![("needed", Param::from(3usize)), ("found", Param::from(distinct.len()))],
            );
        }
    }
    if let (FilingKind::Personal, Some(account), Some(mobile)) =
        (kind, account_phone.and_then(normalize_phone), subject_mobile)
    {
        if account != mobile.value {
            findings.push_at(
                mobile.path.clone(),
                rules::CON_5,
                Code::ContactNotAccountPhone,
                vec![("accountPhone", Param::from(account))],
            );
        }
    }
    findings.finish_check()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person<'a>(mobile: &'a str, phone: &'a str, emergency: &'a str) -> Contacts<'a> {
        let field = |s: &'a str| {
            if s.is_empty() {
                Input::Missing
            } else {
                Input::Text(s)
            }
        };
        Contacts { mobile: field(mobile), phone: field(phone), emergency: field(emergency), email: Input::Missing }
    }

    fn codes(r: &CheckResult) -> Vec<(&str, &str, &str)> {
        r.findings.iter().map(|f| (f.rule, f.code.as_str(), f.path.as_str())).collect()
    }

    fn opts() -> CommonOptions {
        CommonOptions::default()
    }

    #[test]
    fn r_con_1_personal_needs_contact_1_and_emergency_and_two_numbers() {
        let ok = check_contacts(FilingKind::Personal, &person("13800138000", "", "13900139000"), &[], None, &opts());
        assert!(ok.ok && ok.findings.is_empty());
        let r = check_contacts(FilingKind::Personal, &person("", "", ""), &[], None, &opts());
        assert_eq!(
            codes(&r),
            [
                ("R-CON-1", "CONTACT_REQUIRED", "subject.owner.mobile"),
                ("R-CON-1", "CONTACT_REQUIRED", "subject.owner.emergencyPhone")
            ]
        );
        let r =
            check_contacts(FilingKind::Personal, &person("+86 138-0013-8000", "", "13800138000"), &[], None, &opts());
        assert_eq!(codes(&r), [("R-CON-1", "CONTACT_DUPLICATE", "subject.owner.emergencyPhone")]);
        assert_eq!(r.findings[0].message, "与主体负责人的手机号码相同，需提供不同的联系方式。");
    }

    #[test]
    fn r_con_2_unit_with_one_owner() {
        let owner = person("13800138000", "0755-12345678", "086-0755-12345678");
        let r = check_contacts(FilingKind::Unit, &owner, &[None], None, &opts());
        assert_eq!(codes(&r), [("R-CON-2", "CONTACT_DUPLICATE", "subject.owner.emergencyPhone")]);
    }

    #[test]
    fn r_con_3_owners_differ_three_numbers_and_different_contact_1() {
        let subject = person("13800138000", "", "13900139000");
        let good = person("13700137000", "", "13600136000");
        assert!(check_contacts(FilingKind::Unit, &subject, &[Some(good)], None, &opts()).findings.is_empty());
        let same_mobile = person("138 0013 8000", "", "13900139000");
        let r = check_contacts(FilingKind::Unit, &subject, &[Some(same_mobile)], None, &opts());
        assert_eq!(
            codes(&r),
            [
                ("R-CON-3", "CONTACT_OWNERS_SAME_MOBILE", "websites[0].owner.mobile"),
                ("R-CON-3", "CONTACTS_TOO_FEW", "websites[0].owner.emergencyPhone")
            ]
        );
        assert_eq!(r.findings[1].message, "需要 3 个不同的联系方式，当前只有 2 个。");
    }

    #[test]
    fn r_con_3_another_owner_with_the_subject_owners_email_is_a_warning() {
        let mut subject = person("13800138000", "", "13900139000");
        subject.email = Input::Text("owner@example.com");
        let mut other = person("13700137000", "", "13600136000");
        other.email = Input::Text(" OWNER@example.com");
        let r = check_contacts(FilingKind::Unit, &subject, &[Some(other)], None, &opts());
        assert_eq!(codes(&r), [("R-CON-3", "CONTACT_OWNERS_SAME_EMAIL", "websites[0].owner.email")]);
        assert!(r.ok && r.findings[0].severity == crate::Severity::Warning);
        other.email = Input::Text("wang@example.com");
        assert!(check_contacts(FilingKind::Unit, &subject, &[Some(other)], None, &opts()).findings.is_empty());
    }

    #[test]
    fn r_con_5_email_and_account_phone() {
        let mut owner = person("13800138000", "", "13900139000");
        owner.email = Input::Text("zhangsan@");
        let r = check_contacts(FilingKind::Personal, &owner, &[], Some("+8613700137000"), &opts());
        assert_eq!(
            codes(&r),
            [
                ("R-CON-5", "EMAIL_DOMAIN", "subject.owner.email"),
                ("R-CON-5", "CONTACT_NOT_ACCOUNT_PHONE", "subject.owner.mobile")
            ]
        );
        assert_eq!(r.findings[1].severity, crate::Severity::Warning);
    }
}
