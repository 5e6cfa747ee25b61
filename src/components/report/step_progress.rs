//! The progress indicator: an ordered list of the steps, the current one marked with
//! `aria-current="step"`.

use super::texts::step_name;
use super::use_report;
use crate::locale::use_ui;
use crate::report::Step;
use leptos::prelude::*;

/// The list of steps for the chosen cancer.
#[component]
pub fn StepProgress() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let cancer = Memo::new(move |_| state.answers.with(|a| a.cancer));
    move || {
        let steps = Step::all(cancer.get());
        view! {
            <ol class="step-progress" aria-label=ui.progress_label>
                {steps
                    .iter()
                    .enumerate()
                    .map(|(i, step)| {
                        let step = *step;
                        let current = move || state.step.get() == step;
                        let done = move || {
                            let now = state.step.get();
                            step < now && now.position(cancer.get()).is_some()
                        };
                        view! {
                            <li
                                class="step-progress__item"
                                class:step-progress__item--current=current
                                class:step-progress__item--done=done
                                aria-current=move || current().then_some("step")
                                data-step=step.as_str()
                            >
                                <span class="step-progress__number" aria-hidden="true">{i + 1}</span>
                                <span class="step-progress__name">{step_name(ui, step)}</span>
                                {move || done().then(|| view! {
                                    <span class="visually-hidden">" ("{ui.step_done}")"</span>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
    }
}
