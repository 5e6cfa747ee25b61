//! Renders the content's blocks and inline text.

use crate::components::figure::Figure;
use crate::components::glossary_term::GlossaryTerm;
use her2_content::{Block, Inline};
use leptos::prelude::*;

/// A list of blocks (paragraphs, lists, sub-headings, figures, tables).
#[component]
pub fn Blocks(blocks: &'static [Block]) -> impl IntoView {
    blocks.iter().map(block).collect_view()
}

fn block(block: &'static Block) -> AnyView {
    match block {
        Block::Paragraph(inlines) => view! { <p>{inline_list(inlines)}</p> }.into_any(),
        Block::List {
            ordered: false,
            items,
        } => view! { <ul>{items.iter().map(|i| view! { <li>{inline_list(i)}</li> }).collect_view()}</ul> }
            .into_any(),
        Block::List {
            ordered: true,
            items,
        } => view! { <ol>{items.iter().map(|i| view! { <li>{inline_list(i)}</li> }).collect_view()}</ol> }
            .into_any(),
        Block::Heading(text) => view! { <h3>{*text}</h3> }.into_any(),
        Block::Figure(id) => view! { <Figure id=id/> }.into_any(),
        Block::Table { head, rows } => view! {
            <div class="table-wrap" role="region" tabindex="0" aria-label=head.first().map(|c| plain(c)).unwrap_or_default()>
                <table>
                    <thead><tr>{head.iter().map(|c| view! { <th scope="col">{inline_list(c)}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows
                            .iter()
                            .map(|row| {
                                view! {
                                    <tr>
                                        {row
                                            .iter()
                                            .enumerate()
                                            .map(|(i, c)| {
                                                if i == 0 {
                                                    view! { <th scope="row">{inline_list(c)}</th> }.into_any()
                                                } else {
                                                    view! { <td>{inline_list(c)}</td> }.into_any()
                                                }
                                            })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
    }
}

/// The plain text of some inlines (for labels).
fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) | Inline::Strong(t) => *t,
            Inline::Term { text, .. } | Inline::Link { text, .. } => *text,
        })
        .collect()
}

/// Inline text with glossary terms, bold and links.
pub fn inline_list(inlines: &'static [Inline]) -> impl IntoView {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => view! { {*text} }.into_any(),
            Inline::Strong(text) => view! { <strong>{*text}</strong> }.into_any(),
            Inline::Term { id, text } => view! { <GlossaryTerm id=id text=text/> }.into_any(),
            Inline::Link { href, text } => view! { <a href=*href>{*text}</a> }.into_any(),
        })
        .collect_view()
}
