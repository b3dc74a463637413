#!/usr/bin/env python3
"""Generates the province requirements and the rule catalogue's texts:

- src/tables/provinces.rs (in the core): one row per province requirement
  (rule id, province, the check and its parameters, severity, sources),
  the short names and dates of the sources, and the short texts findings
  quote (documents, proofs);
- data/rules/rule-texts.bin (optional data, loaded like the division names):
  the catalogue (data/rules/catalogue.toml: titles, what is checked, when it
  is an error, sources, codes), the requirement texts in zh-CN and en, the
  full titles, URLs and dates of the sources, the firmness explanations and
  the rows that are not checked (cited, unchecked, process).

Inputs: data/provinces/province-rules.csv (477 requirements of the 31
provinces, one row per source; see province-rules-SOURCES.md),
data/provinces/checks.toml (hand-kept: how each row becomes a rule) and
data/rules/catalogue.toml. Only the Python standard library (3.11: tomllib).

Firmness of a province requirement (the issue's policy, explained per row in
docs/RULES.md): an error only when two or more independent providers agree,
at least one source is dated 2020 or later, and no row contradicts it — or
when an official text (an MIIT notice) states it and nothing marks it stale;
otherwise a warning; documents are materials.

    python3 data/rules/generate.py          # write both files
    python3 data/rules/generate.py --check  # exit 1 if either is stale
"""
import csv
import re
import sys
import tomllib
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CSV = ROOT / "data" / "provinces" / "province-rules.csv"
CHECKS = ROOT / "data" / "provinces" / "checks.toml"
CATALOGUE = HERE / "catalogue.toml"
OUT_RUST = ROOT / "src" / "tables" / "provinces.rs"
OUT_TEXTS = HERE / "rule-texts.bin"

PROVINCES = {
    "000000": ("全国", "all provinces"), "110000": ("北京", "Beijing"), "120000": ("天津", "Tianjin"),
    "130000": ("河北", "Hebei"), "140000": ("山西", "Shanxi"), "150000": ("内蒙古", "Inner Mongolia"),
    "210000": ("辽宁", "Liaoning"), "220000": ("吉林", "Jilin"), "230000": ("黑龙江", "Heilongjiang"),
    "310000": ("上海", "Shanghai"), "320000": ("江苏", "Jiangsu"), "330000": ("浙江", "Zhejiang"),
    "340000": ("安徽", "Anhui"), "350000": ("福建", "Fujian"), "360000": ("江西", "Jiangxi"),
    "370000": ("山东", "Shandong"), "410000": ("河南", "Henan"), "420000": ("湖北", "Hubei"),
    "430000": ("湖南", "Hunan"), "440000": ("广东", "Guangdong"), "450000": ("广西", "Guangxi"),
    "460000": ("海南", "Hainan"), "500000": ("重庆", "Chongqing"), "510000": ("四川", "Sichuan"),
    "520000": ("贵州", "Guizhou"), "530000": ("云南", "Yunnan"), "540000": ("西藏", "Tibet"),
    "610000": ("陕西", "Shaanxi"), "620000": ("甘肃", "Gansu"), "630000": ("青海", "Qinghai"),
    "640000": ("宁夏", "Ningxia"), "650000": ("新疆", "Xinjiang"),
}

