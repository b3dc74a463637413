#!/usr/bin/env bash
# npm test: set up what is missing, build, then run every test layer:
#   rust           cargo test (unit, integration and doc tests, native)
#   docs           cargo doc with warnings as errors (broken links, missing docs)
#   wasm-node      wasm-bindgen-test of the binding, in Node
#   wasm-chromium  the same tests in headless Debian Chromium (chromedriver)
#   js             node --test of the built npm package and its size budget
#   server         beian-check-server on a free port: results equal to the
#                  package's, the hostile-request table, slow clients, SIGTERM,
#                  metrics, the OpenAPI document, the README's clients
#   fuzz-smoke     each cargo-fuzz target for FUZZ_SECONDS (20) when nightly is there
#   bundlers       the packed package built with Vite, webpack 5 and Rollup, run in Chromium
#   ui             the packed package in real apps of the UI stacks (examples/ui/,
#                  examples/uni-app/): type-checked, built, driven in Chromium or
#                  WeChat's simulator
#   e2e            the demo page in headless Chromium through playwright-core
# Every layer runs even when one fails; the exit code is non-zero if any did.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh --browser || exit 1
bash scripts/build.sh || exit 1

logs=$(mktemp -d)
failed_layers=()
# A layer that hangs (a browser that never answers) is stopped after
# LAYER_MINUTES (20) so that the run always ends and reports it.
layer() {
  local name=$1; shift
  printf '\n\033[1m=== %s: %s\033[0m\n' "$name" "$*"
  local started=$SECONDS
  if ! timeout --kill-after=30 "$((${LAYER_MINUTES:-20} * 60))" "$@" 2>&1 | tee "$logs/$name.log"; then
    failed_layers+=("$name")
  fi
  printf '=== %s took %d s\n' "$name" "$((SECONDS - started))"
}

layer rust cargo test
layer docs bash -c 'RUSTDOCFLAGS="-D warnings" cargo doc --no-deps && echo "# pass 1 (cargo doc, no warnings)"'
layer wasm-node cargo test -p beian-check --target wasm32-unknown-unknown --test wasm
layer wasm-chromium env WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$(command -v chromedriver)" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
  cargo test -p beian-check --target wasm32-unknown-unknown --test wasm
# Guard against the runner quietly falling back to Node.
grep -q "Running headless tests in Chrome" "$logs/wasm-chromium.log" ||
  { echo "wasm-chromium: the tests did not run in Chromium"; failed_layers+=(wasm-chromium); }
layer js node --expose-gc --test --test-timeout=300000 tests/js/
layer server node --test --test-timeout=600000 tests/server/
if rustup toolchain list | grep -q '^nightly' && command -v cargo-fuzz >/dev/null; then
  layer fuzz-smoke bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
else
  echo "fuzz-smoke: no nightly toolchain or cargo-fuzz here; the seeds were replayed by the rust layer (fuzz_corpus)"
fi
layer bundlers node --test --test-timeout=120000 tests/bundlers/
layer ui node --test --test-timeout=900000 tests/ui/
layer e2e node --test --test-timeout=120000 tests/e2e/

# Count what each runner reported.
total_pass=0 total_fail=0
printf '\n\033[1m=== summary\033[0m\n'
for log in "$logs"/*.log; do
  name=$(basename "$log" .log)
  read -r pass fail < <(awk '
    /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    /^# pass /      { p += $3 }
    /^# fail /      { f += $3 }
    END { print p + 0, f + 0 }' "$log")
  printf '%-14s %4d passed, %d failed\n' "$name" "$pass" "$fail"
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
done
if [ ${#failed_layers[@]} -gt 0 ]; then
  echo "failed layers: ${failed_layers[*]}"
  [ "$total_fail" -gt 0 ] || total_fail=${#failed_layers[@]}
fi
echo "total: $total_pass passed, $total_fail failed"
[ ${#failed_layers[@]} -eq 0 ]
