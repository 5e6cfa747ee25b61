import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, ready, toolReady } from "./fixtures";
import { expectStep, next } from "./report-helpers";

const SECTION_IDS = [
  "what-is-her2", "why-test", "test-types", "how-its-done", "reading-results", "treatment",
  "beyond-breast", "status-can-change", "questions-to-ask", "support", "about-this-guide",
];

/** How far the page scrolls sideways, in px (0 when it fits the screen). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const lang of ["en", "es"]) {
  test(`every section, the FAQ, the glossary and the sources render in ${lang}`, async ({ page }) => {
    await page.goto(lang === "es" ? "/es/" : "/");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    for (const id of SECTION_IDS) {
      const section = page.locator(`section#${id}`);
      await expect(section).toHaveCount(1);
      await expect(section.locator("h2")).not.toBeEmpty();
      await expect(section.locator(".summary")).not.toBeEmpty();
      await expect(section.locator(".section-sources a").first()).toBeVisible();
      await expect(section.locator("time")).toHaveCount(2);
    }
    expect(await page.locator("#faq details.faq").count()).toBeGreaterThanOrEqual(18);
    expect(await page.locator("#glossary dt").count()).toBeGreaterThanOrEqual(40);
    expect(await page.locator("#sources li").count()).toBeGreaterThanOrEqual(20);
    // Each of the five pictures has an accessible name and description.
    for (const id of ["cell-receptors", "ihc-scale", "fish-dots", "testing-path", "ish-groups"]) {
      const svg = page.locator(`svg[aria-labelledby="fig-${id}-title fig-${id}-desc"]`);
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveAttribute("role", "img");
      await expect(page.locator(`#fig-${id}-desc`)).not.toBeEmpty();
    }
  });
}

test("the language links switch pages and the choice is remembered, without cookies", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.locator(".language-switch a[hreflang=es]").click();
  await expect(page).toHaveURL(/\/es\/$/);
  await ready(page);
  await expect(page.locator("#report-tool h2")).toContainText("Entender");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator(".language-switch a[hreflang=es]")).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => localStorage.getItem("her2-explained.language"))).toBe('"es"');
  await page.locator(".language-switch a[hreflang=en]").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("a Spanish browser", () => {
  test.use({ locale: "es-MX" });
  test("gets Spanish on the first visit", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });
});

test("a deep link opens the section and moves focus to it, also after reload", async ({ page }) => {
  await page.goto("/#status-can-change");
  await ready(page);
  await expect(page.locator("section#status-can-change")).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(page.locator("section#status-can-change")).toBeFocused();
  await page.locator(".toc a[href='#glossary']").click();
  await expect(page.locator("section#glossary")).toBeFocused();
});

test("glossary terms open by keyboard", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const term = page.locator("#what-is-her2 .term__button").first();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  const definition = page.locator("#what-is-her2 .term__definition").first();
  await expect(definition).toBeHidden();
  await term.focus();
  await page.keyboard.press("Enter");
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(definition).toBeVisible();
  await page.keyboard.press("Space");
  await expect(definition).toBeHidden();
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test("glossary terms open by tap", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    const term = page.locator("#test-types .term__button").first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(term).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator("#test-types .term__definition").first()).toBeVisible();
  });
});

test.describe("at 320 px (400% zoom)", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("nothing scrolls sideways", async ({ page }) => {
    for (const lang of ["en", "es"]) {
      await page.goto(lang === "es" ? "/es/" : "/");
      await ready(page);
      expect(await sidewaysOverflow(page), `horizontal overflow in ${lang}`).toBeLessThanOrEqual(0);
    }
  });
});

// WCAG 1.4.12 Text Spacing: with the spacing a reader's own style sheet may set, no text is cut
// off and nothing scrolls sideways, in the guide and in the report tool.
test("with wider text spacing nothing is cut off", async ({ page }) => {
  await page.goto("/es/");
  await toolReady(page);
  await page.addStyleTag({
    content:
      "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }" +
      " p { margin-bottom: 2em !important; }",
  });
  await page.locator("#report-cancer-breast").check();
  await next(page);
  await expectStep(page, "ihc");
  const cut = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || el.closest(".visually-hidden, .skip-link")) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue;
      const hides = (overflow: string) => overflow === "hidden" || overflow === "clip";
      const cutX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (cutX || cutY) found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    return found;
  });
  expect(cut).toEqual([]);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

for (const lang of ["en", "es"]) {
  test(`the guide passes axe-core (WCAG 2.2 AA) in ${lang}`, async ({ page }) => {
    await page.goto(lang === "es" ? "/es/" : "/");
    await ready(page);
    // Open a few glossary terms and a question so their contents are checked too.
    await page.locator("#what-is-her2 .term__button").first().click();
    await page.locator("#faq details summary").first().click();
    await expectNoAxeViolations(page, "guide");
  });
}

test("the content prints cleanly", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".toc")).toBeHidden();
  await expect(page.locator(".language-switch")).toBeHidden();
  await expect(page.locator("#what-is-her2 h2")).toBeVisible();
  // The shorter print form: the report tool (a form, empty on paper) and the common questions
  // (the sections answer them too) are left out; the sources of every statement are printed,
  // folded or not.
  await expect(page.locator("#report-tool")).toBeHidden();
  await expect(page.locator("#faq")).toBeHidden();
  await expect(page.locator("#sources li").last()).toBeVisible();
});

test.describe("on a device set to dark colours", () => {
  test.use({ colorScheme: "dark" });

  const colours = (page: Page) =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { background: body.backgroundColor, text: body.color };
    });

  test("the site is dark, passes axe-core, and prints light", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    expect(await colours(page)).toEqual({ background: "rgb(21, 24, 29)", text: "rgb(230, 232, 235)" });
    // The pictures keep their light colours on a light panel.
    const figure = page.locator("#what-is-her2 .figure__svg").first();
    expect(await figure.evaluate((svg) => getComputedStyle(svg).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.locator("#what-is-her2 .term__button").first().click();
    await page.locator("#faq details summary").first().click();
    await expectNoAxeViolations(page, "guide");
    await page.emulateMedia({ media: "print" });
    expect(await colours(page)).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(27, 31, 36)" });
  });

  test("a kiosk and an embed keep the light colours", async ({ page }) => {
    await page.goto("/?mode=kiosk");
    await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
    expect(await colours(page)).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(27, 31, 36)" });
    await page.goto("/?mode=embed");
    await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
    expect(await colours(page)).toEqual({ background: "rgba(0, 0, 0, 0)", text: "rgb(27, 31, 36)" });
  });
});
