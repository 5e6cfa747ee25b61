//! The browser entry (feature `hydrate`, islands mode): the page is already rendered and its
//! own small script (`src/page.js`) has set up the static behaviours (glossary, language
//! memory, focus, modes, offline) and loads this WebAssembly when the report tool is near or
//! used. Hydration is Leptos' own: this sets up the root owner (`hydrate_islands`) and the
//! page's language; page.js then calls, for each `<leptos-island>`, the WebAssembly export that
//! `#[island]` generates for it (named by its `data-component`, as Leptos' own island script
//! does) and marks the page `<html data-hydrated>`.

use crate::locale::PageUi;
use her2_content::Ui;
use leptos::prelude::*;

/// The language a build of the tool is made for (`HER2_TOOL_LANGUAGE`, set by
/// `scripts/build-tool.sh` for each language's page of a release): that language's strings,
/// picked at compile time, so that the tool's first part holds no other language's (the
/// English copy of the printed summary, with its strings, is in the later part). Unset
/// (Trunk's own build, which debug builds use): every language's, picked by the page.
const BUILT_FOR: Option<&Ui> = match option_env!("HER2_TOOL_LANGUAGE") {
    Some(code) => Some(her2_content::ui(code)),
    None => None,
};

/// Called from `main` (wasm start), before page.js hydrates the islands.
pub fn start() {
    // Root reactive owner with a hydration context in "not hydrating" state; stays current,
    // so every island hydrates under it and sees the context below.
    leptos::mount::hydrate_islands();
    // The page's language, from what the pre-renderer wrote into <html lang>: the same
    // `&'static Ui` as on the server, so the island's text matches the HTML exactly.
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    let ui = match BUILT_FOR {
        Some(ui) => ui,
        None => her2_content::ui(&lang),
    };
    provide_context(PageUi(ui));
}
