//! Validation of a whole content set (every language, every file).
//!
//! The loader ([`crate::load`]) reads the TOML files into the plain structures of this module
//! ([`ContentSet`]); [`compile`] then checks everything and, when there is no problem, returns
//! the parsed content ([`Compiled`]) that [`crate::generate`] turns into static Rust data.
//!
//! Every [`Problem`] names the language, the file (and line when known), the item (for
//! example `section "test-types"`) and says what is wrong in plain words, so writers and
//! translators can fix their files without reading Rust.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::markup::{self, MarkupErrorKind, ParsedBlock, ParsedInline};

/// Anchors that are always allowed in `[text](#anchor)` links besides section ids.
pub const PAGE_ANCHORS: &[&str] = &["faq", "glossary", "report-tool"];

/// The kinds of content file in a language folder (file names start with these).
pub const FILE_KINDS: &[&str] = &["sections", "faq", "glossary", "sources", "ui"];

/// Names that cannot be used as ui keys because they become Rust field names.
const RESERVED_UI_KEYS: &[&str] = &["self", "super", "crate"];

/// What kind of problem was found (for tests and tools; the message says it in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A file is missing, unreadable, or its name is not one of the known kinds.
    File,
    /// A TOML syntax error or an unknown/mistyped field.
    Toml,
    /// A problem in `languages.toml`.
    Registry,
    /// An id or key that is not in the required form.
    BadId,
    /// The same id twice in one language.
    DuplicateId,
    /// An id of the default language is missing in another language.
    MissingId,
    /// An id that the default language does not have.
    ExtraId,
    /// Ids in a different order than in the default language.
    Order,
    /// A required field that is missing or empty.
    EmptyField,
    /// A date that is not a real `YYYY-MM-DD` date.
    BadDate,
    /// `next_review` is not after `reviewed`.
    ReviewOrder,
    /// A markup problem in a body, answer or plain-text field.
    Markup(MarkupErrorKind),
    /// A `[[term]]` that is not in the language's glossary.
    UndefinedTerm,
    /// A source id that is not in the language's sources.
    UndefinedSource,
    /// A `{{figure:ID}}` whose id is not in `languages.toml`.
    UnknownFigure,
    /// A `[text](#anchor)` whose anchor does not exist.
    BadAnchor,
    /// A source `url` that is not a web address.
    BadUrl,
    /// `{placeholders}` of a ui text differ from the default language, or are malformed.
    Placeholder,
    /// A section or FAQ cites other sources than in the default language.
    SourcesDiffer,
}

/// One problem, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What kind of problem.
    pub kind: Kind,
    /// Language code (empty for `languages.toml`).
    pub lang: String,
    /// File shown to the writer, e.g. `content/es/faq.toml` (or `content/es/faq*.toml`).
    pub file: String,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// The item, e.g. `section "test-types"`; empty when the problem is about a whole file.
    pub item: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if !self.lang.is_empty() {
            write!(f, "[{}] ", self.lang)?;
        }
        if !self.item.is_empty() {
            write!(f, "{}: ", self.item)?;
        }
        f.write_str(&self.message)
    }
}

/// Where an entry was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// File shown to the writer, e.g. `content/en/sections-1.toml`.
    pub file: String,
    /// 1-based line of the entry (its `id`), 0 when unknown.
    pub line: usize,
}

/// `content/languages.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    /// Where it was read from.
    pub file: String,
    /// Code of the default language.
    pub default: String,
    /// Figure ids that `{{figure:ID}}` may use.
    pub figures: Vec<String>,
    /// Registered languages, in file order.
    pub languages: Vec<LanguageEntry>,
}

/// One `[[language]]` of `languages.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguageEntry {
    /// Language code (folder name), e.g. `es`.
    pub code: String,
    /// Name of the language in that language, e.g. `Español`.
    pub name: String,
}

/// A `[[section]]` as read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionSrc {
    /// Where it was read from.
    pub at: Origin,
    /// Anchor id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// One-sentence main message.
    pub summary: String,
    /// Last review date (`YYYY-MM-DD`).
    pub reviewed: String,
    /// Next planned review date (`YYYY-MM-DD`).
    pub next_review: String,
    /// Cited source ids.
    pub sources: Vec<String>,
    /// Body markup.
    pub body: String,
    /// File line of the body's first line (0 when unknown).
    pub body_line: usize,
}

/// A `[[faq]]` as read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaqSrc {
    /// Where it was read from.
    pub at: Origin,
    /// Anchor id (the page anchor is `#faq-<id>`).
    pub id: String,
    /// The question.
    pub question: String,
    /// Answer markup.
    pub answer: String,
    /// File line of the answer's first line (0 when unknown).
    pub answer_line: usize,
    /// Cited source ids.
    pub sources: Vec<String>,
}

/// A glossary `[[term]]` as read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermSrc {
    /// Where it was read from.
    pub at: Origin,
    /// Id used in `[[id]]`.
    pub id: String,
    /// The word as shown.
    pub term: String,
    /// Simple pronunciation.
    pub say: String,
    /// Plain-language definition.
    pub definition: String,
}

