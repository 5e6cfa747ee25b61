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
    pub picture: Option<Picture>,
}

/// A small drawing of a cell before an option's words (decorative: the words say it all): the
/// classes of the cell and of its membrane, the membrane's dash pattern, and a mark drawn in the
/// middle instead of the nucleus (empty for none). Kept as data, so that every option is drawn
/// by one view of one type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picture {
    /// The cell's class.
    pub cell: &'static str,
    /// The membrane's class.
    pub membrane: &'static str,
    /// The membrane's `stroke-dasharray`.
    pub dash: &'static str,
    /// A mark in place of the nucleus (`""`: the nucleus is drawn).
    pub mark: &'static str,
}

/// The drawing of a [`Picture`].
fn picture_view(p: Picture) -> impl IntoView {
    view! {
        <svg class="choice__picture" viewBox="0 0 80 80" aria-hidden="true" focusable="false">
            <rect x="8" y="8" width="64" height="64" rx="18" class=p.cell/>
            <rect x="8" y="8" width="64" height="64" rx="18" class=p.membrane stroke-dasharray=p.dash/>
            <circle cx="40" cy="40" r="12" class=if p.mark.is_empty() { "fig-nucleus" } else { "choice__picture-none" }/>
            <text x="40" y="52" text-anchor="middle" class="choice__picture-mark">{p.mark}</text>
        </svg>
    }
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

/// The options of a question, each once: the answer it gives and the end of its radio's id
/// (`{field id}-{key}`), in the order shown. The words of each come from the answer.
pub type Choices<T> = &'static [(T, &'static str)];

/// Which option of `choices` the answers hold, how choosing one changes them, and the options
/// with their words (`option` makes one from an answer and its key).
pub fn bind<T>(
    choices: Choices<T>,
    get: fn(&Answers) -> T,
    set: fn(&mut Answers, T),
    option: impl Fn(T, &'static str) -> ChoiceOption,
) -> (Signal<Option<usize>>, Callback<usize>, Vec<ChoiceOption>)
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_report();
    let chosen = Signal::derive(move || {
        state
            .answers
            .with(|a| choices.iter().position(|(v, _)| *v == get(a)))
    });
    let pick = Callback::new(move |i: usize| {
        if let Some((value, _)) = choices.get(i) {
            state.answers.update(|a| set(a, *value));
        }
    });
    let options = choices.iter().map(|(v, key)| option(*v, key)).collect();
    (chosen, pick, options)
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
) -> impl IntoView {
    let name = field.id();
    view! {
        <fieldset
            id=name
            class=["field choices ", class].concat()
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
                    let id = [name, "-", option.key].concat();
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
                                {option.picture.map(picture_view)}
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
}
