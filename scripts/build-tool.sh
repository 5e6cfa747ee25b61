#!/usr/bin/env bash
# Trunk post-build hook, release builds only: builds the report tool's WebAssembly for the
# default language's page with that language's interface strings only (`HER2_TOOL_LANGUAGE`,
# read at compile time by src/client.rs), as `her2-explained-<code>-<hash>_bg.wasm` beside
# Trunk's build, whose JS glue it shares (the same code, so the same imports and exports:
# checked below). The pre-renderer points the default language's page at it. The other
# languages' pages keep Trunk's build, with every language's strings: their tool also shows an
# English copy of the printed summary for the care team.
# Built the way Trunk builds the tool (scripts/tool-wasm.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
DIST="${TRUNK_STAGING_DIR:-$ROOT/dist}"
[ "${TRUNK_PROFILE:-release}" = release ] || exit 0
cd "$ROOT"
source "$ROOT/scripts/tool-wasm.sh"

# The default language (`default = "en"` in content/languages.toml).
code="$(sed -n 's/^default *= *"\([a-z-]*\)".*/\1/p' content/languages.toml)"
[ -n "$code" ] || { echo "build-tool.sh: no default language in content/languages.toml" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
HER2_TOOL_LANGUAGE="$code" tool_wasm "$work"
# Trunk's wasm-bindgen output, before Trunk copied it into the build with a hashed name.
if ! cmp -s "$work/her2-explained.js" "$TOOL_TARGET_DIR/wasm-bindgen/release/her2-explained.js"; then
  echo "build-tool.sh: the $code build's JS glue differs from Trunk's: they cannot share it" >&2
  exit 1
fi
tool_wasm_opt "$work/her2-explained_bg.wasm" "$work/tool.wasm"
hash="$(sha256sum "$work/tool.wasm" | cut -c1-16)"
rm -f "$DIST/her2-explained-$code-"*_bg.wasm
mv "$work/tool.wasm" "$DIST/her2-explained-$code-${hash}_bg.wasm"
