// Calls the built JavaScript API (dist/api/her2_core.js) from Node, without the UI.
// Run: node --test end2end/api/   (after a release build)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const moduleUrl = new URL("../../dist/api/her2_core.js", import.meta.url);
const api = await import(moduleUrl);
await api.default({ module_or_path: await readFile(new URL("her2_core_bg.wasm", moduleUrl)) });

const cases = [
  [{ ihc_score: "3+" }, { status: "positive", next_step: "none", her2_low: false, ish_group: null, rule: "breast.ihc.3" }],
  [{ ihc_score: "1+" }, { status: "negative", her2_low: true, her2_ultralow: false }],
  [{ ihc_score: "0", ihc_zero_subtype: "ultralow" }, { status: "negative", her2_low: false, her2_ultralow: true }],
  [{ ihc_score: "2+" }, { status: "equivocal", next_step: "reflex_ish" }],
  [{ ish_ratio: 2.0, avg_her2_copies: 4.0 }, { status: "positive", ish_group: 1 }],
  [{ ish_ratio: 2.0, avg_her2_copies: 3.99 }, { status: "indeterminate", ish_group: 2, next_step: "reflex_ihc" }],
  [{ ish_ratio: 1.99, avg_her2_copies: 6.0, ihc_score: "2+" }, { status: "indeterminate", ish_group: 3, next_step: "recount_second_observer", guideline: "ASCO/CAP 2018 (reaffirmed 2023), Figure 5" }],
  [{ ish_ratio: 1.99, avg_her2_copies: 5.99, ihc_score: "1+" }, { status: "negative", ish_group: 4, her2_low: true }],
  [{ ish_ratio: 1.2, avg_her2_copies: 2.5, ihc_score: "3+" }, { status: "indeterminate", next_step: "ask_care_team" }],
  [{ probe: "single", avg_her2_copies: 6.0, ihc_score: "0" }, { status: "indeterminate", next_step: "ask_care_team" }],
  [{ cancer: "gastric", ihc_score: "2+", ish_ratio: 1.5, avg_her2_copies: 6.5 }, { status: "indeterminate", next_step: "ask_care_team", her2_low: null }],
  [{ cancer: "gastric", ihc_score: "2+", ish_ratio: 2.1 }, { status: "positive", ish_group: null }],
  [{ cancer: null, ihc_score: "3+" }, { status: "positive" }],
  // Revised 2026-12: an ISH with fewer than 20 cells cannot be used, so the IHC score decides.
  [{ ihc_score: "3+", ish_ratio: 1.2, avg_her2_copies: 2.5, cells_counted: 12 }, { status: "positive", next_step: "none", ish_group: null, rule: "breast.ish.too_few_cells.ihc3", notes: ["ish_too_few_cells"], discordance: null }],
  [{ ihc_score: "3+", ish_ratio: 1.2, avg_her2_copies: 2.5, cells_counted: 20 }, { status: "indeterminate", next_step: "ask_care_team", ish_group: 5, discordance: { ihc: "3+", ish: "group5", ihc3_positive_alone: true } }],
  [{ ihc_score: "2+", ish_ratio: 2.5, avg_her2_copies: 5.0, cells_counted: 19 }, { status: "equivocal", next_step: "repeat_test", rule: "breast.ish.too_few_cells.ihc2" }],
  [{ ihc_score: "1+", ish_ratio: 2.5, avg_her2_copies: 5.0, cells_counted: 19 }, { status: "negative", her2_low: true, notes: ["ish_too_few_cells", "her2_low"] }],
  [{ ish_ratio: 2.5, avg_her2_copies: 5.0, cells_counted: 19 }, { status: "indeterminate", next_step: "repeat_test", notes: ["ish_too_few_cells_no_ihc"] }],
  [{ cancer: "gastric", ihc_score: "3+", ish_ratio: 1.2, cells_counted: 19 }, { status: "positive", rule: "gastric.ish.too_few_cells.ihc3" }],
  // Revised 2026-12: stomach IHC 0 or 1+ with a positive ISH asks the care team, naming both results.
  [{ cancer: "gastric", ihc_score: "1+", ish_ratio: 2.5 }, { status: "indeterminate", next_step: "ask_care_team", rule: "gastric.ihc0_1.dual.ratio_ge2.discordant", discordance: { ihc: "1+", ish: "ratio_ge2", ihc3_positive_alone: false }, notes: ["gastric_ish_after_ihc0_1"] }],
  [{ cancer: "gastric", ihc_score: "1+", ish_ratio: 1.99 }, { status: "negative", rule: "gastric.ihc0_1.ish_not_positive", discordance: null }],
  [{ cancer: "gastric", ihc_score: "0", probe: "single", avg_her2_copies: 6.0 }, { status: "indeterminate", discordance: { ihc: "0", ish: "single_ge6", ihc3_positive_alone: false } }],
  [{ probe: "single", avg_her2_copies: 3.99, ihc_score: "3+" }, { next_step: "ask_care_team", discordance: { ihc: "3+", ish: "single_lt4", ihc3_positive_alone: true } }],
  [{ cancer: "gastric", ish_ratio: 1.5, avg_her2_copies: 6.5 }, { next_step: "ask_care_team", discordance: { ihc: null, ish: "ratio_lt2_copies_ge6", ihc3_positive_alone: false } }],
  // A breast result that is negative with no IHC score: HER2-low cannot be told.
  [{ ish_ratio: 1.2, avg_her2_copies: 2.5 }, { status: "negative", her2_low: null, notes: ["her2_low_needs_ihc"] }],
];

