//! Rule ids of the catalogue (`docs/RULES.md`, generated from
//! [`crate::catalogue::list_rules`]). Every [`Finding`](crate::Finding)
//! names the rule it enforces, so a user can look the rule up and tests can
//! assert on it.
//!
//! ```
//! use beian_check::{rules, validate_phone, PhoneOptions};
//! let r = validate_phone("12345678901", &PhoneOptions::default());
//! assert!(r.findings.iter().all(|f| f.rule == rules::TEL_1 || f.rule == rules::TEL_2));
//! ```

/// R-ID-1: 18-character mainland resident ID (GB 11643-1999): 17 digits and an
/// ISO 7064 MOD 11-2 check character, a real birth date from 1900-01-01 up to
/// `asOf`, and a division code (GB/T 2260) that exists or once existed.
pub const ID_1: &str = "R-ID-1";

/// R-ID-2: 15-digit first-generation resident ID (YYMMDD birth date in the
/// 1900s): valid format and date, but obsolete for new filings (warning).
pub const ID_2: &str = "R-ID-2";

/// R-ID-3: residence permit for Hong Kong, Macau and Taiwan residents: an
/// 18-character GB 11643 number with prefix 810000 / 820000 / 830000.
pub const ID_3: &str = "R-ID-3";

/// R-ID-4: Mainland Travel Permits for Hong Kong/Macau (H or M + 8 digits, or
/// 10 digits on older permits) and Taiwan residents (8 digits, older
/// 10-digit forms), and passports (letters and digits, 5–17).
pub const ID_4: &str = "R-ID-4";

/// R-ID-5: foreign permanent residence ID: 3 letters + 12 digits (older
/// cards) or the 2023 form, 18 characters starting with 9 with a MOD 11-2
/// check character.
pub const ID_5: &str = "R-ID-5";

/// R-ORG-1: unified social credit code (GB 32100-2015): 18 characters of
/// `0-9A-Z` without I, O, Z, S, V; registration authority, organisation
/// category, division code, organisation code and a mod-31 check character.
pub const ORG_1: &str = "R-ORG-1";

/// R-ORG-2: organisation code (GB 11714): 8 characters and a mod-11 check
/// character; the USCC's characters 9–17 must be one.
pub const ORG_2: &str = "R-ORG-2";

/// R-ORG-3: the USCC's registration authority and category must fit the
/// subject nature (error where GB 32100 is unambiguous, warning otherwise).
pub const ORG_3: &str = "R-ORG-3";

/// R-ORG-4: the USCC's division should lie in the filing province (warning).
pub const ORG_4: &str = "R-ORG-4";

/// R-ORG-5: the certificate type must be one the subject nature allows
/// (Tencent Cloud《各省管局要求》), and units must use the merged certificate (三证合一 / 五证合一).
pub const ORG_5: &str = "R-ORG-5";

/// R-ORG-6: the old 15-digit business registration number (ISO 7064
/// MOD 11,10).
pub const ORG_6: &str = "R-ORG-6";

/// R-ORG-7: a unit name containing 投资管理, 担保, 典当, 贷款 or 理财 requires
/// the legal representative as subject owner (Tencent Cloud《备案类型》2018).
pub const ORG_7: &str = "R-ORG-7";

/// R-TEL-1: mainland mobile: 11 digits in an allocated block (13x–19x as
/// allocated; phonenumbers' CN metadata); +86 / 0086 / 86 prefixes accepted.
pub const TEL_1: &str = "R-TEL-1";

/// R-TEL-2: landline: a real area code and a local number of the right
/// length (7 or 8 digits, not starting with 0 or 1), optional extension.
pub const TEL_2: &str = "R-TEL-2";

/// R-TEL-3: a landline's area code must match the city of the mailing
/// address ("座机号码的区号需与所填写单位的通信地址相符", Tencent Cloud《接入备案》2020 and 《通过小程序进行首次备案》2019).
pub const TEL_3: &str = "R-TEL-3";

/// R-TEL-4: a mobile's home location should be in the filing province
/// (Tencent Cloud《各省管局要求》, Liaoning: "手机号码归属地建议是辽宁本地"); Beijing requires it
/// (Tencent Cloud《备案类型》2018).
pub const TEL_4: &str = "R-TEL-4";

/// R-TEL-5: where a landline is required (units; Tianjin personal filings,
/// Tencent Cloud《备案类型》2018), a mobile is an error.
pub const TEL_5: &str = "R-TEL-5";

/// R-CON-1: personal filing: two different contacts; contact 1 and the
/// emergency contact are required (Tencent Cloud《各省管局要求》).
pub const CON_1: &str = "R-CON-1";