/// A `[[source]]` as read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceSrc {
    /// Where it was read from.
    pub at: Origin,
    /// Id cited by sections and FAQs.
    pub id: String,
    /// Full citation (original language).
    pub citation: String,
    /// Optional stable web address.
    pub url: Option<String>,
    /// Plain-language note (translated).
    pub note: String,
}

/// One `key = "text"` of `ui.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UiSrc {
    /// Where it was read from.
    pub at: Origin,
    /// The key (becomes a field of `Ui`).
    pub key: String,
    /// The text.
    pub value: String,
}

/// Everything read for one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguageSrc {
    /// Language code.
    pub code: String,
    /// Language name.
    pub name: String,
    /// Display path of the folder, e.g. `content/es`.
    pub folder: String,
    /// Sections in page order (all `sections*.toml` files joined in file-name order).
    pub sections: Vec<SectionSrc>,
    /// FAQs in page order.
    pub faqs: Vec<FaqSrc>,
    /// Glossary terms.
    pub terms: Vec<TermSrc>,
    /// Sources.
    pub sources: Vec<SourceSrc>,
    /// UI strings.
    pub ui: Vec<UiSrc>,
    /// File kinds (see [`FILE_KINDS`]) that could not be read completely. Checks that
    /// compare those kinds are skipped, to avoid a flood of follow-up messages.
    pub broken: BTreeSet<String>,
}

/// The whole content as read from disk (or from memory in tests).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContentSet {
    /// `languages.toml`.
    pub registry: Registry,
    /// One entry per language that could be read, in registry order.
    pub languages: Vec<LanguageSrc>,
}

/// A checked section: the source fields with the body parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledSection {
    /// The section as read.
    pub src: SectionSrc,
    /// The parsed body; every `Term` has its shown text filled in.
    pub body: Vec<ParsedBlock>,
}

/// A checked FAQ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledFaq {
    /// The FAQ as read.
    pub src: FaqSrc,
    /// The parsed answer; every `Term` has its shown text filled in.
    pub answer: Vec<ParsedBlock>,
}

/// A checked language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledLanguage {
    /// Language code.
    pub code: String,
    /// Language name.
    pub name: String,
    /// Sections in page order.
    pub sections: Vec<CompiledSection>,
    /// FAQs in page order.
    pub faqs: Vec<CompiledFaq>,
    /// Glossary terms, in alphabetical order (see [`collation_key`]).
    pub terms: Vec<TermSrc>,
    /// Sources, in file order.
    pub sources: Vec<SourceSrc>,
    /// UI texts by key (same keys in every language).
    pub ui: BTreeMap<String, String>,
}

/// A content set without problems, ready for code generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// Figure ids.
    pub figures: Vec<String>,
    /// Languages; the default language is first.
    pub languages: Vec<CompiledLanguage>,
}

/// Collects problems.
#[derive(Debug, Default)]
struct Sink {
    problems: Vec<Problem>,
}

impl Sink {
    fn push(
        &mut self,
        kind: Kind,
        lang: &str,
        file: &str,
        line: usize,
        item: String,
        message: String,
    ) {
        self.problems.push(Problem {
            kind,
            lang: lang.to_string(),
            file: file.to_string(),
            line: (line > 0).then_some(line),
            item,
            message,
        });
    }
}

/// Checks a whole content set. Returns the parsed content, or every problem found.
///
/// Problems are sorted by file and line.
pub fn compile(set: &ContentSet) -> Result<Compiled, Vec<Problem>> {
    let mut sink = Sink::default();
    check_registry(&set.registry, &mut sink);

    let mut compiled = Vec::new();
    for lang in &set.languages {
        compiled.push(check_language(lang, &set.registry, &mut sink));
    }

    let default = set
        .languages
        .iter()
        .find(|l| l.code == set.registry.default);
    if let Some(default) = default {
        for lang in set.languages.iter().filter(|l| l.code != default.code) {
            align(default, lang, &mut sink);
        }
    }

    if !sink.problems.is_empty() {
        let mut problems = sink.problems;
        problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(problems);
    }
    // Default language first, then registry order.
    compiled.sort_by_key(|l| l.code != set.registry.default);
    Ok(Compiled {
        figures: set.registry.figures.clone(),
        languages: compiled,
    })
}

/// Sort key for glossary terms: case, accents, spaces and punctuation are ignored, and `ñ`
/// comes after `n` (Spanish order).
pub fn collation_key(term: &str) -> String {
    let mut key = String::with_capacity(term.len());
    for c in term.chars().flat_map(char::to_lowercase) {
        match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => key.push('a'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'í' | 'ì' | 'î' | 'ï' => key.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => key.push('o'),
            'ú' | 'ù' | 'û' | 'ü' => key.push('u'),
            'ç' => key.push('c'),
            'ñ' => key.push_str("n\u{10FFFF}"),
            c if c.is_alphanumeric() => key.push(c),
            _ => {}
        }
    }
    key
}

