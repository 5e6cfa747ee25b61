#!/usr/bin/env bash
# Trunk post-build hook (run after scripts/build-wasm-libs.sh and scripts/prerender.sh, in the
# same hook, because Trunk runs the hooks of one stage at the same time): on $TRUNK_STAGING_DIR (default dist/) writes
# precache-manifest.json, stamps sw.js with the build version, writes csp-hashes.txt and _headers,
# and precompresses text and wasm files to .br and .gz. Details: scripts/postbuild.mjs and
# docs/serving.md. Usage by hand: TRUNK_STAGING_DIR=dist bash scripts/postbuild.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
exec node "$ROOT/scripts/postbuild.mjs" "${TRUNK_STAGING_DIR:-$ROOT/dist}"
