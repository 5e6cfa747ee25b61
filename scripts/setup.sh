#!/usr/bin/env bash
# Installs everything HER2 Explained needs to build, run and test, and skips what is present:
#   - the wasm32-unknown-unknown Rust target (rustup)
#   - trunk 0.21.14 and wasm-bindgen-cli at the Cargo.lock version (cargo install)
#   - wasm-split-cli 0.2.4 (cargo install wasm_split_cli_support), which splits the report
#     tool's WebAssembly in two in release builds (scripts/build-tool.sh)
#   - Chromium and chromedriver (Debian packages) for browser tests
#   - end2end npm packages: Playwright (no browser download), axe-core, binaryen (wasm-opt),
#     TypeScript (checks the JavaScript API's types), terser (minifies the report tool's JS
#     glue: scripts/build-tool.sh), and pdfjs-dist (pdf.js, which the build
#     copies into dist/vendor/pdfjs/ for "Open a file": scripts/postbuild.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.2.4"
WASM_BINDGEN_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (a few minutes on 2 cores)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile wants a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "${SETUP_BROWSER:-1}" = 1 ] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  say "installing Chromium and chromedriver (Debian)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -f end2end/node_modules/.package-lock.json ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "installing end2end npm packages"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

say "ready (trunk $(trunk --version | cut -d' ' -f2), $(wasm-bindgen --version), $(end2end/node_modules/.bin/wasm-opt --version 2>/dev/null | head -1))"
