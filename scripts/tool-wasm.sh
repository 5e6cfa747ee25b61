# Sourced (from the project's root) by scripts/build-tool.sh and bench/wasm-breakdown.sh: builds
# the report tool's WebAssembly the way Trunk does for index.html's
# <link data-trunk rel="rust" data-bin="her2-explained" ...>.
#
# tool_wasm OUT   the `hydrate` release build of the her2-explained binary, through wasm-bindgen
#                 --target web into the folder OUT (her2-explained.js, her2-explained_bg.wasm),
#                 not yet optimised; the environment is passed on to cargo
# tool_wasm_opt_flags
#                 wasm-opt's level and flags, as index.html gives them to Trunk
# tool_wasm_opt IN OUT [more flags]
#                 wasm-opt with those flags

TOOL_TARGET_DIR="${CARGO_TARGET_DIR:-target}"

tool_wasm() {
  cargo build --quiet --locked --release --target wasm32-unknown-unknown \
    --no-default-features --features hydrate --bin her2-explained
  wasm-bindgen --target web --no-typescript --out-dir "$1" --out-name her2-explained \
    "$TOOL_TARGET_DIR/wasm32-unknown-unknown/release/her2-explained.wasm"
}

tool_wasm_opt_flags() {
  local level params
  level="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)"
  params="$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
  echo "-O$level $params"
}

tool_wasm_opt() {
  local in="$1" out="$2"
  shift 2
  # shellcheck disable=SC2046 # the flags are words
  wasm-opt $(tool_wasm_opt_flags) "$@" "$in" -o "$out"
}

# tool_wasm_split OUT
#                 the release build of the report tool split in two (feature `split`; the cut is
#                 `build_part` in src/components/report/later.rs): linked with its relocations
#                 kept, split by wasm-split-cli, then the first part through wasm-bindgen
#                 --target web. Writes into OUT: her2-explained.js (JS glue),
#                 her2-explained_bg.wasm (the first part, not yet optimised), __wasm_split.js
#                 (which the glue imports: it fetches and starts the later part) and
#                 split_later_parts.wasm (the later part, not yet optimised)
tool_wasm_split() {
  local out="$1"
  cargo rustc --quiet --locked --release --target wasm32-unknown-unknown \
    --no-default-features --features split --bin her2-explained -- -C link-args=--emit-relocs
  rm -rf "$out/split"
  mkdir -p "$out/split"
  wasm-split-cli "$TOOL_TARGET_DIR/wasm32-unknown-unknown/release/her2-explained.wasm" \
    "$out/split" --out-name her2-explained
  wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$out" \
    --out-name her2-explained "$out/split/her2-explained.wasm"
  mv "$out/split/__wasm_split.js" "$out/split/split_later_parts.wasm" "$out/"
  rm -rf "$out/split"
}
