// Prints the raw, gzip and brotli size of every file in dist/, and the first-load total
// (the HTML page, its CSS, the JS glue and the app's WebAssembly; not the separate JS API).
// With --budget N (KB of gzip), exits 1 when the first load is larger.
// Usage: node scripts/size.mjs [dist] [--budget 120]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const dist = args.find((a, i) => !a.startsWith("--") && (budgetAt < 0 || i !== budgetAt + 1)) ?? "dist";

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist)
  .filter((p) => !p.endsWith(".gz") && !p.endsWith(".br"))
  .sort();
const html = readFileSync(join(dist, "index.html"), "utf8");
const referenced = (path) => {
  const rel = relative(dist, path);
  return rel === "index.html" || (!rel.includes("/") && html.includes(rel));
};

const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(46)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}  first load`);
let total = { raw: 0, gzip: 0, brotli: 0 };
for (const path of files) {
  const body = readFileSync(path);
  const raw = body.length;
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const first = referenced(path);
  if (first) {
    total.raw += raw;
    total.gzip += gzip;
    total.brotli += brotli;
  }
  console.log(`${relative(dist, path).padEnd(46)} ${pad(raw, 9)} ${pad(gzip, 9)} ${pad(brotli, 9)}  ${first ? "yes" : ""}`);
}
console.log(`${"FIRST LOAD TOTAL (bytes)".padEnd(46)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
console.log(`first load: ${(total.gzip / 1024).toFixed(1)} KB gzip, ${(total.brotli / 1024).toFixed(1)} KB brotli`);
if (budgetKb !== null) {
  const ok = total.gzip <= budgetKb * 1024;
  console.log(`budget ${budgetKb} KB gzip: ${ok ? "within" : "OVER"}`);
  if (!ok) process.exit(1);
}
