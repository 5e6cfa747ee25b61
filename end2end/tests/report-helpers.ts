// Shared steps for the report tool's browser tests (end2end/tests/report*.spec.ts).
import { expect, type Page } from "@playwright/test";

export const ANSWERS_KEY = "her2-explained.answers";
/** Where the answer to "Keep my answers on this device?" is kept ("yes" or "no"). */
export const KEEP_KEY = "her2-explained.keep";

/** Answers "Keep my answers on this device?" (asked inline once something is answered). */
export async function keepAnswers(page: Page, keep: boolean) {
  const question = page.locator(".report-keep");
  await expect(question).toBeVisible();
  await question.locator(keep ? ".report-keep__yes" : ".report-keep__no").click();
  await expect(question).toHaveCount(0);
}

/** A page script that puts a record of kept answers on the device, with the choice to keep
 *  them, before the page's first load only (pass to `page.addInitScript`). */
export function seedKept([answersKey, keepKey, record]: [string, string, string]) {
  if (!sessionStorage.getItem("seeded")) {
    localStorage.setItem(answersKey, record);
    localStorage.setItem(keepKey, "yes");
    sessionStorage.setItem("seeded", "1");
  }
}

/** A realistic multi-marker breast report: ER/PR/Ki-67, HER2 IHC 2+ and a dual-probe FISH. */
export const MULTI_MARKER_REPORT = `SURGICAL PATHOLOGY REPORT
Specimen: Left breast, 2 o'clock, ultrasound-guided core needle biopsy.
Diagnosis: Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 2; total 7/9).
Invasive tumor length in cores: 9 mm. DCIS: not identified.

BIOMARKERS (performed on block A1)
Estrogen receptor (ER, clone SP1): Positive, 95% of tumor cells, strong intensity (Allred 8/8).
Progesterone receptor (PR, clone 1E2): Positive, 40% of tumor cells, moderate intensity (Allred 6/8).
Ki-67 (MIB-1): 25%.
HER2 by immunohistochemistry (clone 4B5): EQUIVOCAL (score 2+). Weak to moderate complete membrane staining in 30% of invasive tumor cells.
HER2 FISH (dual-probe, PathVysion): Number of cells counted: 40. Average HER2 copy number per cell: 4.8. Average CEP17 copy number per cell: 3.0. HER2/CEP17 ratio: 1.6.
Interpretation: see comment. Controls performed appropriately.`;

/** The guided form's current step (cancer, ihc, ish, sample or review). */
export async function expectStep(page: Page, step: string) {
  await expect(page.locator(".report-step")).toHaveAttribute("data-step", step);
}

export async function next(page: Page) {
  await page.locator(".report-nav__next").click();
}

export async function explain(page: Page) {
  await page.locator(".report-nav__explain").click();
}

/** Breast cancer, IHC `score`, and on to the ISH step. */
export async function breastIhc(page: Page, score: "0" | "1" | "2" | "3" | "none") {
  await page.locator("#report-cancer-breast").check();
  await next(page);
  await page.locator(`#report-ihc-${score}`).check();
  await next(page);
  await expectStep(page, "ish");
}

/** A cancer, an IHC score and "no ISH result", on to the review. With `keep`, answers "Keep my
 *  answers on this device?" (asked once the cancer is chosen). */
export async function toReviewWithoutIsh(
  page: Page,
  cancer: "breast" | "gastric",
  score: "0" | "1" | "2" | "3" | "none",
  keep?: boolean,
) {
  await page.locator(`#report-cancer-${cancer}`).check();
  if (keep !== undefined) await keepAnswers(page, keep);
  await next(page);
  await page.locator(`#report-ihc-${score}`).check();
  await next(page);
  await page.locator("#report-ish-not-done").check();
  await next(page);
  await expectStep(page, "review");
}

/** On the ISH step: "yes, ISH numbers", the probe, and the numbers given. */
export async function ishNumbers(
  page: Page,
  probe: "dual" | "single" | "unsure",
  numbers: { ratio?: string; her2?: string; cep17?: string; cells?: string },
) {
  await page.locator("#report-ish-done").check();
  await page.locator(`#report-probe-${probe}`).check();
  for (const [field, value] of Object.entries(numbers)) {
    await page.locator(`#report-${field}`).fill(value ?? "");
  }
}

/** Saves a screenshot under end2end/test-results/report-screens/. */
export async function shot(page: Page, name: string, project: string) {
  await page.locator("#report-tool").screenshot({
    path: `test-results/report-screens/${project}-${name}.png`,
  });
}

/** Before the result, the tool shows back values that are possible but very unlikely (fewer
 *  than 20 cells, a ratio above 15 …): confirms each one ("Yes, my report says …"). */
export async function confirmValues(page: Page) {
  const box = page.locator("#report-value-check");
  await expect(box).toBeFocused();
  const confirm = box.locator(".value-check__confirm");
  while ((await confirm.count()) > 0) await confirm.first().click();
}
