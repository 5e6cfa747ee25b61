//! Reading HER2 values out of pasted pathology-report text.
//!
//! [`parse_report`] finds what the text states about HER2: the IHC score (and, for IHC 0, null
//! or ultralow), the ISH probe type, the HER2/CEP17 ratio, the average HER2 and CEP17 copy
//! numbers, the number of cells counted, and, anywhere in the text, the cancer type and the kind
//! of sample. It reads English and Spanish reports: synoptic "key: value" lines, sentences, and
//! tables flattened to text. It never guesses: a field stated twice with different values is left
//! empty with a [`Warning::Conflict`], and values of other markers (ER, PR, Ki-67, PD-L1), sizes,
//! grades, dates and scoring legends are not taken. In checklist (synoptic template) reports,
//! which print every option with its thresholds and mark one (`_X_`, `[x]`, `(X)`, `☒`, `✔`, `■`
//! against `___`, `[ ]`, `( )`, `☐`, `□`), only the marked option is read, and its thresholds
//! are never taken as values; a list of IHC scores with none marked gives
//! [`Warning::ChecklistUnmarked`].
//!
//! The scanning is hand-written (no regular expressions) and runs on the person's device.

mod lex;
mod read;
mod words;

use crate::decimal::Decimal;
use crate::error::Field;
use crate::model::{Cancer, IhcScore, IhcZeroSubtype, Input, Probe, Specimen};
use read::{Cand, Slot};

/// The longest text read, in bytes (100 KB). Longer text is cut at a character boundary and
/// [`Warning::Truncated`] is given.
pub const MAX_REPORT_BYTES: usize = 100 * 1024;

/// The most values [`ParsedReport::found`] lists (1,000). A real report states a few dozen; a
/// text that states more (a value every few bytes) lists the first ones in text order and gives
/// [`Warning::TooManyValues`], so that showing or returning them stays quick. The fields are
/// read from every value found.
pub const MAX_FOUND: usize = 1_000;

/// What [`parse_report`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedReport {
    /// The values the text states; a field is `None` when not found or conflicting.
    pub fields: ReportFields,
    /// Every value found, with where it is in the text, in text order. A conflicting field has
    /// all its values here.
    pub found: Vec<Found>,
    /// What the person should know: conflicts (in field order), then an unmarked checklist,
    /// pending, nothing found and truncated.
    pub warnings: Vec<Warning>,
}

/// The values a report states. Only what the text says: `None` means not found, or found with
/// two different values (see [`Warning::Conflict`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFields {
    /// Breast, or stomach / gastroesophageal junction / esophagus.
    pub cancer: Option<Cancer>,
    /// The IHC score.
    pub ihc_score: Option<IhcScore>,
    /// Null or ultralow; only given when the IHC score is 0.
    pub ihc_zero_subtype: Option<IhcZeroSubtype>,
    /// Dual or single probe, when the text says so. A ratio or a CEP17 value implies dual, but
    /// that is left to the interpretation.
    pub probe: Option<Probe>,
    /// The HER2/CEP17 ratio.
    pub ish_ratio: Option<Decimal>,
    /// The average HER2 copy number (signals per cell).
    pub avg_her2_copies: Option<Decimal>,
    /// The average CEP17 copy number (signals per cell).
    pub avg_cep17_copies: Option<Decimal>,
    /// The number of cells counted for ISH.
    pub cells_counted: Option<u64>,
    /// Biopsy or surgical resection.
    pub specimen: Option<Specimen>,
}

impl ReportFields {
    /// The fields as an [`Input`] for [`interpret`](crate::interpret): breast unless the text
    /// says otherwise, and no recount confirmation.
    ///
    /// ```
    /// use her2_core::{parse_report, IhcScore};
    /// let input = parse_report("HER2 IHC: 2+. HER2/CEP17 ratio 1.4").fields.to_input();
    /// assert_eq!(input.ihc_score, Some(IhcScore::Two));
    /// assert_eq!(input.ish_ratio, Some(1.4));
    /// ```
    pub fn to_input(&self) -> Input {
        Input {
            cancer: self.cancer.unwrap_or_default(),
            ihc_score: self.ihc_score,
            ihc_zero_subtype: self.ihc_zero_subtype,
            ish_ratio: self.ish_ratio.map(Decimal::to_f64),
            avg_her2_copies: self.avg_her2_copies.map(Decimal::to_f64),
            avg_cep17_copies: self.avg_cep17_copies.map(Decimal::to_f64),
            cells_counted: self.cells_counted.map(|c| c as f64),
            probe: self.probe,
            specimen: self.specimen,
            recount_confirmed: false,
        }
    }

