// The JavaScript API's explanation (interpret(input, { lang })) says the same words as the app:
// each case below is checked against the app's own texts in content/<lang>/ui-report.toml, in
// every language. Run: node --test end2end/api/   (after a release build)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const moduleUrl = new URL("../../dist/api/her2_core.js", import.meta.url);
const api = await import(moduleUrl);
await api.default({ module_or_path: await readFile(new URL("her2_core_bg.wasm", moduleUrl)) });

/** The app's interface strings of one language: the flat `key = "text"` lines of its files. */
async function appWords(lang) {
  const words = {};
  for (const file of ["ui.toml", "ui-report.toml"]) {
    const text = await readFile(new URL(`../../content/${lang}/${file}`, import.meta.url), "utf8");
    for (const line of text.split("\n")) {
      const match = /^([a-z0-9_]+)\s*=\s*(".*")\s*$/.exec(line);
      if (match) words[match[1]] = JSON.parse(match[2]);
    }
  }
  return words;
}
const fill = (template, name, value) => template.replaceAll(`{${name}}`, value);

const languages = { en: await appWords("en"), es: await appWords("es") };

// [input, the explanation as the app's texts (a function of the language's words)]
const cases = [
  [
    { ihc_score: "1+" },
    (w) => ({
      headline: w.status_low,
      meaning: w.meaning_low,
      disagreement: null,
      notes: [],
      ish_group: null,
      next_step: w.next_none,
      medicines: [w.med_tdxd_her2_low],
      no_medicines: null,
      questions: [w.q_meaning_for_treatment, w.q_low_matters, w.q_hormone_receptors, w.q_retest_later, w.q_clinical_trials, w.q_copy_of_report],
      source: fill(w.guide_breast_figure, "figure", "1"),
      no_rule: null,
    }),
  ],
  [
    { ihc_score: "0", ihc_zero_subtype: "ultralow" },
    (w) => ({ headline: w.status_ultralow, meaning: w.meaning_ultralow, notes: [], medicines: [w.med_tdxd_her2_ultralow] }),
  ],
  [
    { ihc_score: "0", ihc_zero_subtype: "null" },
    (w) => ({ headline: w.status_negative, meaning: w.meaning_negative, notes: [w.null_true], medicines: [], no_medicines: w.medicines_none_negative }),
  ],
  [
    { ihc_score: "2+" },
    (w) => ({
      headline: w.status_equivocal,
      meaning: w.meaning_equivocal,
      next_step: w.next_reflex_ish,
      medicines: [],
      no_medicines: w.medicines_none_waiting,
      questions: [w.q_when_next_result, w.q_meaning_for_treatment, w.q_hormone_receptors, w.q_retest_later, w.q_clinical_trials, w.q_copy_of_report],
    }),
  ],
  [
    { ihc_score: "2+", ish_ratio: 1.99, avg_her2_copies: 6.0 },
    (w) => ({ ish_group: { name: fill(w.ish_group_label, "group", "3"), meaning: w.group_3 }, next_step: w.next_recount, source: fill(w.guide_breast_figure, "figure", "5") }),
  ],
  [
    { ihc_score: "3+", ish_ratio: 1.2, avg_her2_copies: 2.5, cells_counted: 20 },
    (w) => ({
      headline: w.status_indeterminate,
      meaning: w.meaning_undecided,
      disagreement: {
        intro: w.disagree_intro,
        results: [fill(w.disagree_ihc_positive, "score", "3+"), w.disagree_ish_group5],
        after: [w.disagree_ihc3_alone, w.disagree_final],
      },
      ish_group: { name: fill(w.ish_group_label, "group", "5"), meaning: w.group_5 },
      next_step: w.next_ask_care_team,
      no_medicines: w.medicines_none_waiting,
      questions: [w.q_why_disagree, w.q_repeat_on_new_sample, w.q_meaning_for_treatment, w.q_hormone_receptors, w.q_retest_later, w.q_clinical_trials, w.q_copy_of_report],
      source: fill(w.guide_breast_figure, "figure", "3"),
      no_rule: w.guide_no_rule,
    }),
  ],
  [
    { ihc_score: "3+", ish_ratio: 1.2, avg_her2_copies: 2.5, cells_counted: 12 },
    (w) => ({ headline: w.status_positive, meaning: w.meaning_positive_breast, notes: [w.too_few_cells_note], medicines: [w.med_breast_her2_targeted], source: w.guide_breast_cells_ihc }),
  ],
  [
    { ish_ratio: 1.2, avg_her2_copies: 2.5 },
    (w) => ({ headline: w.status_negative, notes: [w.low_needs_ihc_note], source: fill(w.guide_breast_figure, "figure", "3") }),
  ],
  [
    { cancer: "gastric", ihc_score: "3+", specimen: "resection" },
    (w) => ({
      headline: w.status_positive,
      meaning: w.meaning_positive_gastric,
      notes: [fill(w.specimen_result_note, "specimen", w.value_resection)],
      medicines: [w.med_gastric_her2_targeted],
      questions: [w.q_meaning_for_treatment, w.q_targeted_options, w.q_pd_l1, w.q_retest_later, w.q_clinical_trials, w.q_copy_of_report],
      source: w.guide_gastric_ihc,
    }),
  ],
  [
    { cancer: "gastric", ihc_score: "1+", ish_ratio: 2.5 },
    (w) => ({
      meaning: w.meaning_undecided,
      disagreement: { intro: w.disagree_intro, results: [fill(w.disagree_ihc_negative, "score", "1+"), w.disagree_ish_ratio_ge2], after: [w.disagree_final] },
      notes: [w.gastric_ish_after_ihc01_note],
      source: w.guide_gastric_ihc01,
    }),
  ],
  [
    { cancer: "gastric", probe: "single", avg_her2_copies: 5.0 },
    (w) => ({ next_step: w.next_dual_probe, source: w.guide_gastric_single }),
  ],
  [
    {},
    (w) => ({
      headline: w.status_indeterminate,
      meaning: w.meaning_nothing,
      next_step: w.next_invalid,
      questions: [w.q_missing_values, w.q_meaning_for_treatment, w.q_hormone_receptors, w.q_retest_later, w.q_clinical_trials, w.q_copy_of_report],
      source: w.guide_app_checks,
    }),
  ],
];

