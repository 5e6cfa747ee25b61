//! Where answers are kept.
//!
//! Answers live in memory until the person says Yes to "Keep my answers on this device?"
//! ([`Persistence::Ask`], asked once something is answered). Then they stay in this browser's
//! local storage (never a cookie, never sent anywhere) under [`STORAGE_KEY`], as a versioned
//! record, with whether the result was on show ([`Persistence::Device`]). The choice itself is
//! kept under [`CHOICE_KEY`]; after a No nothing else is kept ([`Persistence::Declined`]).
//! "Forget my answers" removes both, so the question is asked again. Data of another version or
//! a broken shape is ignored. In a kiosk nothing outlives the page and nothing is asked
//! ([`Persistence::MemoryOnly`]).
//!
//! Browser storage is only touched from effects and event handlers, never while rendering, and
//! through `gloo-storage` only after `web_sys` has confirmed that the browser gives the page its
//! storage: `gloo-storage` throws a JavaScript exception when it does not, and an exception
//! thrown through Rust code skips its destructors, so a borrow held by the reactive system at
//! that moment would stay borrowed and the next update would panic. Every other failure (a
//! full storage, a broken record) comes back as an error or `None`.
//!
//! The record is a small JSON object, written and read by this module ([`Stored::to_json`],
//! [`Stored::from_json`]) rather than by `serde_json`, whose general reader and writer would
//! add about 12 KB to the tool's WebAssembly. The reader is strict: anything but one flat object
//! of the record's fields (strings, `null`, `true`, `false`, numbers) is refused whole. When the browser
//! refuses storage (site storage blocked, as in an embed on another site with third-party storage
//! blocked, or on a locked-down computer) or cannot write (storage full), the tool keeps working
//! in memory ([`Persistence::Unavailable`]) and says once that answers cannot be kept; a record
//! that could not be updated is removed, so older answers never come back in its place.
//!
//! What is written is bounded: each number box keeps at most [`MAX_NUMBER_TEXT`] characters (the
//! boxes take no more), so a record is well under 1 KB. The pasted report text is never stored;
//! the reader reads at most its first 100 KB (`her2_core::MAX_REPORT_BYTES`).

use super::answers::{Answers, IhcAnswer, IshAnswer, Pick};
use gloo_storage::{LocalStorage, Storage as _};
use her2_core::{Cancer, CancerSite, IhcScore, IhcZeroSubtype, OtherCancer, Probe, Specimen};

/// The local storage key of the answers.
pub const STORAGE_KEY: &str = "her2-explained.answers";

/// The local storage key of the person's answer to "Keep my answers on this device?":
/// [`KEEP_YES`] or [`KEEP_NO`]. Nothing else is stored after a No.
pub const CHOICE_KEY: &str = "her2-explained.keep";

/// The stored choice "Yes, keep my answers on this device".
pub const KEEP_YES: &str = "yes";

/// The stored choice "No, do not keep my answers".
pub const KEEP_NO: &str = "no";

/// The version of [`Stored`] written today.
pub const VERSION: u32 = 1;

/// The most characters a number box takes and a record keeps per box. Enough for a value with
/// its words ("4,6 copias por núcleo (promedio)"); a longer text is not one number.
pub const MAX_NUMBER_TEXT: usize = 40;

/// Where answers are kept. Provide it through context to change it (any value other than
/// [`Persistence::MemoryOnly`] means "on this device, if the person says so"); the default is
/// [`Persistence::Ask`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Persistence {
    /// The person said Yes: on this device (local storage), until they forget them.
    Device,
    /// The browser can keep answers, but the person has not said whether they want it: in
    /// memory only, and the tool asks once something is answered.
    #[default]
    Ask,
    /// The person said No: in memory only. Only that choice is kept, so it is not asked again.
    Declined,
    /// In memory only: nothing is written and nothing is asked (kiosk mode).
    MemoryOnly,
    /// On this device was wanted, but the browser refused or could not keep them: in memory
    /// only, and the tool says so (nothing is asked).
    Unavailable,
}

/// The answers kept on this device, and whether their result was on show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// The answers.
    pub answers: Answers,
    /// The result was on show when they were last kept.
    pub result: bool,
}

