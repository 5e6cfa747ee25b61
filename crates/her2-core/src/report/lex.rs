//! Folding the text to lower-case ASCII and cutting it into tokens.

use super::words::{is_word, keyword_at, Kw};
use crate::decimal::Decimal;
use crate::model::IhcScore;

/// The text folded to lower-case ASCII (accents removed, dashes and spaces unified), with a map
/// back to the original byte offsets. Every original offset is a char boundary.
pub(super) struct Folded<'a> {
    pub(super) bytes: Vec<u8>,
    /// The offset map, kept short: `(i, at)` for each folded byte `i` whose original offset `at`
    /// is not one more than the previous byte's (after a dropped CR, at and after a non-ASCII
    /// character). Between two entries, folded and original offsets move together, so ASCII text
    /// without CRs needs no entry at all.
    jumps: Vec<(usize, usize)>,
    text: &'a str,
}

impl<'a> Folded<'a> {
    pub(super) fn new(text: &'a str) -> Folded<'a> {
        let raw = text.as_bytes();
        // Folding never makes the text longer: fill a buffer of its length, then cut it.
        let mut folded = Folded {
            bytes: vec![0; raw.len()],
            jumps: Vec::new(),
            text,
        };
        let mut n = 0;
        let mut i = 0;
        // Whether the map is up to date for folded byte `n` at original offset `i`: true until a
        // character is folded one by one.
        let mut mapped = true;
        while i < raw.len() {
            // Fast path: eight printable ASCII characters at once.
            if let Some(eight) = raw.get(i..i + 8).and_then(fold8) {
                if !mapped {
                    folded.note(n, i);
                    mapped = true;
                }
                folded.bytes[n..n + 8].copy_from_slice(&eight);
                n += 8;
                i += 8;
                continue;
            }
            let (a, b, len) = match raw[i] {
                // A CR before LF is dropped; other CRs are line breaks.
                b'\r' if raw.get(i + 1) == Some(&b'\n') => (0, 0, 1),
                b'\r' => (b'\n', 0, 1),
                b'\n' => (b'\n', 0, 1),
                b if b.is_ascii_control() => (b' ', 0, 1),
                b if b.is_ascii() => (b.to_ascii_lowercase(), 0, 1),
                _ => {
                    let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                        break;
                    };
                    let (a, b) = fold(c);
                    (a, b, c.len_utf8())
                }
            };
            for byte in [a, b] {
                if byte != 0 {
                    folded.note(n, i);
                    folded.bytes[n] = byte;
                    n += 1;
                }
            }
            i += len;
            mapped = false;
        }
        folded.bytes.truncate(n);
        folded
    }

    /// Records in the map that folded byte `n` comes from original offset `at`.
    fn note(&mut self, n: usize, at: usize) {
        let expected = self.jumps.last().map_or(n, |&(j, from)| from + (n - j));
        if at != expected {
            self.jumps.push((n, at));
        }
    }

    /// The original offset of folded byte `i` (which must be in the text).
    fn at(&self, i: usize) -> usize {
        let k = self.jumps.partition_point(|&(j, _)| j <= i);
        match k.checked_sub(1).map(|k| self.jumps[k]) {
            Some((j, from)) => from + (i - j),
            None => i,
        }
    }

    /// Whether the original character behind folded byte `i` is an ASCII capital letter.
    pub(super) fn capital(&self, i: usize) -> bool {
        i < self.bytes.len()
            && self
                .text
                .as_bytes()
                .get(self.at(i))
                .is_some_and(u8::is_ascii_uppercase)
    }

    /// The original offset where the folded byte `i` comes from (the text length past the end).
    pub(super) fn start(&self, i: usize) -> usize {
        if i < self.bytes.len() {
            self.at(i)
        } else {
            self.text.len()
        }
    }

    /// The original offset just after a token that ends before folded byte `i`.
    pub(super) fn end(&self, mut i: usize) -> usize {
        // A character folded to two bytes ("≤" to "<=") must not be cut in the middle.
        while i > 0 && i < self.bytes.len() && self.at(i) == self.at(i - 1) {
            i += 1;
        }
        self.start(i)
    }
}

