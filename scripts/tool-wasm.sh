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
