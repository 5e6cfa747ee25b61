// The report tool comes in two parts (scripts/build-tool.sh, src/components/report/later.rs):
// the first step and all the page hydrates come when the tool is near; the later steps and the
// result come once the person starts to answer. These tests run on the release build, where
// the tool is split; the service worker is blocked so that every download is the page's own.
import { expect } from "@playwright/test";
import { test } from "./fixtures";
import { expectStep, next } from "./report-helpers";

const LATER_PART = /\/tool\/[a-z-]+-later-[0-9a-f]{16}\.wasm$/;

async function openTool(page: import("@playwright/test").Page, path = "/#report-tool") {
  await page.goto(path);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

test.describe("the report tool's later part", () => {
  test.use({ serviceWorkers: "block" });

  test("comes once the person starts to answer, not before", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (LATER_PART.test(r.url())) fetched.push(r.url());
    });
    await openTool(page);
    await page.waitForTimeout(500);
    expect(fetched, "not while the person only looks at the first step").toEqual([]);
    const later = page.waitForRequest(LATER_PART);
    await page.locator("#report-cancer-breast").check();
    await later;
    await next(page);
    await expectStep(page, "ihc");
    await expect(page.locator("#report-ihc-2")).toBeVisible();
    expect(fetched).toHaveLength(1);
  });

  test("while it is on its way, a note says so where the step will be", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(LATER_PART, async (route) => {
      await held;
      await route.continue();
    });
    await openTool(page);
    await page.locator("#report-cancer-breast").check();
    await next(page);
    const note = page.locator(".report-step .report-later");
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute("role", "status");
    await expect(note).toHaveText("Loading this part of the tool…");
    await expect(page.locator("#report-step-title")).toContainText("IHC");
    release();
    await expect(page.locator("#report-ihc-2")).toBeVisible();
    await expect(note).toHaveCount(0);
  });

  test.describe("when it cannot be downloaded", () => {
    // (One pattern: Playwright would read a second item of the list as the option's settings.)
    test.use({ expectedErrors: [/^Failed to load resource|Failed to fetch/] });

    test("a note says so, and Try again brings the step with the answers kept", async ({ page }) => {
      await page.route(LATER_PART, (route) => route.abort());
      await openTool(page, "/es/#report-tool");
      await page.locator("#report-cancer-breast").check();
      await next(page);
      const failed = page.locator(".report-step .report-later--failed");
      await expect(failed).toBeVisible();
      await expect(failed).toHaveAttribute("role", "alert");
      await expect(failed).toContainText("No se pudo cargar esta parte de la herramienta");
      await page.unroute(LATER_PART);
      await failed.getByRole("button", { name: "Volver a intentarlo" }).click();
      await expect(page.locator("#report-ihc-2")).toBeVisible();
      await expect(failed).toHaveCount(0);
      // The button went away as it was pressed: the focus is on the step's heading, not lost.
      await expect(page.locator("#report-step-title")).toBeFocused();
      await page.locator(".report-nav__back").click();
      await expect(page.locator("#report-cancer-breast")).toBeChecked();
    });
  });
});