/// 0x01 in each byte of a `u64`, for working on eight bytes at once.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The high bit of each byte of a `u64`.
const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `x` (ASCII) that is `c` or more: adding `0x80 - c` carries into
/// the high bit exactly then, and never into the next byte.
fn at_least(x: u64, c: u8) -> u64 {
    (x + ONES * (0x80 - u64::from(c))) & HIGH
}

/// The high bit of each byte of `x` (ASCII) that is `c`: any other byte leaves a non-zero byte,
/// which adding 0x7f carries into its high bit.
fn equal(x: u64, c: u8) -> u64 {
    !((x ^ (ONES * u64::from(c))) + ONES * 0x7f) & HIGH
}

/// Eight bytes folded at once when they are all printable ASCII or LF, else `None`: lower case,
/// in a few steps on a `u64` instead of eight steps of one byte.
fn fold8(eight: &[u8]) -> Option<[u8; 8]> {
    let x = u64::from_le_bytes(eight.try_into().ok()?);
    if x & HIGH != 0 {
        return None;
    }
    let control = (!at_least(x, 0x20) & HIGH) | at_least(x, 0x7f);
    if control & !equal(x, b'\n') != 0 {
        return None;
    }
    let upper = at_least(x, b'A') & !at_least(x, b'Z' + 1);
    // 0x80 >> 2 is 0x20, the case bit.
    Some((x | upper >> 2).to_le_bytes())
}

/// A marked checklist box (☒, ✔, ■...) in the folded text: a control byte, which no other
/// character folds to.
pub(super) const MARKED: u8 = 0x01;
/// An empty checklist box (☐, □) in the folded text.
pub(super) const EMPTY: u8 = 0x02;

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
        // Checklist boxes: marked (☒ ☑ ✓ ✔ ✗ ✘ ■ ⊠) and empty (☐ □).
        '\u{2612}' | '\u{2611}' | '\u{2713}' | '\u{2714}' | '\u{2717}' | '\u{2718}'
        | '\u{25a0}' | '\u{22a0}' => MARKED,
        '\u{2610}' | '\u{25a1}' => EMPTY,
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
    /// A checklist box at the start of a line: `_X_`, `[x]`, `(X)`, `☒`, `✔`, `■` (marked:
    /// `true`) or `___`, `[ ]`, `( )`, `☐`, `□` (empty: `false`).
    Box(bool),
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
    // The numbers and scores, for `mark_numbers`.
    let mut values = Vec::new();
    // Bracket depth on the current line: `;` and `. ` inside brackets do not end a clause.
    let mut depth = 0usize;
    // No token yet on this line: a checklist box may come.
    let mut line_start = true;
    // Boxes later in a line ("HER2 IHC: ___ 0  _X_ 1+  ___ 2+"), kept only if the line is a
    // checklist (see `settle_boxes`).
    let mut inline = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let s = i;
        let b = f[s];
        // A checklist box at the start of the line or later in it.
        let checkbox_here = if line_start && !matches!(b, b' ' | b'\n') {
            if matches!(b, b'-' | b'*') {
                // A list dash or bullet before the box.
                i += 1;
                continue;
            }
            line_start = false;
            checkbox(f, s).map(|found| (found, false))
        } else if s > 0 && f[s - 1] == b' ' && matches!(b, b'_' | b'[' | b'(' | MARKED | EMPTY) {
            // (`true`: a box later in the line.)
            checkbox(f, s).map(|found| (found, true))
        } else {
            None
        };
        if let Some(((marked, bs, be), later_in_line)) = checkbox_here {
            if later_in_line {
                inline.push(toks.len());
            }
            toks.push(Tok {
                kind: T::Box(marked),
                s: bs,
                e: be,
                w: words,
            });
            i = be;
            continue;
        }
        // The token and where it ends; reading goes on from `i`, the end unless set otherwise.
        let (kind, e) = match b {
            b' ' => {
                i += 1;
                continue;
            }
            _ if is_word(b) => {
                let mut digits = s;
                while digits < f.len() && f[digits].is_ascii_digit() {
                    digits += 1;
                }
                let j = word_end(f, digits);
                // No token ends inside a word, so this one starts a word.
                debug_assert!(s == 0 || !is_word(f[s - 1]));
                let kw = if b != b'_' {
                    keyword_at(f, s, j, |x| folded.capital(x))
                } else {
                    None
                };
                match kw {
                    Some((end, kw)) => (T::Kw(kw), end),
                    None if digits < j => (T::Word, j),
                    None => number(f, s, j),
                }
            }
            b'\n' => {
                let mut j = s + 1;
                let mut blank = false;
                while j < f.len() && matches!(f[j], b' ' | b'\n') {
                    blank |= f[j] == b'\n';
                    j += 1;
                }
                depth = 0;
                line_start = true;
                i = j;
                (T::Break(if blank { Brk::Blank } else { Brk::Line }), s + 1)
            }
            b'|' => (T::Break(Brk::Soft), s + 1),
            b';' if depth == 0 => (T::Break(Brk::Soft), s + 1),
            b'.' if depth == 0 && f.get(s + 1).is_none_or(|&n| n == b' ' || n == b'\n') => {
                (T::Break(Brk::Soft), s + 1)
            }
            b'(' | b'[' => {
                depth += 1;
                (T::Open, s + 1)
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                (T::Close, s + 1)
            }
            b':' => (T::Colon, s + 1),
            b'=' => (T::Eq, s + 1),
            b'+' => {
                let mut j = s;
                while j < f.len() && f[j] == b'+' {
                    j += 1;
                }
                let glued = s > 0 && is_word(f[s - 1]);
                (T::Plus { n: j - s, glued }, j)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        i = i.max(e);
        toks.push(Tok {
            kind,
            s,
            e,
            w: words,
        });
        match kind {
            T::Word | T::Kw(_) => words += 1,
            T::Num(_) | T::Score(..) => values.push(toks.len() - 1),
            _ => {}
        }
    }
    settle_boxes(&mut toks, &inline);
    mark_numbers(f, &mut toks, &values);
    toks
}

