import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Frame, FrameLocator, Page } from "@playwright/test";
import { test as base, expect, expectNoAxeViolations } from "./fixtures";

// Embed mode (docs/embedding.md) as a hospital would use it: a host page on another origin
// includes embed.js from the app, which is served by her2-serve under a sub-path
// (/tools/her2/) with its strict CSP and `frame-ancestors` allowing the host page.
//
// The app's allow-list of host pages is written into its pages at build time
// (HER2_EMBED_ORIGINS → <meta name="her2-config">, and dist/frame-ancestors.txt, which
// her2-serve sends as `frame-ancestors`); here the test adds it to the served page and gives
// her2-serve the same list with --frame-ancestors, as the host's port is only known now. A
// second her2-serve ("refusing") takes its frame-ancestors from the build as a deployment
// does: the test build lists no host page, so no page may frame it.

type Servers = {
  /** The host page's origin (http://127.0.0.1:<port>). */
  host: string;
  /** Another origin (http://localhost:<same port>) for a frame that must not be listened to. */
  stranger: string;
  /** The app, ending in /tools/her2/. */
  app: string;
  /** The same app from a her2-serve that takes the build's frame-ancestors ('none'). */
  refusing: string;
};

const BASE = "/tools/her2/";

const test = base.extend<{ allowed: string[] }, { servers: Servers }>({
  servers: [
    async ({}, use) => {
      const host = await startHost();
      const port = (host.server.address() as AddressInfo).port;
      const hostOrigin = `http://127.0.0.1:${port}`;
      const app = await startApp(hostOrigin);
      const refusing = await startApp(null);
      host.app = app.url;
      host.refusing = refusing.url;
      await use({ host: hostOrigin, stranger: `http://localhost:${port}`, app: app.url, refusing: refusing.url });
      app.child.kill("SIGTERM");
      refusing.child.kill("SIGTERM");
      host.server.close();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  ownOrigins: async ({ servers }, use) => {
    await use([servers.host, servers.stranger, new URL(servers.app).origin, new URL(servers.refusing).origin]);
  },
  /** The origins the app's build allows (HER2_EMBED_ORIGINS); the host page by default. */
  allowed: async ({ servers }, use) => {
    await use([servers.host]);
  },
  page: async ({ page, servers, allowed }, use) => {
    await page.route(
      (url) => url.href.startsWith(servers.app) && /\/(es\/)?$/.test(url.pathname),
      async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers["content-encoding"];
        delete headers["content-length"];
        const meta = `<meta name="her2-config" content="embed-origins=${allowed.join(",")}">`;
        const body = (await response.text()).replace("</title>", `</title>${meta}`);
        await route.fulfill({ status: response.status(), headers, body });
      },
    );
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await use(page);
  },
});

test.use({ serviceWorkers: "block" });

/** A hospital page: embed.js from the app with these data- attributes (and maybe a stranger),
 *  or from the server that does not let it frame the app. */
function hostPage(servers: Servers, attributes: Record<string, string>, stranger = false, refusing = false) {
  const query = new URLSearchParams(attributes);
  if (stranger) query.set("stranger", "1");
  if (refusing) query.set("refusing", "1");
  return `${servers.host}/?${query}`;
}

async function openHost(page: Page, url: string) {
  await page.goto(url);
  const iframe = page.locator("#her2 iframe");
  await expect(iframe).toHaveAttribute("src", /mode=embed/);
  const frame = page.frameLocator("#her2 iframe");
  await frame.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  return { iframe, frame };
}

/** The iframe's height as the loader set it, in px. */
async function frameHeight(page: Page) {
  return page.locator("#her2 iframe").evaluate((f) => parseFloat((f as HTMLIFrameElement).style.height));
}

/** The app's own content height, in px. */
function contentHeight(frame: FrameLocator) {
  return frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

/** What the app reports for a content height: rounded up to a multiple of 200 px
 *  (crates/her2-modes/src/mode.rs `reported_height`), so the host cannot tell one result from another. */
const STEP = 200;
const reported = (height: number) => Math.ceil(height / STEP) * STEP;

function appFrame(page: Page): Frame {
  return page.frames().find((f) => f.url().includes(BASE))!;
}

test("an embedded part fits its content: the frame grows and shrinks with it", async ({ page, servers }) => {
  const { iframe, frame } = await openHost(page, hostPage(servers, { "data-sections": "faq" }));
  // The app is framed from its sub-path, with only the FAQ and without the site's header,
  // footer and table of contents.
  const src = new URL((await iframe.getAttribute("src"))!);
  expect(src.origin + src.pathname).toBe(servers.app);
  expect(src.searchParams.get("parent")).toBe(servers.host);
  await expect(frame.locator("html")).toHaveAttribute("data-mode", "embed");
  for (const hidden of [".site-header", ".site-footer", ".toc", ".skip-link", "#what-is-her2", "#report-tool", "#glossary"]) {
    await expect(frame.locator(hidden)).toBeHidden();
  }
  await expect(frame.locator("#faq")).toBeVisible();

  // The frame takes the content's height, rounded up to a step (the loader starts at 600 px).
  const settled = async () => {
    await expect.poll(async () => (await frameHeight(page)) === reported(await contentHeight(frame))).toBe(true);
    return frameHeight(page);
  };
  const closed = await settled();
  expect(closed).toBeGreaterThan(300);
  // Open answers until the content crosses a step: it grows; close them: it shrinks back.
  const questions = frame.locator("#faq details summary");
  let opened = 0;
  while (reported(await contentHeight(frame)) === closed && opened < (await questions.count())) {
    await questions.nth(opened++).click();
  }
  const open = await settled();
  expect(open).toBeGreaterThan(closed);
  for (let i = 0; i < opened; i++) await questions.nth(i).click();
  expect(await settled()).toBe(closed);
  // Nothing to scroll inside the frame.
  expect(await frame.locator("html").evaluate((html) => html.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
  expect(await appFrame(page).evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test("the host page learns only a coarse height, never the exact one", async ({ page, servers }) => {
  // Every height message the host page receives from the app.
  await page.addInitScript((app) => {
    const w = window as unknown as { __heights: number[] };
    w.__heights = [];
    addEventListener("message", (e) => {
      if (app.startsWith(e.origin) && e.data?.type === "her2-explained:height") w.__heights.push(e.data.height);
    });
  }, servers.app);
  const { frame } = await openHost(page, hostPage(servers, { "data-sections": "report-tool" }));
  await frame.locator("html[data-hydrated]").waitFor({ state: "attached" });
  // The tool's steps and its result change the content's height by a few pixels at a time.
  await frame.locator("#report-cancer-breast").check();
  await frame.locator(".report-nav__next").click();
  await frame.locator("#report-ihc-2").check();
  await frame.locator(".report-nav__next").click();
  await page.waitForTimeout(300);
  const heights = await page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
  expect(heights.length).toBeGreaterThan(0);
  for (const height of heights) expect(height % STEP, `${height}`).toBe(0);
  expect(heights.at(-1)).toBe(reported(await contentHeight(frame)));
  // The frame is never shorter than the app: nothing to scroll inside it.
  expect(await frame.locator("html").evaluate((html) => html.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
});

test("an embed keeps a level-one heading for screen readers", async ({ page, servers }) => {
  for (const [lang, title] of [["en", "HER2 Explained"], ["es", "HER2 explicado"]]) {
    const { frame } = await openHost(page, hostPage(servers, { "data-lang": lang, "data-sections": "faq" }));
    await expect(frame.locator("html")).toHaveAttribute("lang", lang);
    const heading = frame.getByRole("heading", { level: 1 });
    await expect(heading).toHaveCount(1);
    await expect(heading).toHaveText(title);
    // Not seen: the site's header (with the visible title) is hidden in an embed.
    expect(await heading.evaluate((h) => h.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  }
});

test("a frame written by hand without parent= says in its console why it sends no height", async ({ page, servers }) => {
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" && m.text().startsWith("HER2 Explained")) warnings.push(m.text());
  });
  await page.goto(`${servers.host}/by-hand`);
  await page.frameLocator("iframe").locator("html[data-modes-ready]").waitFor({ state: "attached" });
  expect(warnings).toEqual([
    "HER2 Explained: no parent option: the host page is not told this page's height (embed.js adds it)",
  ]);
});

test("the host page chooses the language, the parts and the colours", async ({ page, servers }) => {
  // Which page of the app asked for the modes module: only the Spanish one, as the default
  // page goes to it before loading anything.
  const modesAskedBy: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/modes/")) modesAskedBy.push(new URL(r.frame().url()).pathname);
  });
  const { frame } = await openHost(
    page,
    hostPage(servers, {
      "data-lang": "es",
      "data-sections": "report-tool,glossary,sources",
      "data-accent": "#0b5394",
      "data-bg": "fdf6e3",
      "data-fg": "#222",
    }),
  );
  // lang= went to the Spanish page, keeping the options.
  const url = new URL(appFrame(page).url());
  expect(url.pathname).toBe(`${BASE}es/`);
  expect(url.searchParams.get("sections")).toBe("report-tool,glossary,sources");
  expect(modesAskedBy.length).toBeGreaterThan(0);
  expect(new Set(modesAskedBy)).toEqual(new Set([`${BASE}es/`]));
  await expect(frame.locator("html")).toHaveAttribute("lang", "es");
  await expect(frame.locator("#glossary h2")).toHaveText("Palabras que conviene saber");
  await expect(frame.locator("#report-tool")).toBeVisible();
  await expect(frame.locator("#faq")).toBeHidden();
  await expect(frame.locator("#what-is-her2")).toBeHidden();
  // Theme colours are custom properties set through the CSSOM (allowed by style-src 'self').
  const colours = await frame.locator("body").evaluate((body) => {
    const root = getComputedStyle(document.documentElement);
    return {
      accent: root.getPropertyValue("--color-primary").trim(),
      text: getComputedStyle(body).color,
      background: getComputedStyle(body).backgroundColor,
    };
  });
  expect(colours).toEqual({ accent: "#0b5394", text: "rgb(34, 34, 34)", background: "rgb(253, 246, 227)" });
  // Links to other sites open outside the frame.
  const links = frame.locator("#sources a[href^='https:']");
  expect(await links.count()).toBeGreaterThan(3);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }
  expect(await appFrame(page).evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test("the parts the host did not ask for are never painted, even before the modes module runs", async ({ page, servers }) => {
  // Before each frame is painted, the app's frame notes which of its parts could be seen.
  await page.addInitScript((base) => {
    if (!location.pathname.startsWith(base)) return;
    const w = window as unknown as { __seen: string[]; __frames: number };
    w.__seen = [];
    w.__frames = 0;
    const look = () => {
      w.__frames++;
      for (const s of document.querySelectorAll<HTMLElement>("main>section[id]")) {
        if (!s.hidden && !w.__seen.includes(s.id)) w.__seen.push(s.id);
      }
      if (!document.documentElement.hasAttribute("data-modes-ready")) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, BASE);
  for (const [asked, expected] of [
    ["faq,glossary", ["faq", "glossary"]],
    // Ids that are not parts of the page are ignored, as the modes module ignores them.
    ["nope,sources", ["sources"]],
  ] as const) {
    const { frame } = await openHost(page, hostPage(servers, { "data-sections": asked }));
    await expect(frame.locator(`#${expected[0]}`)).toBeVisible();
    const { frames, seen } = await appFrame(page).evaluate(() => {
      const w = window as unknown as { __seen: string[]; __frames: number };
      return { frames: w.__frames, seen: w.__seen };
    });
    expect(frames).toBeGreaterThan(0);
    expect(seen.sort()).toEqual([...expected].sort());
  }
  // When none of the ids is a part of the page, the whole guide shows.
  const { frame } = await openHost(page, hostPage(servers, { "data-sections": "nope" }));
  await expect(frame.locator("#what-is-her2")).toBeVisible();
  await expect(frame.locator("#sources")).toBeVisible();
});

test("without host colours the embed is transparent", async ({ page, servers }) => {
  const { frame } = await openHost(page, hostPage(servers, { "data-sections": "glossary" }));
  const background = await frame.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  expect(background).toBe("rgba(0, 0, 0, 0)");
});

test("height messages from anything but the app are ignored", async ({ page, servers }) => {
  // A frame from another origin keeps posting a tiny height to the host page.
  await openHost(page, hostPage(servers, { "data-sections": "faq" }, true));
  const stranger = page.frames().find((f) => f.url().startsWith(servers.stranger))!;
  expect(stranger).toBeTruthy();
  await expect.poll(() => stranger.evaluate(() => (window as unknown as { __sent: number }).__sent)).toBeGreaterThan(5);
  const height = await frameHeight(page);
  expect(height).toBeGreaterThan(300);
  // So does the host page itself.
  await page.evaluate(() => window.postMessage({ type: "her2-explained:height", height: 7 }, "*"));
  await page.waitForTimeout(200);
  expect(await frameHeight(page)).toBe(height);
});

test("in a partial embed, links to the parts left out open the full guide in a new tab", async ({ page, servers, context }) => {
  for (const [lang, note, prefix] of [
    ["en", "(opens the full guide in a new tab)", ""],
    ["es", "(abre la guía completa en una pestaña nueva)", "es/"],
  ] as const) {
    // The FAQ cites sources and points to sections of the guide and to the report tool.
    const { frame } = await openHost(page, hostPage(servers, { "data-lang": lang, "data-sections": "faq" }));
    await expect(frame.locator("#sources")).toBeHidden();
    // No visible link leads to a part that is not shown.
    const dead = await frame.locator("a[href^='#']").evaluateAll((links) =>
      links
        .filter((a) => a.getClientRects().length > 0)
        .map((a) => a.getAttribute("href")!)
        .filter((href) => {
          const target = document.getElementById(href.slice(1));
          return target !== null && target.closest("main>section[id]")?.hasAttribute("hidden") !== false;
        }),
    );
    expect(dead).toEqual([]);
    // Sources, sections and the tool open the full guide there, in a new tab, and say so.
    const full = frame.locator("a[data-her2-full-app]");
    const hrefs = await full.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const wanted of ["./#report-tool", "./#reading-results"]) expect(hrefs).toContain(wanted);
    expect(hrefs.filter((href) => href.startsWith("./#source-")).length).toBeGreaterThan(20);
    const tool = frame.locator("#faq a[data-her2-full-app][href='./#report-tool']").first();
    await expect(tool).toHaveAttribute("target", "_blank");
    await expect(tool).toHaveAttribute("rel", "noopener");
    await expect(tool).toHaveAccessibleDescription(note);
    expect(await tool.evaluate((a) => getComputedStyle(a, "::after").content)).toContain("\u2197");
    // "Back to contents" (no embed shows the contents) is gone.
    for (const back of await frame.locator("a[href='#contents']").all()) await expect(back).toBeHidden();
    await expectNoAxeViolations(page, `partial embed, ${lang}`);
    // (It is in an answer: open the question first.)
    await tool.locator("xpath=ancestor::details[1]/summary").click();
    const [opened] = await Promise.all([context.waitForEvent("page"), tool.click()]);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    expect(url.origin + url.pathname).toBe(`${servers.app}${prefix}`);
    expect(url.search).toBe("");
    expect(url.hash).toBe("#report-tool");
    await expect(opened.locator("html")).not.toHaveAttribute("data-mode", "embed");
    await expect(opened.locator("#report-tool")).toBeVisible();
    await opened.close();
  }
});

test("in an embed of the report tool alone, its link to other cancers opens the full guide", async ({ page, servers }) => {
  const { frame } = await openHost(page, hostPage(servers, { "data-sections": "report-tool" }));
  await frame.locator("html[data-hydrated]").waitFor({ state: "attached" });
  // The tool draws this link only when it is needed: after the page was set up.
  await frame.locator("#report-cancer-colorectal").check();
  const link = frame.locator(".report-other__note a");
  await expect(link).toHaveAttribute("href", "./#beyond-breast");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAccessibleDescription("(opens the full guide in a new tab)");
});

test.describe("when the app's server does not let the host page frame it", () => {
  // Chromium's own message about the refused frame.
  test.use({ expectedErrors: [/frame-ancestors/] });

  test("the host page shows a plain link to the app instead of a broken frame", async ({ page, servers }) => {
    test.setTimeout(90_000);
    for (const [lang, text] of [
      ["en", "Open HER2 Explained"],
      ["es", "Abrir HER2 explicado"],
    ] as const) {
      await page.goto(hostPage(servers, { "data-lang": lang, "data-sections": "faq" }, false, true));
      const frame = page.locator("#her2 iframe");
      const fallback = page.locator("#her2 .her2-fallback");
      await expect(frame).toBeVisible();
      await expect(fallback).toBeHidden();
      // The app does not answer: after a while the link takes the frame's place.
      await expect(fallback).toBeVisible({ timeout: 20_000 });
      await expect(frame).toBeHidden();
      await expect(fallback).toHaveAttribute("lang", lang);
      const link = fallback.getByRole("link", { name: text });
      await expect(link).toHaveAttribute("href", `${servers.refusing}?lang=${lang}`);
      await expectNoAxeViolations(page, `fallback link, ${lang}`);
      // It opens the app as a page of its own.
      await link.click();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("#report-tool")).toBeAttached();
    }
  });
});

test.describe("on a host page that is not on the app's list", () => {
  test.use({ allowed: ["https://www.hospital.example"] });

  test("the app tells it nothing", async ({ page, servers }) => {
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning" && m.text().startsWith("HER2 Explained")) warnings.push(m.text());
    });
    const { frame } = await openHost(page, hostPage(servers, { "data-sections": "faq" }));
    await expect(frame.locator("#faq")).toBeVisible();
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(600);
    expect(warnings).toEqual([
      `HER2 Explained: ignored parent=${servers.host}: not one of this deployment's HER2_EMBED_ORIGINS`,
    ]);
  });
});

// ---- the servers ---------------------------------------------------------------------------

/** The hospital's web server: the host page, and a page that posts fake height messages. */
async function startHost() {
  const host = { server: undefined as unknown as Server, app: "", refusing: "" };
  const server = createServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    const send = (body: string) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body);
    if (url.pathname === "/") {
      const attributes = [...url.searchParams]
        .filter(([name]) => name.startsWith("data-"))
        .map(([name, value]) => ` ${name}="${value.replace(/[^\w#,.:/-]/g, "")}"`)
        .join("");
      const stranger = url.searchParams.has("stranger")
        ? `<iframe id="stranger" title="Another site" src="http://localhost:${(server.address() as AddressInfo).port}/stranger"></iframe>`
        : "";
      send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hospital page</title>
<link rel="icon" href="data:,"></head><body><h1>Understanding your results</h1><div id="her2"></div>
<script src="${url.searchParams.has("refusing") ? host.refusing : host.app}embed.js" data-her2-target="#her2" data-title="HER2 Explained"${attributes}></script>
${stranger}<p>End of the hospital page.</p></body></html>`);
    } else if (url.pathname === "/by-hand") {
      send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hospital page</title>
<link rel="icon" href="data:,"></head><body><h1>Frequent questions</h1>
<iframe title="HER2 Explained" src="${host.app}?mode=embed&amp;sections=faq"></iframe></body></html>`);
    } else if (url.pathname === "/stranger") {
      send(`<!doctype html><title>stranger</title><link rel="icon" href="data:,">
<script>window.__sent = 0; setInterval(function () { window.__sent++;
parent.postMessage({ type: "her2-explained:height", height: 5 }, "*"); }, 20);</script>`);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  host.server = server;
  return host;
}

/** her2-serve on the build (DIST_DIR), under /tools/her2/, framable by the host page only, or
 *  (null) by the pages the build lists (dist/frame-ancestors.txt: none in the test build). */
async function startApp(hostOrigin: string | null) {
  const dist = resolve(process.env.DIST_DIR ?? "../dist");
  const target = resolve(process.env.CARGO_TARGET_DIR ?? "../target");
  let bin = process.env.HER2_SERVE_BIN;
  if (!bin) {
    const build = spawnSync("cargo", ["build", "--quiet", "--locked", "-p", "her2-serve"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("cannot build her2-serve");
    bin = `${target}/debug/her2-serve`;
  }
  const child: ChildProcess = spawn(
    resolve(bin),
    ["--dir", dist, "--addr", "127.0.0.1:0", "--base", BASE, ...(hostOrigin ? ["--frame-ancestors", hostOrigin] : [])],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((done, fail) => {
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`her2-serve exited with ${code}`)));
    child.stdout!.once("data", (line) => {
      const found = / at (http:\/\/\S+) /.exec(String(line));
      if (found) done(found[1]);
      else fail(new Error(`unexpected start-up line: ${line}`));
    });
  });
  return { child, url };
}
