import { chromium, type Page, type Route, type TestInfo } from "@playwright/test";
import { launchOptions } from "../chromium";
import { test, expect, expectNoAxeViolations, ready } from "./fixtures";
import { breastIhc, explain, ishNumbers, next } from "./report-helpers";

// Kiosk mode (docs/kiosk.md): the attract screen, the idle warning with its countdown
// (WCAG 2.2.1), the reset that forgets everything, no way out of the app, touch-sized
// targets, and a kiosk locked by its build. Time is the browser's fake clock.

const PASTED = "HER2 (4B5) IHC: 2+, equivocal. FISH ratio 1.6";

const clocks = new WeakSet<Page>();

/** Opens a kiosk page (with the fake clock) and waits for the kiosk module (modes/). */
async function openKiosk(page: Page, path = "/?mode=kiosk") {
  if (!clocks.has(page)) {
    clocks.add(page);
    await page.clock.install();
  }
  await page.goto(path);
  await kioskReady(page);
}

/** A kiosk starts the report tool at once, without scrolling to it. */
async function kioskReady(page: Page) {
  await ready(page);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
}

const attract = (page: Page) => page.locator("#kiosk-attract");
const warning = (page: Page) => page.getByRole("alertdialog");

/** Touches the attract screen away. */
async function begin(page: Page) {
  await expect(attract(page)).toBeVisible();
  await attract(page).click();
  await expect(attract(page)).toBeHidden();
}

/** Answers in the report tool: the cancer type. (A kiosk has no paste reader.) */
async function typeSomething(page: Page) {
  await page.locator("#report-cancer-breast").check();
}

/** Lets the kiosk sit idle for its whole idle time: the warning opens. */
async function idle(page: Page, seconds = 120) {
  await page.clock.fastForward(seconds * 1000);
  await expect(warning(page)).toBeVisible();
}

/** What the app keeps in this origin's storage (IndexedDB included). */
function storedData(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage).filter((k) => k.startsWith("her2-explained.")),
    session: Object.keys(sessionStorage).filter((k) => k.startsWith("her2-explained.")),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
}

test.use({ serviceWorkers: "block" });

test("a kiosk starts on an attract screen in every language; a touch starts the session", async ({ page }) => {
  await openKiosk(page);
  await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
  const screen = attract(page);
  await expect(screen).toBeVisible();
  // The name, what it helps with, how to start and that nothing is kept; then in Spanish.
  await expect(screen).toHaveAccessibleName("HER2 Explained");
  await expect(screen.locator(".kiosk-attract__name")).toHaveText("HER2 Explained");
  await expect(screen.locator("[lang=en]")).toHaveText(
    "Help to understand the HER2 test and your report." + "Touch the screen to start" + "Nothing you enter is saved.",
  );
  await expect(screen.locator("[lang=es]")).toHaveText(
    "Ayuda para entender la prueba de HER2 y su informe." + "Toque la pantalla para comenzar" + "No se guarda nada de lo que escriba.",
  );
  await expect(screen.locator("[lang=en]")).toBeInViewport({ ratio: 1 });
  await expect(screen.locator("[lang=es]")).toBeInViewport({ ratio: 1 });
  // The report tool's paste box is left out in a kiosk: the visitor answers the questions.
  await expect(page.locator(".paste-reader")).toBeHidden();
  await expect(page.locator("#report-cancer-breast")).toBeAttached();
  // It covers the whole screen, and the page behind it cannot be reached.
  const box = await screen.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  await expectNoAxeViolations(page, "attract screen");
  // Any key dismisses it as well as a touch.
  await page.keyboard.press("Space");
  await expect(screen).toBeHidden();
  await expect(page.getByRole("button", { name: "Start over" })).toBeVisible();
  // The answers stay in memory: nothing is stored.
  await page.locator("#report-cancer-gastric").check();
  expect(await storedData(page)).toEqual({ local: [], session: [], databases: [] });
});

