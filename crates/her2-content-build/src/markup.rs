//! Reader for the small markup used in section bodies and FAQ answers.
//!
//! The checker ([`crate::check`]) parses every body with it at build time; the app shows the
//! static form ([`her2_content::Block`](../../her2_content/enum.Block.html)).
//!
//! The markup (see `docs/content.md`) is a strict subset of CommonMark, read by
//! [pulldown-cmark](https://docs.rs/pulldown-cmark/0.13) with two of its options: tables
//! (`ENABLE_TABLES`, GitHub pipe tables) and wiki links (`ENABLE_WIKILINKS`, `[[id|text]]`).
//!
//! * paragraphs are separated by a blank line; the lines of a paragraph are joined with a space;
//! * `- item` lines form a bullet list, `1. step` lines a numbered list (numbered 1, 2, 3 ...);
//!   an indented line continues the list item above it;
//! * `## Sub-heading` (plain text);
//! * `{{figure:ID}}` alone on a line;
//! * a pipe table: a header row, a `|---|---|` row, then one or more rows, every row starting
//!   and ending with `|`.
//!
//! Inside paragraphs, list items and table cells: `[[term-id]]`, `[[term-id|shown words]]`,
//! `**bold**` and `[text](#anchor)`. Anything else that looks like markup is an error: the
//! build must never publish text that renders differently from what the writer intended.
//! Where pulldown-cmark would read something silently, its event is turned into an error: raw
//! HTML and autolinks, links to other sites and link definitions, emphasis (`*x*`, `_x_`),
//! code, pictures, quotes, code blocks, horizontal lines, other heading levels and underlined
//! headings, `*`/`+` bullets and `1)` numbers, nested lists; and so are characters it would
//! keep as text: `<`, HTML entities, web addresses, a single `*` or unclosed `**`, back-ticks,
//! stray brackets, `{{ }}` inside text and backslash escapes.
//!
//! A few rules are about lines, and are checked on the raw text around the parser (kept small):
//!
//! * a blank line always ends a block (CommonMark would continue a list after one), so the body
//!   is read in pieces separated by blank lines and `{{figure:ID}}` lines;
//! * a line is indented or not, however much (CommonMark would read four spaces as code), and
//!   any white space around a line is trimmed (CommonMark keeps a no-break space);
//! * a line that CommonMark would join to the text above but that looks like something else (a
//!   list item, a `#`, a table row, an unindented line under a list item) is an error;
//! * a `|` inside `[[id|text]]` in a table row is escaped before parsing, as GitHub tables
//!   require, so that it does not split the cell;
//! * table rows must start and end with `|` and have as many cells as the header.
//!
//! ```
//! use her2_content_build::markup::{parse, ParsedBlock, ParsedInline};
//!
//! let (blocks, errors) = parse("A **short** text about [[her2]].\n\n- one\n- two");
//! assert!(errors.is_empty());
//! assert_eq!(blocks.len(), 2);
//! assert_eq!(
//!     blocks[0],
//!     ParsedBlock::Paragraph(vec![
//!         ParsedInline::Text("A ".into()),
//!         ParsedInline::Strong("short".into()),
//!         ParsedInline::Text(" text about ".into()),
//!         ParsedInline::Term { id: "her2".into(), text: None },
//!         ParsedInline::Text(".".into()),
//!     ])
//! );
//! ```

use std::fmt;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// The pulldown-cmark options: pipe tables and `[[wiki links]]`, nothing else.
const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_WIKILINKS);

/// One block of parsed body text (owned strings; `her2_content::Block` is the static form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedBlock {
    /// A paragraph.
    Paragraph(Vec<ParsedInline>),
    /// A bullet (`ordered == false`) or numbered list; one entry per item.
    List {
        /// `true` for a numbered list.
        ordered: bool,
        /// The items, each a run of inline content.
        items: Vec<Vec<ParsedInline>>,
    },
    /// A `## ` sub-heading (plain text).
    Heading(String),
    /// A `{{figure:ID}}` line; holds the figure id.
    Figure(String),
    /// A pipe table.
    Table {
        /// Header cells.
        head: Vec<Vec<ParsedInline>>,
        /// Body rows (each with as many cells as the header).
        rows: Vec<Vec<Vec<ParsedInline>>>,
    },
}

/// Inline content of a paragraph, list item or table cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInline {
    /// Plain text.
    Text(String),
    /// `**bold**` text.
    Strong(String),
    /// `[[id]]` (`text` is `None`: show the glossary term itself) or `[[id|text]]`.
    Term {
        /// The glossary term id.
        id: String,
        /// The words shown instead of the term's own name, if any.
        text: Option<String>,
    },
    /// `[text](#anchor)`: a link inside the page.
    Link {
        /// The target, starting with `#`.
        href: String,
        /// The link text.
        text: String,
    },
}

/// What kind of markup problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkupErrorKind {
    /// Raw HTML, a `<` character or an HTML entity such as `&nbsp;`.
    RawHtml,
    /// A link or web address pointing outside the page.
    ExternalLink,
    /// A malformed pipe table.
    Table,
    /// A `**`, `[[` or `[` that is never closed.
    Unclosed,
    /// A list problem (wrong numbering, nesting, text glued to a list).
    List,
    /// Any other markup that is not part of the format.
    Unknown,
}

/// A markup problem, with the 1-based line number inside the body text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    /// 1-based line inside the body text.
    pub line: usize,
    /// The kind of problem.
    pub kind: MarkupErrorKind,
    /// A human explanation, including how to fix it.
    pub message: String,
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

use MarkupErrorKind::{ExternalLink, RawHtml, Table as TableKind, Unclosed, Unknown};

/// Parses a body (section body or FAQ answer) into blocks.
///
/// Returns every block it could read and every problem found (it does not stop at the
/// first problem), in line order. The result is only meaningful when the error list is empty.
pub fn parse(body: &str) -> (Vec<ParsedBlock>, Vec<MarkupError>) {
    let mut blocks = Vec::new();
    let mut errors = Vec::new();
    let mut piece = Piece::default();
    for (index, raw) in body.lines().enumerate() {
        let n = index + 1;
        let text = raw.trim();
        if text.is_empty() || text.starts_with("{{") {
            std::mem::take(&mut piece).read(&mut blocks, &mut errors);
            if !text.is_empty() {
                figure(n, text, &mut blocks, &mut errors);
            }
            continue;
        }
        if let Some(message) = backslash_escape(text) {
            errors.push(MarkupError {
                line: n,
                kind: Unknown,
                message,
            });
        }
        piece.push(n, raw.trim_end());
    }
    piece.read(&mut blocks, &mut errors);
    errors.sort_by_key(|e| e.line);
    (blocks, errors)
}

/// Checks a plain-text field (title, summary, question, term, definition ...) that is shown as
/// is: markup there would appear literally, so it is reported.
pub fn check_plain(text: &str) -> Vec<(MarkupErrorKind, String)> {
    let mut out = Vec::new();
    if text.contains('<') || entity_at(text).is_some() {
        out.push((
            RawHtml,
            "raw HTML or '<' is not allowed (write \"less than\" instead of '<')".to_string(),
        ));
    }
    for token in ["[[", "]]", "**", "{{", "}}", "](", "`"] {
        if text.contains(token) {
            out.push((
                Unknown,
                format!("markup '{token}' is not allowed in this plain-text field"),
            ));
        }
    }
    out
}

