import { test, expect, toolReady } from "./fixtures";
import type { Page } from "@playwright/test";
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

/** Stubs window.print() (nothing leaves the page) and counts the calls. */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

async function printed(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test("with a result on screen, the browser's own Print gives the guide; only the button gives the summary", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await breastIhc(page, "1");
  await page.locator("#report-ish-not-done").check();
  await next(page);
  await explain(page);
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "negative");
  await stubPrint(page);

  // Ctrl+P (no button): the guide, not the summary.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-summary").first()).toBeHidden();
  await expect(page.locator("#what-is-her2, #why-test").first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The button: only the summary, until printing is over.
  await page.getByRole("button", { name: "Print my summary" }).click();
  expect(await printed(page)).toBe(1);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-summary:not(.print-summary--copy)")).toBeVisible();
  await expect(page.locator("#why-test")).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.locator(".print-summary").first()).toBeHidden();
  await expect(page.locator("#why-test")).toBeVisible();
  // An English page needs no English copy.
  await expect(page.locator(".print-summary--copy")).toHaveCount(0);
  await expect(page.locator(".report-print-en")).toHaveCount(0);
});

test("the guide prints in a shorter form: no tool to fill in, no FAQ, figures kept", async ({ page }, testInfo) => {
  await page.goto("/");
  await toolReady(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#why-test")).toBeVisible();
  await expect(page.locator("main figure svg").first()).toBeVisible();
  for (const hidden of ["#report-tool", ".report-form", ".paste-reader", "#faq"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await page.screenshot({ path: `test-results/report-guide-print-${testInfo.project.name}.png`, fullPage: true });
});

test("the Spanish summary also prints in English for the care team", async ({ page }, testInfo) => {
  await page.goto("/es/");
  await toolReady(page);
  await breastIhc(page, "2");
  await ishNumbers(page, "dual", { ratio: "1,4", her2: "2,9", cells: "20" });
  await next(page);
  await explain(page);
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "negative");
  await stubPrint(page);

  await page.getByRole("button", { name: "Imprimir en inglés para mi equipo médico" }).click();
  expect(await printed(page)).toBe(1);
  await page.emulateMedia({ media: "print" });
  const english = page.locator(".print-summary--copy");
  await expect(english).toBeVisible();
  await expect(english).toHaveAttribute("lang", "en");
  await expect(english.getByRole("heading", { name: "My HER2 result summary" })).toBeVisible();
  await expect(english).toContainText("HER2-low, a kind of HER2-negative");
  await expect(english).toContainText("What I entered");
  await expect(english).toContainText("breast.ish.group5");
  await expect(english).not.toContainText("Qué significa");
  await expect(page.locator(".print-summary:not(.print-summary--copy)")).toBeHidden();
  await page.screenshot({ path: `test-results/report-print-en-copy-${testInfo.project.name}.png`, fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: "Imprimir mi resumen" }).click();
  await page.emulateMedia({ media: "print" });
  const spanish = page.locator(".print-summary:not(.print-summary--copy)");
  await expect(spanish).toBeVisible();
  await expect(spanish.getByRole("heading", { name: "Resumen de mi resultado de HER2" })).toBeVisible();
  await expect(english).toBeHidden();
});