test("idle: a warning counts down, and \"I'm still here\" keeps the session, every time", async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await typeSomething(page);
  // Not yet: activity is counted from the last touch.
  await page.clock.fastForward(100_000);
  await expect(warning(page)).toBeHidden();
  await page.mouse.move(5, 5);
  await page.clock.fastForward(100_000);
  await expect(warning(page)).toBeHidden();

  await idle(page, 20);
  const dialog = warning(page);
  await expect(dialog).toHaveAccessibleName("Are you still there?");
  await expect(dialog).toHaveAccessibleDescription(/start over soon and clear what you typed/);
  const stay = dialog.getByRole("button", { name: "I'm still here" });
  await expect(stay).toBeFocused();
  await expect(dialog).toContainText("Seconds until it starts over: 30");
  await expect(dialog.locator("[aria-live=polite]")).toHaveText("Seconds until it starts over: 30");
  await page.clock.fastForward(10_000);
  await expect(dialog).toContainText("Seconds until it starts over: 20");
  await expectNoAxeViolations(page, "idle warning");
  await stay.click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("#report-cancer-breast")).toBeChecked();

  // As many times as needed (WCAG 2.2.1 asks for at least ten); Escape works too.
  for (let i = 0; i < 10; i++) {
    await idle(page);
    await page.clock.fastForward(25_000);
    await expect(warning(page)).toContainText("Seconds until it starts over: 5");
    if (i % 2) await page.keyboard.press("Escape");
    else await warning(page).getByRole("button", { name: "I'm still here" }).click();
    await expect(warning(page)).toBeHidden();
  }
  await expect(page.locator("#report-cancer-breast")).toBeChecked();
  expect(page.url()).toMatch(/\?mode=kiosk$/);
});

test("idle to the end: everything is wiped and the attract screen comes back", async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await typeSomething(page);
  // Whatever the app (or an older version of it) left in this browser goes; other sites' data stays.
  await page.evaluate(async () => {
    localStorage.setItem("her2-explained.language", '"es"');
    localStorage.setItem("her2-explained.answers", '{"version":1,"cancer":"breast"}');
    sessionStorage.setItem("her2-explained.step", "2");
    localStorage.setItem("hospital-portal.theme", "dark");
    await new Promise((done) => {
      const open = indexedDB.open("her2-explained.cache");
      open.onsuccess = () => done(open.result.close());
    });
    window.scrollTo(0, 2000);
  });
  expect((await storedData(page)).databases).toEqual(["her2-explained.cache"]);
  await idle(page);
  await page.clock.fastForward(29_000);
  await expect(warning(page)).toContainText("Seconds until it starts over: 1");
  await Promise.all([page.waitForEvent("load"), page.clock.fastForward(1_000)]);
  await kioskReady(page);
  expect(page.url()).toMatch(/\/\?mode=kiosk$/);
  await expect(attract(page)).toBeVisible();
  expect(await storedData(page)).toEqual({ local: [], session: [], databases: [] });
  expect(await page.evaluate(() => localStorage.getItem("hospital-portal.theme"))).toBe("dark");
  await begin(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator("#report-cancer-breast")).not.toBeChecked();
});

for (const t of [
  { path: "/?mode=kiosk", home: /\/\?mode=kiosk$/, title: "Are you still there?", stay: "I'm still here", done: "I'm finished, clear now" },
  { path: "/es/?mode=kiosk&lang=es", home: /\/es\/\?mode=kiosk&lang=es$/, title: "¿Sigue ahí?", stay: "Sigo aquí", done: "Ya terminé, borrar ahora" },
]) {
  test(`idle warning: "${t.done}" clears everything at once`, async ({ page }) => {
    await openKiosk(page, t.path);
    await begin(page);
    await typeSomething(page);
    await page.evaluate(() => sessionStorage.setItem("her2-explained.step", "2"));
    await idle(page);
    const dialog = warning(page);
    await expect(dialog).toHaveAccessibleName(t.title);
    await expect(dialog.getByRole("button", { name: t.stay })).toBeFocused();
    const done = dialog.getByRole("button", { name: t.done, exact: true });
    await expect(done).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page, "idle warning with two choices");
    // No waiting for the countdown: the kiosk starts over at once.
    await Promise.all([page.waitForURL(t.home), done.click()]);
    await kioskReady(page);
    await expect(attract(page)).toBeVisible();
    expect(await storedData(page)).toEqual({ local: [], session: [], databases: [] });
    await begin(page);
    await expect(page.locator("#report-cancer-breast")).not.toBeChecked();
  });
}

