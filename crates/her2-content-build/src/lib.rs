//! Build-time tools for the texts of HER2 Explained, used by `crates/her2-content/build.rs`
//! (a build dependency: none of this is in the app or its WebAssembly).
//!
//! - [`load`] reads the content folder (`content/`, TOML files per language) into a
//!   [`check::ContentSet`];
//! - [`check`] checks a whole content set (every language, file and item) and parses it, with
//!   [`markup`] for the small markup of section bodies and FAQ answers;
//! - [`generate`] writes the checked content as static Rust data.
//!
//! On any content problem the build stops with every [`check::Problem`], each naming the
//! language, file, line and item in plain words (docs/content.md).

#![forbid(unsafe_code)]

pub mod check;
pub mod generate;
pub mod load;
pub mod markup;