    /// Whether no field was found.
    pub fn is_empty(&self) -> bool {
        *self == ReportFields::default()
    }
}

/// One value found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The field it is for.
    pub field: Field,
    /// The value.
    pub value: FoundValue,
    /// Byte offset where the matching text starts (a char boundary; see [`utf16_offset`]).
    pub start: usize,
    /// Byte offset just after the matching text (a char boundary).
    pub end: usize,
}

/// A value found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FoundValue {
    /// A cancer type.
    Cancer(Cancer),
    /// An IHC score.
    IhcScore(IhcScore),
    /// An IHC 0 subtype.
    IhcZeroSubtype(IhcZeroSubtype),
    /// An ISH probe type.
    Probe(Probe),
    /// A ratio or an average copy number.
    Number(Decimal),
    /// A number of cells.
    Count(u64),
    /// A specimen type.
    Specimen(Specimen),
}

impl FoundValue {
    /// The value as the JavaScript API writes it: `"2+"`, `"dual"`, `"1.99"`, `"20"`, `"breast"`.
    pub fn api_text(&self) -> String {
        match self {
            FoundValue::Cancer(v) => v.as_str().to_string(),
            FoundValue::IhcScore(v) => v.as_str().to_string(),
            FoundValue::IhcZeroSubtype(v) => v.as_str().to_string(),
            FoundValue::Probe(v) => v.as_str().to_string(),
            FoundValue::Number(v) => v.to_string(),
            FoundValue::Count(v) => v.to_string(),
            FoundValue::Specimen(v) => v.as_str().to_string(),
        }
    }
}

/// Something the person should know about what was read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Warning {
    /// The text gives two different values for this field: all are in `found`, and the field is
    /// left empty.
    Conflict(Field),
    /// A checklist in the text lists the options for this field (so far only the IHC score: "___
    /// Negative (Score 1+)", "___ Equivocal (Score 2+)"...) with none of them marked, and the
    /// text states the field nowhere else: the field is left empty. Two marked options that
    /// differ are a [`Warning::Conflict`].
    ChecklistUnmarked(Field),
    /// The text says a HER2 test is pending or was not performed. Values the text does state
    /// (say, the IHC score when only ISH is pending) are still returned.
    Pending,
    /// No HER2 value was found (the cancer type and sample type alone do not count).
    NothingFound,
    /// The text was longer than [`MAX_REPORT_BYTES`]: only the first part was read.
    Truncated,
    /// The text states more than [`MAX_FOUND`] values: `found` lists the first ones only.
    TooManyValues,
}

