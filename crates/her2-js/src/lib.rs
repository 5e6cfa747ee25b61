//! # her2-js
//!
//! The HER2 Explained JavaScript API: a thin wasm-bindgen layer over [`her2_core`]. It converts
//! plain JavaScript objects to and from the core's types, and writes the explanation in the words
//! of `her2_content::words` (the app's own); it adds no rule, so every rule lives in the core and
//! is tested there.
//!
//! ```js
//! import init, { interpret, parseReport, version } from "./her2_core.js";
//! await init();
//! interpret({ cancer: "breast", ihc_score: "2+", ish_ratio: 2.3, avg_her2_copies: 5.1 }, { lang: "es" });
//! // → { status: "positive", her2_low: false, her2_ultralow: false, ish_group: 1, next_step: "none",
//! //     rule: "breast.ish.group1", guideline: "ASCO/CAP 2018 (reaffirmed 2023), Figure 3",
//! //     discordance: null, notes: [], errors: [], warnings: [],
//! //     explanation: { lang: "es", headline: "HER2 positivo", meaning: "…", … } }
//! ```
//!
//! See docs/api.md for the whole contract.

#![forbid(unsafe_code)]

use her2_content::words::explanation_words;
use her2_content::Ui;
use her2_core::{
    check_values, explain, parse_report, read_and_interpret, CancerSite, Explanation, Field, Found,
    FoundValue, IhcScore, IhcZeroSubtype, Probe, ReportFields, Specimen, Utf16Offsets, Value,
    GUIDELINES,
};
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use wasm_bindgen::prelude::*;

/// The TypeScript types of the API, written into `her2_core.d.ts` by wasm-bindgen. The unions
/// are checked against the core's enums by the tests below.
// (Only read through TYPESCRIPT_SECTION, which wasm-bindgen takes in for wasm32 builds.)
#[allow(dead_code)]
const TYPESCRIPT: &str = r#"
/** Which rules to use. "gastric" covers stomach, gastroesophageal junction and esophagus adenocarcinoma. */
export type Cancer = "breast" | "gastric";
/** Cancers this tool does not read (other cancers use other HER2 rules): interpret returns the error "unsupported_cancer". */
export type OtherCancer = "colorectal" | "endometrial" | "biliary" | "lung" | "other";
/** The IHC score. */
export type IhcScore = "0" | "1+" | "2+" | "3+";
/** For IHC 0 only: no membrane staining (the string "null") or faint, partial staining in more than none and at most 10 of 100 cells. */
export type IhcZeroSubtype = "null" | "ultralow";
/** The ISH test type. */
export type Probe = "dual" | "single";
/** The kind of sample (stomach and esophagus cancers only; informational). */
export type Specimen = "biopsy" | "resection";
/** "equivocal": another test is needed; "indeterminate": no status can be given (see next_step). */
export type Status = "positive" | "negative" | "equivocal" | "indeterminate";
/** What happens next. */
export type NextStep = "none" | "reflex_ish" | "reflex_ihc" | "recount_second_observer" | "dual_probe_ish" | "repeat_test" | "ask_care_team" | "invalid_input";
/** The breast dual-probe ISH group (ASCO/CAP 2018 Figure 3). */
export type IshGroup = 1 | 2 | 3 | 4 | 5;
/** The input fields. */
export type FieldName = "cancer" | "ihc_score" | "ihc_zero_subtype" | "probe" | "ish_ratio" | "avg_her2_copies" | "avg_cep17_copies" | "cells_counted" | "specimen" | "recount_confirmed";
/** What is wrong with a field. */
export type ErrorCode = "unknown_field" | "wrong_type" | "unknown_value" | "subtype_needs_ihc_zero" | "not_finite" | "not_positive" | "too_large" | "not_whole_number" | "too_small" | "probe_missing" | "not_for_single_probe" | "missing_for_single_probe" | "dual_probe_incomplete" | "missing_for_breast_dual_probe" | "ratio_mismatch" | "nothing_entered" | "unsupported_cancer";
/** What an ISH result says, when it disagrees with the IHC score (or its ratio with its copy number). */
export type IshFinding = "group5" | "ratio_ge2" | "ratio_lt2_copies_ge6" | "single_ge6" | "single_lt4";
/** A note the explanation adds under the headline. */
export type NoteCode = "ish_too_few_cells" | "ish_too_few_cells_no_ihc" | "her2_low" | "her2_ultralow" | "her2_null" | "ihc0_detail_unknown" | "her2_low_needs_ihc" | "gastric_ish_after_ihc0_1";
/** A value that is possible but very unlikely, so probably a typo: show it back to the person before the result. */
export type CheckCode = "ratio_high" | "implied_cep17_low" | "implied_cep17_high" | "cep17_low" | "cep17_high" | "her2_copies_high" | "few_cells";
/** What the report reader wants the person to know. */
export type WarningCode = "conflict" | "checklist_unmarked" | "pending" | "nothing_found" | "truncated" | "too_many_values";

