//! A box for a number from the report. What is typed is kept exactly as typed; a value that
//! cannot be used gets a message beside the box (`aria-invalid`, `aria-describedby`).

use super::field_error::{described_by, hint_id, invalid, FieldError};
use super::texts::form_field_name;
use super::use_report;
use crate::locale::use_ui;
use crate::report::FormField;
use leptos::prelude::*;

/// A labelled number box with its hint (where to look, what it looks like) and its message.
#[component]
pub fn NumberField(
    /// Which number.
    field: FormField,
    /// Where to look on a report and what it usually looks like.
    hint: &'static str,
) -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let id = field.id();
    let inputmode = if field == FormField::Cells {
        "numeric"
    } else {
        "decimal"
    };
    view! {
        <div class="field field--number">
            <label for=id>{form_field_name(ui, field)}</label>
            <p class="field__hint" id=hint_id(field)>{hint}</p>
            <input
                id=id
                name=id
                type="text"
                inputmode=inputmode
                maxlength=crate::report::storage::MAX_NUMBER_TEXT
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                aria-invalid=invalid(field)
                aria-describedby=described_by(field)
                prop:value=move || state.answers.with(|a| a.text(field).to_string())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    state.answers.update(|a| a.set_text(field, text));
                }
            />
            <FieldError field=field/>
        </div>
    }
}
