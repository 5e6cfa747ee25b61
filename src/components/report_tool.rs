//! "Understand my report": a person enters their HER2 values and gets a plain explanation,
//! computed on this device by `her2-core`.

use crate::locale::use_ui;
use crate::report_form::{FormText, NumberField};
use her2_content::{fill, Ui};
use her2_core::number::NumberError;
use her2_core::{interpret, Cancer, Field, IhcScore, Interpretation, NextStep, Status};
use leptos::prelude::*;

/// What the tool shows after "Explain my result".
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Some typed numbers could not be read.
    Unreadable(Vec<(NumberField, NumberError)>),
    /// The core's answer (which may list input errors).
    Interpreted(Interpretation),
}

/// The interactive report tool (inside the `#report-tool` section; see `report_island`).
#[component]
pub fn ReportTool() -> impl IntoView {
    let ui = use_ui();
    let form = RwSignal::new(FormText::default());
    let outcome = RwSignal::new(None::<Outcome>);

    let explain = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = match form.get_untracked().to_input() {
            Ok(input) => Outcome::Interpreted(interpret(&input)),
            Err(problems) => Outcome::Unreadable(problems),
        };
        outcome.set(Some(result));
    };

    // The message for one number box, if it has a problem.
    let number_error = move |field: NumberField| -> Option<String> {
        let example = match field {
            NumberField::IshRatio => "1.8",
            NumberField::AvgHer2Copies => "4.5",
        };
        match outcome.get()? {
            Outcome::Unreadable(problems) => problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, e)| fill(number_message(ui, *e), "example", example)),
            Outcome::Interpreted(result) => {
                let core_field = match field {
                    NumberField::IshRatio => Field::IshRatio,
                    NumberField::AvgHer2Copies => Field::AvgHer2Copies,
                };
                result
                    .errors
                    .iter()
                    .find(|e| e.field == core_field)
                    .map(|e| e.message())
            }
        }
    };

    let number_box = move |field: NumberField, id: &'static str| {
        let (label, hint) = match field {
            NumberField::IshRatio => (ui.report_ratio_label, ui.report_ratio_hint),
            NumberField::AvgHer2Copies => (ui.report_her2_label, ui.report_her2_hint),
        };
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described = {
            let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
            move || {
                if number_error(field).is_some() {
                    format!("{hint_id} {error_id}")
                } else {
                    hint_id.clone()
                }
            }
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <p class="field__hint" id=hint_id>{hint}</p>
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-invalid=move || number_error(field).is_some().to_string()
                    aria-describedby=described
                    prop:value=move || form.with(|f| match field {
                        NumberField::IshRatio => f.ish_ratio.clone(),
                        NumberField::AvgHer2Copies => f.avg_her2_copies.clone(),
                    })
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        form.update(|f| match field {
                            NumberField::IshRatio => f.ish_ratio = value,
                            NumberField::AvgHer2Copies => f.avg_her2_copies = value,
                        });
                    }
                />
                <p class="field__error" id=error_id>{move || number_error(field)}</p>
            </div>
        }
    };

    view! {
        <div class="report-tool__live">
            <form class="report-form" on:submit=explain novalidate>
                <fieldset class="field">
                    <legend>{move || ui.report_cancer_label}</legend>
                    {[Cancer::Breast, Cancer::Gastric]
                        .into_iter()
                        .map(|cancer| {
                            let id = format!("cancer-{}", cancer.as_str());
                            let label_for = id.clone();
                            view! {
                                <label class="choice" for=label_for>
                                    <input
                                        type="radio"
                                        id=id
                                        name="cancer"
                                        value=cancer.as_str()
                                        prop:checked=move || form.with(|f| f.cancer == cancer)
                                        on:change=move |_| form.update(|f| f.cancer = cancer)
                                    />
                                    {move || cancer_label(ui, cancer)}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="field">
                    <label for="ihc-score">{move || ui.report_ihc_label}</label>
                    <p class="field__hint" id="ihc-score-hint">{move || ui.report_ihc_hint}</p>
                    <select
                        id="ihc-score"
                        aria-describedby="ihc-score-hint"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            form.update(|f| f.ihc_score = IhcScore::from_api(&value));
                        }
                    >
                        <option value="" selected=move || form.with(|f| f.ihc_score.is_none())>
                            {move || ui.ihc_not_stated}
                        </option>
                        {IhcScore::ALL
                            .iter()
                            .map(|score| {
                                view! {
                                    <option value=score.as_str() selected=move || form.with(|f| f.ihc_score == Some(*score))>
                                        {score.as_str()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                {number_box(NumberField::IshRatio, "ish-ratio")}
                {number_box(NumberField::AvgHer2Copies, "avg-her2-copies")}
                <button type="submit" class="button button--primary">
                    {move || ui.report_submit}
                </button>
            </form>
            <div class="report-result" aria-live="polite">
                {move || {
                                match outcome.get() {
                        Some(Outcome::Interpreted(result)) => result_view(ui, &result).into_any(),
                        Some(Outcome::Unreadable(_)) => view! {
                            <p class="report-result__problem" role="alert">{ui.report_errors_title}</p>
                        }
                        .into_any(),
                        None => ().into_any(),
                    }
                }}
            </div>
        </div>
    }
}

fn result_view(ui: &'static Ui, result: &Interpretation) -> impl IntoView {
    let other_errors: Vec<String> = result
        .errors
        .iter()
        .filter(|e| !matches!(e.field, Field::IshRatio | Field::AvgHer2Copies))
        .map(|e| e.message())
        .collect();
    let group = result
        .ish_group
        .map(|g| fill(ui.ish_group_label, "group", &g.number().to_string()));
    view! {
        <h3 class="report-result__title">{ui.report_result_title}</h3>
        <p class=format!("status status--{}", result.status.as_str()) data-status=result.status.as_str()>
            {status_text(ui, result.status)}
        </p>
        {(result.her2_low == Some(true)).then(|| view! { <p>{ui.low_true}</p> })}
        {(result.her2_ultralow == Some(true)).then(|| view! { <p>{ui.ultralow_true}</p> })}
        {group.map(|g| view! { <p>{g}</p> })}
        <p class="next-step" data-next-step=result.next_step.as_str()>{next_step_text(ui, result.next_step)}</p>
        {(!other_errors.is_empty()).then(|| view! {
            <div role="alert">
                <p>{ui.report_errors_title}</p>
                <ul>{other_errors.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        })}
        <p class="rule"><small>{ui.report_rule_label}" "{result.guideline()}" ("<code>{result.rule_id()}</code>")"</small></p>
    }
}

fn cancer_label(ui: &'static Ui, cancer: Cancer) -> &'static str {
    match cancer {
        Cancer::Breast => ui.cancer_breast,
        Cancer::Gastric => ui.cancer_gastric,
    }
}

fn status_text(ui: &'static Ui, status: Status) -> &'static str {
    match status {
        Status::Positive => ui.status_positive,
        Status::Negative => ui.status_negative,
        Status::Equivocal => ui.status_equivocal,
        Status::Indeterminate => ui.status_indeterminate,
    }
}

fn next_step_text(ui: &'static Ui, next: NextStep) -> &'static str {
    match next {
        NextStep::None => ui.next_none,
        NextStep::ReflexIsh => ui.next_reflex_ish,
        NextStep::ReflexIhc => ui.next_reflex_ihc,
        NextStep::RecountSecondObserver => ui.next_recount,
        NextStep::DualProbeIsh => ui.next_dual_probe,
        NextStep::RepeatTest => ui.next_repeat,
        NextStep::AskCareTeam => ui.next_ask_care_team,
        NextStep::InvalidInput => ui.next_invalid,
    }
}

fn number_message(ui: &'static Ui, error: NumberError) -> &'static str {
    match error {
        NumberError::Empty => ui.number_empty,
        NumberError::NoNumber => ui.number_no_number,
        NumberError::SeveralNumbers => ui.number_several,
        NumberError::Negative => ui.number_negative,
    }
}
