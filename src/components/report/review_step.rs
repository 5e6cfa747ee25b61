//! The last step: every answer on one page, each with a "Change" button, and the problems to
//! fix (if any) before the result can be explained.

use super::texts::{answer_rows, check_text, form_field_name, problem_text};
use super::{focus_field, focus_id, use_report, ReportState};
use crate::locale::use_ui;
use crate::report::answers::Confirmed;
use crate::report::Step;
use her2_content::fill;
use leptos::prelude::*;

/// The id of the list of problems (it takes focus when "Explain my result" finds some).
pub const ERRORS_ID: &str = "report-review-errors";

/// The id of the box of values to check again (it takes focus when "Explain my result" finds
/// some).
pub const CHECK_ID: &str = "report-value-check";

/// The values the person confirmed as their report says them, and whether "Explain my result"
/// asked about the others (through context, from the guided form).
#[derive(Debug, Clone, Copy)]
pub struct ValueChecks {
    /// Values confirmed as typed.
    pub confirmed: RwSignal<Vec<Confirmed>>,
    /// "Explain my result" found values to check: show them.
    pub asking: RwSignal<bool>,
}

impl ValueChecks {
    /// Nothing confirmed or asked yet.
    pub fn new() -> ValueChecks {
        ValueChecks {
            confirmed: RwSignal::new(Vec::new()),
            asking: RwSignal::new(false),
        }
    }

    /// "Explain my result": the values to check again first (focused), or the result.
    pub fn explain_or_ask(self, state: ReportState) {
        let confirmed = self.confirmed.get_untracked();
        let to_check = state
            .answers
            .with_untracked(|a| a.values_to_check(&confirmed));
        if to_check.is_empty() {
            self.asking.set(false);
            state.explain();
        } else {
            state.shown.set(None);
            self.asking.set(true);
            // The box is drawn on the next frame.
            request_animation_frame(|| focus_id(CHECK_ID));
        }
    }
}

impl Default for ValueChecks {
    fn default() -> ValueChecks {
        ValueChecks::new()
    }
}

/// All answers, and the problems to fix first.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let problems = move || {
        if state.checked.with(|c| c.contains(&Step::Review)) {
            state.problems.get()
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
    let checks = expect_context::<ValueChecks>();
    let to_check = move || {
        if !checks.asking.get() {
            return None;
        }
        let confirmed = checks.confirmed.get();
        let groups = state.answers.with(|a| a.values_to_check(&confirmed));
        (!groups.is_empty()).then(|| {
            let items = groups
                .into_iter()
                .map(|group| {
                    let field = group.field;
                    let name = form_field_name(ui, field);
                    let confirm = fill(ui.check_confirm, "value", group.text.trim());
                    let fix_label = fill(ui.check_fix_label, "item", name);
                    let confirmation = group.confirm();
                    let messages = group
                        .checks
                        .iter()
                        .map(|check| view! { <p>{check_text(ui, check)}</p> })
                        .collect_view();
                    view! {
                        <li class="value-check" data-field=field.id()>
                            <p><strong>{name}": "{group.text.clone()}</strong></p>
                            {messages}
                            <p>
                                <button
                                    type="button"
                                    class="button button--small value-check__confirm"
                                    on:click=move |_| {
                                        checks.confirmed.update(|c| c.push(confirmation.clone()));
                                        checks.explain_or_ask(state);
                                    }
                                >
                                    {confirm}
                                </button>
                                " "
                                <button
                                    type="button"
                                    class="button button--small value-check__fix"
                                    aria-label=fix_label
                                    on:click=move |_| {
                                        state.go_to(field.step());
                                        // The step is drawn on the next frame.
                                        request_animation_frame(move || focus_field(field));
                                    }
                                >
                                    {ui.check_fix}
                                </button>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="error-summary value-checks" id=CHECK_ID tabindex="-1" role="group" aria-labelledby="report-value-check-title">
                    <p class="error-summary__title" id="report-value-check-title">{ui.check_title}</p>
                    <p>{ui.check_intro}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    let rows = move || {
        state
            .answers
            .with(|a| answer_rows(ui, a))
            .into_iter()
            // The sample is asked right below the list (stomach and esophagus only).
            .filter(|row| row.field != crate::report::FormField::Specimen)
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
                                on:click=move |_| state.change(step)
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
        {to_check}
        <p>{ui.review_intro}</p>
        <dl class="review-list">{rows}</dl>
        {move || {
            let gastric = state.answers.with(|a| a.cancer == Some(her2_core::Cancer::Gastric.into()));
            gastric.then(|| view! { <super::sample_step::SampleStep/> })
        }}
    }
}
