#!/usr/bin/env bash
# Runs Lighthouse (mobile profile, Debian Chromium) against the release build served by
# her2-serve the way production should serve it, and prints the scores and timings for `/`
# with JavaScript on; then the first contentful paint with JavaScript on and off, measured with
# Playwright under the same throttling (Lighthouse cannot run with scripts disabled). Not a test.
# Usage: bash bench/lighthouse.sh   (after a release build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT/bench"
if [ ! -x node_modules/.bin/lighthouse ]; then
  npm install --no-audit --no-fund --loglevel=error --no-save lighthouse@12.8.2 >/dev/null
fi
cd "$ROOT"
cargo build --release --locked -q -p her2-serve
PORT=8099
target/release/her2-serve --dir dist --addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
export CHROME_PATH="$CHROMIUM_PATH"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"
run() {
  bench/node_modules/.bin/lighthouse "http://127.0.0.1:$PORT/" --quiet --output=json \
    --output-path="/tmp/her2-lighthouse-$1.json" --chrome-flags="$FLAGS $2" \
    --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || true
}
run js ""
node -e '
const fs = require("fs");
const r = JSON.parse(fs.readFileSync("/tmp/her2-lighthouse-js.json"));
const c = r.categories, a = r.audits;
console.log("Lighthouse " + r.lighthouseVersion + ", mobile profile, " + r.finalDisplayedUrl);
for (const k of ["performance", "accessibility", "best-practices", "seo"]) console.log("  " + k.padEnd(16) + Math.round(c[k].score * 100));
for (const k of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]) console.log("  " + k.padEnd(26) + a[k].displayValue);
'
echo "Playwright with Lighthouse's mobile throttling applied through the DevTools protocol:"
node bench/fcp.mjs "http://127.0.0.1:$PORT/"
node bench/fcp.mjs "http://127.0.0.1:$PORT/" --no-js
