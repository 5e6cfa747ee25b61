//! Buttons to switch language; the choice is remembered on this device.

use crate::locale::{languages, remember, use_locale};
use leptos::prelude::*;

/// One button per registered language, each named in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="language-switch" role="group" aria-label=move || locale.content().ui.language_label>
            {languages()
                .iter()
                .map(|language| {
                    let pressed = move || (locale.language().code == language.code).to_string();
                    view! {
                        <button
                            type="button"
                            lang=language.code
                            aria-pressed=pressed
                            on:click=move |_| {
                                locale.set(language);
                                remember(language);
                            }
                        >
                            {language.name}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
