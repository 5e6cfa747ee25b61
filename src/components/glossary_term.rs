//! A medical word with its meaning one tap or key press away (not hover-only).

use crate::locale::use_locale;
use leptos::prelude::*;

/// A glossary term in running text: a button that shows or hides the definition right after it.
/// Static HTML; the toggling is one delegated click listener in the browser entry
/// (`client::glossary_toggle`), which flips `aria-expanded` and `hidden` and, the first time,
/// copies the definition from the glossary entry `#term-<id>` (so the page carries each
/// definition once, not once per use).
#[component]
pub fn GlossaryTerm(id: &'static str, text: &'static str) -> impl IntoView {
    // Checked at build time by her2-content: every [[term]] exists in every language.
    debug_assert!(
        use_locale().content().term(id).is_some(),
        "unknown term {id}"
    );
    view! {
        <span class="term">
            <button type="button" class="term__button" aria-expanded="false" data-term=id>
                {text}
            </button>
            <span class="term__definition" role="note" hidden></span>
        </span>
    }
}
