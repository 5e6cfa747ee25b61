//! The glossary: every term with a simple pronunciation and a plain definition, folded until
//! asked for (a link to a term opens it: the browser opens a closed `<details>` around the
//! target of a link, and src/page.js does the same when it moves the focus).

use crate::components::table_of_contents::BackToContents;
use crate::locale::use_locale;
use her2_content::fill;
use leptos::prelude::*;

/// The glossary section (`#glossary`); each term is `#term-<id>`.
#[component]
pub fn Glossary() -> impl IntoView {
    let locale = use_locale();
    move || {
        let content = locale.content();
        let ui = content.ui;
        view! {
            <section id="glossary" class="guide-section" tabindex="-1" aria-labelledby="glossary-title">
                <h2 id="glossary-title">{ui.glossary_title}</h2>
                <p>{ui.glossary_intro}</p>
                <details class="fold">
                <summary class="fold__summary">{fill(ui.glossary_show, "count", &content.terms.len().to_string())}</summary>
                <dl class="glossary">
                    {content
                        .terms
                        .iter()
                        .map(|term| {
                            view! {
                                <div class="glossary__entry" id=format!("term-{}", term.id)>
                                    <dt>{term.term}</dt>
                                    <dd>
                                        <span class="glossary__say">{ui.glossary_say}" "<i>{term.say}</i></span>
                                        " "<span class="glossary__definition">{term.definition}</span>
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
                </details>
                <BackToContents/>
            </section>
        }
    }
}
