//! Seeded fuzzing of [`parse_report`] and [`interpret`]: input generators, the checks every
//! result must pass, and a runner. Behind the `fuzz` feature, for the tests and
//! `examples/fuzz.rs` only (the app and the JavaScript API do not build it).
//!
//! Every case is made from `(seed, index)` alone, so a failure names the case and
//! `cargo run --release -p her2-core --features fuzz --example fuzz -- --seed S --case I` shows it
//! again.
//!
//! ```
//! use her2_core::fuzz::{run_interpret, run_reports};
//! assert_eq!(run_reports(7, 200).unwrap().inputs, 200);
//! assert_eq!(run_interpret(7, 200).unwrap().inputs, 200);
//! ```

use crate::{
    interpret, parse_report, utf16_offset, Cancer, Decimal, Field, FoundValue, IhcScore,
    IhcZeroSubtype, Input, Interpretation, IshGroup, NextStep, ParsedReport, Probe, Specimen,
    Status, Utf16Offsets, Warning, MAX_FOUND, MAX_REPORT_BYTES,
};
use crate::{Copies, Ratio};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};

/// The seed and index of the case being run, for a panic hook to name it (a release build
/// aborts on a panic, so [`catch_unwind`] cannot catch it there).
pub static CURRENT_CASE: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];

fn mark_case(seed: u64, index: u64) {
    CURRENT_CASE[0].store(seed, Ordering::Relaxed);
    CURRENT_CASE[1].store(index, Ordering::Relaxed);
}

