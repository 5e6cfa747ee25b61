//! A medical word with its meaning one tap or key press away (not hover-only).

use crate::locale::use_locale;
use leptos::prelude::*;

/// A glossary term in running text: a button that shows or hides the definition right after it.
/// Works with keyboard (Enter, Space), touch and screen readers (`aria-expanded`).
#[component]
pub fn GlossaryTerm(id: &'static str, text: &'static str) -> impl IntoView {
    let locale = use_locale();
    let (open, set_open) = signal(false);
    let term = locale.content().term(id);
    let definition = term.map(|t| t.definition).unwrap_or_default();
    view! {
        <span class="term">
            <button
                type="button"
                class="term__button"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {text}
            </button>
            <span class="term__definition" role="note" hidden=move || !open.get()>
                " ("{definition}") "
            </span>
        </span>
    }
}