for (const [input, expected] of cases) {
  test(`interpret ${JSON.stringify(input)}`, () => {
    const result = api.interpret(input);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(result[key], value, key);
    assert.deepEqual(result.errors, []);
  });
}

test("interpret returns exactly the documented fields", () => {
  assert.deepEqual(Object.keys(api.interpret({ ihc_score: "0" })).sort(), [
    "discordance", "errors", "explanation", "guideline", "her2_low", "her2_ultralow", "ish_group", "next_step", "notes", "rule", "status", "warnings",
  ]);
});

test("values that are possible but very unlikely come back as warnings, and the result stays the same", () => {
  const typo = api.interpret({ ihc_score: "2+", ish_ratio: 45, avg_her2_copies: 3.1 });
  assert.deepEqual(typo.warnings.map((w) => [w.field, w.code]), [["ish_ratio", "ratio_high"], ["ish_ratio", "implied_cep17_low"]]);
  assert.equal(typo.warnings[0].value, 45);
  assert.equal(typo.warnings[0].suggestion, 4.5);
  assert.match(typo.warnings[0].message, /ratio is 45\?.* like 4\.5\./);
  assert.match(typo.warnings[1].message, /0\.07 CEP17 signals per cell/);
  // The decision does not change: the same as the result without the warnings.
  assert.equal(typo.ish_group, 2);
  assert.equal(typo.next_step, "recount_second_observer");
  assert.deepEqual(typo.errors, []);
  // The edges: 15 and 15.01, 25 and 25.01, 20 and 19 cells, implied CEP17 0.5 and 8.
  const codes = (input) => api.interpret(input).warnings.map((w) => w.code);
  assert.deepEqual(codes({ ish_ratio: 15, avg_her2_copies: 25 }), []);
  assert.deepEqual(codes({ ish_ratio: 15.01, avg_her2_copies: 25 }), ["ratio_high"]);
  assert.deepEqual(codes({ ish_ratio: 10, avg_her2_copies: 25.01 }), ["her2_copies_high"]);
  assert.deepEqual(codes({ ish_ratio: 5, avg_her2_copies: 2.5 }), []);
  assert.deepEqual(codes({ ish_ratio: 5, avg_her2_copies: 2.49 }), ["implied_cep17_low"]);
  assert.deepEqual(codes({ ish_ratio: 4.5, avg_her2_copies: 3.1 }), []);
  assert.deepEqual(codes({ ish_ratio: 1, avg_her2_copies: 8 }), []);
  assert.deepEqual(codes({ ish_ratio: 1, avg_her2_copies: 8.01 }), ["implied_cep17_high"]);
  assert.deepEqual(codes({ ish_ratio: 2, avg_her2_copies: 4.4, avg_cep17_copies: 9 }), ["cep17_high"]);
  assert.deepEqual(codes({ ish_ratio: 2.5, avg_her2_copies: 5, cells_counted: 20 }), []);
  const cells = api.interpret({ ish_ratio: 2.5, avg_her2_copies: 5, cells_counted: 6 });
  assert.deepEqual(cells.warnings.map((w) => [w.field, w.code, w.value, w.suggestion]), [["cells_counted", "few_cells", 6, 60]]);
  assert.equal(cells.next_step, "repeat_test");
  // Invalid values are errors, not warnings; a normal report has none.
  assert.deepEqual(api.interpret({ ish_ratio: -45, avg_her2_copies: 3.1 }).warnings, []);
  assert.deepEqual(api.interpret({ ihc_score: "3+" }).warnings, []);
  assert.deepEqual(api.interpret("not an object").warnings, []);
});