for (const t of [
  { path: "/?mode=kiosk", ratio: "2.5", title: "Write these down", rows: ["Cancer type", "IHC score", "Result"], status: "HER2-positive" },
  { path: "/es/?mode=kiosk&lang=es", ratio: "2,5", title: "Anote esto", rows: ["Tipo de cáncer", "Puntuación de IHQ", "Resultado"], status: "HER2 positivo" },
]) {
  test(`without a printer, the result lists its key values to write down (${t.title})`, async ({ page }) => {
    for (const printer of [false, true]) {
      await openKiosk(page, printer ? `${t.path}&print=1` : t.path);
      await begin(page);
      await breastIhc(page, "3");
      await ishNumbers(page, "dual", { ratio: t.ratio, her2: "6", cells: "40" });
      await next(page);
      await explain(page);
      const result = page.locator(".report-result");
      await expect(result.locator(".status")).toHaveAttribute("data-status", "positive");
      const list = result.getByRole("region", { name: t.title });
      if (printer) {
        // With a printer, the printed summary is the way to take it away.
        await expect(list).toBeHidden();
        continue;
      }
      await expect(list).toBeVisible();
      const terms = await list.locator("dt").allTextContents();
      for (const row of t.rows) expect(terms).toContain(row);
      expect(terms).toHaveLength(5);
      const values = await list.locator("dd").allTextContents();
      expect(values).toContain(t.ratio);
      expect(values).toContain("6");
      expect(values[values.length - 1]).toBe(t.status);
    }
  });
}

/** How far `locator`'s bottom edge lies below the top of the "Start over" button (0 or less: clear of it). */
async function underStartOver(page: Page, locator: ReturnType<Page["locator"]>) {
  const button = (await page.locator(".kiosk-start-over").boundingBox())!;
  const box = (await locator.boundingBox())!;
  return Math.round(box.y + box.height - button.y);
}

for (const t of [
  { path: "/?mode=kiosk", start: "Start over" },
  { path: "/es/?mode=kiosk&lang=es", start: "Empezar de nuevo" },
]) {
  test(`the "${t.start}" button covers no text: the footer and the result scroll clear of it`, async ({ page }) => {
    await openKiosk(page, t.path);
    await begin(page);
    await expect(page.getByRole("button", { name: t.start })).toBeVisible();
    // At the very end of the page, the footer's last paragraph is above the button.
    const last = page.locator(".site-footer p:visible").last();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1);
    expect(await underStartOver(page, last), "footer's last paragraph under the button").toBeLessThanOrEqual(0);
    // A result's last line, brought into view by the browser (keyboard, find, a link), ends above the button.
    await breastIhc(page, "3");
    await ishNumbers(page, "dual", { ratio: t.path.includes("/es/") ? "2,5" : "2.5", her2: "6", cells: "40" });
    await next(page);
    await explain(page);
    const result = page.locator(".report-result");
    await expect(result).toBeVisible();
    const lastLine = result.locator(":is(p, li):visible").last();
    await lastLine.evaluate((el) => el.scrollIntoView({ block: "end" }));
    expect(await underStartOver(page, lastLine), "result's last line under the button").toBeLessThanOrEqual(0);
  });
}

test("\"Start over\" resets at once, and language choices do not outlive the session", async ({ page }) => {
  await openKiosk(page, "/?mode=kiosk&idle=60");
  await begin(page);
  // Changing language keeps the kiosk (and its settings) and skips the attract screen.
  await page.locator(".language-switch a[hreflang=es]").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await kioskReady(page);
  expect(new URL(page.url()).search).toBe("?mode=kiosk&idle=60&attract=0");
  await expect(attract(page)).toBeHidden();
  await typeSomething(page);
  // The idle time is the kiosk's own.
  await idle(page, 60);
  await warning(page).getByRole("button", { name: "Sigo aquí" }).click();
  await Promise.all([
    page.waitForURL(/\/\?mode=kiosk&idle=60$/),
    page.getByRole("button", { name: "Empezar de nuevo" }).click(),
  ]);
  await kioskReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(attract(page)).toBeVisible();
  expect(await storedData(page)).toEqual({ local: [], session: [], databases: [] });
});

