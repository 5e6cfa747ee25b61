import { test, expect, toolReady } from "./fixtures";
import { breastIhc, explain, next } from "./report-helpers";

// A colour must not read as good or bad news: every status is shown in the page's own text
// colour, in light and dark colours alike.
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });
    test("positive, negative and not-yet-decided results share one neutral style", async ({ page }) => {
      const seen: Record<string, string> = {};
      let text = "";
      for (const [score, status] of [["3", "positive"], ["1", "negative"], ["2", "equivocal"]] as const) {
        // A fresh page each time, with no answers kept from the last one.
        await page.goto("/");
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await toolReady(page);
        text = await page.evaluate(() => getComputedStyle(document.body).color);
        await breastIhc(page, score);
        await page.locator("#report-ish-not-done").check();
        await next(page);
        await explain(page);
        const shown = page.locator(".report-result .status");
        await expect(shown).toHaveAttribute("data-status", status);
        seen[status] = await shown.evaluate((el) => getComputedStyle(el).color);
      }
      expect(seen).toEqual({ positive: text, negative: text, equivocal: text });
    });
  });
}
