#!/usr/bin/env bash
# Builds the npm package into pkg/: Rust → wasm32 → wasm-bindgen (web glue,
# shared by the Node entry js/node.mjs) → wasm-opt -Oz, plus the optional
# data files (mobile-location table, division names), then prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

start=$(date +%s)
cargo build -p beian-check --release --target wasm32-unknown-unknown --lib --no-default-features
rm -rf pkg/web
wasm-bindgen --target web --out-dir pkg/web target/wasm32-unknown-unknown/release/beian_check.wasm
# --low-memory-unused: the first 1 KB of memory holds no data (rustc's
# wasm-ld layout puts the stack first, growing down from 1 MB, and the data
# after it), so binaryen may fold address arithmetic into load offsets;
# --zero-filled-memory: the module defines its memory (fresh memory is
# zeros). Together with the custom sections stripped: −600 B brotli (issue 26).
node_modules/.bin/wasm-opt -Oz --converge --merge-similar-functions --gufa-optimizing --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --low-memory-unused --zero-filled-memory --strip-producers --strip-target-features \
  pkg/web/beian_check_bg.wasm -o pkg/web/beian_check_bg.wasm
# The finding messages (the wasm leaves them out; the entries load them)
# and the web entry that loads them at init.
cargo run -q -p beian-check --example message_table > pkg/web/messages.js
# dataVersion(): the bundled tables' sources, written by the native crate.
cargo run -q -p beian-check --example data_version > pkg/web/data-version.js
# The readers of the result records by their types' shapes (decoders.js).
node scripts/gen-decoders.mjs
cp js/web.mjs pkg/web/index.js
cp js/web.d.ts pkg/web/index.d.ts
cp js/catalogue.mjs pkg/web/catalogue.js
cp js/form-reader.mjs pkg/web/form-reader.js
cp js/record-reader.js pkg/web/record-reader.js
cp js/batch.mjs pkg/web/batch.js
# beian-check/dom: bindField and bindForm for plain HTML forms.
cp js/dom.mjs pkg/web/dom.js
cp js/dom.d.ts pkg/web/dom.d.ts
# Optional data, loaded at run time: the mobile home-location table (R-TEL-4),
# the division names, and the rule catalogue as the native crate computes it
# (compact JSON that js/catalogue.mjs serves; the wasm carries no catalogue).
cp data/phones/mobile-location.bin data/divisions/division-names.bin pkg/web/
cargo run -q -p beian-check --example rule_texts > pkg/web/rule-texts.bin
# The WeChat mini-program package (pkg/miniprogram/) from the same wasm.
node scripts/build-miniprogram.mjs
node scripts/sizes.mjs --write pkg/size-report.json
echo "build: done in $(( $(date +%s) - start )) s"
