// Post-build step for HER2 Explained's dist/ (run by scripts/postbuild.sh as a Trunk hook, after
// scripts/build-wasm-libs.sh and scripts/prerender.sh). Works on $TRUNK_STAGING_DIR, or the folder given, or dist/. It writes:
//   vendor/pdfjs/           pdf.js (pdfjs-dist's legacy build, installed by scripts/setup.sh in
//                           end2end/node_modules), which "Open a file" loads only for a PDF;
//                           not precached: the service worker keeps it once it was used
//   precache-manifest.json  every file the app uses (not api/) with its sha256, and a build version
//   sw.js                   stamped with that version (so browsers see a new worker per build)
//   csp-hashes.txt          the CSP source ('sha256-…') of every inline <script> in the HTML
//   _headers                headers for static hosts (Netlify, Cloudflare Pages) from
//                           deploy/_headers: the CSP with those hashes and one cache rule a file
//   *.br, *.gz              brotli (quality 11) and gzip (level 9) copies of text and wasm files
// No absolute URL is written into the build, and running it twice gives the same result.
// Environment: HER2_BASE (path prefix for _headers rules, default /), HER2_COMPRESS (1/0;
// default 1 for release builds, 0 for debug ones). The frame-ancestors of _headers are the
// build's own (frame-ancestors.txt, from HER2_EMBED_ORIGINS; docs/embedding.md).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(process.env.TRUNK_STAGING_DIR || process.argv[2] || join(root, "dist"));
const profile = process.env.TRUNK_PROFILE || "release";
const compress = (process.env.HER2_COMPRESS ?? (profile === "release" ? "1" : "0")) === "1";
const base = normaliseBase(process.env.HER2_BASE || "/");
// Who may frame the app: the list the pre-renderer wrote from HER2_EMBED_ORIGINS (the host
// pages the app sends its height to), so that the two cannot disagree.
const frameAncestors = buildFrameAncestors();

/** Files this step (or the pre-renderer) writes at the top of dist/: never listed, never precached. */
const GENERATED = new Set(["precache-manifest.json", "csp-hashes.txt", "_headers", "frame-ancestors.txt"]);
/** Extensions worth precompressing. */
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt|xml|webmanifest|map)$/;
/** Trunk's content-hashed names: name-<16 hex>.ext or name-<16 hex>_bg.wasm. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[A-Za-z0-9]+$/;
const SW_VERSION_LINE = /^const BUILD_VERSION = "[^"\n]*";.*$/m;

if (!existsSync(join(dist, "index.html"))) fail(`${dist} has no index.html: build the app first`);

// 0. pdf.js for "Open a file" (public/report-file.js): the module, its worker and its licence.
const PDFJS = join(root, "end2end", "node_modules", "pdfjs-dist");
const PDFJS_FILES = [
  ["legacy/build/pdf.min.mjs", "pdf.min.mjs"],
  ["legacy/build/pdf.worker.min.mjs", "pdf.worker.min.mjs"],
  ["LICENSE", "LICENSE.txt"],
];
if (!existsSync(join(PDFJS, PDFJS_FILES[0][0]))) fail(`${PDFJS} is missing: run scripts/setup.sh`);
mkdirSync(join(dist, "vendor", "pdfjs"), { recursive: true });
for (const [from, to] of PDFJS_FILES) {
  const bytes = readFileSync(join(PDFJS, from));
  const out = join(dist, "vendor", "pdfjs", to);
  if (!existsSync(out) || !readFileSync(out).equals(bytes)) writeFileSync(out, bytes);
}

const files = walk(dist); // relative POSIX paths, no dot files, no .br/.gz
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// 1. The precache manifest and the build version. Not the JavaScript API (api/): it is for other
//    sites, the app never loads it, so a visitor's phone should not download it. Not pdf.js
//    (vendor/): about 530 KB gzip, more than the rest of the app, for a feature only some
//    visitors use; the service worker keeps it once it was fetched (public/sw.js).
const listed = files.filter(
  (f) => !GENERATED.has(f) && f !== "sw.js" && !f.startsWith("api/") && !f.startsWith("vendor/"),
);
const entries = listed.map((url) => {
  const bytes = readFileSync(join(dist, url));
  return { url, sha256: sha256(bytes).slice(0, 16), bytes: bytes.length };
});
// The version covers vendor/ too, so a new pdf.js is a new worker (whose cache starts empty).
const vendor = files
  .filter((f) => f.startsWith("vendor/"))
  .map((url) => ({ url, sha256: sha256(readFileSync(join(dist, url))).slice(0, 16) }));
const version = sha256([...entries, ...vendor].map((e) => `${e.url} ${e.sha256}\n`).join("")).slice(0, 16);
const manifest = { name: "her2-explained", version, files: entries };
writeFileSync(join(dist, "precache-manifest.json"), JSON.stringify(manifest, null, 2) + "\n");

// 2. The service worker carries the version, so each build is a new worker.
const swPath = join(dist, "sw.js");
if (existsSync(swPath)) {
  const sw = readFileSync(swPath, "utf8");
  if (!SW_VERSION_LINE.test(sw)) fail("sw.js has no `const BUILD_VERSION = \"…\";` line to stamp");
  const stamped = sw.replace(
    SW_VERSION_LINE,
    `const BUILD_VERSION = "${version}"; // written by scripts/postbuild.sh`,
  );
  if (stamped !== sw) writeFileSync(swPath, stamped);
} else {
  warn("no sw.js in the build: copy public/sw.js (index.html: <link data-trunk rel=\"copy-file\" href=\"public/sw.js\" />)");
}

// 3. CSP hashes of the inline scripts.
const hashes = [
  ...new Set(
    files
      .filter((f) => f.endsWith(".html"))
      .flatMap((f) => inlineScripts(readFileSync(join(dist, f), "utf8").replace(/^\uFEFF/, "")))
      .map(scriptHash),
  ),
].sort();
writeFileSync(join(dist, "csp-hashes.txt"), hashes.map((h) => h + "\n").join(""));
const index = readFileSync(join(dist, "index.html"), "utf8");
if (/(?:href|src)=["']?\/(?!\/)|from\s*["']\/(?!\/)/.test(index)) {
  warn("index.html uses absolute URLs (/…): sub-path hosting needs Trunk's public_url = \"./\"");
}

// 4. _headers for static hosts, from deploy/_headers.
const template = readFileSync(join(root, "deploy", "_headers"), "utf8");
writeFileSync(join(dist, "_headers"), headersFile(template));

// 5. Precompressed copies.
const sizes = [];
if (compress) {
  for (const f of files.filter((f) => COMPRESSIBLE.test(f) && !GENERATED.has(f))) {
    sizes.push([f, ...precompress(f)]);
  }
  precompress("precache-manifest.json");
}
removeOrphans();

console.log(
  `postbuild: ${entries.length} files in precache-manifest.json, version ${version}, ` +
    `${hashes.length} inline-script hash(es)${compress ? ", precompressed" : ""} (${dist})`,
);
for (const [f, raw, gz, br] of sizes.filter(([f]) => /\.(wasm|js|css|html)$/.test(f))) {
  console.log(`  ${f.padEnd(48)} ${String(raw).padStart(8)} raw ${String(gz).padStart(8)} gzip ${String(br).padStart(8)} brotli`);
}

/** Every file under dist/ as a relative POSIX path, sorted; skips dot files and .br/.gz. */
function walk(dir, prefix = "") {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(join(dir, entry.name), rel));
    else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

