//! The page's language. Each language is its own pre-rendered page (`/` and `/es/`), so the
//! language never changes while a page is open: no signal, just context values.

use her2_content::{Content, Language, Ui, LANGUAGES};
use leptos::prelude::*;

/// Where the chosen language is remembered (local storage, never a cookie).
pub const STORAGE_KEY: &str = "her2-explained.language";

/// The language of the page being rendered (server-side only: static components).
#[derive(Debug, Clone, Copy)]
pub struct Locale(&'static Language);

impl Locale {
    /// Provides the language context.
    pub fn provide(language: &'static Language) -> Locale {
        let locale = Locale(language);
        provide_context(locale);
        provide_context(PageUi(language.content.ui));
        locale
    }

    /// The page's language.
    pub fn language(&self) -> &'static Language {
        self.0
    }

    /// The page's content.
    pub fn content(&self) -> &'static Content {
        self.0.content
    }
}

/// The language context provided by [`App`](crate::App). **Static (pre-rendered) components
/// only**: islands (the report tool) never see it in the browser, and it would pull every text
/// of the guide into the WebAssembly. Island code uses [`use_ui`].
pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// The page's interface strings: what islands use. Provided by [`Locale::provide`] when
/// pre-rendering, and in the browser by `client::start` from `<html lang>` (which the
/// pre-renderer wrote), so both sides see the very same `&'static Ui` and hydration matches.
/// Only `her2_content::ui` is referenced in the browser, so the guide's texts stay out of the
/// wasm.
#[derive(Debug, Clone, Copy)]
pub struct PageUi(pub &'static Ui);

/// The page's interface strings (for islands).
pub fn use_ui() -> &'static Ui {
    expect_context::<PageUi>().0
}

/// The page address of a language, relative to the page of `from` (default language at the
/// site root, others in `<code>/`): relative links keep working under any base path
/// ([`crate::mode::page_href`], the one rule for it).
pub fn href(from: &Language, to: &Language) -> String {
    crate::mode::page_href(from.code, to.code)
}

/// All languages, in registry order.
pub fn languages() -> &'static [Language] {
    LANGUAGES
}
