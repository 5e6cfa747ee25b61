//! Common questions, each a native disclosure (`<details>`) with a stable anchor.
//!
//! The `<details>` has no `tabindex`: in Chromium a `tabindex` on it takes its `<summary>` out of
//! the Tab order. A link to a question opens it and focuses its summary (src/page.js).

use crate::components::blocks::Blocks;
use crate::components::source_list::source_links;
use crate::components::table_of_contents::BackToContents;
use crate::locale::use_locale;
use leptos::prelude::*;

/// The FAQ section (`#faq`); each question is `#faq-<id>`.
#[component]
pub fn FaqList() -> impl IntoView {
    let locale = use_locale();
    move || {
        let content = locale.content();
        view! {
            <section id="faq" class="guide-section" tabindex="-1" aria-labelledby="faq-title">
                <h2 id="faq-title">{content.ui.faq_title}</h2>
                {content
                    .faqs
                    .iter()
                    .map(|faq| {
                        view! {
                            <details id=format!("faq-{}", faq.id) class="faq">
                                <summary><h3 class="faq__question">{faq.question}</h3></summary>
                                <Blocks blocks=faq.answer/>
                                <p class="section-sources">
                                    {content.ui.sources_label}": "
                                    {source_links(faq.sources)}
                                </p>
                            </details>
                        }
                    })
                    .collect_view()}
                <BackToContents/>
            </section>
        }
    }
}
