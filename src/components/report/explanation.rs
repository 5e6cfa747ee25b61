//! The explanation of a result, shared by the result view and the printed summary: the
//! headline, what it means, HER2-low/ultralow notes, the ISH group, the next step and the
//! medicines generally linked to it. Every value comes from [`Reading`]; this only adds words.

use super::texts::{
    discordance_lines, group_texts, meaning_text, medicine_text, next_step_text, no_medicines_text,
    note_lines, status_text,
};
use crate::report::reading::Headline;
use crate::report::Reading;
use her2_content::Ui;
use leptos::either::Either;
use leptos::prelude::*;

/// The explanation of `reading`, in the language of `ui`.
#[component]
pub fn Explanation(ui: &'static Ui, reading: Reading) -> impl IntoView {
    let result = &reading.result;
    let status = result.status;
    let next = result.next_step;
    let group = result.ish_group.map(|g| group_texts(ui, g));
    let notes: Vec<String> = reading
        .notes
        .iter()
        .flat_map(|n| note_lines(ui, *n))
        .collect();
    let medicines: Vec<&'static str> = reading
        .medicines
        .iter()
        .map(|m| medicine_text(ui, *m))
        .collect();
    let no_medicines = reading.no_medicines().map(|why| no_medicines_text(ui, why));
    let discordance = reading.discordance().map(|d| discordance_lines(ui, d));
    view! {
        <p class=format!("status status--{}", status.as_str()) data-status=status.as_str()>
            {headline_text(ui, reading.headline())}
        </p>
        <p class="result-meaning">{meaning_text(ui, reading.meaning)}</p>
        {discordance.map(|(results, after)| view! {
            <div class="result-disagree">
                <p>{ui.disagree_intro}</p>
                <ul>{results.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                {after.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        })}
        {(!notes.is_empty()).then(|| view! {
            <div class="result-notes">
                {notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            </div>
        })}
        {group.map(|(name, words)| view! {
            <p class="result-group"><strong>{name}": "</strong>{words}</p>
        })}
        <h4>{ui.next_title}</h4>
        <p
            class="next-step"
            class:next-step--care-team=reading.ask_care_team()
            data-next-step=next.as_str()
        >
            {next_step_text(ui, next)}
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

/// The headline's words.
fn headline_text(ui: &'static Ui, headline: Headline) -> &'static str {
    match headline {
        Headline::Status(status) => status_text(ui, status),
        Headline::Her2Low => ui.status_low,
        Headline::Her2Ultralow => ui.status_ultralow,
    }
}
