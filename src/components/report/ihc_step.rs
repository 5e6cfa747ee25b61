//! Step 2: the IHC score, each option with a small picture (in the style of the guide's IHC
//! scale figure) and plain words; for breast IHC 0, the null / ultralow detail.

use super::choice::{bind, ChoiceGroup, ChoiceOption, Choices, Picture};
use super::texts::{ihc_description, ihc_name};
use super::use_report;
use crate::locale::use_ui;
use crate::report::{FormField, IhcAnswer, Pick};
use her2_core::{IhcScore, IhcZeroSubtype};
use leptos::prelude::*;

const ANSWERS: Choices<IhcAnswer> = &[
    (IhcAnswer::Score(IhcScore::Zero), "0"),
    (IhcAnswer::Score(IhcScore::One), "1"),
    (IhcAnswer::Score(IhcScore::Two), "2"),
    (IhcAnswer::Score(IhcScore::Three), "3"),
    (IhcAnswer::NotOnReport, "none"),
];
const SUBTYPES: Choices<Pick<IhcZeroSubtype>> = &[
    (Pick::Is(IhcZeroSubtype::Null), "null"),
    (Pick::Is(IhcZeroSubtype::Ultralow), "ultralow"),
    (Pick::Unsure, "not-stated"),
];

/// The IHC question and, when it applies, the IHC 0 follow-up.
#[component]
pub fn IhcStep() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let zero_detail = Memo::new(move |_| state.answers.with(|a| a.zero_detail_applies()));
    let (chosen, pick, options) = bind(
        ANSWERS,
        |a| a.ihc,
        |a, v| a.ihc = v,
        move |answer, key| {
            let (label, desc) = match answer {
                IhcAnswer::Score(score) => (ihc_name(ui, score), ihc_description(ui, score)),
                IhcAnswer::NotOnReport | IhcAnswer::Unanswered => {
                    (ui.ihc_not_stated.to_string(), ui.ihc_not_stated_desc)
                }
            };
            ChoiceOption {
                key,
                label,
                desc: Some(desc),
                picture: Some(ihc_picture(answer)),
            }
        },
    );
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
            let (chosen, pick, options) = bind(
                SUBTYPES,
                |a| a.zero_subtype,
                |a, v| a.zero_subtype = v,
                move |subtype, key| {
                    let words = match subtype {
                        Pick::Is(IhcZeroSubtype::Null) => ui.zero_null,
                        Pick::Is(IhcZeroSubtype::Ultralow) => ui.zero_ultralow,
                        Pick::Unsure => ui.zero_not_stated,
                        Pick::Unanswered => ui.value_not_answered,
                    };
                    ChoiceOption::new(key, words)
                },
            );
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
