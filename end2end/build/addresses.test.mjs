// One rule for the address of a language page: `her2_modes::mode::page_href` in Rust, which
// writes every page's language links, and its JavaScript mirrors in the <head> scripts
// (src/head-mode.js for a `lang` option, src/head-language.js for a first visit). For every
// built page and every language, the scripts as the pages carry them must send the browser to
// the very address the page's own link to that language has.
// Run: node --test end2end/build/   (after a release build)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

const root = new URL("../../", import.meta.url).pathname;
const dist = process.env.DIST_DIR ? join(process.cwd(), process.env.DIST_DIR) : join(root, "dist");

const inlineScripts = (html) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="module")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** The built pages: the default language's at the root, the others in `<code>/`. */
function pages() {
  const first = readFileSync(join(dist, "index.html"), "utf8");
  const links = languageLinks(first);
  return Object.keys(links).map((code) => {
    const path = links[code] === "./" ? "index.html" : `${code}/index.html`;
    const html = readFileSync(join(dist, path), "utf8");
    return { path, html, lang: html.match(/<html lang="([^"]+)"/)[1], links: languageLinks(html) };
  });
}

/** The page's language links (src/components/language_switch.rs): code → href. */
function languageLinks(html) {
  const links = {};
  for (const [tag] of html.matchAll(/<a [^>]*hreflang="[^"]*"[^>]*>/g)) {
    links[tag.match(/hreflang="([^"]*)"/)[1]] = tag.match(/href="([^"]*)"/)[1];
  }
  assert.ok(Object.keys(links).length >= 2, "no language links");
  return links;
}

/** Runs a classic inline script on a stand-in page; returns where it sent the browser, if anywhere. */
function run(script, { lang, search = "", stored = null, languages = [] }) {
  let target = null;
  const attributes = { lang };
  const element = {
    getAttribute: (name) => attributes[name] ?? null,
    hasAttribute: (name) => name in attributes,
    setAttribute: (name, value) => (attributes[name] = value),
  };
  const context = {
    URLSearchParams,
    document: { documentElement: element, addEventListener() {}, querySelector: () => null },
    location: { search, hash: "", replace: (href) => (target = href) },
    localStorage: { getItem: () => stored },
    navigator: { languages },
    MutationObserver: class {
      observe() {}
    },
  };
  vm.runInNewContext(script, context);
  return target;
}

test("a lang option opens the page the page's own language link names (src/head-mode.js)", () => {
  const built = pages();
  assert.ok(built.length >= 2, `pages: ${built.map((p) => p.path)}`);
  for (const page of built) {
    const head = inlineScripts(page.html)[0];
    assert.match(head, /data-mode/, `${page.path}: the first inline script is not the mode script`);
    for (const [code, href] of Object.entries(page.links)) {
      const search = `?lang=${code}`;
      const expected = code === page.lang ? null : href + search;
      assert.equal(run(head, { lang: page.lang, search }), expected, `${page.path} with ${search}`);
    }
  }
});

test("a first visit goes to the page the default page's language link names (src/head-language.js)", () => {
  const [first, ...others] = pages();
  const script = inlineScripts(first.html).find((s) => s.includes("navigator.languages"));
  assert.ok(script, "index.html: no first-visit language script");
  for (const page of others) assert.ok(!inlineScripts(page.html).some((s) => s.includes("navigator.languages")), page.path);
  for (const [code, href] of Object.entries(first.links)) {
    const expected = code === first.lang ? null : href;
    assert.equal(run(script, { lang: first.lang, stored: JSON.stringify(code) }), expected, `chosen before: ${code}`);
    assert.equal(run(script, { lang: first.lang, languages: [`${code}-XX`] }), expected, `browser prefers: ${code}`);
  }
});
