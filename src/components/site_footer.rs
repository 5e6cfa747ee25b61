//! The page footer: medical disclaimer, privacy, licences, guideline editions.

use crate::locale::use_locale;
use leptos::prelude::*;

/// The `contentinfo` landmark.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let locale = use_locale();
    let ui = move || locale.content().ui;
    view! {
        <footer class="site-footer">
            <p class="site-footer__disclaimer"><strong>{move || ui().footer_disclaimer}</strong></p>
            <p>{move || ui().footer_privacy}</p>
            <p>{move || ui().footer_version}</p>
            <p>{move || ui().footer_licence}</p>
        </footer>
    }
}