impl Warning {
    /// A machine code: `"conflict"`, `"checklist_unmarked"`, `"pending"`, `"nothing_found"`,
    /// `"truncated"` or `"too_many_values"`.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::Conflict(_) => "conflict",
            Warning::ChecklistUnmarked(_) => "checklist_unmarked",
            Warning::Pending => "pending",
            Warning::NothingFound => "nothing_found",
            Warning::Truncated => "truncated",
            Warning::TooManyValues => "too_many_values",
        }
    }

    /// The field a conflict is about.
    pub fn field(&self) -> Option<&Field> {
        match self {
            Warning::Conflict(field) => Some(field),
            Warning::ChecklistUnmarked(_)
            | Warning::Pending
            | Warning::NothingFound
            | Warning::Truncated
            | Warning::TooManyValues => None,
        }
    }

    /// The field the warning is about: a conflict's, or an unmarked checklist's.
    pub fn about(&self) -> Option<&Field> {
        match self {
            Warning::Conflict(field) | Warning::ChecklistUnmarked(field) => Some(field),
            Warning::Pending
            | Warning::NothingFound
            | Warning::Truncated
            | Warning::TooManyValues => None,
        }
    }

    /// A plain-English message that says what to do.
    pub fn message(&self) -> String {
        match self {
            Warning::Conflict(field) => format!(
                "The report gives more than one {}, so it was left blank. \
                 Check the report and enter the right one.",
                field_words(field)
            ),
            Warning::ChecklistUnmarked(field) => format!(
                "The report lists the choices for the {} but none of them is marked, so it was \
                 left blank. Check the report, or ask your care team.",
                field_words(field)
            ),
            Warning::Pending => "The report says a HER2 test is pending or was not done. \
                 Ask your care team for the final HER2 result."
                .to_string(),
            Warning::NothingFound => "No HER2 score or ISH numbers were found in this text. \
                 Some reports only say \"HER2-positive\" or \"HER2-negative\": the care team \
                 can give the score behind that word. Paste the part of the report about HER2, \
                 or enter the values yourself."
                .to_string(),
            Warning::Truncated => format!(
                "The text is very long, so only the first {} KB were read.",
                MAX_REPORT_BYTES / 1024
            ),
            Warning::TooManyValues => format!(
                "The text gives very many values, so only the first {MAX_FOUND} are shown. \
                 Paste only the part of the report about HER2."
            ),
        }
    }
}

fn field_words(field: &Field) -> &str {
    match field {
        Field::Cancer => "cancer type",
        Field::IhcScore => "IHC score",
        Field::IhcZeroSubtype => "IHC 0 detail (null or ultralow)",
        Field::Probe => "ISH test type",
        Field::IshRatio => "HER2/CEP17 ratio",
        Field::AvgHer2Copies => "average HER2 copy number",
        Field::AvgCep17Copies => "average CEP17 copy number",
        Field::CellsCounted => "number of cells counted",
        Field::Specimen => "sample type",
        Field::RecountConfirmed => "recount answer",
        Field::Input | Field::Unknown(_) => "value",
    }
}

/// Reads the HER2 values a pathology report states. Never panics; text longer than
/// [`MAX_REPORT_BYTES`] is read up to that length.
///
/// ```
/// use her2_core::{parse_report, Cancer, Decimal, Field, IhcScore, Warning};
///
/// let text = "Left breast, core biopsy. ER: positive (95%). PR: negative (0%).\n\
///             HER2 (4B5): equivocal, score 2+.\n\
///             HER2 FISH: HER2/CEP17 ratio 1,8; average HER2 copy number 4.6; 20 cells counted.";
/// let report = parse_report(text);
/// assert_eq!(report.fields.cancer, Some(Cancer::Breast));
/// assert_eq!(report.fields.ihc_score, Some(IhcScore::Two));
/// assert_eq!(report.fields.ish_ratio, Decimal::parse("1.8"));
/// assert_eq!(report.fields.avg_her2_copies, Decimal::parse("4.6"));
/// assert_eq!(report.fields.cells_counted, Some(20));
/// assert!(report.warnings.is_empty());
///
/// // Where the ratio is in the text:
/// let ratio = report.found.iter().find(|f| f.field == Field::IshRatio).unwrap();
/// assert_eq!(&text[ratio.start..ratio.end], "1,8");
/// assert_eq!(ratio.value.api_text(), "1.8");
///
/// // Two different scores: both found, the field left empty.
/// let report = parse_report("HER2 IHC 2+ ... repeat HER2 IHC 3+");
/// assert_eq!(report.fields.ihc_score, None);
/// assert_eq!(report.warnings, vec![Warning::Conflict(Field::IhcScore)]);
/// ```
pub fn parse_report(text: &str) -> ParsedReport {
    parse_counting_work(text).0
}

