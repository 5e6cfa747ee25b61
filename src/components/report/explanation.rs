//! The explanation of a result, shared by the result view and the printed summary: the
//! headline, what it means, the notes, the ISH group, the next step and the medicines generally
//! linked to it. Every value comes from the core's [`her2_core::Explanation`], and every word from
//! `her2_content::words` (the JavaScript API gives the same words); this only lays them out.

use crate::report::Reading;
use her2_content::words::{explanation_words, ExplanationWords};
use her2_content::Ui;
use leptos::either::Either;
use leptos::prelude::*;

/// The explanation of `reading`, in the language of `ui`.
#[component]
pub fn Explanation(ui: &'static Ui, reading: Reading) -> impl IntoView {
    let status = reading.result.status;
    let next = reading.explanation.next_step;
    let ask_care_team = reading.explanation.ask_care_team();
    let ExplanationWords {
        headline,
        meaning,
        disagreement,
        notes,
        ish_group,
        next_step,
        medicines,
        no_medicines,
        ..
    } = explanation_words(ui, &reading.explanation);
    view! {
        <p class=format!("status status--{}", status.as_str()) data-status=status.as_str()>
            {headline}
        </p>
        <p class="result-meaning">{meaning}</p>
        {disagreement.map(|d| view! {
            <div class="result-disagree">
                <p>{d.intro}</p>
                <ul>{d.results.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                {d.after.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        })}
        {(!notes.is_empty()).then(|| view! {
            <div class="result-notes">
                {notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            </div>
        })}
        {ish_group.map(|(name, words)| view! {
            <p class="result-group"><strong>{name}": "</strong>{words}</p>
        })}
        <h4>{ui.next_title}</h4>
        <p
            class="next-step"
            class:next-step--care-team=ask_care_team
            data-next-step=next.as_str()
        >
            {next_step}
        </p>
        <h4>{ui.medicines_title}</h4>
        {if medicines.is_empty() {
            Either::Left(view! { <p>{no_medicines}</p> })
        } else {
            Either::Right(view! {
                <p>{ui.medicines_intro}</p>
                <ul class="result-medicines">
                    {medicines.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
            })
        }}
        <p><strong>{ui.medicines_decide}</strong></p>
    }
}
