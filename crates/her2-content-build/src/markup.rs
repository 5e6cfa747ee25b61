//! Parser for the small markup used in section bodies and FAQ answers.
//!
//! The checker ([`crate::check`]) parses every body with it at build time; the app shows the
//! static form ([`her2_content::Block`](../../her2_content/enum.Block.html)).
//!
//! The markup (see `docs/content.md`) is line based:
//!
//! * paragraphs are separated by a blank line; the lines of a paragraph are joined with a space;
//! * `- item` lines form a bullet list, `1. step` lines a numbered list (numbered 1, 2, 3 ...);
//!   an indented line continues the list item above it;
//! * `## Sub-heading` (plain text);
//! * `{{figure:ID}}` alone on a line;
//! * a pipe table: a header row, a `|---|---|` row, then one or more rows.
//!
//! Inside paragraphs, list items and table cells: `[[term-id]]`, `[[term-id|shown words]]`,
//! `**bold**` and `[text](#anchor)`. Anything else that looks like markup (raw HTML, `<`,
//! external links or web addresses, single `*`, back-ticks, stray brackets, `{{ }}` inside text,
//! other heading levels, quotes, nested lists ...) is an error: the build must never publish
//! text that renders differently from what the writer intended.
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

/// Parses a body (section body or FAQ answer) into blocks.
///
/// Returns every block it could read and every problem found (it does not stop at the
/// first problem). The result is only meaningful when the error list is empty.
pub fn parse(body: &str) -> (Vec<ParsedBlock>, Vec<MarkupError>) {
    let mut parser = BlockParser::default();
    for (index, raw) in body.lines().enumerate() {
        parser.line(index + 1, raw);
    }
    parser.flush();
    (parser.blocks, parser.errors)
}

