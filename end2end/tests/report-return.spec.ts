import { test, expect, toolReady } from "./fixtures";
import { MULTI_MARKER_REPORT, breastIhc, expectStep, explain, keepAnswers, next, toReviewWithoutIsh } from "./report-helpers";

// Coming back, and not losing one's place: a reload with complete answers (kept on the device)
// comes back to the review, or to the result when it was on show; "Use these values" and
// "Change" on the review come back to the review; always with the notice in view.
const T = {
  en: {
    path: "/",
    backToReview: "Back to my answers",
    restored: "Your answers from last time are filled in",
    withResult: "Your answers from last time are filled in, and your result is below.",
    positive: "HER2-positive",
  },
  es: {
    path: "/es/",
    backToReview: "Volver a mis respuestas",
    restored: "Sus respuestas de la última vez ya están puestas",
    withResult: "Sus respuestas de la última vez ya están puestas, y su resultado está más abajo.",
    positive: "HER2 positivo",
  },
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
    await toReviewWithoutIsh(page, "breast", "1", true);
    await page.reload();
    await toolReady(page);
    await expect(page.locator(".report-notice")).toContainText(t.restored);
    await expect(page.locator(".report-notice")).not.toContainText(t.withResult);
    await expectStep(page, "review");
    await expect(page.locator(".report-result")).toHaveCount(0);
    await expect(page.locator(".report-notice")).toBeInViewport();
    await page.screenshot({ path: `test-results/report-return-${lang}-${testInfo.project.name}.png` });
  });

  test(`${lang}: after a reload, a result that was on show comes back, with the notice in view`, async ({ page }, testInfo) => {
    await page.goto(t.path);
    await toolReady(page);
    await toReviewWithoutIsh(page, "breast", "3", true);
    await explain(page);
    await expect(page.locator(".report-result .status")).toHaveText(t.positive);
    await page.reload();
    await toolReady(page);
    await expect(page.locator(".report-notice")).toHaveText(new RegExp(`^${t.withResult}`));
    await expect(page.locator(".report-notice")).toBeInViewport();
    await expectStep(page, "review");
    const result = page.locator(".report-result");
    await expect(result.locator(".status")).toHaveText(t.positive);
    // The page does not jump away from the notice: focus is not moved to the result.
    expect(await page.evaluate(() => document.activeElement?.closest(".report-result") ?? null)).toBeNull();
    await page.screenshot({ path: `test-results/shots-persist/return-result-${lang}-${testInfo.project.name}.png` });
    // Changing an answer hides the result; a reload then opens on the review again.
    await page.locator('.review-list__row[data-field="report-ihc"] button').click();
    await expect(result).toHaveCount(0);
    await page.reload();
    await toolReady(page);
    await expect(page.locator(".report-notice")).not.toContainText(t.withResult);
    await expect(page.locator(".report-result")).toHaveCount(0);
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