/// A small, fast pseudo-random generator (SplitMix64): the same seed always gives the same
/// numbers, on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for case `index` of a run with `seed`.
    pub fn for_case(seed: u64, index: u64) -> Rng {
        let mut rng = Rng(seed ^ index.wrapping_mul(0xd1b5_4a32_d192_ed03));
        rng.next_u64();
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Any character, mostly printable ASCII, sometimes from the rest of Unicode.
    pub fn char(&mut self) -> char {
        match self.below(10) {
            0..=5 => char::from(b' ' + self.below(95) as u8),
            6 => *self.pick(&['\n', '\r', '\t', '\u{0}', '\u{85}', '\u{2028}', '\u{feff}']),
            7 => char::from_u32(0xa0 + self.below(0x2000) as u32).unwrap_or('é'),
            _ => char::from_u32(self.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
        }
    }
}

/// Report snippets to mutate.
pub const SEEDS: &[&str] = &[
    "HER2 (IHC): 3+ (positive)",
    "HER2 IHC: 0 (ultralow)",
    "HER2: 0 with faint incomplete membrane staining in ≤10% of invasive tumor cells",
    "HER2/CEP17 ratio: 2.19\nAverage number of HER2 signals per cell: 4.6\nCells counted: 20",
    "Cociente HER2/CEP17: 1,3\nNúmero medio de copias de HER2 por núcleo: 2,6\nNúcleos evaluados: 20",
    "ER: Positive (90%). PR: Positive (40%). HER2: Negative (1+). Ki-67: 15%.",
    "Marker | Result\nER | 95%\nHER2 | 2+ | equivocal\nKi-67 | 30% |",
    "c-erbB-2 (HER2/neu) +++ in 90% of tumour cells",
    "HER2 (IHQ): 0, ultrabajo (tinción débil e incompleta en ≤10% de las células)",
    "Gastrectomía total: adenocarcinoma gástrico difuso. HER2 (IHQ): 1+.",
    "Interpretation criteria (ASCO/CAP 2018): Negative: 0 or 1+; Equivocal: 2+; Positive: 3+.",
    "HER2 IHC 2+; FISH to follow. Mean signals per nucleus: HER2 5.8, CEP17 2.9",
    "HER2 SISH, single probe: HER2/CEP17 ratio: N/A; average HER2 copies per cell: 5.2",
    "Dual-probe ISH: pending. HER2 IHC score 2+",
    "Left breast, core biopsy. HER2 FISH (dual probe): 20 cells counted; ratio 1,8; HER2 4.6",
    "HER2 by IHC\n___ Negative (Score 1+)\n_X_ Equivocal (Score 2+)\nRatio: 1.6\n\
     _X_ Group 4 (HER2/CEP17 ratio <2.0 and average HER2 copy number ≥4.0 and <6.0 signals/cell)",
    "HER2 (IHQ)\n[ ] Negativo (1+)\n[x] Positivo (3+)\n☐ Pendiente\n☒ Sonda doble",
];

/// Pieces that exercise the scanner: keywords, numbers, separators, multi-byte characters.
pub const PIECES: &[&str] = &[
    "HER2",
    "her-2/neu",
    "neu",
    "CEP17",
    "ratio",
    "cociente",
    "copy number",
    "signals per cell",
    "average",
    "total",
    "cells",
    "counted",
    "núcleos",
    "score",
    "IHC",
    "FISH",
    "dual",
    "probe",
    "sonda",
    "single",
    "0",
    "1+",
    "2 +",
    "3+",
    "+++",
    "++",
    "+",
    "1,8",
    "2.35",
    "4.0",
    "6",
    "20",
    "≤10%",
    "≥",
    ">=",
    "%",
    "(",
    ")",
    ":",
    "=",
    ";",
    ",",
    ".",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "|",
    "/",
    "-",
    "—",
    " ",
    "\t",
    "ER",
    "PR",
    "Ki-67",
    "EBER",
    "pending",
    "not performed",
    "N/A",
    "ultralow",
    "null",
    "faint",
    "incomplete",
    "criteria",
    "cases",
    "control",
    "positive",
    "equivocal",
    "breast",
    "gástrico",
    "biopsia",
    "mastectomy",
    "cm",
    "é",
    "ñ",
    "😀",
    "\u{301}",
    "\u{0}",
    "\u{feff}",
    "٣",
    "___ ",
    "_X_ ",
    "[x]",
    "[ ]",
    "(X)",
    "( )",
    "☒",
    "☐",
    "✔",
    "■",
    "□",
    "+ ",
];

/// Text built from `PIECES`, random characters and short runs of digits and separators.
pub fn pieces_text(rng: &mut Rng, max_pieces: usize) -> String {
    let count = rng.below(max_pieces + 1);
    let mut text = String::new();
    for _ in 0..count {
        match rng.below(5) {
            0..=2 => {
                let piece: &&str = rng.pick(PIECES);
                text.push_str(piece)
            }
            3 => text.push(rng.char()),
            _ => {
                for _ in 0..1 + rng.below(4) {
                    text.push(*rng.pick(&['0', '1', '2', '3', '5', '9', '.', ',', '+', ' ']));
                }
            }
        }
        if rng.chance(40) {
            text.push(' ');
        }
    }
    text
}

/// A seed with random edits (insert, delete, replace) at char boundaries.
pub fn mutated_text(rng: &mut Rng) -> String {
    let mut text = rng.pick(SEEDS).to_string();
    for _ in 0..1 + rng.below(8) {
        let mut at = rng.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let next = text[at..].chars().next().map_or(0, char::len_utf8);
        let insert = if rng.chance(70) {
            rng.pick(PIECES).to_string()
        } else {
            rng.char().to_string()
        };
        match rng.below(3) {
            0 => text.insert_str(at, &insert),
            1 => text.replace_range(at..at + next, ""),
            _ => text.replace_range(at..at + next, &insert),
        }
    }
    text
}

/// A few pieces repeated until the text is `len` bytes or a little more.
pub fn repeated_text(rng: &mut Rng, len: usize) -> String {
    let unit: String = (0..1 + rng.below(3))
        .map(|_| *rng.pick(PIECES))
        .collect::<Vec<_>>()
        .join(" ");
    let unit = if unit.is_empty() {
        " ".to_string()
    } else {
        unit
    };
    let mut text = String::with_capacity(len + unit.len());
    while text.len() < len {
        text.push_str(&unit);
    }
    text
}

/// One generated report text: mostly short and report-like, sometimes random characters, and
/// rarely long (up to a little over [`MAX_REPORT_BYTES`]).
pub fn report_text(rng: &mut Rng) -> String {
    match rng.below(1000) {
        0..=399 => pieces_text(rng, 40),
        400..=699 => mutated_text(rng),
        700..=849 => (0..rng.below(60)).map(|_| rng.char()).collect(),
        850..=979 => {
            // A report-like text made of several mutated snippets.
            (0..2 + rng.below(6))
                .map(|_| mutated_text(rng))
                .collect::<Vec<_>>()
                .join(*rng.pick(&["\n", "\n\n", ". ", "; ", " | ", " "]))
        }
        980..=997 => pieces_text(rng, 400),
        998 => {
            let len = rng.below(4000);
            repeated_text(rng, len)
        }
        _ => {
            if rng.chance(5) {
                let len = MAX_REPORT_BYTES - 50 + rng.below(100);
                repeated_text(rng, len)
            } else {
                pieces_text(rng, 3000)
            }
        }
    }
}

/// A number for an input field: at and around the thresholds, odd values, and any `f64`.
pub fn number(rng: &mut Rng) -> f64 {
    const EDGES: &[f64] = &[
        0.0, -0.0, 1.0, 1.99, 1.999_999, 2.0, 2.01, 2.2, 3.99, 4.0, 4.01, 5.99, 6.0, 6.01, 10.0,
        19.0, 19.5, 20.0, 20.5, 40.0, 100.0, 1e-7, 1e-12, 1e9, 1e300,
    ];
    match rng.below(10) {
        0..=3 => *rng.pick(EDGES),
        4..=6 => rng.below(100_000) as f64 / 100.0,
        7 => -(rng.below(1000) as f64) / 10.0,
        8 => *rng.pick(&[
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::EPSILON,
        ]),
        _ => f64::from_bits(rng.next_u64()),
    }
}

fn maybe<T>(rng: &mut Rng, percent: usize, make: impl FnOnce(&mut Rng) -> T) -> Option<T> {
    if rng.chance(percent) {
        Some(make(rng))
    } else {
        None
    }
}

/// One generated input for [`interpret`].
pub fn input(rng: &mut Rng) -> Input {
    Input {
        cancer: if rng.chance(50) {
            Cancer::Breast
        } else {
            Cancer::Gastric
        },
        ihc_score: maybe(rng, 75, |r| *r.pick(IhcScore::ALL)),
        ihc_zero_subtype: maybe(rng, 30, |r| *r.pick(IhcZeroSubtype::ALL)),
        probe: maybe(rng, 50, |r| *r.pick(Probe::ALL)),
        ish_ratio: maybe(rng, 50, number),
        avg_her2_copies: maybe(rng, 50, number),
        avg_cep17_copies: maybe(rng, 35, number),
        cells_counted: maybe(rng, 40, number),
        specimen: maybe(rng, 30, |r| *r.pick(Specimen::ALL)),
        recount_confirmed: rng.chance(30),
    }
}

/// Checks that a reading of `text` is consistent with itself and with the text: offsets are
/// char boundaries in order and point at text that says the value, fields agree with what was
/// found, and the warnings say what happened.
pub fn check_report(text: &str, report: &ParsedReport) -> Result<(), String> {
    let read = text.len().min(MAX_REPORT_BYTES);
    let mut last = (0, 0);
    let utf16 = Utf16Offsets::new(text);
    for (i, f) in report.found.iter().enumerate() {
        let ok = f.start < f.end
            && f.end <= read
            && text.is_char_boundary(f.start)
            && text.is_char_boundary(f.end);
        if !ok {
            return Err(format!("bad offsets: {f:?}"));
        }
        if (f.start, f.end) < last {
            return Err(format!("not in text order: {f:?} after {last:?}"));
        }
        last = (f.start, f.end);
        let (start16, end16) = (utf16.at(f.start), utf16.at(f.end));
        if i < 8 && (start16, end16) != (utf16_offset(text, f.start), utf16_offset(text, f.end)) {
            return Err(format!("UTF-16 offsets differ: {f:?}"));
        }
        if start16 >= end16 {
            return Err(format!("empty UTF-16 span: {f:?}"));
        }
        let span = &text[f.start..f.end];
        says(span, &f.value).map_err(|e| format!("{e}: {span:?} for {f:?}"))?;
    }
    let fields = &report.fields;
    let stated: [(Field, Option<FoundValue>); 9] = [
        (Field::Cancer, fields.cancer.map(FoundValue::Cancer)),
        (Field::IhcScore, fields.ihc_score.map(FoundValue::IhcScore)),
        (
            Field::IhcZeroSubtype,
            fields.ihc_zero_subtype.map(FoundValue::IhcZeroSubtype),
        ),
        (Field::Probe, fields.probe.map(FoundValue::Probe)),
        (Field::IshRatio, fields.ish_ratio.map(FoundValue::Number)),
        (
            Field::AvgHer2Copies,
            fields.avg_her2_copies.map(FoundValue::Number),
        ),
        (
            Field::AvgCep17Copies,
            fields.avg_cep17_copies.map(FoundValue::Number),
        ),
        (
            Field::CellsCounted,
            fields.cells_counted.map(FoundValue::Count),
        ),
        (Field::Specimen, fields.specimen.map(FoundValue::Specimen)),
    ];
    // With more values than `found` lists, the fields come from values not listed.
    let too_many = report.warnings.contains(&Warning::TooManyValues);
    let listed = report.found.len();
    if listed > MAX_FOUND || (too_many && listed != MAX_FOUND) {
        return Err(format!(
            "too-many-values warning wrong: {} values found, {:?}",
            report.found.len(),
            report.warnings
        ));
    }
    for (field, value) in stated.into_iter().filter(|_| !too_many) {
        let mut values = report
            .found
            .iter()
            .filter(|f| f.field == field)
            .map(|f| f.value);
        let first = values.next();
        let differ = first.is_some_and(|first| values.any(|v| v != first));
        let conflict = report.warnings.contains(&Warning::Conflict(field.clone()));
        match (value, first) {
            (Some(v), Some(first)) if v == first && !differ && !conflict => {}
            (None, Some(_)) if differ && conflict => {}
            (None, None) if !conflict => {}
            _ => {
                return Err(format!(
                    "{field}: field {value:?}, found {first:?} (differ: {differ}, conflict: {conflict})"
                ))
            }
        }
    }
    if fields.ihc_zero_subtype.is_some() && fields.ihc_score != Some(IhcScore::Zero) {
        return Err("IHC 0 detail without IHC 0".into());
    }
    let her2_found = report
        .found
        .iter()
        .any(|f| !matches!(f.field, Field::Cancer | Field::Specimen));
    let pending = report.warnings.contains(&Warning::Pending);
    let mut unmarked = false;
    for warning in &report.warnings {
        if let Warning::ChecklistUnmarked(field) = warning {
            unmarked = true;
            if report.found.iter().any(|f| &f.field == field) {
                return Err(format!("{field}: an unmarked checklist, yet values found"));
            }
        }
    }
    if report.warnings.contains(&Warning::NothingFound) != (!pending && !her2_found && !unmarked) {
        return Err(format!(
            "nothing-found warning wrong: {:?}",
            report.warnings
        ));
    }
    if report.warnings.contains(&Warning::Truncated) != (text.len() > MAX_REPORT_BYTES) {
        return Err(format!("truncated warning wrong: {:?}", report.warnings));
    }
    let mut warnings = report.warnings.clone();
    warnings.dedup();
    if warnings.len() != report.warnings.len() {
        return Err(format!("a warning repeats: {:?}", report.warnings));
    }
    Ok(())
}

/// Whether `span`, the text a value was found at, says that value.
fn says(span: &str, value: &FoundValue) -> Result<(), &'static str> {
    // Numbers and scores are short; other values may span a phrase ("faint ... 10%").
    let digits = || -> String {
        span.chars()
            .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .map(|c| if c == ',' { '.' } else { c })
            .collect()
    };
    let ok = match value {
        FoundValue::Number(v) => Decimal::parse(&digits()) == Some(*v),
        FoundValue::Count(n) => digits().parse::<u64>().ok() == Some(*n),
        FoundValue::IhcScore(score) => {
            let wanted = match score {
                IhcScore::Zero => 0,
                IhcScore::One => 1,
                IhcScore::Two => 2,
                IhcScore::Three => 3,
            };
            let pluses = span
                .chars()
                .filter(|c| matches!(c, '+' | '\u{ff0b}' | '\u{207a}'))
                .count();
            // "2+", "2" (or "02"), or plus signs alone: "+++" is 3+.
            let digits = digits();
            digits.parse::<usize>().ok() == Some(wanted) || (digits.is_empty() && pluses == wanted)
        }
        FoundValue::Cancer(_)
        | FoundValue::IhcZeroSubtype(_)
        | FoundValue::Probe(_)
        | FoundValue::Specimen(_) => span.chars().any(char::is_alphabetic),
    };
    if ok {
        Ok(())
    } else {
        Err("the text found does not say the value")
    }
}