/// Checks a plain-text field (title, summary, question, term, definition ...) that is shown as
/// is: markup there would appear literally, so it is reported.
pub fn check_plain(text: &str) -> Vec<(MarkupErrorKind, String)> {
    let mut out = Vec::new();
    if text.contains('<') || entity_at(text).is_some() {
        out.push((
            MarkupErrorKind::RawHtml,
            "raw HTML or '<' is not allowed (write \"less than\" instead of '<')".to_string(),
        ));
    }
    for token in ["[[", "]]", "**", "{{", "}}", "](", "`"] {
        if text.contains(token) {
            out.push((
                MarkupErrorKind::Unknown,
                format!("markup '{token}' is not allowed in this plain-text field"),
            ));
        }
    }
    out
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

/// The block that is being collected.
#[derive(Debug, Default)]
enum Open {
    #[default]
    None,
    /// Paragraph lines, each with its line number.
    Paragraph(Vec<(usize, String)>),
    /// List items: line number, the number written (ordered lists) and text.
    List {
        ordered: bool,
        items: Vec<(usize, String)>,
    },
    /// Table rows with line numbers.
    Table(Vec<(usize, String)>),
}

#[derive(Debug, Default)]
struct BlockParser {
    open: Open,
    blocks: Vec<ParsedBlock>,
    errors: Vec<MarkupError>,
}

impl BlockParser {
    fn error(&mut self, line: usize, kind: MarkupErrorKind, message: impl Into<String>) {
        self.errors.push(MarkupError {
            line,
            kind,
            message: message.into(),
        });
    }

    fn line(&mut self, n: usize, raw: &str) {
        let line = raw.trim_end();
        let text = line.trim_start();
        let indented = text.len() < line.len();
        if text.is_empty() {
            self.flush();
            return;
        }
        if let Some(rest) = text.strip_prefix("## ") {
            self.flush();
            self.heading(n, rest.trim());
            return;
        }
        if text.starts_with('#') {
            self.flush();
            self.error(
                n,
                MarkupErrorKind::Unknown,
                format!(
                    "unknown heading \"{}\": only \"## \" sub-headings are allowed (two # and a space)",
                    shorten(text)
                ),
            );
            return;
        }
        if text.starts_with("{{") {
            self.flush();
            self.figure(n, text);
            return;
        }
        if let Some(item) = list_item(text) {
            if indented && matches!(self.open, Open::List { .. }) {
                self.error(
                    n,
                    MarkupErrorKind::List,
                    "nested lists are not supported: start list items at the beginning of the line",
                );
            }
            self.list_item(n, item);
            return;
        }
        if text.starts_with('|') {
            if !matches!(self.open, Open::Table(_)) {
                self.flush();
                self.open = Open::Table(Vec::new());
            }
            if let Open::Table(rows) = &mut self.open {
                rows.push((n, text.to_string()));
            }
            return;
        }
        if let Some(message) = unsupported_line(text) {
            self.flush();
            self.error(n, MarkupErrorKind::Unknown, message);
            return;
        }
        // A text line.
        match &mut self.open {
            Open::Paragraph(lines) => lines.push((n, text.to_string())),
            Open::List { items, .. } if indented => {
                if let Some((_, item)) = items.last_mut() {
                    item.push(' ');
                    item.push_str(text);
                }
            }
            Open::List { .. } => {
                self.error(
                    n,
                    MarkupErrorKind::List,
                    "text directly after a list: leave a blank line before a new paragraph, \
                     or indent the line to continue the list item",
                );
                self.flush();
                self.open = Open::Paragraph(vec![(n, text.to_string())]);
            }
            Open::Table(_) => {
                self.error(
                    n,
                    MarkupErrorKind::Table,
                    "text directly after a table: every table row must start and end with '|'; \
                     leave a blank line before a new paragraph",
                );
                self.flush();
                self.open = Open::Paragraph(vec![(n, text.to_string())]);
            }
            Open::None => self.open = Open::Paragraph(vec![(n, text.to_string())]),
        }
    }

    fn heading(&mut self, n: usize, text: &str) {
        if text.is_empty() {
            self.error(
                n,
                MarkupErrorKind::Unknown,
                "empty sub-heading after \"## \"",
            );
            return;
        }
        let mut ok = true;
        for (kind, message) in check_plain(text) {
            ok = false;
            self.error(n, kind, format!("sub-heading: {message}"));
        }
        if !ok {
            return;
        }
        if let Some(bad) = ['[', ']', '*', '|', '{', '}']
            .into_iter()
            .find(|c| text.contains(*c))
        {
            ok = false;
            self.error(
                n,
                MarkupErrorKind::Unknown,
                format!("sub-headings are plain text: remove '{bad}'"),
            );
        }
        if let Some(message) = web_address(text) {
            ok = false;
            self.error(n, MarkupErrorKind::ExternalLink, message);
        }
        if ok {
            self.blocks.push(ParsedBlock::Heading(text.to_string()));
        }
    }

    fn figure(&mut self, n: usize, text: &str) {
        let id = text
            .strip_prefix("{{figure:")
            .and_then(|rest| rest.strip_suffix("}}"))
            .map(str::trim);
        match id {
            Some(id) if is_slug(id) => self.blocks.push(ParsedBlock::Figure(id.to_string())),
            _ => self.error(
                n,
                MarkupErrorKind::Unknown,
                format!(
                    "\"{}\" is not a figure line: write {{{{figure:ID}}}} alone on its line, \
                     with ID from `figures` in content/languages.toml",
                    shorten(text)
                ),
            ),
        }
    }

    fn list_item(&mut self, n: usize, item: ListItem<'_>) {
        let ordered = item.number.is_some();
        let same_list = matches!(&self.open, Open::List { ordered: o, .. } if *o == ordered);
        if !same_list {
            self.flush();
            self.open = Open::List {
                ordered,
                items: Vec::new(),
            };
        }
        let expected = match &self.open {
            Open::List { items, .. } => items.len() + 1,
            _ => 1,
        };
        if let Some(number) = item.number {
            if number != expected {
                self.error(
                    n,
                    MarkupErrorKind::List,
                    format!(
                        "numbered list: this item should be numbered {expected}. (found {number}.)"
                    ),
                );
            }
        }
        if item.text.is_empty() {
            self.error(n, MarkupErrorKind::List, "empty list item");
        }
        if let Open::List { items, .. } = &mut self.open {
            items.push((n, item.text.to_string()));
        }
    }

    /// Ends the open block and turns it into a parsed block.
    fn flush(&mut self) {
        match std::mem::take(&mut self.open) {
            Open::None => {}
            Open::Paragraph(lines) => {
                let inlines = self.inline_lines(&lines);
                self.blocks.push(ParsedBlock::Paragraph(inlines));
            }
            Open::List { ordered, items } => {
                let items = items
                    .iter()
                    .map(|(n, text)| self.inline_lines(&[(*n, text.clone())]))
                    .collect();
                self.blocks.push(ParsedBlock::List { ordered, items });
            }
            Open::Table(rows) => self.table(&rows),
        }
    }

    /// Parses the inline content of lines that are joined with spaces.
    fn inline_lines(&mut self, lines: &[(usize, String)]) -> Vec<ParsedInline> {
        let mut joined = String::new();
        let mut starts = Vec::with_capacity(lines.len());
        for (n, text) in lines {
            if !joined.is_empty() {
                joined.push(' ');
            }
            starts.push((joined.len(), *n));
            joined.push_str(text);
        }
        let (inlines, errors) = parse_inline(&joined);
        for (offset, kind, message) in errors {
            let line = starts
                .iter()
                .take_while(|(start, _)| *start <= offset)
                .last()
                .map_or(0, |(_, n)| *n);
            self.error(line, kind, message);
        }
        inlines
    }

    fn table(&mut self, rows: &[(usize, String)]) {
        let first_line = rows.first().map_or(0, |(n, _)| *n);
        let mut cells: Vec<(usize, Vec<String>)> = Vec::new();
        let mut ok = true;
        for (n, row) in rows {
            match split_row(row) {
                Some(row_cells) => cells.push((*n, row_cells)),
                None => {
                    ok = false;
                    self.error(
                        *n,
                        MarkupErrorKind::Table,
                        "table row must start and end with '|'",
                    );
                }
            }
        }
        if !ok {
            return;
        }
        if cells.len() < 3 {
            self.error(
                first_line,
                MarkupErrorKind::Table,
                "a table needs a header row, a |---|---| row and at least one more row",
            );
            return;
        }
        let columns = cells[0].1.len();
        if !cells[1].1.iter().all(|c| is_separator_cell(c)) {
            self.error(
                cells[1].0,
                MarkupErrorKind::Table,
                "the second row of a table must be the separator row, like |---|---|",
            );
            return;
        }
        for (n, row) in &cells[1..] {
            if row.len() != columns {
                ok = false;
                self.error(
                    *n,
                    MarkupErrorKind::Table,
                    format!(
                        "this table row has {} cells but the header has {columns}",
                        row.len()
                    ),
                );
            }
        }
        for (n, row) in &cells[2..] {
            if row.iter().all(|c| is_separator_cell(c)) {
                ok = false;
                self.error(
                    *n,
                    MarkupErrorKind::Table,
                    "only the second row of a table may be a |---| row",
                );
            }
        }
        if cells[0].1.iter().any(|c| c.trim().is_empty()) {
            ok = false;
            self.error(
                cells[0].0,
                MarkupErrorKind::Table,
                "empty header cell in table",
            );
        }
        if !ok {
            return;
        }
        let mut head = Vec::with_capacity(columns);
        let (n0, header) = &cells[0];
        for cell in header {
            head.push(self.inline_lines(&[(*n0, cell.trim().to_string())]));
        }
        let mut body = Vec::with_capacity(cells.len() - 2);
        for (n, row) in &cells[2..] {
            let mut out = Vec::with_capacity(columns);
            for cell in row {
                out.push(self.inline_lines(&[(*n, cell.trim().to_string())]));
            }
            body.push(out);
        }
        self.blocks.push(ParsedBlock::Table { head, rows: body });
    }
}

/// A list item line: `- text` or `N. text`.
struct ListItem<'a> {
    number: Option<usize>,
    text: &'a str,
}

