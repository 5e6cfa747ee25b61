// Times the JavaScript API (dist/api/her2_core.js) inside Chromium's WebAssembly engine:
// `interpret` on typical inputs and `parseReport` on a 5 KB report. Prints figures; not a test.
// Usage (after a release build): node bench/wasm-bench.mjs
import playwright from "../end2end/node_modules/@playwright/test/index.js";
const { chromium } = playwright;
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = 8098;
const server = spawn("node", [join(root, "end2end/serve.mjs"), join(root, "dist"), String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const figures = await page.evaluate(async () => {
    const api = await import("./api/her2_core.js");
    await api.default();
    const inputs = [
      { ihc_score: "3+" },
      { ihc_score: "0", ihc_zero_subtype: "ultralow" },
      { ihc_score: "2+", probe: "dual", ish_ratio: 1.52, avg_her2_copies: 4.6, avg_cep17_copies: 3.0, cells_counted: 40 },
      { probe: "single", ihc_score: "2+", avg_her2_copies: 5.0, cells_counted: 20 },
      { cancer: "gastric", ihc_score: "2+", ish_ratio: 2.4, avg_her2_copies: 6.1 },
      { ish_ratio: 0, avg_her2_copies: 4 },
    ];
    const block =
      "BIOMARKERS: Estrogen receptor (ER): Positive, 95%. Progesterone receptor (PR): Positive, 40%. Ki-67: 18%.\n" +
      "HER2 by immunohistochemistry (clone 4B5): Equivocal (score 2+).\n" +
      "HER2 FISH (dual probe): 20 cells counted; average HER2 signals per cell 3.2; average CEP17 signals per cell 2.2; HER2/CEP17 ratio 1.45.\n";
    const narrative =
      "Sections show an invasive carcinoma composed of nests and cords of tumor cells with moderate nuclear pleomorphism infiltrating a desmoplastic stroma. ";
    let report = "SURGICAL PATHOLOGY REPORT\nDIAGNOSIS: Left breast, core needle biopsy: invasive ductal carcinoma, grade 2.\n";
    while (report.length < 5 * 1024 - block.length) report += narrative;
    report += block;
    const time = (f, minMs = 300) => {
      let n = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < minMs) { f(); n++; }
      return ((performance.now() - t0) * 1000) / n; // µs per call
    };
    const perInput = inputs.map((input) => time(() => api.interpret(input)));
    const mean = perInput.reduce((a, b) => a + b, 0) / perInput.length;
    const parse = time(() => api.parseReport(report));
    return { interpretUs: mean, parseUs: parse, reportBytes: new TextEncoder().encode(report).length, ua: navigator.userAgent };
  });
  console.log(`WebAssembly in ${figures.ua.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"}`);
  console.log(`  interpret (mean of 6 typical inputs): ${figures.interpretUs.toFixed(2)} µs/call (goal ≤ 20 µs)`);
  console.log(`  parseReport (${figures.reportBytes} bytes):      ${figures.parseUs.toFixed(1)} µs/call (goal ≤ 200 µs)`);
} finally {
  await browser.close();
  server.kill();
}
