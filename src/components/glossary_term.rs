//! A medical word with its meaning one tap or key press away (not hover-only).

use crate::locale::use_locale;
use leptos::prelude::*;

/// A glossary term in running text: a button that shows or hides the definition right after it.
/// Static HTML; the toggling is one delegated click listener in the browser entry
/// (`client::glossary_toggles`), which flips `aria-expanded` and `hidden`.
#[component]
pub fn GlossaryTerm(id: &'static str, text: &'static str) -> impl IntoView {
    let locale = use_locale();
    let term = locale.content().term(id);
    let definition = term.map(|t| t.definition).unwrap_or_default();
    view! {
        <span class="term">
            <button type="button" class="term__button" aria-expanded="false">
                {text}
            </button>
            <span class="term__definition" role="note" hidden>
                " ("{definition}") "
            </span>
        </span>
    }
}