test("a cancer the tool does not read gets unsupported_cancer, never a result", () => {
  for (const cancer of ["colorectal", "endometrial", "biliary", "lung", "other"]) {
    const result = api.interpret({ cancer, ihc_score: "3+" });
    assert.equal(result.status, "indeterminate", cancer);
    assert.equal(result.next_step, "invalid_input", cancer);
    assert.deepEqual(result.errors.map((e) => `${e.field}:${e.code}`), ["cancer:unsupported_cancer"], cancer);
    assert.match(result.errors[0].message, /adenocarcinoma/);
    assert.match(result.errors[0].message, /bowel \(colorectal\) cancer uses different cut-offs/);
    assert.match(result.errors[0].message, /HER2 mutation with a gene test/);
    assert.deepEqual(result.notes, []);
    assert.equal(result.discordance, null);
  }
  assert.equal(api.interpret({ cancer: "liver", ihc_score: "3+" }).errors[0].code, "unknown_value");
});

test("every ask_care_team answer names the two results that disagree", () => {
  const inputs = [
    { ihc_score: "3+", ish_ratio: 1.2, avg_her2_copies: 2.5 },
    { probe: "single", avg_her2_copies: 6.0, ihc_score: "1+" },
    { probe: "single", avg_her2_copies: 2.0, ihc_score: "3+" },
    { cancer: "gastric", ihc_score: "2+", ish_ratio: 1.99, avg_her2_copies: 6.0 },
    { cancer: "gastric", ihc_score: "0", ish_ratio: 2.0 },
    { cancer: "gastric", ihc_score: "1+", probe: "single", avg_her2_copies: 6.0 },
  ];
  for (const input of inputs) {
    const result = api.interpret(input);
    assert.equal(result.next_step, "ask_care_team", JSON.stringify(input));
    assert.ok(result.discordance, JSON.stringify(input));
    assert.equal(result.discordance.ihc3_positive_alone, input.ihc_score === "3+");
  }
});

test("wrong types and unknown fields become errors, never exceptions", () => {
  const result = api.interpret({ ihc_score: 2, ish_ratio: "2.2", colour: "blue" });
  assert.equal(result.status, "indeterminate");
  assert.equal(result.next_step, "invalid_input");
  const codes = result.errors.map((e) => `${e.field}:${e.code}`).sort();
  assert.deepEqual(codes, ["colour:unknown_field", "ihc_score:wrong_type", "ish_ratio:wrong_type"]);
  for (const e of result.errors) assert.ok(e.message.length > 10);
});

test("odd inputs do not throw", () => {
  for (const input of [undefined, null, 42, "3+", [], { ish_ratio: NaN }, { ish_ratio: Infinity, avg_her2_copies: -1 }]) {
    const result = api.interpret(input);
    assert.equal(result.next_step, "invalid_input");
    assert.ok(result.errors.length > 0);
  }
});

test("the ratio message is plain", () => {
  const result = api.interpret({ ish_ratio: 0, avg_her2_copies: 4 });
  assert.deepEqual(result.errors, [
    { field: "ish_ratio", code: "not_positive", message: "The ratio must be a number above 0, like 1.8." },
  ]);
});

test("parseReport reads a report and feeds interpret", () => {
  const text = "ER: positive (95%). PR: positive (60%). HER2 (4B5) IHC: 2+ (equivocal).\nHER2 FISH (dual probe): HER2/CEP17 ratio 1,4; average HER2 copy number 3.1 signals/cell; 40 cells counted.";
  const parsed = api.parseReport(text);
  assert.equal(parsed.fields.ihc_score, "2+");
  assert.equal(parsed.fields.ish_ratio, 1.4);
  assert.equal(parsed.fields.avg_her2_copies, 3.1);
  assert.equal(parsed.fields.cells_counted, 40);
  for (const f of parsed.found) assert.ok(f.start < f.end && f.end <= text.length);
  const result = api.interpret(parsed.fields);
  assert.equal(result.status, "negative");
  assert.equal(result.her2_low, true);
});