/// `lowercase-hyphen` ids: letters, digits and single hyphens inside.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A `{{...}}` line: a figure, or an error.
fn figure(n: usize, text: &str, blocks: &mut Vec<ParsedBlock>, errors: &mut Vec<MarkupError>) {
    let id = text
        .strip_prefix("{{figure:")
        .and_then(|rest| rest.strip_suffix("}}"))
        .map(str::trim);
    match id {
        Some(id) if is_slug(id) => blocks.push(ParsedBlock::Figure(id.to_string())),
        _ => errors.push(MarkupError {
            line: n,
            kind: Unknown,
            message: format!(
                "\"{}\" is not a figure line: write {{{{figure:ID}}}} alone on its line, \
                 with ID from `figures` in content/languages.toml",
                shorten(text)
            ),
        }),
    }
}

/// Lines between blank lines (and figure lines), handed to pulldown-cmark together.
#[derive(Debug, Default)]
struct Piece {
    /// Body line of the first line.
    first_line: usize,
    /// The lines joined with `\n`, without trailing spaces; the first without indentation,
    /// the others indented by one space or not at all; in table rows, the `|` of
    /// `[[id|text]]` is escaped.
    text: String,
}

impl Piece {
    fn push(&mut self, n: usize, line: &str) {
        let text = line.trim_start();
        if self.text.is_empty() {
            self.first_line = n;
        } else {
            self.text.push('\n');
            if text.len() < line.len() {
                // Indented or not is all that counts (CommonMark would read four spaces as
                // code, and count any Unicode space but a space or tab as text).
                self.text.push(' ');
            }
        }
        let line = text;
        if !line.starts_with('|') {
            self.text.push_str(line);
            return;
        }
        let mut in_term = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '[' if chars.peek() == Some(&'[') => in_term = true,
                ']' if chars.peek() == Some(&']') => in_term = false,
                '|' if in_term => self.text.push('\\'),
                _ => {}
            }
            self.text.push(c);
        }
    }

    /// Runs pulldown-cmark on the piece and turns its events into blocks and errors.
    fn read(self, blocks: &mut Vec<ParsedBlock>, errors: &mut Vec<MarkupError>) {
        if self.text.is_empty() {
            return;
        }
        let src = self.text.as_str();
        let events = Parser::new_ext(src, OPTIONS).into_offset_iter();
        let mut reader = Reader::new(src, blocks);
        let mut definitions: Vec<_> = events
            .reference_definitions()
            .iter()
            .map(|(_, def)| (def.span.clone(), def.dest.to_string()))
            .collect();
        definitions.sort_by_key(|(span, _)| span.start);
        for (span, dest) in definitions {
            let kind = if is_external(&dest) {
                ExternalLink
            } else {
                Unknown
            };
            reader.error(
                span.start,
                kind,
                format!(
                    "link definitions such as \"{}\" are not supported: use [text](#anchor); \
                     web addresses belong in sources.toml",
                    shorten(slice(src, span).trim())
                ),
            );
        }
        for (event, range) in events {
            reader.event(event, range);
        }
        for (offset, kind, message) in reader.errors {
            let line = self.first_line
                + src.as_bytes()[..offset.min(src.len())]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count();
            errors.push(MarkupError {
                line,
                kind,
                message,
            });
        }
    }
}

/// The inline content being collected for a paragraph, list item or table cell.
#[derive(Debug)]
struct Run {
    /// Where the paragraph, item or cell is in the piece.
    range: Range<usize>,
    /// A paragraph (not a list item or table cell).
    paragraph: bool,
    inlines: Vec<ParsedInline>,
    /// Text not yet pushed, with the piece offset of each part (to place a web address).
    text: String,
    parts: Vec<(usize, usize)>,
    /// Characters before this offset were already judged (the second `*` of `**` ...).
    judged: usize,
    /// A table row inside a paragraph was already reported.
    table_reported: bool,
    /// An unindented line under a list item was already reported.
    glued_reported: bool,
}

/// A `**bold**`, `[[term]]` or `[link](#anchor)` whose text is being collected, or markup
/// that was reported and whose text counts as the surrounding text (`Transparent`).
#[derive(Debug)]
enum Span {
    Strong {
        range: Range<usize>,
        text: String,
        plain: bool,
    },
    Term {
        range: Range<usize>,
        id: String,
        piped: bool,
        text: String,
        plain: bool,
    },
    Link {
        range: Range<usize>,
        href: String,
        titled: bool,
        text: String,
        plain: bool,
    },
    Transparent,
}

impl Span {
    fn text_mut(&mut self) -> Option<(&mut String, &mut bool)> {
        match self {
            Span::Strong { text, plain, .. }
            | Span::Term { text, plain, .. }
            | Span::Link { text, plain, .. } => Some((text, plain)),
            Span::Transparent => None,
        }
    }
}

/// Turns the events of one piece into blocks; errors carry piece offsets.
struct Reader<'a> {
    src: &'a str,
    blocks: &'a mut Vec<ParsedBlock>,
    errors: Vec<(usize, MarkupErrorKind, String)>,
    /// Inside a refused element: the number of its open tags.
    skip: usize,
    /// An open `## ` heading: its range and text.
    heading: Option<(Range<usize>, String)>,
    /// An open list: numbered or not, and its items.
    list: Option<(bool, Vec<Vec<ParsedInline>>)>,
    /// Where the last list ended, if nothing else started since.
    list_end: Option<usize>,
    /// An open table: header cells, rows and the row being read.
    table: Option<TableRead>,
    run: Option<Run>,
    spans: Vec<Span>,
}

#[derive(Debug, Default)]
struct TableRead {
    head: Vec<Vec<ParsedInline>>,
    rows: Vec<Vec<Vec<ParsedInline>>>,
    row: Vec<Vec<ParsedInline>>,
}

impl<'a> Reader<'a> {
    fn new(src: &'a str, blocks: &'a mut Vec<ParsedBlock>) -> Self {
        Reader {
            src,
            blocks,
            errors: Vec::new(),
            skip: 0,
            heading: None,
            list: None,
            list_end: None,
            table: None,
            run: None,
            spans: Vec::new(),
        }
    }

    fn error(&mut self, offset: usize, kind: MarkupErrorKind, message: impl Into<String>) {
        self.errors.push((offset, kind, message.into()));
    }

    /// Reports an element and skips everything inside it.
    fn refuse(&mut self, offset: usize, kind: MarkupErrorKind, message: impl Into<String>) {
        self.error(offset, kind, message);
        self.not_plain();
        self.skip = 1;
    }

    /// Marks the open bold text, term or link as holding more than plain words.
    fn not_plain(&mut self) {
        for span in &mut self.spans {
            if let Some((_, plain)) = span.text_mut() {
                *plain = false;
            }
        }
    }

