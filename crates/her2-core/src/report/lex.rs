//! Folding the text to lower-case ASCII and cutting it into tokens.

use super::words::{is_word, keyword_at, Kw};
use crate::decimal::Decimal;
use crate::model::IhcScore;

/// The text folded to lower-case ASCII (accents removed, dashes and spaces unified), with the
/// original byte offset of every folded byte. Every offset is a char boundary of the original.
pub(super) struct Folded<'a> {
    pub(super) bytes: Vec<u8>,
    at: Vec<u32>,
    text: &'a str,
}

impl<'a> Folded<'a> {
    pub(super) fn new(text: &'a str) -> Folded<'a> {
        let mut bytes = Vec::with_capacity(text.len());
        let mut at = Vec::with_capacity(text.len());
        let raw = text.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            let offset = u32::try_from(i).unwrap_or(u32::MAX);
            let b = raw[i];
            if b.is_ascii() {
                // Fast path. A CR before LF is dropped; other CRs are line breaks.
                let folded = match b {
                    b'\r' if raw.get(i + 1) == Some(&b'\n') => 0,
                    b'\r' | b'\n' => b'\n',
                    _ if b.is_ascii_control() => b' ',
                    _ => b.to_ascii_lowercase(),
                };
                if folded != 0 {
                    bytes.push(folded);
                    at.push(offset);
                }
                i += 1;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let (a, b) = fold(c);
            for byte in [a, b] {
                if byte != 0 {
                    bytes.push(byte);
                    at.push(offset);
                }
            }
            i += c.len_utf8();
        }
        Folded { bytes, at, text }
    }

    /// Whether the original character behind folded byte `i` is an ASCII capital letter.
    pub(super) fn capital(&self, i: usize) -> bool {
        self.at
            .get(i)
            .and_then(|&at| self.text.as_bytes().get(at as usize))
            .is_some_and(u8::is_ascii_uppercase)
    }

    /// The original offset where the folded byte `i` comes from (the text length past the end).
    pub(super) fn start(&self, i: usize) -> usize {
        self.at.get(i).map_or(self.text.len(), |&at| at as usize)
    }

    /// The original offset just after a token that ends before folded byte `i`.
    pub(super) fn end(&self, mut i: usize) -> usize {
        // A character folded to two bytes ("≤" to "<=") must not be cut in the middle.
        while i > 0 && i < self.at.len() && self.at[i] == self.at[i - 1] {
            i += 1;
        }
        self.start(i)
    }
}

/// One non-ASCII character, folded to at most two ASCII bytes (0: none).
fn fold(c: char) -> (u8, u8) {
    let byte = match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' => b'\n',
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => b'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => b'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => b'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => b'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => b'u',
        'ñ' | 'Ñ' => b'n',
        'ç' | 'Ç' => b'c',
        'µ' | 'μ' => b'u',
        '≤' | '⩽' => return (b'<', b'='),
        '≥' | '⩾' => return (b'>', b'='),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => b'-',
        '\u{ff0b}' | '\u{207a}' => b'+',
        // Combining accents (decomposed text): dropped.
        '\u{300}'..='\u{36f}' => return (0, 0),
        _ => b' ',
    };
    (byte, 0)
}

/// A clause break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Brk {
    /// `;`, `|`, or a full stop followed by a space.
    Soft,
    /// A line break.
    Line,
    /// An empty line.
    Blank,
}

/// A number and what surrounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Num {
    pub(super) value: Decimal,
    /// No decimal separator.
    pub(super) int: bool,
    /// Followed by `%`.
    pub(super) percent: bool,
    /// After `>` or `≥`.
    pub(super) above: bool,
    /// Not a value: a percentage, a threshold, a date, a range, a measurement...
    pub(super) skip: bool,
    /// Part of a list or range of IHC scores ("0 or 1+", "0-3+").
    pub(super) listy: bool,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum T {
    /// A word the reader does not know.
    Word,
    /// A known word.
    Kw(Kw),
    /// A stand-alone number.
    Num(Num),
    /// An IHC score written with a plus: "2+", "2 +". `bool`: part of a list or range.
    Score(IhcScore, bool),
    /// Plus signs not after a digit: "+++". `glued`: right after a word ("HER2+").
    Plus {
        n: usize,
        glued: bool,
    },
    Open,
    Close,
    Colon,
    Eq,
    Break(Brk),
}

/// A token: its kind, its folded byte span, and how many words come before it (for distances).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    pub(super) kind: T,
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) w: usize,
}

impl Tok {
    pub(super) fn kw(&self) -> Option<Kw> {
        match self.kind {
            T::Kw(kw) => Some(kw),
            _ => None,
        }
    }
}

