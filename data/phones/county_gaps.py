#!/usr/bin/env python3
"""Lists the current divisions that no landline area code serves (R-TEL-3).

A division is *served* by an area code when the code's cities in
src/tables/phones.rs (AREA_CODES / AREA_CITY_START / AREA_CITIES, generated
from the phonenumbers geocoding data) cover it:

    city_of(c) = c if c % 100 == 0 or c // 100 % 100 == 90 else c // 100 * 100
    covers(served, place):
        served or place % 10000 == 0 -> same province
        served a county              -> served == place or place == city_of(served)
        otherwise (a city)           -> city_of(served) == city_of(place)

(a served city covers its districts and counties, a served county itself and
an address given as its city only; xx90xx county-level units directly under
a province are their own city).

Divisions checked: every current code of the division table
(data/divisions/generate.py load_entries(); a code is current when its
latest period is open, as in data/phones/generate.py), except provinces
(xx0000) and the placeholder rows 市辖区, 县 and 省/自治区直辖县级行政单位.
A code ending in 00 is prefecture-level, any other county-level.

    python3 data/phones/county_gaps.py          # print the gaps of phones.rs
    python3 data/phones/county_gaps.py --check  # exit 1 if a division is served
                                                # neither by phones.rs nor by
                                                # county-area-codes.csv

Only the Python standard library is used.
"""
import csv
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PHONES_RS = ROOT / "src" / "tables" / "phones.rs"
DIVISIONS_PY = ROOT / "data" / "divisions" / "generate.py"
SUPPLEMENT_CSV = HERE / "county-area-codes.csv"
PLACEHOLDERS = ("市辖区", "县")


def load_divisions_module():
    spec = importlib.util.spec_from_file_location("divisions_generate", DIVISIONS_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def current_divisions(module):
    """{code: name} of the codes whose latest period is open (as data/phones/generate.py)."""
    latest = {}
    for code, _start, end, name in module.load_entries():  # sorted: last row of a code is its latest
        latest[code] = (name, end == 0)
    return {code: name for code, (name, current) in latest.items() if current}


def rust_array(text, name):
    match = re.search(r"pub static " + name + r": \[\w+; (\d+)\] = \[(.*?)\];", text, re.S)
    if not match:
        raise SystemExit(f"{PHONES_RS.relative_to(ROOT)}: no array {name}")
    values = [int(v) for v in re.findall(r"\d+", match.group(2))]
    if len(values) != int(match.group(1)):
        raise SystemExit(f"{name}: {len(values)} values, declared {match.group(1)}")
    return values


def area_table():
    """{area code without the leading 0: [division codes]} from phones.rs."""
    text = PHONES_RS.read_text(encoding="utf-8")
    codes = rust_array(text, "AREA_CODES")
    start = rust_array(text, "AREA_CITY_START")
    cities = rust_array(text, "AREA_CITIES")
    if len(start) != len(codes) + 1 or start[-1] != len(cities):
        raise SystemExit("AREA_CITY_START does not match AREA_CODES / AREA_CITIES")
    return {code: cities[start[i]:start[i + 1]] for i, code in enumerate(codes)}


def city_of(code):
    return code if code % 100 == 0 or (code // 100) % 100 == 90 else code // 100 * 100


def covers(served, place):
    if served % 10000 == 0 or place % 10000 == 0:
        return served // 10000 == place // 10000
    if city_of(served) != served:
        return served == place or place == city_of(served)
    return city_of(served) == city_of(place)


def checked_divisions(divisions):
    """Current prefecture- and county-level divisions, without provinces and placeholder rows."""
    for code, name in sorted(divisions.items()):
        if code % 10000 == 0 or name in PLACEHOLDERS or "直辖" in name:
            continue
        yield code, name, "prefecture" if code % 100 == 0 else "county"


def load_supplement():
    """Rows of county-area-codes.csv: {division code: (name, [area codes without 0])}."""
    rows = {}
    if not SUPPLEMENT_CSV.exists():
        print(f"missing: {SUPPLEMENT_CSV.relative_to(ROOT)}")
        return rows
    with open(SUPPLEMENT_CSV, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = int(row["division_code"])
            if code in rows:
                raise SystemExit(f"{SUPPLEMENT_CSV.name}: {code} twice")
            rows[code] = (row["name"], [int(a) for a in row["area_codes"].split()])
    return rows


def main():
    module = load_divisions_module()
    divisions = current_divisions(module)
    try:
        nbs = module.china_division_codes()  # NBS 2023 list, for context only
    except OSError:
        nbs = None
    areas = area_table()
    served = [c for cities in areas.values() for c in cities]

    gaps = [(code, name, level) for code, name, level in checked_divisions(divisions)
            if not any(covers(s, code) for s in served)]

    def describe(code, name, level):
        parent = divisions.get(city_of(code)) if city_of(code) != code else None
        province = divisions.get(code // 10000 * 10000, "?")
        extra = "" if nbs is None or code in nbs else "  [not in the NBS 2023 list (data/divisions/CROSSCHECK.md)]"
        where = province + (f" {parent}" if parent else "")
        return f"{code:06d}\t{name}\t{level}\t{where}{extra}"

    if "--check" not in sys.argv:
        for gap in gaps:
            print(describe(*gap))
        counts = {lvl: sum(1 for g in gaps if g[2] == lvl) for lvl in ("prefecture", "county")}
        print(f"{len(gaps)} divisions served by no area code of phones.rs "
              f"({counts['prefecture']} prefecture-level, {counts['county']} county-level)")
        return 0

    problems = []
    supplement = load_supplement()
    for code, (name, codes) in sorted(supplement.items()):
        if code not in divisions:
            problems.append(f"{SUPPLEMENT_CSV.name}: {code} {name} is not a current division")
        elif divisions[code] != name:
            problems.append(f"{SUPPLEMENT_CSV.name}: {code} is named {divisions[code]}, not {name}")
        if not codes:
            problems.append(f"{SUPPLEMENT_CSV.name}: {code} {name} has no area code")
        for area in codes:
            if area not in areas:
                problems.append(f"{SUPPLEMENT_CSV.name}: {code} {name}: 0{area} is not in AREA_CODES")
    # phones.rs is generated with the CSV rows in it, so every row "is served"
    # there; a row stays as the evidence for its code(s) and is not reported
    # as removable. What is checked is that phones.rs has each row's codes
    # for its division (the generator really added them).
    for code, (name, codes) in sorted(supplement.items()):
        for area in codes:
            if area in areas and not any(covers(s, code) for s in areas[area]):
                problems.append(f"{SUPPLEMENT_CSV.name}: {code} {name}: phones.rs does not give it 0{area} "
                                f"(run data/phones/generate.py)")
    for code, name, level in gaps:
        if not any(covers(s, code) for s in supplement):
            problems.append(f"not served: {describe(code, name, level)}")
    for problem in problems:
        print(problem)
    print(f"county gaps: {len(gaps)} divisions outside phones.rs, {len(supplement)} rows in "
          f"{SUPPLEMENT_CSV.name}, {'FAIL' if problems else 'all served'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
