#!/usr/bin/env python3
"""Cross-checks the division table (generate.py's load_entries()) against
every Ministry of Civil Affairs (MCA) revision of the GB/T 2260 code list
kept by the GitHub repository cn/GB2260 (files mca/YYYYMM.tsv, 1980-12 …
2019-04), and writes sources/gb2260-mca-missing.csv: the codes that some MCA
revision lists and the table lacks entirely. See GB2260-CROSSCHECK.md.

Usage (standard library only; reading a git directory needs the `git`
command):

    # a checkout or extracted snapshot: give its mca/ directory
    python3 data/divisions/crosscheck_gb2260.py /path/to/GB2260/mca

    # or the git directory of a clone or mirror (reads HEAD, or --rev)
    python3 data/divisions/crosscheck_gb2260.py /path/to/GB2260.git
    python3 data/divisions/crosscheck_gb2260.py /path/to/GB2260.git --rev 1173e8b5

Options:
    --out FILE   where to write the CSV (default: sources/gb2260-mca-missing.csv
                 next to this script)
    --details    also print every code of the three lists (a, b, c) and
                 every name disagreement, not only counts and samples
    --no-write   print the summary only

The summary (stdout) gives the counts quoted in GB2260-CROSSCHECK.md:
(a) codes in some MCA revision that the table lacks (the CSV rows),
(b) codes whose years of use differ by two years or more,
(c) codes of the table that no MCA revision lists.
When the snapshot's stats/ files (National Bureau of Statistics lists,
2002-2018) and the gb files 200212.tsv/200712.tsv (GB/T 2260-2002/2007)
are next to mca/, the summary also says which (a) codes they confirm.

CSV columns: code, name (every name the code had in MCA revisions, oldest
first, joined by "/"), first_year and last_year (years of the first and last
revision listing the code; last_year is 0 when the newest revision lists
it), revisions (the revision ids YYYYMM, space-separated), province_name
(the province's name in the last revision listing the code).
"""
import argparse
import collections
import csv
import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "sources" / "gb2260-mca-missing.csv"
HEADER = ["Source", "Revision", "Code", "Name"]
SUBSTANTIAL = 2  # years