    /// The text of the innermost open bold text, term or link, if any.
    fn span_text(&mut self) -> Option<&mut String> {
        self.spans
            .iter_mut()
            .rev()
            .find_map(|s| s.text_mut().map(|(text, _)| text))
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        if self.skip > 0 {
            match event {
                Event::Start(_) => self.skip += 1,
                Event::End(_) => self.skip -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(text) => self.text(&text, range),
            Event::SoftBreak | Event::HardBreak => self.line_break(range),
            Event::Code(_) | Event::InlineHtml(_) if self.heading.is_some() => {}
            Event::Code(_) => {
                self.not_plain();
                self.error(range.start, Unknown, "back-ticks (`) are not allowed");
            }
            Event::InlineHtml(_) | Event::Html(_) => {
                self.not_plain();
                self.raw_html(range);
            }
            Event::Rule => self.error(
                range.start,
                Unknown,
                "horizontal lines (---) are not supported",
            ),
            _ => self.error(
                range.start,
                Unknown,
                format!(
                    "\"{}\" is not part of the format",
                    shorten(slice(self.src, range))
                ),
            ),
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        let raw = slice(self.src, range.clone());
        if !matches!(tag, Tag::List(_) | Tag::Item) {
            self.list_end = None;
        }
        if self.heading.is_some() {
            // The heading is checked on its written text when it ends.
            match tag {
                Tag::Image { .. } => self.skip = 1,
                _ => self.spans.push(Span::Transparent),
            }
            return;
        }
        match tag {
            Tag::Paragraph if self.run.is_none() => {
                self.run = Some(Run::new(range.clone(), true));
                self.line_start(range.start);
            }
            Tag::Paragraph => {}
            Tag::Heading { level, .. } => {
                let line = raw.trim();
                if self.list.is_some() {
                    self.refuse(range.start, Unknown, "a list item cannot hold a heading");
                } else if !line.starts_with('#') {
                    let underline = raw.trim_end().rfind('\n').map_or(0, |i| i + 1);
                    self.refuse(
                        range.start + underline,
                        Unknown,
                        "underlined headings (=== or --- under a line) are not supported; use \"## \"",
                    );
                } else if level != HeadingLevel::H2 || !line.starts_with("## ") {
                    self.refuse(range.start, Unknown, unknown_heading(line));
                } else {
                    self.heading = Some((range, String::new()));
                }
            }
            Tag::List(first) => {
                let marker = raw.trim_start();
                let digits = marker.bytes().take_while(u8::is_ascii_digit).count();
                if self.list.is_some() {
                    self.refuse(
                        range.start,
                        MarkupErrorKind::List,
                        "nested lists are not supported: start list items at the beginning of the line",
                    );
                } else if marker.starts_with('*') || marker.starts_with('+') {
                    self.refuse(
                        range.start,
                        Unknown,
                        "use \"- \" (a hyphen and a space) for bullet list items",
                    );
                } else if digits > 0 && marker.as_bytes().get(digits) != Some(&b'.') {
                    self.refuse(
                        range.start,
                        Unknown,
                        "write numbered list items as \"1. \" (a number, a full stop and a space)",
                    );
                } else {
                    self.list = Some((first.is_some(), Vec::new()));
                }
            }
            Tag::Item => self.item(range),
            Tag::Table(_) => self.table(range),
            Tag::TableHead | Tag::TableRow => {}
            Tag::TableCell => self.run = Some(Run::new(range, false)),
            Tag::Strong if raw.starts_with('_') => {
                self.not_plain();
                self.error(
                    range.start,
                    Unknown,
                    format!(
                        "\"{}\": bold with '__' is not supported: write **bold**",
                        shorten(raw)
                    ),
                );
                self.spans.push(Span::Transparent);
            }
            Tag::Strong => {
                self.not_plain();
                self.spans.push(Span::Strong {
                    range,
                    text: String::new(),
                    plain: true,
                });
            }
            Tag::Emphasis => {
                if self.spans.iter().any(|s| !matches!(s, Span::Transparent)) {
                    self.not_plain();
                } else if raw.starts_with('_') {
                    self.error(
                        range.start,
                        Unknown,
                        format!(
                            "\"{}\": emphasis with '_' is not supported (only **bold**)",
                            shorten(raw)
                        ),
                    );
                } else {
                    self.error(
                        range.start,
                        Unknown,
                        "stray '*': only **bold** (two stars on each side) is allowed",
                    );
                }
                self.spans.push(Span::Transparent);
            }
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                self.not_plain();
                match link_type {
                    LinkType::WikiLink { has_pothole } => self.spans.push(Span::Term {
                        range,
                        id: dest_url.to_string(),
                        piped: has_pothole,
                        text: String::new(),
                        plain: true,
                    }),
                    LinkType::Inline => self.spans.push(Span::Link {
                        range,
                        href: dest_url.to_string(),
                        titled: !title.is_empty(),
                        text: String::new(),
                        plain: true,
                    }),
                    LinkType::Autolink | LinkType::Email => {
                        self.raw_html(range.start..range.start + 1);
                        self.spans.push(Span::Transparent);
                    }
                    _ => {
                        self.error(range.start, Unknown, not_markup(raw));
                        self.spans.push(Span::Transparent);
                    }
                }
            }
            Tag::Image { .. } => self.refuse(
                range.start,
                Unknown,
                "pictures are not supported: use {{figure:ID}} alone on its line",
            ),
            Tag::BlockQuote(_) => self.refuse(
                range.start,
                Unknown,
                "quotes (lines starting with '>') are not supported",
            ),
            Tag::CodeBlock(_) => self.refuse(range.start, Unknown, "code blocks are not supported"),
            Tag::HtmlBlock => {
                self.raw_html(range.clone());
                self.skip = 1;
            }
            _ => self.refuse(
                range.start,
                Unknown,
                format!("\"{}\" is not part of the format", shorten(raw)),
            ),
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Paragraph if self.run.as_ref().is_some_and(|r| r.paragraph) => {
                let inlines = self.finish_run();
                self.blocks.push(ParsedBlock::Paragraph(inlines));
            }
            TagEnd::Heading(_) => self.finish_heading(),
            TagEnd::List(_) => {
                if let Some((ordered, items)) = self.list.take() {
                    self.blocks.push(ParsedBlock::List { ordered, items });
                    self.list_end = Some(range.end);
                }
            }
            TagEnd::Item => {
                let inlines = self.finish_run();
                if let Some((_, items)) = &mut self.list {
                    items.push(inlines);
                }
            }
            TagEnd::TableCell => {
                let inlines = self.finish_run();
                if let Some(table) = &mut self.table {
                    table.row.push(inlines);
                }
            }
            TagEnd::TableHead => {
                let Some(table) = &mut self.table else { return };
                table.head = std::mem::take(&mut table.row);
                if table.head.iter().any(Vec::is_empty) {
                    self.error(range.start, TableKind, "empty header cell in table");
                }
            }
            TagEnd::TableRow => {
                let Some(table) = &mut self.table else { return };
                let row = std::mem::take(&mut table.row);
                let separator = row.iter().all(|cell| {
                    matches!(cell.as_slice(), [ParsedInline::Text(t)] if is_separator_cell(t))
                });
                table.rows.push(row);
                if separator {
                    self.error(
                        range.start,
                        TableKind,
                        "only the second row of a table may be a |---| row",
                    );
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.blocks.push(ParsedBlock::Table {
                        head: table.head,
                        rows: table.rows,
                    });
                }
            }
            TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link => self.close_span(),
            _ => {}
        }
    }

    /// A list item: its number, indentation and content are checked, then its text is read.
    fn item(&mut self, range: Range<usize>) {
        let raw = slice(self.src, range.clone());
        let Some((ordered, items)) = &self.list else {
            return;
        };
        let (ordered, expected) = (*ordered, items.len() + 1);
        let marker = raw.trim_start();
        // An indented item right under another list's item is meant as a nested list.
        let under_list = self.list_end == Some(range.start);
        if (expected > 1 || under_list) && marker.len() < raw.len() {
            self.error(
                range.start,
                MarkupErrorKind::List,
                "nested lists are not supported: start list items at the beginning of the line",
            );
        }
        let digits = marker.bytes().take_while(u8::is_ascii_digit).count();
        if ordered {
            let number = marker[..digits].parse::<usize>().ok();
            if number != Some(expected) {
                self.error(
                    range.start,
                    MarkupErrorKind::List,
                    format!(
                        "numbered list: this item should be numbered {expected}. (found {}.)",
                        &marker[..digits]
                    ),
                );
            }
        }
        let first_line = marker.split('\n').next().unwrap_or("");
        let content = first_line.get(digits.max(1)..).unwrap_or("");
        let content = content.strip_prefix('.').unwrap_or(content);
        if content.trim().is_empty() {
            self.error(range.start, MarkupErrorKind::List, "empty list item");
        } else if !content.starts_with(' ') {
            self.error(
                range.start,
                MarkupErrorKind::List,
                "write list items as \"- text\" or \"1. text\", with a space (not a tab)",
            );
        }
        self.run = Some(Run::new(range, false));
    }

    /// Checks the rows of a table on the raw lines: pulldown-cmark accepts rows without outer
    /// `|`, fills in missing cells and drops extra ones.
    fn table(&mut self, range: Range<usize>) {
        let raw = slice(self.src, range.clone());
        let mut problems = Vec::new();
        let mut offset = range.start;
        let mut columns = None;
        let mut rows = 0;
        for line in raw.split('\n') {
            let at = offset;
            offset += line.len() + 1;
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            rows += 1;
            if !(t.len() >= 2 && t.starts_with('|') && t.ends_with('|')) {
                problems.push((
                    at,
                    if t.starts_with('|') {
                        "table row must start and end with '|'"
                    } else {
                        "text directly after a table: every table row must start and end with '|'; \
                         leave a blank line before a new paragraph"
                    }
                    .to_string(),
                ));
                continue;
            }
            let cells = (t.matches('|').count() - t.matches("\\|").count()).saturating_sub(1);
            match columns {
                None => columns = Some(cells),
                Some(columns) if cells != columns => problems.push((
                    at,
                    format!("this table row has {cells} cells but the header has {columns}"),
                )),
                Some(_) => {}
            }
        }
        if problems.is_empty() && rows < 3 {
            problems.push((
                range.start,
                "a table needs a header row, a |---|---| row and at least one more row".to_string(),
            ));
        }
        if problems.is_empty() {
            self.table = Some(TableRead::default());
            return;
        }
        for (at, message) in problems {
            self.error(at, TableKind, message);
        }
        self.skip = 1;
    }

    fn text(&mut self, text: &str, range: Range<usize>) {
        if let Some((_, heading)) = &mut self.heading {
            heading.push_str(text);
            return;
        }
        if let Some(span) = self.span_text() {
            span.push_str(text);
            return;
        }
        let Some(run) = &mut self.run else { return };
        // Entities and escapes are not their own source text; they are reported elsewhere.
        if slice(self.src, range.clone()) == text {
            for (i, c) in text.char_indices() {
                let at = range.start + i;
                if at >= run.judged {
                    if let Some((kind, message, len)) = judge_char(self.src, at, run.range.end, c) {
                        self.errors.push((at, kind, message));
                        run.judged = at + len;
                    }
                }
            }
        }
        run.parts.push((run.text.len(), range.start));
        run.text.push_str(text);
    }

    fn line_break(&mut self, range: Range<usize>) {
        if let Some((_, heading)) = &mut self.heading {
            heading.push(' ');
        } else if let Some(span) = self.span_text() {
            span.push(' ');
        } else if let Some(run) = &mut self.run {
            run.parts.push((run.text.len(), range.start));
            run.text.push(' ');
            self.line_start(range.end);
        }
    }

    /// Checks a line that pulldown-cmark joins to the text above (or starts a paragraph with)
    /// for what the writer most likely meant as something else.
    fn line_start(&mut self, at: usize) {
        let line = self
            .src
            .get(at..)
            .unwrap_or("")
            .split('\n')
            .next()
            .unwrap_or("");
        let text = line.trim_start();
        let in_item = self.list.is_some();
        let Some(run) = &mut self.run else { return };
        let problem = if in_item && text.len() == line.len() {
            if run.glued_reported {
                return;
            }
            run.glued_reported = true;
            Some((
                MarkupErrorKind::List,
                "text directly after a list: leave a blank line before a new paragraph, \
                 or indent the line to continue the list item"
                    .to_string(),
            ))
        } else if text.starts_with('#') {
            Some((Unknown, unknown_heading(text)))
        } else if looks_like_list_item(text) {
            Some((
                MarkupErrorKind::List,
                if in_item {
                    "nested lists are not supported: start list items at the beginning of the line"
                        .to_string()
                } else {
                    format!(
                        "\"{}\" is read as part of the text above: start a list at the beginning \
                         of a line, a numbered list with \"1. \"",
                        shorten(text)
                    )
                },
            ))
        } else if text.starts_with('|') && run.paragraph && !run.table_reported {
            run.table_reported = true;
            Some((
                TableKind,
                "the second row of a table must be the separator row, like |---|---|".to_string(),
            ))
        } else {
            unsupported_line(text).map(|message| (Unknown, message.to_string()))
        };
        if let Some((kind, message)) = problem {
            self.error(at + line.len() - text.len(), kind, message);
        }
    }

    /// Reports every `<` of raw HTML in `range`.
    fn raw_html(&mut self, range: Range<usize>) {
        let raw = slice(self.src, range.clone());
        for (i, _) in raw.match_indices('<') {
            let rest = raw[i..].split('\n').next().unwrap_or("");
            self.error(range.start + i, RawHtml, raw_html_message(rest));
        }
    }

    /// Ends a paragraph, list item or table cell and returns its inline content.
    fn finish_run(&mut self) -> Vec<ParsedInline> {
        let Some(mut run) = self.run.take() else {
            return Vec::new();
        };
        self.flush_text(&mut run);
        // CommonMark trims spaces and tabs only; the format trims any white space.
        if let Some(ParsedInline::Text(t)) = run.inlines.first_mut() {
            *t = t.trim_start().to_string();
        }
        if let Some(ParsedInline::Text(t)) = run.inlines.last_mut() {
            *t = t.trim_end().to_string();
        }
        run.inlines
            .retain(|i| !matches!(i, ParsedInline::Text(t) if t.is_empty()));
        if let Some(at) = entity_at(slice(self.src, run.range.clone())) {
            self.error(
                run.range.start + at,
                RawHtml,
                "HTML entities such as &nbsp; are not allowed: type the character itself",
            );
        }
        run.inlines
    }

    /// Pushes the run's pending text as a text inline; reports a web address in it.
    fn flush_text(&mut self, run: &mut Run) {
        if run.text.is_empty() {
            return;
        }
        let text = std::mem::take(&mut run.text);
        if let Some((pos, message)) = web_address(&text) {
            let at = run
                .parts
                .iter()
                .take_while(|(start, _)| *start <= pos)
                .last()
                .map_or(run.range.start, |(start, at)| at + (pos - start));
            self.error(at, ExternalLink, message);
        }
        run.parts.clear();
        run.inlines.push(ParsedInline::Text(text));
    }

    /// Pushes an inline after the run's pending text.
    fn push_inline(&mut self, inline: ParsedInline) {
        if let Some(mut run) = self.run.take() {
            self.flush_text(&mut run);
            run.inlines.push(inline);
            self.run = Some(run);
        }
    }

    fn finish_heading(&mut self) {
        let Some((range, text)) = self.heading.take() else {
            return;
        };
        let raw = slice(self.src, range.clone()).trim();
        let written = raw.get(2..).unwrap_or("").trim();
        let at = range.start;
        if written.is_empty() {
            self.error(at, Unknown, "empty sub-heading after \"## \"");
            return;
        }
        let problems = check_plain(written);
        if !problems.is_empty() {
            for (kind, message) in problems {
                self.error(at, kind, format!("sub-heading: {message}"));
            }
            return;
        }
        let mut ok = true;
        if let Some(bad) = ['[', ']', '*', '|', '{', '}']
            .into_iter()
            .find(|c| written.contains(*c))
        {
            ok = false;
            self.error(
                at,
                Unknown,
                format!("sub-headings are plain text: remove '{bad}'"),
            );
        }
        if let Some((_, message)) = web_address(written) {
            ok = false;
            self.error(at, ExternalLink, message);
        }
        if ok && text != written {
            ok = false;
            self.error(
                at,
                Unknown,
                format!(
                    "sub-headings are plain text: write \"## \" and the words only (\"{}\")",
                    shorten(raw)
                ),
            );
        }
        if ok {
            self.blocks.push(ParsedBlock::Heading(text));
        }
    }

    /// Ends the innermost bold text, term or link: checks it and pushes it.
    fn close_span(&mut self) {
        let Some(span) = self.spans.pop() else { return };
        if let Some(outer) = self.span_text() {
            // Inside other markup, which reports it: its words count as the outer text.
            if let Span::Strong { text, .. } | Span::Term { text, .. } | Span::Link { text, .. } =
                &span
            {
                outer.push_str(text);
            }
            return;
        }
        match span {
            Span::Transparent => {}
            Span::Strong { range, text, plain } => self.strong(range, text, plain),
            Span::Term {
                range,
                id,
                piped,
                text,
                plain,
            } => self.term(range, id, piped.then_some(text), plain),
            Span::Link {
                range,
                href,
                titled,
                text,
                plain,
            } => self.link(range, href, titled, text, plain),
        }
    }

    fn strong(&mut self, range: Range<usize>, text: String, plain: bool) {
        let raw = slice(self.src, range.clone());
        let inner = raw.get(2..raw.len().saturating_sub(2)).unwrap_or("");
        let at = range.start;
        if text.trim().is_empty() {
            self.error(at, Unknown, "empty **bold** text");
        } else if text.trim() != text {
            self.error(
                at,
                Unknown,
                format!("bold text must not start or end with a space: \"**{text}**\""),
            );
        } else if let Some(c) = inner
            .chars()
            .find(|c| matches!(c, '[' | ']' | '*' | '<' | '{' | '}' | '`'))
        {
            self.error(
                at,
                Unknown,
                format!(
                    "only plain words may be bold: remove '{c}' from \"**{}**\"",
                    shorten(inner)
                ),
            );
        } else if !plain {
            self.error(
                at,
                Unknown,
                format!("only plain words may be bold: \"**{}**\"", shorten(inner)),
            );
        } else {
            if let Some((_, message)) = web_address(&text) {
                self.error(at, ExternalLink, message);
            }
            self.push_inline(ParsedInline::Strong(text));
        }
    }

    fn term(&mut self, range: Range<usize>, id: String, shown: Option<String>, plain: bool) {
        let raw = slice(self.src, range.clone());
        let inner = raw
            .strip_prefix("[[")
            .and_then(|r| r.strip_suffix("]]"))
            .unwrap_or(raw)
            .replace("\\|", "|");
        // In a table row the `|` was escaped; pulldown-cmark keeps that `\` in the id.
        let id = match (&shown, id.strip_suffix('\\')) {
            (Some(_), Some(id)) => id.to_string(),
            _ => id,
        };
        let written_shown = inner.split_once('|').map_or("", |(_, s)| s);
        let at = range.start;
        if !is_slug(&id) {
            self.error(
                at,
                Unknown,
                format!(
                    "\"[[{}]]\": \"{}\" is not a term id (lowercase letters, digits and hyphens, as in glossary.toml)",
                    shorten(&inner),
                    shorten(&id)
                ),
            );
        } else if let Some(shown) = shown
            .as_ref()
            .filter(|s| s.trim().is_empty() || s.trim() != *s)
        {
            self.error(
                at,
                Unknown,
                format!("\"[[{inner}]]\": the words after '|' must not be empty or start or end with a space (\"{shown}\")"),
            );
        } else if let Some(c) = written_shown
            .chars()
            .find(|c| matches!(c, '[' | ']' | '*' | '<' | '|' | '{' | '}' | '`'))
        {
            self.error(
                at,
                Unknown,
                format!(
                    "\"[[{}]]\": the shown words must be plain text: remove '{c}'",
                    shorten(&inner)
                ),
            );
        } else if !plain {
            self.error(
                at,
                Unknown,
                format!(
                    "\"[[{}]]\": the shown words must be plain text",
                    shorten(&inner)
                ),
            );
        } else {
            self.push_inline(ParsedInline::Term { id, text: shown });
        }
    }

    fn link(&mut self, range: Range<usize>, href: String, titled: bool, text: String, plain: bool) {
        let raw = slice(self.src, range.clone());
        let label = raw
            .get(1..)
            .and_then(|r| r.split_once("]("))
            .map_or("", |(label, _)| label);
        let target = raw
            .split_once("](")
            .and_then(|(_, t)| t.strip_suffix(')'))
            .map_or("", str::trim);
        let at = range.start;
        if text.trim().is_empty() || text.trim() != text {
            self.error(
                at,
                Unknown,
                format!("link text must not be empty or start or end with a space: \"[{text}]\""),
            );
        } else if let Some(c) = label
            .chars()
            .find(|c| matches!(c, '[' | '*' | '<' | '{' | '}' | '`'))
        {
            self.error(
                at,
                Unknown,
                format!(
                    "link text must be plain: remove '{c}' from \"[{}]\"",
                    shorten(label)
                ),
            );
        } else if !plain {
            self.error(
                at,
                Unknown,
                format!("link text must be plain: \"[{}]\"", shorten(label)),
            );
        } else if titled || target != href {
            self.error(
                at,
                Unknown,
                format!(
                    "write a link as [text](#anchor), with nothing else between the brackets: \"{}\"",
                    shorten(raw)
                ),
            );
        } else if href.starts_with('#') {
            self.push_inline(ParsedInline::Link { href, text });
        } else if is_external(&href) {
            self.error(at, ExternalLink, external_link_message(&href));
        } else {
            self.error(
                at,
                Unknown,
                format!(
                    "link target \"{}\" must start with '#', like (#test-types)",
                    shorten(&href)
                ),
            );
        }
    }
}

impl Run {
    fn new(range: Range<usize>, paragraph: bool) -> Self {
        Run {
            range,
            paragraph,
            inlines: Vec::new(),
            text: String::new(),
            parts: Vec::new(),
            judged: 0,
            table_reported: false,
            glued_reported: false,
        }
    }
}

/// Judges a character that pulldown-cmark kept as text at `at` (`end`: end of the paragraph,
/// item or cell). Returns the problem and how many bytes it covers.
fn judge_char(
    src: &str,
    at: usize,
    end: usize,
    c: char,
) -> Option<(MarkupErrorKind, String, usize)> {
    let rest = src.get(at..end.max(at)).unwrap_or("");
    let next = rest.chars().nth(1);
    match c {
        '<' => Some((RawHtml, raw_html_message(rest), 1)),
        '*' if next == Some('*') => Some(match rest[2..].find("**") {
            // Two `**` that pulldown-cmark did not read as bold: spaces inside.
            Some(end) => (
                Unknown,
                format!(
                    "bold text must not start or end with a space: \"{}\"",
                    shorten(&rest[..end + 4])
                ),
                end + 4,
            ),
            None => (
                Unclosed,
                format!("'**' is not closed: \"{}\"", shorten(rest)),
                2,
            ),
        }),
        '*' => Some((
            Unknown,
            "stray '*': only **bold** (two stars on each side) is allowed".to_string(),
            1,
        )),
        '`' => Some((Unknown, "back-ticks (`) are not allowed".to_string(), 1)),
        '[' if next == Some('[') => Some((
            Unclosed,
            format!("'[[' is not closed with ']]': \"{}\"", shorten(rest)),
            2,
        )),
        '[' => {
            let (kind, message) = bracket_problem(rest);
            Some((kind, message, 1))
        }
        ']' => Some((
            Unknown,
            "stray ']' (use [[term-id]] or [text](#anchor))".to_string(),
            1,
        )),
        '{' | '}' if next == Some(c) => Some((
            Unknown,
            "'{{' '}}' is only allowed as {{figure:ID}} alone on its own line".to_string(),
            2,
        )),
        _ => None,
    }
}

/// Explains a `[` that pulldown-cmark did not read as a link or term.
fn bracket_problem(rest: &str) -> (MarkupErrorKind, String) {
    let Some(close) = rest.find(']') else {
        return (
            Unclosed,
            format!(
                "'[' is not closed: \"{}\" (use [[term-id]] or [text](#anchor))",
                shorten(rest)
            ),
        );
    };
    let Some(after) = rest[close + 1..].strip_prefix('(') else {
        return (Unknown, not_markup(&rest[..=close]));
    };
    match after.find(')') {
        None => (
            Unclosed,
            format!("link \"{}\" has no closing ')'", shorten(rest)),
        ),
        Some(end) if is_external(after[..end].trim()) => {
            (ExternalLink, external_link_message(after[..end].trim()))
        }
        Some(end) => (
            Unknown,
            format!(
                "\"{}\" is not a link this format reads: write [text](#anchor)",
                shorten(&rest[..close + end + 3])
            ),
        ),
    }
}

fn not_markup(bracketed: &str) -> String {
    format!(
        "\"{}\" is not markup: use [[term-id]] for a glossary term or [text](#anchor) for a link",
        shorten(bracketed)
    )
}

fn unknown_heading(line: &str) -> String {
    format!(
        "unknown heading \"{}\": only \"## \" sub-headings are allowed (two # and a space)",
        shorten(line)
    )
}

fn raw_html_message(rest: &str) -> String {
    format!(
        "raw HTML or '<' is not allowed (write \"less than\" instead of '<'): \"{}\"",
        shorten(rest)
    )
}

fn external_link_message(href: &str) -> String {
    format!(
        "external link \"{}\": links in body text may only point to #anchors of this page; put web addresses in sources.toml",
        shorten(href)
    )
}

fn is_external(href: &str) -> bool {
    href.contains("://")
        || href.starts_with("www.")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
}

/// A line that the old line-based format read as a list item: `- text` or `N. text`.
fn looks_like_list_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    text == "-"
        || text.starts_with("- ")
        || ((1..=3).contains(&digits) && (rest == "." || rest.starts_with(". ")))
}

