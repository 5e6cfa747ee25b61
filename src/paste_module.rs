//! The paste reader's module (the `her2-paste` binary, feature `paste-module`): reads a pasted
//! report with `her2_core::parse_report` and draws what it found
//! ([`crate::components::report::paste_results`]) in the box the report tool left for it. The
//! page's script (src/page.js) loads it when a person first opens the paste reader or reads a
//! text, and passes on the tool's events: [`show_found`] for each
//! [`READ_EVENT`](crate::components::report::paste_results::READ_EVENT), [`clear_found`] for each
//! [`CLEAR_EVENT`](crate::components::report::paste_results::CLEAR_EVENT). The report tool's
//! first download holds neither the report reader nor this view.

use crate::components::report::focus_id;
use crate::components::report::paste_results::{found_view, send, HEADING_ID, USE_EVENT};
use crate::report::storage::Stored;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// What is on show (its unmount handle), dropped to take it away.
    static SHOWN: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
}

/// Reads `text` and draws what was found in `target` (in place of anything drawn before), in the
/// language `lang` (the page's `<html lang>`), and moves focus to its heading.
#[wasm_bindgen]
pub fn show_found(target: web_sys::HtmlElement, text: String, lang: String) {
    clear_found();
    let ui = her2_content::ui(&lang);
    let report = her2_core::parse_report(&text);
    let from = target.clone();
    let use_answers = move |answers| {
        send(
            &from,
            USE_EVENT,
            &Stored::from_answers(&answers, false).to_json(),
        );
    };
    let shown = leptos::mount::mount_to(target, move || found_view(ui, text, report, use_answers));
    SHOWN.with(|s| *s.borrow_mut() = Some(Box::new(shown)));
    focus_id(HEADING_ID);
}

/// Takes away what is on show, if anything.
#[wasm_bindgen]
pub fn clear_found() {
    let shown = SHOWN.with(|s| s.borrow_mut().take());
    drop(shown);
}