/// Checks that an interpretation agrees with itself and with its input: the status and the next
/// step agree, invalid input has errors and nothing else, HER2-low and ultralow only for breast
/// HER2-negative, an ISH group only for breast dual-probe ISH (and the group its numbers give),
/// and every rule names its guideline.
pub fn check_interpretation(input: &Input, r: &Interpretation) -> Result<(), String> {
    let fail = |what: &str| Err(format!("{what}: {r:?}"));
    let invalid = r.next_step == NextStep::InvalidInput;
    if invalid == r.errors.is_empty() {
        return fail("errors without invalid input, or the reverse");
    }
    if invalid
        && (r.status != Status::Indeterminate
            || r.ish_group.is_some()
            || r.her2_low.is_some()
            || r.her2_ultralow.is_some())
    {
        return fail("invalid input with a result");
    }
    let agree = match r.status {
        Status::Positive | Status::Negative => r.next_step == NextStep::None,
        Status::Equivocal => matches!(
            r.next_step,
            NextStep::ReflexIsh
                | NextStep::ReflexIhc
                | NextStep::DualProbeIsh
                | NextStep::RepeatTest
        ),
        Status::Indeterminate => r.next_step != NextStep::None,
    };
    if !agree {
        return fail("status and next step disagree");
    }
    if r.status == Status::Positive
        && input.cancer == Cancer::Breast
        && (r.her2_low != Some(false) || r.her2_ultralow != Some(false))
    {
        return fail("breast positive is neither low nor ultralow");
    }
    if (r.her2_low == Some(true) || r.her2_ultralow == Some(true))
        && (r.status != Status::Negative || r.her2_low == r.her2_ultralow)
    {
        return fail("HER2-low or ultralow must be negative, and not both");
    }
    if input.cancer == Cancer::Gastric
        && (r.her2_low.is_some() || r.her2_ultralow.is_some() || r.ish_group.is_some())
    {
        return fail("stomach results have no low, ultralow or ISH group");
    }
    if let Some(group) = r.ish_group {
        let dual = match input.probe {
            Some(probe) => probe == Probe::Dual,
            None => input.ish_ratio.is_some() || input.avg_cep17_copies.is_some(),
        };
        if input.cancer != Cancer::Breast || !dual || input.avg_her2_copies.is_none() {
            return fail("an ISH group without breast dual-probe ISH");
        }
        let classified = match (input.ish_ratio, input.avg_her2_copies) {
            (Some(ratio), Some(her2)) => match (Ratio::new(ratio), Copies::new(her2)) {
                (Ok(ratio), Ok(her2)) => Some(IshGroup::classify(ratio, her2)),
                _ => return fail("an ISH group from refused numbers"),
            },
            _ => None,
        };
        if classified.is_some_and(|c| c != group) {
            return fail("the ISH group is not the one its numbers give");
        }
    }
    if r.rule.is_undecided() && r.next_step != NextStep::AskCareTeam {
        return fail("an undecided rule must send to the care team");
    }
    if r.rule.is_too_few_cells() && r.ish_group.is_some() {
        return fail("too few cells, yet an ISH group");
    }
    if r.rule.guideline().is_empty() || r.rule.id().is_empty() || r.rule_id() != r.rule.id() {
        return fail("a rule without its guideline or id");
    }
    if r.errors
        .iter()
        .any(|e| e.message().is_empty() || matches!(e.field, Field::Unknown(_)))
    {
        return fail("an error without a message or field");
    }
    Ok(())
}