/// Explains a line that starts like Markdown this format does not support (pulldown-cmark
/// reads such a line as text when it continues a paragraph, e.g. after a tab).
fn unsupported_line(text: &str) -> Option<&'static str> {
    if text.starts_with("* ") || text.starts_with("+ ") {
        return Some("use \"- \" (a hyphen and a space) for bullet list items");
    }
    if text.starts_with('>') {
        return Some("quotes (lines starting with '>') are not supported");
    }
    if text.starts_with("```") || text.starts_with("~~~") {
        return Some("code blocks are not supported");
    }
    let rule: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if rule.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|m| rule.chars().all(|c| c == *m))
    {
        return Some("horizontal lines (---) are not supported");
    }
    if text.starts_with('=') && text.chars().all(|c| c == '=') {
        return Some("underlined headings (===) are not supported; use \"## \"");
    }
    None
}

/// Explains a backslash escape (`\*`, `\_` ...), which CommonMark would silently drop.
fn backslash_escape(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    let at = bytes.iter().enumerate().position(|(i, b)| {
        *b == b'\\' && bytes.get(i + 1).is_none_or(|n| n.is_ascii_punctuation())
    })?;
    Some(format!(
        "backslash escapes are not supported: write the character itself, without '\\' (\"{}\")",
        shorten(&line[at..])
    ))
}

