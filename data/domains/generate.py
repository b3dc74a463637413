#!/usr/bin/env python3
"""Generates src/tables/suffixes.rs, the top-level domains and their standing
for ICP filing (R-DOM-1, R-DOM-2), from two sources:

- tlds.csv (this folder; its sources, their dates and how far to trust them
  are in tlds-SOURCES.md): 1 036 top-level domains, each `approved`,
  `not_approved` or `unclear` for filing, with evidence, source URL and date.
  Its backbone is the table "可备案的域名后缀" of Tencent Cloud's page
  《备案域名》 (https://cloud.tencent.com/document/product/243/18905), dated
  2022-08-30, a provider's copy of MIIT's list.
- the Public Suffix List, from the newest of its copies on the registries
  (psl-pins.json): the npm package `tldts` (a devDependency; its compiled
  trie read back as list text by psl-from-tldts.mjs) or the PyPI package
  `publicsuffixlist` (pinned in data/requirements.txt), which is compared
  with it: which top-level labels exist at all, and the ICANN rules below the
  TLDs that can be filed, so the registrable domain is found
  (`example.com.cn`, `x.bj.cn`). `--check` fails when the installed tldts is
  not the pinned one (a newer list is installed: run `npm run refresh-data`).

What the generated table holds, one sorted line per real TLD (PSL ICANN):

    <tld>                           a TLD that tlds.csv does not list
    <tld> <status><source><doubt>   a TLD that it lists

status is `a` approved, `d` approved but a source dissents, `u` unclear,
`n` not approved; source indexes SOURCES; doubt indexes DOUBTS (`-` for
none). Rows of tlds.csv that are no TLD of the PSL (`an`, `tp`, retired brand
TLDs, variant strings) are left out: the library calls them unknown TLDs.

The dissents and the kinds of doubt are written here by hand, in zh-CN and
en; the generator stops when a row of the CSV records a dissent or a doubt
that has no text here, or cites a source that has no title here.

    .venv/bin/python data/domains/generate.py          # write
    .venv/bin/python data/domains/generate.py --check  # exit 1 if stale
"""
import csv
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import publicsuffixlist

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "src" / "tables" / "suffixes.rs"
CSV = HERE / "tlds.csv"
PSL = Path(publicsuffixlist.__file__).parent / "public_suffix_list.dat"
PINS = json.loads((HERE / "psl-pins.json").read_text(encoding="utf-8"))
TLDTS = ROOT / "node_modules" / "tldts"

# The date of the approved list the table's backbone copies.
LIST_DATE = "2022-08-30"
LIST_URL = "https://cloud.tencent.com/document/product/243/18905"

# Suffixes the same provider's 2018 documentation (《网站备案 备案类型》, the
# console's domain field) called eligible. The 2022 table supersedes it;
# where it says eligible and the newer sources do not, the library warns and
# names both (R-DOM-1).
OLD_ELIGIBLE = ["com", "cn", "net", "cc", "tv", "gov", "org", "mobi", "中信", "tel", "wang", "ren",
                "中国", "网络", "公司", "商城", "网址"]

