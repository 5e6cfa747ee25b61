// The build's inline scripts stay the same from build to build, so that the CSP hashes a
// server was given keep working after a new build is deployed (docs/serving.md): no inline
// script holds a content-hashed file name or the page's list of parts (those are <meta>
// values), and the hashes are the ones in deploy/csp-hashes.txt, which the nginx and Apache
// samples list. Run: node --test end2end/build/   (after a release build)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_HASHES } from "../../scripts/update-csp-hashes.mjs";

const root = new URL("../../", import.meta.url).pathname;
const dist = process.env.DIST_DIR ? join(process.cwd(), process.env.DIST_DIR) : join(root, "dist");
const lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean).sort();

/** Every .html file in the build, relative to dist/. */
function pages(dir = dist, prefix = "") {
  return readdirSync(join(dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pages(join(dir, entry.name), prefix + entry.name + "/");
    return entry.name.endsWith(".html") ? [prefix + entry.name] : [];
  });
}

const inlineScripts = (html) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

test("no inline script holds a value that changes from build to build", () => {
  const found = pages();
  assert.ok(found.includes("index.html") && found.includes("es/index.html"), `pages: ${found}`);
  for (const page of found) {
    const html = readFileSync(join(dist, page), "utf8");
    const scripts = inlineScripts(html);
    assert.ok(scripts.length >= 2, `${page}: expected the head and page scripts`);
    for (const script of scripts) {
      assert.doesNotMatch(script, /-[0-9a-f]{16}(_bg)?\.[a-z]+/, `${page}: a content-hashed name in an inline script`);
    }
    const sections = html.match(/<meta name="her2-sections" content="([^"]*)">/)?.[1];
    assert.ok(sections, `${page}: no her2-sections meta`);
    for (const script of scripts) {
      assert.ok(!script.includes(sections.split(",").slice(0, 3).join('","')), `${page}: the parts' ids in an inline script`);
    }
  }
});

test("the build's CSP hashes are the ones in deploy/csp-hashes.txt", () => {
  const built = lines(readFileSync(join(dist, "csp-hashes.txt"), "utf8"));
  const listed = lines(readFileSync(join(root, "deploy", "csp-hashes.txt"), "utf8").replace(/^#.*$/gm, ""));
  assert.deepEqual(
    built,
    listed,
    "The inline scripts changed (src/page.js, src/head-mode.js or src/head-language.js): " +
      "run `node scripts/update-csp-hashes.mjs` (deploy/csp-hashes.txt and the nginx and Apache " +
      "samples), and say so in the release notes (docs/serving.md).",
  );
});

test("the nginx and Apache samples list exactly those hashes", () => {
  const listed = lines(readFileSync(join(root, "deploy", "csp-hashes.txt"), "utf8").replace(/^#.*$/gm, ""));
  for (const [file, pattern] of Object.entries(SAMPLE_HASHES)) {
    const inSample = readFileSync(join(root, "deploy", file), "utf8").match(pattern)?.[1];
    assert.deepEqual(
      lines((inSample ?? "").replaceAll(" ", "\n")),
      listed,
      `deploy/${file}: run \`node scripts/update-csp-hashes.mjs\` after a release build`,
    );
  }
});