test("a kiosk with a home language starts, and starts over, in it", async ({ page }) => {
  await openKiosk(page, "/?mode=kiosk&lang=es");
  await expect(page).toHaveURL(/\/es\/\?mode=kiosk&lang=es$/);
  await expect(attract(page)).toHaveAccessibleName("HER2 explicado");
  await expect(attract(page).locator(".kiosk-attract__line").first()).toHaveText("Toque la pantalla para comenzar");
  await expect(attract(page).locator(".kiosk-attract__lang").first()).toHaveAttribute("lang", "es");
  await begin(page);
  await page.locator(".language-switch a[hreflang=en]").click();
  await kioskReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await Promise.all([page.waitForURL(/\/es\/\?mode=kiosk&lang=es$/), page.getByRole("button", { name: "Start over" }).click()]);
  await kioskReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("no way out: other sites are plain addresses, nothing opens a window, no print without a printer", async ({ page, context }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __opened: number };
    w.__opened = 0;
    window.open = () => {
      w.__opened++;
      return null;
    };
  });
  const external = await (async () => {
    await page.goto("/");
    await ready(page);
    return page.locator("a[href^='http']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  })();
  expect(external.length).toBeGreaterThan(5);
  await openKiosk(page);
  await begin(page);
  const sources = page.locator("#sources");
  await expect(sources.locator("a[href^='http'], a[href^='//'], a[href^='mailto:']")).toHaveCount(0);
  expect(await page.locator("a[href]").evaluateAll((links) => links.filter((a) => /^(https?:|\/\/|mailto:)/.test(a.getAttribute("href")!)).length)).toBe(0);
  await expect(page.locator(".kiosk-address")).toHaveCount(external.length);
  await expect(page.locator(".kiosk-address").first()).toContainText(external[0].replace(/^https?:\/\//, ""));
  expect(await page.locator("[target]").count()).toBe(0);

  // Shift-, Ctrl- and middle-clicks on links, and the context menu, open nothing.
  const pages: string[] = [];
  context.on("page", (p) => pages.push(p.url()));
  const link = page.locator(".toc a").first();
  await link.click({ modifiers: ["Shift"] });
  await link.click({ modifiers: ["ControlOrMeta"] });
  await link.click({ button: "middle" });
  const menu = await page.evaluate(() => {
    const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    return document.querySelector("main p")!.dispatchEvent(event);
  });
  expect(menu, "the context menu is prevented").toBe(false);
  // The report tool's buttons and a few glossary terms.
  for (const button of await page.locator("#report-tool button:visible, main .term__button >> nth=0").all()) {
    await button.click({ timeout: 500 }).catch(() => {});
  }
  await page.waitForTimeout(200);
  expect(pages).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __opened: number }).__opened)).toBe(0);
  expect(new URL(page.url()).pathname).toBe("/");

  // Print controls (data-print) show only when the deployment has a printer.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div data-print id="print-test">print</div>'));
  await expect(page.locator("#print-test")).toBeHidden();
  await openKiosk(page, "/?mode=kiosk&print=1");
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div data-print id="print-test">print</div>'));
  await expect(page.locator("#print-test")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-kiosk-print", "");
});

test("every interactive target is at least 44 × 44 px in a kiosk", async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  // Open what opens, so that hidden controls are measured too.
  await page.locator("#faq details summary").first().click();
  await page.locator("main .term__button").first().click();
  const small = await page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest("[hidden], dialog:not([open])")) continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A radio or checkbox is touched through its label too.
      const label = (el as HTMLInputElement).labels?.[0];
      if (label) {
        const l = label.getBoundingClientRect();
        if (l.width * l.height > box.width * box.height) box = l;
      }
      if (box.width < 44 || box.height < 44) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.className} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  });
  expect(small).toEqual([]);
});