/** Writes f.gz and f.br when they are smaller than f, unless the ones there already decode to
 *  exactly f (so a second run is quick); returns the sizes [raw, gzip, brotli]. */
function precompress(f) {
  const path = join(dist, f);
  const bytes = readFileSync(path);
  const result = [bytes.length];
  for (const [ext, encode, decode] of [
    [".gz", (b) => gzipSync(b, { level: 9 }), gunzipSync],
    [
      ".br",
      (b) =>
        brotliCompressSync(b, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
          },
        }),
      brotliDecompressSync,
    ],
  ]) {
    const out = path + ext;
    if (existsSync(out) && decodesTo(out, decode, bytes)) {
      result.push(statSync(out).size);
      continue;
    }
    const packed = encode(bytes);
    if (packed.length < bytes.length) {
      writeFileSync(out, packed);
      result.push(packed.length);
    } else {
      rmSync(out, { force: true });
      result.push(bytes.length);
    }
  }
  return result;
}

function decodesTo(file, decode, bytes) {
  try {
    return decode(readFileSync(file)).equals(bytes);
  } catch {
    return false;
  }
}

/** Removes .br/.gz files whose source is gone (or when compression is off). */
function removeOrphans(dir = dist) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeOrphans(path);
    else if (/\.(br|gz)$/.test(entry.name)) {
      const source = path.replace(/\.(br|gz)$/, "");
      if (!compress || !existsSync(source)) rmSync(path, { force: true });
    }
  }
}

/** The text of every inline <script> (one without src) in an HTML document, as the server's
 *  scanner (crates/her2-serve/src/csp.rs) finds it: comments skipped, raw text to </script. */
