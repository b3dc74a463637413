#!/usr/bin/env python3
"""Compares MIIT's live list of approved top-level domains with tlds.csv and
prints what changed. Needs a network that reaches domain.miit.gov.cn (the
test machines have none, so the tests never run it); the list can also be
saved from a browser and passed with --file.

    python3 data/domains/fetch-miit.py                  # download and compare
    python3 data/domains/fetch-miit.py --file list.json # compare a saved copy

MIIT publishes the suffixes it has approved registries for at
https://domain.miit.gov.cn (域名行业管理信息公示; 域名.信息), served by
/yuming/getYMList (no captcha according to DustinWin/ruleset_geodata issue
#68, 2026-02-14; see tlds-SOURCES.md). Its exact response format is not
documented, so every string in the JSON (or every line of a text file) that
looks like a top-level domain (`.top`, `top`, `.中国`, `xn--fiqs8s`) is read.

Output: suffixes MIIT lists that tlds.csv does not mark approved (new
approvals, or rows to re-check), and approved rows MIIT no longer lists
(withdrawn or lapsed approvals). Update tlds.csv by hand from it, with the
date and source of the change, then run generate.py. Exit code 0 when
nothing changed, 1 when something did, 2 when the list could not be read.
Only the Python standard library is used.
"""
import argparse
import csv
import json
import re
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
URL = "https://domain.miit.gov.cn/yuming/getYMList"
LABEL = re.compile(r"^\.?([a-z0-9-]{2,63}|xn--[a-z0-9-]+|[\u4e00-\u9fff]{1,20})$")


def a_label(text):
    text = text.strip().lower().lstrip(".")
    return text if text.isascii() else "xn--" + text.encode("punycode").decode("ascii")


def strings(value):
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def read_list(raw):
    """The set of A-labels in a downloaded or saved list."""
    text = raw.decode("utf-8", errors="replace")
    try:
        candidates = list(strings(json.loads(text)))
    except json.JSONDecodeError:
        candidates = text.split()
    return {a_label(c) for c in candidates if LABEL.match(c.strip().lower())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, help="a saved copy of the list (JSON or one suffix per line)")
    args = parser.parse_args()
    try:
        if args.file:
            raw = args.file.read_bytes()
        else:
            request = urllib.request.Request(URL, data=b"", headers={"User-Agent": "beian-check data refresh"})
            with urllib.request.urlopen(request, timeout=30) as response:
                raw = response.read()
    except OSError as err:
        print(f"could not read the list: {err}", file=sys.stderr)
        return 2
    live = read_list(raw)
    if len(live) < 50:
        print(f"only {len(live)} suffixes recognised: the response format may have changed", file=sys.stderr)
        return 2
    rows = {row["suffix"]: row for row in csv.DictReader((HERE / "tlds.csv").open(encoding="utf-8"))}
    approved = {s for s, row in rows.items() if row["status"] == "approved"}
    added = sorted(live - approved)
    dropped = sorted(approved - live)
    print(f"MIIT lists {len(live)} suffixes; tlds.csv marks {len(approved)} approved.")
    for suffix in added:
        status = rows[suffix]["status"] if suffix in rows else "not in tlds.csv"
        print(f"  + {suffix}  (tlds.csv: {status})")
    for suffix in dropped:
        print(f"  - {suffix}  (approved in tlds.csv, not on MIIT's list)")
    return 1 if added or dropped else 0


if __name__ == "__main__":
    sys.exit(main())
