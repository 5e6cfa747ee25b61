//! The browser entry (feature `hydrate`, islands mode): the page is already rendered; this
//! hydrates the islands and adds the few behaviours of the static HTML.

use crate::components::report_island::ReportIsland;
use crate::locale::{PageUi, STORAGE_KEY};
use leptos::prelude::*;
use leptos::tachys::view::{Position, RenderHtml};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, Event, HtmlElement};

/// Called from `main` (wasm start): hydrates every `<leptos-island>`, then sets up the
/// glossary toggles, the language-choice memory and hash focus.
pub fn start() {
    let document = document();
    // Kiosk and embed modes (src/mode.rs): marks the page and loads their module if asked for.
    crate::mode::load_modes();
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

    on_document_click(glossary_toggle);
    on_document_click(remember_language_choice);
    crate::components::focus::follow_hash_focus();
    register_service_worker(&document);
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

fn on_document_click(handler: fn(&Element)) {
    let closure = Closure::<dyn Fn(Event)>::new(move |ev: Event| {
        if let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            handler(&target);
        }
    });
    let _ = document().add_event_listener_with_callback("click", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// A glossary term button shows or hides the definition right after it.
fn glossary_toggle(target: &Element) {
    let Ok(Some(button)) = target.closest(".term__button") else {
        return;
    };
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(definition) = button.next_element_sibling() {
        if open && definition.text_content().unwrap_or_default().is_empty() {
            let text = button
                .get_attribute("data-term")
                .and_then(|id| {
                    document()
                        .query_selector(&format!("#term-{id} .glossary__definition"))
                        .ok()
                        .flatten()
                })
                .and_then(|d| d.text_content())
                .unwrap_or_default();
            definition.set_text_content(Some(&format!(" ({text}) ")));
        }
        let _ = if open {
            definition.remove_attribute("hidden")
        } else {
            definition.set_attribute("hidden", "")
        };
    }
}

/// Following a language link remembers the choice on this device (same JSON string format
/// as before, e.g. `"es"`).
fn remember_language_choice(target: &Element) {
    // A kiosk or an embed forgets: its deployment sets the language.
    if document()
        .document_element()
        .is_some_and(|e| e.has_attribute("data-mode"))
    {
        return;
    }
    let Ok(Some(link)) = target.closest(".language-switch a[hreflang]") else {
        return;
    };
    if let (Some(code), Some(Ok(Some(storage)))) = (
        link.get_attribute("hreflang"),
        web_sys::window().map(|w| w.local_storage()),
    ) {
        let _ = storage.set_item(STORAGE_KEY, &format!("\"{code}\""));
    }
}

/// Registers the offline service worker (`sw.js` at the site root, which works under any
/// sub-path) in secure contexts. The pre-renderer writes the root, relative to the page, into
/// `<meta name="her2-root">`.
fn register_service_worker(document: &web_sys::Document) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !window.is_secure_context() {
        return;
    }
    let root = document
        .query_selector("meta[name=her2-root]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "./".to_string());
    let url = format!("{root}sw.js");
    let _ = window.navigator().service_worker().register(&url);
}
