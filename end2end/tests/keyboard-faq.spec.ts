import { test, expect, ready } from "./fixtures";

// WCAG 2.1.1: every common question can be reached and opened with the keyboard alone, and a
// link to a question (#faq-<id>) opens it and puts the keyboard on it.

for (const lang of ["en", "es"]) {
  test(`Tab reaches the first common question and Enter opens it (${lang})`, async ({ page }) => {
    await page.goto(lang === "es" ? "/es/#faq" : "/#faq");
    await ready(page);
    // The #faq link puts the focus on the section; the next Tab goes to its first question.
    await expect(page.locator("#faq")).toBeFocused();
    await page.keyboard.press("Tab");
    const first = page.locator("#faq details.faq").first();
    await expect(first.locator("summary")).toBeFocused();
    await expect(first).not.toHaveAttribute("open", "");
    await page.keyboard.press("Enter");
    await expect(first).toHaveAttribute("open", "");
    await expect(first.locator("p").first()).toBeVisible();
    // The next Tab goes on to the answer's links or the next question, never back out of the list.
    await page.keyboard.press("Tab");
    const inFaq = await page.evaluate(() => document.activeElement?.closest("#faq") !== null);
    expect(inFaq).toBe(true);
  });
}

test("every question's summary is in the Tab order", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const summaries = page.locator("#faq details.faq summary");
  const count = await summaries.count();
  expect(count).toBeGreaterThanOrEqual(18);
  const tabbable = await summaries.evaluateAll((all) =>
    // (Chromium leaves a summary out of the Tab order when its <details> has a tabindex.)
    all.filter((s) => s.tabIndex >= 0 && !s.closest("details")!.hasAttribute("tabindex")).length,
  );
  expect(tabbable).toBe(count);
});

test("a link to a question opens it and puts the keyboard on it", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const id = await page.locator("#faq details.faq").nth(2).getAttribute("id");
  await page.goto(`/#${id}`);
  await ready(page);
  const question = page.locator(`#${id}`);
  await expect(question).toHaveAttribute("open", "");
  await expect(question.locator("summary")).toBeFocused();
  // Enter closes it again, as on any question.
  await page.keyboard.press("Enter");
  await expect(question).not.toHaveAttribute("open", "");
});
