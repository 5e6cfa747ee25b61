//! The progress indicator: an ordered list of the steps, the current one marked with
//! `aria-current="step"`.

use super::texts::step_name;
use super::use_report;
use crate::locale::use_ui;
use crate::report::Step;
use leptos::prelude::*;

/// The list of steps for the chosen cancer, drawn again as a whole when the cancer or the step
/// changes: each item is plain markup, with no reactive parts of its own (which keeps the
/// WebAssembly small; the list has at most four items).
#[component]
pub fn StepProgress() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let cancer = Memo::new(move |_| state.answers.with(|a| a.cancer));
    move || {
        let cancer = cancer.get();
        let now = state.step.get();
        let now_shown = now.position(cancer).is_some();
        let items = Step::all(cancer)
            .iter()
            .enumerate()
            .map(|(i, &step)| {
                let current = step == now;
                let done = step < now && now_shown;
                let class = match (current, done) {
                    (true, _) => "step-progress__item step-progress__item--current",
                    (false, true) => "step-progress__item step-progress__item--done",
                    (false, false) => "step-progress__item",
                };
                view! {
                    <li class=class aria-current=current.then_some("step") data-step=step.as_str()>
                        <span class="step-progress__number" aria-hidden="true">{i + 1}</span>
                        <span class="step-progress__name">{step_name(ui, step)}</span>
                        {done.then(|| view! {
                            <span class="visually-hidden">" ("{ui.step_done}")"</span>
                        })}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="step-progress" aria-label=ui.progress_label>{items}</ol> }
    }
}
