//! What the paste reader found in a report's text: warnings, conflicts, the values, the text with
//! the values highlighted, and "Use these values". Drawn by the paste reader's own module
//! ([`crate::paste_module`], loaded only when a report is read), not by the report tool's island,
//! so that the report reader and this view are not in the tool's first download.
//!
//! The tool and the module meet through DOM events on the results' box ([`RESULTS_ID`]); the
//! page's script (src/page.js) passes the tool's on to the module, which it loads on demand:
//! - [`READ_EVENT`] (from the tool, with the text): read it and show what was found;
//! - [`USE_EVENT`] (from the module, with the answers as a kept-answers record): fill the form;
//! - [`CLEAR_EVENT`] (from the tool, on "Forget my answers"): take the results away.

use super::texts::{check_text, core_field_name, found_value_text};
use crate::report::paste::{answers_from, conflicts, found_items, segments, values_to_check};
use crate::report::Answers;
use her2_content::{fill, Ui};
use her2_core::{ParsedReport, Warning};
use leptos::either::Either;
use leptos::prelude::*;

/// The id of the box the results are drawn in.
pub const RESULTS_ID: &str = "report-paste-results";

/// The id of the results' heading, which takes focus when they are drawn.
pub const HEADING_ID: &str = "paste-found-title";

/// The id of the message shown when the paste reader's module cannot be loaded (src/page.js).
pub const FAILED_ID: &str = "report-paste-failed";

/// "Read this text" (the event's `detail`), from the tool's "Read my report".
pub const READ_EVENT: &str = "her2-read-report";

/// "Fill the form with these answers" (`detail`: a kept-answers record,
/// [`crate::report::storage::Stored`]), from "Use these values".
pub const USE_EVENT: &str = "her2-use-found";

/// "Take the results away", from "Forget my answers".
pub const CLEAR_EVENT: &str = "her2-paste-clear";

/// Sends the event `name` from `target`, with `detail` (a text), up through the page.
pub fn send(target: &web_sys::EventTarget, name: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&wasm_bindgen::JsValue::from_str(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Sends the event `name` from the results' box, if the page has it.
pub fn send_to_results(name: &str, detail: &str) {
    if let Some(target) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(RESULTS_ID))
    {
        send(&target, name, detail);
    }
}

/// The text of an event's `detail`, if it is one.
pub fn detail(event: &web_sys::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    event
        .dyn_ref::<web_sys::CustomEvent>()?
        .detail()
        .as_string()
}

/// What was found: warnings, conflicts, the list of values, the highlighted text, and the
/// button that fills the form (`use_answers` is given the answers found).
pub fn found_view(
    ui: &'static Ui,
    text: String,
    report: ParsedReport,
    use_answers: impl Fn(Answers) + Send + Sync + 'static,
) -> impl IntoView {
    let warnings: Vec<&'static str> = report
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::Conflict(_) => None,
            Warning::ChecklistUnmarked(_) => Some(ui.paste_warn_checklist_unmarked),
            Warning::Pending => Some(ui.paste_warn_pending),
            Warning::NothingFound => Some(ui.paste_warn_nothing),
            Warning::Truncated => Some(ui.paste_warn_truncated),
            Warning::TooManyValues => Some(ui.paste_warn_too_many),
        })
        .collect();
    let conflict_lines: Vec<String> = conflicts(&report)
        .into_iter()
        .map(|(field, values)| {
            let values: Vec<String> = values
                .into_iter()
                .map(|v| found_value_text(ui, v))
                .collect();
            let line = fill(ui.paste_conflict, "field", core_field_name(ui, &field));
            fill(&line, "values", &values.join(" · "))
        })
        .collect();
    let checks: Vec<String> = values_to_check(&report)
        .iter()
        .map(|check| {
            let name = core_field_name(ui, &check.field);
            [name, ": ", &check_text(ui, check)].concat()
        })
        .collect();
    let items = found_items(&report);
    let parts = segments(&text, &report.found);
    let marks: Vec<(String, &'static str)> = report
        .found
        .iter()
        .map(|f| {
            (
                f.field.name().replace('_', "-"),
                core_field_name(ui, &f.field),
            )
        })
        .collect();
    let can_use = !report.fields.is_empty() || !conflict_lines.is_empty();
    let answers = answers_from(&report, ui.decimal_separator);
    view! {
        <div class="paste-results">
            <h4 id=HEADING_ID tabindex="-1">{ui.paste_found_title}</h4>
            {(!warnings.is_empty()).then(|| view! {
                <ul class="paste-warnings">
                    {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                </ul>
            })}
            {(!checks.is_empty()).then(|| view! {
                <div class="paste-checks">
                    <p><strong>{ui.check_title}</strong></p>
                    <ul>{checks.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                </div>
            })}
            {(!conflict_lines.is_empty()).then(|| view! {
                <ul class="paste-conflicts">
                    {conflict_lines.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                </ul>
            })}
            {(!items.is_empty()).then(|| view! {
                <dl class="paste-found">
                    {items
                        .into_iter()
                        .map(|item| view! {
                            <div
                                class="paste-found__row"
                                class:paste-found__row--conflict=item.conflict
                                data-field=item.field.name().to_string()
                            >
                                <dt>{core_field_name(ui, &item.field)}</dt>
                                <dd>{found_value_text(ui, item.value)}</dd>
                            </div>
                        })
                        .collect_view()}
                </dl>
                <p>{ui.paste_found_intro}</p>
            })}
            <div class="paste-preview" tabindex="0" role="region" aria-label=ui.paste_text_label>
                {parts
                    .into_iter()
                    .map(|part| match part.mark.and_then(|i| marks.get(i).cloned()) {
                        Some((field, name)) => Either::Left(view! {
                            <mark data-field=field>
                                {part.text}
                                <span class="visually-hidden">" ("{name}")"</span>
                            </mark>
                        }),
                        None => Either::Right(part.text),
                    })
                    .collect_view()}
            </div>
            {can_use.then(|| view! {
                <p class="field__hint" id="paste-use-hint">{ui.paste_use_hint}</p>
                <button
                    type="button"
                    class="button button--primary report-paste-use"
                    aria-describedby="paste-use-hint"
                    on:click=move |_| use_answers(answers.clone())
                >
                    {ui.paste_use}
                </button>
            })}
        </div>
    }
}