/// How much work the report reader did on `text` beyond one step per token (tokens, bytes and
/// candidates looked at again). It grows linearly with the length of any text.
pub fn reader_work(text: &str) -> usize {
    crate::report::parse_counting_work(text).1
}

/// 100 KB texts made to be hard for the report reader, with their names: separators, repeated
/// keywords, repeated numbers, and mixes that once made it slow.
pub fn adversarial_texts() -> Vec<(&'static str, String)> {
    /// `head`, then `piece` repeated, then `tail` repeated (each half of the rest), up to exactly
    /// [`MAX_REPORT_BYTES`], padded with spaces.
    fn built(head: &str, piece: &str, tail: &str) -> String {
        let mut text = head.to_string();
        let room = MAX_REPORT_BYTES - head.len();
        let (piece_room, tail_room) = if tail.is_empty() {
            (room, 0)
        } else {
            (room / 2, room / 2)
        };
        text.push_str(&piece.repeat(piece_room / piece.len()));
        if !tail.is_empty() {
            text.push_str(&tail.repeat(tail_room / tail.len()));
        }
        while text.len() < MAX_REPORT_BYTES {
            text.push(' ');
        }
        text
    }
    let repeated = |piece: &str| built("", piece, "");
    vec![
        ("`|`", repeated("|")),
        ("`; `", repeated("; ")),
        ("`. `", repeated(". ")),
        ("line breaks", repeated("\n")),
        ("`: `", repeated(": ")),
        (
            "keywords",
            repeated("HER2 IHC score ratio copies cells counted dual probe "),
        ),
        ("`pending`", repeated("pending ")),
        ("values, `pending;`", built("", "ratio 1.5 ", "pending; ")),
        ("`score : ... +`", built("score ", ": ", "5 + ")),
        (
            "`faint ... 5%`",
            built("HER2 IHC 0, faint incomplete ", "ratio 1.5 ", "5% "),
        ),
        ("`HER2 neu`", repeated("HER2 neu ")),
        ("`dual probe`", repeated("dual probe ")),
        ("numbers `1.5`", repeated("1.5 ")),
        ("numbers `2+`", repeated("2+ ")),
        ("`ratio 1.5`", repeated("ratio 1.5 ")),
        ("`5 (`", repeated("5 ( ")),
        ("`(` then `1`", built("", "(", "1 ")),
        (
            "checklist lines",
            built(
                "HER2 by immunohistochemistry\n",
                "___ Negative (Score 1+)\n[ ] ratio ≥2.0 (   ) ☐ _x_ ",
                "_X_ Group 4 (HER2/CEP17 ratio <2.0 and ≥4.0 and <6.0 signals/cell) ___\n+   ",
            ),
        ),
        (
            "checklist boxes, numbers",
            built("", "\n☒ 2+ ratio 1.5 ", "\n___ 4.0 :    1.6 \n____________"),
        ),
    ]
}

