//! "Paste your report": reads the HER2 values out of pasted report text with
//! `her2_core::parse_report`, shows them highlighted in the text with their field names, shows
//! conflicts and warnings, and on "Use these values" fills the guided form for the person to
//! confirm. The text stays in memory on this device: it is never stored or sent.
//!
//! "Open a file" (a PDF or a .txt file) is plain HTML here: the page's script (src/page.js)
//! imports public/report-file.js when a file is chosen, which reads the file on the device
//! (PDFs with pdf.js, fetched only then), puts its text into the text box and presses "Read my
//! report", so a file is read exactly as pasted text is. Its messages go into
//! [`FILE_MESSAGE_ID`].

use super::texts::{check_text, core_field_name, found_value_text};
use super::use_report;
use crate::locale::use_ui;
use crate::report::paste::{answers_from, conflicts, found_items, segments, values_to_check};
use her2_content::{fill, Ui};
use her2_core::{parse_report, ParsedReport, Warning};
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;

/// The id of the text box.
pub const TEXT_ID: &str = "report-paste";

/// The id of the paste box's hint (`{TEXT_ID}-hint`).
const HINT_ID: &str = "report-paste-hint";

/// The id of the paste box's message (`{TEXT_ID}-error`).
const ERROR_ID: &str = "report-paste-error";

/// The id of the file input ("Open a file"), which src/page.js watches.
pub const FILE_ID: &str = "report-file";

/// The id of the file reader's message line (filled by public/report-file.js).
pub const FILE_MESSAGE_ID: &str = "report-file-message";

/// The paste reader (a disclosure, closed at first).
#[component]
pub fn PasteReader() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let empty_error = RwSignal::new(false);
    let results_heading = NodeRef::<html::H4>::new();
    let focus_results = RwSignal::new(false);

    Effect::new(move |_| {
        if let Some(h) = results_heading.get() {
            if focus_results.get_untracked() {
                focus_results.set(false);
                let _ = h.focus();
            }
        }
    });

    let read = move |_| {
        let text = state.paste_text.get_untracked();
        if text.trim().is_empty() {
            empty_error.set(true);
            state.parsed.set(None);
            super::focus_id(TEXT_ID);
            return;
        }
        empty_error.set(false);
        let report = parse_report(&text);
        state.parsed.set(Some((text, report)));
        focus_results.set(true);
    };

    let described = move || {
        if empty_error.get() {
            "report-paste-hint report-paste-error"
        } else {
            HINT_ID
        }
    };

    view! {
        <details class="paste-reader">
            <summary class="paste-reader__summary">{ui.paste_title}</summary>
            <div class="paste-reader__body">
                <p>{ui.paste_intro}</p>
                <div class="field paste-reader__file">
                    <label for=FILE_ID>{ui.file_label}</label>
                    <p class="field__hint" id="report-file-hint">{ui.file_hint}</p>
                    <input
                        type="file"
                        id=FILE_ID
                        accept="application/pdf,.pdf,text/plain,.txt"
                        aria-describedby="report-file-hint report-file-message"
                    />
                    <p class="paste-reader__file-message" id=FILE_MESSAGE_ID aria-live="polite"></p>
                </div>
                <div class="field">
                    <label for=TEXT_ID>{ui.paste_label}</label>
                    <p class="field__hint" id=HINT_ID>{ui.paste_hint}</p>
                    <textarea
                        id=TEXT_ID
                        name=TEXT_ID
                        rows="8"
                        autocomplete="off"
                        autocapitalize="off"
                        spellcheck="false"
                        aria-describedby=described
                        aria-invalid=move || empty_error.get().then_some("true")
                        prop:value=move || state.paste_text.get()
                        on:input=move |ev| {
                            state.paste_text.set(event_target_value(&ev));
                            empty_error.set(false);
                        }
                    ></textarea>
                    <p class="field__error" id=ERROR_ID>
                        {move || empty_error.get().then_some(ui.paste_empty)}
                    </p>
                </div>
                <button type="button" class="button report-paste-read" on:click=read>
                    {ui.paste_read}
                </button>
                {move || {
                    state.parsed.get().map(|(text, report)| found_view(ui, text, report, results_heading))
                }}
            </div>
        </details>
    }
}

/// What was found: warnings, conflicts, the list of values, the highlighted text, and the
/// button that fills the form.
fn found_view(
    ui: &'static Ui,
    text: String,
    report: ParsedReport,
    heading: NodeRef<html::H4>,
) -> impl IntoView {
    let state = use_report();
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
            <h4 id="paste-found-title" tabindex="-1" node_ref=heading>{ui.paste_found_title}</h4>
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
                    on:click=move |_| state.use_found(answers.clone())
                >
                    {ui.paste_use}
                </button>
            })}
        </div>
    }
}