/// Cuts the folded text into tokens.
pub(super) fn tokenize(folded: &Folded<'_>) -> Vec<Tok> {
    let f = &folded.bytes[..];
    let mut toks: Vec<Tok> = Vec::with_capacity(f.len() / 4 + 1);
    let mut words = 0;
    // Bracket depth on the current line: `;` and `. ` inside brackets do not end a clause.
    let mut depth = 0usize;
    let mut i = 0;
    while i < f.len() {
        let b = f[i];
        let mut push = |kind: T, s: usize, e: usize| {
            let word = matches!(kind, T::Word | T::Kw(_));
            toks.push(Tok {
                kind,
                s,
                e,
                w: words,
            });
            if word {
                words += 1;
            }
        };
        if is_word(b) {
            let word_start = i == 0 || !is_word(f[i - 1]);
            if word_start && b != b'_' {
                if let Some((end, kw)) = keyword_at(f, i, |x| folded.capital(x)) {
                    push(T::Kw(kw), i, end);
                    i = end;
                    continue;
                }
            }
            let mut j = i;
            while j < f.len() && is_word(f[j]) {
                j += 1;
            }
            if !f[i..j].iter().all(u8::is_ascii_digit) {
                push(T::Word, i, j);
                i = j;
                continue;
            }
            let (kind, end) = number(f, i, j);
            push(kind, i, end);
            i = end;
            continue;
        }
        match b {
            b'\n' => {
                let mut j = i + 1;
                let mut blank = false;
                while j < f.len() && matches!(f[j], b' ' | b'\n') {
                    blank |= f[j] == b'\n';
                    j += 1;
                }
                push(
                    T::Break(if blank { Brk::Blank } else { Brk::Line }),
                    i,
                    i + 1,
                );
                depth = 0;
                i = j;
                continue;
            }
            b'|' => push(T::Break(Brk::Soft), i, i + 1),
            b';' if depth == 0 => push(T::Break(Brk::Soft), i, i + 1),
            b'.' if depth == 0 && f.get(i + 1).is_none_or(|&n| n == b' ' || n == b'\n') => {
                push(T::Break(Brk::Soft), i, i + 1)
            }
            b'(' | b'[' => {
                depth += 1;
                push(T::Open, i, i + 1)
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                push(T::Close, i, i + 1)
            }
            b':' => push(T::Colon, i, i + 1),
            b'=' => push(T::Eq, i, i + 1),
            b'+' => {
                let mut j = i;
                while j < f.len() && f[j] == b'+' {
                    j += 1;
                }
                let glued = i > 0 && is_word(f[i - 1]);
                push(T::Plus { n: j - i, glued }, i, j);
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    mark_numbers(f, &mut toks);
    toks
}

/// A number starting at `i` whose digits end at `j`: a plain number, an IHC score ("2+"), or a
/// word when letters follow ("1.5cm").
fn number(f: &[u8], i: usize, j: usize) -> (T, usize) {
    let mut end = j;
    let mut int = true;
    if matches!(f.get(j), Some(b'.' | b',')) && f.get(j + 1).is_some_and(u8::is_ascii_digit) {
        end = j + 1;
        while end < f.len() && f[end].is_ascii_digit() {
            end += 1;
        }
        int = false;
    }
    if f.get(end).is_some_and(|&b| is_word(b)) {
        while end < f.len() && is_word(f[end]) {
            end += 1;
        }
        return (T::Word, end);
    }
    let value = core::str::from_utf8(&f[i..end])
        .ok()
        .and_then(Decimal::parse)
        .unwrap_or(Decimal::ZERO);
    if int && j == i + 1 {
        // "2+", "2 +", but not "3+4" (a Gleason sum).
        let plus = if f.get(j) == Some(&b'+') {
            Some(j)
        } else if f.get(j) == Some(&b' ') && f.get(j + 1) == Some(&b'+') {
            Some(j + 1)
        } else {
            None
        };
        let score = match f[i] {
            b'0' => Some(IhcScore::Zero),
            b'1' => Some(IhcScore::One),
            b'2' => Some(IhcScore::Two),
            b'3' => Some(IhcScore::Three),
            _ => None,
        };
        if let (Some(mut p), Some(score)) = (plus, score) {
            while f.get(p) == Some(&b'+') {
                p += 1;
            }
            if !f.get(p).is_some_and(u8::is_ascii_digit) {
                return (T::Score(score, false), p);
            }
        }
    }
    let num = Num {
        value,
        int,
        percent: false,
        above: false,
        skip: false,
        listy: false,
    };
    (T::Num(num), end)
}

fn prev_non_space(f: &[u8], mut i: usize) -> Option<(usize, u8)> {
    while i > 0 {
        i -= 1;
        if f[i] != b' ' {
            return Some((i, f[i]));
        }
    }
    None
}

fn next_non_space(f: &[u8], mut i: usize) -> Option<(usize, u8)> {
    while i < f.len() {
        if f[i] != b' ' {
            return Some((i, f[i]));
        }
        i += 1;
    }
    None
}

fn word_is(f: &[u8], tok: Option<&Tok>, words: &[&str]) -> bool {
    tok.is_some_and(|t| {
        t.kind == T::Word && words.iter().any(|w| f.get(t.s..t.e) == Some(w.as_bytes()))
    })
}

/// Marks the numbers that are not values (percentages, thresholds, dates, ranges, measurements)
/// and the IHC scores that are part of a list or range.
fn mark_numbers(f: &[u8], toks: &mut [Tok]) {
    const RANGE_WORDS: &[&str] = &["to", "a", "hasta", "through"];
    const LIST_WORDS: &[&str] = &[
        "to", "a", "hasta", "through", "or", "o", "and", "y", "vs", "versus",
    ];
    for k in 0..toks.len() {
        let (s, e) = (toks[k].s, toks[k].e);
        let T::Num(mut n) = toks[k].kind else {
            continue;
        };
        let before = prev_non_space(f, s);
        let after = next_non_space(f, e);
        let digit_at = |i: usize| f.get(i).is_some_and(u8::is_ascii_digit);
        n.percent = after.is_some_and(|(_, b)| b == b'%');
        let cmp = match before {
            Some((p, b'=')) => prev_non_space(f, p).map(|(_, b)| b),
            other => other.map(|(_, b)| b),
        };
        n.above = cmp == Some(b'>');
        let threshold = matches!(cmp, Some(b'<' | b'>'));
        // Dates, times and ranges: "12/03/2024", "10:30", "3-7", "1.5.2".
        let glued_before =
            s >= 2 && matches!(f[s - 1], b'.' | b'/' | b':' | b'-') && digit_at(s - 2);
        let glued_after = matches!(f.get(e), Some(b'.' | b'/' | b':' | b'-')) && digit_at(e + 1);
        let dash_before = before.is_some_and(|(p, b)| {
            b == b'-' && prev_non_space(f, p).is_some_and(|(_, b)| b.is_ascii_digit())
        });
        let dash_after = after.is_some_and(|(p, b)| {
            b == b'-' && next_non_space(f, p + 1).is_some_and(|(_, b)| b.is_ascii_digit())
        });
        let is_value =
            |t: Option<&Tok>| t.is_some_and(|t| matches!(t.kind, T::Num(_) | T::Score(..)));
        let word_range = (word_is(f, toks.get(k + 1), RANGE_WORDS) && is_value(toks.get(k + 2)))
            || (k >= 2 && word_is(f, toks.get(k - 1), RANGE_WORDS) && is_value(toks.get(k - 2)));
        let unit = toks.get(k + 1).is_some_and(|t| {
            t.kw() == Some(Kw::Unit) && f[e..t.s].iter().all(|&b| b == b' ' || b == b'-')
        });
        let hash = before.is_some_and(|(_, b)| b == b'#');
        n.skip = n.percent
            || threshold
            || glued_before
            || glued_after
            || dash_before
            || dash_after
            || word_range
            || unit
            || hash;
        toks[k].kind = T::Num(n);
    }
    // Lists and ranges of IHC scores: "0 or 1+", "(0, 1+, 2+, 3+)", "0-3+", "1+ to 2+".
    let score_like = |t: &Tok| match t.kind {
        T::Score(..) => Some(None),
        T::Num(n) if n.int && n.value <= Decimal::from_hundredths(300) => Some(Some(n.value)),
        _ => None,
    };
    for k in 0..toks.len() {
        let Some(a) = score_like(&toks[k]) else {
            continue;
        };
        let (mut m, word) = if word_is(f, toks.get(k + 1), LIST_WORDS) {
            (k + 2, toks.get(k + 1))
        } else {
            (k + 1, None)
        };
        // "IHC 1+ or IHC 2+"
        if word.is_some() && toks.get(m).and_then(Tok::kw) == Some(Kw::Ihc) {
            m += 1;
        }
        let Some(b) = toks.get(m).and_then(score_like) else {
            continue;
        };
        // Only separators between the items, the list word and "IHC".
        let sep_only = |from: usize, to: usize| {
            f.get(from..to)
                .is_some_and(|g| g.iter().all(|&c| matches!(c, b' ' | b',' | b'/' | b'-')))
        };
        if !toks[k..m]
            .iter()
            .zip(&toks[k + 1..=m])
            .all(|(a, b)| sep_only(a.e, b.s))
        {
            continue;
        }
        let gap = f.get(toks[k].e..toks[k + 1].s).unwrap_or_default();
        // Two plain numbers are not a score list; a plain number other than 0 only in a range.
        let range = gap.contains(&b'-') || word_is(f, word, RANGE_WORDS);
        let plain_ok = |v: Option<Decimal>| v.is_none_or(|v| v == Decimal::ZERO || range);
        if (a.is_none() || b.is_none()) && plain_ok(a) && plain_ok(b) {
            for idx in [k, m] {
                match &mut toks[idx].kind {
                    T::Score(_, listy) => *listy = true,
                    T::Num(n) => n.listy = true,
                    _ => {}
                }
            }
        }
    }
}
