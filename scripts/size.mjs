// Prints the raw, gzip and brotli size of every file in dist/, and what a visitor downloads:
//   first load   index.html and the files it links with src= or href= (the CSS); the page's
//                own script is inline
//   report tool  the app's JS glue and WebAssembly, which the page fetches only when the tool
//                comes near the screen or is used (src/page.js); each language's page has a
//                build of its own (scripts/build-tool.sh), named by its <meta> tags, and each
//                is reported. A release build's tool is split in two (tool/, files named with
//                one hash): the glue, the JS it imports and the first WebAssembly part count
//                here; the other WebAssembly of the same hash is the later part
//   later part   the later steps and the result, fetched once the person starts to answer
//   paste reader the paste reader's module (paste/), which the page fetches only when the paste
//                reader is opened or a text is read (src/page.js), named by its <meta> tags
// The separate JavaScript API (api/), kiosk and embed modes (modes/) and the service worker's
// files are listed but belong to none.
// With --budget N (KB of gzip), exits 1 when the first load is larger; with --tool-budget N,
// when the report tool of any language's page is; with --later-budget N, when its later part
// is; with --paste-budget N, when the paste reader's module is.
// Usage: node scripts/size.mjs [dist] [--budget 120] [--tool-budget 120] [--later-budget 40]
//        [--paste-budget 80]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : null;
};
const budgets = {
  first: option("--budget"),
  tool: option("--tool-budget"),
  later: option("--later-budget"),
  paste: option("--paste-budget"),
};
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
// Each language's tool: its first part (what comes when the tool is near) and its later part.
const tools = new Map();
const laters = new Map();
for (const rel of pages) {
  const page = readFileSync(join(dist, rel), "utf8");
  const [js, wasm] = ["her2-app-js", "her2-app-wasm"].map((name) => {
    const file = named(page, name);
    return file ? join(dirname(rel), file) : null;
  });
  const lang = page.match(/<html lang="([^"]+)"/)?.[1] ?? rel;
  const own = new Set([js, wasm].filter(Boolean));
  const later = new Set();
  // A split build (tool/<code>-<hash>.js): the JS the glue imports, and the later part's
  // WebAssembly, named with the same hash.
  const hash = js?.startsWith("tool/") && js.match(/-([0-9a-f]{16})\.js$/)?.[1];
  if (hash) {
    for (const name of readdirSync(join(dist, "tool")).filter((n) => n.includes(`-${hash}`))) {
      const file = join("tool", name);
      if (name.endsWith(".js")) own.add(file);
      else if (name.endsWith(".wasm") && file !== wasm) later.add(file);
    }
  }
  tools.set(lang, own);
  laters.set(lang, later);
}
// The paste reader's module, named from the site root (the default language's page is there).
const pasteFiles = new Set(
  ["her2-paste-js", "her2-paste-wasm"].map((name) => named(html, name)).filter(Boolean),
);
const toolsOf = (rel) => [...tools].filter(([, set]) => set.has(rel)).map(([lang]) => lang);
const latersOf = (rel) => [...laters].filter(([, set]) => set.has(rel)).map(([lang]) => lang);
const group = (path) => {
  const rel = relative(dist, path);
  if (rel === "index.html" || linked.has(rel)) return "first";
  if (toolsOf(rel).length) return "tool";
  if (latersOf(rel).length) return "later";
  if (pasteFiles.has(rel)) return "paste";
  return "";
};

const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(46)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}  loaded`);
const first = { raw: 0, gzip: 0, brotli: 0 };
const pasteTotal = { raw: 0, gzip: 0, brotli: 0 };
const toolTotals = new Map([...tools.keys()].map((lang) => [lang, { raw: 0, gzip: 0, brotli: 0 }]));
const laterTotals = new Map([...laters].filter(([, set]) => set.size).map(([lang]) => [lang, { raw: 0, gzip: 0, brotli: 0 }]));
for (const path of files) {
  const body = readFileSync(path);
  const size = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  const rel = relative(dist, path);
  const g = group(path);
  const into =
    g === "first"
      ? [first]
      : g === "paste"
        ? [pasteTotal]
        : g === "later"
          ? latersOf(rel).map((lang) => laterTotals.get(lang))
          : toolsOf(rel).map((lang) => toolTotals.get(lang));
  for (const total of into) for (const k of Object.keys(size)) total[k] += size[k];
  const label = {
    first: "first load",
    tool: `report tool (${toolsOf(rel).join(", ")})`,
    later: `later part (${latersOf(rel).join(", ")})`,
    paste: "paste reader",
  }[g] ?? "";
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
for (const [lang, t] of laterTotals) report(`LATER PART (${lang} page, once answering)`, t, budgets.later);
report("PASTE READER (when used)", pasteTotal, budgets.paste);
if (first.gzip === 0 || !toolTotals.size || [...toolTotals.values()].some((t) => t.gzip === 0) || pasteTotal.gzip === 0) {
  console.log("could not find the first-load or report-tool files");
  failed = true;
}
if (failed) process.exit(1);
