import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, ready, toolReady, watchCsp } from "./fixtures";

// The serving set-up, in Chromium, against her2-serve (crates/her2-serve) serving the release
// build: the strict CSP, compression and cache headers, the sub-path, the service worker.
// Runs with playwright.serve.config.ts, twice: app at the root and under /tools/her2/.
// Every URL below is relative ("./"), so the same test covers both.

test.beforeEach(({}, testInfo) => {
  test.skip(!testInfo.project.metadata?.her2Serve, "runs with playwright.serve.config.ts");
});

const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/** Uses the report form: the WebAssembly logic runs and shows a result. (Answers kept on this
 *  device from an earlier page open the form at its last step: then only "Explain" is left.) */
async function explainAReport(page: Page) {
  const explain = page.locator(".report-nav__explain");
  await expect(page.locator("#report-cancer-breast").or(explain).first()).toBeVisible();
  if (await explain.isVisible()) {
    await explain.click();
    await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", /.+/);
    return;
  }
  await page.locator("#report-cancer-breast").check();
  await page.locator(".report-nav__next").click();
  await page.locator("#report-ihc-3").check();
  await page.locator(".report-nav__next").click();
  await page.locator("#report-ish-not-done").check();
  await page.locator(".report-nav__next").click();
  await page.locator(".report-nav__explain").click();
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", /.+/);
}

/** Waits until the service worker (which the page registers itself, src/page.js) controls the page. */
async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of this app's caches. */
function cacheNames(page: Page) {
  return page.evaluate(async () =>
    (await caches.keys()).filter((name) => name.startsWith("her2-explained-")),
  );
}

test("the app runs under the strict CSP with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto("./");
  const csp = response!.headers()["content-security-policy"];
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  await toolReady(page);
  await explainAReport(page);
  expect(await violations()).toEqual([]);
  // The Spanish page too (its own pre-rendered HTML and inline script hashes).
  await page.locator(".language-switch a[hreflang=es]").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await toolReady(page);
  await explainAReport(page);
  expect(await violations()).toEqual([]);
});

