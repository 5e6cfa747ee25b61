import { test, expect, ready } from "./fixtures";

// Finding one's way in a long page on a phone: the contents and the report tool stay one tap
// away, every part ends with a way back to the contents, and the long lists (glossary, sources)
// stay folded until asked for, opening by themselves when a link points into them.

const PAGES = [
  { path: "/", contents: "Contents", back: "Back to contents", tool: "Understand my report" },
  { path: "/es/", contents: "Índice", back: "Volver al índice", tool: "Entender mi informe" },
];

for (const { path, contents, back, tool } of PAGES) {
  test(`the contents and the tool are one tap away from anywhere (${path})`, async ({ page }, info) => {
    await page.goto(path);
    await ready(page);
    const shortcuts = page.locator("nav.shortcuts");
    if (info.project.name !== "phone") {
      // On a wide screen the contents stay beside the text instead.
      await expect(shortcuts).toBeHidden();
      await expect(page.locator(".toc")).toHaveCSS("position", "sticky");
      return;
    }
    // Far down the page, reading on, the bar is out of the way; scrolling back up brings it.
    await page.locator("#status-can-change").scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 600);
    await expect(shortcuts).toBeHidden();
    await page.mouse.wheel(0, -300);
    await expect(shortcuts).toBeInViewport();
    await expect(shortcuts).toBeVisible();
    await shortcuts.getByRole("link", { name: contents, exact: true }).click();
    await expect(page.locator("nav#contents")).toBeFocused();
    await expect(page.locator("nav#contents")).toBeInViewport();
    await page.locator("#faq").scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, -300);
    await shortcuts.getByRole("link", { name: tool }).click();
    await expect(page.locator("#report-tool")).toBeFocused();
    // The tool's heading is not hidden under the bar.
    const bar = await shortcuts.boundingBox();
    const heading = await page.locator("#report-tool h2").boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  });

  test(`every part of the page ends with a way back to the contents (${path})`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    const parts = page.locator("main > section");
    const count = await parts.count();
    expect(count).toBeGreaterThanOrEqual(14);
    for (let i = 0; i < count; i++) {
      const link = parts.nth(i).locator(":scope .back-to-contents a").last();
      await expect(link).toHaveText(back);
      await expect(link).toHaveAttribute("href", "#contents");
    }
    await page.locator("#treatment .back-to-contents a").click();
    await expect(page.locator("nav#contents")).toBeFocused();
  });
}

test("the glossary and the sources are folded and open when a link points into them", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await expect(page.locator("#glossary dl")).toBeHidden();
  await expect(page.locator("#sources ol")).toBeHidden();
  await expect(page.locator("#glossary .fold__summary")).toHaveText(/^Show all \d+ words$/);
  // A source link in a section opens the list and moves the focus to that source.
  const link = page.locator("#what-is-her2 .section-sources a").first();
  const id = (await link.getAttribute("href"))!.slice(1);
  await link.click();
  await expect(page.locator(`#${id}`)).toBeVisible();
  await expect(page.locator(`#${id}`)).toBeFocused();
  // The glossary opens from its summary, by keyboard too.
  await page.locator("#glossary .fold__summary").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#glossary dt").first()).toBeVisible();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("a link to a source still opens the folded list", async ({ page }) => {
    await page.goto("/");
    const link = page.locator("#what-is-her2 .section-sources a").first();
    const id = (await link.getAttribute("href"))!.slice(1);
    await link.click();
    await expect(page.locator(`#${id}`)).toBeVisible();
  });
});
