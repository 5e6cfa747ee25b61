// Takes screenshots of the app for people to look at (not a test).
// Usage: node screenshots.mjs [url] [out-dir]   (serve dist first, e.g. node serve.mjs ../dist 8090)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const url = process.argv[2] ?? "http://127.0.0.1:8090/";
const out = process.argv[3] ?? "../screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.locator("main").waitFor();
  await page.screenshot({ path: `${out}/${name}-top.png` });
  await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
  // The report tool starts when it comes near the screen.
  await page.locator("#report-tool").evaluate((el) => el.scrollIntoView());
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.screenshot({ path: `${out}/${name}-tool.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