/// Language codes like `en`, `es`, `pt-BR`, `zh-Hant`.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Ui keys: `snake_case`, starting with a letter.
pub fn is_ui_key(key: &str) -> bool {
    key.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !RESERVED_UI_KEYS.contains(&key)
}

/// Source ids: letters and digits (and inner hyphens), e.g. `R1`, `W5`.
pub fn is_source_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Parses a `YYYY-MM-DD` date into a comparable number, checking that the day exists.
pub fn parse_date(date: &str) -> Option<u32> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |s: &str| -> Option<u32> {
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let year = digits(date.get(0..4)?)?;
    let month = digits(date.get(5..7)?)?;
    let day = digits(date.get(8..10)?)?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if year < 1900 || day == 0 || day > days {
        return None;
    }
    Some(year * 10_000 + month * 100 + day)
}

/// The `{name}` placeholders of a ui text, or a message when braces are malformed.
pub fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("'}' without '{' (placeholders look like {name})".to_string());
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| "'{' without '}' (placeholders look like {name})".to_string())?;
        let name = &after[..close];
        if !is_ui_key(name) {
            return Err(format!(
                "\"{{{name}}}\" is not a placeholder (placeholders look like {{name}})"
            ));
        }
        out.insert(name.to_string());
        rest = &after[close + 1..];
    }
    Ok(out)
}

fn check_registry(reg: &Registry, sink: &mut Sink) {
    let file = reg.file.as_str();
    let mut push = |message: String| sink.push(Kind::Registry, "", file, 0, String::new(), message);
    if reg.languages.is_empty() {
        push("no [[language]] entries: at least the default language is needed".to_string());
    }
    let mut seen = BTreeSet::new();
    for lang in &reg.languages {
        if !is_language_code(&lang.code) {
            push(format!(
                "language code \"{}\" is not valid: use a code like \"en\", \"es\" or \"pt-BR\"",
                lang.code
            ));
        }
        if lang.name.trim().is_empty() {
            push(format!("language \"{}\" has no name", lang.code));
        }
        if !seen.insert(lang.code.as_str()) {
            push(format!("language \"{}\" is listed twice", lang.code));
        }
    }
    if !reg.languages.iter().any(|l| l.code == reg.default) {
        push(format!(
            "default = \"{}\" but there is no [[language]] with that code",
            reg.default
        ));
    }
    let mut figures = BTreeSet::new();
    for figure in &reg.figures {
        if !markup::is_slug(figure) {
            push(format!(
                "figure id \"{figure}\" is not valid: use lowercase letters, digits and hyphens"
            ));
        }
        if !figures.insert(figure.as_str()) {
            push(format!("figure id \"{figure}\" is listed twice"));
        }
    }
}

/// Report helper for one language.
struct LangCheck<'a> {
    lang: &'a LanguageSrc,
    registry: &'a Registry,
    term_names: BTreeMap<&'a str, &'a str>,
    source_ids: BTreeSet<&'a str>,
    section_ids: BTreeSet<&'a str>,
    faq_ids: BTreeSet<&'a str>,
}