/// Keeps the boxes found later in a line (token indices `inline`, in order) only on a checklist
/// line: one that starts with a box, or has two boxes or more with one marked. Elsewhere they are
/// plain words: a blank to fill in ("Ratio: ___  Cells counted: 40") says nothing about what
/// follows it. One pass over the tokens.
fn settle_boxes(toks: &mut [Tok], inline: &[usize]) {
    if inline.is_empty() {
        return;
    }
    let mut next = 0;
    let mut line = 0;
    let mut first = true;
    let (mut starts, mut boxes, mut marked) = (false, 0, false);
    for k in 0..=toks.len() {
        let kind = toks.get(k).map(|t| t.kind);
        if matches!(kind, None | Some(T::Break(Brk::Line | Brk::Blank))) {
            let checklist = starts || (boxes >= 2 && marked);
            while next < inline.len() && inline[next] < k {
                if !checklist && inline[next] >= line {
                    toks[inline[next]].kind = T::Word;
                }
                next += 1;
            }
            line = k + 1;
            first = true;
            (starts, boxes, marked) = (false, 0, false);
            continue;
        }
        if let Some(T::Box(m)) = kind {
            starts |= first && inline.get(next).is_none_or(|&i| i != k);
            boxes += 1;
            marked |= m;
        }
        first = false;
    }
}

/// A checklist box starting at `s`, the first character of a line (after an optional `+ `, which
/// marks optional items in CAP templates): whether it is marked, and its span. Looks at no more
/// than the box and the spaces and underscores it starts with, so every byte is looked at a
/// bounded number of times.
fn checkbox(f: &[u8], s: usize) -> Option<(bool, usize, usize)> {
    let mut i = s;
    if f.get(i) == Some(&b'+') && f.get(i + 1) == Some(&b' ') {
        i += 2;
        // At most a few spaces: a longer gap is not a box prefix.
        let mut n = 0;
        while f.get(i) == Some(&b' ') && n < 4 {
            i += 1;
            n += 1;
        }
    }
    let start = i;
    let mark = |b: Option<&u8>| matches!(b, Some(&b'x' | &MARKED));
    // A box must be followed by a space, a line end or the end of the text, not glued to a word.
    let free = |j: usize| f.get(j).is_none_or(|&b| !is_word(b));
    match *f.get(i)? {
        MARKED => Some((true, start, i + 1)),
        EMPTY => Some((false, start, i + 1)),
        open @ (b'[' | b'(') => {
            let close = if open == b'[' { b']' } else { b')' };
            let mut j = i + 1;
            let skip = |j: &mut usize| {
                let mut n = 0;
                while f.get(*j) == Some(&b' ') && n < 4 {
                    *j += 1;
                    n += 1;
                }
            };
            skip(&mut j);
            let marked = mark(f.get(j));
            if marked || f.get(j) == Some(&EMPTY) {
                j += 1;
                skip(&mut j);
            }
            (f.get(j) == Some(&close)).then_some((marked, start, j + 1))
        }
        b'_' => {
            let mut j = i;
            while f.get(j) == Some(&b'_') {
                j += 1;
            }
            let before = j - i;
            let marked = mark(f.get(j));
            if marked {
                j += 1;
                while f.get(j) == Some(&b'_') {
                    j += 1;
                }
            }
            let ok = if marked { j - i >= 3 } else { before >= 2 };
            (ok && free(j)).then_some((marked, start, j))
        }
        _ => None,
    }
}

