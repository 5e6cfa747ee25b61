//! Every source cited in the guide, folded until asked for (a link to a source opens it).

use crate::components::table_of_contents::BackToContents;
use crate::locale::use_locale;
use her2_content::fill;
use leptos::prelude::*;

/// The sources section (`#sources`); each source is `#source-<id>`.
#[component]
pub fn SourceList() -> impl IntoView {
    let locale = use_locale();
    move || {
        let content = locale.content();
        let ui = content.ui;
        view! {
            <section id="sources" class="guide-section" tabindex="-1" aria-labelledby="sources-title">
                <h2 id="sources-title">{ui.all_sources_title}</h2>
                <p>{ui.all_sources_intro}</p>
                <details class="fold">
                <summary class="fold__summary">{fill(ui.sources_show, "count", &content.sources.len().to_string())}</summary>
                <ol class="sources">
                    {content
                        .sources
                        .iter()
                        .map(|source| {
                            view! {
                                <li id=format!("source-{}", source.id) tabindex="-1">
                                    <span class="sources__id">{source.id}". "</span>
                                    <span lang="en">{source.citation}</span>
                                    " "
                                    <span class="sources__note">{source.note}</span>
                                    {source.url.map(|url| view! { " "<a class="sources__url" href=url rel="noreferrer">{url}</a> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                </details>
                <BackToContents/>
            </section>
        }
    }
}

/// The links to the sources a section or an answer cites, separated by commas: "R1, R2".
pub fn source_links(sources: &'static [&'static str]) -> impl IntoView {
    sources
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let sep = if i == 0 { "" } else { ", " };
            view! { {sep}<a href=format!("#source-{id}")>{*id}</a> }
        })
        .collect_view()
}
