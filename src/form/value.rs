//! A filing form as the caller sent it: any JSON-like value, read leniently
//! so that missing sections, wrong types and unknown keys become findings at
//! their path instead of errors.
//!
//! ```
//! use beian_check::form::FormValue;
//! let form: FormValue = serde_json::from_str(r#"{"subject": {"owner": {"mobile": 13800138000}}}"#).unwrap();
//! let mobile = form.get("subject").get("owner").get("mobile");
//! assert_eq!(mobile.text(), None); // a number, not text: the check reports INPUT_NOT_STRING
//! assert!(form.get("websites").items().is_empty());
//! ```

use crate::input::Input;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON-like value. Deserialising one never fails on shape.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum FormValue {
    /// Absent, `null` or `undefined`.
    #[default]
    Missing,
    /// A string.
    Text(String),
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// An array.
    Array(Vec<FormValue>),
    /// An object, keys in the order given.
    Object(Vec<(String, FormValue)>),
    /// A string the host did not copy because it is longer than any field
    /// allows; holds its length as the host counts it.
    TooLong(usize),
    /// Anything else the host holds (a function, a symbol, a structure
    /// nested too deeply to read); holds its type's name.
    Other(&'static str),
}

static MISSING: FormValue = FormValue::Missing;

impl FormValue {
    /// The member `key` of an object; `Missing` otherwise.
    pub fn get(&self, key: &str) -> &FormValue {
        match self {
            FormValue::Object(members) => members.iter().find(|(k, _)| k == key).map_or(&MISSING, |(_, v)| v),
            _ => &MISSING,
        }
    }

    /// The items of an array; none otherwise.
    pub fn items(&self) -> &[FormValue] {
        match self {
            FormValue::Array(items) => items,
            _ => &[],
        }
    }

    /// As an input of a field check.
    pub fn as_input(&self) -> Input<'_> {
        match self {
            FormValue::Missing => Input::Missing,
            FormValue::Text(text) => Input::Text(text),
            FormValue::Bool(_) => Input::NotText("boolean"),
            FormValue::Number(_) => Input::NotText("number"),
            FormValue::Array(_) => Input::NotText("array"),
            FormValue::Object(_) => Input::NotText("object"),
            FormValue::TooLong(length) => Input::TooLong(*length),
            FormValue::Other(type_name) => Input::NotText(type_name),
        }
    }

    /// The trimmed text, if it is a non-blank string.
    pub fn text(&self) -> Option<&str> {
        match self {
            FormValue::Text(text) if !text.trim().is_empty() => Some(text.trim()),
            _ => None,
        }
    }

    /// True for `Missing` and blank strings.
    pub fn is_blank(&self) -> bool {
        matches!(self, FormValue::Missing) || matches!(self, FormValue::Text(t) if t.trim().is_empty())
    }
}

struct AnyVisitor;

impl<'de> Visitor<'de> for AnyVisitor {
    type Value = FormValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<FormValue, E> {
        Ok(FormValue::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<FormValue, E> {
        Ok(FormValue::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<FormValue, E> {
        Ok(FormValue::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<FormValue, E> {
        Ok(FormValue::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<FormValue, E> {
        Ok(FormValue::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<FormValue, E> {
        Ok(FormValue::Text(v))
    }
    fn visit_none<E>(self) -> Result<FormValue, E> {
        Ok(FormValue::Missing)
    }
    fn visit_unit<E>(self) -> Result<FormValue, E> {
        Ok(FormValue::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<FormValue, D::Error> {
        FormValue::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FormValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(FormValue::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FormValue, A::Error> {
        let mut members = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, FormValue>()? {
            members.push((key, value));
        }
        Ok(FormValue::Object(members))
    }
}

impl<'de> Deserialize<'de> for FormValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FormValue, D::Error> {
        d.deserialize_any(AnyVisitor)
    }
}