test("a locked kiosk cannot be switched out by the address", async ({ page }) => {
  // The pages of a build made with HER2_MODE=kiosk (see src/bin/prerender.rs): <html> marked,
  // the settings in <meta name="her2-config">, no first-visit language redirect.
  await page.route(
    (url) => url.pathname === "/" || url.pathname === "/es/",
    async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<html lang="(\w+)">/, '<html lang="$1" data-mode="kiosk" data-locked>')
        .replace("</title>", '</title><meta name="her2-config" content="mode=kiosk&amp;locked&amp;kiosk-idle=45">')
        // The first-visit language script (src/head-language.js), which such a build leaves out.
        .replace(/<script>(?:(?!<\/script>)[\s\S])*navigator\.languages[\s\S]*?<\/script>/, "");
      await route.fulfill({ response, body, headers: { ...response.headers(), "content-type": "text/html; charset=utf-8" } });
    },
  );
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" && m.text().startsWith("HER2 Explained")) warnings.push(m.text());
  });
  for (const path of ["/", "/?mode=normal", "/?mode=embed&parent=http%3A%2F%2F127.0.0.1%3A1", "/?mode=kiosk&idle=3600&print=1"]) {
    await openKiosk(page, path);
    await expect(page.locator("html")).toHaveAttribute("data-mode", "kiosk");
    await expect(attract(page)).toBeVisible();
    await expect(page.locator(".site-header")).toBeVisible();
  }
  expect(warnings).toEqual([
    "HER2 Explained: ignored mode=normal: this kiosk is locked by its deployment",
    "HER2 Explained: ignored mode=embed: this kiosk is locked by its deployment",
    "HER2 Explained: ignored parent=http://127.0.0.1:1: only with mode=embed",
    "HER2 Explained: ignored idle=3600: this kiosk is locked by its deployment",
    "HER2 Explained: ignored print=1: this kiosk is locked by its deployment",
  ]);
  // Its own idle time (45 s) applies.
  await begin(page);
  await idle(page, 45);
  // The answers are not stored, and the first-visit language redirect is gone.
  await warning(page).getByRole("button", { name: "I'm still here" }).click();
  await page.locator("#report-cancer-breast").check();
  expect(await storedData(page)).toEqual({ local: [], session: [], databases: [] });
  await page.evaluate(() => localStorage.setItem("her2-explained.language", '"es"'));
  await page.goto("/");
  await kioskReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("options that are wrong are ignored with a warning, never an error", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" && m.text().startsWith("HER2 Explained")) warnings.push(m.text());
  });
  await openKiosk(page, "/?mode=kiosk&idle=5&print=maybe&lang=fr&sections=faq");
  await expect(attract(page)).toBeVisible();
  expect(warnings).toEqual([
    "HER2 Explained: ignored lang=fr: not a language of this site",
    "HER2 Explained: ignored sections=faq: only with mode=embed",
    "HER2 Explained: ignored idle=5: must be a whole number of seconds from 30 to 3600",
    "HER2 Explained: ignored print=maybe: must be 1 or 0",
  ]);
  // The default idle time applies.
  await begin(page);
  await page.clock.fastForward(60_000);
  await expect(warning(page)).toBeHidden();
  await idle(page, 60);
});

/** Whether anything visitor A typed or chose is on the page now (on any page, even a blank one). */
function answersOnScreen(page: Page) {
  return page.evaluate((pasted) => {
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")];
    return fields.some((f) => f.value === pasted || ((f as HTMLInputElement).checked && f.id === "report-cancer-breast"));
  }, PASTED);
}

/** Runs `use` with a page of a Chromium of its own that has the back/forward cache on, as a
 *  kiosk's Chromium has (Playwright launches it with --disable-back-forward-cache), with the
 *  project's device settings. */
