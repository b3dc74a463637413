//! # beian-check
//!
//! Validates the data a person types into a China ICP filing (备案) form, the
//! way the provincial administrator would, and says *why* in zh-CN or English
//! before the filing is submitted.
//!
//! Every check returns data, never panics and never fails on bad input:
//! a [`FieldResult`] with `ok`, the `normalized` value, a list of
//! [`Finding`]s (`{rule, code, severity, path, message, params}`) and the
//! details decoded from the value.
//!
//! ```
//! use beian_check::{validate_id_number, Date, IdOptions, Locale, Severity};
//!
//! let opts = IdOptions::new(Locale::ZhCn, Date::from_ymd(2026, 11, 22));
//! let result = validate_id_number("11010519491231002x", &opts);
//! assert!(result.ok);
//! assert_eq!(result.normalized.as_deref(), Some("11010519491231002X"));
//! assert_eq!(result.details.birth_date, Date::from_ymd(1949, 12, 31));
//! assert_eq!(result.details.age, Some(76));
//!
//! let wrong = validate_id_number("110105194912310021", &opts);
//! assert!(!wrong.ok);
//! assert_eq!(wrong.findings[0].rule, "R-ID-1");
//! assert_eq!(wrong.findings[0].code.as_str(), "ID_CHECKSUM");
//! assert_eq!(wrong.findings[0].severity, Severity::Error);
//! ```
//!
//! Layout: one module per domain ([`identity`]), shared pieces
//! ([`finding`], [`messages`], [`rules`], [`input`], [`date`], [`iso7064`],
//! [`options`]) and one thin `wasm` binding module (wasm32 only) that
//! converts JavaScript values and holds no rules.

#![warn(missing_docs)]

pub mod app;
pub mod catalogue;
pub mod check;
pub mod contact;
pub mod date;
pub mod division;
pub mod domain;
pub mod email;
pub mod filing_number;
pub mod finding;
pub mod form;
pub mod identity;
pub mod input;
pub mod ipv4;
pub mod iso7064;
pub mod messages;
pub mod options;
pub mod paths;
pub mod phone;
pub mod provinces;
pub mod record;
pub mod rules;
pub mod subject;
pub mod tables;
pub mod unit;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
#[cfg(target_arch = "wasm32")]
mod wasm_alloc;

/// The wasm build's allocator: a few hundred bytes instead of dlmalloc's KBs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: wasm_alloc::SizeClasses = wasm_alloc::SizeClasses::new();

pub use date::Date;
pub use division::{list_divisions, lookup_division, Division};
pub use finding::{CheckResult, FieldResult, Finding, Param, Severity};
pub use identity::{detect_id_kind, validate_id_number, IdDetails, IdKind, IdOptions, Region, Sex};
pub use input::Input;
pub use messages::{Code, Locale};
pub use options::CommonOptions;
pub use phone::{normalize_phone, validate_phone, PhoneDetails, PhoneKind, PhoneOptions};
pub use subject::{certificate_types_for, list_subject_natures, SubjectNature};
pub use tables::data_version;
pub use unit::{validate_unit_code, UnitDetails, UnitKind, UnitOptions};