/// This page's local storage, when the browser lets this page use it. `window.localStorage`
/// throws a SecurityError when site storage is blocked: `web_sys` returns it as an error, where
/// `gloo-storage` would throw it on. Browser-only.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// Whether the browser lets this page use its local storage. Browser-only.
fn storage_allowed() -> bool {
    local_storage().is_some()
}

/// The choice kept under [`CHOICE_KEY`]: `Some(true)` for Yes, `Some(false)` for No, `None`
/// when not asked yet (or unreadable). Browser-only.
fn kept_choice() -> Option<bool> {
    let value = local_storage()?.get_item(CHOICE_KEY).ok().flatten()?;
    match value.as_str() {
        KEEP_YES => Some(true),
        KEEP_NO => Some(false),
        _ => None,
    }
}

impl Persistence {
    /// Where this page keeps answers: memory only in a kiosk (`crate::mode::persist_answers`);
    /// elsewhere this device, as the person chose ([`Persistence::Device`] or
    /// [`Persistence::Declined`]), or [`Persistence::Ask`] before they have; `Unavailable` when
    /// the browser refuses storage.
    /// Browser-only (the kiosk mode is read from the page address): call from an effect.
    pub fn for_this_page() -> Persistence {
        if !crate::mode::persist_answers() {
            Persistence::MemoryOnly
        } else if !storage_allowed() {
            Persistence::Unavailable
        } else {
            match kept_choice() {
                Some(true) => Persistence::Device,
                Some(false) => Persistence::Declined,
                None => Persistence::Ask,
            }
        }
    }

    /// Whether the question "Keep my answers on this device?" is still to be answered.
    pub fn asks(self) -> bool {
        self == Persistence::Ask
    }

    /// The answers kept on this device, if any and if readable. Before the person has said
    /// whether to keep answers, a record written before the question existed is read once and
    /// removed (the answers then live in memory until the person says Yes); after a No, any
    /// record left is removed. Browser-only.
    pub fn load(self) -> Option<Kept> {
        match self {
            Persistence::Device | Persistence::Ask if storage_allowed() => {
                let kept = LocalStorage::raw()
                    .get_item(STORAGE_KEY)
                    .ok()
                    .flatten()
                    .and_then(|text| Stored::from_json(&text))
                    .and_then(Stored::into_kept);
                if self == Persistence::Ask {
                    LocalStorage::delete(STORAGE_KEY);
                }
                kept
            }
            Persistence::Declined if storage_allowed() => {
                LocalStorage::delete(STORAGE_KEY);
                None
            }
            Persistence::Device
            | Persistence::Ask
            | Persistence::Declined
            | Persistence::MemoryOnly
            | Persistence::Unavailable => None,
        }
    }

    /// Keeps the answers, when the person said Yes (an empty form removes the record), and says
    /// where answers are kept from now on: [`Persistence::Unavailable`] when they could not be
    /// written, in which case the record is removed (an older copy must not come back later).
    /// `result`: the result is on show. Browser-only.
    #[must_use]
    pub fn save(self, answers: &Answers, result: bool) -> Persistence {
        if self != Persistence::Device {
            return self;
        }
        if !storage_allowed() {
            return Persistence::Unavailable;
        }
        if answers.is_empty() {
            LocalStorage::delete(STORAGE_KEY);
            return Persistence::Device;
        }
        let text = Stored::from_answers(answers, result).to_json();
        match LocalStorage::raw().set_item(STORAGE_KEY, &text) {
            Ok(()) => Persistence::Device,
            Err(_) => {
                LocalStorage::delete(STORAGE_KEY);
                Persistence::Unavailable
            }
        }
    }

    /// The person's answer to "Keep my answers on this device?": the choice is kept (and, for
    /// No, any answers kept are removed). Returns where answers are kept from now on
    /// ([`Persistence::Unavailable`] when the choice could not be written). The caller saves
    /// the answers after a Yes. Browser-only.
    #[must_use]
    pub fn choose(keep: bool) -> Persistence {
        let Some(storage) = local_storage() else {
            return Persistence::Unavailable;
        };
        let value = if keep { KEEP_YES } else { KEEP_NO };
        if storage.set_item(CHOICE_KEY, value).is_err() {
            let _ = storage.remove_item(STORAGE_KEY);
            return Persistence::Unavailable;
        }
        if keep {
            Persistence::Device
        } else {
            let _ = storage.remove_item(STORAGE_KEY);
            Persistence::Declined
        }
    }

