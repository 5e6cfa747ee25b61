import { test, expect, ready, toolReady } from "./fixtures";

test("the page has its landmarks, a skip link and the disclaimer", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  // The contents, and on a small screen the shortcuts bar: each navigation landmark is named.
  await expect(page.getByRole("navigation", { name: "On this page" })).toHaveCount(1);
  const navigation = await page.getByRole("navigation").count();
  await expect(page.getByRole("navigation", { name: "Shortcuts" })).toHaveCount(navigation - 1);
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
  await toolReady(page);
  await page.getByRole("radio", { name: "Breast cancer" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("radio", { name: /^IHC 2\+/ }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("radio", { name: "Yes, it has ISH numbers" }).check();
  // The kind of ISH test starts with nothing chosen and must be answered.
  await page.locator("#report-probe-dual").check();
  await page.getByRole("textbox", { name: "HER2/CEP17 ratio" }).fill("1,6");
  await page.getByRole("textbox", { name: "Average HER2 copy number" }).fill("4.8 signals per cell");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Explain my result" }).click();
  const result = page.locator(".report-result");
  await expect(result.locator(".status")).toHaveAttribute("data-status", "indeterminate");
  await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "recount_second_observer");
  await expect(result).toContainText("ISH group 4");
  await expect(result).toContainText("Figure 6");
});

test("a bad number gets a message beside its field and is kept", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.getByRole("radio", { name: "Breast cancer" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("radio", { name: "Not on my report" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("radio", { name: "Yes, it has ISH numbers" }).check();
  const ratio = page.getByRole("textbox", { name: "HER2/CEP17 ratio" });
  await ratio.fill("0");
  await page.getByRole("textbox", { name: "Average HER2 copy number" }).fill("4");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(ratio).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#report-ratio-error")).toHaveText("This must be a number above 0, like 1.8.");
  await expect(ratio).toHaveValue("0");
  // The message and the box are in the error colour (not just bold text).
  await expect(page.locator("#report-ratio-error")).toHaveCSS("color", "rgb(161, 22, 27)");
  await expect(ratio).toHaveCSS("border-top-color", "rgb(161, 22, 27)");
});