fn list_item(text: &str) -> Option<ListItem<'_>> {
    if text == "-" {
        return Some(ListItem {
            number: None,
            text: "",
        });
    }
    if let Some(rest) = text.strip_prefix("- ") {
        return Some(ListItem {
            number: None,
            text: rest.trim(),
        });
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = &text[digits..];
        if rest == "." || rest.starts_with(". ") {
            let number = text[..digits].parse().ok()?;
            return Some(ListItem {
                number: Some(number),
                text: rest[1..].trim(),
            });
        }
    }
    None
}

/// Explains lines that use markdown this format does not support.
fn unsupported_line(text: &str) -> Option<String> {
    if text.starts_with("* ") || text.starts_with("+ ") {
        return Some("use \"- \" (a hyphen and a space) for bullet list items".to_string());
    }
    if text.starts_with('>') {
        return Some("quotes (lines starting with '>') are not supported".to_string());
    }
    if text.starts_with("```") || text.starts_with("~~~") {
        return Some("code blocks are not supported".to_string());
    }
    let rule = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>();
    if rule.len() >= 3
        && (rule.chars().all(|c| c == '-')
            || rule.chars().all(|c| c == '*')
            || rule.chars().all(|c| c == '_'))
    {
        return Some("horizontal lines (---) are not supported".to_string());
    }
    if text.starts_with("=") && text.chars().all(|c| c == '=') {
        return Some("underlined headings (===) are not supported; use \"## \"".to_string());
    }
    None
}

