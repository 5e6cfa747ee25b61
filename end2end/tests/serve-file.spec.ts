import { test, expect, ready, toolReady, watchCsp } from "./fixtures";
import { PLAIN_HTML, TABLE_HTML, openFile, pdfOf } from "./report-file-helpers";

// "Open a file" against her2-serve (playwright.serve.config.ts: at the root and under
// /tools/her2/): pdf.js and its worker run under the strict CSP from the app's own origin and
// path, are not precached, and are kept by the service worker once used, so a PDF opens offline.

test.beforeEach(({}, testInfo) => {
  test.skip(!testInfo.project.metadata?.her2Serve, "runs with playwright.serve.config.ts");
});

test("a PDF is read under the strict CSP, and again offline once pdf.js was fetched", async ({ page, context, browser }) => {
  const violations = await watchCsp(page);
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(r.url()));
  const response = await page.goto("./");
  expect(response!.headers()["content-security-policy"]).toContain("worker-src 'self'");
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(async () => (await fetch("precache-manifest.json")).json());
  const listed: string[] = manifest.files.map((f: { url: string }) => f.url);
  expect(listed.filter((url) => /^report-file-[0-9a-f]{16}\.js$/.test(url)).length).toBe(1);
  expect(listed.filter((url) => url.startsWith("vendor/"))).toEqual([]);

  await toolReady(page);
  await openFile(page, "portal.pdf", "application/pdf", await pdfOf(browser, TABLE_HTML));
  await expect(page.locator(".paste-found [data-field=ish_ratio]")).toContainText("4.1");
  // pdf.js and its worker came from this site, under its path.
  const base = new URL("./", page.url()).href;
  expect(workers).toEqual([`${base}vendor/pdfjs/pdf.worker.min.mjs`]);
  expect(fetched).toContain(`${base}vendor/pdfjs/pdf.min.mjs`);
  expect(await violations()).toEqual([]);

  await context.setOffline(true);
  try {
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await toolReady(page);
    await openFile(page, "report.pdf", "application/pdf", await pdfOf(browser, PLAIN_HTML));
    await expect(page.locator(".paste-found [data-field=ish_ratio]")).toContainText("1.6");
  } finally {
    await context.setOffline(false);
  }
  expect(await violations()).toEqual([]);
});
