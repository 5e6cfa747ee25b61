import { test, expect, ready, toolReady } from "./fixtures";
import { ANSWERS_KEY, KEEP_KEY, expectStep, keepAnswers, next } from "./report-helpers";

// "Keep my answers on this device?": nothing is kept until the person says Yes. The question is
// asked once, inline, after the first answer; the choice is remembered; "Forget my answers"
// forgets it too, so the question is asked again. Never in a kiosk.
const T = {
  en: {
    path: "/",
    question: "Keep my answers on this device?",
    yes: "Yes, keep them",
    no: "No, do not keep them",
    kept: "Your answers are kept on this device only, so you can come back to them.",
    keptNow: "Your answers will be kept on this device. You can forget them at any time.",
    notKeptNow: "Your answers will not be kept on this device.",
    notKept: "Your answers are not kept after you leave this page.",
    restored: "Your answers from last time are filled in",
    forget: "Forget my answers",
  },
  es: {
    path: "/es/",
    question: "¿Guardar mis respuestas en este dispositivo?",
    yes: "Sí, guardarlas",
    no: "No, no guardarlas",
    kept: "Sus respuestas se guardan solo en este dispositivo, para que pueda volver a verlas.",
    keptNow: "Sus respuestas se guardarán en este dispositivo. Puede borrarlas cuando quiera.",
    notKeptNow: "Sus respuestas no se guardarán en este dispositivo.",
    notKept: "Sus respuestas no se guardan cuando sale de esta página.",
    restored: "Sus respuestas de la última vez ya están puestas",
    forget: "Borrar mis respuestas",
  },
} as const;

const stored = (page: import("@playwright/test").Page) =>
  page.evaluate(([a, k]) => ({ answers: localStorage.getItem(a), keep: localStorage.getItem(k) }), [ANSWERS_KEY, KEEP_KEY]);