    /// Removes any kept answers and the choice to keep them (so the question is asked again),
    /// if the browser lets the page. Returns where answers are kept from now on. Browser-only.
    #[must_use]
    pub fn forget(self) -> Persistence {
        // Also in memory-only mode: nothing from an earlier visit should remain.
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(STORAGE_KEY);
            let _ = storage.remove_item(CHOICE_KEY);
        }
        match self {
            Persistence::Device | Persistence::Declined | Persistence::Ask => Persistence::Ask,
            Persistence::MemoryOnly | Persistence::Unavailable => self,
        }
    }
}

/// A number box's text as kept: empty when longer than [`MAX_NUMBER_TEXT`] characters (cutting
/// it could make another number).
fn bounded(text: &str) -> String {
    if text.chars().count() > MAX_NUMBER_TEXT {
        String::new()
    } else {
        text.to_string()
    }
}

/// The word kept for "Not stated" / "Not sure".
const UNSURE: &str = "unsure";

/// A [`Pick`] as kept: nothing for no answer, [`UNSURE`], or the core's API word.
fn pick_word<T: Copy + PartialEq>(pick: Pick<T>, word: fn(T) -> &'static str) -> Option<String> {
    match pick {
        Pick::Unanswered => None,
        Pick::Unsure => Some(UNSURE.to_string()),
        Pick::Is(value) => Some(word(value).to_string()),
    }
}

/// A kept [`Pick`] read back, or `None` for a word this version does not know.
fn read_pick<T>(value: Option<String>, parse: fn(&str) -> Option<T>) -> Option<Pick<T>> {
    match value.as_deref() {
        None => Some(Pick::Unanswered),
        Some(UNSURE) => Some(Pick::Unsure),
        Some(text) => parse(text).map(Pick::Is),
    }
}

/// The stored record, version 1. Choices are kept as the core's API words ("Not stated" and
/// "Not sure" as `"unsure"`; no answer as nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Always [`VERSION`] when written by this version.
    pub version: u32,
    /// `"breast"` or `"gastric"`.
    pub cancer: Option<String>,
    /// A cancer the tool does not read (`"colorectal"`, `"endometrial"`, `"biliary"`, `"lung"`
    /// or `"other"`), instead of `cancer`. Left out when there is none, so records without it
    /// (written before it existed) read as before.
    pub other_cancer: Option<String>,
    /// `"0"`, `"1+"`, `"2+"`, `"3+"` or `"not_on_report"`.
    pub ihc: Option<String>,
    /// `"null"`, `"ultralow"` or `"unsure"` (not stated).
    pub zero_subtype: Option<String>,
    /// `"not_done"`, `"pending"` or `"done"`.
    pub ish: Option<String>,
    /// `"dual"`, `"single"` or `"unsure"`.
    pub probe: Option<String>,
    /// The ratio as typed.
    pub ratio: String,
    /// The average HER2 copy number as typed.
    pub her2: String,
    /// The average CEP17 copy number as typed.
    pub cep17: String,
    /// The cells counted as typed.
    pub cells: String,
    /// The recount checkbox.
    pub recount_confirmed: bool,
    /// `"biopsy"`, `"resection"` or `"unsure"`.
    pub specimen: Option<String>,
    /// The result was on show: after a reload the tool shows it again. Left out when false.
    pub result: bool,
}

impl Stored {
    /// The record for these answers (`result`: their result is on show).
    pub fn from_answers(a: &Answers, result: bool) -> Stored {
        Stored {
            version: VERSION,
            cancer: a.supported_cancer().map(|c| c.as_str().to_string()),
            other_cancer: a.unsupported_cancer().map(|c| c.as_str().to_string()),
            ihc: match a.ihc {
                IhcAnswer::Unanswered => None,
                IhcAnswer::Score(score) => Some(score.as_str().to_string()),
                IhcAnswer::NotOnReport => Some("not_on_report".to_string()),
            },
            zero_subtype: pick_word(a.zero_subtype, IhcZeroSubtype::as_str),
            ish: match a.ish {
                IshAnswer::Unanswered => None,
                IshAnswer::NotDone => Some("not_done".to_string()),
                IshAnswer::Pending => Some("pending".to_string()),
                IshAnswer::Done => Some("done".to_string()),
            },
            probe: pick_word(a.probe, Probe::as_str),
            ratio: bounded(&a.ratio),
            her2: bounded(&a.her2),
            cep17: bounded(&a.cep17),
            cells: bounded(&a.cells),
            recount_confirmed: a.recount_confirmed,
            specimen: pick_word(a.specimen, Specimen::as_str),
            result,
        }
    }

