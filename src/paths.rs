//! Field paths of the form (`websites[1].owner.mobile`, API.md) in words,
//! for messages that point at another field ("the same number as the
//! subject owner's mobile"). Findings keep the raw path in `otherPath`.
//!
//! ```
//! use beian_check::{paths::describe, Locale};
//! assert_eq!(describe("subject.owner.mobile", Locale::ZhCn), "主体负责人的手机号码");
//! assert_eq!(describe("websites[1].owner.emergencyPhone", Locale::En), "website 2's owner's emergency phone");
//! assert_eq!(describe("websites[0].domains[2]", Locale::ZhCn), "网站 1 的第 3 个域名");
//! assert_eq!(describe("odd.path", Locale::En), "odd.path");
//! ```

use crate::Locale;

/// `websites[i].field` (`field` may hold further parts: `owner.idNumber`),
/// built without the formatting machinery (which costs wasm size).
pub fn site(i: usize, field: &str) -> String {
    let mut path = String::with_capacity(16 + field.len());
    path.push_str("websites[");
    push_number(&mut path, i);
    path.push_str("].");
    path.push_str(field);
    path
}

/// `websites[i].field[j]`.
pub fn site_item(i: usize, field: &str, j: usize) -> String {
    let mut path = site(i, field);
    path.push('[');
    push_number(&mut path, j);
    path.push(']');
    path
}

/// `prefix.field`.
pub fn join(prefix: &str, field: &str) -> String {
    let mut path = String::with_capacity(prefix.len() + 1 + field.len());
    path.push_str(prefix);
    path.push('.');
    path.push_str(field);
    path
}

/// Appends the decimal digits of `n`.
pub fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Field names: (key, zh, en).
const FIELDS: [(&str, &str, &str); 9] = [
    ("mobile", "手机号码", "mobile"),
    ("phone", "办公电话", "office phone"),
    ("emergencyPhone", "应急联系电话", "emergency phone"),
    ("email", "电子邮箱", "e-mail"),
    ("idNumber", "证件号码", "ID number"),
    ("name", "名称", "name"),
    ("domains", "域名", "domains"),
    ("homepageUrls", "首页网址", "homepage URLs"),
    ("remark", "备注", "remark"),
];

/// `path` in words in `locale`; the path itself when it is not a form field.
pub fn describe(path: &str, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let (owner, rest) = if let Some(rest) = path.strip_prefix("subject.owner.") {
        ((if zh { "主体负责人".to_owned() } else { "the subject owner".to_owned() }), rest)
    } else if let Some((site, rest)) = path.strip_prefix("websites[").and_then(|p| p.split_once("].")) {
        let Ok(index) = site.parse::<usize>() else { return path.to_owned() };
        let n = index + 1;
        match rest.strip_prefix("owner.") {
            Some(rest) => (if zh { format!("网站 {n} 负责人") } else { format!("website {n}'s owner") }, rest),
            None => (if zh { format!("网站 {n}") } else { format!("website {n}") }, rest),
        }
    } else {
        return path.to_owned();
    };
    let (key, item) = match rest.split_once('[') {
        Some((key, index)) => (key, index.trim_end_matches(']').parse::<usize>().ok().map(|i| i + 1)),
        None => (rest, None),
    };
    let Some(&(_, zh_name, en_name)) = FIELDS.iter().find(|(k, _, _)| *k == key) else { return path.to_owned() };
    match (zh, item) {
        (true, None) => {
            let name = if owner.ends_with("负责人") && key == "name" { "姓名" } else { zh_name };
            let space = if owner.ends_with(|c: char| c.is_ascii_digit()) { " " } else { "" };
            format!("{owner}{space}的{name}")
        }
        (true, Some(i)) => format!("{owner} 的第 {i} 个{zh_name}"),
        (false, None) => format!("{owner}'s {en_name}"),
        (false, Some(i)) => format!("{owner}'s {} {i}", en_name.trim_end_matches('s')),
    }
}
