//! Property tests for `parse_report`: no input panics, every offset is a char boundary inside the
//! text, the fields agree with what was found, long input is cut at 100 KB with a warning, and
//! reading stays linear in the length of the text.

use her2_core::fuzz::{adversarial_texts, check_report, reader_work, PIECES, SEEDS};
use her2_core::{parse_report, utf16_offset, ParsedReport, Warning, MAX_FOUND, MAX_REPORT_BYTES};
use proptest::prelude::*;
use proptest::test_runner::Config;

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

/// Everything that must hold for any input (the fuzzer's checks, `her2_core::fuzz`).
fn check(text: &str, report: &ParsedReport) -> Result<(), TestCaseError> {
    check_report(text, report).map_err(TestCaseError::fail)
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

/// How much work the reader may do per byte of text, beyond one step per token. Linear reading
/// stays well under it; a reader that looks at every later token again for each token (as it once
/// did for a run of `|`) goes far over it on 100 KB.
const WORK_PER_BYTE: usize = 4;

/// 100 KB texts made to be hard (separators, repeated keywords and numbers, and the mixes that
/// once made the reader slow): read correctly, and with work linear in their length.
#[test]
fn adversarial_texts_are_read_in_linear_work() {
    let mut too_much = Vec::new();
    for (name, text) in adversarial_texts() {
        assert_eq!(text.len(), MAX_REPORT_BYTES, "{name}");
        let report = parse_report(&text);
        check_report(&text, &report).unwrap_or_else(|e| panic!("{name}: {e}"));
        let work = reader_work(&text);
        if work > WORK_PER_BYTE * text.len() {
            too_much.push(format!("{name}: {work} steps for {} bytes", text.len()));
        }
    }
    assert!(too_much.is_empty(), "{too_much:#?}");
}

/// The same texts at several lengths: the work grows no faster than the text.
#[test]
fn reader_work_grows_with_the_length_only() {
    for (name, text) in adversarial_texts() {
        let mut cut = text.len() / 8;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let small = reader_work(&text[..cut]) as f64 / cut as f64;
        let large = reader_work(&text) as f64 / text.len() as f64;
        assert!(
            large <= 2.0 * small + 0.5,
            "{name}: {small:.2} steps per byte at {cut} bytes, {large:.2} at {}",
            text.len()
        );
    }
}

/// What the adversarial texts read as: separators and repeated labels find nothing or the same
/// value again and again (never a conflict), repeated scores in a row are a list, not a result.
#[test]
fn adversarial_texts_read_as_expected() {
    let read = |name: &str| {
        let (_, text) = adversarial_texts()
            .into_iter()
            .find(|(n, _)| *n == name)
            .unwrap();
        parse_report(&text)
    };
    for name in ["`|`", "`; `", "`. `", "line breaks", "`: `"] {
        let report = read(name);
        assert!(report.found.is_empty(), "{name}");
        assert_eq!(report.warnings, vec![Warning::NothingFound], "{name}");
    }
    let ratios = read("`ratio 1.5`");
    assert_eq!(
        ratios.fields.ish_ratio,
        her2_core::Decimal::parse("1.5"),
        "the same ratio again and again is not a conflict"
    );
    // 10,240 values: the first MAX_FOUND are listed, with a warning.
    assert!(MAX_REPORT_BYTES / "ratio 1.5 ".len() > MAX_FOUND);
    assert_eq!(ratios.found.len(), MAX_FOUND);
    assert_eq!(ratios.warnings, vec![Warning::TooManyValues]);
    assert!(ratios.found.windows(2).all(|w| w[0].start < w[1].start));
    let pending = read("values, `pending;`");
    assert!(pending.warnings.contains(&Warning::Pending));
    assert_eq!(pending.fields.ish_ratio, her2_core::Decimal::parse("1.5"));
    let faint = read("`faint ... 5%`");
    assert_eq!(
        faint.fields.ihc_zero_subtype,
        Some(her2_core::IhcZeroSubtype::Ultralow)
    );
    assert!(faint
        .found
        .windows(2)
        .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)));
    let scores = read("numbers `2+`");
    assert_eq!(scores.fields.ihc_score, None);
    // Unmarked options and the thresholds of marked ones are never values.
    let checklist = read("checklist lines");
    assert!(checklist.found.is_empty());
    assert_eq!(checklist.warnings, vec![Warning::NothingFound]);
    let boxes = read("checklist boxes, numbers");
    assert_eq!(boxes.fields.ihc_score, Some(her2_core::IhcScore::Two));
    assert_eq!(boxes.fields.ish_ratio, None);
    // (No conflict: only that its thousands of values are not all listed.)
    assert_eq!(boxes.warnings, vec![Warning::TooManyValues]);
}

/// "faint incomplete ... 5%" gives one value per "faint", not one per later percentage in the
/// clause (which made a 100 KB text of such clauses yield thousands of long, overlapping values
/// to sort and send to JavaScript: 7 times slower than an ordinary report of that length).
#[test]
fn one_value_per_faint_staining_phrase() {
    let text = "HER2 IHC 0, faint incomplete staining, ratio 1.5, 5%, 5%, 5%, 5%, 5%, 5%";
    let report = parse_report(text);
    let subtypes = report
        .found
        .iter()
        .filter(|f| f.field == her2_core::Field::IhcZeroSubtype)
        .count();
    assert_eq!(subtypes, 1, "{:?}", report.found);
}