    /// The answers, or `None` when the record is of another version or holds a choice this
    /// version does not know (the whole record is then ignored, never half-read). A number box
    /// text longer than [`MAX_NUMBER_TEXT`] comes back empty, with the other answers.
    pub fn into_kept(self) -> Option<Kept> {
        if self.version != VERSION {
            return None;
        }
        fn choice<T>(value: Option<String>, parse: fn(&str) -> Option<T>) -> Option<Option<T>> {
            match value {
                None => Some(None),
                Some(text) => parse(&text).map(Some),
            }
        }
        let ihc = match self.ihc.as_deref() {
            None => IhcAnswer::Unanswered,
            Some("not_on_report") => IhcAnswer::NotOnReport,
            Some(score) => IhcAnswer::Score(IhcScore::from_api(score)?),
        };
        let ish = match self.ish.as_deref() {
            None => IshAnswer::Unanswered,
            Some("not_done") => IshAnswer::NotDone,
            Some("pending") => IshAnswer::Pending,
            Some("done") => IshAnswer::Done,
            Some(_) => return None,
        };
        let cancer = match (
            choice(self.cancer, Cancer::from_api)?,
            choice(self.other_cancer, OtherCancer::from_api)?,
        ) {
            (Some(cancer), None) => Some(CancerSite::Supported(cancer)),
            (None, Some(other)) => Some(CancerSite::Unsupported(other)),
            (None, None) => None,
            (Some(_), Some(_)) => return None,
        };
        let answers = Answers {
            cancer,
            ihc,
            zero_subtype: read_pick(self.zero_subtype, IhcZeroSubtype::from_api)?,
            ish,
            probe: read_pick(self.probe, Probe::from_api)?,
            ratio: bounded(&self.ratio),
            her2: bounded(&self.her2),
            cep17: bounded(&self.cep17),
            cells: bounded(&self.cells),
            recount_confirmed: self.recount_confirmed,
            specimen: read_pick(self.specimen, Specimen::from_api)?,
        };
        Some(Kept {
            answers,
            result: self.result,
        })
    }

    /// The answers alone (see [`Stored::into_kept`]).
    pub fn into_answers(self) -> Option<Answers> {
        self.into_kept().map(|kept| kept.answers)
    }
}

/// The names of the record's fields, in the order [`Stored::to_json`] writes them.
const FIELDS: [&str; 14] = [
    "version",
    "cancer",
    "other_cancer",
    "ihc",
    "zero_subtype",
    "ish",
    "probe",
    "ratio",
    "her2",
    "cep17",
    "cells",
    "recount_confirmed",
    "specimen",
    "result",
];

/// The bits (of [`FIELDS`]) of the fields a record must have: the version, the four number
/// boxes' texts and `recount_confirmed`.
const REQUIRED: u32 = 1 | 0b1111 << 7 | 1 << 11;

