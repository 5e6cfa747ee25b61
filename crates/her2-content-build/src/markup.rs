//! Reader for the small markup used in section bodies and FAQ answers.
//!
//! The checker ([`crate::check`]) parses every body with it at build time; the app shows the
//! static form ([`her2_content::Block`](../../her2_content/enum.Block.html)).
//!
//! The markup (see `docs/content.md`) is a strict subset of CommonMark, read by
//! [pulldown-cmark](https://docs.rs/pulldown-cmark/0.13) with two options, `ENABLE_TABLES` and
//! `ENABLE_WIKILINKS`: paragraphs, `- item` and `1. step` lists, `## Sub-heading`s, pipe
//! tables, and inside them `[[term-id]]`, `[[term-id|shown words]]`, `**bold**` and
//! `[text](#anchor)`, all of plain words; `{{figure:ID}}` lines are read here. Anything else is
//! an error, so that the build never publishes text that renders differently from what the
//! writer meant: every pulldown-cmark event outside that set is refused in one place
//! (`Reader::refused`), characters that it keeps as text but that look like markup in
//! another (`judge_char`). The few rules the events cannot show are checked on the raw text
//! where they are needed, each saying why: blank and figure lines, indentation, backslash
//! escapes, `|` of terms in tables, entities, web addresses, lines that CommonMark joins to
//! the text above, and table rows.
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

use MarkupErrorKind::{ExternalLink, List, RawHtml, Table as TableKind, Unclosed, Unknown};

const NESTED: &str =
    "nested lists are not supported: start list items at the beginning of the line";
const STRAY_STAR: &str = "stray '*': only **bold** (two stars on each side) is allowed";
const BACK_TICKS: &str = "back-ticks (`) are not allowed";
const UNDERLINED: &str =
    "underlined headings (=== or --- under a line) are not supported; use \"## \"";
const BULLETS: &str = "use \"- \" (a hyphen and a space) for bullet list items";
const NUMBERS: &str = "write numbered list items as \"1. \" (a number, a full stop and a space)";
const PICTURES: &str = "pictures are not supported: use {{figure:ID}} alone on its line";
const QUOTES: &str = "quotes (lines starting with '>') are not supported";
const CODE_BLOCKS: &str = "code blocks are not supported";
const RULES: &str = "horizontal lines (---) are not supported";
const STRAY_BRACKET: &str = "stray ']' (use [[term-id]] or [text](#anchor))";
const BRACES: &str = "'{{' '}}' is only allowed as {{figure:ID}} alone on its own line";

/// Parses a body (section body or FAQ answer) into blocks.
///
/// Returns every block it could read and every problem found (it does not stop at the
/// first problem), in line order. The result is only meaningful when the error list is empty.
pub fn parse(body: &str) -> (Vec<ParsedBlock>, Vec<MarkupError>) {
    let mut blocks = Vec::new();
    let mut errors = Vec::new();
    // A blank line ends every block (CommonMark would continue a list after one), and so does
    // a figure line (not CommonMark at all): pulldown-cmark reads the lines in between.
    let mut piece = (0, String::new());
    for (index, raw) in body.lines().enumerate() {
        let (n, line) = (index + 1, raw.trim());
        let problem = if line.is_empty() || line.starts_with("{{") {
            read(&std::mem::take(&mut piece), &mut blocks, &mut errors);
            let figure = line
                .strip_prefix("{{figure:")
                .and_then(|r| r.strip_suffix("}}"));
            match figure.map(str::trim) {
                _ if line.is_empty() => None,
                Some(id) if is_slug(id) => {
                    blocks.push(ParsedBlock::Figure(id.to_string()));
                    None
                }
                _ => Some(format!(
                    "\"{}\" is not a figure line: write {{{{figure:ID}}}} alone on its line, with \
                     ID from `figures` in content/languages.toml",
                    shorten(line)
                )),
            }
        } else {
            let (first_line, text) = &mut piece;
            if text.is_empty() {
                *first_line = n;
            } else {
                // Indented or not is all that counts (CommonMark would read four spaces as
                // code, and count any Unicode space but a space or tab as text).
                text.push('\n');
                if raw.starts_with(char::is_whitespace) {
                    text.push(' ');
                }
            }
            // GitHub tables split cells at every `|` not escaped, even in `[[id|text]]`.
            let mut in_term = false;
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '[' if chars.peek() == Some(&'[') => in_term = true,
                    ']' if chars.peek() == Some(&']') => in_term = false,
                    '|' if in_term && line.starts_with('|') => text.push('\\'),
                    _ => {}
                }
                text.push(c);
            }
            // CommonMark drops the `\` of `\*`, `\_` ... (and reads `\` at the end as a line
            // break) without an event: the writer would not see what they typed.
            let bytes = line.as_bytes();
            let escape = (0..bytes.len()).find(|&i| {
                bytes[i] == b'\\' && bytes.get(i + 1).is_none_or(u8::is_ascii_punctuation)
            });
            escape.map(|at| {
                format!(
                    "backslash escapes are not supported: write the character itself, without \
                     '\\' (\"{}\")",
                    shorten(&line[at..])
                )
            })
        };
        if let Some(message) = problem {
            let kind = Unknown;
            errors.push(MarkupError {
                line: n,
                kind,
                message,
            });
        }
    }
    read(&piece, &mut blocks, &mut errors);
    errors.sort_by_key(|e| e.line);
    (blocks, errors)
}