fn check_language(lang: &LanguageSrc, registry: &Registry, sink: &mut Sink) -> CompiledLanguage {
    let code = lang.code.as_str();

    // Ids: form and duplicates.
    check_ids(
        code,
        "section",
        lang.sections.iter().map(|s| (s.id.as_str(), &s.at)),
        markup::is_slug,
        "lowercase letters, digits and hyphens, like \"test-types\"",
        sink,
    );
    check_ids(
        code,
        "faq",
        lang.faqs.iter().map(|s| (s.id.as_str(), &s.at)),
        markup::is_slug,
        "lowercase letters, digits and hyphens, like \"what-is-the-test\"",
        sink,
    );
    check_ids(
        code,
        "term",
        lang.terms.iter().map(|s| (s.id.as_str(), &s.at)),
        markup::is_slug,
        "lowercase letters, digits and hyphens, like \"t-dm1\"",
        sink,
    );
    check_ids(
        code,
        "source",
        lang.sources.iter().map(|s| (s.id.as_str(), &s.at)),
        is_source_id,
        "letters and digits, like \"R1\"",
        sink,
    );
    check_ids(code, "ui key", lang.ui.iter().map(|s| (s.key.as_str(), &s.at)), is_ui_key, "snake_case: lowercase letters, digits and '_', starting with a letter (not self, super or crate)", sink);

    for section in &lang.sections {
        if PAGE_ANCHORS.contains(&section.id.as_str()) || section.id.starts_with("faq-") {
            sink.push(
                Kind::BadId,
                code,
                &section.at.file,
                section.at.line,
                format!("section \"{}\"", section.id),
                format!(
                    "this id is reserved for a part of the page ({}, faq-...): choose another id",
                    PAGE_ANCHORS.join(", ")
                ),
            );
        }
    }

    let check = LangCheck {
        lang,
        registry,
        term_names: lang
            .terms
            .iter()
            .map(|t| (t.id.as_str(), t.term.as_str()))
            .collect(),
        source_ids: lang.sources.iter().map(|s| s.id.as_str()).collect(),
        section_ids: lang.sections.iter().map(|s| s.id.as_str()).collect(),
        faq_ids: lang.faqs.iter().map(|s| s.id.as_str()).collect(),
    };

    let mut sections = Vec::new();
    for s in &lang.sections {
        let item = format!("section \"{}\"", s.id);
        check.required(
            &s.at,
            &item,
            &[
                ("id", &s.id),
                ("title", &s.title),
                ("summary", &s.summary),
                ("reviewed", &s.reviewed),
                ("next_review", &s.next_review),
                ("body", &s.body),
            ],
            sink,
        );
        check.plain(
            &s.at,
            &item,
            &[("title", &s.title), ("summary", &s.summary)],
            sink,
        );
        check.dates(&s.at, &item, &s.reviewed, &s.next_review, sink);
        check.cites(&s.at, &item, &s.sources, sink);
        let body = check.body(&s.at, s.body_line, &item, "body", &s.body, sink);
        sections.push(CompiledSection {
            src: s.clone(),
            body,
        });
    }

    let mut faqs = Vec::new();
    for q in &lang.faqs {
        let item = format!("faq \"{}\"", q.id);
        check.required(
            &q.at,
            &item,
            &[
                ("id", &q.id),
                ("question", &q.question),
                ("answer", &q.answer),
            ],
            sink,
        );
        check.plain(&q.at, &item, &[("question", &q.question)], sink);
        check.cites(&q.at, &item, &q.sources, sink);
        let answer = check.body(&q.at, q.answer_line, &item, "answer", &q.answer, sink);
        faqs.push(CompiledFaq {
            src: q.clone(),
            answer,
        });
    }

    for t in &lang.terms {
        let item = format!("term \"{}\"", t.id);
        check.required(
            &t.at,
            &item,
            &[
                ("id", &t.id),
                ("term", &t.term),
                ("say", &t.say),
                ("definition", &t.definition),
            ],
            sink,
        );
        check.plain(
            &t.at,
            &item,
            &[
                ("term", &t.term),
                ("say", &t.say),
                ("definition", &t.definition),
            ],
            sink,
        );
    }

    for s in &lang.sources {
        let item = format!("source \"{}\"", s.id);
        check.required(
            &s.at,
            &item,
            &[("id", &s.id), ("citation", &s.citation), ("note", &s.note)],
            sink,
        );
        check.plain(
            &s.at,
            &item,
            &[("citation", &s.citation), ("note", &s.note)],
            sink,
        );
        if let Some(url) = &s.url {
            let ok = (url.starts_with("https://") || url.starts_with("http://"))
                && url.len() > "https://".len()
                && !url
                    .chars()
                    .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"'));
            if !ok {
                sink.push(
                    Kind::BadUrl,
                    code,
                    &s.at.file,
                    s.at.line,
                    item.clone(),
                    format!("url \"{url}\" is not a web address starting with https://"),
                );
            }
        }
    }

    let mut ui = BTreeMap::new();
    for entry in &lang.ui {
        let item = format!("ui key \"{}\"", entry.key);
        check.required(&entry.at, &item, &[("text", &entry.value)], sink);
        check.plain(&entry.at, &item, &[("text", &entry.value)], sink);
        if let Err(message) = placeholders(&entry.value) {
            sink.push(
                Kind::Placeholder,
                code,
                &entry.at.file,
                entry.at.line,
                item,
                message,
            );
        }
        ui.insert(entry.key.clone(), entry.value.clone());
    }

    let mut terms = lang.terms.clone();
    terms.sort_by_cached_key(|t| (collation_key(&t.term), t.term.clone(), t.id.clone()));

    CompiledLanguage {
        code: lang.code.clone(),
        name: lang.name.clone(),
        sections,
        faqs,
        terms,
        sources: lang.sources.clone(),
        ui,
    }
}

fn check_ids<'a>(
    lang: &str,
    what: &str,
    ids: impl Iterator<Item = (&'a str, &'a Origin)>,
    valid: fn(&str) -> bool,
    form: &str,
    sink: &mut Sink,
) {
    let mut seen: BTreeMap<&str, &Origin> = BTreeMap::new();
    for (id, at) in ids {
        if id.is_empty() {
            // Reported as an empty required field.
            continue;
        }
        if !valid(id) {
            sink.push(
                Kind::BadId,
                lang,
                &at.file,
                at.line,
                format!("{what} \"{id}\""),
                format!("\"{id}\" is not a valid {what} id: use {form}"),
            );
        }
        if let Some(first) = seen.get(id) {
            let place = if first.line > 0 {
                format!("{}:{}", first.file, first.line)
            } else {
                first.file.clone()
            };
            sink.push(
                Kind::DuplicateId,
                lang,
                &at.file,
                at.line,
                format!("{what} \"{id}\""),
                format!("duplicate id (first defined at {place})"),
            );
        } else {
            seen.insert(id, at);
        }
    }
}