/** What a report says. Every field is optional: absent, undefined and null all mean "not stated". */
export interface Her2Input {
  /** A cancer this tool does not read gives the error "unsupported_cancer", never a result. */
  cancer?: Cancer | OtherCancer | null;
  ihc_score?: IhcScore | null;
  ihc_zero_subtype?: IhcZeroSubtype | null;
  probe?: Probe | null;
  /** HER2/CEP17 ratio (dual-probe). */
  ish_ratio?: number | null;
  /** Average HER2 signals per cell. */
  avg_her2_copies?: number | null;
  /** Average CEP17 signals per cell (dual-probe). */
  avg_cep17_copies?: number | null;
  /** Cells counted for ISH (a whole number). */
  cells_counted?: number | null;
  specimen?: Specimen | null;
  /** A blinded second observer recounted at least 20 cells and the ISH group stayed the same. */
  recount_confirmed?: boolean | null;
}

/** One problem with the input. `field` is a field name, "input" for the input as a whole, or the unknown name given. */
export interface Her2Error {
  field: FieldName | "input" | (string & {});
  code: ErrorCode;
  /** Plain English, e.g. "The ratio must be a number above 0, like 1.8." */
  message: string;
}

/** A value to check again before the result is shown. The result itself does not depend on it. */
export interface Her2Warning {
  field: "ish_ratio" | "avg_her2_copies" | "avg_cep17_copies" | "cells_counted";
  code: CheckCode;
  /** Plain English, e.g. "Your report says the ratio is 45? That is very high. Many reports say a number like 4.5. Check the ratio on the report." */
  message: string;
  /** The value as entered (for the implied CEP17 codes: the ratio). */
  value: number;
  /** A value the person may have meant (the digits with the decimal point moved), or null. */
  suggestion: number | null;
}

/** For every "ask_care_team" answer: the two results that disagree. The pathologist gives the final status. */
export interface Her2Discordance {
  /** The IHC score that disagrees with the ISH result; null when the two are both ISH numbers. */
  ihc: IhcScore | null;
  ish: IshFinding;
  /** The IHC score is 3+, which on its own counts as HER2-positive in the guideline. */
  ihc3_positive_alone: boolean;
}

/** The interpretation. */
export interface Her2Result {
  status: Status;
  /** Breast only; null when it cannot be told or does not apply. */
  her2_low: boolean | null;
  /** Breast only; null when it cannot be told or does not apply. */
  her2_ultralow: boolean | null;
  ish_group: IshGroup | null;
  next_step: NextStep;
  /** The id of the rule that gave the result, e.g. "breast.ish.group4.ihc2.recount". */
  rule: string;
  /** The guideline and figure, e.g. "ASCO/CAP 2018 (reaffirmed 2023), Figure 6". */
  guideline: string;
  /** Set exactly when next_step is "ask_care_team". */
  discordance: Her2Discordance | null;
  /** Notes for the explanation, in order (e.g. "ish_too_few_cells"); empty for invalid input. */
  notes: NoteCode[];
  /** Empty unless next_step is "invalid_input". */
  errors: Her2Error[];
  /** Values that are possible but very unlikely (say, a ratio of 45 for 4.5): ask the person to confirm or fix them before showing the result. They never change the result. */
  warnings: Her2Warning[];
  /** The result explained in plain words, in the language asked for: the same words the HER2 Explained report tool shows. null when the input has an error to fix first (any error but "nothing_entered"). */
  explanation: Her2Explanation | null;
}

/** Options for interpret. */
export interface Her2Options {
  /** The language of the explanation: "en" (the default) or "es". Any other value gives English. */
  lang?: "en" | "es" | (string & {});
}

