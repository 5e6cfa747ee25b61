import { test, expect, toolReady } from "./fixtures";
import { breastIhc, explain, ishNumbers, next } from "./report-helpers";
import type { Locator, Page } from "@playwright/test";

// Results are worded for the person reading them: HER2-low and HER2-ultralow have their own
// headline, what matters to most readers comes first and is said once, medicines are named in
// full the first time, and rule ids stay in a closed "for clinicians" part.
const T = {
  en: {
    path: "/",
    low: "HER2-low, a kind of HER2-negative",
    ultralow: "HER2-ultralow, a kind of HER2-negative",
    early: "does not change the treatment of early breast cancer",
    spread: "spread",
    clinicians: "Details for clinicians",
    careTeam: "For your care team",
    ultralowChoice: "ultralow",
    explain: "Explain my result",
  },
  es: {
    path: "/es/",
    low: "HER2 bajo, un tipo de HER2 negativo",
    ultralow: "HER2 ultrabajo, un tipo de HER2 negativo",
    early: "no cambia el tratamiento del cáncer de mama temprano",
    spread: "extendido",
    clinicians: "Detalles para el equipo médico",
    careTeam: "Para su equipo médico",
    ultralowChoice: "ultralow",
    explain: "Explicar mi resultado",
  },
} as const;

/** The text a person sees (closed <details> content and hidden parts left out). */
async function seenText(area: Locator): Promise<string> {
  return area.evaluate((el) => (el as HTMLElement).innerText);
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

async function ihc2IshNegative(page: Page) {
  await breastIhc(page, "2");
  await ishNumbers(page, "dual", { ratio: "1.4", her2: "2.9", cells: "20" });
  await next(page);
  await explain(page);
}

for (const lang of ["en", "es"] as const) {
  const t = T[lang];

  test(`${lang}: HER2-low has its own headline, early breast cancer comes first, said once`, async ({ page }, testInfo) => {
    await page.goto(t.path);
    await toolReady(page);
    await ihc2IshNegative(page);
    const result = page.locator(".report-result");
    const status = result.locator(".status");
    await expect(status).toHaveAttribute("data-status", "negative");
    await expect(status).toHaveText(t.low);
    const seen = await seenText(result);
    expect(count(seen, t.early), seen).toBe(1);
    // What matters to most readers (early breast cancer) comes before cancer that has spread.
    expect(seen.indexOf(t.early)).toBeGreaterThan(-1);
    expect(seen.indexOf(t.early)).toBeLessThan(seen.indexOf(t.spread));
    // The medicine is named in full the first time.
    const first = seen.indexOf("T-DXd");
    expect(first).toBeGreaterThan(-1);
    expect(seen.slice(0, first)).toMatch(/trastuzumab deruxtec[aá]n \($/i);
    // No rule id in what a patient reads; it waits in a closed part for clinicians.
    expect(seen).not.toContain("breast.ish");
    const details = result.locator("details.result-clinicians");
    await expect(details.locator("summary")).toHaveText(t.clinicians);
    await expect(details).not.toHaveAttribute("open", /.*/);
    await expect(details.locator("code")).toHaveText("breast.ish.group5");
    await result.screenshot({ path: `test-results/report-wording-${lang}-${testInfo.project.name}.png` });
    await details.locator("summary").click();
    await expect(details.locator("code")).toBeVisible();

    // The printed summary: no rule id in the patient's part; a care-team line keeps it.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.locator(".report-print").click();
    await page.emulateMedia({ media: "print" });
    const summary = page.locator(".print-summary:not(.print-summary--copy)");
    await expect(summary).toBeVisible();
    await expect(summary.locator(".status")).toHaveText(t.low);
    const careTeam = summary.locator(".print-summary__care-team");
    await expect(careTeam).toContainText(t.careTeam);
    await expect(careTeam).toContainText("breast.ish.group5");
    const printed = await summary.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".print-summary__care-team").forEach((n) => n.remove());
      return copy.textContent ?? "";
    });
    expect(printed).not.toContain("breast.ish");
    expect(count(printed, t.early)).toBe(1);
    await page.screenshot({ path: `test-results/report-wording-print-${lang}-${testInfo.project.name}.png`, fullPage: true });
  });

  test(`${lang}: HER2-ultralow has its own headline`, async ({ page }) => {
    await page.goto(t.path);
    await toolReady(page);
    await page.locator("#report-cancer-breast").check();
    await next(page);
    await page.locator("#report-ihc-0").check();
    await page.locator(`#report-zero-${t.ultralowChoice}`).check();
    await next(page);
    await page.locator("#report-ish-not-done").check();
    await next(page);
    await page.getByRole("button", { name: t.explain }).click();
    const result = page.locator(".report-result");
    await expect(result.locator(".status")).toHaveAttribute("data-status", "negative");
    await expect(result.locator(".status")).toHaveText(t.ultralow);
    const seen = await seenText(result);
    expect(count(seen, t.early), seen).toBe(1);
    expect(seen.indexOf(t.early)).toBeLessThan(seen.indexOf(t.spread));
    expect(seen).not.toContain("breast.ihc");
  });
}
