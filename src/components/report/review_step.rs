//! The last step: every answer on one page, each with a "Change" button, and the problems to
//! fix (if any) before the result can be explained.

use super::texts::{answer_rows, form_field_name, problem_text};
use super::{focus_field, use_report};
use crate::locale::use_ui;
use crate::report::Step;
use her2_content::fill;
use leptos::prelude::*;

/// The id of the list of problems (it takes focus when "Explain my result" finds some).
pub const ERRORS_ID: &str = "report-review-errors";

/// All answers, and the problems to fix first.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let problems = move || {
        if state.checked.with(|c| c.contains(&Step::Review)) {
            state.answers.with(|a| a.problems(Step::Review))
        } else {
            Vec::new()
        }
    };
    let errors = move || {
        let problems = problems();
        (!problems.is_empty()).then(|| {
            view! {
                <div class="error-summary" id=ERRORS_ID tabindex="-1" role="alert" aria-labelledby="report-review-errors-title">
                    <p class="error-summary__title" id="report-review-errors-title">{ui.errors_title}</p>
                    <ul>
                        {problems
                            .into_iter()
                            .map(|(field, problem)| {
                                view! {
                                    <li>
                                        <strong>{form_field_name(ui, field)}": "</strong>
                                        {problem_text(ui, field, problem)}" "
                                        <button
                                            type="button"
                                            class="button button--small"
                                            on:click=move |_| {
                                                state.go_to(field.step());
                                                // The step is drawn on the next frame.
                                                request_animation_frame(move || focus_field(field));
                                            }
                                        >
                                            {ui.go_to_answer}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let rows = move || {
        state
            .answers
            .with(|a| answer_rows(ui, a))
            .into_iter()
            .map(|row| {
                let step = row.field.step();
                let change = fill(ui.change_label, "item", row.label);
                view! {
                    <div class="review-list__row" data-field=row.field.id()>
                        <dt>{row.label}</dt>
                        <dd>
                            <span class="review-list__value">{row.value}</span>
                            <button
                                type="button"
                                class="button button--small"
                                aria-label=change
                                on:click=move |_| state.go_to(step)
                            >
                                {ui.change_button}
                            </button>
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        {errors}
        <p>{ui.review_intro}</p>
        <dl class="review-list">{rows}</dl>
    }
}
