//! Generated data tables, each from a generator in `data/` with its source,
//! version, date and licence (see [`crate::division::data_version`]).
//! Nothing here is edited by hand.

#[rustfmt::skip]
pub mod divisions;
