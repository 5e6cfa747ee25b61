#!/usr/bin/env bash
# Trunk post-build hook, release builds only: builds the report tool once for each language's
# page, split in two (scripts/tool-wasm.sh, `tool_wasm_split`), into dist/tool/:
#   <code>-<hash>.js, <code>-<hash>_bg.wasm   the JS glue and the tool's first part: the
#                                             state, the first step and all the page hydrates
#   <code>-link-<hash>.js                     imported by the glue: fetches and starts the
#   <code>-later-<hash>.wasm                  later part (the later steps and the result),
#                                             once the person starts to answer
# One hash for the four files: the sha256 of their contents before they were named, so the
# names they use for each other can carry it (each is checked to be used exactly once).
# Each page's build has only its own language's interface strings (`HER2_TOOL_LANGUAGE`, read at
# compile time by src/client.rs); the English copy of the printed summary, on the other pages,
# is in the later part, and so are the English strings it needs. The JS files are minified
# (terser, from end2end/node_modules). The pre-renderer points each page at its build;
# Trunk's own build of the tool is then used by no page.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
DIST="${TRUNK_STAGING_DIR:-$ROOT/dist}"
[ "${TRUNK_PROFILE:-release}" = release ] || exit 0
cd "$ROOT"
source "$ROOT/scripts/tool-wasm.sh"

# Every language's code (`code = "es"` in content/languages.toml).
codes="$(sed -n 's/^code *= *"\([a-z-]*\)".*/\1/p' content/languages.toml)"
[ -n "$codes" ] || { echo "build-tool.sh: no languages in content/languages.toml" >&2; exit 1; }

# Replaces the one occurrence of the text $2 in the file $1 with $3 (the build stops if there is
# none or more than one).
replace_once() {
  local file="$1" from="$2" to="$3" text
  [ "$(grep -oF -- "$from" "$file" | wc -l)" = 1 ] ||
    { echo "build-tool.sh: expected $from once in $(basename "$file")" >&2; exit 1; }
  text="$(cat "$file")"
  printf '%s\n' "${text/"$from"/"$to"}" > "$file"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf "$DIST/tool"
mkdir -p "$DIST/tool"
for code in $codes; do
  out="$work/$code"
  mkdir -p "$out/final"
  HER2_TOOL_LANGUAGE="$code" tool_wasm_split "$out"
  f="$out/final"
  tool_wasm_opt "$out/her2-explained_bg.wasm" "$f/her2-explained_bg.wasm"
  tool_wasm_opt "$out/split_later_parts.wasm" "$f/split_later_parts.wasm"
  for js in her2-explained.js __wasm_split.js; do
    terser "$out/$js" --module --compress --mangle --output "$f/$js"
  done
  hash="$(cd "$f" && sha256sum -- * | sha256sum | cut -c1-16)"
  # (The glue's import of the link module, not the name the WebAssembly's imports go by.)
  replace_once "$f/her2-explained.js" 'from"./__wasm_split.js"' "from\"./$code-link-$hash.js\""
  replace_once "$f/__wasm_split.js" 'from"./her2-explained.js"' "from\"./$code-$hash.js\""
  replace_once "$f/__wasm_split.js" '"./split_later_parts.wasm"' "\"./$code-later-$hash.wasm\""
  mv "$f/her2-explained.js" "$DIST/tool/$code-$hash.js"
  mv "$f/her2-explained_bg.wasm" "$DIST/tool/$code-${hash}_bg.wasm"
  mv "$f/__wasm_split.js" "$DIST/tool/$code-link-$hash.js"
  mv "$f/split_later_parts.wasm" "$DIST/tool/$code-later-$hash.wasm"
  echo "build-tool.sh: tool/$code-$hash.js and the files it loads"
done