impl LangCheck<'_> {
    fn code(&self) -> &str {
        &self.lang.code
    }

    fn required(&self, at: &Origin, item: &str, fields: &[(&str, &str)], sink: &mut Sink) {
        for (name, value) in fields {
            if value.trim().is_empty() {
                sink.push(
                    Kind::EmptyField,
                    self.code(),
                    &at.file,
                    at.line,
                    item.to_string(),
                    format!("required field `{name}` is missing or empty"),
                );
            }
        }
    }

    fn plain(&self, at: &Origin, item: &str, fields: &[(&str, &str)], sink: &mut Sink) {
        for (name, value) in fields {
            for (kind, message) in markup::check_plain(value) {
                sink.push(
                    Kind::Markup(kind),
                    self.code(),
                    &at.file,
                    at.line,
                    item.to_string(),
                    format!("{name}: {message}"),
                );
            }
        }
    }

    fn dates(&self, at: &Origin, item: &str, reviewed: &str, next: &str, sink: &mut Sink) {
        let mut parsed = [None, None];
        for (slot, (name, value)) in parsed
            .iter_mut()
            .zip([("reviewed", reviewed), ("next_review", next)])
        {
            if value.trim().is_empty() {
                continue; // reported as empty
            }
            *slot = parse_date(value);
            if slot.is_none() {
                sink.push(Kind::BadDate, self.code(), &at.file, at.line, item.to_string(), format!("{name} = \"{value}\" is not a real date in the form YYYY-MM-DD (for example \"2026-11-25\")"));
            }
        }
        if let [Some(r), Some(n)] = parsed {
            if n <= r {
                sink.push(
                    Kind::ReviewOrder,
                    self.code(),
                    &at.file,
                    at.line,
                    item.to_string(),
                    format!("next_review ({next}) must be after reviewed ({reviewed})"),
                );
            }
        }
    }

    fn cites(&self, at: &Origin, item: &str, sources: &[String], sink: &mut Sink) {
        if sources.is_empty() {
            sink.push(Kind::EmptyField, self.code(), &at.file, at.line, item.to_string(), "required field `sources` is missing or empty: cite at least one source id from sources.toml".to_string());
        }
        let mut seen = BTreeSet::new();
        for id in sources {
            if !seen.insert(id.as_str()) {
                sink.push(
                    Kind::DuplicateId,
                    self.code(),
                    &at.file,
                    at.line,
                    item.to_string(),
                    format!("source \"{id}\" is listed twice in `sources`"),
                );
            }
            if !self.lang.broken.contains("sources") && !self.source_ids.contains(id.as_str()) {
                sink.push(
                    Kind::UndefinedSource,
                    self.code(),
                    &at.file,
                    at.line,
                    item.to_string(),
                    format!(
                        "source \"{id}\" is not defined in {}/sources*.toml",
                        self.lang.folder
                    ),
                );
            }
        }
    }

    /// Parses and checks a body; returns the blocks with term texts filled in.
    #[allow(clippy::too_many_arguments)]
    fn body(
        &self,
        at: &Origin,
        first_line: usize,
        item: &str,
        field: &str,
        text: &str,
        sink: &mut Sink,
    ) -> Vec<ParsedBlock> {
        let (mut blocks, errors) = markup::parse(text);
        // With the file line of the body known, problems point at the file line; otherwise
        // the message names the line inside the body.
        let place = |body_line: usize| {
            if first_line > 0 {
                (first_line + body_line - 1, field.to_string())
            } else {
                (at.line, format!("{field}, line {body_line}"))
            }
        };
        for e in errors {
            let (line, name) = place(e.line);
            sink.push(
                Kind::Markup(e.kind),
                self.code(),
                &at.file,
                line,
                item.to_string(),
                format!("{name}: {}", e.message),
            );
        }
        // Blocks do not keep line numbers: find the line of a reference by searching the text.
        let mut refs: Vec<(Kind, String, String)> = Vec::new();
        for block in &mut blocks {
            match block {
                ParsedBlock::Paragraph(inlines) => inlines
                    .iter_mut()
                    .for_each(|i| self.reference(i, &mut refs)),
                ParsedBlock::List { items, .. } => items
                    .iter_mut()
                    .flatten()
                    .for_each(|i| self.reference(i, &mut refs)),
                ParsedBlock::Table { head, rows } => {
                    head.iter_mut()
                        .flatten()
                        .for_each(|i| self.reference(i, &mut refs));
                    rows.iter_mut()
                        .flatten()
                        .flatten()
                        .for_each(|i| self.reference(i, &mut refs));
                }
                ParsedBlock::Heading(_) => {}
                ParsedBlock::Figure(id) => {
                    if !self.registry.figures.iter().any(|f| f == id) {
                        refs.push((
                            Kind::UnknownFigure,
                            format!("figure:{id}"),
                            format!(
                                "figure \"{id}\" is not one of the figures in languages.toml ({})",
                                self.registry.figures.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
        for (kind, needle, message) in refs {
            let body_line = text
                .lines()
                .position(|l| l.contains(&needle))
                .map_or(1, |i| i + 1);
            let (line, name) = place(body_line);
            sink.push(
                kind,
                self.code(),
                &at.file,
                line,
                item.to_string(),
                format!("{name}: {message}"),
            );
        }
        blocks
    }

    /// Checks one inline reference and fills in the shown text of `[[id]]`.
    fn reference(&self, inline: &mut ParsedInline, out: &mut Vec<(Kind, String, String)>) {
        let broken = |kind: &str| self.lang.broken.contains(kind);
        match inline {
            ParsedInline::Term { id, text } => match self.term_names.get(id.as_str()) {
                Some(name) => {
                    if text.is_none() {
                        *text = Some((*name).to_string());
                    }
                }
                None if broken("glossary") => {}
                None => out.push((
                    Kind::UndefinedTerm,
                    format!("[[{id}"),
                    format!("[[{id}]] is not defined in {}/glossary*.toml (add the term, or fix the id)", self.lang.folder),
                )),
            },
            ParsedInline::Link { href, .. } => {
                let anchor = href.trim_start_matches('#');
                let ok = PAGE_ANCHORS.contains(&anchor)
                    || self.section_ids.contains(anchor)
                    || broken("sections")
                    || anchor.strip_prefix("faq-").is_some_and(|f| self.faq_ids.contains(f) || broken("faq"));
                if !ok {
                    out.push((
                        Kind::BadAnchor,
                        format!("({href})"),
                        format!("link to \"{href}\": no such anchor (use #<section id>, #faq-<faq id>, #{})", PAGE_ANCHORS.join(", #")),
                    ));
                }
            }
            ParsedInline::Text(_) | ParsedInline::Strong(_) => {}
        }
    }
}

/// Describes where a kind's files are, e.g. `content/es/sections*.toml`.
fn kind_files(lang: &LanguageSrc, kind: &str) -> String {
    format!("{}/{kind}*.toml", lang.folder)
}

/// The ids of a kind's items with where each is.
fn ids<T>(items: &[T], id: impl Fn(&T) -> (&String, &Origin)) -> Vec<(String, Origin)> {
    items
        .iter()
        .map(|item| {
            let (id, at) = id(item);
            (id.clone(), at.clone())
        })
        .collect()
}

/// Compares one language with the default language.
fn align(default: &LanguageSrc, lang: &LanguageSrc, sink: &mut Sink) {
    let both_ok = |kind: &str| !default.broken.contains(kind) && !lang.broken.contains(kind);
    // Each kind's ids with where they are; sections, FAQ and sources keep their order, the
    // glossary and the interface strings are compared as sets.
    type Ids = fn(&LanguageSrc) -> Vec<(String, Origin)>;
    let kinds: [(&str, &str, bool, Ids); 5] = [
        ("sections", "section", true, |l| {
            ids(&l.sections, |s| (&s.id, &s.at))
        }),
        ("faq", "faq", true, |l| ids(&l.faqs, |s| (&s.id, &s.at))),
        ("sources", "source", true, |l| {
            ids(&l.sources, |s| (&s.id, &s.at))
        }),
        ("glossary", "term", false, |l| {
            ids(&l.terms, |s| (&s.id, &s.at))
        }),
        ("ui", "ui key", false, |l| ids(&l.ui, |s| (&s.key, &s.at))),
    ];
    for (kind, what, ordered, list) in kinds {
        if both_ok(kind) {
            let compare = if ordered { align_ordered } else { align_set };
            compare(default, lang, kind, what, &list(default), &list(lang), sink);
        }
    }
    if both_ok("ui") {
        for entry in &lang.ui {
            let Some(base) = default.ui.iter().find(|d| d.key == entry.key) else {
                continue;
            };
            if let (Ok(want), Ok(have)) = (placeholders(&base.value), placeholders(&entry.value)) {
                if want != have {
                    let list = |s: &BTreeSet<String>| {
                        if s.is_empty() {
                            "none".to_string()
                        } else {
                            s.iter()
                                .map(|p| format!("{{{p}}}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    };
                    sink.push(
                        Kind::Placeholder,
                        &lang.code,
                        &entry.at.file,
                        entry.at.line,
                        format!("ui key \"{}\"", entry.key),
                        format!(
                            "placeholders differ from {}: {} has {}, this text has {}",
                            default.code,
                            default.code,
                            list(&want),
                            list(&have)
                        ),
                    );
                }
            }
        }
    }
    // Cited sources must be the same in every language (compared as sets).
    if both_ok("sections") {
        for s in &lang.sections {
            if let Some(base) = default.sections.iter().find(|d| d.id == s.id) {
                sources_differ(
                    default,
                    lang,
                    &s.at,
                    &format!("section \"{}\"", s.id),
                    &base.sources,
                    &s.sources,
                    sink,
                );
            }
        }
    }
    if both_ok("faq") {
        for q in &lang.faqs {
            if let Some(base) = default.faqs.iter().find(|d| d.id == q.id) {
                sources_differ(
                    default,
                    lang,
                    &q.at,
                    &format!("faq \"{}\"", q.id),
                    &base.sources,
                    &q.sources,
                    sink,
                );
            }
        }
    }
}

fn sources_differ(
    default: &LanguageSrc,
    lang: &LanguageSrc,
    at: &Origin,
    item: &str,
    want: &[String],
    have: &[String],
    sink: &mut Sink,
) {
    let want_set: BTreeSet<&String> = want.iter().collect();
    let have_set: BTreeSet<&String> = have.iter().collect();
    if want_set != have_set {
        sink.push(
            Kind::SourcesDiffer,
            &lang.code,
            &at.file,
            at.line,
            item.to_string(),
            format!(
                "cites [{}] but {} cites [{}]: every language cites the same sources",
                have.join(", "),
                default.code,
                want.join(", ")
            ),
        );
    }
}

fn align_ordered(
    default: &LanguageSrc,
    lang: &LanguageSrc,
    kind: &str,
    what: &str,
    want: &[(String, Origin)],
    have: &[(String, Origin)],
    sink: &mut Sink,
) {
    let want_ids: BTreeSet<&str> = want.iter().map(|(id, _)| id.as_str()).collect();
    let have_ids: BTreeSet<&str> = have.iter().map(|(id, _)| id.as_str()).collect();
    for (pos, (id, _)) in want.iter().enumerate() {
        if !have_ids.contains(id.as_str()) && !id.is_empty() {
            let after = if pos == 0 {
                "first".to_string()
            } else {
                format!("after \"{}\"", want[pos - 1].0)
            };
            sink.push(Kind::MissingId, &lang.code, &kind_files(lang, kind), 0, format!("{what} \"{id}\""), format!("missing: {} has it at position {} ({after}); every language needs the same {kind} entries as {}", default.code, pos + 1, default.code));
        }
    }
    for (id, at) in have {
        if !want_ids.contains(id.as_str()) && !id.is_empty() {
            sink.push(
                Kind::ExtraId,
                &lang.code,
                &at.file,
                at.line,
                format!("{what} \"{id}\""),
                format!(
                    "{} has no {what} with this id: remove it, fix the id, or add it to {} first",
                    default.code, default.code
                ),
            );
        }
    }
    // Order of the ids both languages have.
    let common_want: Vec<&str> = want
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| have_ids.contains(id))
        .collect();
    let common_have: Vec<(&str, &Origin)> = have
        .iter()
        .map(|(id, at)| (id.as_str(), at))
        .filter(|(id, _)| want_ids.contains(id))
        .collect();
    if let Some(pos) = common_want
        .iter()
        .zip(&common_have)
        .position(|(w, (h, _))| w != h)
    {
        let (found, at) = common_have[pos];
        sink.push(
            Kind::Order,
            &lang.code,
            &at.file,
            at.line,
            format!("{what} \"{found}\""),
            format!("{kind} entries are in a different order than in {}: here \"{found}\" comes where {} has \"{}\". The order must be: {}", default.code, default.code, common_want[pos], common_want.join(", ")),
        );
    }
}

fn align_set(
    default: &LanguageSrc,
    lang: &LanguageSrc,
    kind: &str,
    what: &str,
    want: &[(String, Origin)],
    have: &[(String, Origin)],
    sink: &mut Sink,
) {
    let want_ids: BTreeSet<&str> = want.iter().map(|(id, _)| id.as_str()).collect();
    let have_ids: BTreeSet<&str> = have.iter().map(|(id, _)| id.as_str()).collect();
    for (id, at) in want {
        if !have_ids.contains(id.as_str()) && !id.is_empty() {
            let place = if at.line > 0 {
                format!("{}:{}", at.file, at.line)
            } else {
                at.file.clone()
            };
            sink.push(
                Kind::MissingId,
                &lang.code,
                &kind_files(lang, kind),
                0,
                format!("{what} \"{id}\""),
                format!(
                    "missing: {} has it ({place}); every language needs the same {kind} entries",
                    default.code
                ),
            );
        }
    }
    for (id, at) in have {
        if !want_ids.contains(id.as_str()) && !id.is_empty() {
            sink.push(
                Kind::ExtraId,
                &lang.code,
                &at.file,
                at.line,
                format!("{what} \"{id}\""),
                format!(
                    "{} has no {what} with this id: remove it, fix the id, or add it to {} first",
                    default.code, default.code
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("2026-11-25"), Some(20261125));
        assert_eq!(parse_date("2024-02-29"), Some(20240229));
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("2026-1-01"), None);
        assert_eq!(parse_date("25/11/2026"), None);
        assert_eq!(parse_date("2026-11-2a"), None);
        assert_eq!(parse_date("+026-11-25"), None);
    }

    #[test]
    fn collation() {
        let mut words = vec![
            "Ñu",
            "nube",
            "Árbol",
            "HER2-low",
            "HER2 ultralow",
            "abeja",
            "Ómnibus",
        ];
        words.sort_by_key(|w| collation_key(w));
        assert_eq!(
            words,
            [
                "abeja",
                "Árbol",
                "HER2-low",
                "HER2 ultralow",
                "nube",
                "Ñu",
                "Ómnibus"
            ]
        );
    }

    #[test]
    fn placeholder_syntax() {
        let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(
            placeholders("Section {n} of {total}"),
            Ok(set(&["n", "total"]))
        );
        assert_eq!(placeholders("No placeholders"), Ok(set(&[])));
        assert!(placeholders("Broken {n").is_err());
        assert!(placeholders("Broken n}").is_err());
        assert!(placeholders("Bad {Name}").is_err());
    }

    #[test]
    fn codes_and_keys() {
        assert!(is_language_code("en"));
        assert!(is_language_code("pt-BR"));
        assert!(!is_language_code("EN"));
        assert!(!is_language_code("english"));
        assert!(is_ui_key("site_title"));
        assert!(!is_ui_key("SiteTitle"));
        assert!(!is_ui_key("self"));
        assert!(!is_ui_key("1st"));
        assert!(is_source_id("R1"));
        assert!(!is_source_id("R 1"));
    }

    fn lang(code: &str) -> LanguageSrc {
        let at = |line| Origin {
            file: format!("content/{code}/sections.toml"),
            line,
        };
        LanguageSrc {
            code: code.into(),
            name: code.into(),
            folder: format!("content/{code}"),
            sections: vec![SectionSrc {
                at: at(1),
                id: "what-is-her2".into(),
                title: "What is HER2?".into(),
                summary: "A protein.".into(),
                reviewed: "2026-11-25".into(),
                next_review: "2027-11-25".into(),
                sources: vec!["R1".into()],
                body: "About [[her2]].\n\n{{figure:ihc-scale}}".into(),
                body_line: 9,
            }],
            faqs: vec![],
            terms: vec![TermSrc {
                at: at(1),
                id: "her2".into(),
                term: "HER2".into(),
                say: "her-TOO".into(),
                definition: "A protein.".into(),
            }],
            sources: vec![SourceSrc {
                at: at(1),
                id: "R1".into(),
                citation: "A citation.".into(),
                url: None,
                note: "A note.".into(),
            }],
            ui: vec![UiSrc {
                at: at(1),
                key: "site_title".into(),
                value: "HER2".into(),
            }],
            broken: BTreeSet::new(),
        }
    }

    fn set() -> ContentSet {
        ContentSet {
            registry: Registry {
                file: "content/languages.toml".into(),
                default: "en".into(),
                figures: vec!["ihc-scale".into()],
                languages: vec![
                    LanguageEntry {
                        code: "en".into(),
                        name: "English".into(),
                    },
                    LanguageEntry {
                        code: "es".into(),
                        name: "Español".into(),
                    },
                ],
            },
            languages: vec![lang("en"), lang("es")],
        }
    }

    #[test]
    fn a_valid_set_compiles_and_resolves_term_names() {
        let compiled = compile(&set()).expect("valid");
        assert_eq!(compiled.languages.len(), 2);
        assert_eq!(
            compiled.languages[0].sections[0].body[0],
            ParsedBlock::Paragraph(vec![
                ParsedInline::Text("About ".into()),
                ParsedInline::Term {
                    id: "her2".into(),
                    text: Some("HER2".into())
                },
                ParsedInline::Text(".".into()),
            ])
        );
    }

    #[test]
    fn body_problems_point_at_the_file_line() {
        let mut s = set();
        s.languages[1].sections[0].body = "About [[her3]].".into();
        let problems = compile(&s).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, Kind::UndefinedTerm);
        assert_eq!(problems[0].line, Some(9));
        assert_eq!(
            problems[0].to_string(),
            "content/es/sections.toml:9: [es] section \"what-is-her2\": body: [[her3]] is not defined in content/es/glossary*.toml (add the term, or fix the id)"
        );
    }

    #[test]
    fn default_language_comes_first() {
        let mut s = set();
        s.registry.default = "es".into();
        let compiled = compile(&s).expect("valid");
        assert_eq!(compiled.languages[0].code, "es");
    }

    #[test]
    fn registry_problems() {
        let mut s = set();
        s.registry.default = "fr".into();
        s.registry.figures.push("ihc-scale".into());
        let kinds: Vec<Kind> = compile(&s).unwrap_err().iter().map(|p| p.kind).collect();
        assert_eq!(kinds, vec![Kind::Registry, Kind::Registry]);
    }
}
