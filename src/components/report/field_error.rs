//! The message beside a field, and the `aria-describedby` value that points at it.

use super::texts::problem_text;
use super::use_report;
use crate::locale::use_ui;
use crate::report::FormField;
use leptos::prelude::*;

/// The id of a field's hint.
pub fn hint_id(field: FormField) -> String {
    [field.id(), "-hint"].concat()
}

/// The id of a field's message.
pub fn error_id(field: FormField) -> String {
    [field.id(), "-error"].concat()
}

/// `aria-describedby` for a field: its hint, then its message when it has one (tracked).
pub fn described_by(field: FormField) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let state = use_report();
    move || {
        if state.problem(field).is_some() {
            [field.id(), "-hint ", field.id(), "-error"].concat()
        } else {
            hint_id(field)
        }
    }
}

/// `aria-invalid` for a field: `"true"` when it has a problem, absent otherwise (tracked).
pub fn invalid(
    field: FormField,
) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let state = use_report();
    move || state.problem(field).is_some().then_some("true")
}

/// The message beside a field, in the current language (empty when there is no problem).
#[component]
pub fn FieldError(field: FormField) -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let message = move || state.problem(field).map(|p| problem_text(ui, field, p));
    view! { <p class="field__error" id=error_id(field)>{message}</p> }
}
