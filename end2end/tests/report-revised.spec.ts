// The report tool's revised rules (her2-rules §8.4 and §8.5, revised 2026-12) and the "another
// cancer" choice, in English and Spanish, on the desktop and phone projects. Each test also saves
// a screenshot of the tool under test-results/report-screens/.
import { test, expect, toolReady, expectNoAxeViolations } from "./fixtures";
import { breastIhc, confirmValues, explain, expectStep, ishNumbers, next, shot } from "./report-helpers";

const LANGS = [
  {
    code: "en",
    path: "/",
    tooFew: "fewer than 20 cells",
    tooFewRest: "too few to use, so this result comes from your IHC score alone",
    positive: "HER2-positive",
    ihc1: "IHC 1+: this points to HER2-negative.",
    ratio: "ISH ratio of 2.0 or more: this points to HER2-positive.",
    final: "Your pathologist gives the final HER2 status.",
    debated: "Experts do not agree",
    otherTitle: "This tool cannot read this result",
    otherScope: "adenocarcinoma of the stomach",
    otherBowel: "bowel cancer uses different cut-offs",
    otherLung: "HER2 gene (a mutation) with a gene test",
    otherLink: "Read about HER2 in other cancers",
  },
  {
    code: "es",
    path: "/es/",
    tooFew: "menos de 20 células",
    tooFewRest: "muy pocas para usarla, así que este resultado sale solo de su puntuación de IHQ",
    positive: "HER2 positivo",
    ihc1: "IHQ 1+: esto apunta a HER2 negativo.",
    ratio: "Cociente de HIS de 2,0 o más: esto apunta a HER2 positivo.",
    final: "Su patólogo da el estado final de HER2.",
    debated: "Los expertos no están de acuerdo",
    otherTitle: "Esta herramienta no puede leer este resultado",
    otherScope: "adenocarcinoma de estómago",
    otherBowel: "intestino grueso usa otros valores de corte",
    otherLung: "gen HER2 (una mutación) con una prueba de genes",
    otherLink: "Lea sobre HER2 en otros cánceres",
  },
];

for (const t of LANGS) {
  test.describe(`in ${t.code}`, () => {
    test("an ISH with 12 cells and IHC 3+: the count is too small, the IHC score decides (positive)", async ({ page }, info) => {
      await page.goto(t.path);
      await toolReady(page);
      await breastIhc(page, "3");
      await ishNumbers(page, "dual", { ratio: t.code === "es" ? "1,2" : "1.2", her2: "2.5", cells: "12" });
      await next(page);
      await expectStep(page, "review");
      await explain(page);
      // Fewer than 20 cells is shown back first; the report does say 12.
      await confirmValues(page);
      const result = page.locator(".report-result");
      await expect(result.locator(".status")).toHaveAttribute("data-status", "positive");
      await expect(result.locator(".status")).toHaveText(t.positive);
      await expect(result.locator(".result-notes")).toContainText(t.tooFew);
      await expect(result.locator(".result-notes")).toContainText(t.tooFewRest);
      await expect(result).not.toContainText(t.code === "es" ? "HIS grupo 5" : "ISH group 5");
      await expect(result.locator("code")).toHaveText("breast.ish.too_few_cells.ihc3");
      await shot(page, `${t.code}-too-few-cells`, info.project.name);
    });

    test("stomach IHC 1+ with a ratio of 2.5: ask the care team, naming the two results", async ({ page }, info) => {
      await page.goto(t.path);
      await toolReady(page);
      await page.locator("#report-cancer-gastric").check();
      await next(page);
      await page.locator("#report-ihc-1").check();
      await next(page);
      await ishNumbers(page, "dual", { ratio: t.code === "es" ? "2,5" : "2.5" });
      await next(page);
      await expectStep(page, "review");
      await explain(page);
      const result = page.locator(".report-result");
      await expect(result.locator(".status")).toHaveAttribute("data-status", "indeterminate");
      await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "ask_care_team");
      const disagree = result.locator(".result-disagree");
      await expect(disagree.locator("li")).toHaveText([t.ihc1, t.ratio]);
      await expect(disagree).toContainText(t.final);
      // IHC 3+ is not one of the two results here, so the IHC 3+ line is not shown.
      await expect(disagree.locator("p")).toHaveCount(2);
      await expect(result.locator(".result-notes")).toContainText(t.debated);
      await shot(page, `${t.code}-gastric-disagree`, info.project.name);
      await expectNoAxeViolations(page, `${t.code} gastric disagree result`);
    });

    test("another cancer: the tool says what it reads and links to other cancers", async ({ page }, info) => {
      await page.goto(t.path);
      await toolReady(page);
      await expect(page.locator("#report-cancer-gastric")).toBeVisible();
      for (const key of ["colorectal", "endometrial", "biliary", "lung", "other"]) {
        await expect(page.locator(`#report-cancer-${key}`)).toHaveCount(1);
      }
      await expect(page.locator("#report-cancer-other-note")).toHaveCount(0);
      await page.locator("#report-cancer-lung").check();
      const note = page.locator("#report-cancer-other-note");
      await expect(note).toContainText(t.otherTitle);
      await expect(note).toContainText(t.otherScope);
      await expect(note).toContainText(t.otherBowel);
      await expect(note).toContainText(t.otherLung);
      // Nothing to go on to: no Next button, and the progress has one step.
      await expect(page.locator(".report-nav__next")).toHaveCount(0);
      await expect(page.locator(".step-progress__item")).toHaveCount(1);
      await shot(page, `${t.code}-other-cancer`, info.project.name);
      await expectNoAxeViolations(page, `${t.code} another cancer`);
      // Choosing breast cancer again brings the steps back.
      await page.locator("#report-cancer-breast").check();
      await expect(note).toHaveCount(0);
      await expect(page.locator(".report-nav__next")).toBeVisible();
      await page.locator("#report-cancer-colorectal").check();
      const link = page.getByRole("link", { name: t.otherLink });
      await expect(link).toHaveAttribute("href", "#beyond-breast");
      await link.click();
      await expect(page).toHaveURL(/#beyond-breast$/);
      await expect(page.locator("#beyond-breast")).toBeInViewport();
    });
  });
}