/// Finds something like `&amp;` or `&#160;` in `text`.
fn entity_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'&' {
            let mut j = i + 1;
            while j < bytes.len()
                && j - i <= 10
                && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'#')
            {
                j += 1;
            }
            if j > i + 1 && j < bytes.len() && bytes[j] == b';' {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

fn is_separator_cell(cell: &str) -> bool {
    let c = cell.trim();
    let c = c.strip_prefix(':').unwrap_or(c);
    let c = c.strip_suffix(':').unwrap_or(c);
    !c.is_empty() && c.chars().all(|ch| ch == '-')
}

/// `src[range]`, or `""` for a range that is not one.
fn slice(src: &str, range: Range<usize>) -> &str {
    src.get(range).unwrap_or("")
}

/// Keeps error messages short when quoting the writer's text.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}...")
    }
}

/// Finds a web address in text: its byte position and where it belongs.
fn web_address(text: &str) -> Option<(usize, String)> {
    let lower = text.to_ascii_lowercase();
    for marker in ["http://", "https://", "www.", "mailto:"] {
        if let Some(pos) = lower.find(marker) {
            let boundary = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
            if boundary {
                let address: String = text[pos..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                return Some((
                    pos,
                    format!(
                        "web address \"{}\" in body text: web addresses belong in sources.toml (cite the source instead)",
                        shorten(&address)
                    ),
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &str) -> Vec<ParsedBlock> {
        let (blocks, errors) = parse(body);
        assert!(errors.is_empty(), "unexpected errors: {errors:?}");
        blocks
    }

    fn kinds(body: &str) -> Vec<MarkupErrorKind> {
        parse(body).1.into_iter().map(|e| e.kind).collect()
    }

    fn text(s: &str) -> ParsedInline {
        ParsedInline::Text(s.to_string())
    }

    #[test]
    fn paragraphs_join_lines_and_split_on_blank_lines() {
        let blocks = ok("One line\nand the next.\n\n  Second paragraph.  \n");
        assert_eq!(
            blocks,
            vec![
                ParsedBlock::Paragraph(vec![text("One line and the next.")]),
                ParsedBlock::Paragraph(vec![text("Second paragraph.")]),
            ]
        );
    }

    #[test]
    fn inline_markup() {
        let blocks = ok("See [[receptor|receptors]], **bold** and [the tests](#test-types).");
        assert_eq!(
            blocks,
            vec![ParsedBlock::Paragraph(vec![
                text("See "),
                ParsedInline::Term {
                    id: "receptor".into(),
                    text: Some("receptors".into())
                },
                text(", "),
                ParsedInline::Strong("bold".into()),
                text(" and "),
                ParsedInline::Link {
                    href: "#test-types".into(),
                    text: "the tests".into()
                },
                text("."),
            ])]
        );
    }

    #[test]
    fn lists_headings_figures() {
        let blocks = ok("Intro:\n- one\n- two\n  continued\n\n1. first\n2. second\n\n## Sub\n\n{{figure:ihc-scale}}");
        assert_eq!(blocks.len(), 5);
        assert_eq!(blocks[0], ParsedBlock::Paragraph(vec![text("Intro:")]));
        assert_eq!(
            blocks[1],
            ParsedBlock::List {
                ordered: false,
                items: vec![vec![text("one")], vec![text("two continued")]]
            }
        );
        assert!(
            matches!(&blocks[2], ParsedBlock::List { ordered: true, items } if items.len() == 2)
        );
        assert_eq!(blocks[3], ParsedBlock::Heading("Sub".into()));
        assert_eq!(blocks[4], ParsedBlock::Figure("ihc-scale".into()));
    }

    #[test]
    fn tables() {
        let blocks = ok("| Score | Means |\n|---|:---:|\n| 0 | [[her2-negative|HER2-negative]] |\n| 3+ | **positive** |");
        match &blocks[0] {
            ParsedBlock::Table { head, rows } => {
                assert_eq!(head.len(), 2);
                assert_eq!(rows.len(), 2);
                assert_eq!(
                    rows[0][1],
                    vec![ParsedInline::Term {
                        id: "her2-negative".into(),
                        text: Some("HER2-negative".into())
                    }]
                );
            }
            other => panic!("not a table: {other:?}"),
        }
    }

    #[test]
    fn malformed_tables() {
        assert_eq!(
            kinds("| a | b |\n|---|---|\n| 1 |"),
            vec![MarkupErrorKind::Table]
        );
        assert_eq!(
            kinds("| a | b |\n| 1 | 2 |\n| 3 | 4 |"),
            vec![MarkupErrorKind::Table]
        );
        assert_eq!(kinds("| a | b |\n|---|---|"), vec![MarkupErrorKind::Table]);
        assert_eq!(
            kinds("| a | b |\n|---|---|\n| 1 | 2"),
            vec![MarkupErrorKind::Table]
        );
        assert!(kinds("| a | b |\n|---|---|\n| 1 | 2 |\ntext").contains(&MarkupErrorKind::Table));
    }

    #[test]
    fn unclosed_markup() {
        assert_eq!(kinds("Some **bold text."), vec![MarkupErrorKind::Unclosed]);
        assert_eq!(kinds("A [[her2 term."), vec![MarkupErrorKind::Unclosed]);
        assert_eq!(
            kinds("A [[her2 term, a [[gene]]."),
            vec![MarkupErrorKind::Unclosed]
        );
        assert_eq!(kinds("A [link text"), vec![MarkupErrorKind::Unclosed]);
    }

    #[test]
    fn raw_html_and_external_links() {
        assert_eq!(kinds("Ratio <2.0"), vec![MarkupErrorKind::RawHtml]);
        assert_eq!(kinds("a <b>b</b>"), vec![MarkupErrorKind::RawHtml; 2]);
        assert_eq!(kinds("x&nbsp;y"), vec![MarkupErrorKind::RawHtml]);
        assert_eq!(
            kinds("[NCI](https://www.cancer.gov)"),
            vec![MarkupErrorKind::ExternalLink]
        );
        assert_eq!(
            kinds("See https://www.cancer.gov."),
            vec![MarkupErrorKind::ExternalLink]
        );
        assert_eq!(
            kinds("Visit www.cancer.org today."),
            vec![MarkupErrorKind::ExternalLink]
        );
        assert_eq!(kinds("[x](page.html)"), vec![MarkupErrorKind::Unknown]);
    }

    #[test]
    fn unknown_markup() {
        for body in [
            "# Title",
            "### Small",
            "* star item",
            "> quote",
            "```",
            "---",
            "an *italic* word",
            "a `code` word",
            "a [bracket] word",
            "a ] word",
            "text {{figure:ihc-scale}} inline",
            "{{figure: }}",
            "{{picture:x}}",
            "[[Bad Id]]",
            "## Heading with [[her2]]",
            "** spaced **",
        ] {
            let (_, errors) = parse(body);
            assert!(!errors.is_empty(), "no error for {body:?}");
        }
    }

    #[test]
    fn list_problems() {
        assert_eq!(kinds("1. one\n3. three"), vec![MarkupErrorKind::List]);
        assert_eq!(kinds("- one\nnot indented"), vec![MarkupErrorKind::List]);
        assert_eq!(kinds("- one\n  - nested"), vec![MarkupErrorKind::List]);
        assert_eq!(kinds("- "), vec![MarkupErrorKind::List]);
    }

    #[test]
    fn error_lines_are_reported() {
        let (_, errors) = parse("Line one.\nLine two <b>.\n\n- ok\n- bad **bold");
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, 2);
        assert_eq!(errors[1].line, 5);
    }

    #[test]
    fn plain_fields() {
        assert!(check_plain("What is HER2?").is_empty());
        assert!(!check_plain("What is [[her2]]?").is_empty());
        assert!(!check_plain("Less <b>than</b>").is_empty());
    }

    #[test]
    fn slugs() {
        assert!(is_slug("t-dm1"));
        assert!(is_slug("what-is-her2"));
        assert!(!is_slug("What"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }

    #[test]
    fn every_refused_construct_has_its_kind() {
        use MarkupErrorKind::{ExternalLink, List, RawHtml, Table, Unclosed, Unknown};
        let cases: &[(&str, MarkupErrorKind, &str)] = &[
            // Raw HTML, '<' and entities: pulldown-cmark's HTML events, and text.
            ("a <b>x</b> c", RawHtml, "raw HTML"),
            ("<div>\nx\n</div>", RawHtml, "raw HTML"),
            ("<!-- note -->", RawHtml, "raw HTML"),
            ("Ratio < 2.0", RawHtml, "less than"),
            ("x &amp; y", RawHtml, "entities"),
            ("x &madeup; y", RawHtml, "entities"),
            ("<https://www.cancer.gov>", RawHtml, "raw HTML"),
            ("<https://www.cancer.gov>", ExternalLink, "web address"),
            // Links and addresses outside the page.
            (
                "[NCI](https://www.cancer.gov)",
                ExternalLink,
                "external link",
            ),
            ("[mail](mailto:a@b.org)", ExternalLink, "external link"),
            (
                "[NCI](https://www.cancer.gov today)",
                ExternalLink,
                "external link",
            ),
            ("See www.cancer.gov.", ExternalLink, "web address"),
            ("**www.cancer.gov**", ExternalLink, "web address"),
            (
                "[NCI]: https://www.cancer.gov",
                ExternalLink,
                "link definitions",
            ),
            ("[x](page.html)", Unknown, "must start with '#'"),
            ("[x](#a \"title\")", Unknown, "write a link as"),
            ("[x](<#a>)", Unknown, "write a link as"),
            ("[**x**](#a)", Unknown, "link text must be plain"),
            ("[ x](#a)", Unknown, "link text must not"),
            ("[a]: #b\n[a] and [c][a]", Unknown, "is not markup"),
            ("[a] and [c][a]", Unknown, "is not markup"),
            ("![chart](#a)", Unknown, "pictures"),
            // Emphasis other than **bold**.
            ("an *italic* word", Unknown, "stray '*'"),
            ("an _italic_ word", Unknown, "emphasis with '_'"),
            ("a __bold__ word", Unknown, "bold with '__'"),
            ("***both***", Unknown, ""),
            ("2 * 3", Unknown, "stray '*'"),
            ("**a [[her2]]**", Unknown, "only plain words"),
            ("**a _b_ c**", Unknown, "only plain words"),
            (
                "** spaced **",
                Unknown,
                "must not start or end with a space",
            ),
            // Code, quotes, lines, headings.
            ("a `code` word", Unknown, "back-ticks"),
            ("```\ncode\n```", Unknown, "code blocks"),
            ("Text\n\t```", Unknown, "code blocks"),
            ("> quote", Unknown, "quotes"),
            ("Text\n\t> quote", Unknown, "quotes"),
            ("---", Unknown, "horizontal lines"),
            ("Title\n===", Unknown, "underlined headings"),
            ("Title\n---", Unknown, "underlined headings"),
            ("# Title", Unknown, "unknown heading"),
            ("### Small", Unknown, "unknown heading"),
            ("#hashtag", Unknown, "unknown heading"),
            ("##\tTab", Unknown, "unknown heading"),
            ("Text\n#hashtag", Unknown, "unknown heading"),
            ("## Sub ##", Unknown, "sub-headings are plain text"),
            ("## With [[her2]]", Unknown, "sub-heading"),
            ("## With **bold**", Unknown, "sub-heading"),
            ("- ## In a list", Unknown, "heading"),
            ("* star", Unknown, "use \"- \""),
            ("+ plus", Unknown, "use \"- \""),
            ("Text\n\t+ plus", Unknown, "use \"- \""),
            ("1) one", Unknown, "numbered list items"),
            // Brackets, braces and escapes kept as text.
            ("a [bracket] word", Unknown, "is not markup"),
            ("a ] word", Unknown, "stray ']'"),
            ("text {{figure:ihc-scale}} inline", Unknown, "'{{' '}}'"),
            ("{{picture:x}}", Unknown, "not a figure line"),
            ("[[Bad Id]]", Unknown, "not a term id"),
            ("[[her2| HER2]]", Unknown, "must not be empty"),
            ("[[her2|**HER2**]]", Unknown, "plain text"),
            ("[[her2|a|b]]", Unknown, "remove '|'"),
            ("a \\* b", Unknown, "backslash"),
            ("a \\_b\\_", Unknown, "backslash"),
            ("line\\\nbreak", Unknown, "backslash"),
            // Unclosed markup.
            ("Some **bold text.", Unclosed, "'**' is not closed"),
            ("A [[her2 term.", Unclosed, "'[[' is not closed"),
            ("A [link text", Unclosed, "'[' is not closed"),
            ("A [link](#a", Unclosed, "no closing ')'"),
            // Lists.
            ("1. one\n3. three", List, "numbered 2"),
            ("2. two", List, "numbered 1"),
            ("- one\nnot indented", List, "text directly after a list"),
            ("- one\n  - nested", List, "nested lists"),
            ("1. one\n  - nested", List, "nested lists"),
            ("- one\n - sibling", List, "nested lists"),
            ("- ", List, "empty list item"),
            ("-\tone", List, "with a space"),
            ("Intro:\n2. two", List, "read as part of the text above"),
            // Tables.
            (
                "| a | b |\n|---|---|\n| 1 |",
                Table,
                "cells but the header has",
            ),
            (
                "| a | b |\n|---|---|\n| 1 | 2 | 3 |",
                Table,
                "cells but the header has",
            ),
            ("| a | b |\n| 1 | 2 |", Table, "separator row"),
            ("Text\n| a | b |\n| 1 | 2 |", Table, "separator row"),
            ("| a | b |\n|---|---|", Table, "at least one more row"),
            (
                "| a | b |\n|---|---|\n| 1 | 2",
                Table,
                "start and end with '|'",
            ),
            (
                "| a | b |\n|---|---|\n| 1 | 2 |\ntext",
                Table,
                "text directly after a table",
            ),
            ("a | b\n--|--\n| 1 | 2 |", Table, "start and end with '|'"),
            ("| | b |\n|---|---|\n| 1 | 2 |", Table, "empty header cell"),
            (
                "| a | b |\n|---|---|\n|---|---|",
                Table,
                "only the second row",
            ),
        ];
        for (body, kind, message) in cases {
            let (_, errors) = parse(body);
            assert!(
                errors
                    .iter()
                    .any(|e| e.kind == *kind && e.message.contains(message)),
                "{body:?}: expected {kind:?} with {message:?}, got {errors:?}"
            );
        }
    }

    #[test]
    fn read_as_the_line_based_format_means() {
        // A blank line ends a list (CommonMark alone would make one loose list).
        assert_eq!(
            ok("- a\n\n- b"),
            vec![
                ParsedBlock::List {
                    ordered: false,
                    items: vec![vec![text("a")]]
                },
                ParsedBlock::List {
                    ordered: false,
                    items: vec![vec![text("b")]]
                },
            ]
        );
        // Any indentation continues an item; four spaces are not code.
        assert_eq!(
            ok("- one\n        continued"),
            vec![ParsedBlock::List {
                ordered: false,
                items: vec![vec![text("one continued")]]
            }]
        );
        assert_eq!(
            ok("## Sub\n    text"),
            vec![
                ParsedBlock::Heading("Sub".into()),
                ParsedBlock::Paragraph(vec![text("text")])
            ]
        );
        assert_eq!(ok("Intro:\n  - a").len(), 2);
        // Any white space is trimmed (CommonMark keeps a no-break space).
        assert_eq!(
            ok("- \u{a0}item\n\u{a0}more"),
            vec![ParsedBlock::List {
                ordered: false,
                items: vec![vec![text("item more")]]
            }]
        );
        // Two trailing spaces are no line break; bold may span lines.
        assert_eq!(
            ok("line one  \nline **two\n  three**"),
            vec![ParsedBlock::Paragraph(vec![
                text("line one line "),
                ParsedInline::Strong("two three".into())
            ])]
        );
        // Characters that only look like markup stay text.
        assert_eq!(
            ok("snake_case, 5 > 3, Q&A, C:\\path, ~~x~~, $5"),
            vec![ParsedBlock::Paragraph(vec![text(
                "snake_case, 5 > 3, Q&A, C:\\path, ~~x~~, $5"
            )])]
        );
        // A term with shown words in a table cell, next to another cell.
        let blocks = ok("| a | b |\n|---|---|\n| [[her2|HER2]] | [[gene]] |");
        assert_eq!(
            blocks,
            vec![ParsedBlock::Table {
                head: vec![vec![text("a")], vec![text("b")]],
                rows: vec![vec![
                    vec![ParsedInline::Term {
                        id: "her2".into(),
                        text: Some("HER2".into())
                    }],
                    vec![ParsedInline::Term {
                        id: "gene".into(),
                        text: None
                    }],
                ]]
            }]
        );
    }

    #[test]
    fn error_lines_in_tables_and_lists() {
        let (_, errors) = parse("Intro\n\n| a | b |\n|---|---|\n| 1 |\n\n- a\n- b\n\n1. x\n3. y");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![5, 11], "{errors:?}");
    }

    #[test]
    fn no_panic_on_odd_input() {
        for body in [
            "", "\n\n", "|", "||", "|\\|", "[[", "]]", "[[|]]", "**", "*", "- ", "1.", "#", "## ",
            "{{", "\u{a0}", "\t", "<", "&", "[", "[](", "[[a|\\", "| [[a|b",
        ] {
            let _ = parse(body);
        }
    }
}