async function withPageCache(testInfo: TestInfo, use: (page: Page) => Promise<void>) {
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  const browser = await chromium.launch({ ...launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
  try {
    const context = await browser.newContext({
      baseURL,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await use(page);
    expect(errors, "console errors").toEqual([]);
  } finally {
    await browser.close();
  }
}

test.describe("with the browser's back/forward cache", () => {
  test("Back never brings the last visitor's answers back", async ({}, testInfo) => withPageCache(testInfo, async (page) => {
    // Visitor A answers on the English page, changes to Spanish and walks away.
    await openKiosk(page);
    const entries = await page.evaluate(() => history.length);
    await begin(page);
    await typeSomething(page);
    await page.locator(".language-switch a[hreflang=es]").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await kioskReady(page);
    await idle(page);
    await Promise.all([page.waitForURL(/\/\?mode=kiosk$/), page.clock.fastForward(30_000)]);
    await kioskReady(page);
    await expect(attract(page)).toBeVisible();
    // Visitor B presses Back: nothing of visitor A's comes back.
    const after = await page.evaluate(() => history.length);
    // (A page from the cache fires no load event: wait for the navigation only.)
    await page.goBack({ waitUntil: "commit" });
    await page.waitForTimeout(500);
    expect(await answersOnScreen(page)).toBe(false);
    // The kiosk left no history entry of its own to go back to.
    expect(after).toBe(entries);
  }));

  test("a kiosk page the browser brings back from its cache starts over", async ({}, testInfo) => withPageCache(testInfo, async (page) => {
    await openKiosk(page);
    await begin(page);
    await typeSomething(page);
    // Left by a navigation the kiosk did not make (a browser shortcut, a swipe forward).
    await page.goto("/es/?mode=kiosk&attract=0");
    await kioskReady(page);
    // Back brings the English page out of the cache; it starts over.
    await page.goBack({ waitUntil: "commit" });
    await expect(attract(page)).toBeVisible();
    await kioskReady(page);
    expect(await answersOnScreen(page)).toBe(false);
  }));
});

test("in-app links leave no history entry behind", async ({ page }) => {
  await openKiosk(page);
  const entries = await page.evaluate(() => history.length);
  await begin(page);
  await page.locator(".toc a[href='#faq']").click();
  await expect(page).toHaveURL(/\?mode=kiosk#faq$/);
  await Promise.all([page.waitForURL(/\/es\/\?mode=kiosk&attract=0$/), page.locator(".language-switch a[hreflang=es]").click()]);
  await kioskReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test("before the kiosk module has loaded, no link leaves and there is no context menu", async ({ page, context }) => {
  // The modes module is held back until the checks are done.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/modes\/start-[0-9a-f]{16}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // (The held module script holds the load event back too.)
  await page.goto("/?mode=kiosk", { waitUntil: "commit" });
  await ready(page);
  await expect(page.locator("html")).not.toHaveAttribute("data-modes-ready", "");
  const pages: string[] = [];
  context.on("page", (p) => pages.push(p.url()));
  const blocked = await page.evaluate(() => {
    const fire = (target: Element, type: string, init: MouseEventInit = {}) =>
      !target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, ...init }));
    const outside = document.querySelector("#sources a[href^='http']")!;
    const inside = document.querySelector(".toc a")!;
    return {
      outside: fire(outside, "click"),
      inside: fire(inside, "click"),
      middle: fire(inside, "auxclick", { button: 1 }),
      menu: fire(document.querySelector("main p")!, "contextmenu"),
    };
  });
  expect(blocked).toEqual({ outside: true, inside: true, middle: true, menu: true });
  await page.locator(".toc a").first().click({ button: "middle" });
  await page.locator(".toc a").first().click({ modifiers: ["Shift"] });
  await page.waitForTimeout(200);
  expect(pages).toEqual([]);
  expect(new URL(page.url()).search).toBe("?mode=kiosk");
  // Once the module has loaded, it takes over: links in the app work again.
  release();
  await kioskReady(page);
  await begin(page);
  await page.locator(".toc a[href='#faq']").click();
  await expect(page).toHaveURL(/#faq$/);
});

test("Ctrl+P and the browser's print do nothing in a kiosk without a printer", async ({ page }) => {
  for (const [path, printer] of [["/?mode=kiosk", false], ["/?mode=kiosk&print=1", true]] as const) {
    await openKiosk(page, path);
    await begin(page);
    // Whether the kiosk stopped the key (a listener on the window hears it last).
    await page.evaluate(() => {
      const w = window as unknown as { __printKeys: boolean[] };
      w.__printKeys = [];
      addEventListener("keydown", (e) => e.key.toLowerCase() === "p" && w.__printKeys.push(e.defaultPrevented));
    });
    await page.keyboard.press("Control+p");
    await page.keyboard.press("Meta+p");
    await page.keyboard.press("Control+Shift+P");
    const stopped = await page.evaluate(() => (window as unknown as { __printKeys: boolean[] }).__printKeys);
    expect(stopped, path).toEqual([!printer, !printer, !printer]);
    // Printing from the browser's menu: without a printer, the page prints blank.
    const visibility = await page.evaluate(() => {
      dispatchEvent(new Event("beforeprint"));
      const during = getComputedStyle(document.body).visibility;
      dispatchEvent(new Event("afterprint"));
      return [during, getComputedStyle(document.body).visibility];
    });
    expect(visibility, path).toEqual([printer ? "visible" : "hidden", "visible"]);
  }
});

test("changing the system clock does not delay the reset", async ({ page }) => {
  await openKiosk(page);
  await begin(page);
  await typeSomething(page);
  // The clock is set back an hour (a time server, a daylight-saving bug): the idle time still counts.
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) - 3_600_000);
  await idle(page);
  await Promise.all([page.waitForURL(/\/\?mode=kiosk$/), page.clock.fastForward(30_000)]);
  await kioskReady(page);
  await expect(attract(page)).toBeVisible();
});
