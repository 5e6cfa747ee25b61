//! The result: the explanation, questions for the care team, "Why am I seeing this?", a line
//! that this is not medical advice, and "Print my summary" (with, on a page that is not in
//! English, an English copy for the care team).

use super::explanation::Explanation;
use super::summary_print::has_english_copy;
use super::write_down::WriteDown;
use super::{use_report, Shown};
use crate::components::listen::Listen;
use crate::locale::use_ui;
use crate::report::Answers;
use her2_content::words::explanation_words;
use leptos::html;
use leptos::prelude::*;

/// The explained result (shown after "Explain my result"), drawn again as a whole for another
/// result or other answers.
#[component]
pub fn ResultView(
    /// The result on show.
    shown: Shown,
    /// The answers it comes from.
    answers: Answers,
) -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let heading = NodeRef::<html::H3>::new();

    // Take focus when asked to ("Explain my result"), also when a result is already on show;
    // not when drawn for answers read back from the device.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if state.focus_result.get() {
                state.focus_result.set(false);
                let _ = h.focus();
            }
        }
    });

    let english_copy = has_english_copy(ui);
    let reading = shown.reading;
    let result = &reading.result;
    let words = explanation_words(ui, &reading.explanation);
    let questions = words.questions;
    let guideline = words.source;
    let no_rule = words.no_rule;
    let rule_id = result.rule_id();
    let rule_words = result.guideline();
    let status = result.status;

    view! {
        <section class="report-result" aria-labelledby="report-result-title">
            <h3 id="report-result-title" tabindex="-1" node_ref=heading>
                {ui.report_result_title}
            </h3>
            <Listen title=ui.report_result_title local_only=true/>
            <Explanation ui=ui reading=reading.clone()/>
            <h4>{ui.questions_title}</h4>
            <ul class="result-questions">
                {questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
            </ul>
            <h4>{ui.why_title}</h4>
            <p>{ui.why_intro}</p>
            <p class="result-guideline">{guideline}</p>
            {no_rule.map(|words| view! { <p>{words}</p> })}
            // The rule's id is for clinicians and developers: closed until asked for.
            <details class="result-clinicians">
                <summary>{ui.clinicians_title}</summary>
                <p class="rule">
                    <small>
                        {ui.why_reference}" "<code>{rule_id}</code>" · "
                        <span lang="en">{rule_words}</span>
                    </small>
                </p>
            </details>
            <p class="result-not-advice">{ui.report_not_advice}</p>
            <WriteDown answers=answers status=status/>
            <div class="result-print" data-print="">
                <PrintButton
                    copy=PrintCopy::PageLanguage
                    class="button report-print"
                    label=ui.print_button
                    hint=ui.print_hint
                    hint_id="report-print-hint"
                />
                {english_copy.then(|| view! {
                    <PrintButton
                        copy=PrintCopy::English
                        class="button report-print-en"
                        label=ui.print_english_button
                        hint=ui.print_english_hint
                        hint_id="report-print-en-hint"
                    />
                })}
            </div>
        </section>
    }
}

/// Which copy of the summary to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintCopy {
    /// In the page's language.
    PageLanguage,
    /// In English, for a care team that reads English.
    English,
}

/// A button that prints the summary in one copy, with its hint below it.
#[component]
fn PrintButton(
    /// Which copy it prints.
    copy: PrintCopy,
    /// The button's classes.
    class: &'static str,
    /// The button's words.
    label: &'static str,
    /// The hint below it.
    hint: &'static str,
    /// The hint's id.
    hint_id: &'static str,
) -> impl IntoView {
    view! {
        <button type="button" class=class on:click=move |_| print_summary(copy) aria-describedby=hint_id>
            {label}
        </button>
        <p class="field__hint" id=hint_id>{hint}</p>
    }
}

/// The attribute on `<html>` that asks the print stylesheet for the summary only. Without it
/// (the browser's own Print, Ctrl+P), the guide prints in its shorter form.
pub const PRINTING_ATTR: &str = "data-printing";

/// Prints only the summary: marks `<html>` for the print stylesheet, then opens the print
/// dialog. The mark is taken off after printing (see `ReportTool`).
fn print_summary(copy: PrintCopy) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let value = match copy {
            PrintCopy::PageLanguage => "summary",
            PrintCopy::English => "summary-en",
        };
        let _ = root.set_attribute(PRINTING_ATTR, value);
    }
    let _ = window.print();
}
