//! Property tests for `parse_report`: no input panics, every offset is a char boundary inside the
//! text, the fields agree with what was found, and long input is cut at 100 KB with a warning.

use her2_core::{
    parse_report, utf16_offset, Field, FoundValue, IhcScore, ParsedReport, Warning,
    MAX_REPORT_BYTES,
};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Report snippets to mutate.
const SEEDS: &[&str] = &[
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
];

/// Pieces that exercise the scanner: keywords, numbers, separators, multi-byte characters.
const PIECES: &[&str] = &[
    "HER2",
    "her-2/neu",
    "CEP17",
    "ratio",
    "cociente",
    "copy number",
    "signals per cell",
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
    "20",
    "≤10%",
    "≥",
    "%",
    "(",
    ")",
    ":",
    ";",
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
    "pending",
    "not performed",
    "ultralow",
    "null",
    "faint",
    "incomplete",
    "criteria",
    "control",
    "breast",
    "gástrico",
    "biopsia",
    "mastectomy",
    "é",
    "ñ",
    "😀",
    "\u{301}",
    "\u{0}",
    "\u{feff}",
    "٣",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9.,+ ]{1,4}",
    ]
}

/// Text built from pieces: up to about 100 KB when `max_pieces` is large.
fn text(max_pieces: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max_pieces).prop_map(|pieces| pieces.concat())
}

/// A seed with random edits at char boundaries.
fn mutated() -> impl Strategy<Value = String> {
    (
        prop::sample::select(SEEDS),
        prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, piece()), 1..8),
    )
        .prop_map(|(seed, edits)| {
            let mut s = seed.to_string();
            for (at, op, insert) in edits {
                let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
                let i = bounds[at.index(bounds.len())];
                match op {
                    0 => s.insert_str(i, &insert),
                    1 => {
                        // Delete the next character.
                        if let Some(c) = s[i..].chars().next() {
                            s.replace_range(i..i + c.len_utf8(), "");
                        }
                    }
                    _ => {
                        // Replace the next character.
                        if let Some(c) = s[i..].chars().next() {
                            s.replace_range(i..i + c.len_utf8(), &insert);
                        }
                    }
                }
            }
            s
        })
}

/// Everything that must hold for any input.
fn check(text: &str, report: &ParsedReport) -> Result<(), TestCaseError> {
    let mut last = (0, 0);
    for (i, f) in report.found.iter().enumerate() {
        prop_assert!(f.start <= f.end && f.end <= text.len(), "{f:?}");
        prop_assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?}"
        );
        prop_assert!((f.start, f.end) >= last, "found is in text order");
        last = (f.start, f.end);
        // Offsets convert to UTF-16 without panicking and in order (a sample: it is O(n)).
        if i < 20 {
            prop_assert!(utf16_offset(text, f.start) <= utf16_offset(text, f.end));
        }
    }
    // A field with a value was found with exactly that value; a conflict has two values.
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
    for (field, value) in stated {
        let values: Vec<FoundValue> = report
            .found
            .iter()
            .filter(|f| f.field == field)
            .map(|f| f.value)
            .collect();
        let conflict = report.warnings.contains(&Warning::Conflict(field.clone()));
        match value {
            Some(v) => prop_assert!(
                !values.is_empty() && values.iter().all(|&x| x == v),
                "{field}"
            ),
            None if conflict => prop_assert!(values.iter().any(|&x| x != values[0]), "{field}"),
            None => prop_assert!(values.is_empty(), "{field}: {values:?}"),
        }
    }
    if fields.ihc_zero_subtype.is_some() {
        prop_assert_eq!(fields.ihc_score, Some(IhcScore::Zero));
    }
    let her2_found = report
        .found
        .iter()
        .any(|f| !matches!(f.field, Field::Cancer | Field::Specimen));
    let pending = report.warnings.contains(&Warning::Pending);
    prop_assert_eq!(
        report.warnings.contains(&Warning::NothingFound),
        !pending && !her2_found
    );
    prop_assert_eq!(
        report.warnings.contains(&Warning::Truncated),
        text.len() > MAX_REPORT_BYTES
    );
    Ok(())
}

proptest! {
    #![proptest_config(Config { cases: 512, ..Config::default() })]

    #[test]
    fn short_unicode_text_never_panics(text in any::<String>()) {
        let report = parse_report(&text);
        check(&text, &report)?;
    }

    #[test]
    fn report_like_text_never_panics(text in text(200)) {
        let report = parse_report(&text);
        check(&text, &report)?;
    }

    #[test]
    fn mutated_snippets_never_panic(text in mutated()) {
        let report = parse_report(&text);
        check(&text, &report)?;
    }

    #[test]
    fn utf16_offset_never_panics(text in any::<String>(), offset in 0usize..200) {
        let units = utf16_offset(&text, offset);
        prop_assert!(units <= text.encode_utf16().count());
        if text.is_char_boundary(offset.min(text.len())) {
            prop_assert_eq!(units, text[..offset.min(text.len())].encode_utf16().count());
        }
    }
}

proptest! {
    #![proptest_config(Config { cases: 24, ..Config::default() })]

    /// Up to about 100 KB (pieces average a few bytes; 30 000 pieces reach 100 KB and beyond).
    #[test]
    fn long_text_never_panics(text in text(30_000)) {
        let report = parse_report(&text);
        check(&text, &report)?;
    }

    /// Above 100 KB: cut at a char boundary, warned, and read like the cut text.
    #[test]
    fn long_input_is_truncated(
        filler in prop::sample::select(vec!["é", "😀", "a", "HER2 2+ ", "ratio 1,5; ", "€"]),
        extra in 1usize..5000,
        tail in text(50),
    ) {
        let mut text = "HER2 IHC: 3+\n".to_string();
        while text.len() <= MAX_REPORT_BYTES + extra {
            text.push_str(filler);
        }
        text.push_str(&tail);
        let report = parse_report(&text);
        prop_assert!(report.warnings.contains(&Warning::Truncated));
        check(&text, &report)?;
        let mut cut = MAX_REPORT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prop_assert!(report.found.iter().all(|f| f.end <= cut));
        let prefix = parse_report(&text[..cut]);
        prop_assert_eq!(&prefix.fields, &report.fields);
        prop_assert_eq!(&prefix.found, &report.found);
        let mut warnings = prefix.warnings.clone();
        warnings.push(Warning::Truncated);
        prop_assert_eq!(warnings, report.warnings.clone());
    }
}

#[test]
fn exactly_the_limit_is_not_truncated() {
    let text = "a".repeat(MAX_REPORT_BYTES);
    assert!(!parse_report(&text).warnings.contains(&Warning::Truncated));
    let text = format!("{text}é");
    assert!(parse_report(&text).warnings.contains(&Warning::Truncated));
}
