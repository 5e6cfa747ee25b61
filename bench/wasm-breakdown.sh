#!/usr/bin/env bash
# What is in the report tool's WebAssembly, by function and by crate. Builds the tool the way
# Trunk does (the `hydrate` build of the `her2-explained` binary, wasm-bindgen, then wasm-opt
# with the flags in index.html), but keeps the function names (`wasm-opt -g`), and reads the
# result with twiggy. The code is the same as in the release build: the names only add a name
# section, which twiggy lists and this script leaves out of the totals. Not a test.
# Prints: the sizes with and without names; twiggy's largest items; the totals per crate (each
# function counted under the first crate its name mentions, so generic code from a library
# instantiated for this app's types counts under the library); data segments; twiggy's
# unreachable items.
# Usage: bash bench/wasm-breakdown.sh [number of top items, default 40]
# Installs twiggy 0.8.0 with `cargo install` the first time (about 2 minutes on 2 cores).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
TOP="${1:-40}"
if ! twiggy --version 2>/dev/null | grep -q "0.8.0"; then
  echo "installing twiggy 0.8.0 (cargo install)"
  cargo install twiggy --version 0.8.0 --locked -q
fi
source "$ROOT/scripts/tool-wasm.sh"
OUT="$(mktemp -d /tmp/her2-wasm-breakdown.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT
tool_wasm "$OUT"
tool_wasm_opt "$OUT/her2-explained_bg.wasm" "$OUT/release.wasm"
tool_wasm_opt "$OUT/her2-explained_bg.wasm" "$OUT/named.wasm" -g
size() { printf '%9d raw %9d gzip' "$(stat -c %s "$1")" "$(gzip -9 -c "$1" | wc -c)"; }
echo "wasm-opt $(tool_wasm_opt_flags)"
echo "as shipped (no names): $(size "$OUT/release.wasm")"
echo "with names (measured): $(size "$OUT/named.wasm")"
echo
echo "== largest items (twiggy top) =="
twiggy top -n "$TOP" "$OUT/named.wasm" | cut -c1-160
twiggy top --format csv "$OUT/named.wasm" >"$OUT/top.csv"
echo
echo "== per crate (twiggy top, grouped by the first crate in each name) =="
node - "$OUT/top.csv" <<'EOF'
const fs = require("fs");
const text = fs.readFileSync(process.argv[2], "utf8");
// CSV with quoted names (quotes doubled inside).
const rows = [];
const re = /^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/gm;
for (const m of text.matchAll(re)) rows.push({ name: (m[1] ?? m[2]).replace(/""/g, '"'), size: +m[3] });
const crate = (name) => {
  if (/subsection|custom section/.test(name)) return null; // names and other custom sections
  if (name.startsWith("data segment") || name.startsWith("data[")) return "(data: strings, tables)";
  if (/^(elem|type|import|export|table|memory|global|func)\[/.test(name) || name === "code section headers") return "(wasm structure)";
  // Drop leading `<`, `&`, `dyn`, `mut`, `impl ` then take the first path segment.
  // `<T as tachys::...>` (a blanket impl) counts under the trait's crate, `<char>::` under core.
  const m = name
    .replace(/^<(?:[A-Z][A-Za-z0-9]*|\([A-Z,]*\)) as /, "")
    .replace(/^<(?:char|str|bool|[iuf](?:8|16|32|64|128|size))>::/, "core::")
    .replace(/^[<&\s]*(?:(?:dyn|mut|impl)\s+)*/, "").match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!m) return "(unnamed or other)";
  const c = m[1];
  if (["core", "alloc", "std", "dlmalloc", "hashbrown", "compiler_builtins"].includes(c)) return `${c} (std)`;
  return c;
};
const totals = new Map();
let all = 0;
for (const r of rows) {
  const c = crate(r.name);
  if (c === null) continue;
  all += r.size;
  totals.set(c, (totals.get(c) ?? 0) + r.size);
}
const list = [...totals].sort((a, b) => b[1] - a[1]);
for (const [c, s] of list) console.log(`${String(s).padStart(9)} ${(100 * s / all).toFixed(1).padStart(5)}%  ${c}`);
console.log(`${String(all).padStart(9)} 100.0%  total without the name section`);
// Formatting and panic machinery, whatever crate calls it.
const pick = (re) => rows.filter((r) => re.test(r.name)).reduce((s, r) => s + r.size, 0);
console.log();
console.log(`core::fmt and Debug/Display impls: ${pick(/core::fmt|as core::fmt::(Debug|Display)>/)} bytes`);
console.log(`panic machinery (core::panicking, std::panicking, panic hooks): ${pick(/panicking|panic_hook|rust_panic|begin_panic/)} bytes`);
console.log(`serde and serde_json: ${pick(/serde/)} bytes`);
EOF
echo
echo "== data segments (the UI strings of both languages are in the largest) =="
twiggy top "$OUT/named.wasm" | grep 'data segment' | head -8
echo
echo "== unreachable (twiggy garbage) =="
twiggy garbage -n 10 "$OUT/named.wasm" | cut -c1-160
