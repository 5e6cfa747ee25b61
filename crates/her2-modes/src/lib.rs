//! # her2-modes
//!
//! HER2 Explained's **kiosk** and **embed** modes in the browser, as a WebAssembly module of
//! its own (`dist/modes/`, built by `scripts/build-wasm-libs.sh`). The page (`src/page.js`)
//! loads it only when a page asks for a mode (`?mode=kiosk`, `?mode=embed`, another mode
//! option, or a build locked as a kiosk), so ordinary visitors never download it and the
//! first load stays within its budget.
//!
//! The code is the app's own files, compiled here: `src/mode.rs` (the rules, unit-tested in
//! the app crate), `src/kiosk.rs` and `src/embed.rs` (plain DOM code with `web_sys`). See
//! `docs/kiosk.md` and `docs/embedding.md`. Browser only: natively the crate is empty.

#![cfg(target_arch = "wasm32")]

#[path = "../../../src/embed.rs"]
pub mod embed;
#[path = "../../../src/kiosk.rs"]
pub mod kiosk;
#[path = "../../../src/mode.rs"]
pub mod mode;

/// Runs when the module is loaded: reads the page's set-up (warning about every ignored
/// option), goes to the language page the options ask for, or sets the kiosk or the embed up.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    if mode::enter() {
        kiosk::start();
        embed::start();
        mode::mark_ready();
    }
}
