//! # her2-modes
//!
//! How HER2 Explained is deployed (the ordinary site, a waiting-room **kiosk**, or **embedded**
//! in a hospital page), in one place:
//!
//! - the rules, plain Rust, tested natively: [`options`] (the page address's options,
//!   [`options::parse`]), [`deploy`] (the build-time settings, [`deploy::DeployConfig`]) and
//!   [`address`] (the address of a language page, [`address::page_href`], and what a link does
//!   in an embed, [`address::link_in_embed`]);
//! - [`mode`]: all of them in one place (re-exported), with this page's set-up, read once. The
//!   app uses it too (the pre-renderer, the language links, and the report tool's storage in a
//!   kiosk). Its browser side (`browser`, `cfg(target_arch = "wasm32")`) reads the page.
//! - [`kiosk_markup`]: the ids and names the kiosk's controls (rendered by the app) and the
//!   kiosk module share;
//! - `kiosk` and `embed` (feature `module`, browser only): the kiosk's idle reset and guards,
//!   and the embed's height messages and links, as plain DOM code with `web_sys`.
//!
//! With the feature `module` this crate is the WebAssembly module of its own in `dist/modes/`
//! (built by `scripts/build-wasm-libs.sh`). The page (`src/page.js`) loads it only when a page
//! asks for a mode (`?mode=kiosk`, `?mode=embed`, another mode option, or a build locked as a
//! kiosk), so ordinary visitors never download it. See `docs/kiosk.md` and
//! `docs/embedding.md`.

pub mod address;
#[cfg(target_arch = "wasm32")]
mod browser;
pub mod deploy;
pub mod kiosk_markup;
pub mod mode;
pub mod options;
#[cfg(test)]
mod test_support;

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
