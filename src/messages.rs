//! The one message table: every finding [`Code`] with its severity and its
//! message in zh-CN and English.
//!
//! Messages are templates; `{name}` is replaced by the finding's parameter of
//! that name (see [`render`]). Adding a check means adding one line here.

use crate::finding::{Param, Severity};
use serde::Serialize;

/// The language of finding messages (`locale` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Locale {
    /// Simplified Chinese, the default.
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Locale {
    /// What a finding's `message` holds in the wasm build until its JS entry
    /// renders it (`\u{1}` and the locale's tag): zh-CN's, en's.
    pub const MARKERS: [&'static str; 2] = ["\u{1}zh-CN", "\u{1}en"];

    /// This locale's entry of [`MARKERS`](Self::MARKERS).
    pub fn marker(self) -> &'static str {
        Self::MARKERS[self as usize]
    }

    /// Parses a locale tag leniently: `zh`, `zh-CN`, `zh-Hans` → zh-CN;
    /// `en`, `en-US`, `en-GB` → en. Anything else is `None`.
    ///
    /// ```
    /// use beian_check::Locale;
    /// assert_eq!(Locale::parse("en-US"), Some(Locale::En));
    /// assert_eq!(Locale::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("zh") {
            Some(Locale::ZhCn)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    /// The canonical tag: `"zh-CN"` or `"en"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}

macro_rules! message_table {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident,
        zh: $zh:literal, en: $en:literal; )*) => {
        /// A finding code: stable, machine-readable, one per distinct failure.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $( $(#[$doc])* $variant, )* }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as it appears in findings, e.g. `"ID_CHECKSUM"`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The severity a finding with this code has.
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// The message template in `locale`: compiled in (feature
            /// `messages`, on by default), or from the table loaded with
            /// [`load_messages`] (the wasm build; its JS entries load it).
            pub fn template(self, locale: Locale) -> &'static str {
                #[cfg(feature = "messages")]
                return match (self, locale) {
                    $((Code::$variant, Locale::ZhCn) => $zh,
                      (Code::$variant, Locale::En) => $en,)*
                };
                #[cfg(not(feature = "messages"))]
                return loaded_template(self, locale);
            }
        }

        /// The message table in the format [`load_messages`] reads: a header
        /// line, then `CODE<TAB>zh-CN<TAB>en` for every code in table order.
        #[cfg(feature = "messages")]
        pub fn message_table() -> String {
            let mut out = format!("BCMS\t1\t{}\n", Code::ALL.len());
            $(
                out.push_str($code);
                out.push('\t');
                out.push_str($zh);
                out.push('\t');
                out.push_str($en);
                out.push('\n');
            )*
            section_lines(&mut out);
            out
        }
    };
}

/// Tables of words that data tables show (documents a province asks for,
/// the sources and doubts of domain suffixes): compiled in with the messages,
/// or loaded with them (`@section` lines after the codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// `provinces::text`: documents, proofs and hints of province requirements.
    ProvinceTexts = 0,
    /// The titles of the suffix table's sources.
    SuffixSources = 1,
    /// The doubts about suffixes.
    SuffixDoubts = 2,
    /// Province short names (`provinces::province_name`).
    Provinces = 3,
    /// Who published the province requirements' sources.
    Providers = 4,
    /// The words of `dataVersion()`.
    DataTexts = 5,
    /// How messages name the suffix table's sources (provider or authority
    /// and date).
    SuffixSourceNames = 6,
    /// How messages cite the province requirements' sources (provider or
    /// authority and date).
    CitedSources = 7,
}

const SECTIONS: usize = 8;

/// Word `index` of `section` in `locale`: from `compiled` (feature
/// `messages`) or from the loaded message table; empty when absent.
pub fn section_text(
    section: Section,
    index: usize,
    compiled: &'static [(&'static str, &'static str)],
    locale: Locale,
) -> &'static str {
    let pick = |&(zh, en): &(&'static str, &'static str)| if locale == Locale::ZhCn { zh } else { en };
    #[cfg(feature = "messages")]
    {
        let _ = section;
        compiled.get(index).map_or("", pick)
    }
    #[cfg(not(feature = "messages"))]
    {
        let _ = compiled;
        LOADED.get().and_then(|t| t.sections[section as usize].get(index)).map_or("", pick)
    }
}

/// The `@section` lines of the message table, from the compiled tables.
#[cfg(feature = "messages")]
fn section_lines(out: &mut String) {
    use crate::tables::{provinces, suffixes};
    let tables: [&[(&str, &str)]; SECTIONS] = [
        provinces::TEXTS,
        suffixes::SOURCE_TITLES,
        suffixes::DOUBTS,
        provinces::PROVINCE_NAMES,
        provinces::PROVIDERS,
        crate::tables::DATA_TEXTS,
        suffixes::SOURCE_NAMES,
        provinces::CITED_SOURCES,
    ];
    for (section, rows) in tables.iter().enumerate() {
        for (zh, en) in rows.iter() {
            out.push('@');
            out.push(char::from(b'0' + section as u8));
            out.push('\t');
            out.push_str(zh);
            out.push('\t');
            out.push_str(en);
            out.push('\n');
        }
    }
}

/// The message table and sections loaded into a build without compiled-in messages.
#[cfg(not(feature = "messages"))]
struct Loaded {
    codes: Vec<(&'static str, &'static str)>,
    sections: [Vec<(&'static str, &'static str)>; SECTIONS],
}

#[cfg(not(feature = "messages"))]
static LOADED: std::sync::OnceLock<Loaded> = std::sync::OnceLock::new();

#[cfg(not(feature = "messages"))]
fn loaded_template(code: Code, locale: Locale) -> &'static str {
    let index = Code::ALL.iter().position(|&c| c == code).unwrap_or(usize::MAX);
    LOADED.get().and_then(|t| t.codes.get(index)).map_or("", |&(zh, en)| if locale == Locale::ZhCn { zh } else { en })
}

/// Loads the message table (`messages.js` / `message_table()`): one line per
/// code in table order. Returns the number of codes; refuses a table of
/// other codes. Loading again is a no-op. Builds with compiled-in messages
/// (feature `messages`) accept and ignore a matching table.
///
/// ```
/// # #[cfg(feature = "messages")] {
/// use beian_check::messages::{load_messages, message_table};
/// assert_eq!(load_messages(message_table()), Ok(beian_check::Code::ALL.len()));
/// assert!(load_messages("BCMS\t1\t1\nX\ta\tb\n".into()).is_err());
/// # }
/// ```
pub fn load_messages(text: String) -> Result<usize, &'static str> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    if header.first() != Some(&"BCMS") || header.get(1) != Some(&"1") {
        return Err("not a beian-check message table");
    }
    let mut count = 0;
    for (code, line) in Code::ALL.iter().zip(lines.by_ref()) {
        if line.split('\t').next() != Some(code.as_str()) {
            return Err("message table of other codes");
        }
        count += 1;
    }
    if count != Code::ALL.len() || !lines.all(|line| line.starts_with('@')) {
        return Err("message table of other codes");
    }
    #[cfg(not(feature = "messages"))]
    if LOADED.get().is_none() {
        let leaked: &'static str = Box::leak(text.into_boxed_str());
        let pair = |line: &'static str| {
            let mut fields = line.split('\t').skip(1);
            (fields.next().unwrap_or(""), fields.next().unwrap_or(""))
        };
        let mut loaded = Loaded { codes: Vec::with_capacity(count), sections: Default::default() };
        for line in leaked.lines().skip(1) {
            match line.strip_prefix('@').and_then(|l| l.bytes().next()) {
                Some(digit) => {
                    if let Some(section) = loaded.sections.get_mut(usize::from(digit.wrapping_sub(b'0'))) {
                        section.push(pair(line));
                    }
                }
                None => loaded.codes.push(pair(line)),
            }
        }
        let _ = LOADED.set(loaded);
    }
    Ok(count)
}