# Who published a source: (key, test on "url title", name zh, name en, official).
# Providers are what "independent" counts: two pages of one provider are one.
PROVIDERS = [
    ("miit", r"工业和信息化部|工信管函|“国”字头", "工业和信息化部", "MIIT", True),
    ("tencent", r"tencentyun|cloud\.tencent\.com|dayizhe|qcloudvip|tencent-(?:process|access|change|types|miniprogram)", "腾讯云", "Tencent Cloud", False),
    ("qingcloud", r"yunify", "青云QingCloud", "QingCloud", False),
    ("ucloud", r"UCloudDocs", "UCloud", "UCloud", False),
    ("huawei", r"huaweicloud", "华为云", "Huawei Cloud", False),
    ("finclip", r"finclip", "FinClip", "FinClip", False),
    ("alibaba", r"newbst", "阿里云式规则的转载", "a repost of an Alibaba-style page", False),
    ("ningxia-repost", r"help-w\.com", "宁夏管局规则的转载", "a repost of Ningxia's rules", False),
    ("baidu", r"jzztb|cloud\.baidu\.com", "百度智能云", "Baidu AI Cloud", False),
    ("jisuyun", r"jisuyun", "主机转售商的一览表", "a hosting reseller's table", False),
    ("xinnet", r"xinnet", "新网", "Xinnet", False),
    ("volcengine", r"volcengine", "火山引擎", "Volcengine", False),
    ("ksyun", r"ksyun", "金山云", "Kingsoft Cloud", False),
    ("zhongyihang", r"zhongyihang", "主机商中亿航", "a hosting provider (zhongyihang)", False),
    ("west", r"west\.cn", "西部数码的表单脚本", "west.cn's form script", False),
    ("code", r"TypeScript checklist", "第三方代码清单", "a third-party code checklist", False),
]

# How a finding's message names a provider when it cites its sources (the
# `basis`): the provider or authority a person filing can recognise. Reposts
# are named by the administration whose rules they copy, a hosting company
# by its name, and a source whose author is not known is a user report.
# Providers not listed here are named as in PROVIDERS. The finding's
# `sources` parameter keeps the names of PROVIDERS.
CITED_NAMES = {
    "alibaba": ("网上转载的天津通信管理局规则", "a web repost of the Tianjin administration's rules"),
    "ningxia-repost": ("网上转载的宁夏通信管理局规则", "a web repost of the Ningxia administration's rules"),
    "jisuyun": ("主机商 jisuyun 的各省要求一览表", "the hosting provider jisuyun's table of province rules"),
    "zhongyihang": ("主机商中亿航", "the hosting provider Zhongyihang"),
    "west": ("西部数码的备案表单", "west.cn's filing form"),
    "code": ("用户报告", "user reports"),
}
# A message cites an undated source with when it was read: every undated row
# of province-rules.csv was read for its compilation in 2026 (its newest
# dated source is of 2025-12-31; the file was added on 2026-11-30).
READ = ("2026 年查阅", "read in 2026")

# Check kinds whose parameters name a `who`, and the kinds that are documents.
MATERIAL_CHECKS = {"id_local_or_proof", "domain_certificate", "construction_plan", "verification_form_per_domain",
                   "document", "subject_owner_authorisation", "website_owner_authorisation", "minor_proof", "guardian"}
SILENT_CHECKS = {"id_other_province_accepted", "no_local_mobile"}


def rust_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def provider_of(where):
    for key, pattern, zh, en, official in PROVIDERS:
        if re.search(pattern, where):
            return key
    raise SystemExit(f"no provider for source {where!r}: add it to PROVIDERS")


def date_token(raw):
    """A source date as the core stores it: YYYY[-MM-DD], `<YYYY` (before),
    `>YYYY` (after), `YYYY-MM-DD+` (in force since) or `?` (undated)."""
    m = re.match(r"^(\d{4}(?:-\d{2}-\d{2})?)", raw)
    if m:
        return m.group(1)
    m = re.search(r"pre-(\d{4})", raw)
    if m:
        return "<" + m.group(1)
    m = re.search(r"post-(\d{4})", raw)
    if m:
        return ">" + m.group(1)
    m = re.search(r"effective (\d{4}-\d{2}-\d{2})", raw)
    if m:
        return m.group(1) + "+"
    return "?"


def year_of(token):
    m = re.search(r"\d{4}", token)
    return None if not m or token.startswith("<") else int(m.group())