test("the CSP hash is the sha256 of the inline bootstrap, as csp-hashes.txt says", async ({ request }) => {
  const page = await request.get("./");
  const html = await page.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc\b)[^>]*>([\s\S]*?)<\/script/gi)].map((m) => m[1]);
  expect(inline.length).toBeGreaterThan(0);
  const { createHash } = await import("node:crypto");
  const hashes = inline.map((s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`);
  const csp = page.headers()["content-security-policy"];
  for (const hash of hashes) expect(csp).toContain(hash);
  const listed = await request.get("./csp-hashes.txt");
  if (listed.ok()) {
    for (const hash of hashes) expect(await listed.text()).toContain(hash);
  }
});

test("wasm is application/wasm and brotli; hashed files are immutable, pages revalidated", async ({ request }) => {
  const html = await (await request.get("./")).text();
  // (The files the page loads later are named in <meta content>, the stylesheet in <link href>.)
  const assets = [...html.matchAll(/(?:href|content|from|import\(|module_or_path:)\s*=?\s*['"]?\.?\/?([\w./-]+-[0-9a-f]{16}(?:_bg)?\.(?:wasm|js|css))/g)].map(
    (m) => m[1],
  );
  const wasm = assets.find((a) => a.endsWith(".wasm"));
  expect(wasm, `a hashed .wasm in index.html (${assets})`).toBeTruthy();
  for (const asset of new Set(assets)) {
    expect(asset).toMatch(HASHED);
    const res = await request.get(`./${asset}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(res.status(), asset).toBe(200);
    expect(res.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
    expect(res.headers()["content-encoding"], asset).toBe("br");
    expect(res.headers()["vary"], asset).toBe("accept-encoding");
  }
  const w = await request.get(`./${wasm}`, { headers: { "accept-encoding": "gzip" } });
  expect(w.headers()["content-type"]).toBe("application/wasm");
  expect(w.headers()["content-encoding"]).toBe("gzip");
  const js = assets.find((a) => a.endsWith(".js"));
  expect(js, `a hashed .js in index.html (${assets})`).toBeTruthy();
  expect((await request.get(`./${js}`)).headers()["content-type"]).toBe("text/javascript; charset=utf-8");

  for (const path of ["./", "./index.html", "./sw.js", "./precache-manifest.json"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toBe("no-cache");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["referrer-policy"], path).toBe("no-referrer");
    expect(res.headers()["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(res.headers()["permissions-policy"], path).toContain("camera=()");
    expect(res.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("the build uses relative URLs, and nothing is served outside the base path", async ({ request }, testInfo) => {
  const html = await (await request.get("./")).text();
  // Trunk's public_url = "./": no asset URL starts with "/".
  expect(html).not.toMatch(/(?:href|src)=["']?\/(?!\/)|from\s*["']\/(?!\/)|module_or_path:\s*["']\/(?!\/)/);
  const base = testInfo.project.metadata.base as string;
  if (base !== "/") {
    expect((await request.get("/index.html")).status()).toBe(404);
    expect((await request.get("/")).status()).toBe(404);
    const bare = await request.get(base.replace(/\/$/, ""), { maxRedirects: 0 });
    expect(bare.status()).toBe(308);
    expect(bare.headers()["location"]).toBe(base);
  }
  expect((await request.get("./no-such-file.js")).status()).toBe(404);
  expect((await request.get("./_headers")).status()).toBe(404);
});

test("the page is served by the browser with the app's own headers and compression", async ({ page }) => {
  const wasm = page.waitForResponse((r) => r.url().endsWith(".wasm"));
  await page.goto("./");
  await toolReady(page);
  const response = await wasm;
  const headers = await response.allHeaders();
  expect(headers["content-type"]).toBe("application/wasm");
  // Chromium asks for brotli on secure contexts (127.0.0.1 is one) and gzip otherwise.
  expect(["br", "gzip"]).toContain(headers["content-encoding"]);
  expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("offline: after one visit the page and its report form work without a network", async ({ page, context }) => {
  const violations = await watchCsp(page);
  await page.goto("./");
  await ready(page);
  await waitForServiceWorkerControl(page);

  const manifest = await page.evaluate(async () => (await fetch("precache-manifest.json")).json());
  await expect.poll(() => cacheNames(page)).toEqual([`her2-explained-${manifest.version}`]);
  const cached = await page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((r) => r.url),
    `her2-explained-${manifest.version}`,
  );
  for (const file of manifest.files) expect(cached).toContain(new URL(file.url, page.url()).href);
  // The report tool (both its parts) and the modes are kept for offline use; the JavaScript API
  // for other sites is not.
  const urls: string[] = manifest.files.map((file: { url: string }) => file.url);
  expect(urls.some((url) => /^tool\/en-[0-9a-f]{16}_bg\.wasm$/.test(url))).toBe(true);
  expect(urls.some((url) => /^tool\/en-later-[0-9a-f]{16}\.wasm$/.test(url))).toBe(true);
  expect(urls.some((url) => /^modes\/her2_modes-[0-9a-f]{16}_bg\.wasm$/.test(url))).toBe(true);
  expect(urls.filter((url) => url.startsWith("api/"))).toEqual([]);

  await context.setOffline(true);
  try {
    // The network is really gone, also for the worker: a file not in the cache fails (asked
    // from a second page, as the failure is logged as an error).
    const other = await context.newPage();
    await other.goto("./");
    const probe = await other.evaluate(() =>
      fetch(`not-cached-${Date.now()}.txt`).then(
        () => "online",
        () => "offline",
      ),
    );
    expect(probe).toBe("offline");
    await other.close();
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await toolReady(page);
    await explainAReport(page);
    // The kiosk URL (a query) and a path the build does not have get this build's page too.
    await page.goto("./?mode=kiosk");
    await ready(page);
    await page.goto("./no-such-page");
    await ready(page);
  } finally {
    await context.setOffline(false);
  }
  expect(await violations()).toEqual([]);
});

test("a visitor whose browser saves data gets no background download; a kiosk still does", async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }), configurable: true }),
  );
  const asked: string[] = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await page.goto("./");
  await ready(page);
  await page.evaluate(() => new Promise((done) => (document.readyState === "complete" ? done(null) : addEventListener("load", done))));
  await page.waitForTimeout(500);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  expect(asked.filter((path) => path.endsWith("sw.js") || path.endsWith("precache-manifest.json"))).toEqual([]);
  expect(asked.filter((path) => path.endsWith(".wasm"))).toEqual([]);

  await page.goto("./?mode=kiosk");
  await ready(page);
  await waitForServiceWorkerControl(page);
});

// After a deploy, a page that is already open must keep to the build it started with: every
// script and WebAssembly file it fetches (the modes module in a kiosk or an embed, the report
// tool) is named by its content, so the new build's files never mix with the old page.
test("every script and WebAssembly file a page loads is its own build's (content-hashed)", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(m?js|wasm)$/.test(path) && !path.endsWith("/sw.js")) loaded.push(path);
  });
  for (const url of ["./?mode=kiosk", "./es/?mode=embed", "./"]) {
    await page.goto(url);
    await toolReady(page);
    if (url !== "./") await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  }
  expect(loaded.some((path) => path.includes("/modes/start-"))).toBe(true);
  expect(loaded.filter((path) => path.endsWith(".wasm")).length).toBeGreaterThanOrEqual(2);
  expect(loaded.filter((path) => !HASHED.test(path))).toEqual([]);
});