function inlineScripts(html) {
  const scripts = [];
  const tagEnd = /[\s/>]/;
  let pos = 0;
  for (;;) {
    const start = html.indexOf("<", pos);
    if (start < 0) break;
    if (html.startsWith("<!--", start)) {
      const end = html.indexOf("-->", start + 4);
      if (end < 0) break;
      pos = end + 3;
      continue;
    }
    if (html.slice(start, start + 7).toLowerCase() !== "<script" || !tagEnd.test(html[start + 7] ?? "")) {
      pos = start + 1;
      continue;
    }
    // Attributes: quoted or unquoted values; note whether src is one of them.
    let i = start + 7;
    let hasSrc = false;
    let closed = false;
    while (i < html.length) {
      while (i < html.length && /[\s/]/.test(html[i])) i++;
      if (i >= html.length) break;
      if (html[i] === ">") {
        closed = true;
        break;
      }
      const nameStart = i;
      while (i < html.length && !/[\s=>/]/.test(html[i])) i++;
      if (html.slice(nameStart, i).toLowerCase() === "src") hasSrc = true;
      while (i < html.length && /\s/.test(html[i])) i++;
      if (html[i] !== "=") continue;
      i++;
      while (i < html.length && /\s/.test(html[i])) i++;
      if (html[i] === '"' || html[i] === "'") {
        const end = html.indexOf(html[i], i + 1);
        i = end < 0 ? html.length : end + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i])) i++;
      }
    }
    if (!closed) break;
    const bodyStart = i + 1;
    const endTag = /<\/script[\s/>]/gi;
    endTag.lastIndex = bodyStart;
    const m = endTag.exec(html);
    const bodyEnd = m ? m.index : html.length;
    if (!hasSrc) scripts.push(html.slice(bodyStart, bodyEnd));
    pos = bodyEnd;
  }
  return scripts;
}

/** 'sha256-<base64>' of a script's text, line breaks normalised as the HTML parser does. */
function scriptHash(text) {
  const normalised = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

/** dist/_headers: the template with the hashes, frame-ancestors, base path and cache rules. */
function headersFile(template) {
  const prefix = base.replace(/\/$/, "");
  const rules = [];
  const served = [
    ...files.filter((f) => !GENERATED.has(f)),
    "precache-manifest.json",
    "csp-hashes.txt",
    "frame-ancestors.txt",
  ];
  for (const f of served.sort()) {
    const cache = HASHED.test(f) ? "public, max-age=31536000, immutable" : "no-cache";
    const urls = [`/${f}`];
    if (f === "index.html" || f.endsWith("/index.html")) urls.push(`/${f.slice(0, -"index.html".length)}`);
    for (const url of urls) rules.push(`${prefix}${url}\n  Cache-Control: ${cache}\n`);
  }
  const csp = /^\s+Content-Security-Policy:.*'sha256-\.\.\.'/m;
  if (!csp.test(template)) fail("deploy/_headers has no Content-Security-Policy line with 'sha256-...'");
  if (!template.includes("# @generated-cache-rules")) fail("deploy/_headers has no # @generated-cache-rules line");
  return template
    .split("\n")
    .map((line) => {
      if (/^\s+Content-Security-Policy:/.test(line)) {
        return line
          .replace(/ ?'sha256-\.\.\.'/, hashes.length ? " " + hashes.join(" ") : "")
          .replace(/frame-ancestors [^;]*/, `frame-ancestors ${frameAncestors}`);
      }
      if (/^\/\S*$/.test(line)) return prefix + line; // a path rule
      if (line === "# @generated-cache-rules") return rules.join("\n").trimEnd();
      return line;
    })
    .join("\n");
}

/** The build's frame-ancestors source list (frame-ancestors.txt, written by src/bin/prerender.rs
 *  from HER2_EMBED_ORIGINS). HER2_FRAME_ANCESTORS, which set it apart before, must agree. */
function buildFrameAncestors() {
  const file = join(dist, "frame-ancestors.txt");
  if (!existsSync(file)) fail(`${file} is missing: the pre-renderer writes it (scripts/prerender.sh)`);
  const list = checkFrameAncestors(readFileSync(file, "utf8").trim());
  const old = process.env.HER2_FRAME_ANCESTORS;
  if (old && checkFrameAncestors(old).split(" ").sort().join(" ") !== list.split(" ").sort().join(" ")) {
    fail(
      `HER2_FRAME_ANCESTORS=${JSON.stringify(old)} differs from the build's ${list}: the frame-ancestors ` +
        "now come from HER2_EMBED_ORIGINS (docs/embedding.md); set that, and unset HER2_FRAME_ANCESTORS",
    );
  }
  return list;
}

function normaliseBase(b) {
  const segments = b.split("/").filter(Boolean);
  if (segments.some((s) => !/^[A-Za-z0-9._~-]+$/.test(s) || s === "." || s === "..")) {
    fail(`HER2_BASE ${JSON.stringify(b)} must be a plain path like /tools/her2/`);
  }
  return segments.length ? `/${segments.join("/")}/` : "/";
}

function checkFrameAncestors(list) {
  const sources = list.trim().split(/\s+/);
  const ok = sources.every((s) => s === "'self'" || s === "'none'" || /^[A-Za-z0-9:/.*_-]+$/.test(s));
  if (!ok || (sources.length > 1 && sources.includes("'none'"))) {
    fail(`frame-ancestors ${JSON.stringify(list)} is not a CSP source list`);
  }
  return sources.join(" ");
}

function warn(message) {
  console.warn(`postbuild: warning: ${message}`);
}

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}