/// Where the word (letters, digits and `_`) going on at `j` ends. Eight bytes at a time: words
/// are mostly shorter, so this usually finds the end in one step.
fn word_end(f: &[u8], mut j: usize) -> usize {
    while let Some(eight) = f.get(j..j + 8) {
        // Folded text is ASCII.
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        let lower = at_least(x, b'a') & !at_least(x, b'z' + 1);
        let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
        let other = !(lower | digit | equal(x, b'_')) & HIGH;
        if other != 0 {
            return j + other.trailing_zeros() as usize / 8;
        }
        j += 8;
    }
    while j < f.len() && is_word(f[j]) {
        j += 1;
    }
    j
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

/// Whether `tok` is an unknown word and one of `words`.
fn word_is(f: &[u8], tok: Option<&Tok>, words: &[&str]) -> bool {
    let Some(&Tok {
        kind: T::Word,
        s,
        e,
        ..
    }) = tok
    else {
        return false;
    };
    // The lengths first: most words have none of the lengths.
    words
        .iter()
        .any(|w| w.len() == e - s && f.get(s..e) == Some(w.as_bytes()))
}

/// Words between the two ends of a range: "1 to 3".
const RANGE_WORDS: &[&str] = &["to", "a", "hasta", "through"];
/// Words between the items of a list or range: "0 or 1+".
const LIST_WORDS: &[&str] = &[
    "to", "a", "hasta", "through", "or", "o", "and", "y", "vs", "versus",
];

/// Marks the numbers that are not values (percentages, thresholds, dates, ranges, measurements)
/// and the IHC scores that are part of a list or range. `values`: the numbers and scores, in
/// order.
fn mark_numbers(f: &[u8], toks: &mut [Tok], values: &[usize]) {
    for &k in values {
        if let T::Num(n) = toks[k].kind {
            let n = mark_number(f, toks, k, n);
            toks[k].kind = T::Num(n);
        }
        mark_list(f, toks, k);
    }
}

/// Whether number `k` is not a value: a percentage, a threshold, a date, a range or a
/// measurement.
fn mark_number(f: &[u8], toks: &[Tok], k: usize, mut n: Num) -> Num {
    let (s, e) = (toks[k].s, toks[k].e);
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
    let glued_before = s >= 2 && matches!(f[s - 1], b'.' | b'/' | b':' | b'-') && digit_at(s - 2);
    let glued_after = matches!(f.get(e), Some(b'.' | b'/' | b':' | b'-')) && digit_at(e + 1);
    let dash_before = before.is_some_and(|(p, b)| {
        b == b'-' && prev_non_space(f, p).is_some_and(|(_, b)| b.is_ascii_digit())
    });
    let dash_after = after.is_some_and(|(p, b)| {
        b == b'-' && next_non_space(f, p + 1).is_some_and(|(_, b)| b.is_ascii_digit())
    });
    let is_value = |t: Option<&Tok>| t.is_some_and(|t| matches!(t.kind, T::Num(_) | T::Score(..)));
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
    n
}

/// Lists and ranges of IHC scores starting at token `k`: "0 or 1+", "(0, 1+, 2+, 3+)", "0-3+",
/// "1+ to 2+".
fn mark_list(f: &[u8], toks: &mut [Tok], k: usize) {
    let score_like = |t: &Tok| match t.kind {
        T::Score(..) => Some(None),
        T::Num(n) if n.int && n.value <= Decimal::from_hundredths(300) => Some(Some(n.value)),
        _ => None,
    };
    let Some(a) = score_like(&toks[k]) else {
        return;
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
        return;
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
        return;
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
