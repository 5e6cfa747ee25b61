//! Step 1: which cancer the report is about. The tool reads breast cancer and stomach,
//! gastroesophageal junction or esophagus adenocarcinoma; for any other cancer it says why it
//! cannot read the result and points to the guide's section on other cancers.

use super::choice::{bind, ChoiceGroup, ChoiceOption, Choices};
use super::later::draw_later;
use super::texts::cancer_site_name;
use super::use_report;
use crate::locale::use_ui;
use crate::report::FormField;
use her2_core::{Cancer, CancerSite, OtherCancer};
use leptos::prelude::*;

/// The choices, in order: every value of the core's [`CancerSite`], keyed by its API name.
const CANCERS: Choices<Option<CancerSite>> = &[
    site(CancerSite::Supported(Cancer::Breast)),
    site(CancerSite::Supported(Cancer::Gastric)),
    site(CancerSite::Unsupported(OtherCancer::Colorectal)),
    site(CancerSite::Unsupported(OtherCancer::Endometrial)),
    site(CancerSite::Unsupported(OtherCancer::Biliary)),
    site(CancerSite::Unsupported(OtherCancer::Lung)),
    site(CancerSite::Unsupported(OtherCancer::Unlisted)),
];

const fn site(site: CancerSite) -> (Option<CancerSite>, &'static str) {
    (Some(site), site.as_str())
}

/// The id of the note shown for a cancer the tool does not read.
pub const OTHER_ID: &str = "report-cancer-other-note";

/// Breast; stomach, gastroesophageal junction or esophagus adenocarcinoma; or another cancer.
#[component]
pub fn CancerStep() -> impl IntoView {
    let ui = use_ui();
    let state = use_report();
    let (chosen, pick, options) = bind(
        CANCERS,
        |a| a.cancer,
        |a, v| a.cancer = v,
        move |site, key| {
            let words = site.map_or(ui.value_not_answered, |site| cancer_site_name(ui, site));
            let mut option = ChoiceOption::new(key, words);
            if site == Some(CancerSite::Supported(Cancer::Gastric)) {
                option.desc = Some(ui.cancer_gastric_desc);
            }
            option
        },
    );
    // The note for a cancer the tool does not read: never pre-rendered (nothing is chosen
    // then), so drawn in the browser only, when the choice comes or goes.
    let other = Memo::new(move |_| state.answers.with(|a| a.unsupported_cancer().is_some()));
    let other_box = NodeRef::new();
    draw_later(other_box, move || {
        other.get().then(|| {
            view! {
                <div class="report-other__note" id=OTHER_ID>
                    <p class="report-other__title"><strong>{ui.other_title}</strong></p>
                    <p>{ui.other_body}</p>
                    <p>{ui.other_examples}</p>
                    <p>{ui.other_ask}</p>
                    <p><a href="#beyond-breast">{ui.other_link}</a></p>
                </div>
            }
        })
    });
    view! {
        <ChoiceGroup
            field=FormField::Cancer
            legend=ui.report_cancer_label
            hint=ui.cancer_hint
            options=options
            chosen=chosen
            pick=pick
        />
        <div class="report-other" aria-live="polite" node_ref=other_box></div>
    }
}
