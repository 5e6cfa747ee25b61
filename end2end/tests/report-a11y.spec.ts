import { test, expect, expectNoAxeViolations, toolReady } from "./fixtures";
import { MULTI_MARKER_REPORT, expectStep, explain, keepAnswers, next, shot } from "./report-helpers";

// axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing in any state of the report tool.
// Screenshots of each state go to end2end/test-results/report-screens/ for a human look.
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test("no accessibility violations in any state of the report tool", async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const project = `${testInfo.project.name}-${colorScheme}`;
      const check = async (state: string) => {
        await expectNoAxeViolations(page, state);
        await shot(page, state, project);
      };
      await page.goto("/");
      await toolReady(page);
      await check("01-empty");

      await next(page);
      await check("02-cancer-error");
      await page.locator("#report-cancer-breast").check();
      // Asked once, inline, after the first answer; Yes keeps the answers on this device.
      await expect(page.locator(".report-keep")).toBeVisible();
      await check("02b-keep-question");
      await keepAnswers(page, true);
      await next(page);
      await check("03-ihc");
      await page.locator("#report-ihc-0").check();
      await check("04-ihc0-detail");
      await page.locator("#report-ihc-2").check();
      await next(page);
      await page.locator("#report-ish-done").check();
      await page.locator("#report-probe-dual").check();
      await page.locator("#report-ratio").fill("1,6");
      await page.locator("#report-her2").fill("four");
      await next(page);
      await expect(page.locator("#report-her2")).toHaveAttribute("aria-invalid", "true");
      await check("05-ish-error");
      await page.locator("#report-her2").fill("4.8");
      await expect(page.locator("#report-recount")).toBeVisible();
      await check("06-ish-recount");
      await next(page);
      await expectStep(page, "review");
      await check("07-review");
      await explain(page);
      await expect(page.locator(".report-result")).toBeVisible();
      await check("08-result");

      // The Spanish page: the answers kept on this device come back there.
      await page.locator(".language-switch a[hreflang=es]").click();
      await toolReady(page);
      await expect(page.locator(".report-notice")).toContainText("Sus respuestas de la última vez");
      await check("09-restored-es");
      // Complete answers come back on the review.
      await expectStep(page, "review");
      await explain(page);
      await expect(page.locator(".report-result h3")).toHaveText("Qué significa su resultado");
      await check("10-result-es");
      await page.locator(".language-switch a[hreflang=en]").click();
      await toolReady(page);

      // Stomach cancer: the sample, asked on the review ("Change" goes back there).
      await expectStep(page, "review");
      await page.locator('.review-list__row[data-field="report-cancer"] button').click();
      await page.locator("#report-cancer-gastric").check();
      await next(page);
      await expectStep(page, "review");
      await expect(page.locator("#report-specimen")).toBeVisible();
      await check("11-sample");

      // The paste reader, with a conflict, and with its results.
      await page.locator(".paste-reader__summary").click();
      await page.getByRole("button", { name: "Read my report" }).click();
      await check("12-paste-empty-error");
      await page.getByRole("textbox", { name: "Report text" }).fill(MULTI_MARKER_REPORT + "\nRepeat HER2 IHC on block B1: 3+.");
      await page.getByRole("button", { name: "Read my report" }).click();
      await expect(page.locator(".paste-conflicts")).toBeVisible();
      await check("13-paste-results");

      await page.getByRole("button", { name: "Forget my answers" }).click();
      await check("14-forgotten");
    });
  });
}
