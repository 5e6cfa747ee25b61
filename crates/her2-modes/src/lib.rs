//! # her2-modes
//!
//! How HER2 Explained is deployed (the ordinary site, a waiting-room **kiosk**, or **embedded**
//! in a hospital page), in one place:
//!
//! - [`mode`]: the rules. Build-time settings ([`mode::DeployConfig`]), the page address's
//!   options ([`mode::parse`]), addresses of language pages ([`mode::page_href`]) and what a
//!   link does in an embed ([`mode::link_in_embed`]). Plain Rust, tested natively; the app uses
//!   them too (the pre-renderer, and the report tool's storage in a kiosk).
//! - `kiosk` and `embed` (feature `module`, browser only): the kiosk's idle reset and guards,
//!   and the embed's height messages and links, as plain DOM code with `web_sys`.
//!
//! With the feature `module` this crate is the WebAssembly module of its own in `dist/modes/`
//! (built by `scripts/build-wasm-libs.sh`). The page (`src/page.js`) loads it only when a page
//! asks for a mode (`?mode=kiosk`, `?mode=embed`, another mode option, or a build locked as a
//! kiosk), so ordinary visitors never download it. See `docs/kiosk.md` and
//! `docs/embedding.md`.

pub mod mode;

#[cfg(all(target_arch = "wasm32", feature = "module"))]
pub mod embed;
#[cfg(all(target_arch = "wasm32", feature = "module"))]
pub mod kiosk;

/// Runs when the module is loaded: reads the page's set-up (warning about every ignored
/// option), goes to the language page the options ask for, or sets the kiosk or the embed up.
#[cfg(all(target_arch = "wasm32", feature = "module"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    if mode::enter() {
        kiosk::start();
        embed::start();
        mode::mark_ready();
    }
}
