import { test, expect, toolReady } from "./fixtures";
import { breastIhc, explain, ishNumbers, next } from "./report-helpers";

test("the printed page shows only my HER2 result summary", async ({ page }, testInfo) => {
  await page.goto("/");
  await toolReady(page);
  await expect(page.locator(".print-summary")).toHaveCount(0);
  await breastIhc(page, "2");
  await ishNumbers(page, "dual", { ratio: "1,4", her2: "2.9", cells: "20" });
  await next(page);
  await explain(page);
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "negative");
  // On screen the summary is not shown.
  await expect(page.locator(".print-summary")).toBeHidden();

  // "Print my summary" calls window.print() (stubbed here: nothing leaves the page).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Print my summary" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  const summary = page.locator(".print-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: "My HER2 result summary" })).toBeVisible();
  await expect(summary).toContainText("What I entered");
  await expect(summary).toContainText("1,4");
  await expect(summary).toContainText("HER2-negative");
  await expect(summary).toContainText("HER2-low");
  await expect(summary).toContainText("Questions you may want to ask your care team");
  await expect(summary.locator(".print-summary__line")).toHaveCount(8);
  await expect(summary).toContainText("Nothing was sent anywhere");
  await expect(summary).toContainText("Figure 3");
  await expect(summary).toContainText("breast.ish.group5");
  for (const hidden of [".site-header", ".toc", ".site-footer", ".report-form", ".report-result", ".paste-reader", "#what-is-her2"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await page.screenshot({ path: testInfo.outputPath(`print-summary-${testInfo.project.name}.png`), fullPage: true });
  await page.screenshot({ path: `test-results/report-print-${testInfo.project.name}.png`, fullPage: true });
});
