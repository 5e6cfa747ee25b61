//! "My HER2 result summary": a page made for printing (the print stylesheet shows only this
//! when a result exists). It lists what was entered, the explanation, the questions for the
//! care team and ruled space for notes. It is hidden on screen and never uploaded anywhere.

use super::explanation::Explanation;
use super::texts::answer_rows;
use super::Shown;
use crate::locale::use_ui;
use crate::report::Answers;
use her2_content::words::explanation_words;
use her2_content::{fill, Ui};
use leptos::prelude::*;

/// The number of ruled lines for notes.
const NOTE_LINES: usize = 8;

/// Whether a page in the language of `ui` also offers an English copy of the summary for the
/// care team: every page that is not in English.
pub fn has_english_copy(ui: &'static Ui) -> bool {
    !std::ptr::eq(ui, her2_content::ui("en"))
}

/// The printable summary of a result, in the page's language or, with `english`, an English
/// copy for the care team; drawn again as a whole for another result or other answers.
#[component]
pub fn SummaryPrint(
    /// The result on show.
    shown: Shown,
    /// The answers it comes from.
    answers: Answers,
    /// An English copy rather than the page's language.
    #[prop(optional)]
    english: bool,
) -> impl IntoView {
    let ui = if english {
        her2_content::ui("en")
    } else {
        use_ui()
    };
    let (class, title_id, lang, date) = if english {
        (
            "print-summary print-summary--copy",
            "print-summary-en-title",
            Some("en"),
            &shown.made_on_en,
        )
    } else {
        ("print-summary", "print-summary-title", None, &shown.made_on)
    };
    let made = fill(ui.summary_made, "date", date);
    let rows = answer_rows(ui, &answers);
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
}
