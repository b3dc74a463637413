//! Rule ids of the catalogue (`shared/RULES.md`). Every [`Finding`](crate::Finding)
//! names the rule it enforces, so a user can look the rule up and tests can
//! assert on it.

/// R-ID-1: 18-character mainland resident ID (GB 11643-1999): 17 digits and an
/// ISO 7064 MOD 11-2 check character, a real birth date that is not in the
/// future, and a division code (GB/T 2260) that exists or once existed.
pub const ID_1: &str = "R-ID-1";

/// Findings about the options a caller passed (an unknown `locale`, a
/// malformed `asOf`) rather than about the person's data. Never errors: the
/// check falls back to the default and says so.
pub const OPTIONS: &str = "OPTIONS";