def load_table():
    spec = importlib.util.spec_from_file_location("divisions_generate", HERE / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = collections.defaultdict(list)
    for code, start, end, name in module.load_entries():
        table[code].append((start, end, name))
    return table


class Snapshot:
    """The TSV files of a cn/GB2260 snapshot: a directory (mca/ or the
    repository root) or a git directory."""

    def __init__(self, path, rev="HEAD"):
        path = Path(path)
        self.git = None
        if (path / "HEAD").is_file() and (path / "objects").is_dir():
            self.git, self.rev = path, rev
        elif (path / ".git").exists():
            self.git, self.rev = path / ".git", rev
        elif (path / "mca").is_dir():
            self.root = path
        elif path.is_dir() and path.name == "mca":
            self.root = path.parent
        else:
            raise SystemExit(f"{path}: neither a GB2260 mca/ directory nor a git directory")

    def _git(self, *args):
        return subprocess.run(["git", "--git-dir", str(self.git), *args],
                              check=True, capture_output=True).stdout

    def describe(self):
        if self.git:
            return self._git("log", "-1", "--format=%H %cI", self.rev).decode().strip()
        return str(self.root)

    def files(self, folder):
        """Names (without folder) of the .tsv files in folder ("" = root)."""
        if self.git:
            tree = f"{self.rev}:{folder}" if folder else f"{self.rev}:"
            try:
                out = self._git("ls-tree", "--name-only", tree).decode()
            except subprocess.CalledProcessError:
                return []
            names = out.split()
        else:
            base = self.root / folder
            names = os.listdir(base) if base.is_dir() else []
        return sorted(n for n in names if re.fullmatch(r"\d{6}\.tsv", n))

    def read(self, folder, name):
        rel = f"{folder}/{name}" if folder else name
        if self.git:
            data = self._git("show", f"{self.rev}:{rel}")
        else:
            data = (self.root / rel).read_bytes()
        return data.decode("utf-8")


def parse_tsv(text, source, revision, problems, label):
    """Yields (code, name); malformed rows go to problems."""
    lines = text.split("\n")
    if lines[0].rstrip("\r").lstrip("\ufeff").split("\t") != HEADER:
        problems.append(f"{label}: unexpected header {lines[0]!r}")
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        parts = line.split("\t")
        if (len(parts) != 4 or parts[0] != source or parts[1] != revision
                or not re.fullmatch(r"[1-9]\d{5}", parts[2]) or not parts[3].strip()):
            problems.append(f"{label}:{number}: malformed row {line!r}")
            continue
        yield int(parts[2]), parts[3].strip()


def load_mca(snapshot, problems, duplicates):
    """{code: {revision: [names]}} and the sorted revision ids."""
    mca = collections.defaultdict(dict)
    revisions = []
    for name in snapshot.files("mca"):
        revision = name[:6]
        revisions.append(revision)
        seen = collections.defaultdict(list)
        for code, division in parse_tsv(snapshot.read("mca", name), "mca", revision, problems, f"mca/{name}"):
            mca[code].setdefault(revision, []).append(division)
            seen[code].append(division)
        for code, names in seen.items():
            if len(names) > 1:
                duplicates.append((revision, code, names))
    if not revisions:
        raise SystemExit("no mca/YYYYMM.tsv files found")
    return mca, revisions


def load_others(snapshot, problems):
    """{code: set of (source, revision)} from stats/ and the gb files."""
    others = collections.defaultdict(set)
    for folder, source in (("stats", "stats"), ("", "gb")):
        for name in snapshot.files(folder):
            revision = name[:6]
            label = f"{folder}/{name}" if folder else name
            for code, _ in parse_tsv(snapshot.read(folder, name), source, revision, problems, label):
                others[code].add((source, revision))
    return others


def year(revision):
    return int(revision[:4])


def names_in_order(by_revision):
    names = []
    for revision in sorted(by_revision):
        for name in by_revision[revision]:
            if name not in names:
                names.append(name)
    return names


def province_name(code, last_revision, mca, table):
    province = code // 10000 * 10000
    names = mca.get(province, {})
    if last_revision in names:
        return names[last_revision][0]
    if names:
        return names[max(names)][0]
    return table[province][-1][2] if province in table else ""


PLACEHOLDERS = ("市辖区", "县", "市", "省直辖县级行政区划", "自治区直辖县级行政区划")


def is_placeholder(name):
    """Rows MCA lists leave out (they have no county of their own)."""
    return name in PLACEHOLDERS or "直辖" in name


def in_use(periods, y):
    return any((start == 0 or start <= y) and (end == 0 or y <= end) for start, end, _ in periods)


def interior(periods, y):
    """The table says the code was in use for the whole year (placeholder
    rows left out: MCA lists never carry them)."""
    return any((start == 0 or start < y) and (end == 0 or y < end)
               for start, end, name in periods if not is_placeholder(name))


def distance_to_periods(periods, y):
    best = None
    for start, end, _ in periods:
        if start and y < start:
            d = start - y
        elif end and y > end:
            d = y - end
        else:
            d = 0
        best = d if best is None else min(best, d)
    return best


def compare_years(code, periods, by_revision, revision_years, newest_year):
    """Year-by-year disagreement between the table and the MCA revisions:
    (years MCA lists the code but the table has it out of use,
     years the table has it in use all year but no MCA revision of that
     year lists it), each with its distance in years to the other source's
    nearest year of use."""
    present = sorted({year(r) for r in by_revision})
    mca_only = [(y, distance_to_periods(periods, y)) for y in present if not in_use(periods, y)]
    table_only = []
    for y in revision_years:
        if y in present or not interior(periods, y):
            continue
        table_only.append((y, min(abs(y - p) for p in present)))
    return mca_only, table_only


def classify(periods, present, mca_only, table_only):
    """Kinds of substantial (>= SUBSTANTIAL years) disagreement."""
    kinds = []
    first = min(present)
    last = max(present)
    starts = [s for s, _, _ in periods]
    ends = [e for _, e, _ in periods]
    table_first = 0 if 0 in starts else min(starts)
    table_last = 0 if 0 in ends else max(ends)
    big_mca = [y for y, d in mca_only if d >= SUBSTANTIAL]
    big_table = [y for y, d in table_only if d >= SUBSTANTIAL]
    if big_mca:
        before = [y for y in big_mca if table_first and y < table_first]
        after = [y for y in big_mca if table_last and y > table_last]
        between = [y for y in big_mca if y not in before and y not in after]
        if before:
            if max(before) <= 1982 and 1981 <= table_first <= 1983:
                kinds.append("start-1980s")   # table starts 1981-83, MCA lists it in 1980-82
            else:
                kinds.append("mca-earlier")   # MCA lists it years before the table's start
        if after:
            kinds.append("mca-later")         # MCA lists it years after the table's end
        if between:
            kinds.append("mca-gap")           # MCA lists it between the table's periods
    if big_table:
        after = [y for y in big_table if y > last]
        before = [y for y in big_table if y < first]
        between = [y for y in big_table if first < y < last]
        if after:
            kinds.append("table-current" if table_last == 0 else "table-later")
        if before:
            kinds.append("table-earlier")
        if between:
            kinds.append("table-gap")
    return kinds


KIND_TITLES = {
    "start-1980s": "table starts 1981-1983, MCA already lists the code in 1980-1982",
    "mca-earlier": "MCA lists the code 2+ years before the table's first year (other cases)",
    "mca-later": "MCA lists the code 2+ years after the table's last year",
    "mca-gap": "MCA lists the code in years between the table's periods",
    "table-current": "table says current, MCA stopped listing it 2+ years before its newest revision",
    "table-later": "table's (closed) period runs 2+ years past MCA's last listing",
    "table-earlier": "table's period starts 2+ years before MCA first lists the code",
    "table-gap": "table says in use, MCA omits the code for 2+ years in between",
}


def ranges(years):
    years = sorted(set(years))
    out = []
    for y in years:
        if out and y == out[-1][1] + 1:
            out[-1][1] = y
        else:
            out.append([y, y])
    return ",".join(f"{a}" if a == b else f"{a}-{b}" for a, b in out)


def periods_text(periods):
    return "; ".join(f"{s or ''}-{e or ''} {n}" for s, e, n in periods)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("snapshot", help="GB2260 mca/ directory, repository root, or git directory")
    parser.add_argument("--rev", default="HEAD", help="commit to read from a git directory")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)

    snapshot = Snapshot(args.snapshot, args.rev)
    problems, duplicates = [], []
    mca, revisions = load_mca(snapshot, problems, duplicates)
    others = load_others(snapshot, problems)
    table = load_table()

    newest = revisions[-1]
    revision_years = sorted({year(r) for r in revisions})
    newest_year = year(newest)
    print(f"snapshot: {snapshot.describe()}")
    print(f"MCA revisions: {len(revisions)} ({revisions[0]} … {newest}); "
          f"years without a revision: {ranges(set(range(year(revisions[0]), newest_year + 1)) - set(revision_years)) or 'none'}")
    print(f"codes in MCA revisions: {len(mca)}; codes in the table: {len(table)} ({sum(map(len, table.values()))} rows)")
    print(f"malformed rows: {len(problems)}")
    for problem in problems:
        print(f"  {problem}")
    misplaced = []
    for code, by_revision in sorted(mca.items()):
        for revision, names in sorted(by_revision.items()):
            for name in names:
                if code % 10000 and re.search(r"(省|自治区)$", name):
                    misplaced.append(f"{revision} {code}: {name}")
                elif code % 100 and re.search(r"(地区|自治州|盟)$", name):
                    misplaced.append(f"{revision} {code}: {name}")
    print(f"province or prefecture names under a lower-level code: {len(misplaced)}")
    for item in misplaced:
        print(f"  {item}")
    renamed = [c for c, d in mca.items() if len(names_in_order(d)) > 1]
    flips = []
    for code in sorted(renamed):
        sequence = []
        for revision in sorted(mca[code]):
            for name in mca[code][revision]:
                if not sequence or sequence[-1] != name:
                    sequence.append(name)
        if len(sequence) != len(set(sequence)):
            flips.append(f"{code}: {' > '.join(sequence)}")
    print(f"codes with more than one name across MCA revisions: {len(renamed)}; "
          f"of them, names that change and change back (likely transcription errors): {len(flips)}")
    for item in flips:
        print(f"  {item}")
    print(f"codes listed twice in one revision: {len(duplicates)}")
    for revision, code, names in duplicates:
        print(f"  {revision} {code}: {' / '.join(names)}")

    # (a) in MCA, not in the table
    missing = sorted(set(mca) - set(table))
    rows = []
    for code in missing:
        by_revision = mca[code]
        revs = sorted(by_revision)
        rows.append({
            "code": f"{code:06d}",
            "name": "/".join(names_in_order(by_revision)),
            "first_year": year(revs[0]),
            "last_year": 0 if revs[-1] == newest else year(revs[-1]),
            "revisions": " ".join(revs),
            "province_name": province_name(code, revs[-1], mca, table),
        })
    if not args.no_write:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else
                                ["code", "name", "first_year", "last_year", "revisions", "province_name"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        Path(args.out).write_text(buffer.getvalue(), encoding="utf-8")
        print(f"wrote {args.out} ({len(rows)} rows)")

    print(f"\n(a) in some MCA revision, absent from the table: {len(missing)}")
    by_last = collections.Counter()
    for row in rows:
        last = row["last_year"] or newest_year
        by_last["last listed before 1985" if last < 1985 else
                "last listed 1985-1999" if last < 2000 else "last listed 2000 or later"] += 1
    for key, count in sorted(by_last.items()):
        print(f"  {key}: {count}")
    county_city = [r for r in rows if re.fullmatch(r"\d\d90\d\d", r["code"])]
    print(f"  xx90xx codes (county-level cities directly under a province, numbered xx90xx in MCA lists until 1994): {len(county_city)}")
    confirmed = [r for r in rows if others.get(int(r["code"]))]
    print(f"  also in the snapshot's stats/ or gb files: {len(confirmed)}"
          + (f" ({', '.join(r['code'] for r in confirmed)})" if confirmed else ""))
    several = [r for r in rows if "/" in r["name"]]
    print(f"  with more than one MCA name: {len(several)}"
          + (f" ({', '.join(r['code'] + ' ' + r['name'] for r in several)})" if several else ""))
    same_place = {}
    for row in rows:
        code = int(row["code"])
        names = row["name"].split("/")
        revs = row["revisions"].split()
        first, last = year(revs[0]), year(revs[-1])
        same_place[code] = [
            f"{other:06d} {periods_text([p])}"
            for other, periods in table.items()
            if other // 10000 == code // 10000
            for p in periods
            if p[2] in names and (p[0] == 0 or p[0] <= last + 1) and (p[1] == 0 or p[1] >= first - 1)
        ]
    print(f"  the table has a code of the same name in the same province and years: "
          f"{sum(1 for v in same_place.values() if v)}")
    for row in rows if args.details else []:
        print(f"  {row['code']} {row['name']} {row['first_year']}-{row['last_year'] or ''} "
              f"[{row['province_name']}] {ranges(int(r[:4]) for r in row['revisions'].split())}"
              f" | table: {', '.join(same_place[int(row['code'])]) or '-'}")

    # (b) years of use
    both = sorted(set(mca) & set(table))
    kinds = collections.defaultdict(list)
    minor = 0
    substantial = []
    for code in both:
        periods = table[code]
        mca_only, table_only = compare_years(code, periods, mca[code], revision_years, newest_year)
        present = sorted({year(r) for r in mca[code]})
        found = classify(periods, present, mca_only, table_only)
        if found:
            substantial.append((code, found, present, mca_only, table_only))
            for kind in found:
                kinds[kind].append(code)
        elif mca_only or table_only:
            minor += 1
    # MCA numbered the county-level cities under a province xx90xx until
    # 1994; the table gives them their later xxxx8x code from the year the
    # city was created.
    provincial = collections.defaultdict(set)
    for code, by_revision in mca.items():
        if code // 100 % 100 == 90:
            for revision, names in by_revision.items():
                for name in names:
                    provincial[(code // 10000, name)].add(year(revision))
    explained = [c for c in kinds.get("table-earlier", [])
                 if any(provincial.get((c // 10000, n)) for _, _, n in table[c])]
    print(f"\n(b) codes in both: {len(both)}; years differ by {SUBSTANTIAL}+ years: {len(substantial)}; "
          f"by one year only: {minor}")
    for kind, title in KIND_TITLES.items():
        codes = kinds.get(kind, [])
        print(f"  {kind}: {len(codes)} — {title}")
        if kind == "table-earlier":
            print(f"    ({len(explained)} of them: MCA listed the same city under an xx90xx code in those years)")
        for code in codes if args.details else codes[:5]:
            item = next(s for s in substantial if s[0] == code)
            print(f"    {code:06d} table: {periods_text(table[code])} | MCA: {ranges(item[2])} "
                  f"({'/'.join(names_in_order(mca[code]))})")

    # names
    mismatched = []
    for code in both:
        table_names = {n for _, _, n in table[code]}
        for name in names_in_order(mca[code]):
            if name not in table_names:
                revs = sorted(r for r, ns in mca[code].items() if name in ns)
                mismatched.append((code, name, revs))
    early = [m for m in mismatched if year(m[2][-1]) <= 1983]
    single = [m for m in mismatched if m not in early and len(m[2]) == 1]
    rest = [m for m in mismatched if m not in early and m not in single]
    print(f"\nMCA names the table never gives its code: {len(mismatched)} "
          f"(only in 1980-1983 revisions: {len(early)}; in one later revision only: {len(single)}; "
          f"in several later revisions: {len(rest)})")
    for title, group in (("only 1980-1983", early), ("one later revision", single), ("several later revisions", rest)):
        print(f"  {title}: {len(group)}")
        for code, name, revs in group if args.details else group[:5]:
            print(f"    {code:06d} MCA {name} {ranges(year(r) for r in revs)} | table: {periods_text(table[code])}")

    # (c) in the table, in no MCA revision
    absent = sorted(set(table) - set(mca))
    groups = collections.defaultdict(list)
    for code in absent:
        periods = table[code]
        latest = periods[-1][2]
        ends = [e for _, e, _ in periods]
        starts = [s for s, _, _ in periods]
        if all(is_placeholder(n) for _, _, n in periods):
            groups["placeholder rows (市辖区, 县, 市, 省/自治区直辖县级行政区划), which MCA lists omit"].append(code)
        elif code // 10000 in (71, 81, 82):
            groups["Taiwan, Hong Kong, Macao"].append(code)
        elif 0 not in ends and max(ends) <= 1984:
            groups["retired by 1984 in the table (pre-1983 numbering; MCA's 1980-1982 lists number these places differently)"].append(code)
        elif 0 not in starts and min(starts) > newest_year:
            groups[f"created after {newest_year}"].append(code)
        elif 0 not in starts and min(starts) >= newest_year:
            groups[f"created in {newest_year} (after the {newest} revision?)"].append(code)
        else:
            groups["other"].append(code)
    print(f"\n(c) in the table, in no MCA revision: {len(absent)}")
    for title, codes in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {title}: {len(codes)}")
        for code in codes if args.details else codes[:5]:
            print(f"    {code:06d} {periods_text(table[code])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
