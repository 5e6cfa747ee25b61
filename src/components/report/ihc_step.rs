//! Step 2: the IHC score, each option with a small picture (in the style of the guide's IHC
//! scale figure) and plain words; for breast IHC 0, the null / ultralow detail.

use super::choice::{bind, ChoiceGroup, ChoiceOption, Picture};
use super::texts::{ihc_description, ihc_name};
use super::use_report;
use crate::locale::use_ui;
use crate::report::{FormField, IhcAnswer, Pick};
use her2_core::{IhcScore, IhcZeroSubtype};
use leptos::prelude::*;

const ANSWERS: &[IhcAnswer] = &[
    IhcAnswer::Score(IhcScore::Zero),
    IhcAnswer::Score(IhcScore::One),
    IhcAnswer::Score(IhcScore::Two),
    IhcAnswer::Score(IhcScore::Three),
    IhcAnswer::NotOnReport,
];
const KEYS: [&str; 5] = ["0", "1", "2", "3", "none"];
const SUBTYPES: &[Pick<IhcZeroSubtype>] = &[
    Pick::Is(IhcZeroSubtype::Null),
    Pick::Is(IhcZeroSubtype::Ultralow),
    Pick::Unsure,
];

/// The IHC question and, when it applies, the IHC 0 follow-up.
#[component]
pub fn IhcStep() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let zero_detail = Memo::new(move |_| state.answers.with(|a| a.zero_detail_applies()));
    let (chosen, pick) = bind(ANSWERS, |a| a.ihc, |a, v| a.ihc = v);
    let options = ANSWERS
        .iter()
        .zip(KEYS)
        .map(|(answer, key)| {
            let (label, desc) = match answer {
                IhcAnswer::Score(score) => (ihc_name(ui, *score), ihc_description(ui, *score)),
                IhcAnswer::NotOnReport | IhcAnswer::Unanswered => {
                    (ui.ihc_not_stated.to_string(), ui.ihc_not_stated_desc)
                }
            };
            ChoiceOption {
                key,
                label,
                desc: Some(desc),
                picture: Some(ihc_picture(*answer)),
            }
        })
        .collect();
    view! {
        <ChoiceGroup
            field=FormField::Ihc
            legend=ui.ihc_legend
            hint=ui.ihc_hint
            options=options
            chosen=chosen
            pick=pick
            class="choices--cards"
        />
        {move || zero_detail.get().then(|| {
            let (chosen, pick) = bind(SUBTYPES, |a| a.zero_subtype, |a, v| a.zero_subtype = v);
            let options = vec![
                ChoiceOption::new("null", ui.zero_null),
                ChoiceOption::new("ultralow", ui.zero_ultralow),
                ChoiceOption::new("not-stated", ui.zero_not_stated),
            ];
            view! {
                <ChoiceGroup
                    field=FormField::ZeroSubtype
                    legend=ui.zero_legend
                    hint=ui.zero_hint
                    options=options
                    chosen=chosen
                    pick=pick
                    class="report-followup"
                />
            }
        })}
    }
}

/// The small drawing of a stained cell for an IHC option (in the style of the guide's IHC
/// picture); a question mark for "not on my report".
fn ihc_picture(answer: IhcAnswer) -> Picture {
    // (membrane class, dash pattern); no membrane for "not on my report".
    let membrane = match answer {
        IhcAnswer::Score(IhcScore::Zero) => Some(("fig-membrane fig-membrane--0", "2 14")),
        IhcAnswer::Score(IhcScore::One) => Some(("fig-membrane fig-membrane--1", "10 8")),
        IhcAnswer::Score(IhcScore::Two) => Some(("fig-membrane fig-membrane--2", "none")),
        IhcAnswer::Score(IhcScore::Three) => Some(("fig-membrane fig-membrane--3", "none")),
        IhcAnswer::NotOnReport | IhcAnswer::Unanswered => None,
    };
    match membrane {
        Some((membrane, dash)) => Picture {
            cell: "fig-cell",
            membrane,
            dash,
            mark: "",
        },
        None => Picture {
            cell: "choice__picture-empty",
            membrane: "choice__picture-none",
            dash: "none",
            mark: "?",
        },
    }
}
