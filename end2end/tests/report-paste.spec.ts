import { test, expect, toolReady } from "./fixtures";
import { MULTI_MARKER_REPORT, expectStep, explain, next } from "./report-helpers";
import type { Page } from "@playwright/test";

async function pasteAndRead(page: Page, text: string) {
  await page.locator(".paste-reader__summary").click();
  await page.getByRole("textbox", { name: "Report text" }).fill(text);
  await page.getByRole("button", { name: "Read my report" }).click();
}

test("a pasted multi-marker report is read on the device, highlighted, and confirmed step by step", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  const area = page.getByRole("textbox", { name: "Report text" });
  await page.locator(".paste-reader__summary").click();
  await expect(area).toHaveAttribute("spellcheck", "false");
  await expect(area).toHaveAttribute("autocomplete", "off");
  await area.fill(MULTI_MARKER_REPORT);

  // Reading the text sends nothing anywhere: no request at all, not even to this site.
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: "Read my report" }).click();
  await expect(page.locator("#paste-found-title")).toBeFocused();
  expect(requests).toEqual([]);

  // Each value with its field name.
  const found = page.locator(".paste-found");
  for (const [field, value] of [
    ["Cancer type", "Breast cancer"],
    ["Sample", "Biopsy"],
    ["IHC score", "IHC 2+"],
    ["ISH test type", "Dual-probe"],
    ["Number of cells counted", "40"],
    ["Average HER2 copy number", "4.8"],
    ["Average CEP17 copy number", "3.0"],
    ["HER2/CEP17 ratio", "1.6"],
  ]) {
    await expect(found.locator(".paste-found__row", { hasText: field })).toContainText(value);
  }
  // The matching text is highlighted; ER, PR and Ki-67 values are not taken.
  const marks = page.locator(".paste-preview mark");
  await expect(marks.filter({ hasText: "2+" })).toHaveCount(1);
  await expect(marks.filter({ hasText: "1.6" })).toHaveCount(1);
  const marked = await marks.evaluateAll((ms) => ms.map((m) => m.firstChild?.textContent ?? ""));
  for (const other of ["95%", "40%", "25%", "8/8", "6/8"]) {
    expect(marked.join("|")).not.toContain(other);
  }
  await expect(page.locator(".paste-preview")).toContainText("Ki-67 (MIB-1): 25%.");
  await expect(page.locator(".paste-warnings")).toHaveCount(0);

  // "Use these values" fills the form; the person confirms each step.
  await page.getByRole("button", { name: "Use these values" }).click();
  await expect(page.locator(".report-notice")).toContainText("We filled in what we found");
  await expect(page.locator("#report-step-title")).toBeFocused();
  // Complete answers open on the review; Back goes through each step.
  await expectStep(page, "review");
  for (let i = 0; i < 3; i++) await page.locator(".report-nav__back").click();
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
  await next(page);
  await expect(page.locator("#report-ihc-2")).toBeChecked();
  await next(page);
  await expect(page.locator("#report-ish-done")).toBeChecked();
  await expect(page.locator("#report-probe-dual")).toBeChecked();
  await expect(page.locator("#report-ratio")).toHaveValue("1.6");
  await expect(page.locator("#report-her2")).toHaveValue("4.8");
  await expect(page.locator("#report-cep17")).toHaveValue("3.0");
  await expect(page.locator("#report-cells")).toHaveValue("40");
  await next(page);
  await expectStep(page, "review");
  await explain(page);
  const result = page.locator(".report-result");
  await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "recount_second_observer");
  await expect(result).toContainText("ISH group 4");
});

test("two different values are shown, and that answer is left for the person", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await pasteAndRead(page, "Right breast excision. HER2 (IHC): 2+ on block A2. Repeat HER2 IHC on block B1: 3+.");
  await expect(page.locator(".paste-conflicts")).toContainText("more than one IHC score: IHC 2+ · IHC 3+");
  await expect(page.locator(".paste-found__row--conflict")).toHaveCount(2);
  await page.getByRole("button", { name: "Use these values" }).click();
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
  await next(page);
  await expectStep(page, "ihc");
  await expect(page.locator("#report-ihc input:checked")).toHaveCount(0);
  await next(page);
  await expect(page.locator("#report-ihc")).toHaveAttribute("aria-invalid", "true");
});

test("a pending test and text with no HER2 result are both explained", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await pasteAndRead(page, "Stomach, biopsy: adenocarcinoma. HER2 IHC: 2+. HER2 FISH: pending, results to follow.");
  await expect(page.locator(".paste-warnings")).toContainText("pending or was not done");
  await expect(page.locator(".paste-found")).toContainText("Stomach");

  await page.getByRole("textbox", { name: "Report text" }).fill("Dear patient, your next appointment is on Monday at 10:30 in room 4.");
  await page.getByRole("button", { name: "Read my report" }).click();
  await expect(page.locator(".paste-warnings")).toContainText("We did not find a HER2 score or ISH numbers");
  await expect(page.getByRole("button", { name: "Use these values" })).toHaveCount(0);
  await expect(page.locator(".paste-preview mark")).toHaveCount(0);

  // A report that gives the result only as a word: the person learns why nothing was read.
  await page.getByRole("textbox", { name: "Report text" }).fill("Breast, core biopsy: invasive ductal carcinoma. HER2: Positive.");
  await page.getByRole("button", { name: "Read my report" }).click();
  await expect(page.locator(".paste-warnings")).toContainText('Some reports only say "HER2-positive"');
});

test("reading an empty box says so beside it", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await pasteAndRead(page, "   ");
  const area = page.getByRole("textbox", { name: "Report text" });
  await expect(area).toHaveAttribute("aria-invalid", "true");
  await expect(area).toHaveAttribute("aria-describedby", "report-paste-hint report-paste-error");
  await expect(page.locator("#report-paste-error")).toHaveText("Please paste some text first.");
  await expect(area).toBeFocused();
});

test("a text with thousands of values shows the first 1,000 and says so", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await pasteAndRead(page, "HER2/CEP17 ratio 1.5 ".repeat(1_200));
  await expect(page.locator(".paste-warnings")).toContainText(
    "The text gives very many values, so only the first ones are shown.",
  );
  await expect(page.locator(".paste-preview mark")).toHaveCount(1_000);
  // The same ratio again and again is one value: it can still be used.
  await expect(page.locator(".paste-found [data-field=ish_ratio]")).toContainText("1.5");

  await page.goto("/es/");
  await toolReady(page);
  await page.locator(".paste-reader__summary").click();
  await page.locator("#report-paste").fill("Relación HER2/CEP17 1,5 ".repeat(1_200));
  await page.locator(".paste-reader__body button").filter({ hasText: /^Leer/ }).click();
  await expect(page.locator(".paste-warnings")).toContainText("El texto da muchísimos valores");
});
