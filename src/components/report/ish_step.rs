//! Step 3: the ISH result, if any: not done, pending, or done with the test type and numbers;
//! for breast ISH groups 2 to 4 with IHC 2+, whether a second observer's recount confirmed it.

use super::choice::{bind, ChoiceGroup, ChoiceOption, Choices};
use super::field_error::{described_by, hint_id, invalid, FieldError};
use super::number_field::NumberField;
use super::use_report;
use crate::locale::use_ui;
use crate::report::{FormField, IshAnswer, Pick};
use her2_core::Probe;
use leptos::prelude::*;

const ISH: Choices<IshAnswer> = &[
    (IshAnswer::NotDone, "not-done"),
    (IshAnswer::Pending, "pending"),
    (IshAnswer::Done, "done"),
];
const PROBES: Choices<Pick<Probe>> = &[
    (Pick::Is(Probe::Dual), "dual"),
    (Pick::Is(Probe::Single), "single"),
    (Pick::Unsure, "unsure"),
];

/// The ISH question and, when there are numbers, the test type, numbers and recount.
#[component]
pub fn IshStep() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let done = Memo::new(move |_| state.answers.with(|a| a.ish_numbers_apply()));
    let recount = Memo::new(move |_| state.answers.with(|a| a.recount_applies()));
    let (chosen, pick, options) = bind(
        ISH,
        |a| a.ish,
        |a, v| a.ish = v,
        move |answer, key| {
            let words = match answer {
                IshAnswer::NotDone => ui.ish_not_done,
                IshAnswer::Pending => ui.ish_pending,
                IshAnswer::Done => ui.ish_done,
                IshAnswer::Unanswered => ui.value_not_answered,
            };
            ChoiceOption::new(key, words)
        },
    );
    view! {
        <ChoiceGroup
            field=FormField::Ish
            legend=ui.ish_legend
            hint=ui.ish_hint
            options=options
            chosen=chosen
            pick=pick
        />
        {move || done.get().then(|| {
            let (chosen, pick, options) =
                bind(PROBES, |a| a.probe, |a, v| a.probe = v, move |probe, key| {
                    let words = match probe {
                        Pick::Is(Probe::Dual) => ui.probe_dual,
                        Pick::Is(Probe::Single) => ui.probe_single,
                        Pick::Unsure => ui.probe_unsure,
                        Pick::Unanswered => ui.value_not_answered,
                    };
                    ChoiceOption::new(key, words)
                });
            view! {
                <div class="report-followup">
                    <ChoiceGroup
                        field=FormField::Probe
                        legend=ui.probe_legend
                        hint=ui.probe_hint
                        options=options
                        chosen=chosen
                        pick=pick
                    />
                    <NumberField field=FormField::Ratio hint=ui.ratio_hint/>
                    <NumberField field=FormField::Her2 hint=ui.her2_hint/>
                    <NumberField field=FormField::Cep17 hint=ui.cep17_hint/>
                    <NumberField field=FormField::Cells hint=ui.cells_hint/>
                    {move || recount.get().then(|| view! { <RecountCheck/> })}
                </div>
            }
        })}
    }
}

/// "My report says a second person counted again, and the group stayed the same."
#[component]
fn RecountCheck() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let field = FormField::Recount;
    view! {
        <div class="field field--check">
            <label class="choice" for=field.id()>
                <input
                    type="checkbox"
                    id=field.id()
                    aria-describedby=described_by(field)
                    aria-invalid=invalid(field)
                    prop:checked=move || state.answers.with(|a| a.recount_confirmed)
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        state.answers.update(|a| a.recount_confirmed = checked);
                    }
                />
                <span class="choice__text">{ui.recount_label}</span>
            </label>
            <p class="field__hint" id=hint_id(field)>{ui.recount_hint}</p>
            <FieldError field=field/>
        </div>
    }
}