/// What a run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// Inputs generated and checked.
    pub inputs: u64,
    /// Bytes of text read (report runs).
    pub bytes: u64,
    /// The longest text (report runs).
    pub longest: usize,
}

/// A case that failed: which one, its input, and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The run's seed.
    pub seed: u64,
    /// The case's index in the run.
    pub index: u64,
    /// The input, as Rust debug text.
    pub input: String,
    /// What went wrong (a panic or a failed check).
    pub problem: String,
}

impl core::fmt::Display for Failure {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "case {} of seed {}: {}\ninput: {}",
            self.index, self.seed, self.problem, self.input
        )
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// Reads one generated text, checks the reading, then interprets what was read and checks that.
pub fn report_case(seed: u64, index: u64) -> (String, Result<(), String>) {
    mark_case(seed, index);
    let text = report_text(&mut Rng::for_case(seed, index));
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let report = parse_report(&text);
        check_report(&text, &report)?;
        let input = report.fields.to_input();
        check_interpretation(&input, &interpret(&input)).map_err(|e| format!("interpret: {e}"))
    }))
    .unwrap_or_else(|payload| Err(format!("panic: {}", panic_text(payload.as_ref()))));
    (text, outcome)
}

/// Interprets one generated input and checks the result.
pub fn interpret_case(seed: u64, index: u64) -> (Input, Result<(), String>) {
    mark_case(seed, index);
    let input = input(&mut Rng::for_case(seed, index));
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        check_interpretation(&input, &interpret(&input))
    }))
    .unwrap_or_else(|payload| Err(format!("panic: {}", panic_text(payload.as_ref()))));
    (input, outcome)
}

/// Runs `count` generated report texts through [`parse_report`] (and what was read through
/// [`interpret`]), checking each; stops at the first failure.
pub fn run_reports(seed: u64, count: u64) -> Result<Totals, Failure> {
    let mut totals = Totals {
        inputs: 0,
        bytes: 0,
        longest: 0,
    };
    for index in 0..count {
        let (text, outcome) = report_case(seed, index);
        if let Err(problem) = outcome {
            return Err(Failure {
                seed,
                index,
                input: format!("{text:?}"),
                problem,
            });
        }
        totals.inputs += 1;
        totals.bytes += text.len() as u64;
        totals.longest = totals.longest.max(text.len());
    }
    Ok(totals)
}

/// Runs `count` generated inputs through [`interpret`], checking each; stops at the first
/// failure.
pub fn run_interpret(seed: u64, count: u64) -> Result<Totals, Failure> {
    for index in 0..count {
        let (input, outcome) = interpret_case(seed, index);
        if let Err(problem) = outcome {
            return Err(Failure {
                seed,
                index,
                input: format!("{input:?}"),
                problem,
            });
        }
    }
    Ok(Totals {
        inputs: count,
        bytes: 0,
        longest: 0,
    })
}