/// A field of [`Stored`] being read, by the kind of value it takes.
enum Field<'a> {
    Version(&'a mut u32),
    /// A text or `null` (or absent).
    Choice(&'a mut Option<String>),
    Text(&'a mut String),
    Flag(&'a mut bool),
}

/// Writes `text` as a JSON string, escaped as `serde_json` escapes it.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                out.push_str("\\u00");
                for digit in [u32::from(c) >> 4, u32::from(c) & 15] {
                    out.extend(char::from_digit(digit, 16));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes the field `key` (the first opens the object).
fn push_key(out: &mut String, key: &str) {
    out.push(if out.is_empty() { '{' } else { ',' });
    push_string(out, key);
    out.push(':');
}

/// Writes an optional text (`null` for none).
fn push_option(out: &mut String, key: &str, value: Option<&str>) {
    push_key(out, key);
    match value {
        Some(text) => push_string(out, text),
        None => out.push_str("null"),
    }
}

/// Writes a number in decimal.
fn push_number(out: &mut String, n: u32) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.extend(char::from_digit(n % 10, 10));
}

/// One value of the record, as read: the reader takes no arrays or objects.
enum Value<'a> {
    Null,
    Bool(bool),
    /// A number as written (it follows JSON's grammar).
    Number(&'a str),
    Text(String),
}

/// A strict reader of one flat JSON object. Every step returns `None` on anything unexpected.
struct Reader<'a> {
    text: &'a str,
    /// The byte offset read up to (always at a character boundary).
    at: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips white space, then `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let next = self.peek() == Some(byte);
        if next {
            self.at += 1;
        }
        next
    }

    /// `word` (`null`, `true`, `false`) if it is next.
    fn word(&mut self, word: &str) -> bool {
        let next = self
            .text
            .get(self.at..)
            .is_some_and(|rest| rest.starts_with(word));
        if next {
            self.at += word.len();
        }
        next
    }

    /// Skips ASCII digits; whether there was one.
    fn digits(&mut self) -> bool {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at > start
    }

    /// A number in JSON's grammar: `-`, digits without a leading zero, a fraction, an exponent.
    fn number(&mut self) -> Option<&'a str> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let int = self.at;
        if !self.digits() || (self.at - int > 1 && self.text.as_bytes().get(int) == Some(&b'0')) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !self.digits() {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !self.digits() {
                return None;
            }
        }
        self.text.get(start..self.at)
    }

    /// A JSON string: escapes read, control characters and lone surrogates refused.
    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let mut out = String::new();
        let mut chars = self.text.get(self.at..)?.char_indices();
        fn hex4(chars: &mut core::str::CharIndices) -> Option<u32> {
            let mut n = 0;
            for _ in 0..4 {
                n = n * 16 + chars.next()?.1.to_digit(16)?;
            }
            Some(n)
        }
        loop {
            let (i, c) = chars.next()?;
            let c = match c {
                '"' => {
                    self.at += i + 1;
                    return Some(out);
                }
                '\\' => match chars.next()?.1 {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => {
                        let unit = hex4(&mut chars)?;
                        if (0xD800..0xDC00).contains(&unit) {
                            // A surrogate pair: the low half must follow.
                            if chars.next()?.1 != '\\' || chars.next()?.1 != 'u' {
                                return None;
                            }
                            let low = hex4(&mut chars)?;
                            if !(0xDC00..0xE000).contains(&low) {
                                return None;
                            }
                            char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                        } else {
                            char::from_u32(unit)?
                        }
                    }
                    _ => return None,
                },
                c if c < ' ' => return None,
                c => c,
            };
            out.push(c);
        }
    }

    fn value(&mut self) -> Option<Value<'a>> {
        self.skip_space();
        match self.peek()? {
            b'"' => self.string().map(Value::Text),
            b'n' => self.word("null").then_some(Value::Null),
            b't' => self.word("true").then_some(Value::Bool(true)),
            b'f' => self.word("false").then_some(Value::Bool(false)),
            _ => self.number().map(Value::Number),
        }
    }
}

impl Stored {
    /// The record as a JSON object: the fields in the order of [`FIELDS`], `other_cancer` left
    /// out when there is none and `result` when false (records written before they existed
    /// read the same).
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        push_key(&mut out, "version");
        push_number(&mut out, self.version);
        push_option(&mut out, "cancer", self.cancer.as_deref());
        if self.other_cancer.is_some() {
            push_option(&mut out, "other_cancer", self.other_cancer.as_deref());
        }
        push_option(&mut out, "ihc", self.ihc.as_deref());
        push_option(&mut out, "zero_subtype", self.zero_subtype.as_deref());
        push_option(&mut out, "ish", self.ish.as_deref());
        push_option(&mut out, "probe", self.probe.as_deref());
        push_option(&mut out, "ratio", Some(&self.ratio));
        push_option(&mut out, "her2", Some(&self.her2));
        push_option(&mut out, "cep17", Some(&self.cep17));
        push_option(&mut out, "cells", Some(&self.cells));
        push_key(&mut out, "recount_confirmed");
        out.push_str(if self.recount_confirmed {
            "true"
        } else {
            "false"
        });
        push_option(&mut out, "specimen", self.specimen.as_deref());
        if self.result {
            push_key(&mut out, "result");
            out.push_str("true");
        }
        out.push('}');
        out
    }

    /// A record read from its JSON text, or `None` unless the text is one JSON object with
    /// every field of the record: `version` a whole number, the four number boxes' texts and
    /// `recount_confirmed` present, the choices texts or `null` (or absent), `result` absent or
    /// a flag. Fields of other names are skipped when their value is plain (not an array or an
    /// object); a field given twice, trailing text or any other JSON mistake refuses the whole
    /// text. Whether the words are ones this version knows is checked by [`Stored::into_kept`].
    pub fn from_json(text: &str) -> Option<Stored> {
        let mut stored = Stored {
            version: 0,
            cancer: None,
            other_cancer: None,
            ihc: None,
            zero_subtype: None,
            ish: None,
            probe: None,
            ratio: String::new(),
            her2: String::new(),
            cep17: String::new(),
            cells: String::new(),
            recount_confirmed: false,
            specimen: None,
            result: false,
        };
        // One bit per field of FIELDS, set when read.
        let mut seen = 0u32;
        let mut reader = Reader { text, at: 0 };
        if !reader.eat(b'{') {
            return None;
        }
        if !reader.eat(b'}') {
            loop {
                reader.skip_space();
                let key = reader.string()?;
                if !reader.eat(b':') {
                    return None;
                }
                let value = reader.value()?;
                if let Some(i) = FIELDS.iter().position(|field| *field == key) {
                    if seen & (1 << i) != 0 {
                        return None;
                    }
                    seen |= 1 << i;
                    match (stored.field(i)?, value) {
                        (Field::Version(slot), Value::Number(number)) => {
                            *slot = number.parse().ok()?
                        }
                        (Field::Choice(slot), Value::Text(text)) => *slot = Some(text),
                        (Field::Choice(_), Value::Null) => {}
                        (Field::Text(slot), Value::Text(text)) => *slot = text,
                        (Field::Flag(slot), Value::Bool(flag)) => *slot = flag,
                        _ => return None,
                    }
                }
                if reader.eat(b'}') {
                    break;
                }
                if !reader.eat(b',') {
                    return None;
                }
            }
        }
        reader.skip_space();
        // The version, the four texts and `recount_confirmed` must be there.
        (reader.at == text.len() && seen & REQUIRED == REQUIRED).then_some(stored)
    }

    /// The field at `FIELDS[i]`, to be filled by [`Stored::from_json`].
    fn field(&mut self, i: usize) -> Option<Field<'_>> {
        Some(match i {
            0 => Field::Version(&mut self.version),
            1 => Field::Choice(&mut self.cancer),
            2 => Field::Choice(&mut self.other_cancer),
            3 => Field::Choice(&mut self.ihc),
            4 => Field::Choice(&mut self.zero_subtype),
            5 => Field::Choice(&mut self.ish),
            6 => Field::Choice(&mut self.probe),
            7 => Field::Text(&mut self.ratio),
            8 => Field::Text(&mut self.her2),
            9 => Field::Text(&mut self.cep17),
            10 => Field::Text(&mut self.cells),
            11 => Field::Flag(&mut self.recount_confirmed),
            12 => Field::Choice(&mut self.specimen),
            13 => Field::Flag(&mut self.result),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Answers {
        Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::Two),
            zero_subtype: Pick::Is(IhcZeroSubtype::Null),
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Single),
            ratio: "1,9".into(),
            her2: "4.5 signals".into(),
            cep17: String::new(),
            cells: "40".into(),
            recount_confirmed: true,
            specimen: Pick::Unsure,
        }
    }

    #[test]
    fn answers_survive_a_round_trip() {
        for answers in [Answers::default(), full()] {
            assert_eq!(
                Stored::from_answers(&answers, false).into_answers(),
                Some(answers)
            );
        }
        let not_on_report = Answers {
            ihc: IhcAnswer::NotOnReport,
            ish: IshAnswer::Pending,
            ..Answers::default()
        };
        assert_eq!(
            Stored::from_answers(&not_on_report, false).into_answers(),
            Some(not_on_report)
        );
        let lung = Answers {
            cancer: Some(CancerSite::Unsupported(OtherCancer::Lung)),
            ..Answers::default()
        };
        assert_eq!(
            Stored::from_answers(&lung, false).into_answers(),
            Some(lung)
        );
    }

    #[test]
    fn unanswered_and_unsure_choices_and_the_result_flag_are_kept_apart() {
        let unsure = Answers {
            zero_subtype: Pick::Unsure,
            probe: Pick::Unanswered,
            specimen: Pick::Is(Specimen::Resection),
            ..full()
        };
        let stored = Stored::from_answers(&unsure, true);
        assert_eq!(stored.zero_subtype.as_deref(), Some("unsure"));
        assert_eq!(stored.probe, None);
        assert_eq!(stored.specimen.as_deref(), Some("resection"));
        assert!(stored.to_json().contains("\"result\":true"));
        assert_eq!(
            stored.into_kept(),
            Some(Kept {
                answers: unsure.clone(),
                result: true
            })
        );
        // Without a result the flag is left out, and a record without it reads as no result.
        let json = Stored::from_answers(&unsure, false).to_json();
        assert!(!json.contains("result"), "{json}");
        let read = Stored::from_json(&json).unwrap();
        assert_eq!(read.into_kept().map(|k| k.result), Some(false));
    }

    #[test]
    fn other_versions_and_unknown_values_are_ignored() {
        let mut old = Stored::from_answers(&full(), false);
        old.version = 0;
        assert_eq!(old.into_answers(), None);
        let mut odd = Stored::from_answers(&full(), false);
        odd.ihc = Some("4+".into());
        assert_eq!(odd.into_answers(), None);
        let mut odd = Stored::from_answers(&full(), false);
        odd.cancer = Some("lung".into());
        assert_eq!(odd.into_answers(), None);
    }

    #[test]
    fn number_texts_are_bounded_and_the_other_answers_kept() {
        // Written: a box with a whole report pasted in is kept empty, the rest as it is.
        let pasted = Answers {
            ratio: "HER2/CEP17 ratio 1.6; ".repeat(500),
            ..full()
        };
        let stored = Stored::from_answers(&pasted, false);
        assert_eq!(stored.ratio, "");
        assert_eq!(stored.her2, "4.5 signals");
        assert!(stored.to_json().len() < 1024);
        // Read: an over-long text from an older or edited record comes back empty.
        let mut long = Stored::from_answers(&full(), false);
        long.ratio = "9".repeat(MAX_NUMBER_TEXT + 1);
        long.cells = "é".repeat(MAX_NUMBER_TEXT);
        let answers = long.into_answers().unwrap();
        assert_eq!(answers.ratio, "");
        assert_eq!(answers.cells, "é".repeat(MAX_NUMBER_TEXT));
        assert_eq!(answers.cancer, full().cancer);
        assert_eq!(answers.specimen, Pick::Unsure);
    }

    /// A full record as the browser's `JSON.stringify` writes it (the end-to-end tests seed
    /// records like this one).
    const BROWSER_RECORD: &str = r#"{"version":1,"cancer":"gastric","ihc":"1+","zero_subtype":null,"ish":null,"probe":null,"ratio":"","her2":"","cep17":"","cells":"","recount_confirmed":false,"specimen":null}"#;

    #[test]
    fn records_are_written_as_serde_json_wrote_them() {
        assert_eq!(
            Stored::from_answers(&full(), false).to_json(),
            r#"{"version":1,"cancer":"gastric","ihc":"2+","zero_subtype":"null","ish":"done","probe":"single","ratio":"1,9","her2":"4.5 signals","cep17":"","cells":"40","recount_confirmed":true,"specimen":"unsure"}"#
        );
        let lung = Answers {
            cancer: Some(CancerSite::Unsupported(OtherCancer::Lung)),
            ..Answers::default()
        };
        assert_eq!(
            Stored::from_answers(&lung, true).to_json(),
            r#"{"version":1,"cancer":null,"other_cancer":"lung","ihc":null,"zero_subtype":null,"ish":null,"probe":null,"ratio":"","her2":"","cep17":"","cells":"","recount_confirmed":false,"specimen":null,"result":true}"#
        );
        // Any text in a box: escaped exactly as serde_json escapes it, and read back unchanged.
        for text in [
            "4,5 \"señales\"",
            "a\\b/c",
            "tab\there\nline\r\u{8}\u{c}",
            "\u{0}\u{1f}\u{7f}",
            "😀 ß 中",
        ] {
            let mut written = String::new();
            push_string(&mut written, text);
            assert_eq!(written, serde_json::to_string(text).unwrap());
            let answers = Answers {
                her2: text.to_string(),
                ..full()
            };
            let json = Stored::from_answers(&answers, false).to_json();
            assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
            assert_eq!(
                Stored::from_json(&json).and_then(Stored::into_answers),
                Some(answers)
            );
        }
    }

    #[test]
    fn records_written_by_the_browser_or_serde_json_are_read() {
        let kept = Stored::from_json(BROWSER_RECORD)
            .and_then(Stored::into_kept)
            .unwrap();
        assert_eq!(kept.answers.cancer, Some(Cancer::Gastric.into()));
        assert_eq!(kept.answers.ihc, IhcAnswer::Score(IhcScore::One));
        assert!(!kept.result);
        // White space, escapes of every kind, fields in another order, absent choices and
        // fields of other names (plain values) are read as serde_json read them.
        let spaced = "\t{ \"ratio\" : \"1\\u002c9\\/x\" ,\"her2\":\"\\ud83d\\ude00\",\r\n\"cep17\":\"\",\"cells\":\"\\\"\\\\\\b\\f\\n\\r\\t\",\"recount_confirmed\":true,\"version\":1,\"note\":-1.5e+3,\"other\":null,\"result\":false,\"flag\":true} \n";
        let read = Stored::from_json(spaced).unwrap();
        assert_eq!(read.ratio, "1,9/x");
        assert_eq!(read.her2, "😀");
        assert_eq!(read.cells, "\"\\\u{8}\u{c}\n\r\t");
        assert!(read.recount_confirmed && !read.result && read.cancer.is_none());
        assert_eq!(read.version, VERSION);
    }

    #[test]
    fn anything_but_one_flat_record_is_refused() {
        let good = BROWSER_RECORD;
        assert!(Stored::from_json(good).is_some());
        for broken in [
            String::new(),
            "{not json".into(),
            "[1,2,3]".into(),
            "null".into(),
            "\"just a string\"".into(),
            "{}".into(),
            r#"{"version":1,"cancer":"lung"}"#.into(),
            format!("{good} x"),
            format!("{good}{{}}"),
            good.replace('}', ",}"),
            good.replace("{", "{,"),
            good.replace(",\"ihc\"", "\"ihc\""),
            good.replace("\"version\":1", "\"version\":1,\"version\":1"),
            good.replace("\"version\":1", "\"version\":\"1\""),
            good.replace("\"version\":1", "\"version\":1.0"),
            good.replace("\"version\":1", "\"version\":01"),
            good.replace("\"version\":1", "\"version\":-1"),
            good.replace("\"version\":1", "\"version\":99999999999"),
            good.replace("\"version\":1,", ""),
            good.replace("\"ratio\":\"\",", ""),
            good.replace("\"ratio\":\"\"", "\"ratio\":null"),
            good.replace("\"ratio\":\"\"", "\"ratio\":12"),
            good.replace("\"recount_confirmed\":false", "\"recount_confirmed\":null"),
            good.replace("\"recount_confirmed\":false,", ""),
            good.replace("\"ihc\":\"1+\"", "\"ihc\":1"),
            good.replace("\"ihc\":\"1+\"", "\"ihc\":nul"),
            good.replace("\"ihc\":\"1+\"", "\"ihc\":[\"1+\"]"),
            good.replace("\"ihc\":\"1+\"", "\"ihc\":\"1+"),
            good.replace("\"ratio\":\"\"", "\"ratio\":\"\\x\""),
            good.replace("\"ratio\":\"\"", "\"ratio\":\"\\u12\""),
            good.replace("\"ratio\":\"\"", "\"ratio\":\"\\ud83d\""),
            good.replace("\"ratio\":\"\"", "\"ratio\":\"\\ude00\""),
            good.replace("\"ratio\":\"\"", "\"ratio\":\"\\ud83dx\""),
            good.replace("\"ratio\":\"\"", "\"ratio\":\"a\nb\""),
            good.replace("\"specimen\":null", "\"specimen\":null,\"x\":{}"),
            good.replace("\"specimen\":null", "\"specimen\":null,\"x\":1."),
            good.replace("\"specimen\":null", "\"specimen\":null,\"x\":-"),
            good.replace("\"specimen\":null", "\"specimen\":null,\"result\":1"),
            good.replace("\"specimen\":null", "\"specimen\":null,\"x\""),
            good.replace("\"specimen\":null", "\"specimen\":null,x:1"),
        ] {
            assert_eq!(Stored::from_json(&broken), None, "{broken}");
        }
    }
}
