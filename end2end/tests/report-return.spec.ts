import { test, expect, toolReady } from "./fixtures";
import { MULTI_MARKER_REPORT, breastIhc, expectStep, explain, next } from "./report-helpers";

// Coming back, and not losing one's place: a reload with complete answers, "Use these values"
// and "Change" on the review all come back to the review, with the notice in view.
const T = {
  en: { path: "/", backToReview: "Back to my answers", restored: "Your answers from last time are filled in" },
  es: { path: "/es/", backToReview: "Volver a mis respuestas", restored: "Sus respuestas de la última vez ya están puestas" },
} as const;

for (const lang of ["en", "es"] as const) {
  const t = T[lang];

  test(`${lang}: "Change" on the review comes back to the review`, async ({ page }) => {
    await page.goto(t.path);
    await toolReady(page);
    await breastIhc(page, "2");
    await page.locator("#report-ish-not-done").check();
    await next(page);
    await expectStep(page, "review");
    await page.locator('.review-list__row[data-field="report-ihc"] button').click();
    await expectStep(page, "ihc");
    await page.locator("#report-ihc-3").check();
    const back = page.locator(".report-nav__next");
    await expect(back).toHaveText(t.backToReview);
    await back.click();
    await expectStep(page, "review");
    await expect(page.locator("#report-step-title")).toBeFocused();
    await expect(page.locator('.review-list__row[data-field="report-ihc"]')).toContainText("3+");
    // A step reached with Back and Next (not with Change) goes on as usual.
    await page.locator(".report-nav__back").click();
    await expectStep(page, "ish");
    await expect(page.locator(".report-nav__next")).not.toHaveText(t.backToReview);
  });

  test(`${lang}: after a reload, complete answers open on the review with the notice in view`, async ({ page }, testInfo) => {
    await page.goto(t.path);
    await toolReady(page);
    await breastIhc(page, "1");
    await page.locator("#report-ish-not-done").check();
    await next(page);
    await explain(page);
    await expect(page.locator(".report-result .status")).toBeVisible();
    await page.reload();
    await toolReady(page);
    await expect(page.locator(".report-notice")).toContainText(t.restored);
    await expectStep(page, "review");
    await expect(page.locator(".report-notice")).toBeInViewport();
    await page.screenshot({ path: `test-results/report-return-${lang}-${testInfo.project.name}.png` });
  });
}

test('"Use these values" opens the review with the notice in view', async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator(".paste-reader__summary").click();
  await page.getByRole("textbox", { name: "Report text" }).fill(MULTI_MARKER_REPORT);
  await page.getByRole("button", { name: "Read my report" }).click();
  await page.getByRole("button", { name: "Use these values" }).click();
  await expectStep(page, "review");
  await expect(page.locator(".report-notice")).toContainText("We filled in what we found");
  await expect(page.locator(".report-notice")).toBeInViewport();
  await expect(page.locator('.review-list__row[data-field="report-ratio"]')).toContainText("1.6");
});
