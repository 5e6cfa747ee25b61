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
/// Kiosk and embed modes: the rules. Their browser side (`src/kiosk.rs`, `src/embed.rs`) is
/// compiled into a separate module (`crates/her2-modes`), loaded only when a page needs it.
pub mod mode;
pub mod report;

pub use app::App;
