#!/usr/bin/env bash
# Trunk post-build hook: pre-renders the page in every language into the staging dir
# (index.html, es/index.html ...) with the native `prerender` binary (feature `ssr`).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
# The dev profile is enough (it renders two pages) and builds much faster than release+LTO.
cargo run --quiet --locked --no-default-features --features ssr --bin prerender -- \
  "${TRUNK_STAGING_DIR:-$ROOT/dist}"
