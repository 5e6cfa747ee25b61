//! One section of the guide: heading, "Listen" controls, main message, body, sources and
//! review dates.

use crate::components::blocks::Blocks;
use crate::components::listen::Listen;
use crate::components::source_list::source_links;
use crate::components::table_of_contents::BackToContents;
use crate::locale::use_locale;
use her2_content::Section;
use leptos::prelude::*;

/// A section with a stable anchor (`#id`) that takes focus when linked to.
#[component]
pub fn ContentSection(section: &'static Section) -> impl IntoView {
    let locale = use_locale();
    let content = locale.content();
    let ui = content.ui;
    let title_id = format!("{}-title", section.id);
    let labelled_by = title_id.clone();
    view! {
        <section id=section.id class="guide-section" tabindex="-1" aria-labelledby=labelled_by>
            <h2 id=title_id>{section.title}</h2>
            <Listen title=section.title/>
            <p class="summary"><strong>{section.summary}</strong></p>
            <Blocks blocks=section.body/>
            <footer class="section-meta">
                <p class="section-sources">
                    <span>{ui.sources_label}": "</span>
                    {source_links(section.sources)}
                </p>
                <p class="section-dates">
                    {ui.reviewed_label}": "<time datetime=section.reviewed>{section.reviewed}</time>
                    " · "
                    {ui.next_review_label}": "<time datetime=section.next_review>{section.next_review}</time>
                </p>
                <BackToContents/>
            </footer>
        </section>
    }
}
