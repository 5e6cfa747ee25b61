//! On the review (stomach, gastroesophageal junction and esophagus only): biopsy or surgery
//! sample. It does not change how the score is read, so it is not a step of its own.

use super::choice::{bind, ChoiceGroup, ChoiceOption, Choices};
use crate::locale::use_ui;
use crate::report::{FormField, Pick};
use her2_core::Specimen;
use leptos::prelude::*;

const SPECIMENS: Choices<Pick<Specimen>> = &[
    (Pick::Is(Specimen::Biopsy), "biopsy"),
    (Pick::Is(Specimen::Resection), "resection"),
    (Pick::Unsure, "unsure"),
];

/// The kind of sample.
#[component]
pub fn SampleStep() -> impl IntoView {
    let ui = use_ui();
    let (chosen, pick, options) = bind(
        SPECIMENS,
        |a| a.specimen,
        |a, v| a.specimen = v,
        move |specimen, key| {
            let words = match specimen {
                Pick::Is(Specimen::Biopsy) => ui.specimen_biopsy,
                Pick::Is(Specimen::Resection) => ui.specimen_resection,
                Pick::Unsure => ui.specimen_unsure,
                Pick::Unanswered => ui.value_not_answered,
            };
            ChoiceOption::new(key, words)
        },
    );
    view! {
        <ChoiceGroup
            field=FormField::Specimen
            legend=ui.specimen_legend
            hint=ui.specimen_hint
            options=options
            chosen=chosen
            pick=pick
        />
        <p class="report-note">{ui.specimen_note}</p>
    }
}