for (const [lang, words] of Object.entries(languages)) {
  for (const [input, expected] of cases) {
    test(`explanation in ${lang} of ${JSON.stringify(input)} uses the app's words`, () => {
      const { explanation } = api.interpret(input, { lang });
      assert.equal(explanation.lang, lang);
      for (const [key, value] of Object.entries(expected(words))) assert.deepEqual(explanation[key], value, key);
      assert.equal(explanation.care_team_decides, words.medicines_decide);
      assert.equal(explanation.not_advice, words.report_not_advice);
      assert.equal(explanation.no_medicines === null, explanation.medicines.length > 0);
    });
  }
}

test("the explanation has exactly the documented fields", () => {
  assert.deepEqual(Object.keys(api.interpret({ ihc_score: "0" }).explanation).sort(), [
    "care_team_decides", "disagreement", "headline", "ish_group", "lang", "meaning", "medicines", "next_step", "no_medicines", "no_rule", "not_advice", "notes", "questions", "source",
  ]);
});

test("without a known lang the explanation is in English", () => {
  for (const options of [undefined, null, {}, { lang: "fr" }, { lang: 5 }, "es", { lang: "ES" }]) {
    const { explanation } = api.interpret({ ihc_score: "3+" }, options);
    assert.equal(explanation.lang, "en", JSON.stringify(options));
    assert.equal(explanation.headline, languages.en.status_positive);
  }
});

test("an input with an error to fix first has no explanation", () => {
  for (const input of [{ ish_ratio: -1 }, { cancer: "lung", ihc_score: "3+" }, { ihc_score: "4+" }, { colour: "red" }, 5, [1]]) {
    const result = api.interpret(input, { lang: "es" });
    assert.notDeepEqual(result.errors, [], JSON.stringify(input));
    assert.equal(result.explanation, null, JSON.stringify(input));
  }
});

test("every explanation's words are the language's own, with no placeholder left", () => {
  const scores = [undefined, "0", "1+", "2+", "3+"];
  for (const lang of Object.keys(languages)) {
    for (const cancer of ["breast", "gastric"]) {
      for (const ihc_score of scores) {
        for (const ish of [{}, { ish_ratio: 2.2, avg_her2_copies: 4.4 }, { ish_ratio: 1.5, avg_her2_copies: 6.5 }, { ish_ratio: 2.2, avg_her2_copies: 3.0 }, { probe: "single", avg_her2_copies: 6.5 }, { ish_ratio: 2.2, avg_her2_copies: 4.4, cells_counted: 12 }]) {
          const input = { cancer, ...(ihc_score ? { ihc_score } : {}), ...ish };
          const { explanation } = api.interpret(input, { lang });
          assert.ok(explanation, JSON.stringify(input));
          assert.doesNotMatch(JSON.stringify(explanation), /\{[a-z_]+\}/, JSON.stringify(input));
          const all = new Set(Object.values(languages[lang]));
          for (const line of [explanation.headline, explanation.meaning, explanation.next_step, ...explanation.medicines, ...explanation.questions]) {
            assert.ok(all.has(line), `${lang} ${JSON.stringify(input)}: ${line}`);
          }
        }
      }
    }
  }
});

test("the explanation is frozen, so no caller can change what another call returns", () => {
  const first = api.interpret({ ihc_score: "1+" }, { lang: "es" }).explanation;
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.questions));
  assert.throws(() => { "use strict"; first.questions.push("x"); }, TypeError);
  assert.throws(() => { first.headline = "x"; }, TypeError);
  const again = api.interpret({ ihc_score: "1+" }, { lang: "es" }).explanation;
  assert.equal(again.headline, languages.es.status_low);
  assert.equal(again.questions.length, first.questions.length);
  // The rest of the result is the caller's own.
  const result = api.interpret({ ihc_score: "1+" });
  result.notes.push("mine");
  assert.deepEqual(api.interpret({ ihc_score: "1+" }).notes, ["her2_low"]);
});
