#!/usr/bin/env python3
"""Generates the phone tables from the metadata of the PyPI package
`phonenumbers` (a port of Google's libphonenumber), pinned in
data/requirements.txt:

- src/tables/phones.rs (in the core wasm):
  * the allocated mainland mobile blocks: every 7-digit prefix that the CN
    `mobile` pattern accepts, merged into ranges (R-TEL-1);
  * the landline area codes with the local-number lengths the CN
    `fixed_line` pattern accepts for each, and the cities (GB/T 2260 codes)
    each code serves, from the fixed-line geocoding data (R-TEL-2, R-TEL-3).
- data/phones/mobile-location.bin (optional, loaded at run time): the home
  location (归属地) of every 7-digit mobile prefix, from the mobile
  geocoding data, as city division codes (R-TEL-4). Format in
  src/phone/location.rs. The blocks the geocoder only knows as 中国, or
  places by a catch-all prefix, take their home from the pinned number-block
  sources (mobile_blocks.py, mobile-blocks-pins.json); every difference
  between the sources goes to data/phones/mobile-differences.csv.
- data/phones/REPORT.md: counts, and how every place name was mapped.

    .venv/bin/python data/phones/generate.py          # write
    .venv/bin/python data/phones/generate.py --check  # exit 1 if stale

Place names ("辽宁省沈阳市、铁岭市", "新疆喀什地区") are mapped to current
division codes of the division table's source (data/divisions); a name that
cannot be mapped stops the generator.
"""
import csv
import importlib.util
import re
import struct
import sys
from pathlib import Path

import phonenumbers
from phonenumbers.data.region_CN import PHONE_METADATA_CN as CN
from phonenumbers.geodata import GEOCODE_DATA

import mobile_blocks

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT_RUST = ROOT / "src" / "tables" / "phones.rs"
OUT_BLOB = HERE / "mobile-location.bin"
OUT_REPORT = HERE / "REPORT.md"
OUT_DIFFERENCES = mobile_blocks.DIFFERENCES

PINNED_VERSION = "9.0.43"  # as in data/requirements.txt
SOURCE_DATE = "2026-11-06"  # build date of the phonenumbers 9.0.43 wheel (timestamps inside the wheel)
if phonenumbers.__version__ != PINNED_VERSION:
    raise SystemExit(f"phonenumbers {phonenumbers.__version__} installed, {PINNED_VERSION} pinned: update both and SOURCE_DATE")
SOURCE = f"phonenumbers {PINNED_VERSION} (PyPI; libphonenumber metadata and geocoding data for CN)"
LICENCE = "Apache-2.0 (libphonenumber / phonenumbers)"

# Location blob: 7-digit prefixes are grouped in blocks of BLOCK runs.
BLOCK = 64
MAGIC = b"BCML"
FORMAT_VERSION = 1
NO_PLACE = 0xFFFF


