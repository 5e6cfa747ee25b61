import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

// Every test, on every page it visits, checks privacy and health:
// no request leaves the app's own origin, no cookie is set, and nothing is logged as an error or
// as a warning (such as a hydration mismatch), except the app's own warnings about ignored
// page-address options, which start with "HER2 Explained" and which the mode tests check.
// `ownOrigins` lists further origins of the test's own set-up (the embed tests' host page and
// app server); nothing else is tolerated.
// `expectedErrors` lists console errors a test provokes on purpose (such as a blocked download).
export const test = base.extend<{ guard: void; ownOrigins: string[]; expectedErrors: RegExp[] }>({
  ownOrigins: [[], { option: true }],
  expectedErrors: [[], { option: true }],
  guard: [
    async ({ page, context, baseURL, ownOrigins, expectedErrors }, use) => {
      const origins = [new URL(baseURL!).origin, ...ownOrigins];
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => {
        const url = r.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        if (!origins.includes(new URL(url).origin)) foreign.push(url);
      });
      page.on("console", (m) => {
        if (m.type() === "error" && !expectedErrors.some((e) => e.test(m.text()))) errors.push(m.text());
        // (Playwright itself warns when a test's context blocks service workers.)
        const expected = m.text().startsWith("HER2 Explained") || m.text() === "Service Worker registration blocked by Playwright";
        if (m.type() === "warning" && !expected) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      await use();
      expect(foreign, "requests to other origins").toEqual([]);
      expect(await context.cookies(), "cookies").toEqual([]);
      expect(errors, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the page's own script (src/page.js) has set the pre-rendered page up: glossary,
 *  language memory, #anchor focus, modes. The report tool's WebAssembly is not loaded yet. */
export async function ready(page: import("@playwright/test").Page) {
  await page.locator("html[data-page-ready]").waitFor({ state: "attached" });
}

/** Brings the report tool near the screen (which starts its WebAssembly, as a visitor scrolling
 *  to it would) and waits until the tool is live (`html[data-hydrated]`). */
export async function toolReady(page: import("@playwright/test").Page) {
  await ready(page);
  await page.locator("#report-tool").evaluate((el) => el.scrollIntoView({ block: "nearest" }));
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** The axe tags the app must pass (WCAG 2.0, 2.1 and 2.2 A and AA). */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** Collects CSP violations (the DOM event, from the first script on) and "Refused to …" logs;
 *  the function returned lists them so far. */
export async function watchCsp(page: Page) {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Refused to|Content.Security.Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => [
    ...refused,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
  ];
}
