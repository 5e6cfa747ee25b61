#!/usr/bin/env bash
# Trunk post-build hook: builds the JavaScript API (crates/her2-js) into <dist>/api/:
#   her2_core.js (ES module) and her2_core_bg.wasm. Runs on every build; release builds are
#   optimised with wasm-opt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
OUT="${TRUNK_STAGING_DIR:-$ROOT/dist}/api"
PROFILE="${TRUNK_PROFILE:-release}"
cd "$ROOT"
if [ "$PROFILE" = release ]; then
  cargo build --quiet --locked -p her2-js --target wasm32-unknown-unknown --release
  WASM="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/her2_js.wasm"
else
  cargo build --quiet --locked -p her2-js --target wasm32-unknown-unknown
  WASM="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/debug/her2_js.wasm"
fi
mkdir -p "$OUT"
wasm-bindgen --target web --out-name her2_core --no-typescript --out-dir "$OUT" "$WASM"
if [ "$PROFILE" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$OUT/her2_core_bg.wasm" -o "$OUT/her2_core_bg.wasm"
fi
