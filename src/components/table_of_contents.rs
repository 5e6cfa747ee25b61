//! The table of contents: a link to every section, the report tool, the FAQ and the glossary.

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
            <nav class="toc" aria-labelledby="toc-title">
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
