import { test, expect, toolReady } from "./fixtures";
import { expectStep, explain, next } from "./report-helpers";

test("keyboard only: the decoder goes step by step and explains the result", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  const heading = page.locator("#report-step-title");
  await expect(heading).toHaveText("Step 1 of 4: Cancer type");
  await expect(page.locator(".step-progress [aria-current=step]")).toHaveAttribute("data-step", "cancer");

  // Step 1: reach the first choice with Tab from the paste reader's summary.
  await page.locator(".paste-reader__summary").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "Breast cancer" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Breast cancer" })).toBeChecked();
  // "Keep my answers on this device?" comes next in the Tab order; answering it moves focus on
  // to Next.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, keep them" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "No, do not keep them" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".report-keep")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Next", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");

  // Step 2: focus moved to the step heading; arrows choose IHC 2+.
  await expect(heading).toHaveText("Step 2 of 4: IHC result");
  await expect(heading).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: /^IHC 0/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /^IHC 2\+/ })).toBeChecked();
  await page.keyboard.press("Tab"); // Back
  await page.keyboard.press("Tab"); // Next
  await expect(page.getByRole("button", { name: "Next", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");

  // Step 3: ISH done, dual-probe, numbers typed; Enter in a box goes on.
  await expect(heading).toHaveText("Step 3 of 4: ISH result");
  await expect(heading).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Yes, it has ISH numbers" })).toBeChecked();
  await page.keyboard.press("Tab"); // the probe group: nothing is chosen at first
  await expect(page.getByRole("radio", { name: /^Dual-probe/ })).toBeFocused();
  await expect(page.getByRole("radio", { name: /^Dual-probe/ })).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /^Dual-probe/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "HER2/CEP17 ratio" })).toBeFocused();
  await page.keyboard.type("1,6");
  await page.keyboard.press("Tab");
  await page.keyboard.type("4.8 signals/cell");
  // These numbers with IHC 2+ need a recount: the question appears.
  await expect(page.locator("#report-recount")).toBeVisible();
  await page.keyboard.press("Enter");

  // Step 4: every answer on one page.
  await expect(heading).toHaveText("Step 4 of 4: Check your answers");
  await expect(heading).toBeFocused();
  const review = page.locator(".review-list");
  await expect(review).toContainText("IHC 2+");
  await expect(review).toContainText("1,6");
  await expect(review).toContainText("Not stated on my report");
  const explainButton = page.getByRole("button", { name: "Explain my result" });
  for (let i = 0; i < 20 && !(await explainButton.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(explainButton).toBeFocused();
  await page.keyboard.press("Enter");

  const result = page.locator(".report-result");
  await expect(page.locator("#report-result-title")).toBeFocused();
  await expect(result.locator(".status")).toHaveAttribute("data-status", "indeterminate");
  await expect(result.locator(".next-step")).toHaveAttribute("data-next-step", "recount_second_observer");
  await expect(result).toContainText("ISH group 4");
  await expect(result).toContainText("Figure 6");
  await expect(result).toContainText("not medical advice");

  // "Explain my result" again, with the result on show: focus goes to the result again.
  await explainButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#report-result-title")).toBeFocused();

  // "Change" goes back to a step; the recount confirmed gives a final answer.
  await page.getByRole("button", { name: "Change: Second count" }).press("Enter");
  await expect(heading).toBeFocused();
  await expectStep(page, "ish");
  await page.locator("#report-recount").focus();
  await page.keyboard.press("Space");
  await page.locator("#report-ratio").press("Enter");
  await expectStep(page, "review");
  await explain(page);
  await expect(result.locator(".status")).toHaveAttribute("data-status", "negative");
  await expect(result).toContainText("HER2-low");
  await expect(result).toContainText("T-DXd");
  await expect(result).toContainText("metastatic");
});

