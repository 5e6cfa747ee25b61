#!/usr/bin/env bash
# Trunk post-build hook: builds the project's two WebAssembly libraries into the staging dir
# ($TRUNK_STAGING_DIR, default dist/):
#   api/    crates/her2-js: her2_core.js, her2_core_bg.wasm and the TypeScript types
#           her2_core.d.ts, the JavaScript API for other sites (docs/api.md); the page never
#           loads it
#   paste/  the paste reader's module (the her2-paste binary of this crate, feature
#           paste-module: src/paste_module.rs), which reads a pasted report and shows what it
#           found; the page loads it when the paste reader is opened or a text is read
#           (src/page.js): her2_paste-<hash>.js and her2_paste-<hash>_bg.wasm
# and gives the report file reader (public/report-file.js) a content-hashed name.
#   modes/  crates/her2-modes: the kiosk and embed modes, which the page loads only when asked
#           for (src/page.js, docs/kiosk.md): start-<hash>.js, her2_modes-<hash>.js and
#           her2_modes-<hash>_bg.wasm, named by their content like Trunk's files, so that a page
#           that is already open when a new build is deployed keeps loading its own build's
#           modes (the pre-renderer writes the start file's name into each page)
# Release builds (Trunk's TRUNK_PROFILE; release when run by hand) are optimised with wasm-opt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
DIST="${TRUNK_STAGING_DIR:-$ROOT/dist}"
PROFILE="${TRUNK_PROFILE:-release}"
cd "$ROOT"

# build <crate> <folder in the staging dir> <output name> [--typescript] [--features=<list>]
#       [--bin=<binary>]
# (--features: these features instead of the crate's default ones; --bin: a binary of the crate.)
build() {
  local crate="$1" out="$DIST/$2" name="$3" dir=debug flags=() types=(--no-typescript) option
  local file="${crate//-/_}"
  for option in "${@:4}"; do
    case "$option" in
      --typescript) types=() ;;
      --features=*) flags+=(--no-default-features --features "${option#--features=}") ;;
      --bin=*) flags+=(--bin "${option#--bin=}"); file="${option#--bin=}" ;;
    esac
  done
  if [ "$PROFILE" = release ]; then
    dir=release
    flags+=(--release)
  fi
  cargo build --quiet --locked -p "$crate" --target wasm32-unknown-unknown "${flags[@]}"
  mkdir -p "$out"
  wasm-bindgen --target web --out-name "$name" "${types[@]}" --out-dir "$out" \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$dir/$file.wasm"
  # (wasm-bindgen's types of the raw WebAssembly exports are internal.)
  rm -f "$out/${name}_bg.wasm.d.ts"
  if [ "$PROFILE" = release ]; then
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
  fi
}

build her2-js api her2_core --typescript
build her2-modes modes her2_modes --features=module
build her2-explained paste her2_paste --features=paste-module --bin=her2-paste

# Content-hashed names (the first 16 hex digits of the file's sha256, as Trunk names its files).
hashed() {
  local file="$1" stem="$2" ext="$3" hash
  hash="$(sha256sum "$file" | cut -c1-16)"
  mv "$file" "$(dirname "$file")/$stem-$hash$ext"
  echo "$stem-$hash$ext"
}
rm -f "$DIST"/modes/start*.js "$DIST"/modes/her2_modes-*
wasm="$(hashed "$DIST/modes/her2_modes_bg.wasm" her2_modes _bg.wasm)"
glue="$(hashed "$DIST/modes/her2_modes.js" her2_modes .js)"
# The modes module's #[wasm_bindgen(start)] runs once it is initialised.
printf 'import init from "./%s";\ninit({ module_or_path: new URL("./%s", import.meta.url) });\n' \
  "$glue" "$wasm" > "$DIST/modes/start.js"
hashed "$DIST/modes/start.js" start .js > /dev/null
rm -f "$DIST"/paste/her2_paste-*
hashed "$DIST/paste/her2_paste_bg.wasm" her2_paste _bg.wasm > /dev/null
hashed "$DIST/paste/her2_paste.js" her2_paste .js > /dev/null

# The report file reader (public/report-file.js, copied by Trunk), loaded when a person opens a
# file: content-hashed too, for the same reason (the page's <meta name="her2-file-reader">).
# (Run by hand on a finished build, the reader is already named: it is left as it is.)
if [ -f "$DIST/report-file.js" ]; then
  rm -f "$DIST"/report-file-*.js
  hashed "$DIST/report-file.js" report-file .js > /dev/null
fi
