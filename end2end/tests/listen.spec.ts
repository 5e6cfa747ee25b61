import { test, expect, ready, toolReady, expectNoAxeViolations } from "./fixtures";
import { breastIhc, explain, next } from "./report-helpers";
import type { Page } from "@playwright/test";

// "Listen": the device's own speech reads a part of the guide aloud (src/components/listen.rs,
// the "Listen" block of src/page.js). The browser's speech is replaced by a fake that records
// what is spoken, offers the voices a test chooses and lets the test end each utterance.

type Voice = { name: string; lang: string; localService: boolean; default?: boolean };

const PAGES = [
  {
    path: "/",
    voice: { name: "Local English", lang: "en-US", localService: true, default: true },
    listen: "Listen to: ",
    pause: "Pause: ",
    resume: "Resume: ",
    stop: "Stop: ",
    playing: "Reading aloud",
    paused: "Paused",
    local: "Nothing is sent.",
    online: "may use an online service",
  },
  {
    path: "/es/",
    voice: { name: "Voz local", lang: "es-MX", localService: true },
    listen: "Escuchar: ",
    pause: "Pausar: ",
    resume: "Continuar: ",
    stop: "Detener: ",
    playing: "Leyendo en voz alta",
    paused: "En pausa",
    local: "No se envía nada.",
    online: "puede usar un servicio en internet",
  },
];
const ENGLISH = PAGES[0].voice;

/** Replaces window.speechSynthesis and SpeechSynthesisUtterance before the page runs. With
 *  `late`, getVoices() is empty until the test calls `window.__speech.setVoices()`, as in
 *  browsers that load voices after the page. */
async function fakeSpeech(page: Page, voices: Voice[], late = false) {
  await page.addInitScript(
    ({ voices, late }) => {
      type U = EventTarget & { text: string; lang: string; voice: { name: string } | null; [k: string]: unknown };
      const spoken: { text: string; lang: string; voice: string | null }[] = [];
      const queue: U[] = [];
      let current: U | null = null;
      let paused = false;
      let cancels = 0;
      let available: unknown[] = late ? [] : voices;
      const fire = (u: U, type: string) => {
        const event = new Event(type);
        u.dispatchEvent(event);
        const handler = u["on" + type];
        if (typeof handler === "function") handler.call(u, event);
      };
      const next = () => {
        if (current || paused) return;
        current = queue.shift() ?? null;
        if (current) spoken.push({ text: current.text, lang: current.lang, voice: current.voice?.name ?? null });
      };
      class FakeUtterance extends EventTarget {
        text: string;
        lang = "";
        voice = null;
        onend = null;
        onerror = null;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const synth = new EventTarget();
      Object.defineProperties(synth, {
        getVoices: { value: () => available.slice() },
        speak: {
          value: (u: U) => {
            queue.push(u);
            next();
          },
        },
        cancel: {
          value: () => {
            cancels++;
            const dropped = [current, ...queue].filter((u): u is U => Boolean(u));
            queue.length = 0;
            current = null;
            paused = false;
            for (const u of dropped) setTimeout(() => fire(u, "error"), 0);
          },
        },
        pause: { value: () => (paused = true) },
        resume: {
          value: () => {
            paused = false;
            next();
          },
        },
        paused: { get: () => paused },
        speaking: { get: () => Boolean(current) },
        pending: { get: () => queue.length > 0 },
      });
      Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
      Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
      Object.defineProperty(window, "__speech", {
        value: {
          spoken,
          get paused() {
            return paused;
          },
          get cancels() {
            return cancels;
          },
          get speaking() {
            return Boolean(current);
          },
          /** Ends the utterance being spoken (as the voice reaching its end). */
          finish() {
            const u = current;
            if (!u || paused) return false;
            current = null;
            fire(u, "end");
            next();
            return true;
          },
          setVoices(list: unknown[]) {
            available = list;
            synth.dispatchEvent(new Event("voiceschanged"));
          },
        },
      });
    },
    { voices, late },
  );
}

type Speech = { spoken: { text: string; lang: string; voice: string | null }[]; paused: boolean; cancels: number; speaking: boolean };
const speech = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __speech: Speech }).__speech)) as Speech);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish(): boolean } }).__speech.finish());

/** The words of a part as a person reads them: without the listen controls, the hidden
 *  glossary definitions, the pictures' inner labels and the sources and dates. */
const partText = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((section) => {
    const copy = section.cloneNode(true) as Element;
    for (const skip of copy.querySelectorAll(".listen, .section-meta, .term__definition, svg")) skip.remove();
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });

for (const p of PAGES) {
  test.describe(`Listen (${p.path})`, () => {
    test("shows only once the device has a voice for the page's language, and reads the part in order", async ({ page }) => {
      await fakeSpeech(page, [p.voice], true);
      await page.goto(p.path);
      await ready(page);
      const section = page.locator("#what-is-her2");
      const title = (await section.locator("h2").textContent())!;
      const play = section.getByRole("button", { name: p.listen + title, exact: true });
      // No voice yet: nothing shows.
      await expect(section.locator(".listen")).toBeHidden();
      // The voices arrive (voiceschanged).
      await page.evaluate((v) => (window as unknown as { __speech: { setVoices(l: unknown[]): void } }).__speech.setVoices([
        { name: "Network voice", lang: v.lang, localService: false },
        v,
      ]), p.voice);
      await expect(play).toBeVisible();
      await expect(section.getByText(p.local)).toBeVisible();
      await expect(section.getByText(p.online)).toBeHidden();
      const box = await play.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);

      // A glossary word open while listening: its definition (shown in brackets) is not read.
      await section.locator(".term__button").first().click();
      const definition = (await section.locator(".term__definition").first().textContent())!.trim();
      expect(definition.length).toBeGreaterThan(10);
      await expect(section.locator(".term__definition").first()).toBeVisible();

      await play.click();
      await expect(section.getByRole("button", { name: p.pause + title, exact: true })).toBeFocused();
      await expect(section.getByText(p.playing)).toBeVisible();
      while (await finish(page));
      const { spoken } = await speech(page);
      expect(spoken[0].text).toBe(title);
      for (const piece of spoken) {
        expect(piece.lang.toLowerCase().startsWith(p.path === "/" ? "en" : "es")).toBe(true);
        expect(piece.voice).toBe(p.voice.name);
        // Short pieces (Chrome stops a long utterance after about 15 seconds): at most about
        // 200 characters, unless one sentence is longer.
        if (piece.text.length > 200) expect(piece.text).not.toMatch(/[.!?…:;]\s/);
        expect(piece.text).not.toContain(definition.replace(/^\(|\)$/g, "").slice(0, 30));
        expect(piece.text).not.toMatch(/Listen|Escuchar|▶/);
      }
      // Every word of the part, in the page's order, and nothing else.
      const text = await partText(page, "what-is-her2");
      expect(spoken.map((s) => s.text).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      // At the end the controls are back to Listen, with the focus.
      await expect(play).toBeVisible();
      await expect(play).toBeFocused();
      await expect(section.getByText(p.playing)).toBeHidden();
    });

    test("Pause, Resume and Stop work, and starting another part stops the first", async ({ page }) => {
      await fakeSpeech(page, [p.voice]);
      await page.goto(p.path);
      await ready(page);
      const first = page.locator("#what-is-her2");
      const title = (await first.locator("h2").textContent())!;
      await first.getByRole("button", { name: p.listen + title, exact: true }).click();
      await finish(page);
      expect((await speech(page)).spoken.length).toBe(2);

      await first.getByRole("button", { name: p.pause + title, exact: true }).click();
      expect((await speech(page)).paused).toBe(true);
      await expect(first.getByRole("button", { name: p.resume + title, exact: true })).toBeFocused();
      await expect(first.getByText(p.paused)).toBeVisible();
      await expect(first.getByText(p.playing)).toBeHidden();
      await expectNoAxeViolations(page, `listening, paused (${p.path})`);
      // While paused nothing more is read.
      expect(await finish(page)).toBe(false);
      expect((await speech(page)).spoken.length).toBe(2);

      await first.getByRole("button", { name: p.resume + title, exact: true }).click();
      expect((await speech(page)).paused).toBe(false);
      await expect(first.getByRole("button", { name: p.pause + title, exact: true })).toBeFocused();
      await finish(page);
      expect((await speech(page)).spoken.length).toBe(3);

      // Another part: the first stops, the second starts at its title.
      const second = page.locator("#why-test");
      const secondTitle = (await second.locator("h2").textContent())!;
      const before = await speech(page);
      await second.getByRole("button", { name: p.listen + secondTitle, exact: true }).click();
      const after = await speech(page);
      expect(after.cancels).toBeGreaterThan(before.cancels);
      expect(after.spoken.at(-1)!.text).toBe(secondTitle);
      await expect(first.getByRole("button", { name: p.listen + title, exact: true })).toBeVisible();
      await expect(first.getByRole("button", { name: p.stop + title, exact: true })).toBeHidden();
      await expectNoAxeViolations(page, `listening (${p.path})`);

      // Stop: the speech is cancelled and nothing more is read.
      await second.getByRole("button", { name: p.stop + secondTitle, exact: true }).click();
      const stopped = await speech(page);
      expect(stopped.cancels).toBeGreaterThan(after.cancels);
      expect(stopped.speaking).toBe(false);
      await page.waitForTimeout(50);
      expect(await finish(page)).toBe(false);
      expect((await speech(page)).spoken.length).toBe(stopped.spoken.length);
      await expect(second.getByRole("button", { name: p.listen + secondTitle, exact: true })).toBeFocused();

      // Leaving the page stops it too.
      await second.getByRole("button", { name: p.listen + secondTitle, exact: true }).click();
      const playing = await speech(page);
      await page.evaluate(() => dispatchEvent(new PageTransitionEvent("pagehide")));
      expect((await speech(page)).cancels).toBeGreaterThan(playing.cancels);
      await expect(second.getByRole("button", { name: p.listen + secondTitle, exact: true })).toBeVisible();
    });

    test("stays hidden without a voice for the page's language", async ({ page }) => {
      await fakeSpeech(page, p.path === "/" ? [] : [ENGLISH]);
      await page.goto(p.path);
      await ready(page);
      await expect(page.locator(".listen").first()).toBeHidden();
      await expect(page.locator(".listen:visible")).toHaveCount(0);
    });

    test("says when the only voice may use an online service", async ({ page }) => {
      await fakeSpeech(page, [{ ...p.voice, localService: false }]);
      await page.goto(p.path);
      await ready(page);
      const section = page.locator("#what-is-her2");
      await expect(section.getByText(p.online)).toBeVisible();
      await expect(section.getByText(p.local)).toBeHidden();
      await expectNoAxeViolations(page, `online voice (${p.path})`);
    });
  });
}