/** The explanation of a result, in plain words, as the report tool shows it. Frozen: shared by every result with the same explanation. */
export interface Her2Explanation {
  /** The language of these words ("en" or "es"). */
  readonly lang: "en" | "es";
  /** The result in a few words, e.g. "HER2-low, a kind of HER2-negative". */
  readonly headline: string;
  /** What the result means. */
  readonly meaning: string;
  /** For an "ask_care_team" answer: the two results that disagree, one line each, and the lines that follow them. */
  readonly disagreement: { readonly intro: string; readonly results: readonly string[]; readonly after: readonly string[] } | null;
  /** Lines under the headline (too few cells counted, HER2-null, the kind of sample, …). */
  readonly notes: readonly string[];
  /** The breast dual-probe ISH group and what it means. */
  readonly ish_group: { readonly name: string; readonly meaning: string } | null;
  /** What happens next. */
  readonly next_step: string;
  /** Medicines generally linked to this kind of result (general information, not advice). */
  readonly medicines: readonly string[];
  /** Why no medicine is listed; null when medicines has items. */
  readonly no_medicines: string | null;
  /** That the care team decides with the person which treatments fit. */
  readonly care_team_decides: string;
  /** Questions the person may want to ask their care team. */
  readonly questions: readonly string[];
  /** The guideline part the result comes from. */
  readonly source: string;
  /** That the guideline has no rule for this mix of results, when it has none. */
  readonly no_rule: string | null;
  /** That this is not medical advice. */
  readonly not_advice: string;
}

/** The values a report's text states (only those), with interpret's field names. */
export interface ReportFields {
  cancer?: Cancer;
  ihc_score?: IhcScore;
  ihc_zero_subtype?: IhcZeroSubtype;
  probe?: Probe;
  ish_ratio?: number;
  avg_her2_copies?: number;
  avg_cep17_copies?: number;
  cells_counted?: number;
  specimen?: Specimen;
}

/** One value found in the text; start and end are JavaScript string indices. */
export interface FoundValue {
  field: FieldName;
  value: string | number;
  start: number;
  end: number;
}

export interface ReportWarning {
  code: WarningCode;
  /** The field a conflict or an unmarked checklist is about; null for other warnings. */
  field: FieldName | null;
  message: string;
}

export interface ParsedReport {
  fields: ReportFields;
  found: FoundValue[];
  warnings: ReportWarning[];
}

export interface VersionInfo {
  version: string;
  guidelines: string[];
}
"#;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT_SECTION: &'static str = TYPESCRIPT;

#[wasm_bindgen]
extern "C" {
    /// `interpret`'s options (`Her2Options` in the TypeScript types): an optional last argument.
    #[wasm_bindgen(typescript_type = "Her2Options")]
    pub type Her2Options;
}

/// A loosely typed value owned on the Rust side.
enum Owned {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Other,
}

impl Owned {
    fn from_js(value: &JsValue) -> Owned {
        if value.is_null() || value.is_undefined() {
            Owned::Null
        } else if let Some(b) = value.as_bool() {
            Owned::Bool(b)
        } else if let Some(n) = value.as_f64() {
            Owned::Number(n)
        } else if let Some(s) = value.as_string() {
            Owned::Text(s)
        } else {
            Owned::Other
        }
    }

    fn as_value(&self) -> Value<'_> {
        match self {
            Owned::Null => Value::Null,
            Owned::Bool(b) => Value::Bool(*b),
            Owned::Number(n) => Value::Number(*n),
            Owned::Text(s) => Value::Text(s),
            Owned::Other => Value::Other,
        }
    }
}

/// The input's properties as `objects.js` codes them (`code_input`), or `None` when the input
/// must be read the careful way (property by property, as `Object.entries` gives them).
fn coded_entries(input: &JsValue) -> Option<Vec<(&'static str, Value<'static>)>> {
    thread_local! {
        /// The value texts the coder knows, in the order given to it; and the array it fills.
        static TABLES: (Vec<&'static str>, js_sys::Float64Array) = {
            let texts: Vec<&'static str> = CancerSite::ALL
                .iter()
                .map(|c| c.as_str())
                .chain(IhcScore::ALL.iter().map(|s| s.as_str()))
                .chain(IhcZeroSubtype::ALL.iter().map(|s| s.as_str()))
                .chain(Probe::ALL.iter().map(|p| p.as_str()))
                .chain(Specimen::ALL.iter().map(|s| s.as_str()))
                .collect();
            let list = |items: &mut dyn Iterator<Item = &'static str>| -> Array {
                items.map(JsValue::from_str).collect()
            };
            let coded = js_sys::Float64Array::new_with_length(CODED_LENGTH as u32);
            objects::set_tables(
                &list(&mut Field::KNOWN.iter().map(|f| f.name())),
                &list(&mut texts.iter().copied()),
                &coded,
            );
            (texts, coded)
        };
    }
    TABLES.with(|(texts, coded)| {
        let count = usize::try_from(objects::code_input(input)).ok()?;
        let mut values = [0.0; CODED_LENGTH];
        coded.copy_to(&mut values);
        values
            .chunks_exact(3)
            .take(count)
            .map(|item| {
                let name = Field::KNOWN.get(item[0] as usize)?.name();
                // The kinds, as `objects.js` numbers them.
                let value = match item[1] as u8 {
                    0 => Value::Number(item[2]),
                    1 => Value::Text(texts.get(item[2] as usize)?),
                    2 => Value::Bool(true),
                    3 => Value::Bool(false),
                    _ => Value::Null,
                };
                Some((name, value))
            })
            .collect()
    })
}