test("a new build replaces the old cache whole", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const server = await startOwnServer(testInfo.project.metadata.base as string);
  const context = await browser.newContext();
  const errors = collectErrors(context);
  try {
    const page = await context.newPage();
      await page.goto(server.url);
    await ready(page);
    await waitForServiceWorkerControl(page);
    const v1 = JSON.parse(readFileSync(join(server.dir, "precache-manifest.json"), "utf8")).version;
    await expect.poll(() => cacheNames(page)).toEqual([`her2-explained-${v1}`]);

    // Deploy a new build: one file changes; postbuild writes a new manifest and stamps sw.js.
    const changed = join(server.dir, "index.html");
    writeFileSync(changed, readFileSync(changed, "utf8").replace("</body>", "<!-- v2 --></body>"));
    server.postbuild();
    const v2 = JSON.parse(readFileSync(join(server.dir, "precache-manifest.json"), "utf8")).version;
    expect(v2).not.toBe(v1);

    await page.reload(); // the browser checks sw.js (no-cache) and installs the new worker
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([`her2-explained-${v2}`]);
    const page2 = await page.evaluate(
      async ([name, url]) => (await (await caches.open(name)).match(url))?.text(),
      [`her2-explained-${v2}`, new URL("index.html", server.url).href],
    );
    expect(page2).toContain("<!-- v2 -->");
    await page.reload();
    await ready(page);
    expect(await page.content()).toContain("<!-- v2 -->");
  } finally {
    await context.close();
    server.stop();
  }
  expect(errors).toEqual([]);
});

test("an install that fails leaves no half-filled cache behind", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const server = await startOwnServer(testInfo.project.metadata.base as string);
  // A deployment half done: one file of the build is missing.
  for (const name of ["embed.js", "embed.js.br", "embed.js.gz"]) rmSync(join(server.dir, name), { force: true });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // How the worker the page registers (src/page.js) ends: "activated" or "redundant".
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      const w = window as unknown as { __worker: Promise<string> };
      w.__worker = new Promise((done) => {
        container.register = (...args: Parameters<typeof register>) =>
          register(...args).then((registration) => {
            const worker = registration.installing ?? registration.waiting ?? registration.active!;
            const check = () => (worker.state === "activated" || worker.state === "redundant") && done(worker.state);
            worker.addEventListener("statechange", check);
            check();
            return registration;
          });
      });
    });
    await page.goto(server.url);
    await ready(page);
    expect(await page.evaluate(() => (window as unknown as { __worker: Promise<string> }).__worker)).toBe("redundant");
    expect(await cacheNames(page)).toEqual([]);
  } finally {
    await context.close();
    server.stop();
  }
});

test("the Permissions-Policy refuses the Topics API and names only features the browser knows", async ({ page }) => {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/permissions.policy|feature.policy/i.test(m.text())) messages.push(m.text());
  });
  const response = await page.goto("./");
  await ready(page);
  const features = response!.headers()["permissions-policy"].split(",").map((f) => f.trim().split("=")[0]);
  // Chromium lists the features it knows, and says which this page may use.
  const policy = await page.evaluate(() => {
    const fp = (document as unknown as { featurePolicy: { features(): string[]; allowsFeature(f: string): boolean } })
      .featurePolicy;
    return { known: fp.features(), topics: fp.allowsFeature("browsing-topics") };
  });
  for (const feature of features) expect(policy.known, feature).toContain(feature);
  expect(messages).toEqual([]);
  // The Topics API (which replaced FLoC and its interest-cohort in 2022) is refused.
  expect(policy.topics, "browsing-topics allowed").toBe(false);
});

