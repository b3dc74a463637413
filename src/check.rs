//! Field checks by name (`"idNumber"`, `"phone"` …) with their options read
//! once from a host: what `validateBatch` and `isValid` run in wasm, and what
//! a server uses to re-check a field the browser checked
//! (`beian-check-server`, server/) — the same option parsing, the same results.
//!
//! ```
//! use beian_check::check::FieldCheck;
//! use beian_check::input::Value;
//! let check = FieldCheck::new("phone", |name| match name {
//!     "kind" => Value::Text("mobile".into()),
//!     _ => Value::Missing,
//! }, |_| Vec::new(), |_| None).unwrap();
//! let outcome = check.validate("+86 138-0013-8000".into());
//! assert!(outcome.ok());
//! assert!(FieldCheck::new("fax", |_| Value::Missing, |_| Vec::new(), |_| None).is_none());
//! ```

use crate::app::{
    validate_app_identifier, validate_public_key, validate_signing_fingerprint, AppIdentifierDetails, AppOptions,
    FingerprintDetails, PublicKeyDetails,
};
use crate::domain::url::{validate_homepage_url, UrlDetails, UrlOptions};
use crate::domain::{validate_domain, DomainDetails, DomainOptions};
use crate::email::{validate_email, EmailDetails};
use crate::filing_number::{validate_filing_number, FilingNumberDetails};
use crate::input::{Input, Value};
use crate::ipv4::{validate_ipv4, Ipv4Details};
use crate::{
    validate_id_number, validate_phone, validate_unit_code, CommonOptions, FieldResult, Finding, IdDetails, IdOptions,
    PhoneDetails, PhoneOptions, UnitDetails, UnitOptions,
};
use serde::Serialize;

/// The names [`FieldCheck::new`] knows, in API order.
pub const CHECK_NAMES: [&str; 11] = [
    "idNumber",
    "unitCode",
    "phone",
    "email",
    "domain",
    "homepageUrl",
    "filingNumber",
    "ipv4",
    "appIdentifier",
    "signingFingerprint",
    "publicKey",
];

/// A field check with its options.
#[derive(Clone, Debug)]
pub enum FieldCheck {
    /// `validateIdNumber`.
    IdNumber(IdOptions),
    /// `validateUnitCode`.
    UnitCode(UnitOptions),
    /// `validatePhone`.
    Phone(PhoneOptions),
    /// `validateEmail`.
    Email(CommonOptions),
    /// `validateDomain`.
    Domain(DomainOptions),
    /// `validateHomepageUrl`.
    HomepageUrl(UrlOptions),
    /// `validateFilingNumber`.
    FilingNumber(CommonOptions),
    /// `validateIpv4`.
    Ipv4(CommonOptions),
    /// `validateAppIdentifier`.
    AppIdentifier(AppOptions),
    /// `validateSigningFingerprint`.
    SigningFingerprint(AppOptions),
    /// `validatePublicKey`.
    PublicKey(AppOptions),
}

/// The result of one field check: the check's own result shape.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
#[allow(missing_docs)]
pub enum FieldOutcome {
    IdNumber(FieldResult<IdDetails>),
    UnitCode(FieldResult<UnitDetails>),
    Phone(FieldResult<PhoneDetails>),
    Email(FieldResult<EmailDetails>),
    Domain(FieldResult<DomainDetails>),
    HomepageUrl(FieldResult<UrlDetails>),
    FilingNumber(FieldResult<FilingNumberDetails>),
    Ipv4(FieldResult<Ipv4Details>),
    AppIdentifier(FieldResult<AppIdentifierDetails>),
    SigningFingerprint(FieldResult<FingerprintDetails>),
    PublicKey(FieldResult<PublicKeyDetails>),
}

