import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./chromium";

// Browser tests run against the release build in ../dist, served on 127.0.0.1, in Debian's
// Chromium. Playwright never downloads a browser here.
const port = Number(process.env.E2E_PORT ?? 8090);
const dist = process.env.DIST_DIR ?? "../dist";

export default defineConfig({
  testDir: "tests",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, channel: undefined },
    },
  ],
  webServer: {
    command: `node serve.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
