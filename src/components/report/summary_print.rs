//! "My HER2 result summary": a page made for printing (the print stylesheet shows only this
//! when a result exists). It lists what was entered, the explanation, the questions for the
//! care team and ruled space for notes. It is hidden on screen and never uploaded anywhere.

use super::explanation::Explanation;
use super::texts::answer_rows;
use super::use_report;
use crate::locale::use_ui;
use her2_content::fill;
use her2_content::words::explanation_words;
use leptos::prelude::*;

/// The number of ruled lines for notes.
const NOTE_LINES: usize = 8;

/// The printable summary of the result on show, in the page's language or, with `english`,
/// an English copy for the care team.
#[component]
pub fn SummaryPrint(#[prop(optional)] english: bool) -> impl IntoView {
    let state = use_report();
    let ui = if english {
        her2_content::ui("en")
    } else {
        use_ui()
    };
    let (class, title_id, lang) = if english {
        (
            "print-summary print-summary--copy",
            "print-summary-en-title",
            Some("en"),
        )
    } else {
        ("print-summary", "print-summary-title", None)
    };
    move || {
        state.shown.get().map(|shown| {
            let date = if english {
                &shown.made_on_en
            } else {
                &shown.made_on
            };
            let made = fill(ui.summary_made, "date", date);
            let rows = state.answers.with(|a| answer_rows(ui, a));
            let words = explanation_words(ui, &shown.reading.explanation);
            let questions = words.questions;
            let guideline = words.source;
            let rule_id = shown.reading.result.rule_id();
            let rule_words = shown.reading.result.guideline();
            view! {
                <section class=class aria-labelledby=title_id lang=lang>
                    <h3 id=title_id>{ui.summary_title}</h3>
                    <p class="print-summary__made">{made}</p>
                    <h4>{ui.summary_values}</h4>
                    <dl class="review-list print-summary__values">
                        {rows
                            .into_iter()
                            .map(|row| view! {
                                <div class="review-list__row">
                                    <dt>{row.label}</dt>
                                    <dd>{row.value}</dd>
                                </div>
                            })
                            .collect_view()}
                    </dl>
                    <h4>{ui.summary_explanation}</h4>
                    <Explanation ui=ui reading=shown.reading.clone()/>
                    <p class="rule">{ui.why_intro}" "{guideline}</p>
                    <h4>{ui.questions_title}</h4>
                    <ul>{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
                    <h4>{ui.summary_notes}</h4>
                    <div class="print-summary__notes" aria-hidden="true">
                        {(0..NOTE_LINES).map(|_| view! { <div class="print-summary__line"></div> }).collect_view()}
                    </div>
                    <p class="result-not-advice">{ui.report_not_advice}</p>
                    <p class="print-summary__care-team">
                        <small>
                            {ui.care_team_line}" "<code>{rule_id}</code>" · "
                            <span lang="en">{rule_words}</span>
                        </small>
                    </p>
                </section>
            }
        })
    }
}
