// Copies the build's CSP hashes (dist/csp-hashes.txt, written by scripts/postbuild.mjs) into
// deploy/csp-hashes.txt and the nginx and Apache samples. Run it after a release build when the
// test command says the inline scripts changed (end2end/build/csp.test.mjs), and say so in the
// release notes: servers configured from the samples need the new hashes (docs/serving.md).
// Usage: node scripts/update-csp-hashes.mjs [dist]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where each sample lists the hashes: the pattern's one group is the list. Also read by the
 *  build test (end2end/build/csp.test.mjs). */
export const SAMPLE_HASHES = {
  "nginx.conf": /add_header Content-Security-Policy "[^"]*'wasm-unsafe-eval' ((?:'sha256-[^']*' ?)+);/,
  "apache.conf": /^Define HER2_SCRIPT_HASHES "((?:'sha256-[^']*' ?)+)"/m,
};

// Run as a command (not when imported for SAMPLE_HASHES).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = process.argv[2] ?? join(root, "dist");
  const hashes = readFileSync(join(dist, "csp-hashes.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean).sort();
  if (!hashes.length || !hashes.every((h) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(h))) {
    console.error(`${dist}/csp-hashes.txt: expected 'sha256-…' lines`);
    process.exit(1);
  }
  const list = hashes.join(" ");

  const listed = join(root, "deploy", "csp-hashes.txt");
  const header = readFileSync(listed, "utf8").split("\n").filter((l) => l.startsWith("#"));
  writeFileSync(listed, [...header, ...hashes].join("\n") + "\n");

  /** Replaces the hashes in the line that `pattern` finds (its one group is the hash list). */
  function update(file, pattern) {
    const path = join(root, "deploy", file);
    const text = readFileSync(path, "utf8");
    if (!pattern.test(text)) {
      console.error(`deploy/${file}: no CSP hash list found`);
      process.exit(1);
    }
    writeFileSync(path, text.replace(pattern, (whole, old) => whole.replace(old, list)));
  }
  for (const [file, pattern] of Object.entries(SAMPLE_HASHES)) update(file, pattern);
  console.log(`deploy/csp-hashes.txt, nginx.conf and apache.conf: ${hashes.length} hashes`);
}