def load_divisions():
    spec = importlib.util.spec_from_file_location("divisions", ROOT / "data" / "divisions" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    entries = module.load_entries()
    latest = {}
    for code, _start, end, name in entries:
        latest[code] = (name, end == 0)
    return {code: name for code, (name, current) in latest.items() if current}


# Names in the geocoding data that differ from the GB/T 2260 names, each
# checked by hand: misspellings in the source, and old names.
ALIASES = {
    "株州市": "株洲市",  # misspelling in the source
    "襄樊市": "襄阳市",  # renamed in 2010
}

# Whole places mapped by hand.
PLACE_OVERRIDES = {
    # 莱芜市 was merged into 济南市 in 2019 as 莱芜区 and 钢城区; area code 0634 serves them.
    "山东省莱芜市": [370116, 370117],
}

PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("土家族苗族自治州", "布依族苗族自治州", "苗族侗族自治州", "自治州", "地区", "林区", "市", "盟")


def stem(name, suffixes):
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


class PlaceMapper:
    """Maps geocoder place names to current division codes."""

    def __init__(self, divisions):
        self.divisions = divisions
        self.provinces = {c: n for c, n in divisions.items() if c % 10000 == 0}
        self.mapped = {}
        self.unmapped = {}

    def children(self, province):
        """Cities of a province, and county-level cities directly under it."""
        for code, name in self.divisions.items():
            if code // 10000 != province // 10000 or code == province:
                continue
            if code % 100 == 0 and name not in ("市辖区", "县") and "直辖" not in name:
                yield code, name
            elif code % 100 != 0 and code // 100 % 100 == 90:
                yield code, name

    def province_of(self, place):
        best = None
        for code, name in self.provinces.items():
            for prefix in (name, stem(name, PROVINCE_SUFFIXES)):
                if place.startswith(prefix) and (best is None or len(prefix) > len(best[1])):
                    best = (code, prefix)
        if best is None:
            raise ValueError(f"no province for {place!r}")
        return best

    def city(self, province, part):
        part = ALIASES.get(part, part)
        exact = [c for c, n in self.children(province) if n == part]
        if exact:
            return exact[0]
        part_stem = stem(part, CITY_SUFFIXES)
        close = [c for c, n in self.children(province) if stem(n, CITY_SUFFIXES) == part_stem or n.startswith(part_stem)]
        if len(close) == 1:
            return close[0]
        # A county (-level city) named on its own: 吉林省珲春市 → 222404,
        # 西藏阿里、普兰 → 普兰县 542521.
        counties = [c for c, n in self.divisions.items()
                    if c // 10000 == province // 10000 and c % 100 != 0 and (n == part or n.startswith(part))]
        if len(counties) == 1:
            return counties[0]
        raise ValueError(f"cannot map {part!r} in province {province} ({len(close)} candidates)")

    def codes(self, place):
        if place not in self.mapped:
            if place in PLACE_OVERRIDES:
                self.mapped[place] = PLACE_OVERRIDES[place]
                return self.mapped[place]
            try:
                province, prefix = self.province_of(place)
                rest = place[len(prefix):]
                self.mapped[place] = [province] if not rest else [self.city(province, p) for p in rest.split("、")]
            except ValueError as e:
                self.unmapped[place] = str(e)
                return []
        return self.mapped[place]


def mobile_ranges():
    pattern = re.compile(CN.mobile.national_number_pattern)
    allocated = [p for p in range(1_000_000, 2_000_000) if pattern.fullmatch(f"{p}0000")]
    if any(not pattern.fullmatch(f"{p}9999") for p in allocated):
        raise ValueError("the mobile pattern depends on digits after the 7th; refine the expansion")
    ranges = []
    for p in allocated:
        if ranges and ranges[-1][1] == p - 1:
            ranges[-1][1] = p
        else:
            ranges.append([p, p])
    return ranges


def area_codes(mapper):
    """{area code: (local lengths bit mask, [city codes])} from the fixed-line data."""
    fixed = re.compile(CN.fixed_line.national_number_pattern)
    result = {}
    # Longest keys first, so a code's own entry wins over a shorter key covering it.
    for key, names in sorted(GEOCODE_DATA.items(), key=lambda item: -len(item[0])):
        if not key.startswith("86") or key.startswith("861") and not key.startswith("8610"):
            continue
        rest = key[2:]
        width = 2 if rest[0] in "12" else 3
        if len(rest) > width:
            continue  # sub-prefixes of service numbers (e.g. 24100)
        # A shorter key covers every code under it ("33" → 0335 秦皇岛); keep
        # the codes the fixed-line pattern accepts numbers for.
        span = 10 ** (width - len(rest))
        for code in range(int(rest) * span, (int(rest) + 1) * span):
            mask = 0
            for length in (7, 8):
                if any(fixed.fullmatch(f"{code}{first}" + "0" * (length - 1)) for first in "23456789"):
                    mask |= 1 << (length - 7)
            if mask and code not in result:
                result[code] = (mask, mapper.codes(names["zh"]))
    return result


COUNTY_CODES = HERE / "county-area-codes.csv"


def add_county_codes(areas):
    """Adds the divisions that phonenumbers' geocoding leaves without an area
    code (county-level units directly under a province or the XPCC, cities
    that changed code) from county-area-codes.csv, each row with its sources;
    a city covers its districts, and a code that is the only one of its
    province serves the whole province (0898 Hainan). Returns the rows used."""
    with COUNTY_CODES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for number, (mask, cities) in areas.items():
        areas[number] = (mask, list(cities))  # the mapper's lists are shared with the mobile places
    # phonenumbers names a few prefectures by their seat (0692 "云南省芒市" is
    # 德宏州's code, 0887 "云南省香格里拉市" 迪庆州's): a county whose city no
    # code serves stands for its city, since a county covers only itself.
    city_level = {c for _, cities in areas.values() for c in cities if city_of(c) == c}
    for number, (mask, cities) in areas.items():
        cities[:] = [city_of(c) if city_of(c) not in city_level and c // 10000 * 10000 not in city_level else c
                     for c in cities]
    for row in rows:
        division = int(row["division_code"])
        for code in re.split(r"[;/ ]+", row["area_codes"].strip()):
            number = int(code)
            if number not in areas:
                raise SystemExit(f"county-area-codes.csv: {code} ({row['name']}) is not an area code of phonenumbers")
            cities = areas[number][1]
            if not any(covers(c, division) for c in cities):
                cities.append(division)
    for number, (mask, cities) in areas.items():
        for province in sorted({c // 10000 for c in cities}):
            others = any(province == c // 10000 for n, (_, cs) in areas.items() if n != number for c in cs)
            if not others and province * 10000 not in cities:
                cities[:] = [c for c in cities if c // 10000 != province] + [province * 10000]
        # Drop a division when its province or city is listed too.
        cities[:] = [c for c in cities if not any(contains(o, c) for o in cities)]
    return rows


RETIRED_CODES = HERE / "retired-area-codes.csv"


def retired_codes(areas):
    """Area codes withdrawn when local networks merged (0378 开封 → 0371,
    2013), from retired-area-codes.csv, each row with its sources: a list of
    (old code, code now in use, year, the place it served for REPORT.md) sorted by old code; the
    code now in use must serve the divisions the old one served. A code
    phonenumbers still accepts cannot be listed (it would still be valid)."""
    with RETIRED_CODES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    result = []
    for row in rows:
        old, current = int(row["area_code"]), int(row["current_code"])
        if old in areas:
            raise SystemExit(f"retired-area-codes.csv: 0{old} is still an area code of phonenumbers")
        if current not in areas:
            raise SystemExit(f"retired-area-codes.csv: 0{old}: 0{current} is not an area code of phonenumbers")
        for place in (int(d) for d in row["division_codes"].split()):
            if not any(covers(c, place) for c in areas[current][1]):
                raise SystemExit(f"retired-area-codes.csv: 0{old}: 0{current} does not serve {place}")
        result.append((old, current, int(row["year"]), int(row["place_code"])))
    result.sort()
    if len({r[0] for r in result}) != len(result):
        raise SystemExit("retired-area-codes.csv: a code is listed twice")
    return result


def contains(outer, inner):
    """Whether division `outer` (a province or a city) strictly contains `inner`."""
    if outer == inner:
        return False
    if outer % 10000 == 0:
        return outer // 10000 == inner // 10000
    return outer % 100 == 0 and inner // 100 == outer // 100


def covers(served, place):
    """Whether an area code serving `served` serves `place` (the core's rule,
    `covers` in src/phone/mod.rs): a province covers its divisions, a city its
    counties, a county itself and an address given as its city."""
    if served % 10000 == 0 or place % 10000 == 0:
        return served // 10000 == place // 10000
    if city_of(served) != served:
        return served == place or place == city_of(served)
    return city_of(served) == city_of(place)


def city_of(code):
    """The city a division lies in; a county-level city directly under its
    province (xx90xx) is its own city."""
    if code % 100 == 0 or code // 100 % 100 == 90:
        return code
    return code // 100 * 100


def mobile_locations(mapper, ranges):
    """Runs (first 7-digit prefix, place index) over 1000000–1999999, the
    places, the count of located prefixes, and what the number-block sources
    (mobile_blocks.py) added for the allocated prefixes phonenumbers only
    knows as 中国."""
    prefix_place = {}
    # Longest keys first: the geocoder uses the longest matching prefix, so
    # 86185129 (咸阳) wins over 861851 (北京) for 1851290–1851299.
    for key, names in sorted(GEOCODE_DATA.items(), key=lambda item: -len(item[0])):
        if not key.startswith("861") or key.startswith("8610"):
            continue
        digits = key[2:]
        codes = sorted({city_of(c) for c in mapper.codes(names["zh"])})
        if not codes:
            continue
        if len(codes) != 1:
            raise ValueError(f"mobile prefix {digits} has several places: {names['zh']}")
        if len(digits) >= 7:
            prefix_place.setdefault(int(digits[:7]), codes[0])
        else:
            span = 10 ** (7 - len(digits))
            for p in range(int(digits) * span, (int(digits) + 1) * span):
                prefix_place.setdefault(p, codes[0])
    blocks = mobile_blocks.fill(prefix_place, mapper, ranges, city_of)
    places = sorted(set(prefix_place.values()))
    index = {code: i for i, code in enumerate(places)}
    runs = []
    for p in range(1_000_000, 2_000_000):
        place = index.get(prefix_place.get(p), NO_PLACE) if p in prefix_place else NO_PLACE
        if not runs or runs[-1][1] != place:
            runs.append((p, place))
    return runs, places, len(prefix_place), blocks


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def location_blob(runs, places):
    """Header, places, block index, then per block: varint deltas of starts
    and u16 place indexes (see src/phone/location.rs)."""
    blocks, body = [], bytearray()
    for b in range(0, len(runs), BLOCK):
        chunk = runs[b:b + BLOCK]
        blocks.append((chunk[0][0], len(body)))
        previous = chunk[0][0]
        for start, place in chunk:
            body += varint(start - previous)
            body += struct.pack("<H", place)
            previous = start
    out = bytearray(MAGIC)
    out += struct.pack("<BHII", FORMAT_VERSION, len(places), len(runs), len(blocks))
    for code in places:
        out += struct.pack("<I", code)
    for start, offset in blocks:
        out += struct.pack("<II", start, offset)
    out += body
    return bytes(out)


def rust_array(name, rust_type, values, doc, per_line=16):
    rows = [", ".join(str(v) for v in values[i:i + per_line]) for i in range(0, len(values), per_line)]
    body = "".join(f"    {row},\n" for row in rows)
    return f"/// {doc}\npub static {name}: [{rust_type}; {len(values)}] = [\n{body}];\n"


def render_rust(ranges, areas, retired):
    codes = sorted(areas)
    city_start, cities = [], []
    for code in codes:
        city_start.append(len(cities))
        cities += areas[code][1]
    city_start.append(len(cities))
    return "".join([
        "// @generated by data/phones/generate.py — do not edit; run the generator.\n",
        "//! Mainland phone numbering: allocated mobile blocks and landline area codes.\n\n",
        f'/// Where the tables come from.\npub const SOURCE: &str = "{SOURCE}";\n',
        f'/// Build date of the source.\npub const SOURCE_DATE: &str = "{SOURCE_DATE}";\n',
        f'/// Licence of the source.\npub const LICENCE: &str = "{LICENCE}";\n\n',
        rust_array("MOBILE_RANGES", "(u32, u32)", [f"({a}, {b})" for a, b in ranges],
                   "Allocated mobile blocks as inclusive ranges of 7-digit prefixes.", per_line=4),
        rust_array("AREA_CODES", "u16", codes, "Landline area codes without the leading 0 (10, 20, …, 755, …), ascending."),
        rust_array("AREA_LENGTHS", "u8", [areas[c][0] for c in codes],
                   "Local-number lengths per area code: bit 0 = 7 digits, bit 1 = 8 digits."),
        rust_array("AREA_CITY_START", "u16", city_start, "`AREA_CITIES[AREA_CITY_START[i]..AREA_CITY_START[i + 1]]` are the cities of `AREA_CODES[i]`."),
        rust_array("AREA_CITIES", "u32", cities, "Division codes (cities, or a province for a code serving all of it)."),
        rust_array("RETIRED_AREA_CODES", "u16", [r[0] for r in retired],
                   "Withdrawn area codes without the leading 0, ascending (data/phones/retired-area-codes.csv)."),
        rust_array("RETIRED_CURRENT", "u16", [r[1] for r in retired],
                   "The code now in use for each of `RETIRED_AREA_CODES`."),
        rust_array("RETIRED_YEAR", "u16", [r[2] for r in retired],
                   "The year each of `RETIRED_AREA_CODES` was withdrawn (see the CSV's notes for the exact date)."),
    ])


def render_report(ranges, areas, runs, places, located, blob, mapper, county_rows, retired):
    shared = {c: v for c, v in areas.items() if len(v[1]) > 1}
    lines = [
        "# Phone tables — generation report",
        "",
        f"Generated by `generate.py` from {SOURCE}; do not edit.",
        "",
        f"- allocated mobile blocks: {len(ranges)} ranges, {sum(b - a + 1 for a, b in ranges)} 7-digit prefixes",
        f"- landline area codes: {len(areas)}, of which {len(shared)} serve several cities",
        f"- mobile prefixes with a home location: {located} in {len(runs)} runs over {len(places)} places",
        f"- mobile-location.bin: {len(blob)} bytes",
        f"- divisions added from county-area-codes.csv (an area code the geocoding data lacks for them): {len(county_rows)}",
        f"- withdrawn area codes from retired-area-codes.csv: {len(retired)}",
        "",
        "## Allocated mobile ranges",
        "",
        *[f"- {a}–{b}" for a, b in ranges],
        "",
        "## Area codes serving several cities",
        "",
        *[f"- 0{c}: {', '.join(f'{x:06d}' for x in v[1])}" for c, v in sorted(shared.items())],
        "",
        "## Withdrawn area codes (retired-area-codes.csv)",
        "",
        *[f"- 0{old} → 0{current} ({year}, {place:06d})" for old, current, year, place in retired],
        "",
        "## Place names and the division codes they were mapped to",
        "",
        *[f"- {name} → {', '.join(f'{c:06d}' for c in codes)}" for name, codes in sorted(mapper.mapped.items())],
        "",
    ]
    return "\n".join(lines)


def main():
    mapper = PlaceMapper(load_divisions())
    ranges = mobile_ranges()
    areas = area_codes(mapper)
    county_rows = add_county_codes(areas)
    retired = retired_codes(areas)
    runs, places, located, blocks = mobile_locations(mapper, ranges)
    if mapper.unmapped:
        raise SystemExit("unmapped place names:\n" + "\n".join(f"  {k}: {v}" for k, v in mapper.unmapped.items()))
    blob = location_blob(runs, places)
    outputs = {
        OUT_RUST: (render_rust(ranges, areas, retired) + mobile_blocks.rust_consts(blocks)).encode(),
        OUT_BLOB: blob,
        OUT_DIFFERENCES: mobile_blocks.differences_csv(blocks),
        OUT_REPORT: (render_report(ranges, areas, runs, places, located, blob, mapper, county_rows, retired)
                     + "\n".join(mobile_blocks.report_lines(blocks, mapper.divisions)) + "\n").encode(),
    }
    if "--check" in sys.argv:
        stale = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run .venv/bin/python data/phones/generate.py)")
        print(f"phones: {len(areas)} area codes, {len(runs)} location runs, {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
