// Prints the raw, gzip and brotli size of every file in dist/, and what a visitor downloads:
//   first load   index.html and the files it links with src= or href= (the CSS); the page's
//                own script is inline
//   report tool  the app's JS glue and WebAssembly, which the page fetches only when the tool
//                comes near the screen or is used (src/page.js); each language's page has a
//                build of its own (scripts/build-tool.sh), named by its <meta> tags, and each
//                is reported
//   paste reader the paste reader's module (paste/), which the page fetches only when the paste
//                reader is opened or a text is read (src/page.js), named by its <meta> tags
// The separate JavaScript API (api/), kiosk and embed modes (modes/) and the service worker's
// files are listed but belong to none.
// With --budget N (KB of gzip), exits 1 when the first load is larger; with --tool-budget N,
// when the report tool of any language's page is; with --paste-budget N, when the paste
// reader's module is.
// Usage: node scripts/size.mjs [dist] [--budget 120] [--tool-budget 198] [--paste-budget 80]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : null;
};
const budgets = { first: option("--budget"), tool: option("--tool-budget"), paste: option("--paste-budget") };
const dist = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";

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
// Files the HTML itself makes the browser fetch: src= and href= attributes, quoted or not.
const linked = new Set(
  [...html.matchAll(/\s(?:src|href)=["']?(?:\.\/)?([^"'\s>]+)/g)].map((m) => m[1]),
);
// Each language's page (index.html, <code>/index.html) and its report tool's files.
const pages = files
  .map((p) => relative(dist, p))
  .filter((rel) => /^([a-z]{2,3}(-[a-z0-9]+)?\/)?index\.html$/i.test(rel))
  .sort((a, b) => (a === "index.html" ? -1 : b === "index.html" ? 1 : a.localeCompare(b)));

// The file a page names in its <meta name="…" content="…">, if any.
const named = (page, name) => page.match(new RegExp(`<meta name="${name}" content="([^"]+)"`))?.[1];
const tools = new Map(
  pages.map((rel) => {
    const page = readFileSync(join(dist, rel), "utf8");
    const own = ["her2-app-js", "her2-app-wasm"].map((name) => {
      const file = named(page, name);
      return file ? join(dirname(rel), file) : null;
    });
    const lang = page.match(/<html lang="([^"]+)"/)?.[1] ?? rel;
    return [lang, new Set(own.filter(Boolean))];
  }),
);
// The paste reader's module, named from the site root (the default language's page is there).
const pasteFiles = new Set(
  ["her2-paste-js", "her2-paste-wasm"].map((name) => named(html, name)).filter(Boolean),
);
const toolsOf = (rel) => [...tools].filter(([, set]) => set.has(rel)).map(([lang]) => lang);
const group = (path) => {
  const rel = relative(dist, path);
  if (rel === "index.html" || linked.has(rel)) return "first";
  if (toolsOf(rel).length) return "tool";
  if (pasteFiles.has(rel)) return "paste";
  return "";
};

const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(46)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}  loaded`);
const first = { raw: 0, gzip: 0, brotli: 0 };
const pasteTotal = { raw: 0, gzip: 0, brotli: 0 };
const toolTotals = new Map([...tools.keys()].map((lang) => [lang, { raw: 0, gzip: 0, brotli: 0 }]));
for (const path of files) {
  const body = readFileSync(path);
  const size = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  const rel = relative(dist, path);
  const g = group(path);
  const into = g === "first" ? [first] : g === "paste" ? [pasteTotal] : toolsOf(rel).map((lang) => toolTotals.get(lang));
  for (const total of into) for (const k of Object.keys(size)) total[k] += size[k];
  const label =
    g === "first" ? "first load" : g === "tool" ? `report tool (${toolsOf(rel).join(", ")})` : g === "paste" ? "paste reader" : "";
  console.log(`${rel.padEnd(46)} ${pad(size.raw, 9)} ${pad(size.gzip, 9)} ${pad(size.brotli, 9)}  ${label}`);
}
const kb = (n) => (n / 1024).toFixed(1);
let failed = false;
const report = (name, t, budget) => {
  console.log(`${`${name} TOTAL (bytes)`.padEnd(46)} ${pad(t.raw, 9)} ${pad(t.gzip, 9)} ${pad(t.brotli, 9)}`);
  let verdict = "";
  if (budget !== null) {
    const ok = t.gzip <= budget * 1024;
    failed ||= !ok;
    verdict = `; budget ${budget} KB gzip: ${ok ? "within" : "OVER"}`;
  }
  console.log(`${name.toLowerCase()}: ${kb(t.gzip)} KB gzip, ${kb(t.brotli)} KB brotli${verdict}`);
};
report("FIRST LOAD", first, budgets.first);
for (const [lang, t] of toolTotals) report(`REPORT TOOL (${lang} page, on demand)`, t, budgets.tool);
report("PASTE READER (when used)", pasteTotal, budgets.paste);
if (first.gzip === 0 || !toolTotals.size || [...toolTotals.values()].some((t) => t.gzip === 0) || pasteTotal.gzip === 0) {
  console.log("could not find the first-load or report-tool files");
  failed = true;
}
if (failed) process.exit(1);