test("parseReport reads only the marked option of a checklist report", () => {
  const text = "HER2 (ERBB2) by immunohistochemistry\n___ Negative (Score 1+)\n_X_ Equivocal (Score 2+)\n___ Positive (Score 3+)\n" +
    "HER2 by in situ hybridization\nDual-probe HER2/CEP17 ratio: 1.6\nAverage number of HER2 signals per cell: 4.8\n" +
    "___ Group 1 (HER2/CEP17 ratio ≥2.0 and average HER2 copy number ≥4.0 signals/cell)\n" +
    "_X_ Group 4 (HER2/CEP17 ratio <2.0 and average HER2 copy number ≥4.0 and <6.0 signals/cell)";
  const parsed = api.parseReport(text);
  assert.equal(parsed.fields.ihc_score, "2+");
  assert.equal(parsed.fields.ish_ratio, 1.6);
  assert.equal(parsed.fields.avg_her2_copies, 4.8);
  assert.deepEqual(parsed.warnings, []);
  const score = parsed.found.find((f) => f.field === "ihc_score");
  assert.equal(text.slice(score.start, score.end), "2+");
  assert.equal(api.interpret(parsed.fields).ish_group, 4);

  const spanish = api.parseReport("HER2 (IHQ)\n[x] Negativo (puntuación 1+)\n[x] Equívoco (puntuación 2+)\n[ ] Positivo (puntuación 3+)");
  assert.equal(spanish.fields.ihc_score, undefined);
  assert.deepEqual(spanish.warnings.map((w) => [w.code, w.field]), [["conflict", "ihc_score"]]);

  const unmarked = api.parseReport("HER2 by IHC\n☐ Negative (Score 1+)\n☐ Equivocal (Score 2+)\n☐ Positive (Score 3+)");
  assert.deepEqual(unmarked.found, []);
  assert.equal(unmarked.warnings.length, 1);
  assert.equal(unmarked.warnings[0].code, "checklist_unmarked");
  assert.equal(unmarked.warnings[0].field, "ihc_score");
  assert.match(unmarked.warnings[0].message, /none of them is marked/);
});

test("version names the app version and the guideline editions", () => {
  const v = api.version();
  assert.match(v.version, /^\d+\.\d+\.\d+$/);
  assert.equal(v.guidelines.length, 2);
  assert.match(v.guidelines[0], /ASCO\/CAP 2018/);
});

test("a flat input read the quick way gives the same result as read property by property", () => {
  // Most inputs are coded in JavaScript and copied in one call (crates/her2-js/src/objects.js);
  // an object with an inherited enumerable property is always read property by property, and
  // Object.entries does not see what it inherits, so both readings must agree exactly.
  const careful = (input) => Object.assign(Object.create({ inherited: 1 }), input);
  const texts = {
    cancer: ["breast", "gastric", "colorectal", "endometrial", "biliary", "lung", "other", "Breast", "stomach"],
    ihc_score: ["0", "1+", "2+", "3+", "3 +", "4+", ""],
    ihc_zero_subtype: ["null", "ultralow", "faint"],
    probe: ["dual", "single", "Dual"],
    specimen: ["biopsy", "resection", "core"],
  };
  const numbers = [0, 1, 1.52, 1.999999, 1.9999999, 2, 2.0000004, 0.1 + 0.2, 4.6, 6, 20, 40, 19.5, -1, 1e21, NaN, Infinity, 123456789012345];
  const inputs = [
    {},
    { recount_confirmed: true, ihc_score: "2+", ish_ratio: 1.8, avg_her2_copies: 4.5 },
    { recount_confirmed: false, ihc_score: "2+", ish_ratio: 1.8, avg_her2_copies: 4.5 },
    { ihc_score: undefined, ish_ratio: null, avg_her2_copies: 6.2 },
    { ihc_score: 3, ish_ratio: "2.2" },
    { ish_ratio: 2.3, avg_her2_copies: 5.1, colour: "blue" },
    { "0": 1, ihc_score: "3+" },
  ];
  for (const [field, values] of Object.entries(texts)) {
    for (const value of values) inputs.push({ [field]: value, ihc_score: field === "ihc_score" ? value : "2+", ish_ratio: 2.2, avg_her2_copies: 4.4 });
  }
  for (const number of numbers) {
    inputs.push({ ihc_score: "2+", probe: "dual", ish_ratio: number, avg_her2_copies: 4.6, avg_cep17_copies: 3, cells_counted: 40 });
    inputs.push({ cancer: "gastric", ihc_score: "2+", ish_ratio: 2.4, avg_her2_copies: number, cells_counted: number });
    inputs.push({ probe: "single", ihc_score: "2+", avg_her2_copies: number, cells_counted: 20 });
  }
  for (const lang of [undefined, "es"]) {
    for (const input of inputs) {
      assert.deepStrictEqual(api.interpret(input, { lang }), api.interpret(careful(input), { lang }), JSON.stringify(input));
    }
  }
});
