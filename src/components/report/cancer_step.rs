//! Step 1: which cancer the report is about. The tool reads breast cancer and stomach,
//! gastroesophageal junction or esophagus adenocarcinoma; for any other cancer it says why it
//! cannot read the result and points to the guide's section on other cancers.

use super::choice::{bind, ChoiceGroup, ChoiceOption};
use super::texts::cancer_site_name;
use super::use_report;
use crate::locale::use_ui;
use crate::report::FormField;
use her2_core::{Cancer, CancerSite, OtherCancer};
use leptos::prelude::*;

/// The choices, in order: every value of the core's [`CancerSite`].
const CANCERS: &[Option<CancerSite>] = &[
    Some(CancerSite::Supported(Cancer::Breast)),
    Some(CancerSite::Supported(Cancer::Gastric)),
    Some(CancerSite::Unsupported(OtherCancer::Colorectal)),
    Some(CancerSite::Unsupported(OtherCancer::Endometrial)),
    Some(CancerSite::Unsupported(OtherCancer::Biliary)),
    Some(CancerSite::Unsupported(OtherCancer::Lung)),
    Some(CancerSite::Unsupported(OtherCancer::Unlisted)),
];

/// The id of the note shown for a cancer the tool does not read.
pub const OTHER_ID: &str = "report-cancer-other-note";

/// Breast; stomach, gastroesophageal junction or esophagus adenocarcinoma; or another cancer.
#[component]
pub fn CancerStep() -> impl IntoView {
    let ui = use_ui();
    let state = use_report();
    let (chosen, pick) = bind(CANCERS, |a| a.cancer, |a, v| a.cancer = v);
    let options = CANCERS
        .iter()
        .flatten()
        .map(|site| {
            let mut option = ChoiceOption::new(site.as_str(), cancer_site_name(ui, *site));
            if *site == CancerSite::Supported(Cancer::Gastric) {
                option.desc = Some(ui.cancer_gastric_desc);
            }
            option
        })
        .collect();
    let other = move || state.answers.with(|a| a.unsupported_cancer().is_some());
    view! {
        <ChoiceGroup
            field=FormField::Cancer
            legend=ui.report_cancer_label
            hint=ui.cancer_hint
            options=options
            chosen=chosen
            pick=pick
        />
        <div class="report-other" aria-live="polite">
            {move || other().then(|| view! {
                <div class="report-other__note" id=OTHER_ID>
                    <p class="report-other__title"><strong>{ui.other_title}</strong></p>
                    <p>{ui.other_body}</p>
                    <p>{ui.other_examples}</p>
                    <p>{ui.other_ask}</p>
                    <p><a href="#beyond-breast">{ui.other_link}</a></p>
                </div>
            })}
        </div>
    }
}
