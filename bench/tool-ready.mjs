// The report tool on a slow phone, under Lighthouse's mobile throttling (150 ms round trip,
// 1.6 Mbps down, 750 kbps up, CPU slowed 4 times), in Debian Chromium, with the service worker
// blocked (a first visit). Prints the median of several runs of:
//   - ready: from the moment the person scrolls the tool into view to <html data-hydrated>
//     (its JS and WebAssembly fetched, compiled and started);
//   - tap on an answer: from the tap to the next frame painted with the answer shown as chosen;
//   - the later part (the later steps and the result, fetched once the person starts to
//     answer: scripts/build-tool.sh): from the tap on the first answer to its download's end;
//   - tap on "Next", two seconds after the answer (a person reads the step before going on):
//     from the tap to the next frame painted with the next step on screen;
//   - tap on "Next" again, after "Back": the same, once the step's code has run once (the
//     first tap also pays for running that code for the first time).
// Usage (after a release build): node bench/tool-ready.mjs [url] [--runs N]
// Default url: the build in dist/, served on 127.0.0.1 by her2-serve as production should serve
// it (precompressed brotli or gzip, cache headers, strict CSP; built here in release mode when
// missing), so that the download is what a visitor's phone receives. Not a test: figures only.
import playwright from "../end2end/node_modules/@playwright/test/index.js";
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const { chromium } = playwright;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
let url = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs");
let server = null;
if (!url) {
  const port = 8097;
  const built = spawnSync("cargo", ["build", "--release", "--locked", "-q", "-p", "her2-serve"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(1);
  server = spawn(join(root, "target/release/her2-serve"), ["--dir", join(root, "dist"), "--addr", `127.0.0.1:${port}`], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1000));
  url = `http://127.0.0.1:${port}/`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Times from a tap on `selector` to the next painted frame once `done` (a CSS selector) matches. */
async function timeTap(page, selector, done) {
  await page.evaluate(
    ([sel, done]) => {
      const w = window;
      w.__tap = null;
      const target = document.querySelector(sel);
      const check = () => document.querySelector(done) !== null;
      target.addEventListener(
        "pointerdown",
        () => {
          const t0 = performance.now();
          w.__tapStart = t0;
          const look = () => {
            if (check()) requestAnimationFrame(() => setTimeout(() => (w.__tap = performance.now() - t0)));
            else requestAnimationFrame(look);
          };
          look();
        },
        { once: true, capture: true },
      );
    },
    [selector, done],
  );
  await page.locator(selector).click();
  await page.waitForFunction(() => window.__tap !== null, null, { timeout: 20_000 });
  return page.evaluate(() => window.__tap);
}

/** Runs the measurements `runs` times on the page at `pageUrl`. */
async function measure(pageUrl) {
  const ready = [];
  const answer = [];
  const later = [];
  const next = [];
  const nextAgain = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      serviceWorkers: "block",
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(pageUrl, { waitUntil: "load" });
    await page.waitForTimeout(1500);
    // Scroll to the tool, and time until it is live.
    const readyMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const html = document.documentElement;
          const t0 = performance.now();
          new MutationObserver((_, observer) => {
            if (html.hasAttribute("data-hydrated")) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          }).observe(html, { attributes: true, attributeFilter: ["data-hydrated"] });
          document.querySelector("leptos-island").closest("section").scrollIntoView();
        }),
    );
    ready.push(readyMs);
    // A tap on an answer, then on Next.
    answer.push(
      await timeTap(page, "label[for=report-cancer-breast]", "#report-cancer-breast:checked"),
    );
    // The later part's download, which the answer started (none where the tool is not split).
    later.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const look = () => {
              const entry = performance
                .getEntriesByType("resource")
                .find((e) => /-later-[0-9a-f]{16}\.wasm$/.test(e.name) && e.responseEnd > 0);
              if (entry) resolve(entry.responseEnd - window.__tapStart);
              else setTimeout(look, 20);
            };
            look();
            setTimeout(() => resolve(NaN), 10_000);
          }),
      ),
    );
    await page.waitForTimeout(2000);
    next.push(await timeTap(page, ".report-nav__next", "#report-ihc-3"));
    await page.locator(".report-nav__back").click();
    await page.locator("#report-cancer-breast").waitFor();
    await page.waitForTimeout(300);
    nextAgain.push(await timeTap(page, ".report-nav__next", "#report-ihc-3"));
    await context.close();
  }
  return { ready, answer, later, next, nextAgain };
}

// Each language's page has a build of the tool of its own (scripts/build-tool.sh): both are
// measured, unless a url is given.
const pages = server ? [["English page", url], ["Spanish page", new URL("es/", url).href]] : [[url, url]];
const figures = [];
try {
  for (const [name, pageUrl] of pages) figures.push([name, await measure(pageUrl)]);
} finally {
  await browser.close();
  server?.kill();
}
const fmt = (xs) => `${Math.round(median(xs))} ms (runs: ${xs.map(Math.round).join(", ")})`;
console.log(`Report tool under mobile throttling (150 ms RTT, 1.6 Mbps, CPU x4), ${runs} runs, median:`);
for (const [name, { ready, answer, later, next, nextAgain }] of figures) {
  console.log(name);
  console.log(`  ready after scrolling to it:   ${fmt(ready)}   (goal ≤ 1000 ms)`);
  console.log(`  tap on an answer to painted:   ${fmt(answer)}   (goal ≤ 100 ms)`);
  console.log(`  the later part downloaded:     ${fmt(later)}   after the first answer`);
  console.log(`  tap on Next to the next step:  ${fmt(next)}   (goal ≤ 100 ms)`);
  console.log(`  the same after Back (code run once before): ${fmt(nextAgain)}`);
}