test("touch: the decoder works at phone width with large targets", async ({ page, isMobile }) => {
  test.skip(!isMobile, "touch path runs in the phone project");
  await page.goto("/");
  await toolReady(page);
  const tap = (selector: string) => page.locator(selector).tap();

  await tap("label[for=report-cancer-gastric]");
  await tap(".report-nav__next");
  await expect(page.locator("#report-step-title")).toHaveText("Step 2 of 4: IHC result");
  await tap("label[for=report-ihc-2]");
  await tap(".report-nav__next");
  await tap("label[for=report-ish-done]");
  await tap("label[for=report-probe-dual]");
  await tap("#report-ratio");
  await page.keyboard.type("2,3");
  await tap(".report-nav__next");
  // The sample is asked on the review: it does not change how the score is read.
  await expectStep(page, "review");
  await tap("label[for=report-specimen-biopsy]");

  // Every control of the tool is at least 44 px high, and nothing scrolls sideways.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("#report-tool button, #report-tool label.choice, #report-tool input[type=text], #report-tool summary")]
      .map((el) => ({ el: el.id || el.className || el.tagName, h: el.getBoundingClientRect().height }))
      .filter((x) => x.h > 0 && x.h < 44),
  );
  expect(small).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await tap(".report-nav__explain");
  const result = page.locator(".report-result");
  await expect(result.locator(".status")).toHaveAttribute("data-status", "positive");
  await expect(result).toContainText("trastuzumab with chemotherapy");
  await expect(result).toContainText("PD-L1");
  await expect(result).toContainText("Sample: Biopsy");
  await expect(result).not.toContainText("HER2-low");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the result is explained in Spanish, with no English left", async ({ page }) => {
  await page.goto("/es/");
  await toolReady(page);
  await page.getByRole("radio", { name: "Cáncer de mama" }).check();
  await next(page);
  await expect(page.locator("#report-step-title")).toHaveText("Paso 2 de 4: Resultado de IHQ");
  await page.locator("#report-ihc-0").check();
  await page.locator("#report-zero-ultralow").check();
  await next(page);
  await page.getByRole("radio", { name: "No, no hay resultado de HIS" }).check();
  await next(page);
  await page.getByRole("button", { name: "Explicar mi resultado" }).click();
  const result = page.locator(".report-result");
  await expect(result.locator(".status")).toHaveText("HER2 ultrabajo, un tipo de HER2 negativo");
  await expect(result).toContainText("HER2 ultrabajo");
  await expect(result).toContainText("figura 1");
  await expect(result).toContainText("no es un consejo médico");
  // Only the technical reference (marked lang="en") stays in English.
  const visible = await result.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[lang=en], code").forEach((n) => n.remove());
    return copy.textContent ?? "";
  });
  for (const english of ["the ", " and ", "your ", "Figure", "What happens"]) {
    expect(visible, `English "${english}" in the Spanish result`).not.toContain(english);
  }
});

test("the IHC 0 detail only appears for breast IHC 0, and not-on-my-report still gets an answer", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await page.locator("#report-cancer-breast").check();
  await next(page);
  await page.locator("#report-ihc-1").check();
  await expect(page.locator("#report-zero")).toHaveCount(0);
  await page.locator("#report-ihc-0").check();
  await expect(page.locator("#report-zero")).toBeVisible();
  await page.locator("#report-ihc-none").check();
  await expect(page.locator("#report-zero")).toHaveCount(0);
  await next(page);
  await page.locator("#report-ish-pending").check();
  await next(page);
  await explain(page);
  const result = page.locator(".report-result");
  await expect(result.locator(".status")).toHaveAttribute("data-status", "indeterminate");
  await expect(result.locator(".next-step")).toHaveClass(/next-step--care-team/);
  await expect(result).toContainText("nothing to explain yet");
  await expect(result).toContainText("When you get it, come back");
});

test.describe("in a high-contrast mode (forced colours)", () => {
  test.use({ forcedColors: "active" });

  test("the current step and the chosen answer still stand out", async ({ page }) => {
    await page.goto("/");
    await toolReady(page);
    await page.locator("#report-cancer-breast").check();
    await next(page);
    await page.locator("#report-ihc-2").check();
    const numbers = page.locator(".step-progress__number");
    const background = (i: number) => numbers.nth(i).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(1)).not.toBe(await background(0));
    expect(await background(1)).not.toBe(await background(2));
    const chosen = page.locator(".choice:has(#report-ihc-2)");
    const other = page.locator(".choice:has(#report-ihc-1)");
    const look = (l: typeof chosen) =>
      l.evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.borderTopColor} ${s.outlineStyle} ${s.outlineColor}`;
      });
    expect(await look(chosen)).not.toBe(await look(other));
  });
});
