//! A question with radio options: a fieldset with its legend, hint and message, and one large,
//! touch-friendly label per option. Every radio question of the tool uses this one component
//! (which also keeps the WebAssembly small).

use super::field_error::{described_by, hint_id, invalid, FieldError};
use super::use_report;
use crate::report::{Answers, FormField};
use leptos::prelude::*;

/// One option of a [`ChoiceGroup`].
pub struct ChoiceOption {
    /// The end of the radio's id (`{field id}-{key}`).
    pub key: &'static str,
    /// The option's words.
    pub label: String,
    /// A second line in smaller words, if any.
    pub desc: Option<&'static str>,
    /// A small picture before the words, if any (decorative).
    pub picture: Option<AnyView>,
}

impl ChoiceOption {
    /// An option with words only.
    pub fn new(key: &'static str, label: impl Into<String>) -> ChoiceOption {
        ChoiceOption {
            key,
            label: label.into(),
            desc: None,
            picture: None,
        }
    }
}

/// Which option of `values` the answers hold, and how choosing one changes them.
pub fn bind<T>(
    values: &'static [T],
    get: fn(&Answers) -> T,
    set: fn(&mut Answers, T),
) -> (Signal<Option<usize>>, Callback<usize>)
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_report();
    let chosen = Signal::derive(move || {
        state
            .answers
            .with(|a| values.iter().position(|v| *v == get(a)))
    });
    let pick = Callback::new(move |i: usize| {
        if let Some(value) = values.get(i) {
            state.answers.update(|a| set(a, *value));
        }
    });
    (chosen, pick)
}

/// A radio question. The whole label of each option is the touch target (at least 44 px).
#[component]
pub fn ChoiceGroup(
    /// The question (its id is the fieldset's id and the radios' name).
    field: FormField,
    /// The question's words.
    legend: &'static str,
    /// Where to look on a report.
    hint: &'static str,
    /// The options.
    options: Vec<ChoiceOption>,
    /// The chosen option (tracked).
    chosen: Signal<Option<usize>>,
    /// Called with the option chosen.
    pick: Callback<usize>,
    /// Extra classes for the fieldset.
    #[prop(optional)]
    class: &'static str,
) -> AnyView {
    let name = field.id();
    view! {
        <fieldset
            id=name
            class=format!("field choices {class}")
            aria-describedby=described_by(field)
            aria-invalid=invalid(field)
        >
            <legend>{legend}</legend>
            <p class="field__hint" id=hint_id(field)>{hint}</p>
            <FieldError field=field/>
            {options
                .into_iter()
                .enumerate()
                .map(|(i, option)| {
                    let id = format!("{name}-{}", option.key);
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input
                                type="radio"
                                id=id
                                name=name
                                prop:checked=move || chosen.get() == Some(i)
                                on:change=move |_| pick.run(i)
                            />
                            <span class="choice__text">
                                {option.picture}
                                <span class="choice__words">
                                    <span class="choice__name">{option.label}</span>
                                    {option.desc.map(|d| view! { <span class="choice__desc">{d}</span> })}
                                </span>
                            </span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
    .into_any()
}
