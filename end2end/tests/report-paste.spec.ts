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
  // (Opening the paste reader fetches its module: waited for, so that what follows sees every
  // request made after it.)
  await Promise.all([
    page.waitForResponse(/\/paste\/her2_paste-[0-9a-f]{16}_bg\.wasm$/),
    page.locator(".paste-reader__summary").click(),
  ]);
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

test("the paste reader's module is fetched only when the paste reader is opened", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/paste/")) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto("/");
  await toolReady(page);
  // The guided questions need no paste reader.
  await page.locator("label[for=report-cancer-breast]").click();
  await next(page);
  await expectStep(page, "ihc");
  expect(fetched).toEqual([]);
  // Opening it fetches its module (while the person pastes), which then reads the text.
  await page.locator(".paste-reader__summary").click();
  await expect.poll(() => fetched.length).toBe(2);
  expect(fetched.some((path) => /\/paste\/her2_paste-[0-9a-f]{16}_bg\.wasm$/.test(path))).toBe(true);
  await page.getByRole("textbox", { name: "Report text" }).fill("HER2 (IHC): score 3+.");
  await page.getByRole("button", { name: "Read my report" }).click();
  await expect(page.locator(".paste-found [data-field=ihc_score]")).toContainText("IHC 3+");
  expect(fetched).toHaveLength(2);
});

test("Forget my answers, and reading an empty box, take away what was found", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await pasteAndRead(page, "HER2 (IHC): score 3+.");
  await expect(page.locator(".paste-results")).toHaveCount(1);
  await page.getByRole("button", { name: "Read my report" }).click();
  // Read again: the new results replace the old ones.
  await expect(page.locator(".paste-results")).toHaveCount(1);
  await page.getByRole("button", { name: "Forget my answers" }).click();
  await expect(page.locator(".paste-results")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Report text" })).toHaveValue("");

  // (The paste reader is still open.)
  await page.getByRole("textbox", { name: "Report text" }).fill("HER2 (IHC): score 3+.");
  await page.getByRole("button", { name: "Read my report" }).click();
  await expect(page.locator(".paste-results")).toHaveCount(1);
  await page.getByRole("textbox", { name: "Report text" }).fill("");
  await page.getByRole("button", { name: "Read my report" }).click();
  await expect(page.locator("#report-paste-error")).toHaveText("Please paste some text first.");
  await expect(page.locator(".paste-results")).toHaveCount(0);
});

test.describe("when the paste reader's module cannot be downloaded", () => {
  // (No service worker: it would serve the files from its cache, past the blocked network.)
  test.use({ expectedErrors: [/^Failed to load resource/], serviceWorkers: "block" });
  test("a message says so, and reading again tries again", async ({ page }) => {
    await page.route(/\/paste\//, (route) => route.abort());
    await page.goto("/");
    await toolReady(page);
    const failed = page.locator("#report-paste-failed");
    await expect(failed).toBeHidden();
    await pasteAndRead(page, "HER2 (IHC): score 3+.");
    await expect(failed).toBeVisible();
    await expect(failed).toHaveAttribute("role", "alert");
    await expect(failed).toHaveText(
      'The report reader could not load. Check your internet connection, then press "Read my report" again.',
    );
    await expect(page.locator(".paste-results")).toHaveCount(0);
    // The connection is back.
    await page.unroute(/\/paste\//);
    await page.getByRole("button", { name: "Read my report" }).click();
    await expect(page.locator(".paste-found [data-field=ihc_score]")).toContainText("IHC 3+");
    await expect(failed).toBeHidden();
  });
});