/// The length of the array `objects.js` codes an input into: three numbers for each of up to
/// 16 properties (more than the core has fields; an input with more is read the careful way).
const CODED_LENGTH: usize = 3 * 16;

/// Interprets a HER2 result.
///
/// Takes a plain object such as `{cancer: "breast", ihc_score: "2+", ish_ratio: 2.3,
/// avg_her2_copies: 5.1}` and returns a plain object `{status, her2_low, her2_ultralow, ish_group,
/// next_step, rule, guideline, discordance, notes, errors, warnings, explanation}`. Never throws:
/// unknown fields and wrong types are listed in `errors` as `{field, code, message}`; values that
/// are possible but very unlikely are listed in `warnings` as `{field, code, message, value,
/// suggestion}`. `explanation` holds the result in plain words in the language of
/// `options.lang` (`"en"`, the default, or `"es"`), the same words the app shows; it is `null`
/// when the input has an error to fix first.
#[wasm_bindgen(unchecked_return_type = "Her2Result")]
pub fn interpret(
    #[wasm_bindgen(unchecked_param_type = "Her2Input")] input: JsValue,
    options: Option<Her2Options>,
) -> JsValue {
    let options = options.as_deref();
    if input.is_null() || input.is_undefined() {
        // Nothing entered: the core reports it.
        result_object(&[], false, options)
    } else if input.is_object() && !Array::is_array(&input) {
        // Most inputs are flat objects of known names and values: coded by `objects.js` and
        // copied in one call. Anything else (nested values, names or texts the core does not
        // know, inherited properties) is read property by property.
        match coded_entries(&input) {
            Some(entries) => result_object(&entries, false, options),
            None => {
                let owned: Vec<(String, Owned)> = Object::entries(&Object::from(input))
                    .iter()
                    .map(|entry| {
                        let pair = Array::from(&entry);
                        let name = pair.get(0).as_string().unwrap_or_default();
                        (name, Owned::from_js(&pair.get(1)))
                    })
                    .collect();
                let entries: Vec<(&str, Value<'_>)> = owned
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_value()))
                    .collect();
                result_object(&entries, false, options)
            }
        }
    } else {
        result_object(&[], true, options)
    }
}