/// R-CON-2: unit filing where the subject owner is the website owner: two
/// different contacts (Tencent Cloud《各省管局要求》).
pub const CON_2: &str = "R-CON-2";

/// R-CON-3: unit filing where the owners differ: three different contacts,
/// the owners' contact 1 differ, the third is the emergency contact (Tencent Cloud《各省管局要求》).
pub const CON_3: &str = "R-CON-3";

/// R-CON-4: "different" compares normalised numbers.
pub const CON_4: &str = "R-CON-4";

/// R-CON-5: e-mail syntax; personal filing: contact 1 should be the
/// account's phone (warning).
pub const CON_5: &str = "R-CON-5";

/// R-DOM-1: the domain's top-level domain must be approved by MIIT (the
/// bundled table from `data/domains/tlds.csv`; backbone: Tencent Cloud's
/// 《备案域名》 table of fileable suffixes, 2022-08-30).
pub const DOM_1: &str = "R-DOM-1";

/// R-DOM-2: a filing names a registrable domain, not a subdomain; IDNs in
/// Unicode and punycode form; letters, digits, hyphens; label ≤ 63, total ≤ 253.
pub const DOM_2: &str = "R-DOM-2";

/// R-DOM-3: Beijing filings may not use country-code domains outside the
/// approved list nor domains registered abroad (Tencent Cloud《备案类型》2018).
pub const DOM_3: &str = "R-DOM-3";

/// R-DOM-6: the domain is real-name verified and its registrant matches the
/// subject (Tencent Cloud《备案类型》2018); the caller passes the registrant, else a warning.
pub const DOM_6: &str = "R-DOM-6";

/// R-DOM-7: suffixes reserved to a kind of subject: `.gov.cn` / `.政务` for
/// Party and government organs, `.cn` / `.公益` for public institutions,
/// `.公益` for non-profit bodies (《互联网政务应用安全管理规定》, 2024;
/// 国办函〔2018〕55号; MIIT announcement 2018 No. 7).
pub const DOM_7: &str = "R-DOM-7";

/// R-URL-1: each homepage URL's host is one of the listed domains or a
/// subdomain of one (Tencent Cloud《备案类型》2018).
pub const URL_1: &str = "R-URL-1";

/// R-URL-2: the older console required homepage hosts to begin with `www.`
/// (Tencent Cloud《备案类型》2018): a configurable warning.
pub const URL_2: &str = "R-URL-2";

/// R-URL-3: homepage URL syntax: optional http/https scheme, no credentials,
/// no spaces, valid host, optional port and path; no IP-address hosts.
pub const URL_3: &str = "R-URL-3";

/// R-DOM-4: more than 4 domains on one filing need a website construction
/// plan (Tencent Cloud《各省管局要求》).
pub const DOM_4: &str = "R-DOM-4";

/// R-DOM-5: several domains pointing to one website need the remark
/// "域名指向同一网站" (Tencent Cloud《备案类型》2018).
pub const DOM_5: &str = "R-DOM-5";

/// R-AGE-1: a unit's subject owner is at least 16 (Tencent Cloud《备案类型》2018).
pub const AGE_1: &str = "R-AGE-1";

/// R-AGE-2: an owner aged 16–17 needs proof of income or employment (Tencent Cloud《各省管局要求》).
pub const AGE_2: &str = "R-AGE-2";

/// R-AGE-3: a website owner under 18 cannot file (Tencent Cloud《备案类型》2018).
pub const AGE_3: &str = "R-AGE-3";

/// R-NAME-1: website names: 2+ characters, not a domain or URL, not only
/// digits or symbols; personal sites avoid names of organisations,
/// regions or industry portals.
pub const NAME_1: &str = "R-NAME-1";

/// R-REM-1: a mailing address without a house or room number needs the
/// remark "主办单位通信地址为最详细地址" (Tencent Cloud《接入备案》2020 and 《备案类型》2018 and 《通过小程序进行首次备案》2019).
pub const REM_1: &str = "R-REM-1";

/// R-REM-2: a sole trader (个体工商户) without a trade name files as a person
/// with the remark "个体工商户无工商字号" and the registration number (Tencent Cloud《备案类型》2018).
pub const REM_2: &str = "R-REM-2";

/// R-REM-4: hospitals put their medical licence details in the website
/// remark (Tencent Cloud《备案类型》2018).
pub const REM_4: &str = "R-REM-4";

/// R-REM-3: service content "其他" and every personal website need a remark
/// describing the content (Tencent Cloud《备案类型》2018).
pub const REM_3: &str = "R-REM-3";