for (const p of PAGES) {
  test(`the report tool's result is read aloud only by a voice on the device (${p.path})`, async ({ page }) => {
    // At first the device has only an online voice: the guide offers Listen (with its note),
    // the result, which holds the person's own values, does not.
    await fakeSpeech(page, [{ ...p.voice, localService: false }]);
    await page.goto(p.path);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await toolReady(page);
    await breastIhc(page, "3");
    await page.locator("#report-ish-not-done").check();
    await next(page);
    await explain(page);
    const result = page.locator(".report-result");
    const title = (await result.locator("h3").textContent())!.trim();
    const play = result.getByRole("button", { name: p.listen + title, exact: true });
    await expect(result.locator("h3")).toBeVisible();
    await expect(page.locator("#what-is-her2 .listen")).toBeVisible();
    await expect(result.locator(".listen")).toBeHidden();
    // A local voice arrives: the result can be read.
    await page.evaluate((v) => (window as unknown as { __speech: { setVoices(l: unknown[]): void } }).__speech.setVoices([v]), p.voice);
    await expect(play).toBeVisible();
    await expect(result.getByText(p.local)).toBeVisible();
    await expectNoAxeViolations(page, `result with Listen (${p.path})`);
    await play.click();
    while (await finish(page));
    const { spoken } = await speech(page);
    expect(spoken[0].text).toBe(title);
    expect(spoken.length).toBeGreaterThan(3);
    const shown = await result.evaluate((section) => section.innerText.replace(/\s/g, ""));
    for (const piece of spoken) {
      expect(piece.voice).toBe(p.voice.name);
      // Only what the result shows: not the closed details for clinicians, not the print block.
      expect(shown).toContain(piece.text.replace(/\s/g, ""));
    }
    await expect(play).toBeFocused();
  });
}

test("in a kiosk, Listen shows only when the deployment turns it on", async ({ page }) => {
  await fakeSpeech(page, [ENGLISH]);
  await page.goto("/?mode=kiosk&attract=0");
  await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  await ready(page);
  await expect(page.locator(".listen:visible")).toHaveCount(0);

  await page.goto("/es/?mode=kiosk&attract=0&listen=1");
  await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("data-kiosk-listen", "");
  // The Spanish page, with only an English voice: still hidden.
  await expect(page.locator(".listen:visible")).toHaveCount(0);

  await page.goto("/?mode=kiosk&attract=0&listen=1");
  await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  await ready(page);
  await expect(page.getByRole("button", { name: "Listen to: What is HER2?", exact: true })).toBeVisible();
  // The kiosk's language links keep the setting.
  await expect(page.locator(".language-switch a[hreflang=es]")).toHaveAttribute("href", /listen=1/);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("nothing about Listen shows", async ({ page }) => {
    for (const path of ["/", "/es/"]) {
      await page.goto(path);
      await expect(page.locator(".listen").first()).toBeAttached();
      await expect(page.locator(".listen:visible, .listen__button:visible, .listen__note:visible")).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^(Listen|Escuchar)/ })).toHaveCount(0);
    }
  });
});