# Every source URL of tlds.csv with a title per language. The CSV's own
# wording of each source is in tlds-SOURCES.md.
TITLES = {
    LIST_URL: ("腾讯云文档《备案域名》“可备案的域名后缀”表",
               "Tencent Cloud, 备案域名, table of fileable suffixes"),
    "https://github.com/v2fly/domain-list-community/blob/master/data/tld-!cn":
        ("v2fly/domain-list-community 的境外顶级域清单 tld-!cn（维护者按工信部名单剔除了可备案后缀）",
         "v2fly/domain-list-community list tld-!cn (pruned by its maintainers against MIIT's list)"),
    "https://github.com/v2fly/domain-list-community/blob/master/data/tld-cn":
        ("v2fly/domain-list-community 的境内顶级域清单 tld-cn",
         "v2fly/domain-list-community list tld-cn"),
    "https://github.com/v2fly/domain-list-community/pull/1607":
        ("v2fly/domain-list-community PR #1607（按工信部可备案名单移出）",
         "v2fly/domain-list-community PR #1607 (removed per MIIT's fileable list)"),
    "https://github.com/v2fly/domain-list-community/pull/2286":
        ("v2fly/domain-list-community PR #2286（按工信部注册局名单移出）",
         "v2fly/domain-list-community PR #2286 (removed per MIIT's registry list)"),
    "https://github.com/v2fly/domain-list-community/issues/2042":
        ("v2fly/domain-list-community issue #2042", "v2fly/domain-list-community issue #2042"),
    "https://github.com/willin/beian-domain":
        ("旧备案系统的域名后缀代码表（willin/beian-domain 抓取）",
         "the old filing system's suffix code table (scraped by willin/beian-domain)"),
    "https://github.com/willin/beian-domain/issues/2":
        ("willin/beian-domain issue #2", "willin/beian-domain issue #2"),
    "https://github.com/goplus/builder/issues/468":
        ("goplus/builder issue #468", "goplus/builder issue #468"),
    "https://github.com/0xnicholas/agent009/issues/10":
        ("0xnicholas/agent009 issue #10", "0xnicholas/agent009 issue #10"),
    "https://github.com/Wuqibor/FRP-Herkou":
        ("Wuqibor/FRP-Herkou 的说明", "notes in Wuqibor/FRP-Herkou"),
    "GitHub file (repository not identified)":
        ("GitHub 上的一份部署笔记（仓库未识别）", "a deployment note on GitHub (repository not identified)"),
    "https://github.com/publicsuffix/list/blob/main/public_suffix_list.dat":
        ("Public Suffix List", "Public Suffix List"),
    "": ("无来源（汇编者凭记忆列入的候选后缀）", "no source (a candidate the compiler listed from memory)"),
}

# How a finding's message names each source: the provider or authority a
# person filing can recognise, followed by the date (the full title, URL and
# date stay in the finding's params and in tlds-SOURCES.md). Community
# sources — GitHub projects, their issues and pull requests, notes whose
# repository is not known — are "user reports"; where they relay one of
# MIIT's lists, the message names that list. A row whose source only says
# that the TLD exists (the PSL) or that has none rests on the approved list
# alone: the message cites that list and its date (CITES_THE_LIST).
USER_REPORTS = ("用户报告", "user reports")
APPROVED_LIST = ("腾讯云《备案域名》可备案后缀表", "Tencent Cloud's 备案域名 table of fileable suffixes")
CITED = {
    LIST_URL: APPROVED_LIST,
    "https://github.com/v2fly/domain-list-community/blob/master/data/tld-!cn": USER_REPORTS,
    "https://github.com/v2fly/domain-list-community/blob/master/data/tld-cn": USER_REPORTS,
    "https://github.com/v2fly/domain-list-community/pull/1607":
        ("用户报告的工信部可备案名单", "MIIT's fileable list as users report it"),
    "https://github.com/v2fly/domain-list-community/pull/2286":
        ("用户报告的工信部注册局名单", "MIIT's registry list as users report it"),
    "https://github.com/v2fly/domain-list-community/issues/2042": USER_REPORTS,
    "https://github.com/willin/beian-domain":
        ("工信部旧备案系统的后缀代码表", "the suffix code table of MIIT's old filing system"),
    "https://github.com/willin/beian-domain/issues/2": USER_REPORTS,
    "https://github.com/goplus/builder/issues/468": USER_REPORTS,
    "https://github.com/0xnicholas/agent009/issues/10": USER_REPORTS,
    "https://github.com/Wuqibor/FRP-Herkou": USER_REPORTS,
    "GitHub file (repository not identified)": USER_REPORTS,
    "https://github.com/publicsuffix/list/blob/main/public_suffix_list.dat": APPROVED_LIST,
    "": APPROVED_LIST,
}
CITES_THE_LIST = {"https://github.com/publicsuffix/list/blob/main/public_suffix_list.dat", ""}


def cited(url, date):
    """The source as a message names it: (zh, en), name and date."""
    if url in CITES_THE_LIST:
        date = LIST_DATE
    if not re.match(r"\d{4}", date):
        raise SystemExit(f"the source {url!r} has no date for a message to cite")
    zh, en = CITED[url]
    return f"{zh}（{date}）", f"{en} ({date})"