/// R-PRE-1: pre-approval types; "以上都不涉及" excludes the others; personal
/// filings select none (Tencent Cloud《接入备案》2020 and 《备案类型》2018).
pub const PRE_1: &str = "R-PRE-1";

/// R-APP-1: website (app) names are unique within one subject (Tencent Cloud《备案主体变更》).
pub const APP_1: &str = "R-APP-1";

/// R-MAT-1: domain certificate (Hunan; Shanghai for foreign parents), Tencent Cloud《各省管局要求》.
pub const MAT_1: &str = "R-MAT-1";

/// R-MAT-2: real-name screenshot of a domain registered with another
/// registrar, Tencent Cloud《各省管局要求》.
pub const MAT_2: &str = "R-MAT-2";

/// R-MAT-3: subject owner authorisation letter (吉林, 安徽, 四川, 甘肃), Tencent Cloud《各省管局要求》.
pub const MAT_3: &str = "R-MAT-3";

/// R-MAT-4: website owner authorisation letter (ten provinces), Tencent Cloud《各省管局要求》.
pub const MAT_4: &str = "R-MAT-4";

/// R-MAT-5: website construction plan for more than 4 domains, Tencent Cloud《各省管局要求》.
pub const MAT_5: &str = "R-MAT-5";

/// R-MAT-6: business rename letter when a change filing renames the
/// subject, Tencent Cloud《各省管局要求》.
pub const MAT_6: &str = "R-MAT-6";

/// R-MAT-7: pre-approval documents, income proof, verification forms (one
/// for personal, two for units), Tencent Cloud《各省管局要求》 and 《备案类型》2018.
pub const MAT_7: &str = "R-MAT-7";

/// R-CHG-1: allowed subject changes: a person only to a company the person
/// represents legally; a company to a company only by renaming; never A → B
/// (Tencent Cloud《各省管局要求》 and 《备案主体变更》).
pub const CHG_1: &str = "R-CHG-1";

/// R-CHG-2: changing the filing province — only some provinces allow it and
/// Tencent Cloud《备案主体变更》 does not say which, so a warning.
pub const CHG_2: &str = "R-CHG-2";

/// R-ID-6: document types a province refuses (Beijing: Hong Kong residents
/// use passports; Guangdong: the residence permit; Hebei: no foreign
/// nationals' personal filings).
pub const ID_6: &str = "R-ID-6";

/// R-ID-7: an owner's document valid long enough (`idValidTo`).
pub const ID_7: &str = "R-ID-7";

/// R-ORG-8: a unit's subject owner is its legal representative (province
/// table; some provinces accept an authorisation letter).
pub const ORG_8: &str = "R-ORG-8";

/// R-ORG-9: website owners and the subject owner (Tianjin: different people;
/// Jiangsu, Anhui, Hainan: the same person when the subject owner is
/// delegated; Gansu: different then).
pub const ORG_9: &str = "R-ORG-9";

/// R-CON-6: owners' names are full real names (MIIT 2009 work plan).
pub const CON_6: &str = "R-CON-6";

/// R-CON-7: Gansu: a unit's emergency contact is a third person named in
/// the subject remark.
pub const CON_7: &str = "R-CON-7";

/// R-CON-8: Henan, Chongqing: emergency contacts in the subject remark.
pub const CON_8: &str = "R-CON-8";

/// R-LOC-1: ID cards of another province (refused, accepted with a proof, or
/// disputed, per province).
pub const LOC_1: &str = "R-LOC-1";

/// R-LOC-2: the mailing address in the certificate's city (Hebei, Henan,
/// Guizhou).
pub const LOC_2: &str = "R-LOC-2";

/// R-ADDR-1: Tianjin's district names in addresses.
pub const ADDR_1: &str = "R-ADDR-1";

/// R-AGE-4: province age rules (minimum ages, Tianjin's retirement age,
/// minors' proofs and guardians).
pub const AGE_4: &str = "R-AGE-4";

/// R-DOM-8: one domain per website (MIIT, 2019), domains per submission and
/// websites per subject (province table).
pub const DOM_8: &str = "R-DOM-8";

/// R-URL-4: one homepage URL per website (Guangdong, Beijing, Sichuan).
pub const URL_4: &str = "R-URL-4";

/// R-NAME-2: words personal website names may not use, and Jiangsu's
/// "某某的个人博客 / 主页".
pub const NAME_2: &str = "R-NAME-2";

/// R-NAME-3: state words (中国, 中华, 中央, 国家, 人民, 人大, 全国…) in
/// website names and (Hunan) domains (MIIT notices, 2009).
pub const NAME_3: &str = "R-NAME-3";

