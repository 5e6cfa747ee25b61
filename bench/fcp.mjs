// First contentful paint of a page with JavaScript on or off, under Lighthouse's mobile
// throttling (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown), in Debian Chromium.
// Usage: node bench/fcp.mjs <url> [--no-js]   Prints the median of 5 cold loads. Not a test.
import playwright from "../end2end/node_modules/@playwright/test/index.js";
const { chromium } = playwright;

const url = process.argv[2];
const js = !process.argv.includes("--no-js");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
const runs = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "load" });
  // The paint can come after the load event: poll for its entry (up to 10 s). (Polling, as
  // with JavaScript off the page's own callbacks do not run.)
  let fcp = NaN;
  for (let t = 0; t < 100 && Number.isNaN(fcp); t++) {
    fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
    if (Number.isNaN(fcp)) await page.waitForTimeout(100);
  }
  runs.push(fcp);
  await context.close();
}
await browser.close();
runs.sort((a, b) => a - b);
console.log(`  first-contentful-paint (JavaScript ${js ? "on" : "off"}, median of 5): ${(runs[2] / 1000).toFixed(2)} s`);
