//! The current language: a context every component reads, remembered on the device.

use her2_content::{Content, Language, LANGUAGES};
use leptos::prelude::*;

/// Where the chosen language is remembered (local storage, never a cookie).
pub const STORAGE_KEY: &str = "her2-explained.language";

/// The current language, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Locale(RwSignal<&'static Language>);

impl Locale {
    /// Creates the language context, starting in `initial`.
    pub fn provide(initial: &'static Language) -> Locale {
        let locale = Locale(RwSignal::new(initial));
        provide_context(locale);
        locale
    }

    /// The current language (tracked).
    pub fn language(&self) -> &'static Language {
        self.0.get()
    }

    /// The current language's content (tracked).
    pub fn content(&self) -> &'static Content {
        self.0.get().content
    }

    /// Switches language.
    pub fn set(&self, language: &'static Language) {
        self.0.set(language);
    }

    /// The signal, for effects.
    pub fn signal(&self) -> RwSignal<&'static Language> {
        self.0
    }
}

/// The language context provided by [`App`](crate::App).
pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// The language to start with: the one remembered on this device, else the browser's
/// preferred languages, else the default. Browser-only: call from an effect.
pub fn preferred_language() -> Option<&'static Language> {
    use gloo_storage::{LocalStorage, Storage};
    if let Ok(code) = LocalStorage::get::<String>(STORAGE_KEY) {
        if let Some(language) = her2_content::language(&code) {
            return Some(language);
        }
    }
    let navigator = web_sys::window()?.navigator();
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    her2_content::best_match(&tags)
}

/// Remembers the chosen language on this device. Browser-only: call from an effect or event.
pub fn remember(language: &'static Language) {
    use gloo_storage::{LocalStorage, Storage};
    let _ = LocalStorage::set(STORAGE_KEY, language.code);
}

/// All languages, in registry order.
pub fn languages() -> &'static [Language] {
    LANGUAGES
}