def show_date(token, locale):
    if token == "?":
        return "日期不详" if locale == "zh" else "undated"
    if token.startswith("<"):
        return f"{token[1:]} 年前" if locale == "zh" else f"before {token[1:]}"
    if token.startswith(">"):
        return f"{token[1:]} 年后" if locale == "zh" else f"after {token[1:]}"
    if token.endswith("+"):
        return f"{token[:-1]} 起施行" if locale == "zh" else f"in force since {token[:-1]}"
    return token


class Sources:
    """Every source a province requirement cites: CSV sources and catalogue
    sources, each with its provider and date token, in first-use order."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.keys, self.rows = [], []

    def of_row(self, row):
        url = row["source_url"]
        key = ("csv", url, row["source_title"], row["source_date"])
        return self._add(key, lambda: dict(
            provider=provider_of(url + " " + row["source_title"]), date=date_token(row["source_date"]),
            title_zh=row["source_title"], title_en=row["source_title"],
            url=url.split(" ")[0] if url.startswith("http") else "", raw_date=row["source_date"]))

    def of_catalogue(self, name):
        s = self.catalogue["sources"][name]
        return self._add(("cat", name), lambda: dict(
            provider=provider_of(name), date=date_token(s["date"]), title_zh=s["title"], title_en=s["title_en"],
            url=s["url"], raw_date=s["date"]))

    def _add(self, key, make):
        if key not in self.keys:
            self.keys.append(key)
            self.rows.append(make())
        return self.keys.index(key)


def firmness(kind, sources, against, downgrade, src_rows):
    """(grade, why zh, why en) of a requirement; `downgrade` ([zh, en]) is why
    sources that would make it an error do not."""
    if kind in SILENT_CHECKS:
        return "none", "说明来源允许的做法，不报告。", "Says what a source allows; nothing is reported."
    providers = sorted({src_rows[s]["provider"] for s in sources})
    names_zh = "、".join(p[2] for p in PROVIDERS if p[0] in providers)
    names_en = ", ".join(p[3] for p in PROVIDERS if p[0] in providers)
    recent = [s for s in sources if (year_of(src_rows[s]["date"]) or 0) >= 2020]
    official = any(src_rows[s]["provider"] == "miit" for s in sources)
    if kind in MATERIAL_CHECKS:
        return "material", f"材料（来源：{names_zh}）。", f"A material (sources: {names_en})."
    if against:
        return ("warning", f"提示：有 {len(against)} 条来源与之矛盾。",
                f"Warning: {len(against)} source row(s) contradict it.")
    firm = official or (len(providers) >= 2 and recent)
    if firm and downgrade:
        return "warning", f"提示：来源足以定为错误，但{downgrade[0]}。", f"Warning: the sources would make it an error, but {downgrade[1]}."
    if official:
        return "error", "错误：工业和信息化部的文件规定。", "Error: an MIIT text states it."
    if len(providers) >= 2 and recent:
        return ("error", f"错误：{len(providers)} 个相互独立的来源（{names_zh}）一致，其中有 2020 年或以后的，且没有矛盾。",
                f"Error: {len(providers)} independent sources ({names_en}) agree, one dated 2020 or later, none contradicts.")
    if len(providers) < 2:
        return "warning", f"提示：只有一个来源（{names_zh}）。", f"Warning: a single source ({names_en})."
    return ("warning", f"提示：{len(providers)} 个来源（{names_zh}）一致，但都早于 2020 年或日期不详。",
            f"Warning: {len(providers)} sources ({names_en}) agree, but none is dated 2020 or later.")


def rust_check(kind, params, texts):
    """The Rust expression of a check."""
    p = dict(params)

    def text(value):
        zh, en = value.split("|", 1)
        if (zh, en) not in texts:
            texts.append((zh, en))
        return texts.index((zh, en))

    def who(default="All"):
        return "Who::" + "".join(w.capitalize() for w in p.get("who", default).split("_"))

    def words(key):
        return "&[" + ", ".join(rust_str(w) for w in p.get(key, [])) + "]"

    camel = "".join(w.capitalize() for w in kind.split("_"))
    simple = {"same_city", "no_local_mobile", "id_other_province_accepted", "second_contact", "person_name",
              "emergency_third_person", "emergency_in_remark", "website_owner_differs",
              "website_owner_same_if_delegated", "website_owner_differs_if_delegated", "finance_website_owner", "one_domain_per_website", "registrar_domestic", "cctld_refused",
              "registrant_not_legal_rep", "personal_name_pattern", "domain_state_words", "unit_name_related",
              "unit_name_official_site", "one_homepage_url", "sole_trader_as_unit", "tianjin_district",
              "verification_form_per_domain", "subject_owner_authorisation", "website_owner_authorisation"}
    if kind in simple:
        return f"Check::{camel}"
    if kind == "id_local_only":
        proof = f"Some({text(p['proof'])})" if "proof" in p else "None"
        return f"Check::IdLocalOnly {{ who: {who()}, proof: {proof} }}"
    if kind == "id_local_or_proof":
        return f"Check::IdLocalOrProof {{ who: {who()}, proof: {text(p['proof'])} }}"
    if kind == "local_mobile":
        return f"Check::LocalMobile {{ who: {who()} }}"
    if kind == "owner_is_legal_rep":
        return f"Check::OwnerIsLegalRep {{ authorisation: {str(p.get('authorisation', False)).lower()} }}"
    if kind == "id_type_refused":
        kinds = "&[" + ", ".join(rust_str(k) for k in p["kinds"]) + "]"
        return f"Check::IdTypeRefused {{ kinds: {kinds}, who: {who()}, instead: {text(p['instead'])} }}"
    if kind in ("min_age", "minor_proof", "guardian"):
        field = "age" if kind == "min_age" else "below"
        return f"Check::{camel} {{ {field}: {p[field]}, who: {who()} }}"
    if kind == "max_age":
        return f"Check::MaxAge {{ male: {p['male']}, female: {p['female']}, who: {who()} }}"
    if kind == "max_domains":
        return (f"Check::MaxDomains {{ max: {p['max']}, who: {who()}, first_filing: {str(p.get('first_filing', False)).lower()}, "
                f"except_change: {str(p.get('except_change', False)).lower()} }}")
    if kind == "max_websites":
        return f"Check::MaxWebsites {{ personal: {p['personal']}, unit: {p['unit']} }}"
    if kind == "personal_refused_suffix":
        return f"Check::PersonalRefusedSuffix {{ suffix: {rust_str(p['suffix'])} }}"
    if kind == "name_min_han":
        return f"Check::NameMinHan {{ min: {p['min']} }}"
    if kind == "personal_name_words":
        return f"Check::PersonalNameWords {{ words: {words('words')}, pinyin: {str(p.get('pinyin', False)).lower()} }}"
    if kind == "state_words":
        return f"Check::StateWords {{ who: {who()}, words: {words('words')} }}"
    if kind == "name_pre_approval":
        pairs = "&[" + ", ".join(f"({rust_str(w.split(':')[0])}, {rust_str(w.split(':')[1])})" for w in p["words"]) + "]"
        return f"Check::NamePreApproval {{ words: {pairs} }}"
    if kind in ("service_content_forbidden", "service_content_only"):
        return f"Check::{camel} {{ value: {rust_str(p['value'])} }}"
    if kind == "remark_declaration":
        return (f"Check::RemarkDeclaration {{ who: {who()}, any: {words('any')}, all: {words('all')}, "
                f"hint: {text(p['hint'])} }}")
    if kind == "finance_words":
        return f"Check::FinanceWords {{ words: {words('words')} }}"
    if kind == "sole_trader_remark":
        return f"Check::SoleTraderRemark {{ phrase: {rust_str(p['phrase'])} }}"
    if kind == "domain_certificate":
        return f"Check::DomainCertificate {{ min_domains: {p['min_domains']}, who: {who()} }}"
    if kind == "construction_plan":
        return (f"Check::ConstructionPlan {{ personal_min: {p['personal_min']}, unit_min: {p['unit_min']}, "
                f"new_website: {str(p.get('new_website', False)).lower()} }}")
    if kind == "document":
        when = p["when"]
        if ":" in when:
            what, items = when.split(":", 1)
            when_rust = f"When::{what.capitalize()}(&[" + ", ".join(rust_str(i) for i in items.split(",")) + "])"
            if what == "domains":
                when_rust = f"When::DomainsOver({int(items) - 1})"
        else:
            when_rust = "When::" + "".join(w.capitalize() for w in when.split("_"))
        return f"Check::Document {{ doc: {text(p['doc'])}, when: {when_rust} }}"
    raise SystemExit(f"unknown check kind {kind!r}")


def main():
    rows = {i: r for i, r in enumerate(csv.DictReader(CSV.open(encoding="utf-8")), start=2)}
    checks = tomllib.loads(CHECKS.read_text(encoding="utf-8"))
    catalogue = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    rule_ids = [r["id"] for r in catalogue["rule"]]
    sources = Sources(catalogue)
    texts, requirements, used = [], [], {}

    def use(row, what):
        if row not in rows:
            raise SystemExit(f"{what}: no CSV row {row}")
        used.setdefault(row, []).append(what)

    # Check entries: one requirement per (entry, province).
    # A national entry supports a province's entry of the same check with the
    # same parameters (it states the same thing for every province).
    national_rows = {}
    for entry in checks["check"]:
        same = (entry["check"], repr(sorted(entry.get("params", {}).items())))
        national_rows.setdefault(same, []).extend(entry.get("rows", {}).get("000000", []))
    for n, entry in enumerate(checks["check"]):
        if entry["rule"] not in rule_ids:
            raise SystemExit(f"check {n}: rule {entry['rule']} is not in the catalogue")
        kind = entry["check"]
        provinces = list(entry["rows"]) + [p for p in entry.get("also", {}) if p not in entry["rows"]]
        for province in provinces:
            row_list = entry["rows"].get(province, [])
            for row in row_list:
                use(row, f"check {n}")
                csv_province = rows[row]["province_code"]
                if province != "000000" and csv_province != province:
                    raise SystemExit(f"check {n}: row {row} is {csv_province}, listed under {province}")
                checkable = rows[row]["checkable"]
                if checkable == "process" and kind not in SILENT_CHECKS:
                    raise SystemExit(f"check {n}: row {row} is a process row")
            against = entry.get("against", {}).get(province, [])
            for row in against:
                use(row, f"check {n} (against)")
            same = (kind, repr(sorted(entry.get("params", {}).items())))
            national = [] if province == "000000" or entry.get("additive") else national_rows.get(same, [])
            support = list(row_list) + [r for r in national if r not in row_list]
            src = sorted({sources.of_row(rows[r]) for r in support}
                         | {sources.of_catalogue(name) for name in entry.get("also", {}).get(province, [])})
            against_src = sorted({sources.of_row(rows[r]) for r in against})
            grade, why_zh, why_en = firmness(kind, src, against_src, entry.get("downgrade"), sources.rows)
            requirements.append(dict(
                rule=entry["rule"], province=province, kind=kind, check=rust_check(kind, entry.get("params", {}), texts),
                grade=grade, sources=src, against=against_src, entry=n, why=(why_zh, why_en),
                who=entry.get("params", {}).get("who", ""), additive=entry.get("additive", False),
                replaces=entry.get("replaces", [])))
    for kind in ("cite", "unchecked", "process"):
        for n, entry in enumerate(checks.get(kind, [])):
            if kind == "cite" and entry["rule"] not in rule_ids:
                raise SystemExit(f"cite {n}: rule {entry['rule']} is not in the catalogue")
            for row in entry["rows"]:
                use(row, f"{kind} {n}")
                if (kind == "process") != (rows[row]["checkable"] == "process"):
                    raise SystemExit(f"{kind} {n}: row {row} is a {rows[row]['checkable']} row")
    missing = sorted(set(rows) - set(used))
    if missing:
        raise SystemExit(f"CSV rows not mapped in checks.toml: {missing}")

    # Ids: R-LOC-1@140000, with .2, .3 … for more entries of a rule in a province.
    seen = {}
    for req in requirements:
        key = (req["rule"], req["province"])
        seen[key] = seen.get(key, 0) + 1
        req["id"] = f"{req['rule']}@{req['province']}" + (f".{seen[key]}" if seen[key] > 1 else "")
    # A province entry replaces the national entry of the same check and `who`
    # unless it is additive; `replaces` names further checks.
    for req in requirements:
        req["overrides"] = [] if req["province"] == "000000" or req["additive"] else [req["kind"]] + req["replaces"]

    grades = {"error": 0, "warning": 1, "material": 2, "none": 3}
    provider_keys = [p[0] for p in PROVIDERS]
    province_keys = list(PROVINCES)
    if len(sources.rows) > 255:
        raise SystemExit("more than 255 sources: widen SOURCE_LISTS")
    # Entries: one per [[check]] of checks.toml, in order.
    entry_rows, entry_kinds = "", []
    for n, entry in enumerate(checks["check"]):
        reqs = [r for r in requirements if r["entry"] == n]
        r0 = reqs[0]
        entry_rows += f"    Entry {{ rule: {rust_str(entry['rule'])}, check: {r0['check']} }},\n"
        entry_kinds.append(r0["kind"])
    # Rows: (province index, entry, grade, ordinal, first source, sources, against) over SOURCE_LISTS.
    lists, row_rows = [], ""
    for r in requirements:
        start = len(lists)
        lists.extend(r["sources"] + r["against"])
        ordinal = int(r["id"].split(".")[1]) if "." in r["id"].split("@")[1] else 1
        row_rows += (f"    Row({province_keys.index(r['province'])}, {r['entry']}, {grades[r['grade']]}, {ordinal}, "
                     f"{start}, {len(r['sources'])}, {len(r['against'])}),\n")
    # Which national rows each province's own entries replace (same `who`,
    # kind among the entry's overrides): decided here, not on every check.
    def entry_overrides(n):
        return {o for q in requirements if q["entry"] == n for o in q["overrides"]}
    def entry_who(n):
        return next(q["who"] for q in requirements if q["entry"] == n)
    def entry_kind(n):
        return next(q["kind"] for q in requirements if q["entry"] == n)
    shadowed_rows = ""
    for key in province_keys:
        own_entries = {r["entry"] for r in requirements if r["province"] == key and key != "000000"}
        shadowed = [i for i, r in enumerate(requirements) if r["province"] == "000000" and any(
            entry_who(e) == entry_who(r["entry"]) and entry_kind(r["entry"]) in entry_overrides(e) for e in own_entries)]
        shadowed_rows += f"    &{shadowed},\n"
    # The rows that national rules cite or that no check uses are sources too:
    # register them before the source table is written.
    for kind in ("cite", "unchecked", "process"):
        for entry in checks.get(kind, []):
            for row in entry["rows"]:
                sources.of_row(rows[row])
    src_rows = "".join(f"    ({provider_keys.index(s['provider'])}, {rust_str(s['date'])}),\n" for s in sources.rows)
    provider_rows = "".join(f"    ({rust_str(zh)}, {rust_str(en)}),\n" for _, _, zh, en, _ in PROVIDERS)
    def cited(source):
        key, _, zh, en, _ = PROVIDERS[provider_keys.index(source["provider"])]
        zh, en = CITED_NAMES.get(key, (zh, en))
        date_zh, date_en = READ if source["date"] == "?" else (show_date(source["date"], "zh"), show_date(source["date"], "en"))
        return f"{zh}（{date_zh}）", f"{en} ({date_en})"
    cited_rows = "".join(f"    ({rust_str(zh)}, {rust_str(en)}),\n" for zh, en in map(cited, sources.rows))
    text_rows = "".join(f"    ({rust_str(zh)}, {rust_str(en)}),\n" for zh, en in texts)
    province_codes = ", ".join(str(int(code)) for code in PROVINCES)
    province_rows = "".join(f"    ({rust_str(zh)}, {rust_str(en)}),\n" for zh, en in PROVINCES.values())
    body = "".join([
        f"/// The provinces of the table ({len(PROVINCES)}; 0: every province).\n",
        f"pub static PROVINCE_CODES: &[u32] = &[{province_codes}];\n\n",
        "/// Their short names, zh-CN and en; without the compiled-in messages they\n",
        "/// come with the loaded message table.\n#[cfg(feature = \"messages\")]\n",
        f"pub static PROVINCE_NAMES: &[(&str, &str)] = &[\n{province_rows}];\n",
        "/// Empty: the names come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static PROVINCE_NAMES: &[(&str, &str)] = &[];\n\n",
        f"/// Who published each source: name in zh-CN and en ({len(PROVIDERS)}); like the names.\n",
        "#[cfg(feature = \"messages\")]\n",
        f"pub static PROVIDERS: &[(&str, &str)] = &[\n{provider_rows}];\n",
        "/// Empty: the providers come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static PROVIDERS: &[(&str, &str)] = &[];\n\n",
        "/// Each source as a finding's message cites it (the `basis`), zh-CN and en:\n",
        "/// the provider or authority a person can recognise and the date, or when\n",
        "/// an undated source was read; like the names.\n#[cfg(feature = \"messages\")]\n",
        f"pub static CITED_SOURCES: &[(&str, &str)] = &[\n{cited_rows}];\n",
        "/// Empty: the citations come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static CITED_SOURCES: &[(&str, &str)] = &[];\n\n",
        f"/// Each source's provider (index in [`PROVIDERS`]) and date: `YYYY[-MM-DD]`,\n",
        f"/// `<YYYY` before, `>YYYY` after, `YYYY-MM-DD+` in force since, `?` undated ({len(sources.rows)}).\n",
        f"pub static SOURCES: &[(u8, &str)] = &[\n{src_rows}];\n\n",
        f"/// Texts findings quote (documents, proofs), zh-CN and en ({len(texts)}); without\n",
        "/// the compiled-in messages they come with the loaded message table.\n",
        "#[cfg(feature = \"messages\")]\n",
        f"pub static TEXTS: &[(&str, &str)] = &[\n{text_rows}];\n",
        "/// Empty: the texts come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static TEXTS: &[(&str, &str)] = &[];\n\n",
        f"/// The checks of data/provinces/checks.toml, in order ({len(checks['check'])}).\n",
        f"pub static ENTRIES: &[Entry] = &[\n{entry_rows}];\n\n",
        "/// Each entry's check name in checks.toml (the `kind` of a requirement): words\n",
        "/// of the catalogue, compiled in with its texts (feature `rule-texts`).\n",
        "#[cfg(feature = \"rule-texts\")]\n",
        f"pub static ENTRY_KINDS: &[&str] = &[{', '.join(rust_str(k) for k in entry_kinds)}];\n\n",
        "/// The sources and then the contradicting sources of each row (indexes in [`SOURCES`]).\n",
        f"pub static SOURCE_LISTS: &[u8] = &{lists};\n\n",
        f"/// The province requirements ({len(requirements)}): province (index in [`PROVINCE_CODES`];\n",
        "/// 0: every province without an entry that overrides it), entry, grade\n",
        "/// (error, warning, material, none), ordinal of the rule in the province,\n",
        "/// first index in [`SOURCE_LISTS`], number of sources, number of contradicting ones.\n",
        f"pub static ROWS: &[Row] = &[\n{row_rows}];\n\n",
        "/// The national rows (indexes in [`ROWS`]) each province (index in\n",
        "/// [`PROVINCE_CODES`]) replaces by its own: same `who`, kind among its overrides.\n",
        f"pub static SHADOWED: &[&[u16]] = &[\n{shadowed_rows}];\n",
    ])
    fingerprint = zlib.crc32(body.encode("utf-8"))
    rust = "".join([
        "// @generated by data/rules/generate.py — do not edit; run the generator.\n",
        "//! The province requirements (data/provinces/checks.toml over\n",
        "//! data/provinces/province-rules.csv) and what their findings quote.\n\n",
        "use crate::provinces::{Check, Entry, Row, When, Who};\n\n",
        f"/// Ties `rule-texts.bin` to this table.\npub const FINGERPRINT: u32 = {fingerprint};\n\n",
        body,
    ])

    # The optional texts: tab-separated lines.
    def line(*fields):
        for f in fields:
            if "\t" in str(f) or "\n" in str(f):
                raise SystemExit(f"a tab or newline in {f!r}")
        return "\t".join(str(f) for f in fields) + "\n"

    out = [line("BCRT", 1, fingerprint)]
    for rule in catalogue["rule"]:
        out.append(line("R", rule["id"], rule["title"], rule["title_en"], rule["checks"], rule["checks_en"],
                        rule["severity"], rule["severity_en"], ",".join(rule["sources"]), ",".join(rule["codes"])))
    for key, s in catalogue["sources"].items():
        out.append(line("C", key, s["title"], s["title_en"], s["url"], s["date"]))
    for i, s in enumerate(sources.rows):
        out.append(line("S", i, s["title_zh"], s["title_en"], s["url"], s["raw_date"]))
    for n, entry in enumerate(checks["check"]):
        out.append(line("E", n, entry["zh"], entry["en"]))
    for r in requirements:
        out.append(line("W", r["id"], r["why"][0], r["why"][1]))
    for kind in ("cite", "unchecked", "process"):
        for entry in checks.get(kind, []):
            for province in sorted({rows[row]["province_code"] for row in entry["rows"]}):
                src = sorted({sources.of_row(rows[row]) for row in entry["rows"] if rows[row]["province_code"] == province})
                zh = entry.get("zh") or ""
                en = entry.get("en") or ""
                if kind == "cite":
                    rule = next(r for r in catalogue["rule"] if r["id"] == entry["rule"])
                    detail = "; ".join(rows[row]["detail"] for row in entry["rows"] if rows[row]["province_code"] == province)
                    zh = f"由全国规则 {rule['id']}（{rule['title']}）检查。"
                    en = f"Checked by the national rule {rule['id']} ({rule['title_en']}): {detail}"
                out.append(line("X", kind, province, entry.get("rule", ""), zh, en, entry.get("reason_zh", ""),
                                entry.get("reason_en", ""), ",".join(map(str, src))))
    # Rows cited by a national rule keep their CSV wording as evidence.
    texts_out = "".join(out)

    summary = (f"{len(requirements)} requirements from {len(checks['check'])} entries "
               f"({sum(r['grade'] == 'error' for r in requirements)} errors, "
               f"{sum(r['grade'] == 'warning' for r in requirements)} warnings, "
               f"{sum(r['grade'] == 'material' for r in requirements)} materials), {len(sources.rows)} sources")
    if "--check" in sys.argv:
        fresh = (OUT_RUST.exists() and OUT_RUST.read_text(encoding="utf-8") == rust
                 and OUT_TEXTS.exists() and OUT_TEXTS.read_text(encoding="utf-8") == texts_out)
        print(f"rules: {summary}, {'up to date' if fresh else 'stale'}")
        return 0 if fresh else 1
    OUT_RUST.write_text(rust, encoding="utf-8")
    OUT_TEXTS.write_text(texts_out, encoding="utf-8")
    print(f"wrote {OUT_RUST.relative_to(ROOT)} and {OUT_TEXTS.relative_to(ROOT)}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