/// Checks a plain-text field (title, summary, question, term, definition ...) that is shown as
/// is: markup there would appear literally, so it is reported.
pub fn check_plain(text: &str) -> Vec<(MarkupErrorKind, String)> {
    let html = text.contains('<') || entity_at(text).is_some();
    let html = html.then(|| {
        let message = "raw HTML or '<' is not allowed (write \"less than\" instead of '<')";
        (RawHtml, message.to_string())
    });
    let tokens = ["[[", "]]", "**", "{{", "}}", "](", "`"].into_iter();
    let tokens = tokens.filter(|token| text.contains(token)).map(|token| {
        let message = format!("markup '{token}' is not allowed in this plain-text field");
        (Unknown, message)
    });
    html.into_iter().chain(tokens).collect()
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

/// Runs pulldown-cmark on the lines between blank lines (`first_line` is the body line of
/// the first; the others start with one space if indented) and turns its events into blocks
/// and errors.
fn read(
    (first_line, src): &(usize, String),
    blocks: &mut Vec<ParsedBlock>,
    errors: &mut Vec<MarkupError>,
) {
    let events = Parser::new_ext(src, OPTIONS).into_offset_iter();
    let mut reader = Reader {
        src,
        first_line: *first_line,
        blocks,
        errors,
        skip: 0,
        list: None,
        list_end: None,
        table: None,
        run: None,
        span: None,
    };
    for (_, def) in events.reference_definitions().iter() {
        let kind = if is_external(&def.dest) {
            ExternalLink
        } else {
            Unknown
        };
        let written = shorten(slice(src, def.span.clone()).trim());
        reader.error(
            def.span.start,
            kind,
            format!(
                "link definitions such as \"{written}\" are not supported: use [text](#anchor); \
                 web addresses belong in sources.toml"
            ),
        );
    }
    for (event, range) in events {
        reader.event(event, range);
    }
}

/// A table row: its cells.
type Row = Vec<Vec<ParsedInline>>;

/// Turns the events of one piece of body text into blocks and errors.
struct Reader<'a> {
    src: &'a str,
    /// The body line of the piece's first line.
    first_line: usize,
    blocks: &'a mut Vec<ParsedBlock>,
    errors: &'a mut Vec<MarkupError>,
    /// Inside a refused element: the number of its open tags.
    skip: usize,
    /// An open list: numbered or not, and its items.
    list: Option<(bool, Vec<Vec<ParsedInline>>)>,
    /// Where the last list ended, if nothing else started since.
    list_end: Option<usize>,
    /// An open table: its rows (the header first) and the row being read.
    table: Option<(Vec<Row>, Row)>,
    /// The paragraph, list item, table cell or sub-heading being read.
    run: Option<Run>,
    /// The bold text, term or link being read.
    span: Option<Span>,
}

/// The inline content being collected for a paragraph, list item, table cell or sub-heading.
#[derive(Debug, Default)]
struct Run {
    /// Where it is in the piece.
    range: Range<usize>,
    /// A paragraph (not a list item or table cell).
    paragraph: bool,
    inlines: Vec<ParsedInline>,
    /// Characters before this offset were already judged (the second `*` of `**` ...).
    judged: usize,
    /// An unindented line under a list item, or a table row in a paragraph, was reported.
    reported: bool,
}