impl FieldCheck {
    /// The check `name` with options read through `get` (text options),
    /// `list` (array options: `allowSuffixes`, `denySuffixes`, `domains`) and
    /// `flag` (`registrarAbroad`); `None` for a name not in [`CHECK_NAMES`].
    pub fn new(
        name: &str,
        get: impl Fn(&'static str) -> Value,
        list: impl Fn(&'static str) -> Vec<String>,
        flag: impl Fn(&'static str) -> Option<bool>,
    ) -> Option<FieldCheck> {
        Some(match name {
            "idNumber" => FieldCheck::IdNumber(IdOptions::from_host(get)),
            "unitCode" => FieldCheck::UnitCode(UnitOptions::from_host(get)),
            "phone" => FieldCheck::Phone(PhoneOptions::from_host(get)),
            "email" => FieldCheck::Email(CommonOptions::from_host(&get)),
            "domain" => FieldCheck::Domain(DomainOptions::from_host(
                get,
                list("allowSuffixes"),
                list("denySuffixes"),
                flag("registrarAbroad"),
            )),
            "homepageUrl" => FieldCheck::HomepageUrl(UrlOptions::from_host(get, list("domains"))),
            "filingNumber" => FieldCheck::FilingNumber(CommonOptions::from_host(&get)),
            "ipv4" => FieldCheck::Ipv4(CommonOptions::from_host(&get)),
            "appIdentifier" => FieldCheck::AppIdentifier(AppOptions::from_host(get)),
            "signingFingerprint" => FieldCheck::SigningFingerprint(AppOptions::from_host(get)),
            "publicKey" => FieldCheck::PublicKey(AppOptions::from_host(get)),
            _ => return None,
        })
    }

    /// The same check without the warnings about rejected options, for the
    /// values after the first of a batch (the warnings are reported once).
    pub fn quiet(&self) -> FieldCheck {
        let mut check = self.clone();
        check.common_mut().rejected.clear();
        check
    }

    /// The same check for its verdict only ([`FieldOutcome::ok`]), as
    /// `isValid` runs it: no finding is built (issue 26).
    ///
    /// ```
    /// use beian_check::check::FieldCheck;
    /// use beian_check::input::Value;
    /// let check = FieldCheck::new("idNumber", |_| Value::Missing, |_| Vec::new(), |_| None).unwrap();
    /// let verdict = check.verdict_only().validate("11010519491231002Y".into());
    /// assert!(!verdict.ok());
    /// assert!(verdict.into_findings().is_empty());
    /// ```
    pub fn verdict_only(mut self) -> FieldCheck {
        self.common_mut().verdict_only = true;
        self
    }

    fn common_mut(&mut self) -> &mut CommonOptions {
        match self {
            FieldCheck::IdNumber(o) => &mut o.common,
            FieldCheck::UnitCode(o) => &mut o.common,
            FieldCheck::Phone(o) => &mut o.common,
            FieldCheck::Domain(o) => &mut o.common,
            FieldCheck::HomepageUrl(o) => &mut o.common,
            FieldCheck::Email(o) | FieldCheck::FilingNumber(o) | FieldCheck::Ipv4(o) => o,
            FieldCheck::AppIdentifier(o) | FieldCheck::SigningFingerprint(o) | FieldCheck::PublicKey(o) => {
                &mut o.common
            }
        }
    }

    /// Runs the check on one value.
    pub fn validate(&self, input: Input<'_>) -> FieldOutcome {
        match self {
            FieldCheck::IdNumber(o) => FieldOutcome::IdNumber(validate_id_number(input, o)),
            FieldCheck::UnitCode(o) => FieldOutcome::UnitCode(validate_unit_code(input, o)),
            FieldCheck::Phone(o) => FieldOutcome::Phone(validate_phone(input, o)),
            FieldCheck::Email(o) => FieldOutcome::Email(validate_email(input, o)),
            FieldCheck::Domain(o) => FieldOutcome::Domain(validate_domain(input, o)),
            FieldCheck::HomepageUrl(o) => FieldOutcome::HomepageUrl(validate_homepage_url(input, o)),
            FieldCheck::FilingNumber(o) => FieldOutcome::FilingNumber(validate_filing_number(input, o)),
            FieldCheck::Ipv4(o) => FieldOutcome::Ipv4(validate_ipv4(input, o)),
            FieldCheck::AppIdentifier(o) => FieldOutcome::AppIdentifier(validate_app_identifier(input, o)),
            FieldCheck::SigningFingerprint(o) => {
                FieldOutcome::SigningFingerprint(validate_signing_fingerprint(input, o))
            }
            FieldCheck::PublicKey(o) => FieldOutcome::PublicKey(validate_public_key(input, o)),
        }
    }
}

impl FieldOutcome {
    /// True when no finding is an error.
    pub fn ok(&self) -> bool {
        self.parts().0
    }

    /// The findings, moved out.
    pub fn into_findings(self) -> Vec<Finding> {
        match self {
            FieldOutcome::IdNumber(r) => r.findings,
            FieldOutcome::UnitCode(r) => r.findings,
            FieldOutcome::Phone(r) => r.findings,
            FieldOutcome::Email(r) => r.findings,
            FieldOutcome::Domain(r) => r.findings,
            FieldOutcome::HomepageUrl(r) => r.findings,
            FieldOutcome::FilingNumber(r) => r.findings,
            FieldOutcome::Ipv4(r) => r.findings,
            FieldOutcome::AppIdentifier(r) => r.findings,
            FieldOutcome::SigningFingerprint(r) => r.findings,
            FieldOutcome::PublicKey(r) => r.findings,
        }
    }

    fn parts(&self) -> (bool, &[Finding]) {
        match self {
            FieldOutcome::IdNumber(r) => (r.ok, &r.findings),
            FieldOutcome::UnitCode(r) => (r.ok, &r.findings),
            FieldOutcome::Phone(r) => (r.ok, &r.findings),
            FieldOutcome::Email(r) => (r.ok, &r.findings),
            FieldOutcome::Domain(r) => (r.ok, &r.findings),
            FieldOutcome::HomepageUrl(r) => (r.ok, &r.findings),
            FieldOutcome::FilingNumber(r) => (r.ok, &r.findings),
            FieldOutcome::Ipv4(r) => (r.ok, &r.findings),
            FieldOutcome::AppIdentifier(r) => (r.ok, &r.findings),
            FieldOutcome::SigningFingerprint(r) => (r.ok, &r.findings),
            FieldOutcome::PublicKey(r) => (r.ok, &r.findings),
        }
    }
}
