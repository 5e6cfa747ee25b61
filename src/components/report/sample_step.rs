//! On the review (stomach, gastroesophageal junction and esophagus only): biopsy or surgery
//! sample. It does not change how the score is read, so it is not a step of its own.

use super::choice::{bind, ChoiceGroup, ChoiceOption};
use crate::locale::use_ui;
use crate::report::{FormField, Pick};
use her2_core::Specimen;
use leptos::prelude::*;

const SPECIMENS: &[Pick<Specimen>] = &[
    Pick::Is(Specimen::Biopsy),
    Pick::Is(Specimen::Resection),
    Pick::Unsure,
];

/// The kind of sample.
#[component]
pub fn SampleStep() -> impl IntoView {
    let ui = use_ui();
    let (chosen, pick) = bind(SPECIMENS, |a| a.specimen, |a, v| a.specimen = v);
    let options = vec![
        ChoiceOption::new("biopsy", ui.specimen_biopsy),
        ChoiceOption::new("resection", ui.specimen_resection),
        ChoiceOption::new("unsure", ui.specimen_unsure),
    ];
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