# Approved rows whose evidence records a dissent or rests on one source:
# what the doubt is.
SINGLE_V2FLY = ("只有这一来源称其在工信部名单中，腾讯云的可备案后缀表未列出",
                "only this source puts it on MIIT's list; Tencent Cloud's table of fileable suffixes omits it")
DISSENTS = {
    "me": ("2023 年曾有用户报告 .me 不能备案，之后又被更正；各省受理情况可能不同",
           "a user report of 2023 said .me could not be filed, which was later reversed; provinces may differ"),
    "tech": ("2026-08 的一份用户报告称腾讯云文档把 .tech 标为暂不可备案（注册局重新审核资质），2026-09 的另一份用户报告称工信部名单仍有 .tech",
             "a user report of 2026-08 says Tencent Cloud marks .tech as temporarily not fileable (registry re-qualification); another of 2026-09 says MIIT's list still has it"),
    "hk": ("只有这一来源称其在工信部名单中，腾讯云的可备案后缀表未列出，2018 年曾有用户报告 .hk 备案被拒",
           "only this source puts it on MIIT's list, Tencent Cloud's table of fileable suffixes omits it, and in 2018 a user reported .hk filings refused"),
    "xn--j6w193g": SINGLE_V2FLY,
    "pw": SINGLE_V2FLY,
    "quest": SINGLE_V2FLY,
    "saxo": SINGLE_V2FLY,
}
DISSENT = re.compile(r"DISAGREEMENT|single source")

# Unclear rows: the kind of doubt, recognised from the evidence.
UNCLEAR_KINDS = [
    (re.compile(r"old (pre-2018 )?ICP system|[Oo]ld ICP system"),
     ("只见于 2018 年以前旧备案系统的后缀表，没有工信部批准的记录",
      "only in the pre-2018 filing system's suffix table; no record of MIIT approval")),
    (re.compile(r"^Chinese-run TLD"),
     ("国内企业的品牌顶级域，没有它在工信部名单中的记录",
      "a Chinese company's brand TLD with no record of being on MIIT's list")),
    (re.compile(r"^Chinese-script gTLD"),
     ("中文顶级域，但不在任何可备案后缀表中", "a Chinese-script TLD that no table of fileable suffixes lists")),
    (re.compile(r"not found in sources"),
     ("可备案后缀表未列出它，也没有其他来源说明它能否备案",
      "the table of fileable suffixes omits it, and nothing else says whether it can be filed")),
    (re.compile(r"broadcaster brand"),
     ("来源对其注册局的说法不一，无法推断", "the sources disagree on its registry, so nothing can be inferred")),
]


def puny(label):
    return label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")


def rust_str(text):
    """A Rust string literal (the inputs hold no backslashes)."""
    return '"' + text.replace('"', '\\"').replace("\n", "\\n") + '"'


def icann_rules(text):
    section = text.split("// ===BEGIN ICANN DOMAINS===")[1].split("// ===END ICANN DOMAINS===")[0]
    for line in section.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            yield line


