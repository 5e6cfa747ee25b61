import { test, expect, toolReady } from "./fixtures";
import { breastIhc, expectStep, explain, next, toReviewWithoutIsh } from "./report-helpers";

// No choice answers for the person: "Not stated" and "Not sure" are options to choose, never
// chosen in advance (a default hid the question it stood for, such as null or ultralow). A
// required choice left empty gets a clear message beside it, focus moves to it, and nothing
// entered is lost.
const T = {
  en: {
    path: "/",
    zero: "Please choose one answer. If your report does not say, choose \"Not stated\".",
    probe: "Please choose one answer. If you are not sure, choose \"Not sure\".",
    notStated: "Not stated",
  },
  es: {
    path: "/es/",
    zero: "Por favor, elija una respuesta. Si su informe no lo dice, elija \"No lo dice\".",
    probe: "Por favor, elija una respuesta. Si no está seguro, elija \"No estoy seguro\".",
    notStated: "No lo dice",
  },
} as const;

for (const lang of ["en", "es"] as const) {
  const t = T[lang];

  test(`${lang}: the IHC 0 detail starts with nothing chosen and must be answered`, async ({ page }, testInfo) => {
    await page.goto(t.path);
    await toolReady(page);
    await page.locator("#report-cancer-breast").check();
    await next(page);
    await page.locator("#report-ihc-0").check();
    const zero = page.locator("#report-zero");
    await expect(zero).toBeVisible();
    await expect(zero.locator("input:checked")).toHaveCount(0);
    await next(page);
    // Still on the step, with the message beside the question, and focus on it.
    await expectStep(page, "ihc");
    await expect(page.locator("#report-zero-error")).toHaveText(t.zero);
    await expect(zero).toHaveAttribute("aria-describedby", "report-zero-hint report-zero-error");
    await expect(zero).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#report-zero-null")).toBeFocused();
    await expect(page.locator("#report-ihc-0")).toBeChecked();
    await zero.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/shots-persist/zero-missing-${lang}-${testInfo.project.name}.png` });
    // "Not stated" is a real answer: chosen, the message goes and Next goes on.
    await page.locator("#report-zero-not-stated").check();
    await expect(page.locator("#report-zero-error")).toBeEmpty();
    await next(page);
    await expectStep(page, "ish");
    await page.locator("#report-ish-not-done").check();
    await next(page);
    await expect(page.locator('.review-list__row[data-field="report-zero"]')).toContainText(t.notStated);
    await explain(page);
    await expect(page.locator(".report-result .status")).toBeVisible();
  });

  test(`${lang}: the kind of ISH test starts with nothing chosen and must be answered; the numbers are kept`, async ({ page }) => {
    await page.goto(t.path);
    await toolReady(page);
    await breastIhc(page, "2");
    await page.locator("#report-ish-done").check();
    const probe = page.locator("#report-probe");
    await expect(probe.locator("input:checked")).toHaveCount(0);
    const ratio = lang === "es" ? "2,4" : "2.4";
    await page.locator("#report-ratio").fill(ratio);
    await page.locator("#report-her2").fill("5");
    await next(page);
    await expectStep(page, "ish");
    await expect(page.locator("#report-probe-error")).toHaveText(t.probe);
    await expect(probe).toHaveAttribute("aria-describedby", "report-probe-hint report-probe-error");
    await expect(page.locator("#report-probe-dual")).toBeFocused();
    await expect(page.locator("#report-ratio")).toHaveValue(ratio);
    await expect(page.locator("#report-her2")).toHaveValue("5");
    await page.locator("#report-probe-dual").check();
    await next(page);
    await expectStep(page, "review");
    await explain(page);
    await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "positive");
  });
}

test("the stomach sample starts with nothing chosen and may stay so", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await toReviewWithoutIsh(page, "gastric", "3");
  await expect(page.locator("#report-specimen input:checked")).toHaveCount(0);
  await explain(page);
  await expect(page.locator(".report-result .status")).toHaveAttribute("data-status", "positive");
});

test('"Use these values" fills what was found and leaves the rest unchosen', async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator(".paste-reader__summary").click();
  await page.getByRole("textbox", { name: "Report text" }).fill(
    "Invasive ductal carcinoma of the left breast.\nHER2 (4B5) IHC: score 0.\nHER2 FISH: HER2/CEP17 ratio 1.2, average HER2 copy number 2.5.",
  );
  await page.getByRole("button", { name: "Read my report" }).click();
  await page.getByRole("button", { name: "Use these values" }).click();
  await expect(page.locator(".report-notice")).toContainText("We filled in what we found");
  // The IHC 0 detail was not in the text: it is asked, not answered for the person.
  await expectStep(page, "cancer");
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
  await next(page);
  await expect(page.locator("#report-ihc-0")).toBeChecked();
  await expect(page.locator("#report-zero input:checked")).toHaveCount(0);
  await next(page);
  await expect(page.locator("#report-zero-error")).toHaveText(T.en.zero);
  await page.locator("#report-zero-null").check();
  await next(page);
  await expect(page.locator("#report-ish-done")).toBeChecked();
  await expect(page.locator("#report-ratio")).toHaveValue("1.2");
});