/// [`parse_report`], and how much work reading the tokens took beyond one step per token (tokens,
/// bytes and candidates looked at again): linear in the length of the text, which tests check.
pub(crate) fn parse_counting_work(text: &str) -> (ParsedReport, usize) {
    let mut cut = text.len().min(MAX_REPORT_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let truncated = cut < text.len();
    let text = text.get(..cut).unwrap_or_default();

    let folded = lex::Folded::new(text);
    let toks = lex::tokenize(&folded);
    let read::Read {
        cands,
        pending,
        work,
        unmarked_scores,
    } = read::read(&folded.bytes, &toks);

    let mut fields = ReportFields::default();
    let mut conflicts = Vec::new();
    let mut pick = |slot: Slot| {
        let mut values = cands.iter().filter(|c| c.slot == slot).map(|c| c.value);
        let first = values.next()?;
        if values.any(|v| v != first) {
            conflicts.push(slot);
            return None;
        }
        Some(first)
    };
    fields.cancer = match pick(Slot::Cancer) {
        Some(FoundValue::Cancer(v)) => Some(v),
        _ => None,
    };
    fields.ihc_score = match pick(Slot::IhcScore) {
        Some(FoundValue::IhcScore(v)) => Some(v),
        _ => None,
    };
    // The IHC 0 detail only counts with IHC 0.
    let zero = fields.ihc_score == Some(IhcScore::Zero);
    fields.ihc_zero_subtype = match pick(Slot::Subtype) {
        Some(FoundValue::IhcZeroSubtype(v)) if zero => Some(v),
        _ => None,
    };
    fields.probe = match pick(Slot::Probe) {
        Some(FoundValue::Probe(v)) => Some(v),
        _ => None,
    };
    let mut number = |slot| match pick(slot) {
        Some(FoundValue::Number(v)) => Some(v),
        _ => None,
    };
    fields.ish_ratio = number(Slot::Ratio);
    fields.avg_her2_copies = number(Slot::Her2);
    fields.avg_cep17_copies = number(Slot::Cep17);
    fields.cells_counted = match pick(Slot::Cells) {
        Some(FoundValue::Count(v)) => Some(v),
        _ => None,
    };
    fields.specimen = match pick(Slot::Specimen) {
        Some(FoundValue::Specimen(v)) => Some(v),
        _ => None,
    };
    if !zero {
        conflicts.retain(|&s| s != Slot::Subtype);
    }

    let mut found: Vec<Found> = Vec::with_capacity(cands.len());
    found.extend(
        cands
            .iter()
            .filter(|c| zero || c.slot != Slot::Subtype)
            .map(|c: &Cand| Found {
                field: field_of(c.slot),
                value: c.value,
                start: folded.start(c.s),
                end: folded.end(c.e),
            }),
    );
    // Values come out in text order, but for a few that start a word or two earlier ("Dual ISH",
    // "faint ... ≤10%"). Equal spans keep the order they were found in (the index is part of the
    // key: an unstable sort with a unique key is as good as a stable one, and much smaller in
    // the WebAssembly); most texts need no sorting at all.
    if !found.is_sorted_by_key(|f| (f.start, f.end)) {
        let mut keyed: Vec<(usize, Found)> = found.drain(..).enumerate().collect();
        keyed.sort_unstable_by_key(|(i, f)| (f.start, f.end, *i));
        found.extend(keyed.into_iter().map(|(_, f)| f));
    }

    let her2_found = found
        .iter()
        .any(|f| !matches!(f.field, Field::Cancer | Field::Specimen));
    let mut warnings: Vec<Warning> = Vec::new();
    for slot in [
        Slot::Cancer,
        Slot::IhcScore,
        Slot::Subtype,
        Slot::Probe,
        Slot::Ratio,
        Slot::Her2,
        Slot::Cep17,
        Slot::Cells,
        Slot::Specimen,
    ] {
        if conflicts.contains(&slot) {
            warnings.push(Warning::Conflict(field_of(slot)));
        }
    }
    // An unmarked checklist says more than "nothing found".
    let unmarked =
        unmarked_scores && fields.ihc_score.is_none() && !conflicts.contains(&Slot::IhcScore);
    if unmarked {
        warnings.push(Warning::ChecklistUnmarked(Field::IhcScore));
    }
    if pending {
        warnings.push(Warning::Pending);
    } else if !her2_found && !unmarked {
        warnings.push(Warning::NothingFound);
    }
    if found.len() > MAX_FOUND {
        found.truncate(MAX_FOUND);
        warnings.push(Warning::TooManyValues);
    }
    if truncated {
        warnings.push(Warning::Truncated);
    }
    let report = ParsedReport {
        fields,
        found,
        warnings,
    };
    (report, work)
}

fn field_of(slot: Slot) -> Field {
    match slot {
        Slot::Cancer => Field::Cancer,
        Slot::IhcScore => Field::IhcScore,
        Slot::Subtype => Field::IhcZeroSubtype,
        Slot::Probe => Field::Probe,
        Slot::Ratio => Field::IshRatio,
        Slot::Her2 => Field::AvgHer2Copies,
        Slot::Cep17 => Field::AvgCep17Copies,
        Slot::Cells => Field::CellsCounted,
        Slot::Specimen => Field::Specimen,
    }
}

/// Converts a byte offset in `text` (such as [`Found::start`]) to a UTF-16 offset, for JavaScript
/// strings. An offset inside a character counts that whole character; an offset past the end gives
/// the UTF-16 length of the text. Never panics.
///
/// ```
/// use her2_core::utf16_offset;
/// let text = "Puntuación ≥ 2+ 😀 HER2";
/// let byte = text.find("HER2").unwrap();
/// assert_eq!(byte, 24);
/// assert_eq!(utf16_offset(text, byte), 19);
/// assert_eq!(utf16_offset(text, 1000), 23);
/// ```
pub fn utf16_offset(text: &str, byte_offset: usize) -> usize {
    let bytes = text.as_bytes();
    utf16_units(bytes.get(..byte_offset).unwrap_or(bytes))
}

/// Converts many byte offsets in one text to UTF-16 offsets, in any order, in time linear in the
/// text and the number of offsets: it counts the UTF-16 units of the text once, block by block,
/// and then each offset from the start of its block. Gives the same as [`utf16_offset`] for every
/// offset. Never panics.
///
/// ```
/// use her2_core::{parse_report, utf16_offset, Utf16Offsets};
/// let text = "Puntuación HER2: 2+. Cociente HER2/CEP17: 1,9";
/// let report = parse_report(text);
/// let utf16 = Utf16Offsets::new(text);
/// for f in &report.found {
///     assert_eq!(utf16.at(f.start), utf16_offset(text, f.start));
///     assert_eq!(utf16.at(f.end), utf16_offset(text, f.end));
/// }
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Offsets<'a> {
    bytes: &'a [u8],
    /// The UTF-16 offset of the start of each block of [`Utf16Offsets::BLOCK`] bytes.
    blocks: Vec<usize>,
}

