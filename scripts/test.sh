#!/usr/bin/env bash
# Runs every check of HER2 Explained, installing what is missing first (scripts/setup.sh):
#   1. cargo fmt --check and clippy (warnings are errors), natively and on what ships to
#      browsers (the app's island build, the paste reader's module, the kiosk and embed module)
#   2. native tests: the interpretation core, the report reader, the content checks and the
#      readability test, plus doc tests
#   3. browser unit tests: wasm-bindgen-test in headless Chromium
#   4. the release build (trunk: app, JavaScript API, pre-rendered pages, precompressed files),
#      with its size report, the 120 KB gzip first-load budget and the caps of the report tool
#      and of the paste reader's module
#   5. the JavaScript API called from Node, and its TypeScript types (tsc --strict); the build's
#      inline scripts hold nothing that changes with each build, and their CSP hashes are those
#      in deploy/csp-hashes.txt
#   6. Playwright end-to-end tests against the release build (desktop and 390 px phone), then
#      again behind her2-serve with the strict Content-Security-Policy, at the root and under a
#      sub-path, and offline
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n==== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --locked --no-default-features --features ssr --bin prerender -- -D warnings
# What ships to browsers: the app's island build (as a release splits it: feature `split`), the
# paste reader's module and the kiosk and embed module.
cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --features split -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --features paste-module --bin her2-paste -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p her2-modes --features module -- -D warnings

step "native tests (core, report reader, content, readability)"
cargo test --workspace --locked

step "readability figures"
cargo run --quiet --locked -p her2-readability

step "browser unit tests (wasm-bindgen-test, headless Chromium)"
cargo test -p her2-explained --target wasm32-unknown-unknown --locked

step "release build"
trunk build --release

# The first load (page, CSS) and each page's report tool (its JS and first WebAssembly part,
# fetched when the tool is near or used) must stay within their 120 KB gzip goals; the tool's
# later part and the paste reader's module have regression caps (docs/performance.md).
step "sizes (first load within ${HER2_FIRST_LOAD_BUDGET_KB:=120} KB gzip, report tool within ${HER2_TOOL_BUDGET_KB:=120} KB gzip and its later part within ${HER2_LATER_BUDGET_KB:=47}, paste reader within ${HER2_PASTE_BUDGET_KB:=81} KB gzip)"
node scripts/size.mjs dist --budget "$HER2_FIRST_LOAD_BUDGET_KB" --tool-budget "$HER2_TOOL_BUDGET_KB" \
  --later-budget "$HER2_LATER_BUDGET_KB" --paste-budget "$HER2_PASTE_BUDGET_KB"

step "JavaScript API from Node, and its TypeScript types; the build's inline scripts and CSP hashes"
node --test end2end/api/ end2end/build/

step "end-to-end (Playwright, Debian Chromium)"
(cd end2end && npx playwright test)

step "end-to-end behind her2-serve (strict CSP, precompression, cache headers, sub-path, offline)"
cargo build --locked -q -p her2-serve
(cd end2end && npx playwright test -c playwright.serve.config.ts)

step "all checks passed"
