//! # HER2 Explained (the web app)
//!
//! A Leptos app that explains the HER2 test in plain words and reads a person's HER2 result on
//! their own device. It stays thin: the medical rules live in `her2-core`, the words in
//! `her2-content`; this crate only shows them.
//!
//! Components never call browser-only APIs while rendering (those run in effects), so the same
//! components can be rendered to HTML at build time and hydrated.

pub mod app;
#[cfg(feature = "hydrate")]
pub mod client;
pub mod components;
pub mod locale;
/// The paste reader's module (a binary of its own, loaded on demand), and client-side builds.
#[cfg(any(feature = "paste-module", feature = "csr"))]
pub mod paste_module;
/// Kiosk and embed modes: the rules, from `crates/her2-modes`, whose browser side is a
/// separate module, loaded only when a page needs it.
pub use her2_modes::mode;
pub mod report;

pub use app::App;
