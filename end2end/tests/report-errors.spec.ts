import { test, expect, toolReady } from "./fixtures";
import { breastIhc, confirmValues, expectStep, explain, ishNumbers, keepAnswers, next } from "./report-helpers";

test("a step without an answer says so beside the question and keeps the person there", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  const cases: [string, string, string][] = [
    ["cancer", "#report-cancer-breast", "Please choose one answer."],
    ["ihc", "#report-ihc-2", 'If you cannot find a score, choose "Not on my report".'],
    ["ish", "#report-ish-not-done", 'If you cannot find an ISH result, choose "No".'],
  ];
  for (const [step, choice, message] of cases) {
    await next(page);
    await expectStep(page, step);
    const group = page.locator(`#report-${step}`);
    await expect(group).toHaveAttribute("aria-invalid", "true");
    await expect(group).toHaveAttribute("aria-describedby", `report-${step}-hint report-${step}-error`);
    await expect(page.locator(`#report-${step}-error`)).toContainText(message);
    // Focus went to the question.
    await expect(group.locator("input").first()).toBeFocused();
    await page.locator(choice).check();
    await expect(group).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#report-${step}-error`)).toBeEmpty();
    await next(page);
  }
  await expectStep(page, "review");
});

// Each refused value: what is typed, the box the message is beside, and the message.
const numberCases: {
  name: string;
  probe: "dual" | "single" | "unsure";
  numbers: { ratio?: string; her2?: string; cep17?: string; cells?: string };
  field: string;
  message: string;
}[] = [
  { name: "no number", probe: "dual", numbers: { ratio: "about two", her2: "4" }, field: "ratio", message: "This has no number in it. Type the number, like 1.8." },
  { name: "two numbers", probe: "dual", numbers: { ratio: "2.1 or 2.4", her2: "4" }, field: "ratio", message: "This has more than one number. Type just one, like 1.8." },
  { name: "below zero", probe: "dual", numbers: { ratio: "2", her2: "-4" }, field: "her2", message: "This number cannot be below 0." },
  { name: "zero", probe: "dual", numbers: { ratio: "0", her2: "4" }, field: "ratio", message: "This must be a number above 0, like 1.8." },
  { name: "too large", probe: "dual", numbers: { ratio: "2", her2: "150" }, field: "her2", message: "This must be 100 or less, like 4.5." },
  { name: "cells not whole", probe: "dual", numbers: { ratio: "2", her2: "4", cells: "20.5" }, field: "cells", message: "This must be a whole number, like 20." },
  { name: "cells zero", probe: "dual", numbers: { ratio: "2", her2: "4", cells: "0" }, field: "cells", message: "This must be 1 or more, like 20." },
  { name: "nothing typed", probe: "unsure", numbers: {}, field: "ratio", message: "Please type at least one ISH number" },
  { name: "probe missing", probe: "unsure", numbers: { her2: "5" }, field: "probe", message: "Please choose which ISH test was done, or add the ratio." },
  { name: "ratio with single-probe", probe: "single", numbers: { ratio: "2", her2: "5" }, field: "ratio", message: "Only a dual-probe test gives this number." },
  { name: "single-probe without copies", probe: "single", numbers: { cells: "40" }, field: "her2", message: "A single-probe test needs the average HER2 copy number." },
  { name: "dual-probe incomplete", probe: "dual", numbers: { cep17: "2" }, field: "ratio", message: "A dual-probe test needs the ratio, or both average copy numbers." },
  { name: "breast needs copies", probe: "dual", numbers: { ratio: "2.2" }, field: "her2", message: "For breast cancer, please also add the average HER2 copy number." },
  { name: "ratio does not match", probe: "dual", numbers: { ratio: "3.0", her2: "4", cep17: "2" }, field: "ratio", message: "This ratio does not match the HER2 and CEP17 numbers." },
];

for (const c of numberCases) {
  test(`ISH value refused (${c.name}): message beside the box, text kept`, async ({ page }) => {
    await page.goto("/");
    await toolReady(page);
    await breastIhc(page, "2");
    await ishNumbers(page, c.probe, c.numbers);
    await next(page);
    await expectStep(page, "ish");
    const box = page.locator(`#report-${c.field}`);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveAttribute("aria-describedby", new RegExp(`report-${c.field}-error`));
    await expect(page.locator(`#report-${c.field}-error`)).toContainText(c.message);
    // Nothing typed is lost.
    for (const [field, value] of Object.entries(c.numbers)) {
      await expect(page.locator(`#report-${field}`)).toHaveValue(value ?? "");
    }
  });
}

test("messages follow the page's language, and the answers follow the person there", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator("#report-cancer-breast").check();
  await keepAnswers(page, true);
  await breastIhc(page, "2");
  await ishNumbers(page, "dual", { ratio: "dos", her2: "4" });
  await next(page);
  await expect(page.locator("#report-ratio-error")).toHaveText("This has no number in it. Type the number, like 1.8.");
  // The Spanish page: the answers kept on this device are filled in there.
  await page.locator(".language-switch a[hreflang=es]").click();
  await toolReady(page);
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
  await next(page);
  await next(page);
  await expect(page.locator("#report-ratio")).toHaveValue("dos");
  await next(page);
  await expect(page.locator("#report-ratio-error")).toHaveText("Aquí no hay ningún número. Escriba el número, como 1,8.");
  await expect(page.locator("#report-ratio")).toHaveAttribute("aria-invalid", "true");
});

test("results that disagree are not guessed: the person is sent to the care team", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await breastIhc(page, "3");
  await ishNumbers(page, "dual", { ratio: "1.2", her2: "2.5", cells: "40" });
  await next(page);
  await explain(page);
  const result = page.locator(".report-result");
  await expect(result.locator(".status")).toHaveAttribute("data-status", "indeterminate");
  await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "ask_care_team");
  await expect(result.locator(".next-step")).toHaveClass(/next-step--care-team/);
  await expect(result).toContainText("does not guess");
  await expect(result).toContainText("The guideline has no rule for this mix of results.");
  await expect(result).toContainText("Why do my test results not agree");
});

test("too few cells: the test usually needs to be done again", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await breastIhc(page, "2");
  await ishNumbers(page, "dual", { ratio: "2.4", her2: "5", cells: "12" });
  await next(page);
  await explain(page);
  // Fewer than 20 cells is shown back first ("did you mean 120?"); the report does say 12.
  await confirmValues(page);
  const result = page.locator(".report-result");
  await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "repeat_test");
  await expect(result).toContainText("at least 20 cells");
});
