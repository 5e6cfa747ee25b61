import { test, expect, ready, toolReady } from "./fixtures";

const SECTION_IDS = [
  "what-is-her2", "why-test", "test-types", "how-its-done", "reading-results", "treatment",
  "beyond-breast", "status-can-change", "questions-to-ask", "support", "about-this-guide",
];
const PAGES = [
  { path: "/", lang: "en", faq: "Common questions" },
  { path: "/es/", lang: "es", faq: "Preguntas frecuentes" },
];

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  for (const { path, lang, faq } of PAGES) {
    test(`${path} is readable and navigable (${lang})`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      for (const id of SECTION_IDS) {
        await expect(page.locator(`section#${id} h2`)).toBeVisible();
      }
      await expect(page.getByRole("heading", { name: faq })).toBeVisible();
      expect(await page.locator("#faq details").count()).toBeGreaterThanOrEqual(18);
      // The glossary and the sources are folded; they open without JavaScript.
      for (const id of ["glossary", "sources"]) {
        await expect(page.locator(`#${id} .fold > :not(summary)`)).toBeHidden();
        await page.locator(`#${id} .fold__summary`).click();
      }
      await expect(page.locator("#glossary dt").first()).toBeVisible();
      await expect(page.locator("#sources li").first()).toBeVisible();
      // The report tool explains what it needs and shows the plain result table.
      await expect(page.locator(".report-fallback__note")).toBeVisible();
      await expect(page.locator(".report-fallback__table tbody tr")).toHaveCount(7);
      await expect(page.locator(".report-tool__live")).toBeHidden();
      // Table-of-contents links work without JavaScript.
      await page.locator(".toc a[href='#faq']").click();
      await expect(page).toHaveURL(/#faq$/);
      // The meta description is in the page's language.
      const description = await page.locator("meta[name=description]").getAttribute("content");
      expect(description && description.length).toBeGreaterThan(40);
    });
  }
});

for (const { path, lang } of PAGES) {
  test(`${path} hydrates with one copy of everything and a working tool (${lang})`, async ({ page }) => {
    await page.goto(path);
    await toolReady(page);
    for (const id of SECTION_IDS) await expect(page.locator(`section#${id}`)).toHaveCount(1);
    await expect(page.locator("#report-tool")).toHaveCount(1);
    await expect(page.locator("leptos-island")).toHaveCount(1);
    await expect(page.locator(".report-fallback")).toBeHidden();
    await expect(page.locator(".report-tool__live form")).toBeVisible();
    expect(await page.title()).toMatch(/HER2/);
  });
}

test("hydration does not move the layout", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.1);
});

test("the first load does not fetch the report tool; the static page works without it", async ({ page }) => {
  const app: string[] = [];
  page.on("request", (r) => {
    if (/\/tool\/|her2-explained-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.url())) app.push(r.url());
  });
  await page.goto("/");
  await ready(page);
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  expect(app, "the tool's JS and WebAssembly wait until the tool is near").toEqual([]);
  await expect(page.locator("html")).not.toHaveAttribute("data-hydrated", /.*/);
  // The glossary works on the static page alone.
  const term = page.locator("main .term__button").first();
  await term.click();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(term.locator("xpath=following-sibling::*[1]")).toBeVisible();
  expect(app).toEqual([]);
  // Scrolling towards the tool starts it, before it is on the screen.
  const wasm = page.waitForRequest((r) => r.url().endsWith("_bg.wasm"));
  await page.locator("#report-tool").evaluate((el) => {
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 1.5 * window.innerHeight);
  });
  await wasm;
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.locator("#report-tool").scrollIntoViewIfNeeded();
  await expect(page.locator(".report-tool__live form")).toBeVisible();
});

test("the tool starts at once when the address points at it", async ({ page }) => {
  await page.goto("/#report-tool");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.locator("#report-tool")).toBeFocused();
});

test.describe("when the tool's files cannot be downloaded", () => {
  // (No service worker: it would serve the files from its cache, past the blocked network.)
  test.use({ expectedErrors: [/^Failed to load resource/], serviceWorkers: "block" });
  test("the page says so above the result table", async ({ page }) => {
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await ready(page);
    const failed = page.locator(".report-fallback__failed");
    await expect(failed).toBeHidden();
    await page.locator("#report-tool").evaluate((el) => el.scrollIntoView());
    await expect(failed).toBeVisible();
    await expect(failed).toHaveAttribute("role", "alert");
    await expect(failed).toContainText("could not load");
    await expect(page.locator(".report-fallback__note")).toBeHidden();
    await expect(page.locator(".report-fallback__table")).toBeVisible();
    await expect(page.locator("html")).not.toHaveAttribute("data-hydrated", /.*/);
  });
});
