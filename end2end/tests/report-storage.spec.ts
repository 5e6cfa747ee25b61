import { test, expect, toolReady } from "./fixtures";
import { ANSWERS_KEY, KEEP_KEY, expectStep, explain, keepAnswers, next, seedKept, toReviewWithoutIsh } from "./report-helpers";

test("answers stay on this device, come back after a reload, and can be forgotten", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator("#report-cancer-gastric").check();
  await keepAnswers(page, true);
  await next(page);
  await page.locator("#report-ihc-2").check();
  const stored = await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);
  expect(JSON.parse(stored ?? "null")).toMatchObject({ version: 1, cancer: "gastric", ihc: "2+" });

  await page.reload();
  await toolReady(page);
  await expect(page.locator(".report-notice")).toContainText("Your answers from last time are filled in");
  await expect(page.locator("#report-cancer-gastric")).toBeChecked();
  await next(page);
  await expect(page.locator("#report-ihc-2")).toBeChecked();

  await page.getByRole("button", { name: "Forget my answers" }).click();
  await expect(page.locator(".report-notice")).toHaveText("Your answers were removed from this device.");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.locator("#report-cancer-gastric")).not.toBeChecked();
  await expect(page.locator("#report-step-title")).toHaveText("Step 1 of 4: Cancer type");
  // The choice was forgotten too: the question is asked again after the next answer.
  await page.locator("#report-cancer-breast").check();
  await expect(page.locator(".report-keep")).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)).toBeNull();

  await page.reload();
  await toolReady(page);
  await expect(page.locator("#report-cancer-gastric")).not.toBeChecked();
  await expect(page.locator(".report-notice")).toBeEmpty();
});

for (const broken of [
  "{not json",
  '{"version":2,"cancer":"breast","ihc":"2+"}',
  '{"version":1,"cancer":"lung"}',
  '"just a string"',
]) {
  test(`stored data of another shape is ignored safely: ${broken}`, async ({ page }) => {
    await page.addInitScript(seedKept, [ANSWERS_KEY, KEEP_KEY, broken]);
    await page.goto("/");
    await toolReady(page);
    await expect(page.locator(".report-notice")).toBeEmpty();
    await expect(page.locator("#report-cancer-breast")).not.toBeChecked();
    // The tool still works, and the first answer replaces the broken data.
    await page.locator("#report-cancer-breast").check();
    const stored = await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);
    expect(JSON.parse(stored ?? "null")).toMatchObject({ version: 1, cancer: "breast" });
  });
}

// When the browser refuses or cannot keep site storage (third-party storage blocked in an embed,
// a locked-down shared computer, a full disk), the tool keeps working in memory, says once that
// answers cannot be kept, and "Forget my answers" clears the screen. The fixtures fail the test
// on any console error (a panic logs one).
const CANNOT_KEEP = "Your answers cannot be kept on this device. They stay only while this page is open.";

/** Breast, IHC 3+, no ISH: on to the result, which must show. */
async function answerToResult(page: import("@playwright/test").Page) {
  await toReviewWithoutIsh(page, "breast", "3");
  await explain(page);
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "positive");
}

/** Forget: the screen is cleared (step 1, nothing chosen, no result). */
async function forgetClearsTheScreen(page: import("@playwright/test").Page) {
  await page.getByRole("button", { name: "Forget my answers" }).click();
  await expect(page.locator(".report-notice")).toHaveText("Your answers were removed from this device.");
  await expect(page.locator(".report-result")).toHaveCount(0);
  await expect(page.locator("#report-step-title")).toHaveText("Step 1 of 4: Cancer type");
  await expect(page.locator("#report-cancer-breast")).not.toBeChecked();
}

test("storage refused (SecurityError): the tool works in memory and says so once", async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, { configurable: true, get: refuse });
    }
  });
  await page.goto("/");
  await toolReady(page);
  await expect(page.locator(".report-storage__note")).toHaveText(CANNOT_KEEP);
  await answerToResult(page);
  await expect(page.getByText(CANNOT_KEEP)).toHaveCount(1);
  // Answers cannot be kept: the tool does not offer to keep them.
  await expect(page.locator(".report-keep")).toHaveCount(0);
  await forgetClearsTheScreen(page);
  // Still working after forgetting.
  await answerToResult(page);
});

test("storage full (QuotaExceededError): no older answers come back, the tool works in memory", async ({ page }) => {
  await page.addInitScript(([key, keep]) => {
    // The visitor's earlier answers are on the device (they chose to keep them); then the
    // storage fills up.
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(keep, "yes");
      localStorage.setItem(key, JSON.stringify({
        version: 1, cancer: "gastric", ihc: "1+", zero_subtype: null, ish: null, probe: null,
        ratio: "", her2: "", cep17: "", cells: "", recount_confirmed: false, specimen: null,
      }));
      sessionStorage.setItem("seeded", "1");
    }
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  }, [ANSWERS_KEY, KEEP_KEY]);
  await page.goto("/");
  await toolReady(page);
  await expect(page.locator(".report-notice")).toContainText("Your answers from last time are filled in");
  await expect(page.locator("#report-cancer-gastric")).toBeChecked();
  // A change cannot be written: the older record is removed, and the page says so.
  await page.locator("#report-cancer-breast").check();
  await expect(page.locator(".report-storage__note")).toHaveText(CANNOT_KEEP);
  await expect(page.locator(".report-keep")).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)).toBeNull();
  await next(page);
  await page.locator("#report-ihc-3").check();
  await next(page);
  await page.locator("#report-ish-not-done").check();
  await next(page);
  await explain(page);
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "positive");
  await forgetClearsTheScreen(page);
  // The older answers do not come back.
  await page.reload();
  await toolReady(page);
  await expect(page.locator("#report-cancer-gastric")).not.toBeChecked();
  await expect(page.locator(".report-notice")).toBeEmpty();
});

test("a long value in a number box is bounded, and the rest of the answers are kept", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator("#report-cancer-breast").check();
  await keepAnswers(page, true);
  await next(page);
  await page.locator("#report-ihc-2").check();
  await next(page);
  await page.locator("#report-ish-done").check();
  await page.locator("#report-probe-dual").check();
  // A whole report pasted into the ratio box.
  await page.locator("#report-ratio").fill("HER2/CEP17 ratio 1.6; ".repeat(2000));
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)) ?? "null");
  expect(stored).toMatchObject({ version: 1, cancer: "breast", ihc: "2+", ish: "done", probe: "dual" });
  expect(stored.ratio.length).toBeLessThanOrEqual(40);
  await page.reload();
  await toolReady(page);
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
});

test("a stored record with an over-long number keeps the other answers", async ({ page }) => {
  const record = JSON.stringify({
    version: 1, cancer: "breast", ihc: "2+", zero_subtype: null, ish: "done", probe: "dual",
    ratio: "1.6 ".repeat(5000), her2: "4.8", cep17: "", cells: "", recount_confirmed: false, specimen: null,
  });
  await page.addInitScript(seedKept, [ANSWERS_KEY, KEEP_KEY, record]);
  await page.goto("/");
  await toolReady(page);
  await expect(page.locator(".report-notice")).toContainText("Your answers from last time are filled in");
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
  await next(page);
  await expect(page.locator("#report-ihc-2")).toBeChecked();
  await next(page);
  await expect(page.locator("#report-ratio")).toHaveValue("");
  await expect(page.locator("#report-her2")).toHaveValue("4.8");
});
