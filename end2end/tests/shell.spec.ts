import { test, expect, ready } from "./fixtures";

test("the page has its landmarks, a skip link and the disclaimer", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toContainText("not medical advice");
  await expect(page.getByRole("contentinfo")).toContainText("CC BY 4.0");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the report form explains a result computed on the device", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.getByLabel("IHC score").selectOption("2+");
  await page.getByLabel("HER2/CEP17 ratio (ISH)").fill("1,6");
  await page.getByLabel("Average HER2 copy number (ISH)").fill("4.8 signals per cell");
  await page.getByRole("button", { name: "Explain my result" }).click();
  const result = page.locator(".report-result");
  await expect(result.locator(".status")).toHaveAttribute("data-status", "indeterminate");
  await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "recount_second_observer");
  await expect(result).toContainText("ISH group 4");
  await expect(result).toContainText("Figure 6");
});

test("a bad number gets a message beside its field and is kept", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const ratio = page.getByLabel("HER2/CEP17 ratio (ISH)");
  await ratio.fill("0");
  await page.getByLabel("Average HER2 copy number (ISH)").fill("4");
  await page.getByRole("button", { name: "Explain my result" }).click();
  await expect(ratio).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#ish-ratio-error")).toHaveText("The ratio must be a number above 0, like 1.8.");
  await expect(ratio).toHaveValue("0");
});
