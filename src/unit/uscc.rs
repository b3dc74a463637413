//! R-ORG-1: the unified social credit code (统一社会信用代码, GB 32100-2015).
//!
//! | characters | meaning |
//! |---|---|
//! | 1 | registration authority (登记管理部门码) |
//! | 2 | organisation category (机构类别码), per authority |
//! | 3–8 | division code of the registering office (GB/T 2260); 100000 for central registrations |
//! | 9–17 | organisation code (GB 11714, R-ORG-2) |
//! | 18 | check character |
//!
//! Alphabet: `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, Z, S, V), values 0–30.
//! Check: weights 3^i mod 31 = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28;
//! C = 31 − (Σ mod 31), with 31 written as 0.

use super::{length_finding, org_code, Check, CodeName};
use crate::division::division;
use crate::finding::Param;
use crate::messages::Code;
use crate::rules;

/// Number of characters.
pub const LENGTH: usize = 18;

/// The division part of codes registered by central authorities.
pub const NATIONAL: &str = "100000";

/// The GB 32100 alphabet; a character's value is its index.
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// A registration authority: its code character, its name and its
/// categories (code character, name).
pub type Authority = (u8, &'static str, &'static [(u8, &'static str)]);

/// Registration authorities (character 1) and their organisation
/// categories (character 2), GB 32100-2015 with its amendments (A: the
/// Central Military Commission's establishment office; N: agriculture).
pub const AUTHORITIES: &[Authority] = &[
    (
        b'1',
        "机构编制",
        &[(b'1', "机关"), (b'2', "事业单位"), (b'3', "中央编办直接管理机构编制的群众团体"), (b'9', "其他")],
    ),
    (b'2', "外交", &[(b'1', "外国常驻新闻机构"), (b'9', "其他")]),
    (
        b'3',
        "司法行政",
        &[
            (b'1', "律师执业机构"),
            (b'2', "公证处"),
            (b'3', "基层法律服务所"),
            (b'4', "司法鉴定机构"),
            (b'5', "仲裁委员会"),
            (b'9', "其他"),
        ],
    ),
    (b'4', "文化", &[(b'1', "外国在华文化中心"), (b'9', "其他")]),
    (b'5', "民政", &[(b'1', "社会团体"), (b'2', "民办非企业单位"), (b'3', "基金会"), (b'9', "其他")]),
    (
        b'6',
        "旅游",
        &[(b'1', "外国旅游部门常驻代表机构"), (b'2', "港澳台地区旅游部门常驻内地（大陆）代表机构"), (b'9', "其他")],
    ),
    (b'7', "宗教", &[(b'1', "宗教活动场所"), (b'2', "宗教院校"), (b'9', "其他")]),
    (b'8', "工会", &[(b'1', "基层工会"), (b'9', "其他")]),
    (b'9', "工商", &[(b'1', "企业"), (b'2', "个体工商户"), (b'3', "农民专业合作社")]),
    (b'A', "中央军委改革和编制办公室", &[(b'1', "军队事业单位"), (b'9', "其他")]),
    (
        b'N',
        "农业",
        &[(b'1', "组级集体经济组织"), (b'2', "村级集体经济组织"), (b'3', "乡镇级集体经济组织"), (b'9', "其他")],
    ),
    (b'Y', "其他", &[(b'1', "其他")]),
];

fn value(b: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == b).map(|v| v as u32)
}

/// The check character of the first 17 characters, or `None` for a
/// character outside the alphabet.
///
/// ```
/// use beian_check::unit::uscc_check_char;
/// assert_eq!(uscc_check_char(b"9144030071526726X"), Some('G')); // 腾讯科技（深圳）有限公司
/// ```
pub fn check_char(body: &[u8]) -> Option<char> {
    let mut sum = 0;
    for (&b, w) in body.iter().zip(WEIGHTS) {
        sum += value(b)? * w;
    }
    Some(char::from(ALPHABET[((31 - sum % 31) % 31) as usize]))
}

/// The registration authority with this code.
pub fn authority(code: u8) -> Option<&'static Authority> {
    AUTHORITIES.iter().find(|a| a.0 == code)
}

pub(super) fn check(c: &mut Check<'_>) {
    let invalid = c.code.char_indices().find(|&(_, ch)| !ch.is_ascii() || value(ch as u8).is_none());
    if let Some((index, ch)) = invalid {
        let position = c.code[..index].chars().count() + 1;
        c.findings.push(
            c.rule,
            Code::UsccInvalidChar,
            vec![("position", Param::from(position)), ("char", Param::from(ch))],
        );
    }
    if c.code.chars().count() != LENGTH {
        length_finding(c, LENGTH);
    }
    if invalid.is_some() || c.code.len() != LENGTH {
        return;
    }
    let code = c.code;
    let bytes = code.as_bytes();
    let actual = char::from(bytes[17]);
    if let Some(expected) = check_char(&bytes[..17]).filter(|&e| e != actual) {
        c.findings.push(
            c.rule,
            Code::UsccChecksum,
            vec![("expected", Param::from(expected)), ("actual", Param::from(actual))],
        );
    }
    // A right check character proves the code was typed as printed: what
    // our tables do not know is then unusual (a warning), not impossible.
    let printed = check_char(&bytes[..17]) == Some(actual);
    check_registration(c, bytes[0], bytes[1], printed);
    check_division(c, &code[2..8], printed);
    check_org_code(c, &code[8..17], printed);
}

/// The error, or with a right check character the warning, for a part of
/// the code our tables do not know.
fn graded(printed: bool, error: Code, unusual: Code) -> Code {
    if printed {
        unusual
    } else {
        error
    }
}

/// Characters 1–2: an authority of GB 32100 and one of its categories.
fn check_registration(c: &mut Check<'_>, authority_code: u8, category_code: u8, printed: bool) {
    let Some(&(_, authority_name, categories)) = authority(authority_code) else {
        let code = graded(printed, Code::UsccAuthority, Code::UsccAuthorityUnusual);
        c.findings.push(c.rule, code, vec![("char", Param::from(char::from(authority_code)))]);
        return;
    };
    c.details.authority = Some(CodeName::new(authority_code, authority_name));
    match categories.iter().find(|(code, _)| *code == category_code) {
        Some(&(code, name)) => c.details.category = Some(CodeName::new(code, name)),
        None => {
            let allowed: Vec<String> =
                categories.iter().map(|(code, name)| format!("{} {name}", char::from(*code))).collect();
            c.findings.push(
                c.rule,
                graded(printed, Code::UsccCategory, Code::UsccCategoryUnusual),
                vec![
                    ("char", Param::from(char::from(category_code))),
                    ("authority", Param::from(authority_name)),
                    ("allowed", Param::from(allowed.join("、"))),
                ],
            );
        }
    }
}

/// Characters 3–8: a division code of any period, or 100000.
fn check_division(c: &mut Check<'_>, digits: &str, printed: bool) {
    if digits == NATIONAL {
        c.details.national = true;
        return;
    }
    match digits.parse().ok().and_then(division) {
        Some(place) => c.details.division = Some(place),
        None => {
            let code = graded(printed, Code::UsccDivision, Code::UsccDivisionUnusual);
            c.findings.push(c.rule, code, vec![("code", Param::from(digits))]);
        }
    }
}

/// Characters 9–17: a valid organisation code (R-ORG-2).
fn check_org_code(c: &mut Check<'_>, code: &str, printed: bool) {
    let bytes = code.as_bytes();
    let actual = char::from(bytes[8]);
    match org_code::check_char(&bytes[..8]) {
        Some(expected) if expected != actual => c.findings.push(
            rules::ORG_2,
            graded(printed, Code::UsccOrgCode, Code::UsccOrgCodeUnusual),
            vec![
                ("orgCode", Param::from(org_code::formatted(code))),
                ("expected", Param::from(expected)),
                ("actual", Param::from(actual)),
            ],
        ),
        _ => c.details.org_code = Some(org_code::formatted(code)),
    }
}