impl<'a> Utf16Offsets<'a> {
    /// The bytes counted from a block start for each offset.
    const BLOCK: usize = 256;

    /// A converter for `text`.
    pub fn new(text: &'a str) -> Utf16Offsets<'a> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut units = 0;
        blocks.push(0);
        for block in bytes.chunks_exact(Self::BLOCK) {
            units += utf16_units(block);
            blocks.push(units);
        }
        Utf16Offsets { bytes, blocks }
    }

    /// The UTF-16 offset of `byte_offset`, as [`utf16_offset`] gives it.
    pub fn at(&self, byte_offset: usize) -> usize {
        let to = byte_offset.min(self.bytes.len());
        let block = (to / Self::BLOCK).min(self.blocks.len() - 1);
        let from = block * Self::BLOCK;
        self.blocks[block] + utf16_units(self.bytes.get(from..to).unwrap_or_default())
    }
}

/// The UTF-16 units of the characters that start in `bytes` (a part of a UTF-8 text).
fn utf16_units(bytes: &[u8]) -> usize {
    // Every character starting before the offset counts: one unit for each byte that starts a
    // character (not 0b10xx_xxxx), and one more for a four-byte one (0b1111_0xxx). Eight bytes
    // at a time, as plain ASCII text has none of either.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let continuing = x & !(x << 1) & HIGH;
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        units += 8 - continuing.count_ones() as usize + four.count_ones() as usize;
    }
    for &b in chunks.remainder() {
        units += usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0);
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_survive_multi_byte_folding() {
        let text = "HER2 ≤ 1+ ratio ≥2.0 ratio: 1,5 — ñ";
        let report = parse_report(text);
        for f in &report.found {
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
        assert_eq!(report.fields.ish_ratio, Decimal::parse("1.5"));
    }
}
