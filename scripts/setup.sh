#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --browser, to test) the
# project. Idempotent and quick when everything is already there.
#   bash scripts/setup.sh            Rust wasm target, wasm-bindgen CLI, npm packages
#   bash scripts/setup.sh --browser  … plus Debian chromium + chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm target of the Rust toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen CLI at exactly the version in Cargo.lock (the CLI and the
#    crate must match; this also provides wasm-bindgen-test-runner).
[ -f Cargo.lock ] || cargo generate-lockfile --offline 2>/dev/null || cargo generate-lockfile
locked=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$locked" ]; then
  say "installing wasm-bindgen-cli $locked (found '${have:-none}'); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$locked" --locked
fi

# 3. npm packages (binaryen's wasm-opt, playwright-core), when the lock changed.
stamp=node_modules/.setup-lock-hash
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi

# 4. Python reference implementations for the differential tests, in .venv.
venv_stamp=.venv/.requirements-hash
req_hash=$(sha256sum data/requirements.txt | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$venv_stamp" 2>/dev/null)" != "$req_hash" ]; then
  say "installing data/requirements.txt into .venv"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r data/requirements.txt
  echo "$req_hash" > "$venv_stamp"
fi

# 5. A real browser for the wasm-bindgen-test and end-to-end tests, and a CJK
#    font so the end-to-end screenshots show Chinese text, not boxes.
apt_updated=false
apt_install() {
  $apt_updated || { as_root apt-get update -qq; apt_updated=true; }
  say "installing Debian $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
if $want_browser; then
  { command -v chromium && command -v chromedriver; } >/dev/null || apt_install chromium chromium-driver
  fc-list :lang=zh 2>/dev/null | grep -q . || apt_install --no-install-recommends fonts-noto-cjk
fi
# 6. cargo-fuzz for the fuzz smoke run of npm test, when a nightly toolchain
#    is there (fuzzing needs nightly; without it the committed seeds are still
#    replayed on stable by tests/fuzz_corpus.rs).
if $want_browser && rustup toolchain list | grep -q '^nightly' && ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz 0.13.2 (a few minutes)"
  cargo install cargo-fuzz --version 0.13.2 --locked ||
    say "cargo-fuzz could not be installed: npm test skips the fuzz smoke run (the seeds are still replayed)"
fi
exit 0
