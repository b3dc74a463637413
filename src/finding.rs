//! The finding model of `docs/API.md`: every check reports what it found as data.
//!
//! A [`Finding`] is `{rule, code, severity, path, message, params}`; a
//! [`FieldResult`] is `{ok, normalized, findings, …details}`.
//!
//! ```
//! use beian_check::{finding::Findings, Code, Locale, Severity};
//! let mut findings = Findings::new(Locale::En, "subject.owner.mobile");
//! findings.push("R-TEL-1", Code::InputEmpty, vec![]);
//! let result = findings.finish(None, ());
//! assert!(!result.ok);
//! assert_eq!(result.findings[0].path, "subject.owner.mobile");
//! assert_eq!(result.findings[0].severity, Severity::Error);
//! let json = serde_json::to_value(&result.findings[0]).unwrap();
//! assert_eq!(json["code"], "INPUT_EMPTY");
//! ```

#[cfg(not(all(target_arch = "wasm32", not(feature = "messages"))))]
use crate::messages::render;
use crate::messages::{Code, Locale};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The filing would be rejected.
    Error,
    /// Advice: province-dependent, "建议", or needs a human to judge.
    Warning,
    /// Not a failure: the filing needs an extra material (材料).
    Material,
}

/// A parameter of a finding, used in its message and returned in `params`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Param {
    /// A text value, e.g. the expected check character.
    Str(String),
    /// A count, a length or a 1-based position.
    Int(i64),
    /// Several texts, e.g. the sources of a province requirement (written
    /// into messages joined by `、`).
    List(Vec<String>),
}

impl Param {
    pub(crate) fn write_to(&self, out: &mut String) {
        match self {
            Param::Str(s) => out.push_str(s),
            Param::Int(n) => out.push_str(&n.to_string()),
            Param::List(items) => out.push_str(&items.join("、")),
        }
    }
}

impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Param::Str(s.to_owned())
    }
}
impl From<String> for Param {
    fn from(s: String) -> Self {
        Param::Str(s)
    }
}
impl From<char> for Param {
    fn from(c: char) -> Self {
        Param::Str(c.to_string())
    }
}
impl From<usize> for Param {
    fn from(n: usize) -> Self {
        Param::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// One thing a check found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The catalogue rule, e.g. `"R-ID-1"` (see [`crate::rules`]).
    pub rule: &'static str,
    /// The machine-readable code, e.g. `ID_CHECKSUM`.
    #[serde(serialize_with = "serialize_code")]
    pub code: Code,
    /// `error`, `warning` or `material`.
    pub severity: Severity,
    /// Where in the form: `"subject.owner.idNumber"`; `""` for single-field calls.
    pub path: String,
    /// The message in the requested locale.
    pub message: String,
    /// The values the message was built from (`{}` when there are none).
    #[serde(serialize_with = "serialize_params")]
    pub params: Vec<(&'static str, Param)>,
}

fn serialize_code<S: Serializer>(code: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(code.as_str())
}

fn serialize_params<S: Serializer>(params: &[(&'static str, Param)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(params.len()))?;
    for (key, value) in params {
        map.serialize_entry(key, value)?;
    }
    map.end()
}

impl Finding {
    /// The parameter `name`, if the finding has it.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(key, _)| *key == name).map(|(_, v)| v)
    }
}

/// The result of a check of several fields: `{ok, findings}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckResult {
    /// True when no finding has severity `error`.
    pub ok: bool,
    /// Everything found, each with its field's path.
    pub findings: Vec<Finding>,
}

/// The result of a single-field check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldResult<D> {
    /// True when no finding has severity `error`.
    pub ok: bool,
    /// The value in canonical form (what the form should submit), or `None`
    /// when nothing usable was entered.
    pub normalized: Option<String>,
    /// Everything the check found, in the order it checked.
    pub findings: Vec<Finding>,
    /// What the value decodes to (kind, birth date, …), serialized flat
    /// into the result object.
    #[serde(flatten)]
    pub details: D,
}

/// A finding's message: its code's template in `locale` with `params`.
#[cfg(not(all(target_arch = "wasm32", not(feature = "messages"))))]
fn message_of(code: Code, locale: Locale, params: &[(&'static str, Param)]) -> String {
    render(code.template(locale), params)
}

/// The wasm build leaves the text to the edge: its JS entries render each
/// message from the message table they ship (js/record-reader.js), in the
/// caller's locale, which the message field carries until then
/// ([`Locale::MARKERS`]).
#[cfg(all(target_arch = "wasm32", not(feature = "messages")))]
fn message_of(_code: Code, locale: Locale, _params: &[(&'static str, Param)]) -> String {
    String::from(locale.marker())
}

/// Collects findings for one field in one locale; the validators push codes
/// and parameters, the collector renders the messages.
#[derive(Debug)]
pub struct Findings {
    locale: Locale,
    path: String,
    list: Vec<Finding>,
    /// An `error` was recorded.
    error: bool,
    /// Only the verdict is wanted: findings are counted as errors or not,
    /// and neither kept nor rendered.
    verdict_only: bool,
}

impl Findings {
    /// An empty collector for the field at `path` (`""` for single-field calls).
    pub fn new(locale: Locale, path: &str) -> Self {
        Findings { locale, path: path.to_owned(), list: Vec::new(), error: false, verdict_only: false }
    }

    /// A collector that keeps nothing and only knows whether an `error` was
    /// recorded: for `isValid` (issue 26: a verdict builds no finding, no
    /// message, no path) and for checks whose findings are thrown away.
    pub fn verdict_only(locale: Locale) -> Self {
        Findings { verdict_only: true, ..Findings::new(locale, "") }
    }

    /// The language the messages are rendered in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Records a finding of `rule` with `code`; its severity comes from the
    /// message table.
    pub fn push(&mut self, rule: &'static str, code: Code, params: Vec<(&'static str, Param)>) {
        let path = self.path.clone();
        self.push_at(path, rule, code, params);
    }

    /// Records a finding for another field than the collector's own, e.g.
    /// `websites[1].owner.mobile` in a check of several fields.
    pub fn push_at(&mut self, path: String, rule: &'static str, code: Code, params: Vec<(&'static str, Param)>) {
        self.push_graded_at(path, rule, code, code.severity(), params);
    }

    /// Records a finding whose severity is not its code's own: a province
    /// requirement's, which follows from its sources.
    pub fn push_graded(
        &mut self,
        rule: &'static str,
        code: Code,
        severity: Severity,
        params: Vec<(&'static str, Param)>,
    ) {
        let path = self.path.clone();
        self.push_graded_at(path, rule, code, severity, params);
    }

    /// [`push_graded`](Self::push_graded) for another field than the collector's own.
    pub fn push_graded_at(
        &mut self,
        path: String,
        rule: &'static str,
        code: Code,
        severity: Severity,
        params: Vec<(&'static str, Param)>,
    ) {
        self.error |= severity == Severity::Error;
        if self.verdict_only {
            return;
        }
        let message = message_of(code, self.locale, &params);
        self.list.push(Finding { rule, code, severity, path, message, params });
    }

    /// Adds findings that carry their own paths already.
    pub fn extend_at_own_paths(&mut self, findings: Vec<Finding>) {
        self.extend(findings.into_iter());
    }

    /// Adds the findings of a field check, under that field's path.
    pub fn extend_at(&mut self, path: &str, findings: Vec<Finding>) {
        self.extend(findings.into_iter().map(|f| Finding { path: path.to_owned(), ..f }));
    }

    fn extend(&mut self, findings: impl Iterator<Item = Finding>) {
        for finding in findings {
            self.error |= finding.severity == Severity::Error;
            if !self.verdict_only {
                self.list.push(finding);
            }
        }
    }

    /// True when an `error` finding was recorded.
    pub fn has_error(&self) -> bool {
        self.error
    }

    /// Turns the collected findings into a result of several fields.
    pub fn finish_check(self) -> CheckResult {
        CheckResult { ok: !self.has_error(), findings: self.list }
    }

    /// Turns the collected findings into a result.
    pub fn finish<D>(self, normalized: Option<String>, details: D) -> FieldResult<D> {
        FieldResult { ok: !self.has_error(), normalized, findings: self.list, details }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_is_false_only_with_an_error() {
        let mut f = Findings::new(Locale::En, "");
        f.push(crate::rules::OPTIONS, Code::OptionInvalid, vec![]);
        assert!(f.finish(None, ()).ok, "a warning alone keeps ok");
        let mut f = Findings::new(Locale::En, "x");
        f.push(crate::rules::ID_1, Code::IdLength, vec![("expected", Param::Int(18)), ("length", Param::Int(3))]);
        let r = f.finish(None, ());
        assert!(!r.ok);
        assert_eq!(r.findings[0].message, "The number should have 18 characters; it has 3.");
        assert_eq!(r.findings[0].path, "x");
    }

    #[test]
    fn serializes_to_the_api_shape() {
        let mut f = Findings::new(Locale::ZhCn, "subject.owner.idNumber");
        f.push(crate::rules::ID_1, Code::IdLength, vec![("expected", Param::Int(18)), ("length", Param::Int(17))]);
        let json = serde_json::to_value(f.finish(Some("1".into()), ())).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "ok": false, "normalized": "1",
                "findings": [{
                    "rule": "R-ID-1", "code": "ID_LENGTH", "severity": "error",
                    "path": "subject.owner.idNumber",
                    "message": "号码应为 18 位，当前为 17 位。",
                    "params": {"expected": 18, "length": 17}
                }]
            })
        );
    }
}
