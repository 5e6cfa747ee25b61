// The JavaScript API's TypeScript types (dist/api/her2_core.d.ts) type-check a typical use and
// refuse wrong values (usage.ts), with TypeScript's strictest common settings.
// Run: node --test end2end/api/   (after a release build)
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

test("her2_core.d.ts is in the build", () => {
  assert.ok(existsSync(here("../../dist/api/her2_core.d.ts")));
});

test("the types accept the API's use and refuse wrong values (tsc --strict)", () => {
  const tsc = spawnSync(
    process.execPath,
    [
      here("../node_modules/typescript/bin/tsc"),
      "--noEmit",
      "--strict",
      "--target", "es2022",
      "--module", "esnext",
      "--moduleResolution", "bundler",
      "--lib", "es2022,dom",
      here("usage.ts"),
    ],
    { encoding: "utf8" },
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