/// Splits `| a | b |` into cells, keeping `|` that is inside `[[...]]`.
fn split_row(row: &str) -> Option<Vec<String>> {
    let inner = row.strip_prefix('|')?.strip_suffix('|')?;
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut in_term = false;
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '[' if chars.peek() == Some(&'[') => {
                in_term = true;
                cell.push(c);
            }
            ']' if chars.peek() == Some(&']') => {
                in_term = false;
                cell.push(c);
            }
            '|' if !in_term => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    Some(cells)
}

fn is_separator_cell(cell: &str) -> bool {
    let c = cell.trim();
    let c = c.strip_prefix(':').unwrap_or(c);
    let c = c.strip_suffix(':').unwrap_or(c);
    !c.is_empty() && c.chars().all(|ch| ch == '-')
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

/// Finds a web address in text and explains where it belongs.
fn web_address(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    for marker in ["http://", "https://", "www.", "mailto:"] {
        if let Some(pos) = lower.find(marker) {
            let boundary = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
            if boundary {
                let address: String = text[pos..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                return Some(format!(
                    "web address \"{}\" in body text: web addresses belong in sources.toml (cite the source instead)",
                    shorten(&address)
                ));
            }
        }
    }
    None
}

type InlineError = (usize, MarkupErrorKind, String);

/// Parses inline markup. Errors carry the byte offset where they were found.
pub(crate) fn parse_inline(text: &str) -> (Vec<ParsedInline>, Vec<InlineError>) {
    let mut out: Vec<ParsedInline> = Vec::new();
    let mut errors: Vec<InlineError> = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    let push_text = |buf: &mut String, out: &mut Vec<ParsedInline>| {
        if !buf.is_empty() {
            out.push(ParsedInline::Text(std::mem::take(buf)));
        }
    };
    if let Some(pos) = entity_at(text) {
        errors.push((
            pos,
            MarkupErrorKind::RawHtml,
            "HTML entities such as &nbsp; are not allowed: type the character itself".to_string(),
        ));
    }
    while i < text.len() {
        let rest = &text[i..];
        if let Some(after) = rest.strip_prefix("**") {
            match after.find("**") {
                Some(end) => {
                    let inner = &after[..end];
                    if inner.trim().is_empty() {
                        errors.push((
                            i,
                            MarkupErrorKind::Unknown,
                            "empty **bold** text".to_string(),
                        ));
                    } else if inner.trim() != inner {
                        errors.push((
                            i,
                            MarkupErrorKind::Unknown,
                            format!(
                                "bold text must not start or end with a space: \"**{inner}**\""
                            ),
                        ));
                    } else if let Some(c) = inner
                        .chars()
                        .find(|c| matches!(c, '[' | ']' | '*' | '<' | '{' | '}' | '`'))
                    {
                        errors.push((
                            i,
                            MarkupErrorKind::Unknown,
                            format!(
                                "only plain words may be bold: remove '{c}' from \"**{}**\"",
                                shorten(inner)
                            ),
                        ));
                    } else {
                        push_text(&mut buf, &mut out);
                        out.push(ParsedInline::Strong(inner.to_string()));
                    }
                    i += 2 + end + 2;
                }
                None => {
                    errors.push((
                        i,
                        MarkupErrorKind::Unclosed,
                        format!("'**' is not closed: \"{}\"", shorten(rest)),
                    ));
                    i += 2;
                }
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("[[") {
            // A "[[" before the next "]]" means this one is not closed.
            let end = after.find("]]").filter(|end| !after[..*end].contains("[["));
            match end {
                Some(end) => {
                    let inner = &after[..end];
                    let (id, shown) = match inner.split_once('|') {
                        Some((id, shown)) => (id, Some(shown)),
                        None => (inner, None),
                    };
                    if !is_slug(id) {
                        errors.push((
                            i,
                            MarkupErrorKind::Unknown,
                            format!(
                                "\"[[{}]]\": \"{}\" is not a term id (lowercase letters, digits and hyphens, as in glossary.toml)",
                                shorten(inner),
                                shorten(id)
                            ),
                        ));
                    } else if let Some(shown) =
                        shown.filter(|s| s.trim().is_empty() || s.trim() != *s)
                    {
                        errors.push((
                            i,
                            MarkupErrorKind::Unknown,
                            format!("\"[[{inner}]]\": the words after '|' must not be empty or start or end with a space (\"{shown}\")"),
                        ));
                    } else if let Some(c) = shown.and_then(|s| {
                        s.chars()
                            .find(|c| matches!(c, '[' | ']' | '*' | '<' | '|' | '{' | '}' | '`'))
                    }) {
                        errors.push((
                            i,
                            MarkupErrorKind::Unknown,
                            format!(
                                "\"[[{}]]\": the shown words must be plain text: remove '{c}'",
                                shorten(inner)
                            ),
                        ));
                    } else {
                        push_text(&mut buf, &mut out);
                        out.push(ParsedInline::Term {
                            id: id.to_string(),
                            text: shown.map(str::to_string),
                        });
                    }
                    i += 2 + end + 2;
                }
                None => {
                    errors.push((
                        i,
                        MarkupErrorKind::Unclosed,
                        format!("'[[' is not closed with ']]': \"{}\"", shorten(rest)),
                    ));
                    i += 2;
                }
            }
            continue;
        }
        let c = match rest.chars().next() {
            Some(c) => c,
            None => break,
        };
        match c {
            '[' => {
                match parse_link(rest) {
                    Ok((len, href, label)) => {
                        if href.starts_with('#') {
                            push_text(&mut buf, &mut out);
                            out.push(ParsedInline::Link { href, text: label });
                        } else if href.contains("://")
                            || href.starts_with("www.")
                            || href.starts_with("mailto:")
                            || href.starts_with("tel:")
                        {
                            errors.push((
                                i,
                                MarkupErrorKind::ExternalLink,
                                format!(
                                    "external link \"{}\": links in body text may only point to #anchors of this page; put web addresses in sources.toml",
                                    shorten(&href)
                                ),
                            ));
                        } else {
                            errors.push((
                                i,
                                MarkupErrorKind::Unknown,
                                format!(
                                    "link target \"{}\" must start with '#', like (#test-types)",
                                    shorten(&href)
                                ),
                            ));
                        }
                        i += len;
                    }
                    Err((kind, message)) => {
                        errors.push((i, kind, message));
                        i += 1;
                    }
                }
                continue;
            }
            ']' => errors.push((
                i,
                MarkupErrorKind::Unknown,
                "stray ']' (use [[term-id]] or [text](#anchor))".to_string(),
            )),
            '<' => errors.push((
                i,
                MarkupErrorKind::RawHtml,
                format!(
                    "raw HTML or '<' is not allowed (write \"less than\" instead of '<'): \"{}\"",
                    shorten(rest)
                ),
            )),
            '*' => errors.push((
                i,
                MarkupErrorKind::Unknown,
                "stray '*': only **bold** (two stars on each side) is allowed".to_string(),
            )),
            '`' => errors.push((
                i,
                MarkupErrorKind::Unknown,
                "back-ticks (`) are not allowed".to_string(),
            )),
            '{' | '}' if rest.starts_with("{{") || rest.starts_with("}}") => {
                errors.push((
                    i,
                    MarkupErrorKind::Unknown,
                    "'{{' '}}' is only allowed as {{figure:ID}} alone on its own line".to_string(),
                ));
                i += 2;
                continue;
            }
            _ => buf.push(c),
        }
        i += c.len_utf8();
    }
    push_text(&mut buf, &mut out);
    let lower = text.to_ascii_lowercase();
    for inline in &out {
        if let ParsedInline::Text(s) | ParsedInline::Strong(s) = inline {
            if let Some(message) = web_address(s) {
                let pos = ["http://", "https://", "www.", "mailto:"]
                    .iter()
                    .filter_map(|m| lower.find(m))
                    .min()
                    .unwrap_or(0);
                errors.push((pos, MarkupErrorKind::ExternalLink, message));
            }
        }
    }
    errors.sort_by_key(|e| e.0);
    (out, errors)
}

/// Parses `[text](target)` at the start of `rest`; returns its length, target and text.
fn parse_link(rest: &str) -> Result<(usize, String, String), (MarkupErrorKind, String)> {
    let close = match rest[1..].find(']') {
        Some(close) => close + 1,
        None => {
            return Err((
                MarkupErrorKind::Unclosed,
                format!(
                    "'[' is not closed: \"{}\" (use [[term-id]] or [text](#anchor))",
                    shorten(rest)
                ),
            ))
        }
    };
    let label = &rest[1..close];
    let after = &rest[close + 1..];
    if !after.starts_with('(') {
        return Err((
            MarkupErrorKind::Unknown,
            format!(
                "\"[{}]\" is not markup: use [[term-id]] for a glossary term or [text](#anchor) for a link",
                shorten(label)
            ),
        ));
    }
    let end = match after.find(')') {
        Some(end) => end,
        None => {
            return Err((
                MarkupErrorKind::Unclosed,
                format!("link \"{}\" has no closing ')'", shorten(rest)),
            ))
        }
    };
    let href = after[1..end].trim();
    if label.trim().is_empty() || label.trim() != label {
        return Err((
            MarkupErrorKind::Unknown,
            format!("link text must not be empty or start or end with a space: \"[{label}]\""),
        ));
    }
    if let Some(c) = label
        .chars()
        .find(|c| matches!(c, '[' | '*' | '<' | '{' | '}' | '`'))
    {
        return Err((
            MarkupErrorKind::Unknown,
            format!(
                "link text must be plain: remove '{c}' from \"[{}]\"",
                shorten(label)
            ),
        ));
    }
    Ok((close + 1 + end + 1, href.to_string(), label.to_string()))
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
}