/// `interpret`'s result for the input's properties. Its objects are made by the object literals
/// of `objects.js`, with the fixed texts (codes, rule ids) as JavaScript strings made once
/// ([`js_text`]): on a call without errors or warnings no text is copied out of WebAssembly and
/// the engine parses nothing. The explanation is made once for each explanation and language.
fn result_object(
    entries: &[(&str, Value<'_>)],
    not_an_object: bool,
    options: Option<&JsValue>,
) -> JsValue {
    let (input, r) = read_and_interpret(entries.iter().copied());
    let discordance = match r.discordance {
        Some(d) => objects::discordance(
            &d.ihc.map_or(JsValue::NULL, |s| js_text(s.as_str())),
            &js_text(d.ish.as_str()),
            d.ihc3_positive_alone(),
        ),
        None => JsValue::NULL,
    };
    let notes = Array::new();
    for note in &r.notes {
        notes.push(&js_text(note.as_str()));
    }
    let errors = Array::new();
    if not_an_object {
        errors.push(&objects::error(
            "input",
            "wrong_type",
            "The input must be an object, like { ihc_score: \"2+\" }.",
        ));
    } else {
        for e in &r.errors {
            errors.push(&objects::error(
                e.field.name(),
                e.code.as_str(),
                &e.message(),
            ));
        }
    }
    let warnings = Array::new();
    for check in check_values(&input) {
        warnings.push(&objects::warning(
            check.field.name(),
            check.code.as_str(),
            &check.message(),
            check.value.to_f64(),
            check.suggestion.map(|s| s.to_f64()),
        ));
    }
    let explanation = match explain(&input, &r).filter(|_| !not_an_object) {
        Some(explanation) => explanation_object(explanation, options_language(options)),
        None => JsValue::NULL,
    };
    objects::result(
        &js_text(r.status.as_str()),
        r.her2_low,
        r.her2_ultralow,
        r.ish_group.map(|g| g.number()),
        &js_text(r.next_step.as_str()),
        &js_text(r.rule.id()),
        &js_text(r.rule.guideline()),
        &discordance,
        &notes,
        &errors,
        &warnings,
        &explanation,
    )
}

/// The object literals of `objects.js`.
mod objects {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/objects.js")]
    extern "C" {
        #[allow(clippy::too_many_arguments)]
        pub fn result(
            status: &JsValue,
            her2_low: Option<bool>,
            her2_ultralow: Option<bool>,
            ish_group: Option<u8>,
            next_step: &JsValue,
            rule: &JsValue,
            guideline: &JsValue,
            discordance: &JsValue,
            notes: &JsValue,
            errors: &JsValue,
            warnings: &JsValue,
            explanation: &JsValue,
        ) -> JsValue;
        pub fn discordance(ihc: &JsValue, ish: &JsValue, ihc3_positive_alone: bool) -> JsValue;
        pub fn set_tables(
            fields: &js_sys::Array,
            texts: &js_sys::Array,
            coded: &js_sys::Float64Array,
        );
        pub fn code_input(input: &JsValue) -> i32;
        pub fn error(field: &str, code: &str, message: &str) -> JsValue;
        pub fn warning(
            field: &str,
            code: &str,
            message: &str,
            value: f64,
            suggestion: Option<f64>,
        ) -> JsValue;
    }
}

/// The language `options.lang` names (`"en"`, `"es"`), or the default language (English) when
/// it names none of the app's languages or is not given.
fn options_language(options: Option<&JsValue>) -> Language {
    let lang = if let Some(options) = options.filter(|o| o.is_object()) {
        Reflect::get(options, &js_text("lang"))
            .ok()
            .and_then(|l| l.as_string())
    } else {
        None
    };
    let code = her2_content::LANGUAGE_CODES
        .iter()
        .copied()
        .find(|code| lang.as_deref() == Some(*code))
        .unwrap_or(her2_content::DEFAULT_LANGUAGE_CODE);
    (code, her2_content::ui(code))
}

/// A language code and its interface strings.
type Language = (&'static str, &'static Ui);

/// The explanation in words as a frozen JavaScript object, made once for each explanation and
/// language and then shared: there are a few hundred different explanations in all, and
/// writing and parsing the words (about 1.5 KB of text) on every call would cost more than the
/// rest of `interpret`. Frozen, so that no caller can change what another call returns.
fn explanation_object(explanation: Explanation, lang: Language) -> JsValue {
    thread_local! {
        static MADE: RefCell<HashMap<(Explanation, &'static str), JsValue, BuildHasherDefault<QuickHasher>>> =
            RefCell::new(HashMap::default());
    }
    MADE.with(|made| {
        let key = (explanation, lang.0);
        if let Some(object) = made.borrow().get(&key) {
            return object.clone();
        }
        let mut json = Json::default();
        explanation_json(&mut json, &key.0, lang);
        let object = js_sys::JSON::parse(&json.out).unwrap_or_else(|_| Object::new().into());
        deep_freeze(&object);
        made.borrow_mut().insert(key, object.clone());
        object
    })
}

/// Freezes an object and every object and array in it.
fn deep_freeze(value: &JsValue) {
    if value.is_object() {
        let object = Object::unchecked_from_js_ref(value);
        for inner in Object::values(object).iter() {
            deep_freeze(&inner);
        }
        Object::freeze(object);
    }
}

/// Writes the explanation's words: the same words the app's result view shows
/// (`her2_content::words`), with the lines the view always adds.
fn explanation_json(json: &mut Json, explanation: &Explanation, (code, ui): Language) {
    let words = explanation_words(ui, explanation);
    let list = |json: &mut Json, items: &mut dyn Iterator<Item = &str>| {
        json.open('[');
        for item in items {
            json.text(item);
        }
        json.close(']');
    };
    let optional = |json: &mut Json, text: Option<&str>| match text {
        Some(t) => json.text(t),
        None => json.raw("null"),
    };
    json.open('{');
    json.key("lang");
    json.text(code);
    json.key("headline");
    json.text(words.headline);
    json.key("meaning");
    json.text(words.meaning);
    json.key("disagreement");
    match &words.disagreement {
        Some(d) => {
            json.open('{');
            json.key("intro");
            json.text(d.intro);
            json.key("results");
            list(json, &mut d.results.iter().map(String::as_str));
            json.key("after");
            list(json, &mut d.after.iter().copied());
            json.close('}');
        }
        None => json.raw("null"),
    }
    json.key("notes");
    list(json, &mut words.notes.iter().map(String::as_str));
    json.key("ish_group");
    match &words.ish_group {
        Some((name, meaning)) => {
            json.open('{');
            json.key("name");
            json.text(name);
            json.key("meaning");
            json.text(meaning);
            json.close('}');
        }
        None => json.raw("null"),
    }
    json.key("next_step");
    json.text(words.next_step);
    json.key("medicines");
    list(json, &mut words.medicines.iter().copied());
    json.key("no_medicines");
    optional(json, words.no_medicines);
    json.key("care_team_decides");
    json.text(ui.medicines_decide);
    json.key("questions");
    list(json, &mut words.questions.iter().copied());
    json.key("source");
    json.text(&words.source);
    json.key("no_rule");
    optional(json, words.no_rule);
    json.key("not_advice");
    json.text(ui.report_not_advice);
    json.close('}');
}

/// Reads the HER2 values from pasted report text.
///
/// Returns `{fields, found, warnings}`: `fields` uses the same names as `interpret`'s input and
/// holds only what the text states (so it can be passed to `interpret`), `found` lists every
/// match as `{field, value, start, end}` with JavaScript string indices, and `warnings` lists
/// `{code, field, message}`.
#[wasm_bindgen(js_name = parseReport, unchecked_return_type = "ParsedReport")]
pub fn parse_report_js(text: &str) -> JsValue {
    let parsed = parse_report(text);
    let result = Object::new();
    set(&result, "fields", &fields_to_js(&parsed.fields));
    set(&result, "found", &found_to_js(text, &parsed.found));
    let warnings = Array::new();
    for w in &parsed.warnings {
        let item = Object::new();
        set(&item, "code", &w.code().into());
        let field: JsValue = w.about().map_or(JsValue::NULL, |f| f.name().into());
        set(&item, "field", &field);
        set(&item, "message", &w.message().into());
        warnings.push(&item);
    }
    set(&result, "warnings", &warnings);
    result.into()
}

/// The app version and the guideline editions the logic follows:
/// `{version: "0.1.0", guidelines: ["ASCO/CAP 2018 …", "CAP/ASCP/ASCO 2016 …"]}`.
#[wasm_bindgen(unchecked_return_type = "VersionInfo")]
pub fn version() -> JsValue {
    let result = Object::new();
    set(&result, "version", &env!("CARGO_PKG_VERSION").into());
    let guidelines = Array::new();
    for g in GUIDELINES {
        guidelines.push(&(*g).into());
    }
    set(&result, "guidelines", &guidelines);
    result.into()
}

/// A JSON text written piece by piece (commas between items are put in by `key`, `text`,
/// `number`, `raw` and `open`), then parsed by the JavaScript engine.
struct Json {
    out: String,
    /// Whether the next item in the open object or array needs a comma before it.
    comma: bool,
}

impl Default for Json {
    fn default() -> Json {
        Json {
            // A typical result is 250 to 600 bytes.
            out: String::with_capacity(1024),
            comma: false,
        }
    }
}

impl Json {
    fn item(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }

    fn open(&mut self, bracket: char) {
        self.item();
        self.out.push(bracket);
        self.comma = false;
    }

    fn close(&mut self, bracket: char) {
        self.out.push(bracket);
        self.comma = true;
    }

    /// An object's key; its value follows without a comma.
    fn key(&mut self, key: &str) {
        self.text(key);
        self.out.push(':');
        self.comma = false;
    }

    fn text(&mut self, text: &str) {
        self.item();
        self.out.push('"');
        // Runs of plain characters are copied whole; only `"`, `\\` and control characters are
        // escaped (all ASCII, so every cut is at a character boundary).
        let mut plain = 0;
        for (at, byte) in text.bytes().enumerate() {
            if byte == b'"' || byte == b'\\' || byte < 0x20 {
                self.out.push_str(&text[plain..at]);
                match byte {
                    b'"' => self.out.push_str("\\\""),
                    b'\\' => self.out.push_str("\\\\"),
                    _ => {
                        const HEX: &[u8; 16] = b"0123456789abcdef";
                        self.out.push_str("\\u00");
                        self.out.push(char::from(HEX[usize::from(byte >> 4)]));
                        self.out.push(char::from(HEX[usize::from(byte & 15)]));
                    }
                }
                plain = at + 1;
            }
        }
        self.out.push_str(&text[plain..]);
        self.out.push('"');
    }

    /// A number as its `Display` writes it: a whole number, or a decimal as the core writes it
    /// (`4.5`, `40.0`), which JSON reads as the float nearest to it, the same as
    /// `Decimal::to_f64`.
    fn number(&mut self, value: impl std::fmt::Display) {
        use std::fmt::Write;
        self.item();
        let _ = write!(self.out, "{value}");
    }

    fn raw(&mut self, text: &str) {
        self.item();
        self.out.push_str(text);
    }
}

fn fields_to_js(f: &ReportFields) -> Object {
    let object = Object::new();
    let text = |name: &'static str, value: Option<&'static str>| {
        if let Some(v) = value {
            set(&object, name, &v.into());
        }
    };
    text("cancer", f.cancer.map(|c| c.as_str()));
    text("ihc_score", f.ihc_score.map(|s| s.as_str()));
    text("ihc_zero_subtype", f.ihc_zero_subtype.map(|s| s.as_str()));
    text("probe", f.probe.map(|p| p.as_str()));
    text("specimen", f.specimen.map(|s| s.as_str()));
    let number = |name: &'static str, value: Option<f64>| {
        if let Some(v) = value {
            set(&object, name, &v.into());
        }
    };
    number("ish_ratio", f.ish_ratio.map(|d| d.to_f64()));
    number("avg_her2_copies", f.avg_her2_copies.map(|d| d.to_f64()));
    number("avg_cep17_copies", f.avg_cep17_copies.map(|d| d.to_f64()));
    number("cells_counted", f.cells_counted.map(|c| c as f64));
    object
}

/// The values found, as `[{field, value, start, end}]` with UTF-16 offsets. Built as one JSON
/// text and parsed by the engine in one call: a long text can have tens of thousands of values,
/// and one object built property by property from WebAssembly each costs several calls across.
fn found_to_js(text: &str, found: &[Found]) -> JsValue {
    js_sys::JSON::parse(&found_json(text, found)).unwrap_or_else(|_| Array::new().into())
}

/// The values found as one JSON text: a long text can have a thousand values
/// ([`her2_core::MAX_FOUND`]), and building each object from WebAssembly would cost several
/// calls across.
fn found_json(text: &str, found: &[Found]) -> String {
    // Counted once for the whole text, not from its start for each offset.
    let utf16 = Utf16Offsets::new(text);
    let mut json = Json::default();
    json.open('[');
    for f in found {
        json.open('{');
        json.key("field");
        json.text(f.field.name());
        json.key("value");
        match f.value {
            FoundValue::Number(d) => json.number(d),
            FoundValue::Count(c) => json.number(c),
            _ => json.text(&f.value.api_text()),
        }
        json.key("start");
        json.number(utf16.at(f.start) as u64);
        json.key("end");
        json.number(utf16.at(f.end) as u64);
        json.close('}');
    }
    json.close(']');
    json.out
}

fn set(object: &Object, key: &'static str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &js_text(key), value);
}

/// A fixed text (a property name, a code of the core, a rule id) as a JavaScript string, made
/// once: a text written from WebAssembly is otherwise encoded, copied across and decoded on
/// every call, which cost more than the rest of `interpret`. Looked up by its address, which is
/// fixed.
fn js_text(text: &'static str) -> JsValue {
    type Made = HashMap<(usize, usize), JsValue, BuildHasherDefault<QuickHasher>>;
    thread_local! {
        static MADE: RefCell<Made> = RefCell::new(Made::default());
    }
    let key = (text.as_ptr() as usize, text.len());
    MADE.with(|made| {
        if let Some(value) = made.borrow().get(&key) {
            return value.clone();
        }
        let value = JsValue::from_str(text);
        made.borrow_mut().insert(key, value.clone());
        value
    })
}

/// A multiply-rotate hash (FxHash's) for the API's two caches, whose keys are the program's own
/// (addresses of fixed texts, explanations): the standard hasher, made to resist keys chosen
/// by an attacker, took a tenth of a call's time.
#[derive(Default)]
struct QuickHasher(u64);

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.write_u64(u64::from(*byte));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::TYPESCRIPT;
    use her2_core::{
        Cancer, CheckCode, ErrorCode, Field, IhcScore, IhcZeroSubtype, IshFinding, IshGroup,
        NextStep, Note, OtherCancer, Probe, Specimen, Status, Warning,
    };

    /// The members of `export type <name> = … ;` in the TypeScript types, as written.
    fn union(name: &str) -> Vec<String> {
        let start = format!("export type {name} = ");
        let at = TYPESCRIPT
            .find(&start)
            .unwrap_or_else(|| panic!("no type {name}"))
            + start.len();
        let end = at + TYPESCRIPT[at..].find(';').expect("the type ends with ;");
        TYPESCRIPT[at..end]
            .split('|')
            .map(|member| member.trim().trim_matches('"').to_string())
            .collect()
    }

    /// The API texts of every value of a core enum.
    fn texts<T>(all: &[T], text: impl Fn(&T) -> String) -> Vec<String> {
        all.iter().map(text).collect()
    }

    #[test]
    #[ignore = "a timing, not a test: cargo test --release -p her2-js -- --ignored --nocapture"]
    fn time_interpret_parts() {
        use her2_core::Value;
        let entries = [
            ("ihc_score", Value::Text("2+")),
            ("probe", Value::Text("dual")),
            ("ish_ratio", Value::Number(1.52)),
            ("avg_her2_copies", Value::Number(4.6)),
            ("avg_cep17_copies", Value::Number(3.0)),
            ("cells_counted", Value::Number(40.0)),
        ];
        let n = 200_000;
        let fields = || entries.iter().copied();
        let time = |name: &str, f: &dyn Fn() -> usize| {
            let t = std::time::Instant::now();
            let mut x = 0;
            for _ in 0..n {
                x += f();
            }
            println!(
                "{name}: {:.3} µs ({x})",
                t.elapsed().as_secs_f64() * 1e6 / n as f64
            );
        };
        time("interpret_fields", &|| {
            her2_core::interpret_fields(fields()).notes.len()
        });
        time("input_from_fields", &|| {
            her2_core::input_from_fields(fields()).1.len()
        });
        let (input, _) = her2_core::input_from_fields(fields());
        time("check_values", &|| her2_core::check_values(&input).len());
        let result = her2_core::interpret_fields(fields());
        time("explain", &|| {
            usize::from(her2_core::explain(&input, &result).is_some())
        });
    }

    #[test]
    fn found_values_are_written_as_json_numbers_that_read_back_as_before() {
        use super::Json;
        use her2_core::Decimal;
        let mut millionths: Vec<u64> = vec![0, 1, 10, 999_999, 1_000_000, 1_990_000, 2_000_000];
        millionths.extend([
            4_125_000,
            123_456_789,
            u64::MAX,
            u64::MAX / 1_000_000 * 1_000_000,
        ]);
        millionths.extend((0..5_000u64).map(|i| i * 7_919 + i * i * 131));
        for m in millionths {
            let mut json = Json::default();
            json.number(Decimal::from_millionths(m));
            let expected = Decimal::from_millionths(m).to_f64();
            assert_eq!(
                json.out.parse::<f64>().unwrap(),
                expected,
                "{m}: {}",
                json.out
            );
        }
        for n in [0u64, 7, 40, 1_000, 18_446_744_073_709_551_615] {
            let mut json = Json::default();
            json.number(n);
            assert_eq!(json.out, n.to_string());
        }
    }

    #[test]
    fn the_typescript_unions_are_the_cores_values() {
        let warnings = [
            Warning::Conflict(Field::Cancer),
            Warning::ChecklistUnmarked(Field::IhcScore),
            Warning::Pending,
            Warning::NothingFound,
            Warning::Truncated,
            Warning::TooManyValues,
        ];
        for warning in &warnings {
            // Fails to compile when a warning is added, so that this list is updated too.
            match warning {
                Warning::Conflict(_)
                | Warning::ChecklistUnmarked(_)
                | Warning::Pending
                | Warning::NothingFound
                | Warning::Truncated
                | Warning::TooManyValues => {}
            }
        }
        let unions = [
            ("Cancer", texts(Cancer::ALL, |v| v.as_str().into())),
            (
                "OtherCancer",
                texts(OtherCancer::ALL, |v| v.as_str().into()),
            ),
            ("IshFinding", texts(IshFinding::ALL, |v| v.as_str().into())),
            ("NoteCode", texts(Note::ALL, |v| v.as_str().into())),
            ("IhcScore", texts(IhcScore::ALL, |v| v.as_str().into())),
            (
                "IhcZeroSubtype",
                texts(IhcZeroSubtype::ALL, |v| v.as_str().into()),
            ),
            ("Probe", texts(Probe::ALL, |v| v.as_str().into())),
            ("Specimen", texts(Specimen::ALL, |v| v.as_str().into())),
            ("Status", texts(Status::ALL, |v| v.as_str().into())),
            ("NextStep", texts(NextStep::ALL, |v| v.as_str().into())),
            ("IshGroup", texts(IshGroup::ALL, |g| g.number().to_string())),
            ("FieldName", texts(Field::KNOWN, |f| f.name().into())),
            ("ErrorCode", texts(ErrorCode::ALL, |c| c.as_str().into())),
            ("WarningCode", texts(&warnings, |w| w.code().into())),
            ("CheckCode", texts(CheckCode::ALL, |c| c.as_str().into())),
        ];
        for (name, values) in unions {
            assert_eq!(union(name), values, "type {name}");
        }
    }

    #[test]
    fn every_input_field_is_typed() {
        for field in Field::KNOWN {
            let line = format!("  {}?: ", field.name());
            assert!(TYPESCRIPT.contains(&line), "Her2Input has no {line}");
        }
    }
}
