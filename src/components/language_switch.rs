//! Links to the same page in the other languages; the choice is remembered on this device
//! (by the browser entry, `client::remember_language_choice`).

use crate::locale::{href, languages, use_locale};
use leptos::prelude::*;

/// One link per registered language, each named in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let current = locale.language();
    view! {
        <div class="language-switch" role="group" aria-label=locale.content().ui.language_label>
            {languages()
                .iter()
                .map(|language| {
                    let is_current = language.code == current.code;
                    view! {
                        <a
                            href=href(current, language)
                            lang=language.code
                            hreflang=language.code
                            aria-current=is_current.then_some("page")
                        >
                            {language.name}
                        </a>
                    }
                })
                .collect_view()}
        </div>
    }
}
