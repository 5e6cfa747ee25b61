// A typo must not give a confident wrong answer: values that are possible but very unlikely are
// shown back to the person to confirm or fix before the result, in the form and in the paste
// reader; a letter O in a number gets its own message.
import { test, expect, expectNoAxeViolations, toolReady } from "./fixtures";
import { breastIhc, explain, expectStep, ishNumbers, next, shot } from "./report-helpers";

const words = {
  en: {
    path: "/",
    title: "Please check these numbers",
    ratio: "Your report says the ratio is 45? That is very high. Did you mean 4.5?",
    cep17: "A ratio of 45 with 3.1 HER2 copies means 0.07 CEP17 signals per cell.",
    confirm: "Yes, my report says 45",
    fix: "Fix it: HER2/CEP17 ratio",
    her2: "3.1",
    letterO: "Use only numbers, like 60. The letter O is not a zero.",
    paste: "HER2/CEP17 ratio = 45. Average HER2 copy number 3.1. Number of cells counted: 60.",
  },
  es: {
    path: "/es/",
    title: "Por favor, revise estos números",
    ratio: "¿Su informe dice que el cociente es 45? Es muy alto. ¿Quiso decir 4,5?",
    cep17: "Un cociente de 45 con 3,1 copias de HER2 quiere decir 0,07 señales de CEP17 por célula.",
    confirm: "Sí, mi informe dice 45",
    fix: "Corregirlo: Cociente HER2/CEP17",
    her2: "3,1",
    letterO: "Use solo números, como 60. La letra O no es un cero.",
    paste: "Cociente HER2/CEP17 = 45. Número medio de copias de HER2: 3,1. Células contadas: 60.",
  },
};

for (const lang of ["en", "es"] as const) {
  const w = words[lang];

  test(`${lang}: a ratio of 45 with 3.1 copies is shown back; "Fix it" focuses the box; confirming shows the result`, async ({ page }, info) => {
    await page.goto(w.path);
    await toolReady(page);
    await breastIhc(page, "2");
    await ishNumbers(page, "dual", { ratio: "45", her2: w.her2, cells: "60" });
    await next(page);
    await expectStep(page, "review");
    await explain(page);

    // No result yet: the values to check, next to the field's name, with the focus on them.
    const box = page.locator("#report-value-check");
    await expect(box).toBeFocused();
    await expect(box).toContainText(w.title);
    await expect(box).toContainText(w.ratio);
    await expect(box).toContainText(w.cep17);
    await expect(page.locator(".report-result")).toHaveCount(0);
    await expectNoAxeViolations(page, `values to check (${lang})`);
    await shot(page, `typo-check-${lang}`, info.project.name);

    // "Fix it" goes to the ratio box with what was typed still there.
    await page.getByRole("button", { name: w.fix }).click();
    await expectStep(page, "ish");
    await expect(page.locator("#report-ratio")).toBeFocused();
    await expect(page.locator("#report-ratio")).toHaveValue("45");
    await expect(page.locator("#report-her2")).toHaveValue(w.her2);

    // Back on the review, "Explain" asks again; "Yes, my report says 45" shows the result.
    await next(page);
    await expectStep(page, "review");
    await explain(page);
    await expect(box).toBeFocused();
    await page.getByRole("button", { name: w.confirm }).click();
    await expect(page.locator(".report-result")).toBeVisible();
    await expect(box).toHaveCount(0);
  });

  test(`${lang}: a fixed ratio needs no check, and "6O" cells says to use only numbers`, async ({ page }) => {
    await page.goto(w.path);
    await toolReady(page);
    await breastIhc(page, "2");
    await ishNumbers(page, "dual", { ratio: "4.5", her2: w.her2, cells: "6O" });
    await next(page);
    await expect(page.locator("#report-cells-error")).toHaveText(w.letterO);
    await expect(page.locator("#report-cells")).toHaveValue("6O");
    await page.locator("#report-cells").fill("60");
    await next(page);
    await explain(page);
    await expect(page.locator(".report-result")).toBeVisible();
    await expect(page.locator("#report-value-check")).toHaveCount(0);
  });

  test(`${lang}: the paste reader shows back a ratio of 45`, async ({ page }, info) => {
    await page.goto(w.path);
    await toolReady(page);
    await page.locator(".paste-reader__summary").click();
    await page.locator("#report-paste").fill(w.paste);
    await page.locator(".report-paste-read").click();
    const checks = page.locator(".paste-checks");
    await expect(checks).toContainText(w.title);
    await expect(checks).toContainText(w.ratio);
    await expect(checks).toContainText(w.cep17);
    await expectNoAxeViolations(page, `paste reader values to check (${lang})`);
    await shot(page, `typo-paste-${lang}`, info.project.name);
  });
}

test('"Forget my answers" forgets what was confirmed: the same typo is asked about again', async ({ page }) => {
  const enterTypo = async () => {
    await breastIhc(page, "2");
    await ishNumbers(page, "dual", { ratio: "45", her2: "3.1", cells: "60" });
    await next(page);
    await explain(page);
  };
  await page.goto("/");
  await toolReady(page);
  await enterTypo();
  await page.getByRole("button", { name: "Yes, my report says 45" }).click();
  await expect(page.locator(".report-result")).toBeVisible();
  await page.locator(".report-forget").click();
  await expectStep(page, "cancer");
  await enterTypo();
  await expect(page.locator("#report-value-check")).toBeFocused();
  await expect(page.locator(".report-result")).toHaveCount(0);
});