/// R-NAME-4: a unit's website names relate to the unit.
pub const NAME_4: &str = "R-NAME-4";

/// R-PRE-2: words in website names that need a pre-approval.
pub const PRE_2: &str = "R-PRE-2";

/// R-SVC-1: service content of personal websites (province table).
pub const SVC_1: &str = "R-SVC-1";

/// R-REM-5: remark declarations a province requires.
pub const REM_5: &str = "R-REM-5";

/// R-MAT-8: other documents a province requires.
pub const MAT_8: &str = "R-MAT-8";

/// Findings about the shape of the whole form (a missing section, a value of
/// the wrong type where a section belongs).
pub const FORM: &str = "FORM";

/// R-NUM-1: ICP filing numbers: subject `粤ICP备12345678号`, website
/// `粤ICP备12345678号-1`, operating licence `京ICP证030367号`; the province
/// abbreviation is one of the 31 mainland ones.
pub const NUM_1: &str = "R-NUM-1";

/// R-NUM-2: public-security filing number `京公网安备11010802020088号`: 14
/// digits starting with a division code of that province.
pub const NUM_2: &str = "R-NUM-2";

/// R-IP-1: server IPs of the public-security filing are public IPv4
/// addresses (Tencent Cloud《备案类型》2018: "如:20.10.0.1").
pub const IP_1: &str = "R-IP-1";

/// R-APP-2: an Android package name (applicationId): two or more segments
/// of letters, digits and `_`, each starting with a letter.
pub const APP_2: &str = "R-APP-2";

/// R-APP-3: an iOS Bundle ID: reverse-DNS of letters, digits and `-`.
pub const APP_3: &str = "R-APP-3";

/// R-APP-4: a HarmonyOS bundleName: three or more segments, 7–128 bytes.
pub const APP_4: &str = "R-APP-4";

/// R-APP-5: a quick app's package: a `.`, at most 255 bytes.
pub const APP_5: &str = "R-APP-5";

/// R-APP-6: a mini-program's AppID, by the shapes seen (warnings only).
pub const APP_6: &str = "R-APP-6";

/// R-APP-7: the signing certificate's fingerprint: Android MD5, iOS and
/// HarmonyOS SHA-1.
pub const APP_7: &str = "R-APP-7";

/// R-APP-8: the signing certificate's public key, in a form the tools print.
pub const APP_8: &str = "R-APP-8";

/// R-APP-9: a mini-program's remark, service types and pre-approval entry
/// (WeChat's applyIcpFiling API).
pub const APP_9: &str = "R-APP-9";

/// R-APP-10: how many mini-programs a subject may file.
pub const APP_10: &str = "R-APP-10";

/// R-APP-11: an APP's domains: the levels it uses, up to the fourth.
pub const APP_11: &str = "R-APP-11";

/// R-APP-12: the materials of an APP, mini-program or quick-app filing.
pub const APP_12: &str = "R-APP-12";

/// R-APP-13: an app's name, by the website naming rules that likely apply
/// and Huawei Cloud's APP rules (warnings only).
pub const APP_13: &str = "R-APP-13";

/// Findings about the options a caller passed (an unknown `locale`, a
/// malformed `asOf`) rather than about the person's data. Never errors: the
/// check falls back to the default and says so.
pub const OPTIONS: &str = "OPTIONS";

/// Every rule id above, in the order of this file.
pub const ALL: &[&str] = &[
    ID_1, ID_2, ID_3, ID_4, ID_5, ORG_1, ORG_2, ORG_3, ORG_4, ORG_5, ORG_6, ORG_7, TEL_1, TEL_2, TEL_3, TEL_4, TEL_5,
    CON_1, CON_2, CON_3, CON_4, CON_5, DOM_1, DOM_2, DOM_3, DOM_6, DOM_7, URL_1, URL_2, URL_3, DOM_4, DOM_5, AGE_1,
    AGE_2, AGE_3, NAME_1, REM_1, REM_2, REM_4, REM_3, PRE_1, APP_1, MAT_1, MAT_2, MAT_3, MAT_4, MAT_5, MAT_6, MAT_7,
    CHG_1, CHG_2, ID_6, ID_7, ORG_8, ORG_9, CON_6, CON_7, CON_8, LOC_1, LOC_2, ADDR_1, AGE_4, DOM_8, URL_4, NAME_2,
    NAME_3, NAME_4, PRE_2, SVC_1, REM_5, MAT_8, FORM, NUM_1, NUM_2, IP_1, APP_2, APP_3, APP_4, APP_5, APP_6, APP_7,
    APP_8, APP_9, APP_10, APP_11, APP_12, OPTIONS,
];