def digit(i):
    """One character for a table index."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    if i >= len(alphabet):
        raise SystemExit("more than 36 sources or doubts: widen the encoding")
    return alphabet[i]


def standing(row):
    """(status letter, doubt) of a CSV row; stops on a row it cannot place."""
    status, evidence, tld = row["status"], row["evidence"], row["suffix"]
    if status == "not_approved":
        return "n", None
    if status == "approved":
        if tld in DISSENTS:
            return "d", DISSENTS[tld]
        if DISSENT.search(evidence):
            raise SystemExit(f"{tld}: the evidence records a dissent; add its text to DISSENTS")
        return "a", None
    if status == "unclear":
        for pattern, doubt in UNCLEAR_KINDS:
            if pattern.search(evidence):
                return "u", doubt
        raise SystemExit(f"{tld}: an unclear row of a kind UNCLEAR_KINDS does not know")
    raise SystemExit(f"{tld}: unknown status {status!r}")


def newest_list():
    """(ICANN rules, where they come from, their date) from the newest copy
    of the list, and the differences from the other copy, for the report."""
    pypi_text = PSL.read_text(encoding="utf-8")
    version = re.search(r"// VERSION: (\S+)", pypi_text).group(1)
    commit = re.search(r"// COMMIT: (\S+)", pypi_text).group(1)
    pypi = (list(icann_rules(pypi_text)), f"Public Suffix List {version}, commit {commit[:12]} "
            f"(via PyPI publicsuffixlist {publicsuffixlist.__version__})", version[:10])
    pin = PINS["tldts"]
    installed = json.loads((TLDTS / "package.json").read_text(encoding="utf-8"))["version"]
    if installed != pin["version"]:
        raise SystemExit(f"tldts {installed} is installed, the tables were made from {pin['version']}: "
                         "a newer Public Suffix List may be there: run `npm run refresh-data`")
    if pin["published"] <= pypi[2]:
        return pypi, []
    text = subprocess.run(["node", str(HERE / "psl-from-tldts.mjs"), str(TLDTS)], check=True,
                          capture_output=True, text=True).stdout
    tldts = list(icann_rules(text))
    old, new = {canonical(r) for r in pypi[0]}, {canonical(r) for r in tldts}
    changes = [f"+{r}" for r in sorted(new - old)] + [f"-{r}" for r in sorted(old - new)]
    source = (f"Public Suffix List as carried by npm tldts {pin['version']} (published {pin['published']}); "
              f"compared with {pypi[1]}: {len(changes)} ICANN rules differ")
    return (tldts, source, pin["published"]), changes


def canonical(rule):
    """A rule in punycode, as both copies are compared."""
    prefix = rule[0] if rule[0] == "!" else ""
    return prefix + ".".join(puny(label) for label in rule[len(prefix):].split("."))


def main():
    (rules, psl, list_date), changes = newest_list()
    tlds = sorted({puny(r.split(".")[-1].lstrip("*!")) for r in rules})

    rows = list(csv.DictReader(CSV.open(encoding="utf-8")))
    counts = Counter(r["status"] for r in rows)
    sources, doubts, lines = [], [], {}
    for row in rows:
        url = row["source_url"]
        if url not in TITLES or url not in CITED:
            raise SystemExit(f"{row['suffix']}: no title or name for the source {url!r}")
        letter, doubt = standing(row)
        source = (url, row["source_date"] if row["source_date"] not in ("", "unknown") else "")
        if source not in sources:
            sources.append(source)
        if doubt and doubt not in doubts:
            doubts.append(doubt)
        code = letter + digit(sources.index(source)) + (digit(doubts.index(doubt)) if doubt else "-")
        lines[row["suffix"]] = code
    old_eligible = sorted(puny(t) for t in OLD_ELIGIBLE)
    missing = set(old_eligible) - set(tlds)
    if missing:
        raise SystemExit(f"suffixes of the 2018 list missing from the PSL: {missing}")
    not_in_psl = sorted(set(lines) - set(tlds))
    fileable = {t for t, code in lines.items() if code[0] in "adu"}
    # A set: tldts carries an IDN rule in both its Unicode and its punycode form.
    under = sorted({
        ".".join(puny(label) for label in rule.split("."))
        for rule in rules
        if "." in rule and puny(rule.split(".")[-1]) in fileable
    })
    if any(r.startswith(("*", "!")) for r in under):
        raise SystemExit("wildcard or exception rules under a fileable TLD: extend the matcher")
    table = [f"{t} {lines[t]}" if t in lines else t for t in tlds]

    source_rows = "".join(
        f"    Source {{ title: {i}, url: {rust_str(url if url.startswith('http') else '')}, date: {rust_str(date)} }},\n"
        for i, (url, date) in enumerate(sources)
    )
    title_rows = "".join(f"    ({rust_str(TITLES[url][0])}, {rust_str(TITLES[url][1])}),\n" for url, _ in sources)
    name_rows = "".join(f"    ({rust_str(zh)}, {rust_str(en)}),\n" for zh, en in (cited(u, d) for u, d in sources))
    doubt_rows = "".join(f"    ({rust_str(zh)}, {rust_str(en)}),\n" for zh, en in doubts)
    list_source = sources.index((LIST_URL, LIST_DATE))
    out = "".join([
        "// @generated by data/domains/generate.py — do not edit; run the generator.\n",
        "//! Top-level domains and their standing for filing (R-DOM-1), and the\n",
        "//! public-suffix rules below the fileable ones (R-DOM-2). Sources:\n",
        "//! data/domains/tlds.csv (see tlds-SOURCES.md) and the Public Suffix List.\n\n",
        "use super::Source;\n\n",
        f"/// Where the public-suffix tables come from.\npub const SOURCE: &str = {rust_str(psl)};\n",
        f"/// Date of the Public Suffix List.\npub const SOURCE_DATE: &str = {rust_str(list_date)};\n",
        '/// Licence of the Public Suffix List.\npub const LICENCE: &str = "MPL-2.0 (Public Suffix List)";\n\n',
        f"/// The date of the approved list the standing's backbone copies.\npub const LIST_DATE: &str = {rust_str(LIST_DATE)};\n",
        f"/// The index in [`SOURCES`] of that list.\npub const LIST_SOURCE: usize = {list_source};\n",
        f"/// Rows of tlds.csv per status: approved, not approved, unclear.\n"
        f"pub const COUNTS: [(&str, usize); 3] = [(\"approved\", {counts['approved']}), "
        f"(\"not_approved\", {counts['not_approved']}), (\"unclear\", {counts['unclear']})];\n\n",
        f"/// The sources of the standing ({len(sources)}).\npub static SOURCES: &[Source] = &[\n{source_rows}];\n\n",
        "/// The sources' titles, zh-CN and en; without the compiled-in messages they\n",
        "/// come with the loaded message table.\n#[cfg(feature = \"messages\")]\n",
        f"pub static SOURCE_TITLES: &[(&str, &str)] = &[\n{title_rows}];\n",
        "/// Empty: the titles come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static SOURCE_TITLES: &[(&str, &str)] = &[];\n\n",
        "/// How messages name the sources, zh-CN and en: the provider or authority\n",
        "/// and the date (community sources are user reports); like the titles.\n",
        f"#[cfg(feature = \"messages\")]\npub static SOURCE_NAMES: &[(&str, &str)] = &[\n{name_rows}];\n",
        "/// Empty: the names come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static SOURCE_NAMES: &[(&str, &str)] = &[];\n\n",
        f"/// Doubts about a suffix, zh-CN and en ({len(doubts)}); like the titles.\n#[cfg(feature = \"messages\")]\n",
        f"pub static DOUBTS: &[(&str, &str)] = &[\n{doubt_rows}];\n",
        "/// Empty: the doubts come with the loaded message table.\n",
        "#[cfg(not(feature = \"messages\"))]\npub static DOUBTS: &[(&str, &str)] = &[];\n\n",
        f"/// Every ICANN top-level label (punycode), sorted, one per line ({len(tlds)}),\n",
        f"/// with its standing where tlds.csv lists it ({len(tlds) - sum(1 for t in tlds if t not in lines)} lines):\n",
        "/// `<tld> <status><source><doubt>`, status `a` approved, `d` approved with a\n",
        "/// dissent, `u` unclear, `n` not approved; indexes in base 36, `-` for none.\n",
        f"pub static TLDS: &str = {rust_str(chr(10).join(table))};\n\n",
        f"/// ICANN rules below the TLDs that are not `n` (punycode), sorted, one per line ({len(under)}).\n",
        f"pub static RULES: &str = {rust_str(chr(10).join(under))};\n\n",
        "/// TLDs the provider's 2018 documentation called eligible (punycode).\n",
        f"pub static OLD_ELIGIBLE: &str = {rust_str(chr(10).join(old_eligible))};\n",
    ])
    summary = (f"{len(tlds)} TLDs, {len(lines) - len(not_in_psl)} with a standing "
               f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))} in the CSV; "
               f"{len(not_in_psl)} rows are no TLD of the PSL: {' '.join(not_in_psl)}), {len(under)} rules")
    if "--check" in sys.argv:
        fresh = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print(f"suffixes: {summary}, {'up to date' if fresh else 'stale'}")
        return 0 if fresh else 1
    OUT.write_text(out, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {summary} (PSL {list_date})")
    if changes:
        print(f"  the newest copy differs from the older one in {len(changes)} ICANN rules: {' '.join(changes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
