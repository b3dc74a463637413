//! Field paths of the form (`websites[1].owner.mobile`, docs/API.md) in words,
//! for messages that point at another field ("the same number as the
//! subject owner's mobile"). Findings keep the raw path in `otherPath`.
//!
//! ```
//! use beian_check::{paths::describe, Locale};
//! assert_eq!(describe("subject.owner.mobile", Locale::ZhCn), "主体负责人的手机号码");
//! assert_eq!(describe("websites[1].owner.emergencyPhone", Locale::En), "website 2's owner's emergency phone");
//! assert_eq!(describe("websites[0].domains[2]", Locale::ZhCn), "网站 1 的第 3 个域名");
//! assert_eq!(describe("apps[1].name", Locale::ZhCn), "应用 2 的名称");
//! assert_eq!(describe("odd.path", Locale::En), "odd.path");
//! ```

use crate::Locale;

/// `websites[i].field` (`field` may hold further parts: `owner.idNumber`),
/// built without the formatting machinery (which costs wasm size).
pub fn site(i: usize, field: &str) -> String {
    join(&item("websites", i), field)
}

/// `websites[i].field[j]`.
pub fn site_item(i: usize, field: &str, j: usize) -> String {
    item(&site(i, field), j)
}

/// `list[i]`.
pub fn item(list: &str, i: usize) -> String {
    let mut path = String::with_capacity(list.len() + 6);
    path.push_str(list);
    path.push('[');
    push_number(&mut path, i);
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
/// Built by pushing parts (no `format!`: its machinery costs wasm size).
pub fn describe(path: &str, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let mut out = String::with_capacity(48);
    let rest = if let Some(rest) = path.strip_prefix("subject.owner.") {
        out.push_str(if zh { "主体负责人" } else { "the subject owner" });
        rest
    } else {
        let lists = [("websites[", "网站 ", "website "), ("apps[", "应用 ", "app ")];
        let Some((zh_list, en_list, (index, rest))) = lists
            .iter()
            .find_map(|&(list, zh_list, en_list)| Some((zh_list, en_list, path.strip_prefix(list)?.split_once("].")?)))
        else {
            return path.to_owned();
        };
        let Ok(index) = index.parse::<usize>() else { return path.to_owned() };
        out.push_str(if zh { zh_list } else { en_list });
        push_number(&mut out, index + 1);
        match rest.strip_prefix("owner.") {
            Some(rest) => {
                out.push_str(if zh { " 负责人" } else { "'s owner" });
                rest
            }
            None => rest,
        }
    };
    let (key, item) = match rest.split_once('[') {
        Some((key, index)) => (key, index.trim_end_matches(']').parse::<usize>().ok().map(|i| i + 1)),
        None => (rest, None),
    };
    let Some(&(_, zh_name, en_name)) = FIELDS.iter().find(|(k, _, _)| *k == key) else { return path.to_owned() };
    if zh {
        out.push_str(if out.ends_with(|c: char| c.is_ascii_digit()) || item.is_some() { " 的" } else { "的" });
        if let Some(i) = item {
            out.push('第');
            out.push(' ');
            push_number(&mut out, i);
            out.push_str(" 个");
        }
        out.push_str(if out.contains("负责人") && key == "name" && item.is_none() { "姓名" } else { zh_name });
    } else {
        out.push_str("'s ");
        match item {
            None => out.push_str(en_name),
            Some(i) => {
                out.push_str(en_name.trim_end_matches('s'));
                out.push(' ');
                push_number(&mut out, i);
            }
        }
    }
    out
}