message_table! {
    /// `undefined`, `null`, an empty string or only whitespace.
    InputEmpty = "INPUT_EMPTY", Error,
        zh: "未填写：内容为空。",
        en: "Nothing was entered.";
    /// A number, boolean, object … where text was expected. An 18-digit number
    /// cannot even be represented exactly in JavaScript.
    InputNotString = "INPUT_NOT_STRING", Error,
        zh: "应填写文本，收到的是 {type} 类型的值。",
        en: "Expected text, got a value of type {type}.";
    /// Longer than any value of this field can be; nothing further is checked.
    InputTooLong = "INPUT_TOO_LONG", Error,
        zh: "内容过长：{length} 个字符，最多 {max} 个。",
        en: "Too long: {length} characters, at most {max}.";
    /// U+FFFD, which is also what a lone UTF-16 surrogate becomes at the
    /// JavaScript → Rust boundary: a character damaged by copy and paste.
    InputUnreadableChar = "INPUT_UNREADABLE_CHAR", Error,
        zh: "第 {position} 个字符已损坏、无法识别（常见于复制粘贴），请删除后重新输入。",
        en: "Character {position} is damaged and unreadable (often from copy and paste); delete it and type it again.";
    /// Zero-width and other invisible characters were removed.
    InputInvisibleChar = "INPUT_INVISIBLE_CHAR", Warning,
        zh: "已去除 {count} 个不可见字符（如零宽空格），请提交规范化后的值。",
        en: "Removed {count} invisible character(s) such as zero-width spaces; submit the normalized value.";

    /// A character that cannot stand at this place of an 18-character number
    /// of the GB 11643 layout (resident ID, residence permit, 2023 permanent
    /// residence ID).
    IdInvalidChar = "ID_INVALID_CHAR", Error,
        zh: "第 {position} 位“{char}”无效：此类号码为 17 位数字加 1 位数字或 X（校验位）。",
        en: "Character {position} \"{char}\" is not allowed: this number is 17 digits followed by a digit or X (the check character).";
    /// A character other than a digit in an all-digit number.
    IdNotDigit = "ID_NOT_DIGIT", Error,
        zh: "第 {position} 位“{char}”无效：此号码只含数字。",
        en: "Character {position} \"{char}\" is not allowed: this number has digits only.";
    /// Wrong number of characters.
    IdLength = "ID_LENGTH", Error,
        zh: "号码应为 {expected} 位，当前为 {length} 位。",
        en: "The number should have {expected} characters; it has {length}.";
    /// The birth date in the number is not a calendar date.
    IdBirthDateInvalid = "ID_BIRTH_DATE_INVALID", Error,
        zh: "号码中的出生日期 {digits} 不是有效日期。",
        en: "The birth date in the number, {digits}, is not a real date.";
    /// Born before 1900-01-01.
    IdBirthDateTooEarly = "ID_BIRTH_DATE_TOO_EARLY", Error,
        zh: "出生日期 {birthDate} 早于 1900-01-01，不可能是有效证件。",
        en: "The birth date {birthDate} is before 1900-01-01, which no valid card has.";
    /// Born after the day the filing is judged on.
    IdBirthDateFuture = "ID_BIRTH_DATE_FUTURE", Error,
        zh: "出生日期 {birthDate} 晚于 {asOf}。",
        en: "The birth date {birthDate} is after {asOf}.";
    /// The 18th character is not the ISO 7064 MOD 11-2 check character.
    IdChecksum = "ID_CHECKSUM", Error,
        zh: "校验位不符：按前 17 位计算，第 18 位应为 {expected}，实际为 {actual}。请逐位核对号码，而不只是修改最后一位。",
        en: "Check character mismatch: from the first 17 characters the 18th should be {expected}, not {actual}. Check every digit, not only the last one.";
    /// The first six digits are no division code of any period (GB/T 2260).
    IdDivisionUnknown = "ID_DIVISION_UNKNOWN", Error,
        zh: "前 6 位 {code} 不是任何时期的行政区划代码，请核对号码。",
        en: "The first six digits, {code}, are not an administrative division code of any period; check the number.";
    /// The division code was retired before the holder was born.
    IdDivisionRetiredBeforeBirth = "ID_DIVISION_RETIRED_BEFORE_BIRTH", Warning,
        zh: "地区码 {code}（{name}）已于 {retiredAfter} 年后撤销，早于出生年份 {birthYear}，请核对号码。",
        en: "The division code {code} ({name}) was retired after {retiredAfter}, before the birth year {birthYear}; check the number.";
    /// A residence permit number was entered as a resident ID.
    IdIsResidencePermit = "ID_IS_RESIDENCE_PERMIT", Error,
        zh: "以 {prefix} 开头的是港澳台居民居住证号码，不是居民身份证号码，请选择证件类型“港澳台居民居住证”。",
        en: "A number starting with {prefix} is a residence permit for Hong Kong, Macau or Taiwan residents, not a resident ID; choose that document type.";
    /// A 2023 foreign permanent residence ID was entered as a resident ID.
    IdIsForeignPermanentResident = "ID_IS_FOREIGN_PERMANENT_RESIDENT", Error,
        zh: "以 9 开头的 18 位号码是外国人永久居留身份证号码，不是居民身份证号码，请选择对应的证件类型。",
        en: "An 18-character number starting with 9 is a foreign permanent residence ID, not a resident ID; choose that document type.";
    /// R-ID-2: the first-generation 15-digit ID is obsolete.
    Id15Obsolete = "ID_15_OBSOLETE", Warning,
        zh: "15 位一代身份证已停止使用，备案请填写 18 位号码：{upgraded}。",
        en: "15-digit first-generation IDs are no longer in use; file with the 18-character number: {upgraded}.";
    /// R-ID-3: a residence permit must start with 810000, 820000 or 830000.
    ResidencePermitPrefix = "RESIDENCE_PERMIT_PREFIX", Error,
        zh: "港澳台居民居住证号码以 810000（香港）、820000（澳门）或 830000（台湾）开头，当前为 {prefix}。",
        en: "A Hong Kong, Macau or Taiwan residence permit starts with 810000, 820000 or 830000, not {prefix}.";
    /// R-ID-4: not H/M + 8 digits (or the older H/M + 10 digits).
    HkMacauPermitFormat = "HK_MACAU_PERMIT_FORMAT", Error,
        zh: "港澳居民来往内地通行证号码为 H（香港）或 M（澳门）加 8 位数字，旧版加 10 位数字。",
        en: "A Mainland Travel Permit for Hong Kong and Macau Residents is H (Hong Kong) or M (Macau) followed by 8 digits, or 10 digits on older permits.";
    /// R-ID-4: not 8 digits (or an older 10-digit form).
    TaiwanPermitFormat = "TAIWAN_PERMIT_FORMAT", Error,
        zh: "台湾居民来往大陆通行证号码为 8 位数字，旧版为 10 位数字（可带括号内的字母）。",
        en: "A Mainland Travel Permit for Taiwan Residents is 8 digits, or 10 digits (optionally with a letter in brackets) on older permits.";
    /// R-ID-4: an older permit form, no longer issued.
    PermitOldForm = "PERMIT_OLD_FORM", Warning,
        zh: "这是已停止签发的旧版通行证号码，请确认证件仍在有效期内；如已换发新版，请填写新版号码。",
        en: "This is an older permit number that is no longer issued; make sure the permit has not expired, or enter the number of the current card.";
    /// R-ID-4: letters and digits only, 5–17 characters.
    PassportFormat = "PASSPORT_FORMAT", Error,
        zh: "护照号码应为 5–17 位字母或数字。",
        en: "A passport number has 5 to 17 letters or digits.";
    /// R-ID-5: 3 letters + 12 digits (old) or 9 + 17 characters (2023).
    ForeignPrFormat = "FOREIGN_PR_FORMAT", Error,
        zh: "外国人永久居留身份证号码为 3 位字母加 12 位数字（旧版），或以 9 开头的 18 位号码（2023 年版）。",
        en: "A foreign permanent residence ID is 3 letters and 12 digits (older cards) or 18 characters starting with 9 (2023 cards).";
    /// R-ID-5: digits 2–3 of a 2023 card are the province that issued it.
    ForeignPrProvince = "FOREIGN_PR_PROVINCE", Warning,
        zh: "第 2–3 位 {code} 不是省级行政区代码（受理地），请核对号码。",
        en: "Characters 2–3, {code}, are not a province code (the issuing province); check the number.";

    /// Wrong number of characters in a unit code.
    UnitLength = "UNIT_LENGTH", Error,
        zh: "代码应为 {expected} 位，当前为 {length} 位。",
        en: "The code should have {expected} characters; it has {length}.";
    /// R-ORG-1: a character outside the GB 32100 alphabet.
    UsccInvalidChar = "USCC_INVALID_CHAR", Error,
        zh: "第 {position} 位“{char}”不能出现在统一社会信用代码中：只用数字和大写字母，且不含 I、O、Z、S、V。",
        en: "Character {position} \"{char}\" cannot appear in a unified social credit code: digits and capital letters only, without I, O, Z, S, V.";
    /// R-ORG-1: the 18th character is not the mod-31 check character.
    UsccChecksum = "USCC_CHECKSUM", Error,
        zh: "统一社会信用代码校验位不符：按前 17 位计算，第 18 位应为 {expected}，实际为 {actual}。请逐位核对。",
        en: "Check character mismatch: from the first 17 characters the 18th should be {expected}, not {actual}. Check every character.";
    /// R-ORG-1: character 1 is no registration authority of GB 32100.
    UsccAuthority = "USCC_AUTHORITY", Error,
        zh: "第 1 位登记管理部门代码“{char}”不存在（GB 32100：1–9、A、N、Y）。",
        en: "Character 1, \"{char}\", is not a registration authority of GB 32100 (1–9, A, N, Y).";
    /// R-ORG-1: character 2 is no category of that authority.
    UsccCategory = "USCC_CATEGORY", Error,
        zh: "第 2 位机构类别代码“{char}”不属于登记管理部门“{authority}”（可用：{allowed}）。",
        en: "Character 2, \"{char}\", is not an organisation category of the registration authority {authority} (allowed: {allowed}).";
    /// R-ORG-1: characters 3–8 are no division code (nor 100000, national).
    UsccDivision = "USCC_DIVISION", Error,
        zh: "第 3–8 位 {code} 不是行政区划代码（中央登记为 100000）。",
        en: "Characters 3–8, {code}, are not an administrative division code (100000 for national registrations).";
    /// R-ORG-2: characters 9–17 are no valid organisation code.
    UsccOrgCode = "USCC_ORG_CODE", Error,
        zh: "第 9–17 位组织机构代码 {orgCode} 的校验位应为 {expected}，实际为 {actual}。",
        en: "The organisation code in characters 9–17, {orgCode}, should end in {expected}, not {actual}.";
    /// R-ORG-1: as USCC_AUTHORITY, but the check character is right: the
    /// code was typed as printed, and the filer cannot change a certificate.
    UsccAuthorityUnusual = "USCC_AUTHORITY_UNUSUAL", Warning,
        zh: "第 1 位登记管理部门代码“{char}”不在 GB 32100 的表中（1–9、A、N、Y），但校验位正确。请确认与证书一致；一致则照证书填写。",
        en: "Character 1, \"{char}\", is not a registration authority of GB 32100 (1–9, A, N, Y), but the check character is right. Make sure it matches the certificate; if it does, file it as printed.";
    /// R-ORG-1: as USCC_CATEGORY, with a right check character (real
    /// registers hold categories outside the table, e.g. on representative offices).
    UsccCategoryUnusual = "USCC_CATEGORY_UNUSUAL", Warning,
        zh: "第 2 位机构类别代码“{char}”不在 GB 32100 为登记管理部门“{authority}”列出的类别中（{allowed}），但校验位正确。请确认与证书一致；一致则照证书填写。",
        en: "Character 2, \"{char}\", is not a category GB 32100 lists for the registration authority {authority} ({allowed}), but the check character is right. Make sure it matches the certificate; if it does, file it as printed.";
    /// R-ORG-1: as USCC_DIVISION, with a right check character (codes were
    /// issued under division codes our tables lack).
    UsccDivisionUnusual = "USCC_DIVISION_UNUSUAL", Warning,
        zh: "第 3–8 位 {code} 不在本库的行政区划表中（可能是未收录的历史代码），但校验位正确。请确认与证书一致；一致则照证书填写。",
        en: "Characters 3–8, {code}, are not in our division table (perhaps a historical code it lacks), but the check character is right. Make sure they match the certificate; if they do, file it as printed.";
    /// R-ORG-2: as USCC_ORG_CODE, with a right check character of the whole code.
    UsccOrgCodeUnusual = "USCC_ORG_CODE_UNUSUAL", Warning,
        zh: "第 9–17 位组织机构代码 {orgCode} 的校验位按 GB 11714 应为 {expected}，实际为 {actual}，但整个代码的校验位正确。请确认与证书一致；一致则照证书填写。",
        en: "The organisation code in characters 9–17, {orgCode}, should end in {expected} under GB 11714, not {actual}, but the whole code's check character is right. Make sure it matches the certificate; if it does, file it as printed.";
    /// R-ORG-2: a character outside digits and capital letters.
    OrgCodeInvalidChar = "ORG_CODE_INVALID_CHAR", Error,
        zh: "第 {position} 位“{char}”无效：组织机构代码为 8 位数字或大写字母加 1 位校验码（数字或 X）。",
        en: "Character {position} \"{char}\" is not allowed: an organisation code is 8 digits or capital letters and a check character (digit or X).";
    /// R-ORG-2: the 9th character is not the mod-11 check character.
    OrgCodeChecksum = "ORG_CODE_CHECKSUM", Error,
        zh: "组织机构代码校验码应为 {expected}，实际为 {actual}。",
        en: "The organisation code's check character should be {expected}, not {actual}.";
    /// R-ORG-6: a non-digit in the 15-digit registration number.
    RegNoNotDigit = "REG_NO_NOT_DIGIT", Error,
        zh: "第 {position} 位“{char}”无效：注册号只含数字。",
        en: "Character {position} \"{char}\" is not allowed: a registration number has digits only.";
    /// R-ORG-6: the 15th digit is not the ISO 7064 MOD 11,10 check digit.
    RegNoChecksum = "REG_NO_CHECKSUM", Error,
        zh: "注册号校验位应为 {expected}，实际为 {actual}。",
        en: "The registration number's check digit should be {expected}, not {actual}.";
    /// R-ORG-6: the first six digits are no division code.
    RegNoAuthority = "REG_NO_AUTHORITY", Warning,
        zh: "前 6 位 {code} 不是行政区划代码（登记机关），请核对注册号。",
        en: "The first six digits, {code}, are not an administrative division code (the registering office); check the number.";
    /// R-ORG-5: the 15-digit registration number predates the merged certificate.
    RegNoObsolete = "REG_NO_OBSOLETE", Warning,
        zh: "15 位工商注册号已随“三证合一、五证合一”停止使用，单位须使用统一社会信用代码证件备案。",
        en: "15-digit registration numbers were replaced by the merged certificate; units must file with their unified social credit code.";
    /// R-ORG-5: the organisation code certificate predates the merged certificate.
    OrgCodeObsolete = "ORG_CODE_OBSOLETE", Warning,
        zh: "组织机构代码证已随“三证合一、五证合一”停止使用，单位须使用统一社会信用代码证件备案。",
        en: "Organisation code certificates were replaced by the merged certificate; units must file with their unified social credit code.";
    /// R-ORG-5: the certificate type is not one the nature may use.
    CertificateTypeNotAllowed = "CERTIFICATE_TYPE_NOT_ALLOWED", Error,
        zh: "主办者性质“{nature}”不能使用证件类型“{certificateType}”，可选：{allowed}。",
        en: "A subject of nature \"{nature}\" cannot file with \"{certificateType}\"; allowed: {allowed}.";
    /// R-ORG-5: an implausible number for a certificate without a published structure.
    CertificateNumberFormat = "CERTIFICATE_NUMBER_FORMAT", Error,
        zh: "证件号码应为 4–64 位字母、数字、汉字或括号、连字符。",
        en: "A certificate number has 4 to 64 letters, digits, Chinese characters, brackets or hyphens.";
    /// R-ORG-3: authority and category contradict the nature.
    UsccNatureMismatch = "USCC_NATURE_MISMATCH", Error,
        zh: "统一社会信用代码以 {prefix} 开头（{registration}），与主办者性质“{nature}”不符，应以 {expected} 开头。",
        en: "The code starts with {prefix} ({registration}), which does not fit the subject nature \"{nature}\"; expected {expected}.";
    /// R-ORG-3: an unusual combination that needs a human to judge.
    UsccNatureUnusual = "USCC_NATURE_UNUSUAL", Warning,
        zh: "统一社会信用代码以 {prefix} 开头（{registration}），“{nature}”通常以 {expected} 开头，请确认主办者性质。",
        en: "The code starts with {prefix} ({registration}); a \"{nature}\" usually starts with {expected}. Check the subject nature.";
    /// R-ORG-4: the code's division is outside the filing province.
    UsccOutsideProvince = "USCC_OUTSIDE_PROVINCE", Warning,
        zh: "统一社会信用代码的登记地 {division}（{divisionName}）不在备案省份{provinceName}，省份应与单位证件一致。",
        en: "The code was registered in {division} ({divisionName}), outside the filing province {provinceName}; the province should match the certificate.";

    /// A character no phone number has.
    PhoneInvalidChar = "PHONE_INVALID_CHAR", Error,
        zh: "电话号码中不能有“{char}”：只填写数字，可用空格、短横线或括号分隔。",
        en: "\"{char}\" cannot appear in a phone number: digits only, optionally separated by spaces, dashes or brackets.";
    /// A number of another country.
    PhoneForeign = "PHONE_FOREIGN", Error,
        zh: "只能填写中国大陆的电话号码（+86）。",
        en: "Only mainland China numbers (+86) can be used.";
    /// R-TEL-1: not 11 digits.
    PhoneMobileLength = "PHONE_MOBILE_LENGTH", Error,
        zh: "手机号码应为 11 位，当前为 {length} 位。",
        en: "A mobile number has 11 digits; this one has {length}.";
    /// R-TEL-1: a block not allocated to mobile networks.
    PhoneMobileUnallocated = "PHONE_MOBILE_UNALLOCATED", Error,
        zh: "号段 {prefix} 不是已分配的手机号段，请核对号码。",
        en: "{prefix} is not an allocated mobile number block; check the number.";
    /// R-TEL-1: a landline where a mobile is asked for.
    PhoneNotMobile = "PHONE_NOT_MOBILE", Error,
        zh: "此处须填写 11 位手机号码。",
        en: "This field needs an 11-digit mobile number.";
    /// R-TEL-5: a mobile where a landline is required.
    PhoneNotLandline = "PHONE_NOT_LANDLINE", Error,
        zh: "此处须填写固定电话（区号-号码，如 0755-23456789），不能填写手机号码。",
        en: "This field needs a landline (area code and number, e.g. 0755-23456789), not a mobile number.";
    /// R-TEL-5: a required landline is missing.
    PhoneLandlineRequired = "PHONE_LANDLINE_REQUIRED", Error,
        zh: "须填写固定电话（区号-号码）：单位备案及天津个人备案必须提供办公电话。",
        en: "A landline is required (area code and number) for unit filings and Tianjin personal filings.";
    /// R-TEL-2: a local number without its area code.
    PhoneAreaCodeMissing = "PHONE_AREA_CODE_MISSING", Error,
        zh: "固定电话缺少区号，请按“区号-号码”填写，如 0755-23456789。",
        en: "The landline has no area code; write it as area code and number, e.g. 0755-23456789.";
    /// R-TEL-2: digits that start with no mainland area code.
    PhoneAreaCodeUnknown = "PHONE_AREA_CODE_UNKNOWN", Error,
        zh: "{digits} 不以有效的长途区号开头。",
        en: "{digits} does not start with a valid area code.";
    /// R-TEL-2: an area code withdrawn when local networks merged.
    PhoneAreaCodeRetired = "PHONE_AREA_CODE_RETIRED", Error,
        zh: "区号 {areaCode} 已于 {year} 年停用，现用区号为 {current}；当时本地号码多在前面加了一位，请填写现在的号码，如 {current}-…。",
        en: "Area code {areaCode} was withdrawn in {year}; the code now in use is {current}, and local numbers then mostly gained a leading digit: give the number as it is now, {current}-….";
    /// R-TEL-2: wrong local-number length for the area code.
    PhoneLocalLength = "PHONE_LOCAL_LENGTH", Error,
        zh: "区号 {areaCode} 后的号码应为 {expected} 位，当前为 {length} 位。",
        en: "After area code {areaCode} the number has {expected} digits; this one has {length}.";
    /// R-TEL-2: a local number starting with 0 or 1.
    PhoneLocalStart = "PHONE_LOCAL_START", Error,
        zh: "区号后的号码不能以 0 或 1 开头。",
        en: "The number after the area code cannot start with 0 or 1.";
    /// R-TEL-2: an extension that is not 1–6 digits.
    PhoneExtension = "PHONE_EXTENSION", Error,
        zh: "分机号“{extension}”应为 1–6 位数字。",
        en: "The extension \"{extension}\" should be 1 to 6 digits.";
    /// R-TEL-3: the area code serves other cities than the mailing address's.
    PhoneAreaCodeMismatch = "PHONE_AREA_CODE_MISMATCH", Error,
        zh: "区号 {areaCode} 属于{areaPlaces}，与通信地址所在的{city}（{expected}）不符。",
        en: "Area code {areaCode} belongs to {areaPlaces}, not to {city} of the mailing address ({expected}).";
    /// R-TEL-3: the area code serves another city of the same province (an
    /// error, as one of another province: the providers' rule makes no
    /// difference between them).
    PhoneAreaCodeOtherCity = "PHONE_AREA_CODE_OTHER_CITY", Error,
        zh: "区号 {areaCode} 属于{areaPlaces}，不是通信地址所在的{city}的区号（{expected}）：腾讯云备案文档（2019、2020）要求座机号码的区号与单位的通信地址相符，同省其他城市的区号也不行。",
        en: "Area code {areaCode} belongs to {areaPlaces}, not to {city} of the mailing address ({expected}): Tencent Cloud's filing documentation (2019, 2020) requires the landline's area code to match the mailing address, and a code of another city of the same province does not.";
    /// R-TEL-4: the mobile's home province differs from the filing province.
    PhoneMobileOtherProvince = "PHONE_MOBILE_OTHER_PROVINCE", Warning,
        zh: "手机号码归属地为{home}，不在备案省份{province}，建议使用本地号码。",
        en: "The mobile number is registered in {home}, outside the filing province {province}; a local number is advised.";
    /// R-TEL-4: a province that requires a local mobile number (the province
    /// table; the severity is the requirement's).
    PhoneMobileOtherProvinceRequired = "PHONE_MOBILE_OTHER_PROVINCE_REQUIRED", Error,
        zh: "{basis}在{province}备案须使用本省归属地的手机号码，此号码归属地为{home}。",
        en: "{basis}filings in {province} need a mobile number registered in the province; this one is registered in {home}.";
    /// R-CON-5: not exactly one @.
    EmailAt = "EMAIL_AT", Error,
        zh: "电子邮箱应包含且只包含一个 @。",
        en: "An e-mail address has exactly one @.";
    /// R-CON-5: the part before @ is not valid.
    EmailLocal = "EMAIL_LOCAL", Error,
        zh: "@ 前的用户名“{local}”无效：1–64 个字母、数字或 . _ - +，不能以点开头或结尾。",
        en: "The user name \"{local}\" before @ is invalid: 1 to 64 letters, digits or . _ - +, not starting or ending with a dot.";
    /// R-CON-5: the domain is not a dotted domain name.
    EmailDomain = "EMAIL_DOMAIN", Error,
        zh: "@ 后的域名“{domain}”无效：应为带点的域名，如 example.com。",
        en: "The domain \"{domain}\" after @ is invalid: it should be a dotted domain such as example.com.";
    /// R-CON-5: longer than 254 characters.
    EmailLength = "EMAIL_LENGTH", Error,
        zh: "电子邮箱最长 254 个字符，当前为 {length} 个。",
        en: "An e-mail address has at most 254 characters; this one has {length}.";
    /// R-CON-1/2/3: a required contact is empty.
    ContactRequired = "CONTACT_REQUIRED", Error,
        zh: "此联系方式必填：联系方式 1 和应急联系电话必须填写。",
        en: "This contact is required: contact 1 and the emergency contact must be filled in.";
    /// R-CON-1/2/3 with R-CON-4: the same number as another contact.
    ContactDuplicate = "CONTACT_DUPLICATE", Error,
        zh: "与{other}相同，需提供不同的联系方式。",
        en: "The same number as {other}; the contacts must be different.";
    /// R-CON-3: the two owners' contact 1 must differ.
    ContactOwnersSameMobile = "CONTACT_OWNERS_SAME_MOBILE", Error,
        zh: "主体负责人与互联网信息服务负责人（网站或 APP 的负责人）不是同一人时，二者的联系方式 1 不能相同（与{other}相同）。",
        en: "When the subject owner and the service owner (of the website or app) are different people, their contact 1 must differ (same as {other}).";
    /// R-CON-3: another owner's e-mail is the subject owner's (Huawei Cloud).
    ContactOwnersSameEmail = "CONTACT_OWNERS_SAME_EMAIL", Warning,
        zh: "与主体负责人的邮箱相同：负责人不同时邮箱也应不同（华为云驳回原因，2025）。",
        en: "Same e-mail as the subject owner: different owners should have different ones (Huawei Cloud's rejection reasons, 2025).";
    /// R-CON-1/2/3: fewer distinct numbers than the case needs.
    ContactsTooFew = "CONTACTS_TOO_FEW", Error,
        zh: "需要 {needed} 个不同的联系方式，当前只有 {found} 个。",
        en: "{needed} different contacts are needed; there are {found}.";
    /// R-CON-5: personal contact 1 differs from the account's phone.
    ContactNotAccountPhone = "CONTACT_NOT_ACCOUNT_PHONE", Warning,
        zh: "个人备案的联系方式 1 建议填写账号绑定的手机号 {accountPhone}。",
        en: "For a personal filing, contact 1 should be the account's phone {accountPhone}.";

    /// R-IP-1: not a dotted quad.
    Ipv4Format = "IPV4_FORMAT", Error,
        zh: "“{address}”不是 IPv4 地址：应为用点分隔的 4 组数字，如 20.10.0.1。",
        en: "\"{address}\" is not an IPv4 address: four numbers separated by dots, e.g. 20.10.0.1.";
    /// R-IP-1: an octet with a leading zero (ambiguous: octal in some parsers).
    Ipv4LeadingZero = "IPV4_LEADING_ZERO", Error,
        zh: "“{address}”中的数字不能以 0 开头（如 010 应写作 10）。",
        en: "The numbers in \"{address}\" cannot have leading zeros (write 10, not 010).";
    /// R-IP-1: an octet above 255.
    Ipv4OctetRange = "IPV4_OCTET_RANGE", Error,
        zh: "“{address}”中的每组数字应在 0–255 之间。",
        en: "Each number in \"{address}\" is between 0 and 255.";
    /// R-IP-1: RFC 1918 private range.
    Ipv4Private = "IPV4_PRIVATE", Error,
        zh: "{address} 是内网地址（{range}），请填写服务器的公网 IP。",
        en: "{address} is a private address ({range}); enter the server's public IP.";
    /// R-IP-1: carrier-grade NAT shared range.
    Ipv4Shared = "IPV4_SHARED", Error,
        zh: "{address} 是运营商共享地址（{range}），请填写服务器的公网 IP。",
        en: "{address} is a carrier-grade NAT address ({range}); enter the server's public IP.";
    /// R-IP-1: loopback.
    Ipv4Loopback = "IPV4_LOOPBACK", Error,
        zh: "{address} 是本机回环地址（{range}），请填写服务器的公网 IP。",
        en: "{address} is a loopback address ({range}); enter the server's public IP.";
    /// R-IP-1: link-local.
    Ipv4LinkLocal = "IPV4_LINK_LOCAL", Error,
        zh: "{address} 是链路本地地址（{range}），请填写服务器的公网 IP。",
        en: "{address} is a link-local address ({range}); enter the server's public IP.";
    /// R-IP-1: multicast.
    Ipv4Multicast = "IPV4_MULTICAST", Error,
        zh: "{address} 是组播地址（{range}），不能作为服务器地址。",
        en: "{address} is a multicast address ({range}) and cannot be a server address.";
    /// R-IP-1: documentation ranges.
    Ipv4Documentation = "IPV4_DOCUMENTATION", Error,
        zh: "{address} 是文档示例专用地址（{range}），请填写真实的公网 IP。",
        en: "{address} is reserved for documentation ({range}); enter the real public IP.";
    /// R-IP-1: other reserved ranges.
    Ipv4Reserved = "IPV4_RESERVED", Error,
        zh: "{address} 属于保留地址段（{range}），请填写服务器的公网 IP。",
        en: "{address} is in a reserved range ({range}); enter the server's public IP.";

    /// R-APP-2 … R-APP-5: a character the platform's identifiers do not have.
    AppIdChar = "APP_ID_CHAR", Error,
        zh: "{name}中不能有“{char}”：只能使用{allowed}。",
        en: "{name} cannot contain \"{char}\": only {allowed}.";
    /// R-APP-2 … R-APP-5: an empty segment (two dots, a dot first or last).
    AppIdSegmentEmpty = "APP_ID_SEGMENT_EMPTY", Error,
        zh: "{name}中不能有连续的“.”，也不能以“.”开头或结尾。",
        en: "{name} cannot have two dots in a row, or a dot first or last.";
    /// R-APP-2 … R-APP-5: fewer segments than the platform requires.
    AppIdSegments = "APP_ID_SEGMENTS", Error,
        zh: "{name}至少要有 {min} 段，用“.”分隔，如 {example}。",
        en: "{name} needs at least {min} parts separated by dots, e.g. {example}.";
    /// R-APP-2, R-APP-4, R-APP-5: a segment that starts or ends with a character it may not.
    AppIdSegmentEdge = "APP_ID_SEGMENT_EDGE", Error,
        zh: "{name}中的“{segment}”{requirement}。",
        en: "In {name}, \"{segment}\" {requirement}.";
    /// R-APP-4, R-APP-5: shorter or longer than the platform allows.
    AppIdLength = "APP_ID_LENGTH", Error,
        zh: "{name}应为 {min}–{max} 个字节，当前为 {length} 个。",
        en: "{name} has {min}–{max} bytes; this one has {length}.";
    /// R-APP-6: a mini-program AppID unlike those seen (no platform publishes a format).
    AppIdUnusual = "APP_ID_UNUSUAL", Warning,
        zh: "{name}通常形如 {example}，请核对（此格式来自官方示例和公开代码中的惯例，平台没有公布规范）。",
        en: "{name} usually looks like {example}; please check it (the shape comes from official examples and public code; the platform publishes no format).";
    /// R-APP-7: a fingerprint with a character that is no hex digit.
    AppFingerprintChar = "APP_FINGERPRINT_CHAR", Error,
        zh: "签名指纹只能是十六进制字符（0–9、A–F，可带冒号或空格），不能有“{char}”。",
        en: "A signing fingerprint has only hex digits (0–9, A–F, colons or spaces allowed), not \"{char}\".";
    /// R-APP-7: the fingerprint of another algorithm than the platform's.
    AppFingerprintAlgorithm = "APP_FINGERPRINT_ALGORITHM", Error,
        zh: "{platform} 应填写签名证书的 {expected} 指纹（{expectedLength} 位十六进制），这是 {found} 值（{length} 位）。",
        en: "{platform} asks for the signing certificate's {expected} fingerprint ({expectedLength} hex digits); this is the {found} ({length} digits).";
    /// R-APP-7: a length that is no fingerprint.
    AppFingerprintLength = "APP_FINGERPRINT_LENGTH", Error,
        zh: "{platform} 的签名指纹应为 {expectedLength} 位十六进制（{expected}），当前为 {length} 位。",
        en: "The {platform} signing fingerprint has {expectedLength} hex digits ({expected}); this one has {length}.";
    /// R-APP-8: characters no printed form of a key has.
    AppPublicKeyFormat = "APP_PUBLIC_KEY_FORMAT", Error,
        zh: "公钥应为十进制数字（JadxGUI 显示的模数）、十六进制或 Base64（PEM 正文），不能有“{char}”。",
        en: "A public key is decimal digits (the modulus JadxGUI shows), hex or base64 (a PEM body), without \"{char}\".";
    /// R-APP-8: a length no usual RSA key or modulus has.
    AppPublicKeyUnusual = "APP_PUBLIC_KEY_UNUSUAL", Warning,
        zh: "公钥长度（{length} 个{encoding}字符）不像常见的 RSA 公钥或模数（1024–4096 位），请确认复制完整（官方未公布公钥格式）。",
        en: "The public key's length ({length} {encoding} characters) matches no usual RSA key or modulus (1024–4096 bits); check that it was copied whole (no official format is published).";

    /// R-ID-7: `idValidTo` neither a date nor 长期.
    IdValidityFormat = "ID_VALIDITY_FORMAT", Error,
        zh: "证件有效期“{value}”无法识别：填写截止日期（如 20310101 或 2031-01-01），长期有效填“长期”（微信 applyIcpFiling 接口文档的格式，2026-11 查阅）。",
        en: "The document's validity \"{value}\" is not readable: give the end date (20310101 or 2031-01-01), or 长期 for a document without one (the format of WeChat's applyIcpFiling API documentation, read 2026-11).";
    /// R-ID-7: the document expired.
    IdExpired = "ID_EXPIRED", Error,
        zh: "证件已于 {validTo} 过期，过期证件不能用于备案，请换用有效证件。",
        en: "The document expired on {validTo}; an expired document cannot be used for filing.";
    /// R-ID-7: the document expires within three months.
    IdExpiresSoon = "ID_EXPIRES_SOON", Warning,
        zh: "证件将于 {validTo} 到期，不足 3 个月：据华为云知识库（2026-07-02），有效期不足 3 个月会被退回（另有网上转载的微信教程称 1 个月，2026 年查阅），建议换用新证件后备案。",
        en: "The document expires on {validTo}, within 3 months: Huawei Cloud's knowledge base (2026-07-02) says filings are returned when less than 3 months remain (a reposted WeChat tutorial, read in 2026, says 1 month); file with a renewed document.";
    /// R-APP-1: two entries of `apps` with one name: one app on several platforms.
    AppNameRepeated = "APP_NAME_REPEATED", Error,
        zh: "与{other}同名：同一名称在多个平台上是同一个 APP 的一次备案，请把各平台填在同一项的 platforms 中。",
        en: "Same name as {other}: one name on several platforms is one app and one filing; list the platforms under one entry.";
    /// R-APP-1: a second app name: a second filing and number.
    AppNameSeparateFiling = "APP_NAME_SEPARATE_FILING", Warning,
        zh: "“{name}”与{other}不同：不同名称分别备案、各得一个备案号（据阿里云 APP 备案常见问题，2026-11 查阅；华为云知识库，2026-07-02）。",
        en: "\"{name}\" differs from {other}: different names are separate filings with their own numbers (Aliyun's APP filing FAQ, read 2026-11; Huawei Cloud's knowledge base, 2026-07-02).";
    /// R-APP-13: an app name that looks like a domain.
    AppNameDomain = "APP_NAME_DOMAIN", Warning,
        zh: "名称“{name}”像一个域名：网站名称不能直接用域名，APP 名称很可能同样不行（腾讯云网站命名规则，2018；APP 未见明文）。",
        en: "The name \"{name}\" looks like a domain: a website may not be named by its domain, and an app likely not either (Tencent Cloud's website naming rules, 2018; nothing explicit for apps).";
    /// R-APP-13: an emoji or a symbol such as * & # @ in an app name.
    AppNameSymbol = "APP_NAME_SYMBOL", Warning,
        zh: "名称中有“{char}”：据华为云知识库（2026-07-02），APP 名称不能含表情符号或特殊符号。",
        en: "The name contains \"{char}\": Huawei Cloud's knowledge base (2026-07-02) says app names may not hold emoji or special symbols.";
    /// FORM: an app's kind is none of app, mini_program, quick_app.
    AppKind = "APP_KIND", Error,
        zh: "类型“{kind}”无效，应为 app（APP）、mini_program（小程序）或 quick_app（快应用）。",
        en: "Kind \"{kind}\" is invalid: use app, mini_program or quick_app.";
    /// FORM: a platform that does not belong to the app's kind.
    AppPlatformKind = "APP_PLATFORM_KIND", Error,
        zh: "平台“{platform}”不属于这一类型：APP 用 android、ios 或 harmony，小程序用 wechat、douyin 或 alipay，快应用用 quick_app。",
        en: "Platform \"{platform}\" does not belong to this kind: an app takes android, ios or harmony, a mini-program wechat, douyin or alipay, a quick app quick_app.";
    /// R-APP-9: a mini-program remark outside 20–200 characters.
    AppRemarkLength = "APP_REMARK_LENGTH", Error,
        zh: "小程序备注需 20–200 字，如实说明实际业务和主要服务（现为 {length} 字；微信 applyIcpFiling 接口文档，2026-11 查阅）。",
        en: "A mini-program's remark takes 20–200 characters describing its actual business (now {length}; WeChat's applyIcpFiling API documentation, read 2026-11).";
    /// R-APP-9: more than five service content types for a mini-program.
    AppServiceTypes = "APP_SERVICE_TYPES", Error,
        zh: "小程序的服务内容类型最多 5 个二级类目（现为 {count} 个；微信 applyIcpFiling 接口文档，2026-11 查阅）。",
        en: "A mini-program takes at most 5 second-level service content types (now {count}; WeChat's applyIcpFiling API documentation, read 2026-11).";
    /// R-APP-9: a mini-program without any pre-approval entry.
    AppPreApprovalMissing = "APP_PRE_APPROVAL_MISSING", Error,
        zh: "未选前置审批项：不涉及时也需选择“以上都不涉及”（微信 applyIcpFiling 接口文档，2026-11 查阅）。",
        en: "No pre-approval entry: when none applies, choose \"以上都不涉及\" (none of the above; WeChat's applyIcpFiling API documentation, read 2026-11).";
    /// R-APP-9: a pre-approval type listed twice.
    AppPreApprovalRepeated = "APP_PRE_APPROVAL_REPEATED", Error,
        zh: "前置审批类型“{type}”重复：每种只能填一次（微信 applyIcpFiling 接口文档，2026-11 查阅）。",
        en: "Pre-approval type \"{type}\" is repeated; each type is listed once (WeChat's applyIcpFiling API documentation, read 2026-11).";
    /// R-APP-10: more mini-programs than the subject may file.
    AppQuota = "APP_QUOTA", Error,
        zh: "本主体最多备案 {max} 个小程序（个人和个体工商户 5 个，企业和其他组织 50 个）：已备案 {existing} 个，本次 {count} 个（微信小程序备案常见问题，2026-11 查阅）。",
        en: "This subject may file at most {max} mini-programs (a person or an individual business 5, an organisation 50): {existing} filed, {count} in this filing (WeChat's mini-program filing FAQ, read 2026-11).";
    /// R-APP-11: an APP domain deeper than the fourth level.
    AppDomainLevel = "APP_DOMAIN_LEVEL", Warning,
        zh: "APP 域名按实际使用的层级填写，来源所见最深为四级域名；{domain} 有 {levels} 级，请核对（据阿里云 APP 备案常见问题，2026-11 查阅；华为云知识库，2026-07-02）。",
        en: "An app's domains are filed at the level it uses, up to the fourth level in the sources; {domain} has {levels} levels: please check (Aliyun's APP filing FAQ, read 2026-11; Huawei Cloud's knowledge base, 2026-07-02).";
    /// R-APP-5: a quick app's package equals a native app's package.
    AppQuickAppPackage = "APP_QUICK_APP_PACKAGE", Error,
        zh: "快应用包名不能与原生 APP 的包名相同：{package} 已是 Android 包名（{otherPath}；快应用联盟的 manifest 文档，2026-11 查阅）。",
        en: "A quick app's package must differ from the native app's package: {package} is the Android package at {otherPath} (the Quick App Alliance's manifest documentation, read 2026-11).";
    /// R-APP-12: the commitment letter of an APP, mini-program or quick-app filing.
    MaterialAppCommitment = "MATERIAL_APP_COMMITMENT", Material,
        zh: "APP、小程序、快应用备案需提供承诺书和主体、负责人的有效证件（工信部《互联网信息服务备案登记表》附件，2023-08）。",
        en: "An APP, mini-program or quick-app filing needs the commitment letter and the valid documents of the subject and the owners (MIIT's registration form, attachments, 2023-08).";
    /// R-APP-12: a WeChat mini-program owner who is not the legal representative.
    MaterialAppOwnerAuthorisation = "MATERIAL_APP_OWNER_AUTHORISATION", Material,
        zh: "小程序负责人不是法定代表人：需提供《小程序负责人授权书》（微信 applyIcpFiling 接口文档，2026-11 查阅）。",
        en: "The mini-program owner is not the legal representative: a mini-program owner authorisation letter is needed (WeChat's applyIcpFiling API documentation, read 2026-11).";
    /// R-APP-12 / R-PRE-1: an app's pre-approval document.
    MaterialAppPreApproval = "MATERIAL_APP_PRE_APPROVAL", Material,
        zh: "{name}涉及“{type}”，需提供相应的前置审批文件。",
        en: "{name} involves \"{type}\": the pre-approval document is needed.";

    /// R-NUM-1/2: not the shape of a filing number.
    FilingNumberFormat = "FILING_NUMBER_FORMAT", Error,
        zh: "备案号格式不符：应为“粤ICP备12345678号”“粤ICP备12345678号-1”“京ICP证030367号”或“京公网安备11010802020088号”。",
        en: "Not a filing number: expected e.g. 粤ICP备12345678号, 粤ICP备12345678号-1, 京ICP证030367号 or 京公网安备11010802020088号.";
    /// R-NUM-1: an abbreviation that is no mainland province's.
    FilingNumberProvince = "FILING_NUMBER_PROVINCE", Error,
        zh: "“{char}”不是内地 31 个省级行政区的简称。",
        en: "\"{char}\" is not the abbreviation of one of the 31 mainland provinces.";
    /// R-NUM-1: a province abbreviation that filing numbers do not use.
    FilingNumberProvinceAlias = "FILING_NUMBER_PROVINCE_ALIAS", Error,
        zh: "备案号使用“{expected}”而不是“{char}”作为省份简称。",
        en: "Filing numbers use \"{expected}\", not \"{char}\", for this province.";
    /// R-NUM-1/2: a filing number written otherwise than its canonical form
    /// (spaces, a label in front, no 号, the index before 号).
    FilingNumberCanonical = "FILING_NUMBER_CANONICAL", Warning,
        zh: "备案号的规范写法是 {normalized}。",
        en: "The filing number is written {normalized}.";
    /// R-NUM-2: a public-security number of another length than 14 digits.
    FilingNumberPoliceLength = "FILING_NUMBER_POLICE_LENGTH", Warning,
        zh: "公安备案号现为 14 位数字（前 6 位是区划代码），此号码有 {length} 位，可能是较早的编号：请与公安备案信息核对。",
        en: "Public-security filing numbers now have 14 digits (the first six a division code); this one has {length}, perhaps an older number: check it against the public-security filing.";
    /// R-NUM-2: the digits do not start with a division code of that
    /// province (a warning when they name the province but a code our
    /// table lacks).
    FilingNumberPoliceDivision = "FILING_NUMBER_POLICE_DIVISION", Error,
        zh: "公安备案号前 6 位 {code} 不是{province}的行政区划代码。",
        en: "The first six digits, {code}, are not a division code of {province}.";

    /// R-DOM-2: a URL where a domain belongs.
    DomainIsUrl = "DOMAIN_IS_URL", Error,
        zh: "请只填写域名（如 example.com），不要填写 http:// 或路径。",
        en: "Enter the domain only (e.g. example.com), without http:// or a path.";
    /// R-DOM-2: two dots in a row, or a leading dot.
    DomainLabelEmpty = "DOMAIN_LABEL_EMPTY", Error,
        zh: "域名中有空的部分（连续的点或以点开头）。",
        en: "The domain has an empty part (two dots in a row, or a leading dot).";
    /// R-DOM-2: a character domains do not allow.
    DomainInvalidChar = "DOMAIN_INVALID_CHAR", Error,
        zh: "域名中不能有“{char}”：只能使用字母、数字、连字符或汉字。",
        en: "\"{char}\" cannot appear in a domain: letters, digits, hyphens or Chinese characters only.";
    /// R-DOM-2: a label starting or ending with a hyphen.
    DomainLabelHyphen = "DOMAIN_LABEL_HYPHEN", Error,
        zh: "域名的“{label}”部分不能以连字符开头或结尾。",
        en: "The part \"{label}\" of the domain cannot start or end with a hyphen.";
    /// R-DOM-2: an xn-- label that is not valid punycode.
    DomainPunycode = "DOMAIN_PUNYCODE", Error,
        zh: "“{label}”不是有效的国际化域名编码（xn--）。",
        en: "\"{label}\" is not a valid internationalised label (xn--).";
    /// R-DOM-2: a label longer than 63 octets.
    DomainLabelLength = "DOMAIN_LABEL_LENGTH", Error,
        zh: "域名的“{label}”部分过长（编码后 {length} 个字符，最多 63 个）。",
        en: "The part \"{label}\" of the domain is too long ({length} characters encoded, at most 63).";
    /// R-DOM-2: longer than 253 octets.
    DomainLength = "DOMAIN_LENGTH", Error,
        zh: "域名过长（编码后 {length} 个字符，最多 253 个）。",
        en: "The domain is too long ({length} characters encoded, at most 253).";
    /// R-DOM-1: no such top-level domain.
    DomainTldUnknown = "DOMAIN_TLD_UNKNOWN", Error,
        zh: "“.{tld}”不是存在的顶级域名，请核对拼写。",
        en: "\".{tld}\" is not an existing top-level domain; check the spelling.";
    /// R-DOM-2: only a public suffix, no name.
    DomainIsSuffix = "DOMAIN_IS_SUFFIX", Error,
        zh: "这是公共后缀，不是可备案的域名，请在前面加上注册的名称（如 example.com.cn）。",
        en: "This is a public suffix, not a domain you can file; add the registered name (e.g. example.com.cn).";
    /// R-DOM-2: a subdomain instead of the registrable domain.
    DomainSubdomain = "DOMAIN_SUBDOMAIN", Error,
        zh: "备案填写主域名，不填子域名：应填写 {registrable}。",
        en: "File the registered domain, not a subdomain: enter {registrable}.";
    /// R-DOM-1: a suffix the sources say MIIT has not approved.
    DomainSuffixNotApproved = "DOMAIN_SUFFIX_NOT_APPROVED", Error,
        zh: "{suffix} 域名不能备案：截至 {listDate}，{suffix} 不在工信部批准的域名后缀名单（{listSource}）中；另据{cited}，它未获批准。",
        en: "{suffix} domains cannot be filed: as of {listDate}, {suffix} is not on the list of suffixes approved by MIIT ({listSource}), and according to {cited} it is not approved.";
    /// R-DOM-1: a suffix the caller's `denySuffixes` refuses.
    DomainSuffixDenied = "DOMAIN_SUFFIX_DENIED", Error,
        zh: "本平台不受理 {suffix} 域名的备案。",
        en: "{suffix} domains are not accepted for filing here.";
    /// R-DOM-1: approved according to the main source, but a source dissents.
    DomainSuffixDisputed = "DOMAIN_SUFFIX_DISPUTED", Warning,
        zh: "据{cited}，{suffix} 可以备案；但{doubt}。提交前请向接入商确认。",
        en: "According to {cited}, {suffix} can be filed; but {doubt}. Confirm with your provider before submitting.";
    /// R-DOM-1: no usable evidence whether MIIT approved the suffix.
    DomainSuffixUnclear = "DOMAIN_SUFFIX_UNCLEAR", Warning,
        zh: "无法确认 {suffix} 是否已获工信部批准：{doubt}；依据：{cited}。提交前请向接入商核实。",
        en: "Whether MIIT approved {suffix} is unclear: {doubt}; see {cited}. Check with your provider before submitting.";
    /// R-DOM-1: eligible in the provider's 2018 documentation, not approved
    /// or unclear in newer sources (`.org`, `.gov`, `.tel`).
    DomainSuffixSourcesDisagree = "DOMAIN_SUFFIX_SOURCES_DISAGREE", Warning,
        zh: "来源不一致：腾讯云 2018 年的文档《网站备案 备案类型》把 {suffix} 列为可备案的后缀，而较新的{cited}认为它不在工信部批准的名单中。管局可能驳回，提交前请向接入商确认。",
        en: "The sources disagree: Tencent Cloud's 2018 documentation (网站备案 备案类型) lists {suffix} as fileable, while a newer source, {cited}, says it is not on MIIT's approved list. The filing may be rejected; confirm with your provider before submitting.";
    /// R-DOM-1: a real suffix that the bundled list does not cover.
    DomainSuffixUnverified = "DOMAIN_SUFFIX_UNVERIFIED", Warning,
        zh: "无法确认 {suffix} 是否为工信部批准的顶级域：它不在所附的名单中（截至 {listDate}，{listSource}），也没有来源说它未获批准。提交前请向接入商核实。",
        en: "Whether {suffix} is approved by MIIT cannot be confirmed: it is not in the bundled list (as of {listDate}, {listSource}) and no other source says it is not approved. Check with your provider before submitting.";
    /// R-DOM-7: a government subject on another suffix than `.gov.cn` / `.政务`.
    DomainGovernmentSuffixRequired = "DOMAIN_GOVERNMENT_SUFFIX_REQUIRED", Error,
        zh: "党政机关网站应使用 .gov.cn 或 .政务 域名（《互联网政务应用安全管理规定》，2024；国办函〔2018〕55号），不能使用 {suffix}。",
        en: "Websites of Party and government organs must use .gov.cn or .政务 domains (互联网政务应用安全管理规定, 2024; 国办函〔2018〕55号), not {suffix}.";
    /// R-DOM-7: `.gov.cn` / `.政务` for a subject that is not a Party or
    /// government organ.
    DomainGovernmentSuffixReserved = "DOMAIN_GOVERNMENT_SUFFIX_RESERVED", Error,
        zh: "{suffix} 域名专供党政机关使用（国办函〔2018〕55号；工信部公告 2018 年第 7 号），主办者性质为“{nature}”的主体不能使用。",
        en: "{suffix} domains are reserved to Party and government organs (国办函〔2018〕55号; MIIT announcement 2018 No. 7); a subject of nature \"{nature}\" cannot use them.";
    /// R-DOM-7: `.gov.cn` / `.政务` for a public institution, social group or
    /// mass organisation: allowed only with administrative functions.
    DomainGovernmentSuffixAdministrative = "DOMAIN_GOVERNMENT_SUFFIX_ADMINISTRATIVE", Warning,
        zh: "{suffix} 域名专供党政机关及承担行政职能的单位使用；不承担行政职能的{nature}原则上不得使用（国办函〔2018〕55号）。请确认本单位承担行政职能。",
        en: "{suffix} domains are reserved to Party and government organs and bodies with administrative functions; a {nature} without them should not use one (国办函〔2018〕55号). Make sure yours has such functions.";
    /// R-DOM-7: a public institution on another suffix than `.cn` / `.公益`.
    DomainPublicInstitutionSuffix = "DOMAIN_PUBLIC_INSTITUTION_SUFFIX", Error,
        zh: "事业单位网站应使用 .cn 或 .公益 域名（《互联网政务应用安全管理规定》，2024），不能使用 {suffix}。",
        en: "Websites of public institutions (事业单位) must use .cn or .公益 domains (互联网政务应用安全管理规定, 2024), not {suffix}.";
    /// R-DOM-7: `.公益` for a subject that is not a non-profit body.
    DomainNonProfitSuffix = "DOMAIN_NON_PROFIT_SUFFIX", Warning,
        zh: "{suffix} 域名面向非营利性机构（工信部公告 2018 年第 7 号《中国互联网域名体系》），主办者性质为“{nature}”的主体使用可能被驳回。",
        en: "{suffix} domains are meant for non-profit bodies (MIIT announcement 2018 No. 7, 中国互联网域名体系); a subject of nature \"{nature}\" may be rejected.";
    /// R-DOM-3: Beijing and a country-code domain.
    DomainBeijingCountryCode = "DOMAIN_BEIJING_COUNTRY_CODE", Error,
        zh: "{basis}{province}备案不能使用国别域名（{suffix}）。",
        en: "{basis}filings in {province} cannot use country-code domains ({suffix}).";
    /// R-DOM-3: Beijing and a registrar abroad.
    DomainRegistrarAbroad = "DOMAIN_REGISTRAR_ABROAD", Error,
        zh: "{basis}{province}不能备案在境外注册商注册的域名，请转入境内注册商。",
        en: "{basis}{province} does not accept domains registered with a registrar abroad; transfer the domain to a mainland registrar.";
    /// R-DOM-3: Beijing and an unknown registrar.
    DomainRegistrarUnknown = "DOMAIN_REGISTRAR_UNKNOWN", Warning,
        zh: "{basis}{province}须使用境内注册商注册的域名，请确认域名注册商在境内。",
        en: "{basis}{province} needs domains registered with a mainland registrar; make sure yours is.";
    /// R-DOM-6: registrant not given.
    DomainRegistrantUnknown = "DOMAIN_REGISTRANT_UNKNOWN", Warning,
        zh: "请确认域名已实名认证，且域名所有者与备案主体一致。",
        en: "Make sure the domain is real-name verified and its registrant is the filing subject.";
    /// R-DOM-6: registrant differs from the subject.
    DomainRegistrantMismatch = "DOMAIN_REGISTRANT_MISMATCH", Warning,
        zh: "域名所有者“{registrant}”与备案主体“{subject}”不一致，管局可能驳回；如已变更请更新域名实名信息。",
        en: "The domain's registrant \"{registrant}\" differs from the subject \"{subject}\"; the filing may be rejected.";
    /// R-URL-3: spaces.
    UrlSpace = "URL_SPACE", Error,
        zh: "网址中不能有空格。",
        en: "A URL cannot contain spaces.";
    /// R-URL-3: a fragment.
    UrlFragment = "URL_FRAGMENT", Error,
        zh: "首页网址不能带“#”及其后的片段。",
        en: "A homepage URL cannot have a \"#\" fragment.";
    /// R-URL-3: not http or https.
    UrlScheme = "URL_SCHEME", Error,
        zh: "网址只能以 http:// 或 https:// 开头，不能是 {scheme}://。",
        en: "A URL starts with http:// or https://, not {scheme}://.";
    /// R-URL-3: user name or password in the URL.
    UrlCredentials = "URL_CREDENTIALS", Error,
        zh: "网址中不能包含用户名或密码（@）。",
        en: "A URL cannot contain a user name or password (@).";
    /// R-URL-3: an invalid port.
    UrlPort = "URL_PORT", Error,
        zh: "端口“{port}”无效：应为 1–65535。",
        en: "The port \"{port}\" is invalid: 1 to 65535.";
    /// R-URL-3: an IP address as host.
    UrlIpHost = "URL_IP_HOST", Error,
        zh: "首页网址须使用域名，不能使用 IP 地址（{host}）。",
        en: "A homepage URL uses a domain name, not an IP address ({host}).";
    /// R-URL-1: the host is outside the filing's domains.
    UrlHostOutside = "URL_HOST_OUTSIDE", Error,
        zh: "首页网址的域名 {host} 不在网站域名列表（{domains}）中。",
        en: "The homepage host {host} is not one of the website's domains ({domains}).";
    /// R-URL-2: the old console's www. rule.
    UrlWww = "URL_WWW", Warning,
        zh: "首页网址建议以“www.”开头（部分接入商要求）。",
        en: "The homepage URL should start with \"www.\" (some providers require it).";

    /// FORM: kind is not personal or unit.
    FormKind = "FORM_KIND", Error,
        zh: "请选择备案类型：个人（personal）或单位（unit）。",
        en: "Choose the filing kind: personal or unit.";
    /// FORM: no filing province.
    FormRegion = "FORM_REGION", Error,
        zh: "请选择备案地域的省份。",
        en: "Choose the province of the filing region.";
    /// FORM: a unit filing without a subject nature.
    FormNature = "FORM_NATURE", Error,
        zh: "请选择主办者性质。",
        en: "Choose the subject nature.";
    /// FORM: a required field is empty.
    FormRequired = "FORM_REQUIRED", Error,
        zh: "此项必填。",
        en: "This field is required.";
    /// FORM: no website.
    FormNoWebsite = "FORM_NO_WEBSITE", Error,
        zh: "至少填写一个网站或 APP（小程序、快应用）。",
        en: "Add at least one website or app (mini-program, quick app).";
    /// FORM: more websites than one filing can hold.
    FormTooManyWebsites = "FORM_TOO_MANY_WEBSITES", Error,
        zh: "网站数量超过 {max} 个，只检查了前 {max} 个。",
        en: "More than {max} websites; only the first {max} were checked.";
    /// R-AGE-1: a unit's subject owner under 16.
    OwnerUnder16 = "OWNER_UNDER_16", Error,
        zh: "单位备案的主体负责人须年满 16 周岁（当前 {age} 周岁）。",
        en: "A unit's subject owner must be at least 16 (now {age}).";
    /// R-AGE-3: a website owner under 18.
    OwnerUnder18 = "OWNER_UNDER_18", Error,
        zh: "网站负责人须年满 18 周岁（当前 {age} 周岁）。",
        en: "A website owner must be at least 18 (now {age}).";
    /// R-ORG-7: a finance name and an owner who is not the legal representative.
    OwnerNotLegalRepresentative = "OWNER_NOT_LEGAL_REPRESENTATIVE", Warning,
        zh: "单位名称含“{keyword}”，主体负责人须为法定代表人。",
        en: "The unit name contains \"{keyword}\": the subject owner must be the legal representative.";
    /// R-DOM-2: the same domain on two websites.
    DomainRepeated = "DOMAIN_REPEATED", Error,
        zh: "该域名已填写为{other}，同一域名只能属于一个网站。",
        en: "This domain is already listed as {other}; a domain belongs to one website only.";
    /// R-DOM-5: several domains without the remark.
    RemarkSameSite = "REMARK_SAME_SITE", Warning,
        zh: "多个域名指向同一网站时，请在网站备注中写明“域名指向同一网站”。",
        en: "When several domains point to one website, add the remark \"域名指向同一网站\".";
    /// R-REM-3: a content remark is required.
    RemarkContentRequired = "REMARK_CONTENT_REQUIRED", Error,
        zh: "请在网站备注中说明网站的具体内容（服务内容为“其他”或个人网站时必填）。",
        en: "Describe the website's content in the remark (required for \"其他\" and for personal websites).";
    /// R-NAME-1: too short.
    WebsiteNameShort = "WEBSITE_NAME_SHORT", Error,
        zh: "网站名称至少 2 个字。",
        en: "A website name has at least 2 characters.";
    /// R-NAME-1: a domain or URL as name.
    WebsiteNameIsDomain = "WEBSITE_NAME_IS_DOMAIN", Error,
        zh: "网站名称不能是域名或网址。",
        en: "A website name cannot be a domain or URL.";
    /// R-NAME-1: only digits or symbols.
    WebsiteNameNoLetters = "WEBSITE_NAME_NO_LETTERS", Error,
        zh: "网站名称不能只有数字或符号。",
        en: "A website name cannot be only digits or symbols.";
    /// R-NAME-1: a personal site named like an organisation, region or portal.
    WebsiteNamePersonalWord = "WEBSITE_NAME_PERSONAL_WORD", Error,
        zh: "个人网站名称不能含“{word}”等表示组织、地区或行业门户的词。",
        en: "A personal website name cannot contain \"{word}\" or other words suggesting an organisation, region or portal.";
    /// R-APP-1: two websites with one name.
    WebsiteNameRepeated = "WEBSITE_NAME_REPEATED", Error,
        zh: "网站名称与{other}重复，同一主体下名称须唯一。",
        en: "The same name as {other}; names are unique within one subject.";
    /// R-PRE-1: "以上都不涉及" with others.
    PreApprovalExclusive = "PRE_APPROVAL_EXCLUSIVE", Error,
        zh: "“以上都不涉及”不能与其他前置审批项同时选择。",
        en: "\"以上都不涉及\" cannot be selected together with other pre-approval types.";
    /// R-PRE-1: a personal filing with pre-approvals.
    PreApprovalPersonal = "PRE_APPROVAL_PERSONAL", Error,
        zh: "个人备案不能选择前置审批项（{type}）。",
        en: "Personal filings cannot select pre-approval types ({type}).";
    /// R-PRE-1: an unknown pre-approval type.
    PreApprovalUnknown = "PRE_APPROVAL_UNKNOWN", Error,
        zh: "未知的前置审批类型“{type}”。",
        en: "Unknown pre-approval type \"{type}\".";
    /// R-MAT-7: verification forms.
    MaterialVerificationForm = "MATERIAL_VERIFICATION_FORM", Material,
        zh: "需提供 {count} 份《网站备案信息真实性核验单》。",
        en: "{count} website filing verification form(s) are needed.";
    /// R-AGE-2: proof of income or employment.
    MaterialIncomeProof = "MATERIAL_INCOME_PROOF", Material,
        zh: "负责人已满 16 周岁不满 18 周岁（{age} 周岁），需提供收入证明或工作证明。",
        en: "The owner is 16 or 17 ({age}): proof of income or employment is needed.";
    /// R-MAT-5 / R-DOM-4: construction plan.
    MaterialConstructionPlan = "MATERIAL_CONSTRUCTION_PLAN", Material,
        zh: "网站域名超过 4 个（{count} 个），需提供《网站建设方案书》。",
        en: "More than 4 domains ({count}): a website construction plan is needed.";
    /// R-MAT-7 / R-PRE-1: a pre-approval document.
    MaterialPreApproval = "MATERIAL_PRE_APPROVAL", Material,
        zh: "网站涉及“{type}”，需提供相应的前置或专项审批文件。",
        en: "The website involves \"{type}\": the pre-approval document is needed.";
    /// R-MAT-3: subject owner authorisation.
    MaterialSubjectOwnerAuthorisation = "MATERIAL_SUBJECT_OWNER_AUTHORISATION", Material,
        zh: "{basis}主体负责人不是法定代表人，{province}备案需提供《主体负责人授权书》。",
        en: "{basis}the subject owner is not the legal representative: filings in {province} need a subject owner authorisation letter.";
    /// R-MAT-4: website owner authorisation.
    MaterialWebsiteOwnerAuthorisation = "MATERIAL_WEBSITE_OWNER_AUTHORISATION", Material,
        zh: "{basis}网站负责人不是法定代表人，{province}备案需提供《网站负责人授权书》。",
        en: "{basis}the website owner is not the legal representative: filings in {province} need a website owner authorisation letter.";
    /// R-MAT-1: domain certificate.
    MaterialDomainCertificate = "MATERIAL_DOMAIN_CERTIFICATE", Material,
        zh: "{basis}{province}备案需提供域名证书（{domain}）。",
        en: "{basis}filings in {province} need the domain certificate ({domain}).";
    /// R-MAT-2: a domain registered with another registrar.
    MaterialDomainScreenshot = "MATERIAL_DOMAIN_SCREENSHOT", Material,
        zh: "域名 {domain} 不在接入商处注册：需提供域名实名认证信息截图（含域名、所有者、证件类型与号码、到期时间）。",
        en: "{domain} is registered with another registrar: a screenshot of its real-name record is needed (domain, owner, ID type and number, expiry).";
    /// R-PRE-1: broadcast programme production in the business scope.
    MaterialBroadcastApproval = "MATERIAL_BROADCAST_APPROVAL", Material,
        zh: "经营范围含“广播电视节目制作”：需提供对应审批文件（不接受承诺书），或先从经营范围中删除该项。",
        en: "The business scope includes 广播电视节目制作: its approval document is needed (a commitment letter is not accepted), or remove it from the scope first.";
    /// R-MAT-6: rename letter.
    MaterialRenameLetter = "MATERIAL_RENAME_LETTER", Material,
        zh: "主体名称由“{previous}”变更为“{current}”：需上传工商更名函（部分省份要求）。",
        en: "The subject is renamed from \"{previous}\" to \"{current}\": upload the business rename letter (some provinces require it).";

    /// FORM: an identity document type that is not one of ours.
    FormIdType = "FORM_ID_TYPE", Error,
        zh: "未知的证件类型“{type}”。",
        en: "Unknown identity document type \"{type}\".";
    /// FORM: a filing type that is not new/access/new_website/change.
    FormFilingType = "FORM_FILING_TYPE", Error,
        zh: "未知的备案类型“{type}”：应为 new、access、new_website 或 change。",
        en: "Unknown filing type \"{type}\": use new, access, new_website or change.";
    /// FORM (Tencent Cloud《各省管局要求》): a document outside the provider's list for people.
    IdTypeNotListed = "ID_TYPE_NOT_LISTED", Warning,
        zh: "备案指南列出的个人证件为身份证、港澳居民来往内地通行证、台湾居民来往大陆通行证和护照；使用其他证件前请向接入商确认。",
        en: "The filing guide lists resident ID, Hong Kong/Macau permit, Taiwan permit and passport for people; confirm other documents with the provider first.";
    /// R-LOC-1: a personal filing outside the ID card's province, where no
    /// source says what the province accepts.
    PersonalIdOtherProvince = "PERSONAL_ID_OTHER_PROVINCE", Warning,
        zh: "身份证所属省份为{idProvince}，备案省份为{province}：个人备案通常在身份证所属省份办理，部分省份允许在其他省份办理，请向接入商确认。",
        en: "The ID card is from {idProvince}, the filing is in {province}: personal filings are normally made in the ID card's province; some provinces allow others — ask the provider.";
    /// R-REM-1: no house number and no remark.
    RemarkHouseNumber = "REMARK_HOUSE_NUMBER", Warning,
        zh: "通信地址未精确到门牌号：请补全门牌号，或在主体备注中说明“主办单位通信地址为最详细地址”。",
        en: "The mailing address has no house or room number: add it, or put \"主办单位通信地址为最详细地址\" in the subject remark.";
    /// R-REM-2: a sole trader filing as a person.
    RemarkSoleTrader = "REMARK_SOLE_TRADER", Warning,
        zh: "个体工商户无工商字号时以个人备案：请在备注中说明“个体工商户无工商字号”并注明注册号。",
        en: "A sole trader without a trade name files as a person: put \"个体工商户无工商字号\" and the registration number in the remark.";
    /// R-REM-4: hospitals and their licence.
    RemarkHospitalLicence = "REMARK_HOSPITAL_LICENCE", Warning,
        zh: "医院类单位须在网站备注中注明医疗机构执业许可证的颁发时间、有效期、颁发部门和许可证号码。",
        en: "Hospitals must give their medical practice licence (issue date, validity, issuer, number) in the website remark.";
    /// R-CHG-1: a person changing to a company the person does not represent.
    ChangePersonToUnit = "CHANGE_PERSON_TO_UNIT", Error,
        zh: "个人备案只能变更为本人担任法定代表人的单位：新单位法定代表人的证件号码须与原备案负责人一致。",
        en: "A personal filing can change only to a company whose legal representative is that person: the legal representative's ID must be the previous owner's.";
    /// R-CHG-1: a unit changing to a person.
    ChangeUnitToPersonal = "CHANGE_UNIT_TO_PERSONAL", Error,
        zh: "单位备案不能变更为个人备案。",
        en: "A unit filing cannot change to a personal filing.";
    /// R-CHG-1: another subject (A → B).
    ChangeOtherSubject = "CHANGE_OTHER_SUBJECT", Error,
        zh: "变更备案不支持从 A 主体变成 B 主体：证件号码与原备案主体（{previous}）不同；请注销原备案后新增备案。",
        en: "A change filing cannot turn subject A into subject B: the number differs from the filed subject's ({previous}); cancel the old filing and file anew.";
    /// R-CHG-2: a change of filing province.
    ChangeProvince = "CHANGE_PROVINCE", Warning,
        zh: "备案省份由{previous}变更为{current}：只有部分省份支持变更备案省份，请先向接入商确认。",
        en: "The filing province changes from {previous} to {current}: only some provinces allow this — ask the provider first.";

    // Province requirements (src/provinces): each message starts with {basis},
    // the sources and their dates ("据 UCloud（2020-08-18），"); the severity
    // is the requirement's (an error only where the sources are firm).

    /// R-LOC-1: an ID card of another province where the province refuses them.
    IdOtherProvinceRefused = "ID_OTHER_PROVINCE_REFUSED", Error,
        zh: "{basis}{province}只接受本省地址身份证的{whom}；此身份证属于{idProvince}。",
        en: "{basis}{province} accepts only ID cards of the province for {whom}; this one is from {idProvince}.";
    /// R-LOC-1: sources disagree whether another province's ID card is accepted.
    IdOtherProvinceDisputed = "ID_OTHER_PROVINCE_DISPUTED", Warning,
        zh: "{basis}{province}个人备案不接受外省身份证（此身份证属于{idProvince}）；但{againstBasis}凭{proof}可以备案。请向接入商确认。",
        en: "{basis}personal filings in {province} refuse ID cards of other provinces (this one is from {idProvince}); but {againstBasis}they are accepted with {proof}. Check with your provider.";
    /// R-LOC-1: another province's ID card needs a proof.
    MaterialResidenceProof = "MATERIAL_RESIDENCE_PROOF", Material,
        zh: "{basis}{whom}的身份证属于{idProvince}，在{province}备案需提供{proof}。",
        en: "{basis}{whom} has an ID card from {idProvince}: filings in {province} need {proof}.";
    /// R-LOC-2: the mailing city is not the certificate's.
    AddressOtherCity = "ADDRESS_OTHER_CITY", Warning,
        zh: "{basis}{province}要求通信地址与证件地址在同一城市：证件属于{certificateCity}，通信地址在{city}。",
        en: "{basis}{province} requires the mailing address in the certificate's city: the certificate is from {certificateCity}, the mailing address in {city}.";
    /// R-ADDR-1: how Tianjin addresses name their district.
    AddressDistrict = "ADDRESS_DISTRICT", Warning,
        zh: "{basis}{province}的通信地址{problem}",
        en: "{basis}in {province} the mailing address {problem}";
    /// R-TEL-5: Tianjin's contact 2 is a mobile without the remark that names its user.
    SecondContactRemark = "SECOND_CONTACT_REMARK", Error,
        zh: "{basis}{province}个人备案的联系方式 2 应为固定电话；填另一人（直系亲属）的手机号码时，须在备注中写明“联系方式2中手机号使用人为……，与网站主办者关系为……”。",
        en: "{basis}contact 2 of a personal filing in {province} is a landline; when it is another person's mobile (a close relative), the remark must say \"联系方式2中手机号使用人为…，与网站主办者关系为…\".";
    /// R-CON-6: a placeholder instead of a name.
    OwnerNamePlaceholder = "OWNER_NAME_PLACEHOLDER", Error,
        zh: "{basis}“{name}”不是真实全名：请填写证件上的姓名。",
        en: "{basis}\"{name}\" is not a full real name: enter the name on the ID document.";
    /// R-CON-7: Gansu's emergency contact is not named in the remark.
    EmergencyThirdPerson = "EMERGENCY_THIRD_PERSON", Error,
        zh: "{basis}{province}单位的应急联系电话须为第三位员工的手机号码，并在主体备注中写明“应急联系电话使用人为【单位】的【职务】【姓名】，号码为……”。",
        en: "{basis}a unit's emergency phone in {province} is a third employee's mobile, named in the subject remark (\"应急联系电话使用人为【单位】的【职务】【姓名】，号码为…\").";
    /// R-CON-8: the subject remark lacks the emergency contacts.
    EmergencyInRemark = "EMERGENCY_IN_REMARK", Warning,
        zh: "{basis}{province}单位备案须在主体备注中写明 {count} 位应急联系人的姓名和手机号码。",
        en: "{basis}unit filings in {province} name {count} emergency contact(s) with mobile numbers in the subject remark.";
    /// R-ORG-8: the subject owner is not the legal representative.
    OwnerNotLegalRepProvince = "OWNER_NOT_LEGAL_REP_PROVINCE", Error,
        zh: "{basis}{province}单位备案的主体负责人须为法定代表人（{legalRep}）。",
        en: "{basis}a unit's subject owner in {province} must be its legal representative ({legalRep}).";
    /// R-ORG-8: the legal representative's authorisation letter.
    MaterialLegalRepAuthorisation = "MATERIAL_LEGAL_REP_AUTHORISATION", Material,
        zh: "{basis}主体负责人不是法定代表人：{province}需上传法定代表人授权书及法定代表人身份证。",
        en: "{basis}the subject owner is not the legal representative: {province} needs the legal representative's authorisation letter and ID card.";
    /// R-ORG-9: a website owner must not be the subject owner.
    WebsiteOwnerMustDiffer = "WEBSITE_OWNER_MUST_DIFFER", Warning,
        zh: "{basis}{province}{condition}网站负责人不能与主体负责人为同一人。",
        en: "{basis}in {province}{condition} a website owner must not be the subject owner.";
    /// R-ORG-9: a website owner must be the (delegated) subject owner.
    WebsiteOwnerMustBeSubjectOwner = "WEBSITE_OWNER_MUST_BE_SUBJECT_OWNER", Warning,
        zh: "{basis}主体负责人不是法定代表人时，{province}要求网站负责人与主体负责人为同一人。",
        en: "{basis}when the subject owner is not the legal representative, {province} requires every website owner to be the subject owner.";
    /// R-ORG-7: finance words without the regulator's licence.
    FinanceLicence = "FINANCE_LICENCE", Warning,
        zh: "{basis}含“{word}”：需提供金融监管部门的许可或批准文件，否则不予备案。",
        en: "{basis}\"{word}\" needs a licence or approval of the financial regulator, else the filing is refused.";
    /// R-ID-6: a document type the province refuses.
    IdTypeRefused = "ID_TYPE_REFUSED", Error,
        zh: "{basis}{province}备案不接受{idType}{instead}。",
        en: "{basis}{province} does not accept {idType}{instead}.";
    /// R-AGE-4: younger than the province allows.
    OwnerTooYoungProvince = "OWNER_TOO_YOUNG_PROVINCE", Error,
        zh: "{basis}{province}要求{whom}年满 {min} 周岁；此人 {age} 周岁。",
        en: "{basis}{province} requires {whom} to be at least {min}; this person is {age}.";
    /// R-AGE-4: past retirement age (Tianjin).
    OwnerPastRetirement = "OWNER_PAST_RETIREMENT", Warning,
        zh: "{basis}{province}不接受已过法定退休年龄（男 {male} 周岁、女 {female} 周岁）的网站负责人；此人 {age} 周岁，请更换负责人。",
        en: "{basis}{province} does not accept website owners past retirement age (men {male}, women {female}); this person is {age}: choose another owner.";
    /// R-AGE-4: minors' guardian.
    MaterialGuardian = "MATERIAL_GUARDIAN", Material,
        zh: "{basis}{province}未满 {below} 周岁的负责人（{age} 周岁）需提供监护人的信息和有效身份证件。",
        en: "{basis}in {province} owners under {below} ({age}) provide their guardian's details and valid ID.";
    /// R-DOM-8: more than one domain on a website.
    DomainOnePerWebsite = "DOMAIN_ONE_PER_WEBSITE", Error,
        zh: "{basis}自 2019-04-22 起，新增备案、新增网站和接入备案的每个网站只能填写一个域名（工信管函〔2019〕633号）：请把其余 {extra} 个域名分别作为网站填写。",
        en: "{basis}since 2019-04-22 each website of a new filing, new website or access filing lists one domain (工信管函〔2019〕633号): file the other {extra} domain(s) as websites of their own.";
    /// R-DOM-8: more domains in one submission than the province takes.
    DomainsPerSubmission = "DOMAINS_PER_SUBMISSION", Warning,
        zh: "{basis}{province}{whom}每次提交最多 {max} 个域名{websites}，本次有 {count} 个：请分批提交。",
        en: "{basis}{province} takes at most {max} domain(s) per submission{websites} from {whom}; this one has {count}: submit them in turns.";
    /// R-DOM-8: a person files one website or app at a time (Huawei Cloud).
    PersonalOneService = "PERSONAL_ONE_SERVICE", Warning,
        zh: "华为云（2025）：个人每次只能提交一个网站或 APP，请分次提交；其他接入商在部分省份允许多个。",
        en: "Huawei Cloud (2025): a person submits one website or app at a time, so submit them in turns. Other providers take several in some provinces.";
    /// R-DOM-8: more websites than the province allows.
    WebsitesPerSubject = "WEBSITES_PER_SUBJECT", Warning,
        zh: "{basis}{province}{whom}最多 {max} 个网站，本次有 {count} 个。",
        en: "{basis}in {province} {whom} have at most {max} websites; this filing has {count}.";
    /// R-DOM-3: a suffix persons may not file in the province.
    DomainSuffixRefusedProvince = "DOMAIN_SUFFIX_REFUSED_PROVINCE", Warning,
        zh: "{basis}{province}个人不能备案 {suffix} 域名。",
        en: "{basis}in {province} persons cannot file {suffix} domains.";
    /// R-DOM-6: a unit's domain in its legal representative's name.
    DomainRegistrantLegalRep = "DOMAIN_REGISTRANT_LEGAL_REP", Error,
        zh: "{basis}{province}单位的域名须注册在单位名下，不接受法定代表人（{registrant}）个人名下的域名。",
        en: "{basis}in {province} a unit's domains are registered to the unit, not to its legal representative ({registrant}).";
    /// R-NAME-1: fewer Chinese characters than required.
    WebsiteNameFewHan = "WEBSITE_NAME_FEW_HAN", Error,
        zh: "{basis}网站名称至少 {min} 个汉字；“{name}”只有 {count} 个。",
        en: "{basis}website names have at least {min} Chinese characters; \"{name}\" has {count}.";
    /// R-NAME-2: a word personal website names may not use.
    WebsiteNameBannedWord = "WEBSITE_NAME_BANNED_WORD", Error,
        zh: "{basis}个人网站名称不能使用“{word}”。",
        en: "{basis}personal website names may not use \"{word}\".";
    /// R-NAME-2: pinyin or Latin letters in a personal website name (Guangdong).
    WebsiteNamePinyin = "WEBSITE_NAME_PINYIN", Warning,
        zh: "{basis}{province}个人网站名称不能使用拼音或字母（“{name}”）。",
        en: "{basis}personal website names in {province} may not use pinyin or Latin letters (\"{name}\").";
    /// R-NAME-2: Jiangsu's personal website name pattern.
    WebsiteNamePersonalPattern = "WEBSITE_NAME_PERSONAL_PATTERN", Error,
        zh: "{basis}{province}个人网站名称只能是“某某的个人博客”或“某某的个人主页”。",
        en: "{basis}personal website names in {province} can only be \"某某的个人博客\" or \"某某的个人主页\".";
    /// R-NAME-3: a state word in a website name.
    WebsiteNameStateWord = "WEBSITE_NAME_STATE_WORD", Error,
        zh: "{basis}{whom}的网站名称不能使用“{word}”{proof}。",
        en: "{basis}{whom} may not use \"{word}\" in website names{proof}.";
    /// R-NAME-3: a state word at the start of a unit's domain (Hunan).
    DomainStateWord = "DOMAIN_STATE_WORD", Warning,
        zh: "{basis}{province}非国家级单位的域名不能以“{word}”开头。",
        en: "{basis}in {province} units that are not national-level may not begin a domain with \"{word}\".";
    /// R-NAME-4: a unit's website name unrelated to the unit.
    WebsiteNameUnrelated = "WEBSITE_NAME_UNRELATED", Warning,
        zh: "{basis}{province}单位的网站名称须与主办单位相关（含单位全称或简称）；“{name}”看不出与“{subject}”的关系，请修改，或提交情况说明、在备注中说明网站内容。",
        en: "{basis}in {province} a unit's website names relate to the unit (contain its full or short name); \"{name}\" shows no relation to \"{subject}\": rename it, or explain in a statement or the remark.";
    /// R-NAME-4: Guangdong's "`<unit name>` + 官网".
    WebsiteNameOfficialSite = "WEBSITE_NAME_OFFICIAL_SITE", Warning,
        zh: "{basis}{province}单位网站名称宜为“单位全称或简称 + 官网”，如“{suggestion}”。",
        en: "{basis}in {province} a unit's website name should be its full or short name followed by 官网, e.g. \"{suggestion}\".";
    /// R-PRE-2: a word in the name that needs a pre-approval not selected.
    WebsiteNameNeedsPreApproval = "WEBSITE_NAME_NEEDS_PRE_APPROVAL", Warning,
        zh: "{basis}网站名称含“{word}”，需有“{approval}”前置审批；没有的请修改名称。",
        en: "{basis}the website name contains \"{word}\", which needs the \"{approval}\" pre-approval; without it, rename the site.";
    /// R-SVC-1: a service content personal sites may not choose.
    ServiceContentNotAllowed = "SERVICE_CONTENT_NOT_ALLOWED", Warning,
        zh: "{basis}{province}个人网站的服务内容不能选择“{value}”，可选“其他”并在备注中说明网站内容。",
        en: "{basis}personal websites in {province} cannot choose \"{value}\"; choose \"其他\" and describe the site in the remark.";
    /// R-SVC-1: the only service content personal sites may choose.
    ServiceContentOnly = "SERVICE_CONTENT_ONLY", Warning,
        zh: "{basis}{province}个人网站的服务内容只能选择“{value}”。",
        en: "{basis}personal websites in {province} can only choose \"{value}\".";
    /// R-URL-4: more than one homepage URL.
    UrlOneHomepage = "URL_ONE_HOMEPAGE", Warning,
        zh: "{basis}{province}每个网站只能填写一个首页网址，这个网站有 {count} 个。",
        en: "{basis}in {province} each website lists one homepage URL; this one has {count}.";
    /// R-REM-5: a declaration the province requires in the remarks.
    RemarkDeclaration = "REMARK_DECLARATION", Error,
        zh: "{basis}{province}{whom}的备注须包含规定的内容：“{hint}”。",
        en: "{basis}in {province} the remark of {whom} must contain the prescribed text: \"{hint}\".";
    /// R-REM-2: sole traders file as units in the province.
    SoleTraderAsUnit = "SOLE_TRADER_AS_UNIT", Warning,
        zh: "{basis}{province}的个体工商户须按企业（单位）备案；没有字号的，单位名称填“经营者姓名（个体工商户）”。",
        en: "{basis}in {province} sole traders (个体工商户) file as an enterprise; without a trade name the unit name is \"<owner's name>（个体工商户）\".";
    /// R-MAT-5: a province's construction-plan threshold.
    MaterialConstructionPlanProvince = "MATERIAL_CONSTRUCTION_PLAN_PROVINCE", Material,
        zh: "{basis}{province}{condition}{whom}需提供《网站建设方案书》（本次备案有 {count} 个网站，已备案的另计）。",
        en: "{basis}in {province} {whom}{condition} provide a website construction plan (this filing has {count} websites; filed ones add to them).";
    /// R-MAT-8: a document the province requires.
    MaterialProvinceDocument = "MATERIAL_PROVINCE_DOCUMENT", Material,
        zh: "{basis}{province}备案需提供{doc}。",
        en: "{basis}filings in {province} need {doc}.";

    /// validateBatch: a check name that is not one of ours.
    CheckUnknown = "CHECK_UNKNOWN", Error,
        zh: "未知的校验项“{check}”：可用 idNumber、unitCode、phone、email、domain、homepageUrl、filingNumber、ipv4、appIdentifier、signingFingerprint、publicKey。",
        en: "Unknown check \"{check}\": use idNumber, unitCode, phone, email, domain, homepageUrl, filingNumber, ipv4, appIdentifier, signingFingerprint or publicKey.";
    /// validateBatch: a column longer than one call takes; nothing was checked.
    BatchTooLong = "BATCH_TOO_LONG", Error,
        zh: "一次最多校验 {max} 个值，这一列更长，未作校验：请用 batchValidator 分批校验。",
        en: "One call checks at most {max} values and this column is longer; nothing was checked: check it in parts with batchValidator.";

    /// An option the caller passed could not be used; the default was used.
    OptionInvalid = "OPTION_INVALID", Warning,
        zh: "选项 {option} 的值 {value} 无效，已改用 {fallback}。",
        en: "Option {option} has the invalid value {value}; {fallback} was used instead.";
}