/// A `**bold**`, `[[term]]` or `[link](#anchor)` whose words are being
/// collected; any tag inside (`nested` of them still open) makes it not plain.
#[derive(Debug)]
struct Span {
    kind: SpanKind,
    range: Range<usize>,
    text: String,
    nested: usize,
    plain: bool,
}

#[derive(Debug)]
enum SpanKind {
    Strong,
    Term { id: String, piped: bool },
    Link { href: String, titled: bool },
}

impl Reader<'_> {
    /// Records a problem at an offset of the piece.
    fn error(&mut self, offset: usize, kind: MarkupErrorKind, message: impl Into<String>) {
        let before = &self.src.as_bytes()[..offset.min(self.src.len())];
        self.errors.push(MarkupError {
            line: self.first_line + before.iter().filter(|b| **b == b'\n').count(),
            kind,
            message: message.into(),
        });
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
        if let Some(span) = &mut self.span {
            match event {
                Event::Text(text) => span.text.push_str(&text),
                Event::SoftBreak | Event::HardBreak => span.text.push(' '),
                Event::Start(_) => (span.nested, span.plain) = (span.nested + 1, false),
                Event::End(_) if span.nested > 0 => span.nested -= 1,
                Event::End(_) => self.close_span(),
                _ => {
                    span.plain = false;
                    self.refused(&event, &range);
                }
            }
            return;
        }
        if matches!(&event, Event::Start(tag) if !matches!(tag, Tag::List(_) | Tag::Item)) {
            self.list_end = None;
        }
        if self.refused(&event, &range) {
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(text) => self.text(&text, range),
            _ => {
                if let Some(run) = &mut self.run {
                    push_text(&mut run.inlines, " ");
                    self.line_start(range.end);
                }
            }
        }
    }

    /// The one place where what CommonMark reads but the format does not is reported: any
    /// event but text, line breaks, paragraphs, `## ` headings, `-` and `1.` lists, tables,
    /// `**bold**`, terms and inline links. A refused block is skipped; the words of refused
    /// bold, emphasis or link markup count as the text around it.
    fn refused(&mut self, event: &Event<'_>, range: &Range<usize>) -> bool {
        use Event::{Code, End, HardBreak, Html, InlineHtml, Rule, SoftBreak, Start, Text};
        let raw = slice(self.src, range.clone());
        let line = raw.trim();
        let dotted = line
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with('.');
        let mut at = range.start;
        let (kind, message) = match event {
            Start(Tag::Heading { .. }) if self.list.is_some() => {
                (Unknown, "a list item cannot hold a heading".into())
            }
            Start(Tag::Heading { .. }) if !line.starts_with('#') => {
                at += raw.trim_end().rfind('\n').map_or(0, |i| i + 1);
                (Unknown, UNDERLINED.into())
            }
            Start(Tag::Heading { level, .. })
                if *level != HeadingLevel::H2 || !line.starts_with("## ") =>
            {
                (Unknown, unknown_heading(line))
            }
            Start(Tag::List(_)) if self.list.is_some() => (List, NESTED.into()),
            Start(Tag::List(_)) if line.starts_with(['*', '+']) => (Unknown, BULLETS.into()),
            Start(Tag::List(Some(_))) if !dotted => (Unknown, NUMBERS.into()),
            Start(tag @ (Tag::Strong | Tag::Emphasis)) if raw.starts_with('_') => {
                let what = match tag {
                    Tag::Strong => "bold with '__'",
                    _ => "emphasis with '_'",
                };
                let message = format!(
                    "\"{}\": {what} is not supported: write **bold**",
                    shorten(raw)
                );
                (Unknown, message)
            }
            Start(Tag::Emphasis) => (Unknown, STRAY_STAR.into()),
            Start(Tag::Link { link_type, .. }) => match link_type {
                LinkType::Inline | LinkType::WikiLink { .. } => return false,
                LinkType::Autolink | LinkType::Email => (RawHtml, raw_html_message(raw)),
                _ => (Unknown, not_markup(raw)),
            },
            Start(Tag::Image { .. }) => (Unknown, PICTURES.into()),
            Start(Tag::BlockQuote(_)) => (Unknown, QUOTES.into()),
            Start(Tag::CodeBlock(_)) => (Unknown, CODE_BLOCKS.into()),
            Start(Tag::HtmlBlock) | Html(_) | InlineHtml(_) => (RawHtml, raw_html_message(raw)),
            Code(_) => (Unknown, BACK_TICKS.into()),
            Rule => (Unknown, RULES.into()),
            Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::List(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell
                | Tag::Strong,
            )
            | End(_)
            | Text(_)
            | SoftBreak
            | HardBreak => return false,
            _ => (
                Unknown,
                format!("\"{}\" is not part of the format", shorten(raw)),
            ),
        };
        self.error(at, kind, message);
        let inline = |tag: &Tag| matches!(tag, Tag::Strong | Tag::Emphasis | Tag::Link { .. });
        if matches!(event, Start(tag) if !inline(tag)) {
            self.skip = 1;
        }
        true
    }

    /// An accepted start tag.
    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        let kind = match tag {
            Tag::Paragraph if self.run.is_none() => {
                self.run = Some(Run::new(range.clone(), true));
                return self.line_start(range.start);
            }
            Tag::List(first) => return self.list = Some((first.is_some(), Vec::new())),
            Tag::Item => return self.item(range),
            Tag::Table(_) => return self.table(range),
            Tag::Heading { .. } | Tag::TableCell => return self.run = Some(Run::new(range, false)),
            Tag::Strong => SpanKind::Strong,
            Tag::Link {
                link_type: LinkType::WikiLink { has_pothole },
                dest_url,
                ..
            } => SpanKind::Term {
                // In a table row the `|` was escaped; pulldown-cmark keeps that `\` in the id.
                id: match dest_url.strip_suffix('\\') {
                    Some(id) if has_pothole => id.to_string(),
                    _ => dest_url.to_string(),
                },
                piped: has_pothole,
            },
            Tag::Link {
                dest_url, title, ..
            } => SpanKind::Link {
                href: dest_url.to_string(),
                titled: !title.is_empty(),
            },
            _ => return,
        };
        let (text, nested, plain) = (String::new(), 0, true);
        self.span = Some(Span {
            kind,
            range,
            text,
            nested,
            plain,
        });
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Paragraph if self.run.as_ref().is_some_and(|r| r.paragraph) => {
                let inlines = self.finish_run();
                self.blocks.push(ParsedBlock::Paragraph(inlines));
            }
            TagEnd::Heading(_) => {
                let Some(run) = &self.run else { return };
                let (at, line) = (run.range.start, slice(self.src, run.range.clone()).trim());
                let written = line.get(2..).unwrap_or("").trim();
                // Exactly the words after `## `, plain: no other markup, no escape or entity.
                let plain = match run.inlines.as_slice() {
                    [ParsedInline::Text(t)] => t == written && !t.contains(['|', '{', '}']),
                    _ => false,
                };
                let heading = ParsedBlock::Heading(written.to_string());
                let line = shorten(line);
                self.finish_run();
                if plain {
                    self.blocks.push(heading);
                } else {
                    let message = format!(
                        "sub-headings are plain text: write \"## \" and the words only (\"{line}\")"
                    );
                    self.error(at, Unknown, message);
                }
            }
            TagEnd::List(_) => {
                if let Some((ordered, items)) = self.list.take() {
                    self.blocks.push(ParsedBlock::List { ordered, items });
                    self.list_end = Some(range.end);
                }
            }
            TagEnd::Item | TagEnd::TableCell => {
                let inlines = self.finish_run();
                match (&mut self.list, &mut self.table) {
                    (Some((_, items)), _) if tag == TagEnd::Item => items.push(inlines),
                    (_, Some((_, row))) if tag == TagEnd::TableCell => row.push(inlines),
                    _ => {}
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                let Some((rows, row)) = &mut self.table else {
                    return;
                };
                let row = std::mem::take(row);
                let problem = if tag == TagEnd::TableHead {
                    let empty = row.iter().any(Vec::is_empty);
                    empty.then_some("empty header cell in table")
                } else {
                    let separator = row.iter().all(|cell| match cell.as_slice() {
                        [ParsedInline::Text(t)] => is_separator_cell(t),
                        _ => false,
                    });
                    separator.then_some("only the second row of a table may be a |---| row")
                };
                rows.push(row);
                if let Some(message) = problem {
                    self.error(range.start, TableKind, message);
                }
            }
            TagEnd::Table => {
                if let Some((rows, _)) = self.table.take() {
                    let mut rows = rows.into_iter();
                    let head = rows.next().unwrap_or_default();
                    let rows = rows.collect();
                    self.blocks.push(ParsedBlock::Table { head, rows });
                }
            }
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
            self.error(range.start, List, NESTED);
        }
        let digits = marker.bytes().take_while(u8::is_ascii_digit).count();
        if ordered && marker[..digits].parse::<usize>().ok() != Some(expected) {
            let message = format!(
                "numbered list: this item should be numbered {expected}. (found {}.)",
                &marker[..digits]
            );
            self.error(range.start, List, message);
        }
        let first_line = marker.split('\n').next().unwrap_or("");
        let content = first_line.get(digits.max(1)..).unwrap_or("");
        let content = content.strip_prefix('.').unwrap_or(content);
        if content.trim().is_empty() {
            self.error(range.start, List, "empty list item");
        } else if !content.starts_with(' ') {
            let message = "write list items as \"- text\" or \"1. text\", with a space (not a tab)";
            self.error(range.start, List, message);
        }
        self.run = Some(Run::new(range, false));
    }

    /// Checks the rows of a table on the raw lines: pulldown-cmark accepts rows without outer
    /// `|`, fills in missing cells and drops extra ones.
    fn table(&mut self, range: Range<usize>) {
        let raw = slice(self.src, range.clone());
        let errors = self.errors.len();
        let (mut offset, mut columns, mut rows) = (range.start, None, 0);
        for line in raw.split('\n') {
            let (at, t) = (offset, line.trim());
            offset += line.len() + 1;
            if t.is_empty() {
                continue;
            }
            rows += 1;
            let cells = (t.matches('|').count() - t.matches("\\|").count()).saturating_sub(1);
            let message = if t.len() >= 2 && t.starts_with('|') && t.ends_with('|') {
                match columns {
                    Some(columns) if cells != columns => {
                        format!("this table row has {cells} cells but the header has {columns}")
                    }
                    _ => {
                        columns = columns.or(Some(cells));
                        continue;
                    }
                }
            } else if t.starts_with('|') {
                "table row must start and end with '|'".into()
            } else {
                "text directly after a table: every table row must start and end with '|'; \
                 leave a blank line before a new paragraph"
                    .into()
            };
            self.error(at, TableKind, message);
        }
        if self.errors.len() == errors && rows < 3 {
            let message = "a table needs a header row, a |---|---| row and at least one more row";
            self.error(range.start, TableKind, message);
        }
        if self.errors.len() == errors {
            self.table = Some(Default::default());
        } else {
            self.skip = 1;
        }
    }

    /// Text outside bold text, terms and links: its characters are judged, and web addresses
    /// reported (CommonMark without GitHub's autolinks keeps them as text).
    fn text(&mut self, text: &str, range: Range<usize>) {
        let Some(run) = &self.run else { return };
        let (end, mut judged) = (run.range.end, run.judged);
        // Entities and escapes are not their own source text; they are reported elsewhere.
        if slice(self.src, range.clone()) == text {
            for (i, c) in text.char_indices() {
                let at = range.start + i;
                if at < judged {
                    continue;
                }
                if let Some((kind, message, len)) = judge_char(self.src, at, end, c) {
                    judged = at + len;
                    self.error(at, kind, message);
                }
            }
            if let Some((pos, message)) = web_address(text) {
                self.error(range.start + pos, ExternalLink, message);
            }
        }
        if let Some(run) = &mut self.run {
            run.judged = judged;
            push_text(&mut run.inlines, text);
        }
    }

    /// Checks a line that pulldown-cmark joins to the text above (or starts a paragraph with)
    /// for what the writer most likely meant as something else: CommonMark reads it as text.
    fn line_start(&mut self, at: usize) {
        let line = self
            .src
            .get(at..)
            .and_then(|r| r.lines().next())
            .unwrap_or("");
        let text = line.trim_start();
        let in_item = self.list.is_some();
        let Some(run) = &mut self.run else { return };
        let (kind, message) = if in_item && text.len() == line.len() {
            if std::mem::replace(&mut run.reported, true) {
                return;
            }
            let message = "text directly after a list: leave a blank line before a new \
                           paragraph, or indent the line to continue the list item";
            (List, message.to_string())
        } else if text.starts_with('#') {
            (Unknown, unknown_heading(text))
        } else if looks_like_list_item(text) && in_item {
            (List, NESTED.to_string())
        } else if looks_like_list_item(text) {
            let message = format!(
                "\"{}\" is read as part of the text above: start a list at the beginning \
                 of a line, a numbered list with \"1. \"",
                shorten(text)
            );
            (List, message)
        } else if text.starts_with('|') && run.paragraph && !run.reported {
            run.reported = true;
            let message = "the second row of a table must be the separator row, like |---|---|";
            (TableKind, message.to_string())
        } else if let Some(message) = unsupported_line(text) {
            (Unknown, message.to_string())
        } else {
            return;
        };
        self.error(at + line.len() - text.len(), kind, message);
    }

    /// Ends a paragraph, list item, table cell or sub-heading and returns its inline content.
    fn finish_run(&mut self) -> Vec<ParsedInline> {
        let Some(Run { range, inlines, .. }) = self.run.take() else {
            return Vec::new();
        };
        let mut inlines = inlines;
        // CommonMark trims spaces and tabs only; the format trims any white space.
        if let Some(ParsedInline::Text(t)) = inlines.first_mut() {
            *t = t.trim_start().to_string();
        }
        if let Some(ParsedInline::Text(t)) = inlines.last_mut() {
            *t = t.trim_end().to_string();
        }
        inlines.retain(|i| !matches!(i, ParsedInline::Text(t) if t.is_empty()));
        // pulldown-cmark decodes an entity to the character it names: only the source shows it.
        if let Some(at) = entity_at(slice(self.src, range.clone())) {
            let message = "HTML entities such as &nbsp; are not allowed: type the character itself";
            self.error(range.start + at, RawHtml, message);
        }
        inlines
    }

    /// Ends the open bold text, term or link: checks its words and pushes it.
    fn close_span(&mut self) {
        let Some(span) = self.span.take() else { return };
        let raw = slice(self.src, span.range.clone());
        match check_span(span.kind, raw, span.text, span.plain) {
            Ok(inline) => {
                if let Some(run) = &mut self.run {
                    run.inlines.push(inline);
                }
            }
            Err((kind, message)) => self.error(span.range.start, kind, message),
        }
    }
}