for (const lang of ["en", "es"] as const) {
  const t = T[lang];

  test(`${lang}: the question is asked after the first answer, and Yes keeps the answers`, async ({ page }, testInfo) => {
    await page.goto(t.path);
    await toolReady(page);
    // Nothing asked before anything is answered, and nothing kept.
    await expect(page.locator(".report-keep")).toHaveCount(0);
    await expect(page.locator(".report-storage__note")).toHaveText(t.notKept);
    await page.locator("#report-cancer-breast").check();
    const question = page.getByRole("group", { name: t.question });
    await expect(question).toBeVisible();
    // Inline (not a dialog), just above Next, where the person goes on.
    const nextButton = page.locator(".report-nav__next");
    await nextButton.scrollIntoViewIfNeeded();
    await expect(question).toBeInViewport();
    const [box, nav] = [await question.boundingBox(), await nextButton.boundingBox()];
    expect(box!.y + box!.height).toBeLessThanOrEqual(nav!.y);
    expect(await stored(page)).toEqual({ answers: null, keep: null });
    await page.screenshot({ path: `test-results/shots-persist/keep-question-${lang}-${testInfo.project.name}.png` });
    await question.getByRole("button", { name: t.yes }).click();
    await expect(question).toHaveCount(0);
    // The status line says so, and focus is not lost: it moves on to Next.
    await expect(page.locator(".report-notice")).toHaveText(t.keptNow);
    await expect(page.locator(".report-storage__note")).toHaveText(t.kept);
    await expect(page.locator(".report-nav__next")).toBeFocused();
    const after = await stored(page);
    expect(after.keep).toBe("yes");
    expect(JSON.parse(after.answers ?? "null")).toMatchObject({ version: 1, cancer: "breast" });
    await next(page);
    await page.locator("#report-ihc-3").check();
    // Remembered: not asked again, now or after a reload, and the answers come back.
    await page.reload();
    await toolReady(page);
    await expect(page.locator(".report-notice")).toContainText(t.restored);
    await expect(page.locator("#report-cancer-breast")).toBeChecked();
    await next(page);
    await expect(page.locator("#report-ihc-3")).toBeChecked();
    await expect(page.locator(".report-keep")).toHaveCount(0);
    await expect(page.locator(".report-storage__note")).toHaveText(t.kept);
  });

  test(`${lang}: No keeps nothing, also after a reload, and is remembered`, async ({ page }, testInfo) => {
    await page.goto(t.path);
    await toolReady(page);
    await page.locator("#report-cancer-gastric").check();
    await page.getByRole("group", { name: t.question }).getByRole("button", { name: t.no }).click();
    await expect(page.locator(".report-keep")).toHaveCount(0);
    await expect(page.locator(".report-notice")).toHaveText(t.notKeptNow);
    await expect(page.locator(".report-storage__note")).toHaveText(t.notKept);
    await expect(page.locator(".report-nav__next")).toBeFocused();
    await next(page);
    await page.locator("#report-ihc-2").check();
    // Only the choice itself is kept.
    expect(await stored(page)).toEqual({ answers: null, keep: "no" });
    await page.screenshot({ path: `test-results/shots-persist/keep-no-${lang}-${testInfo.project.name}.png` });
    await page.reload();
    await toolReady(page);
    await expect(page.locator("#report-cancer-gastric")).not.toBeChecked();
    await expect(page.locator(".report-notice")).toBeEmpty();
    // Not asked again.
    await page.locator("#report-cancer-breast").check();
    await expect(page.locator(".report-keep")).toHaveCount(0);
    expect(await stored(page)).toEqual({ answers: null, keep: "no" });
  });

  test(`${lang}: "Forget my answers" forgets the choice too, so the question is asked again`, async ({ page }) => {
    await page.goto(t.path);
    await toolReady(page);
    await page.locator("#report-cancer-breast").check();
    await keepAnswers(page, true);
    await page.getByRole("button", { name: t.forget }).click();
    expect(await stored(page)).toEqual({ answers: null, keep: null });
    await expect(page.locator(".report-storage__note")).toHaveText(t.notKept);
    await expect(page.locator(".report-keep")).toHaveCount(0);
    await page.locator("#report-cancer-breast").check();
    await expect(page.getByRole("group", { name: t.question })).toBeVisible();
    // Until asked again and answered, nothing is kept.
    expect(await stored(page)).toEqual({ answers: null, keep: null });
    await page.reload();
    await toolReady(page);
    await expect(page.locator("#report-cancer-breast")).not.toBeChecked();
  });
}

test("answers kept before the question existed come back once, and are then in memory only", async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, JSON.stringify({
        version: 1, cancer: "breast", ihc: "3+", zero_subtype: null, ish: "not_done", probe: null,
        ratio: "", her2: "", cep17: "", cells: "", recount_confirmed: false, specimen: null,
      }));
      sessionStorage.setItem("seeded", "1");
    }
  }, ANSWERS_KEY);
  await page.goto("/");
  await toolReady(page);
  await expect(page.locator(".report-notice")).toContainText(T.en.restored);
  await expectStep(page, "review");
  // The person is asked now; the record is no longer on the device until they say Yes.
  await expect(page.getByRole("group", { name: T.en.question })).toBeVisible();
  expect(await stored(page)).toEqual({ answers: null, keep: null });
  await keepAnswers(page, true);
  expect(JSON.parse((await stored(page)).answers ?? "null")).toMatchObject({ cancer: "breast", ihc: "3+" });
});

test("a kiosk never asks and never keeps answers", async ({ page }) => {
  await page.goto("/?mode=kiosk&attract=0");
  await ready(page);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  await page.locator("#report-cancer-breast").check();
  await next(page);
  await page.locator("#report-ihc-3").check();
  await expect(page.locator(".report-keep")).toHaveCount(0);
  expect(await stored(page)).toEqual({ answers: null, keep: null });
});
