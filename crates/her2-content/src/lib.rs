//! # her2-content
//!
//! The texts of HER2 Explained (sections, frequently asked questions, glossary, sources and
//! short interface strings) in every language, compiled into the program as `&'static` data.
//!
//! The build script reads `content/languages.toml` and every `content/<lang>/*.toml` file,
//! checks them all (same ids in every language, defined terms and sources, valid markup,
//! review dates ...) and fails the build with a list of clear messages if anything is wrong.
//! So if this crate compiles, the content is complete and consistent. See `docs/content.md`
//! for the file format and how to add a language.
//!
//! The library does not allocate to read content. Its one dependency is the pure core
//! (`her2-core`): [`words`] gives the words, in each language, for the core's values and for the
//! explanation of a result, so that the report tool and the JavaScript API say the same.
//!
//! ```
//! use her2_content::{default_language, fill, language, Block};
//!
//! let en = default_language();
//! assert_eq!(en.code, "en");
//! assert!(!en.content.sections.is_empty());
//!
//! // Every language has the same sections, in the same order.
//! let es = language("es").expect("Spanish is registered");
//! for (a, b) in en.content.sections.iter().zip(es.content.sections) {
//!     assert_eq!(a.id, b.id);
//! }
//!
//! // Look-ups by id, and the parsed body.
//! let first = &en.content.sections[0];
//! assert_eq!(en.content.section(first.id), Some(first));
//! let paragraphs = first.body.iter().filter(|b| matches!(b, Block::Paragraph(_))).count();
//! assert!(paragraphs > 0);
//!
//! // UI strings with {placeholders}.
//! assert_eq!(fill("Section {n} of 11", "n", "3"), "Section 3 of 11");
//! assert!(!en.content.ui.site_title.is_empty());
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod words;

/// A registered language and its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// Language code, e.g. `en` (also the folder name under `content/`).
    pub code: &'static str,
    /// The language's name in that language, e.g. `Español`.
    pub name: &'static str,
    /// All texts in this language.
    pub content: &'static Content,
}

/// All texts of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Content {
    /// Explanatory sections, in page order.
    pub sections: &'static [Section],
    /// Frequently asked questions, in page order.
    pub faqs: &'static [Faq],
    /// Glossary terms, in alphabetical order of [`Term::term`] (case, accents, spaces and
    /// punctuation ignored; `ñ` after `n`), whatever the order in the files.
    pub terms: &'static [Term],
    /// Sources cited by sections and FAQs.
    pub sources: &'static [Source],
    /// Short interface strings.
    pub ui: &'static Ui,
}

/// An explanatory section of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable anchor id (`#id`), the same in every language.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// The main message in one short sentence (shown first).
    pub summary: &'static str,
    /// Date of the last clinical review (`YYYY-MM-DD`).
    pub reviewed: &'static str,
    /// Date of the next planned review (`YYYY-MM-DD`).
    pub next_review: &'static str,
    /// Ids of the cited sources (see [`Content::source`]).
    pub sources: &'static [&'static str],
    /// The text.
    pub body: &'static [Block],
}

/// A frequently asked question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Faq {
    /// Stable id; the page anchor is `#faq-<id>`.
    pub id: &'static str,
    /// The question.
    pub question: &'static str,
    /// The answer.
    pub answer: &'static [Block],
    /// Ids of the cited sources.
    pub sources: &'static [&'static str],
}

/// A glossary term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Id used by `[[id]]` references.
    pub id: &'static str,
    /// The word as shown.
    pub term: &'static str,
    /// Simple pronunciation (capitals = stressed part).
    pub say: &'static str,
    /// Plain-language definition.
    pub definition: &'static str,
}

/// A cited source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Id cited by sections and FAQs, e.g. `R1`.
    pub id: &'static str,
    /// Full citation, in its original language.
    pub citation: &'static str,
    /// Stable web address, if any.
    pub url: Option<&'static str>,
    /// What the source is, in plain words (translated).
    pub note: &'static str,
}

