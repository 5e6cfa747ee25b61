import { test, expect, toolReady } from "./fixtures";
import { ANSWERS_KEY, next } from "./report-helpers";

test("answers stay on this device, come back after a reload, and can be forgotten", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator("#report-cancer-gastric").check();
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
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(key, value);
          sessionStorage.setItem("seeded", "1");
        }
      },
      [ANSWERS_KEY, broken],
    );
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
