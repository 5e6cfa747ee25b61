//! # her2-js
//!
//! The HER2 Explained JavaScript API: a thin wasm-bindgen layer over [`her2_core`]. It converts
//! plain JavaScript objects to and from the core's types and adds nothing else, so every rule
//! lives in the core and is tested there.
//!
//! ```js
//! import init, { interpret, parseReport, version } from "./her2_core.js";
//! await init();
//! interpret({ cancer: "breast", ihc_score: "2+", ish_ratio: 2.3, avg_her2_copies: 5.1 });
//! // → { status: "positive", her2_low: false, her2_ultralow: false, ish_group: 1, next_step: "none",
//! //     rule: "breast.ish.group1", guideline: "ASCO/CAP 2018 (reaffirmed 2023), Figure 3",
//! //     discordance: null, notes: [], errors: [], warnings: [] }
//! ```
//!
//! See docs/api.md for the whole contract.

#![forbid(unsafe_code)]

use her2_core::{
    check_values, input_from_fields, interpret_fields, parse_report, Found, FoundValue,
    Interpretation, ReportFields, Utf16Offsets, Value, GUIDELINES,
};
use js_sys::{Array, Object, Reflect};
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
export type WarningCode = "conflict" | "checklist_unmarked" | "pending" | "nothing_found" | "truncated";

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

/// Interprets a HER2 result.
///
/// Takes a plain object such as `{cancer: "breast", ihc_score: "2+", ish_ratio: 2.3,
/// avg_her2_copies: 5.1}` and returns a plain object `{status, her2_low, her2_ultralow, ish_group,
/// next_step, rule, guideline, discordance, notes, errors, warnings}`. Never throws: unknown fields and wrong types are listed in
/// `errors` as `{field, code, message}`; values that are possible but very unlikely are listed in
/// `warnings` as `{field, code, message, value, suggestion}`.
#[wasm_bindgen(unchecked_return_type = "Her2Result")]
pub fn interpret(#[wasm_bindgen(unchecked_param_type = "Her2Input")] input: JsValue) -> JsValue {
    let mut entries: Vec<(String, Owned)> = Vec::new();
    let mut not_an_object = false;
    if input.is_null() || input.is_undefined() {
        // Nothing entered: the core reports it.
    } else if input.is_object() && !Array::is_array(&input) {
        for entry in Object::entries(&Object::from(input)).iter() {
            let pair = Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            entries.push((name, Owned::from_js(&pair.get(1))));
        }
    } else {
        not_an_object = true;
    }
    let fields = entries.iter().map(|(n, v)| (n.as_str(), v.as_value()));
    let result = interpret_fields(fields);
    let object = interpretation_to_js(&result);
    let (input, _) = input_from_fields(entries.iter().map(|(n, v)| (n.as_str(), v.as_value())));
    let warnings = Array::new();
    for check in check_values(&input) {
        let item = Object::new();
        set(&item, "field", &check.field.name().into());
        set(&item, "code", &check.code.as_str().into());
        set(&item, "message", &check.message().into());
        set(&item, "value", &check.value.to_f64().into());
        let suggestion: JsValue = check
            .suggestion
            .map_or(JsValue::NULL, |s| s.to_f64().into());
        set(&item, "suggestion", &suggestion);
        warnings.push(&item);
    }
    set(&object, "warnings", &warnings);
    if not_an_object {
        let errors = Array::new();
        errors.push(&error_object(
            "input",
            "wrong_type",
            "The input must be an object, like { ihc_score: \"2+\" }.",
        ));
        set(&object, "errors", &errors);
    }
    object.into()
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

fn interpretation_to_js(r: &Interpretation) -> Object {
    let object = Object::new();
    set(&object, "status", &r.status.as_str().into());
    set(&object, "her2_low", &optional_bool(r.her2_low));
    set(&object, "her2_ultralow", &optional_bool(r.her2_ultralow));
    let group: JsValue = r
        .ish_group
        .map_or(JsValue::NULL, |g| f64::from(g.number()).into());
    set(&object, "ish_group", &group);
    set(&object, "next_step", &r.next_step.as_str().into());
    set(&object, "rule", &r.rule.id().into());
    set(&object, "guideline", &r.rule.guideline().into());
    let discordance: JsValue = match r.discordance {
        Some(d) => {
            let item = Object::new();
            let ihc: JsValue = d.ihc.map_or(JsValue::NULL, |s| s.as_str().into());
            set(&item, "ihc", &ihc);
            set(&item, "ish", &d.ish.as_str().into());
            set(
                &item,
                "ihc3_positive_alone",
                &d.ihc3_positive_alone().into(),
            );
            item.into()
        }
        None => JsValue::NULL,
    };
    set(&object, "discordance", &discordance);
    let notes = Array::new();
    for note in &r.notes {
        notes.push(&note.as_str().into());
    }
    set(&object, "notes", &notes);
    let errors = Array::new();
    for e in &r.errors {
        errors.push(&error_object(e.field.name(), e.code.as_str(), &e.message()));
    }
    set(&object, "errors", &errors);
    object
}

fn fields_to_js(f: &ReportFields) -> Object {
    let object = Object::new();
    let text = |name: &str, value: Option<&'static str>| {
        if let Some(v) = value {
            set(&object, name, &v.into());
        }
    };
    text("cancer", f.cancer.map(|c| c.as_str()));
    text("ihc_score", f.ihc_score.map(|s| s.as_str()));
    text("ihc_zero_subtype", f.ihc_zero_subtype.map(|s| s.as_str()));
    text("probe", f.probe.map(|p| p.as_str()));
    text("specimen", f.specimen.map(|s| s.as_str()));
    let number = |name: &str, value: Option<f64>| {
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
    use std::fmt::Write;
    // Counted once for the whole text, not from its start for each offset.
    let utf16 = Utf16Offsets::new(text);
    let mut json = String::with_capacity(2 + found.len() * 64);
    json.push('[');
    for (i, f) in found.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        // Field names and value words are plain ASCII words: nothing to escape. Numbers are
        // written as Rust writes an f64, the shortest text that reads back as the same number.
        let value = match f.value {
            FoundValue::Number(d) => d.to_f64().to_string(),
            FoundValue::Count(c) => (c as f64).to_string(),
            _ => format!("\"{}\"", f.value.api_text()),
        };
        let _ = write!(
            json,
            "{{\"field\":\"{}\",\"value\":{},\"start\":{},\"end\":{}}}",
            f.field.name(),
            value,
            utf16.at(f.start),
            utf16.at(f.end)
        );
    }
    json.push(']');
    js_sys::JSON::parse(&json).unwrap_or_else(|_| Array::new().into())
}

fn error_object(field: &str, code: &str, message: &str) -> Object {
    let item = Object::new();
    set(&item, "field", &field.into());
    set(&item, "code", &code.into());
    set(&item, "message", &message.into());
    item
}

fn optional_bool(value: Option<bool>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_bool)
}

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &key.into(), value);
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
    fn the_typescript_unions_are_the_cores_values() {
        let warnings = [
            Warning::Conflict(Field::Cancer),
            Warning::ChecklistUnmarked(Field::IhcScore),
            Warning::Pending,
            Warning::NothingFound,
            Warning::Truncated,
        ];
        for warning in &warnings {
            // Fails to compile when a warning is added, so that this list is updated too.
            match warning {
                Warning::Conflict(_)
                | Warning::ChecklistUnmarked(_)
                | Warning::Pending
                | Warning::NothingFound
                | Warning::Truncated => {}
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
