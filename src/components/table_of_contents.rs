//! The table of contents (`#contents`): a link to every section, the report tool, the FAQ and
//! the glossary; the ways back to it (a link after each part of the page), and the shortcuts
//! bar that keeps the contents and the report tool one tap away on small screens.

use crate::locale::use_locale;
use leptos::prelude::*;

/// The `navigation` landmark listing the page's parts.
#[component]
pub fn TableOfContents() -> impl IntoView {
    let locale = use_locale();
    move || {
        let content = locale.content();
        let ui = content.ui;
        view! {
            <nav class="toc" id="contents" tabindex="-1" aria-labelledby="toc-title">
                <h2 id="toc-title" class="toc__title">{ui.toc_title}</h2>
                <ol>
                    {content
                        .sections
                        .iter()
                        .map(|s| view! { <li><a href=format!("#{}", s.id)>{s.title}</a></li> })
                        .collect_view()}
                    <li><a href="#report-tool">{ui.report_title}</a></li>
                    <li><a href="#faq">{ui.faq_title}</a></li>
                    <li><a href="#glossary">{ui.glossary_title}</a></li>
                    <li><a href="#sources">{ui.all_sources_title}</a></li>
                </ol>
            </nav>
        }
    }
}

/// The link back to the contents, at the end of each part of the page.
#[component]
pub fn BackToContents() -> impl IntoView {
    let ui = use_locale().content().ui;
    view! { <p class="back-to-contents"><a href="#contents">{ui.back_to_contents}</a></p> }
}

/// Two links that stay at the top of a small screen while the page scrolls (style/main.css
/// makes the bar sticky only where the screen is narrow and tall enough for it): the contents
/// and the report tool. On a wide screen the contents are beside the text, so the bar is hidden.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let ui = use_locale().content().ui;
    view! {
        <nav class="shortcuts" aria-label=ui.shortcuts_label>
            <a href="#contents">{ui.shortcut_contents}</a>
            <a href="#report-tool">{ui.report_title}</a>
        </nav>
    }
}
