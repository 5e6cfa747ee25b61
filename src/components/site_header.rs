//! The site header: skip link, title, tagline and language switch.

use crate::components::language_switch::LanguageSwitch;
use crate::locale::use_locale;
use leptos::prelude::*;

/// The page header (the `banner` landmark).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = use_locale();
    let ui = move || locale.content().ui;
    view! {
        <a class="skip-link" href="#main">{move || ui().skip_link}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <div>
                    <p class="site-title">
                        <a href="#top" id="top">{move || ui().site_title}</a>
                    </p>
                    <p class="site-tagline">{move || ui().site_tagline}</p>
                </div>
                <LanguageSwitch/>
            </div>
        </header>
    }
}
