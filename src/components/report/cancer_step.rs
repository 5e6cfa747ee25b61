//! Step 1: which cancer the report is about.

use super::choice::{bind, ChoiceGroup, ChoiceOption};
use super::texts::cancer_name;
use crate::locale::use_ui;
use crate::report::FormField;
use her2_core::Cancer;
use leptos::prelude::*;

const CANCERS: &[Option<Cancer>] = &[Some(Cancer::Breast), Some(Cancer::Gastric)];

/// Breast; or stomach, gastroesophageal junction or esophagus.
#[component]
pub fn CancerStep() -> impl IntoView {
    let ui = use_ui();
    let (chosen, pick) = bind(CANCERS, |a| a.cancer, |a, v| a.cancer = v);
    let options = vec![
        ChoiceOption::new("breast", cancer_name(ui, Cancer::Breast)),
        ChoiceOption::new("gastric", cancer_name(ui, Cancer::Gastric)),
    ];
    view! {
        <ChoiceGroup
            field=FormField::Cancer
            legend=ui.report_cancer_label
            hint=ui.cancer_hint
            options=options
            chosen=chosen
            pick=pick
        />
    }
}