test("embed.js makes a titled, lazy, no-referrer iframe and sizes it only from the app", async ({ page, baseURL }) => {
  // The host page and the framed app are stubs on the app's origin (the app itself refuses to be
  // framed: frame-ancestors 'none'); what is tested is the loader served by her2-serve.
  const embedUrl = new URL("embed.js", baseURL).href;
  await page.route(
    (url) => url.searchParams.get("mode") === "embed",
    (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>app</title><p>app</p>" }),
  );
  await page.route(new URL("embed-host.html", baseURL).href, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>host</title><div id="her2"></div>
        <script src="${embedUrl}" data-her2-target="#her2" data-lang="es" data-sections="report-tool,glossary"
          data-accent="#0B5394" data-bg="not-a-colour" data-title="HER2 explicado"></script>`,
    }),
  );
  await page.goto("./embed-host.html");
  const frame = page.locator("#her2 iframe");
  await expect(frame).toHaveAttribute("title", "HER2 explicado");
  await expect(frame).toHaveAttribute("loading", "lazy");
  await expect(frame).toHaveAttribute("referrerpolicy", "no-referrer");
  expect(await frame.getAttribute("allow")).toBeNull();
  const src = new URL((await frame.getAttribute("src"))!);
  expect(src.href.startsWith(new URL("./", baseURL).href)).toBe(true);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    mode: "embed",
    lang: "es",
    sections: "report-tool,glossary",
    accent: "0B5394",
    parent: new URL(baseURL!).origin,
  });
  const height = () => frame.evaluate((f) => (f as HTMLIFrameElement).style.height);
  expect(await height()).toBe("600px");

  // From the page itself (not the iframe): ignored.
  await page.evaluate(() =>
    window.postMessage({ type: "her2-explained:height", height: 1234 }, window.location.origin),
  );
  // From the iframe, with a bad height: ignored. With a good one: applied.
  const app = page.frameLocator("#her2 iframe");
  await app.locator("body").waitFor({ state: "attached" });
  const post = (data: unknown) =>
    app.locator("html").evaluate((_, d) => window.parent.postMessage(d, "*"), data);
  await post({ type: "her2-explained:height", height: "900" });
  await post({ type: "her2-explained:height", height: Number.POSITIVE_INFINITY });
  await post({ type: "her2-explained:height", height: 100001 });
  await post({ type: "other", height: 700 });
  await page.waitForTimeout(100);
  expect(await height()).toBe("600px");
  await post({ type: "her2-explained:height", height: 812.4 });
  await expect.poll(height).toBe("813px");
});

// ---- helpers for the test that deploys a second build -------------------------------------

const here = dirname(fileURLToPath(import.meta.url));

/** Starts her2-serve on a copy of the build in a temporary folder, on a free port. */
async function startOwnServer(base: string) {
  const bin = process.env.HER2_SERVE_BIN!;
  const source = process.env.HER2_SERVE_DIST!;
  const dir = mkdtempSync(join(tmpdir(), "her2-serve-e2e-"));
  cpSync(source, dir, { recursive: true });
  const child: ChildProcess = spawn(bin, ["--dir", dir, "--addr", "127.0.0.1:0", "--base", base], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Its one start-up line says where it listens: "her2-serve: serving DIR at http://…/ (…)".
  const url = await new Promise<string>((resolveStart, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`her2-serve exited with ${code}`)));
    child.stdout!.once("data", (line) => {
      const found = / at (http:\/\/\S+) /.exec(String(line));
      if (found) resolveStart(found[1]);
      else reject(new Error(`unexpected start-up line: ${line}`));
    });
  });
  return {
    dir,
    url,
    postbuild() {
      const script = resolve(here, "../../scripts/postbuild.mjs");
      const run = spawnSync(process.execPath, [script, dir], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(`postbuild failed: ${run.stderr}`);
    },
    stop() {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Console errors and page errors of every page of a context. */
function collectErrors(context: BrowserContext) {
  const errors: string[] = [];
  context.on("page", (p) => {
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    p.on("pageerror", (e) => errors.push(String(e)));
  });
  return errors;
}