impl Run {
    fn new(range: Range<usize>, paragraph: bool) -> Self {
        let run = Run::default();
        Run {
            range,
            paragraph,
            ..run
        }
    }
}

/// Adds text to the inline content, joined to the text before it.
fn push_text(inlines: &mut Vec<ParsedInline>, text: &str) {
    match inlines.last_mut() {
        Some(ParsedInline::Text(t)) => t.push_str(text),
        _ => inlines.push(ParsedInline::Text(text.to_string())),
    }
}

/// Checks bold text, a term or a link (`raw`: its source) whose words pulldown-cmark read
/// as `text`: plain words without white space at either end.
fn check_span(
    kind: SpanKind,
    raw: &str,
    text: String,
    plain: bool,
) -> Result<ParsedInline, (MarkupErrorKind, String)> {
    let (name, not_plain, forbidden) = match kind {
        SpanKind::Strong => ("bold text", "only plain words may be bold", "[]*<{}`"),
        SpanKind::Term { .. } => (
            "the words after '|'",
            "the shown words must be plain text",
            "[]*<|{}`",
        ),
        SpanKind::Link { .. } => ("link text", "link text must be plain", "[]*<{}`"),
    };
    let quoted = shorten(&raw.replace("\\|", "|"));
    let message = match (kind, text.chars().find(|c| forbidden.contains(*c))) {
        (SpanKind::Term { id, .. }, _) if !is_slug(&id) => format!(
            "\"{quoted}\": \"{}\" is not a term id (lowercase letters, digits and hyphens, as in \
             glossary.toml)",
            shorten(&id)
        ),
        _ if text.trim().is_empty() || text.trim() != text => {
            format!("{name} must not be empty or start or end with a space: \"{quoted}\"")
        }
        (_, Some(c)) => format!("{not_plain}: remove '{c}' from \"{quoted}\""),
        _ if !plain => format!("{not_plain}: \"{quoted}\""),
        (SpanKind::Term { id, piped }, _) => {
            let text = piped.then_some(text);
            return Ok(ParsedInline::Term { id, text });
        }
        (SpanKind::Link { href, titled }, _) => {
            let target = raw.split_once("](").map_or("", |(_, t)| t);
            if titled || target.strip_suffix(')').map(str::trim) != Some(href.as_str()) {
                format!(
                    "write a link as [text](#anchor), with nothing else between the brackets: \
                     \"{quoted}\""
                )
            } else if href.starts_with('#') {
                return Ok(ParsedInline::Link { href, text });
            } else if is_external(&href) {
                return Err((ExternalLink, external_link_message(&href)));
            } else {
                let href = shorten(&href);
                format!("link target \"{href}\" must start with '#', like (#test-types)")
            }
        }
        (SpanKind::Strong, _) => {
            return match web_address(&text) {
                Some((_, message)) => Err((ExternalLink, message)),
                None => Ok(ParsedInline::Strong(text)),
            }
        }
    };
    Err((Unknown, message))
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
    if !"<*`[]{}".contains(c) {
        return None;
    }
    let quoted = shorten(rest);
    let next = rest.chars().nth(1);
    Some(match c {
        '<' => (RawHtml, raw_html_message(rest), 1),
        // Two `**` that pulldown-cmark did not read as bold: spaces inside.
        '*' if next == Some('*') => match rest[2..].find("**") {
            Some(end) => (
                Unknown,
                format!(
                    "bold text must not start or end with a space: \"{}\"",
                    shorten(&rest[..end + 4])
                ),
                end + 4,
            ),
            None => (Unclosed, format!("'**' is not closed: \"{quoted}\""), 2),
        },
        '*' => (Unknown, STRAY_STAR.into(), 1),
        '`' => (Unknown, BACK_TICKS.into(), 1),
        '[' if next == Some('[') => (
            Unclosed,
            format!("'[[' is not closed with ']]': \"{quoted}\""),
            2,
        ),
        '[' => match rest.find(']').map(|i| (i, rest[i + 1..].strip_prefix('('))) {
            None => (
                Unclosed,
                format!("'[' is not closed: \"{quoted}\" (use [[term-id]] or [text](#anchor))"),
                1,
            ),
            Some((close, None)) => (Unknown, not_markup(&rest[..=close]), 1),
            // A `[text](target)` that pulldown-cmark did not read as a link.
            Some((_, Some(target))) => match target.find(')').map(|end| target[..end].trim()) {
                None => (Unclosed, format!("link \"{quoted}\" has no closing ')'"), 1),
                Some(href) if is_external(href) => (ExternalLink, external_link_message(href), 1),
                Some(_) => (Unknown, not_markup(rest), 1),
            },
        },
        ']' => (Unknown, STRAY_BRACKET.into(), 1),
        '{' | '}' if next == Some(c) => (Unknown, BRACES.into(), 2),
        _ => return None,
    })
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
        shorten(rest.split('\n').next().unwrap_or(""))
    )
}

