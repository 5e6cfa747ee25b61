//! The site header: skip link, title, tagline, a shortcut to the report tool, language switch.

use crate::components::language_switch::LanguageSwitch;
use crate::locale::use_locale;
use leptos::prelude::*;

/// The page header (the `banner` landmark), holding the page's one `h1`.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = use_locale();
    let ui = move || locale.content().ui;
    view! {
        <a class="skip-link" href="#main">{move || ui().skip_link}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <div class="hero">
                    <h1 class="site-title" id="top">{move || ui().site_title}</h1>
                    <p class="site-tagline">{move || ui().site_tagline}</p>
                    <a class="button button--primary" href="#report-tool">{move || ui().report_title}</a>
                </div>
                <LanguageSwitch/>
            </div>
        </header>
    }
}