/// A block of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(&'static [Inline]),
    /// A bullet list or a numbered list.
    List {
        /// `true` for a numbered list.
        ordered: bool,
        /// The items.
        items: &'static [&'static [Inline]],
    },
    /// A sub-heading inside a section (plain text).
    Heading(&'static str),
    /// A figure drawn by the app; holds the figure id from `content/languages.toml`.
    Figure(&'static str),
    /// A table.
    Table {
        /// Header cells.
        head: &'static [&'static [Inline]],
        /// Body rows; each has as many cells as the header.
        rows: &'static [&'static [&'static [Inline]]],
    },
}

/// Inline content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(&'static str),
    /// Bold text.
    Strong(&'static str),
    /// A glossary term reference.
    Term {
        /// The term id (see [`Content::term`]).
        id: &'static str,
        /// The words shown (the term's name, or other words for it).
        text: &'static str,
    },
    /// A link inside the page.
    Link {
        /// The target, `#section-id`, `#faq-<id>`, `#faq`, `#glossary` or `#report-tool`.
        href: &'static str,
        /// The link text.
        text: &'static str,
    },
}

impl Content {
    /// The glossary term with this id.
    pub fn term(&self, id: &str) -> Option<&'static Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The FAQ with this id.
    pub fn faq(&self, id: &str) -> Option<&'static Faq> {
        self.faqs.iter().find(|f| f.id == id)
    }
}

// Generated by build.rs from content/: `Ui`, `LANGUAGES` and the data.
include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The default language (the first of [`LANGUAGES`]).
pub fn default_language() -> &'static Language {
    &LANGUAGE_LIST[0]
}

/// The language with exactly this code (e.g. `"es"`).
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// Whether two texts are the same, usable at compile time (`==` is not, on `str`).
const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Replaces every `{name}` in `template` with `value`.
///
/// ```
/// assert_eq!(her2_content::fill("Reviewed {date}", "date", "2026-11-25"), "Reviewed 2026-11-25");
/// ```
pub fn fill(template: &str, name: &str, value: &str) -> String {
    // By hand rather than `replace(&format!(..))`: the report tool's WebAssembly then carries
    // neither the formatting nor the substring search (about 1 KB).
    let mut out = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.strip_prefix(name).and_then(|t| t.strip_prefix('}')) {
            Some(tail) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_first_and_languages_are_found() {
        assert!(std::ptr::eq(default_language(), &LANGUAGES[0]));
        for lang in LANGUAGES {
            assert!(std::ptr::eq(language(lang.code).expect("registered"), lang));
        }
        assert_eq!(language("EN"), None);
    }

    #[test]
    fn ui_is_each_languages_ui() {
        for lang in LANGUAGES {
            assert!(
                std::ptr::eq(ui(lang.code), lang.content.ui),
                "{}",
                lang.code
            );
        }
        assert!(std::ptr::eq(ui("xx"), default_language().content.ui));
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("{a} and {a}, not {b}", "a", "x"), "x and x, not {b}");
        assert_eq!(fill("none", "a", "x"), "none");
        assert_eq!(fill("{{a}} {ab} {a", "a", "x"), "{x} {ab} {a");
        assert_eq!(fill("{a}{a}", "a", ""), "");
        assert_eq!(fill("ñ {a} é", "a", "ü"), "ñ ü é");
    }

    #[test]
    fn lookups() {
        let content = default_language().content;
        for term in content.terms {
            assert_eq!(content.term(term.id), Some(term));
        }
        for source in content.sources {
            assert_eq!(content.source(source.id), Some(source));
        }
        for faq in content.faqs {
            assert_eq!(content.faq(faq.id), Some(faq));
        }
        assert_eq!(content.term("no-such-term"), None);
    }

    #[test]
    fn glossary_terms_are_in_alphabetical_order() {
        for lang in LANGUAGES {
            let keys: Vec<String> = lang
                .content
                .terms
                .iter()
                .map(|t| her2_content_build::check::collation_key(t.term))
                .collect();
            assert!(
                keys.windows(2).all(|w| w[0] <= w[1]),
                "{}: terms not sorted",
                lang.code
            );
        }
    }

    #[test]
    fn ui_keys_and_get_agree() {
        for lang in LANGUAGES {
            for key in Ui::KEYS {
                let text = lang.content.ui.get(key).expect("every key");
                assert!(
                    !text.trim().is_empty(),
                    "{}: ui key {key} is empty",
                    lang.code
                );
            }
            assert_eq!(lang.content.ui.get("no_such_key"), None);
        }
    }
}
