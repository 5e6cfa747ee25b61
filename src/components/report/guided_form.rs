//! The guided decoder: progress, the step heading (which takes focus when the step changes),
//! the current step, and Back / Next (or "Explain my result" on the last step).

use super::cancer_step::CancerStep;
use super::forget_answers::KeepQuestion;
use super::ihc_step::IhcStep;
use super::ish_step::IshStep;
use super::later::{draw_part, Part};
use super::review_step::{ReviewStep, ValueChecks};
use super::step_progress::StepProgress;
use super::texts::step_name;
use super::use_report;
use crate::locale::use_ui;
use crate::report::Step;
use her2_content::fill;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

/// The id of the step heading.
pub const HEADING_ID: &str = "report-step-title";

/// The guided form.
#[component]
pub fn GuidedForm() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let cancer = Memo::new(move |_| state.answers.with(|a| a.cancer));
    let checks = ValueChecks::new();
    provide_context(checks);
    // "Forget my answers" forgets what was confirmed too.
    Effect::new(move |_| {
        if state.answers.with(|a| a.is_empty()) {
            checks.confirmed.set(Vec::new());
            checks.asking.set(false);
        }
    });

    let heading = move || {
        let step = state.step.get();
        let (n, total) = step.position(cancer.get()).unwrap_or((1, 1));
        let text = fill(ui.step_heading, "n", &n.to_string());
        let text = fill(&text, "total", &total.to_string());
        fill(&text, "name", step_name(ui, step))
    };

    // Enter in a text box goes to the next step; on the last step it explains the result.
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.step.get_untracked() == Step::Review {
            // Very unlikely values (probably typos) are shown back first; then the result.
            checks.explain_or_ask(state);
        } else {
            state.next();
        }
    };

    // Step 1 is pre-rendered and hydrated; the others are drawn in the browser only.
    let step = Memo::new(move |_| state.step.get());
    let panel = move || (step.get() == Step::Cancer).then(|| view! { <CancerStep/> });
    let step_box = NodeRef::new();
    draw_part(step_box, move || {
        let step = step.get();
        (step != Step::Cancer).then_some(Part::Step(step))
    });

    view! {
        <form class="report-form" novalidate on:submit=submit aria-labelledby=HEADING_ID>
            <StepProgress/>
            <h3 id=HEADING_ID class="report-step-title" tabindex="-1" node_ref=state.heading>
                {heading}
            </h3>
            <div class="report-step" data-step=move || step.get().as_str() node_ref=step_box>{panel}</div>
            <KeepQuestion/>
            <div class="report-nav">
                {move || (state.step.get() != Step::Cancer).then(|| view! {
                    <button type="button" class="button report-nav__back" on:click=move |_| state.back()>
                        {ui.back_button}
                    </button>
                })}
                {move || {
                    let step = state.step.get();
                    if step == Step::Review {
                        Some(Either::Left(view! {
                            <button type="submit" class="button button--primary report-nav__explain">
                                {ui.report_submit}
                            </button>
                        }))
                    } else if step.has_next(cancer.get()) {
                        Some(Either::Right(view! {
                            <button type="submit" class="button button--primary report-nav__next">
                                {move || if state.return_to_review.get() { ui.back_to_review } else { ui.next_button }}
                            </button>
                        }))
                    } else {
                        // A cancer the tool does not read: the first step explains why, and
                        // there is nothing to go on to.
                        None
                    }
                }}
            </div>
        </form>
    }
}

/// The view of a step after the first, drawn in the browser only (the first is part of the
/// hydrated form): see [`super::later`].
pub(super) fn step_view(step: Step) -> Option<impl IntoView> {
    match step {
        Step::Cancer => None,
        Step::Ihc => Some(EitherOf3::A(view! { <IhcStep/> })),
        Step::Ish => Some(EitherOf3::B(view! { <IshStep/> })),
        Step::Review => Some(EitherOf3::C(view! { <ReviewStep/> })),
    }
}
