//! The result: the explanation, questions for the care team, "Why am I seeing this?", a line
//! that this is not medical advice, and "Print my summary".

use super::explanation::Explanation;
use super::texts::{guideline_text, question_text};
use super::use_report;
use crate::locale::use_ui;
use leptos::html;
use leptos::prelude::*;

/// The explained result (shown after "Explain my result").
#[component]
pub fn ResultView() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let heading = NodeRef::<html::H3>::new();

    // Take focus once drawn, when asked to (not when redrawn for another language).
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if state.focus_result.get_untracked() {
                state.focus_result.set(false);
                let _ = h.focus();
            }
        }
    });

    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };

    view! {
        <section class="report-result" aria-labelledby="report-result-title">
            <h3 id="report-result-title" tabindex="-1" node_ref=heading>
                {ui.report_result_title}
            </h3>
            {move || {
                state.shown.get().map(|shown| {
                    let reading = shown.reading;
                    let result = &reading.result;
                    let questions: Vec<&'static str> =
                        reading.questions.iter().map(|q| question_text(ui, *q)).collect();
                    let guideline = guideline_text(ui, reading.guideline);
                    let no_rule = reading.no_rule();
                    let rule_id = result.rule_id();
                    let rule_words = result.guideline();
                    view! {
                        <Explanation ui=ui reading=reading.clone()/>
                        <h4>{ui.questions_title}</h4>
                        <ul class="result-questions">
                            {questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                        </ul>
                        <h4>{ui.why_title}</h4>
                        <p>{ui.why_intro}</p>
                        <p class="result-guideline">{guideline}</p>
                        {no_rule.then(|| view! { <p>{ui.guide_no_rule}</p> })}
                        <p class="rule">
                            <small>
                                {ui.why_reference}" "<code>{rule_id}</code>" · "
                                <span lang="en">{rule_words}</span>
                            </small>
                        </p>
                        <p class="result-not-advice">{ui.report_not_advice}</p>
                        <div class="result-print" data-print="">
                            <button type="button" class="button report-print" on:click=print aria-describedby="report-print-hint">
                                {ui.print_button}
                            </button>
                            <p class="field__hint" id="report-print-hint">{ui.print_hint}</p>
                        </div>
                    }
                })
            }}
        </section>
    }
}
