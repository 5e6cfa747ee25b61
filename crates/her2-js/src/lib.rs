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
//! //     rule: "breast.ish.group1", guideline: "ASCO/CAP 2018 (reaffirmed 2023), Figure 3", errors: [] }
//! ```
//!
//! See docs/api.md for the whole contract.

#![forbid(unsafe_code)]

use her2_core::{
    interpret_fields, parse_report, utf16_offset, FoundValue, Interpretation, ReportFields, Value,
    GUIDELINES,
};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

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
/// next_step, rule, guideline, errors}`. Never throws: unknown fields and wrong types are listed in
/// `errors` as `{field, code, message}`.
#[wasm_bindgen]
pub fn interpret(input: JsValue) -> JsValue {
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
#[wasm_bindgen(js_name = parseReport)]
pub fn parse_report_js(text: &str) -> JsValue {
    let parsed = parse_report(text);
    let result = Object::new();
    set(&result, "fields", &fields_to_js(&parsed.fields));
    let found = Array::new();
    for f in &parsed.found {
        let item = Object::new();
        set(&item, "field", &f.field.name().into());
        set(&item, "value", &found_value_to_js(&f.value));
        set(&item, "start", &(utf16_offset(text, f.start) as f64).into());
        set(&item, "end", &(utf16_offset(text, f.end) as f64).into());
        found.push(&item);
    }
    set(&result, "found", &found);
    let warnings = Array::new();
    for w in &parsed.warnings {
        let item = Object::new();
        set(&item, "code", &w.code().into());
        let field: JsValue = w.field().map_or(JsValue::NULL, |f| f.name().into());
        set(&item, "field", &field);
        set(&item, "message", &w.message().into());
        warnings.push(&item);
    }
    set(&result, "warnings", &warnings);
    result.into()
}

/// The app version and the guideline editions the logic follows:
/// `{version: "0.1.0", guidelines: ["ASCO/CAP 2018 …", "CAP/ASCP/ASCO 2016 …"]}`.
#[wasm_bindgen]
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

fn found_value_to_js(value: &FoundValue) -> JsValue {
    match value {
        FoundValue::Number(d) => d.to_f64().into(),
        FoundValue::Count(c) => (*c as f64).into(),
        FoundValue::Cancer(_)
        | FoundValue::IhcScore(_)
        | FoundValue::IhcZeroSubtype(_)
        | FoundValue::Probe(_)
        | FoundValue::Specimen(_) => value.api_text().into(),
    }
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
