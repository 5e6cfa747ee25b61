#!/usr/bin/env bash
# Trunk post-build hook: builds the kiosk and embed modes (crates/her2-modes, which compiles
# src/mode.rs, src/kiosk.rs and src/embed.rs) into <dist>/modes/: her2_modes.js,
# her2_modes_bg.wasm and start.js, the module the app loads only when a page is a kiosk or
# embedded (src/mode.rs `load_modes`). Release builds are optimised with wasm-opt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
OUT="${TRUNK_STAGING_DIR:-$ROOT/dist}/modes"
PROFILE="${TRUNK_PROFILE:-release}"
cd "$ROOT"
if [ "$PROFILE" = release ]; then
  cargo build --quiet --locked -p her2-modes --target wasm32-unknown-unknown --release
  WASM="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/her2_modes.wasm"
else
  cargo build --quiet --locked -p her2-modes --target wasm32-unknown-unknown
  WASM="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/debug/her2_modes.wasm"
fi
mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$WASM"
if [ "$PROFILE" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$OUT/her2_modes_bg.wasm" -o "$OUT/her2_modes_bg.wasm"
fi
# The module's #[wasm_bindgen(start)] runs once it is initialised.
printf 'import init from "./her2_modes.js";\ninit();\n' > "$OUT/start.js"