/// Renders a message template: each `{name}` is replaced by the value of
/// the parameter `name`; unknown names are left as they are.
///
/// ```
/// use beian_check::{messages::render, Param};
/// let params = [("expected", Param::from("X")), ("actual", Param::from("3"))];
/// assert_eq!(render("{expected} ≠ {actual}", &params), "X ≠ 3");
/// ```
pub fn render(template: &str, params: &[(&'static str, Param)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => value.write_to(&mut out),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_and_upper_snake_case() {
        for (i, a) in Code::ALL.iter().enumerate() {
            let s = a.as_str();
            assert!(s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'), "{s}");
            for b in &Code::ALL[i + 1..] {
                assert_ne!(s, b.as_str());
            }
        }
    }

    #[test]
    fn both_locales_use_the_same_placeholders() {
        fn placeholders(t: &str) -> Vec<&str> {
            let mut v: Vec<&str> = t.split('{').skip(1).filter_map(|p| p.split('}').next()).collect();
            v.sort_unstable();
            v.dedup();
            v
        }
        for code in Code::ALL {
            assert_eq!(
                placeholders(code.template(Locale::ZhCn)),
                placeholders(code.template(Locale::En)),
                "{}",
                code.as_str()
            );
        }
    }

    #[test]
    fn render_leaves_unknown_and_unclosed_placeholders() {
        assert_eq!(render("a {x} b {", &[]), "a {x} b {");
        assert_eq!(render("{n} 位", &[("n", Param::Int(17))]), "17 位");
    }

    #[test]
    fn locale_parse_is_lenient_about_region_and_case() {
        assert_eq!(Locale::parse("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("ZH_cn"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("EN"), Some(Locale::En));
        assert_eq!(Locale::parse(""), None);
        assert_eq!(Locale::parse("de-DE"), None);
    }
}
