#!/usr/bin/env bash
# Fuzzes every target of fuzz/ with cargo-fuzz (nightly Rust):
#   bash scripts/fuzz.sh [seconds per target, default 600] [target ...]
# The working corpus grows in fuzz/corpus/<target>/ (not committed); the
# committed seeds in fuzz/seeds/<target>/ are read too and replayed by
# `cargo test --test fuzz_corpus` on stable. A crash leaves its input in
# fuzz/artifacts/<target>/ — copy it into fuzz/seeds/<target>/ with the fix.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fields filing data_files)
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  echo "=== fuzz $target for ${seconds}s"
  cargo +nightly fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::|==|SUMMARY|Done)|panicked|ERROR' || true
  [ -z "$(ls -A "artifacts/$target" 2>/dev/null)" ] || { echo "fuzz $target: crash inputs in fuzz/artifacts/$target"; exit 1; }
  echo "# pass 1 (fuzz $target: no crash)"
done
