import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./chromium";
import { resolve } from "node:path";

// Browser tests of the serving set-up (tests/serve.spec.ts) against her2-serve instead of the
// Node test server: the strict CSP, cache and compression headers, the sub-path, the service
// worker. Run: npx playwright test -c playwright.serve.config.ts
// Every test runs twice: with the app at the root and under /tools/her2/.
const dist = resolve(process.env.DIST_DIR ?? "../dist");
const target = resolve(process.env.CARGO_TARGET_DIR ?? "../target");
// HER2_SERVE_BIN: a her2-serve binary to use as it is (e.g. target/release/her2-serve);
// otherwise the debug binary is built first (quick, and shared with `cargo test`).
const build = process.env.HER2_SERVE_BIN ? "true" : "cargo build --quiet --locked -p her2-serve";
const bin = resolve(process.env.HER2_SERVE_BIN ?? `${target}/debug/her2-serve`);
// The spec reads these (the update test starts a server of its own).
process.env.HER2_SERVE_BIN = bin;
process.env.HER2_SERVE_DIST = dist;
const rootPort = Number(process.env.E2E_SERVE_PORT ?? 8096);
const subPort = rootPort + 1;

export default defineConfig({
  testDir: "tests",
  testMatch: ["serve.spec.ts", "serve-file.spec.ts"],
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    channel: undefined,
    launchOptions,
  },
  projects: [
    {
      name: "serve-root",
      use: { baseURL: `http://127.0.0.1:${rootPort}/` },
      metadata: { her2Serve: true, base: "/" },
    },
    {
      name: "serve-subpath",
      use: { baseURL: `http://127.0.0.1:${subPort}/tools/her2/` },
      metadata: { her2Serve: true, base: "/tools/her2/" },
    },
  ],
  webServer: [
    {
      command: `${build} && ${bin} --dir ${dist} --addr 127.0.0.1:${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `${build} && ${bin} --dir ${dist} --addr 127.0.0.1:${subPort} --base /tools/her2/`,
      url: `http://127.0.0.1:${subPort}/tools/her2/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