fn external_link_message(href: &str) -> String {
    format!(
        "external link \"{}\": links in body text may only point to #anchors of this page; \
         put web addresses in sources.toml",
        shorten(href)
    )
}

fn is_external(href: &str) -> bool {
    href.contains("://")
        || ["www.", "mailto:", "tel:"]
            .iter()
            .any(|p| href.starts_with(p))
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
    let rule: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if text.starts_with("* ") || text.starts_with("+ ") {
        Some(BULLETS)
    } else if text.starts_with('>') {
        Some(QUOTES)
    } else if text.starts_with("```") || text.starts_with("~~~") {
        Some(CODE_BLOCKS)
    } else if rule.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| rule.replace(m, "").is_empty())
    {
        Some(RULES)
    } else if text.starts_with('=') && text.chars().all(|c| c == '=') {
        Some(UNDERLINED)
    } else {
        None
    }
}

/// Finds something like `&amp;` or `&#160;` in `text`.
fn entity_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| {
        let name = bytes[i + 1..]
            .iter()
            .take(10)
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
            .count();
        bytes[i] == b'&' && name > 0 && bytes.get(i + 1 + name) == Some(&b';')
    })
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
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}

/// Finds a web address in text: its byte position and where it belongs.
fn web_address(text: &str) -> Option<(usize, String)> {
    let lower = text.to_ascii_lowercase();
    ["http://", "https://", "www.", "mailto:"]
        .iter()
        .find_map(|marker| {
            let pos = lower.find(marker)?;
            if pos > 0 && lower.as_bytes()[pos - 1].is_ascii_alphanumeric() {
                return None;
            }
            let address: String = text[pos..]
                .chars()
                .take_while(|c| !c.is_whitespace())
                .collect();
            let message = format!(
                "web address \"{}\" in body text: web addresses belong in sources.toml (cite the \
             source instead)",
                shorten(&address)
            );
            Some((pos, message))
        })
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
