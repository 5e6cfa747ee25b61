//! The browser entry (feature `hydrate`, islands mode): the page is already rendered and its
//! own small script (`src/page.js`) has set up the static behaviours (glossary, language
//! memory, focus, modes, offline) and loads this WebAssembly when the report tool is near or
//! used. This hydrates the islands.

use crate::components::report_island::ReportIsland;
use crate::locale::PageUi;
use leptos::prelude::*;
use leptos::tachys::view::{Position, RenderHtml};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Called from `main` (wasm start): hydrates every `<leptos-island>` and marks the page
/// `<html data-hydrated>`.
pub fn start() {
    let document = document();
    // Root reactive owner with a hydration context in "not hydrating" state; stays current.
    leptos::mount::hydrate_islands();
    // The page's language, from what the pre-renderer wrote into <html lang>: the same
    // `&'static Ui` as on the server, so the island's text matches the HTML exactly.
    let lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    provide_context(PageUi(her2_content::ui(&lang)));

    let islands = document
        .query_selector_all("leptos-island")
        .expect("valid selector");
    for i in 0..islands.length() {
        let Some(el) = islands
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        // `data-component` is `<Name>_<hash of the island's source>` (leptos_macro); the hash
        // is identical in both builds because they compile the same source.
        let name = el.dataset().get("component").unwrap_or_default();
        match name.rsplit_once('_').map(|(name, _hash)| name) {
            // The same as the `#[wasm_bindgen] fn ReportIsland_<hash>(el)` that #[island]
            // generates (leptos_macro component.rs), without going through JS.
            Some("ReportIsland") => {
                let state = ReportIsland().hydrate_from_position::<true>(&el, Position::Current);
                std::mem::forget(state);
            }
            _ => leptos::logging::warn!("no island called {name}"),
        }
    }

    // For tests (and CSS if wanted): the page is interactive now.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}
