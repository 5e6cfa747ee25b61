//! The paste-your-report reader: highlighting what `her2_core::parse_report` found, and filling
//! the form from it. The pasted text never leaves the device.

use super::answers::{Answers, IhcAnswer, IshAnswer};
use her2_core::{
    check_values, Decimal, Field, Found, FoundValue, ParsedReport, ValueCheck, Warning,
};

/// A run of the pasted text: plain, or a found value (index into `ParsedReport::found`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text of the run.
    pub text: String,
    /// The found value this run is, if it is one.
    pub mark: Option<usize>,
}

/// Splits `text` into plain runs and found values. Offsets that are out of range, not on a
/// character boundary, empty or overlapping an earlier value are skipped (that text stays
/// plain), so odd offsets can never panic or lose text.
pub fn segments(text: &str, found: &[Found]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for (index, f) in found.iter().enumerate() {
        if f.start < at || f.end <= f.start {
            continue;
        }
        let (Some(before), Some(marked)) = (text.get(at..f.start), text.get(f.start..f.end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push(Segment {
                text: before.to_string(),
                mark: None,
            });
        }
        out.push(Segment {
            text: marked.to_string(),
            mark: Some(index),
        });
        at = f.end;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            out.push(Segment {
                text: rest.to_string(),
                mark: None,
            });
        }
    }
    out
}

/// One distinct value found, for the list under the highlighted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundItem {
    /// The field.
    pub field: Field,
    /// The value.
    pub value: FoundValue,
    /// Whether the text gives another value for this field too.
    pub conflict: bool,
}

/// Every distinct (field, value) found, in form order (cancer, IHC, ISH, sample), then in
/// text order, so that two values of one field sit together.
pub fn found_items(report: &ParsedReport) -> Vec<FoundItem> {
    let mut items: Vec<FoundItem> = Vec::new();
    for f in &report.found {
        if items
            .iter()
            .any(|i| i.field == f.field && i.value == f.value)
        {
            continue;
        }
        items.push(FoundItem {
            field: f.field.clone(),
            value: f.value,
            conflict: report
                .warnings
                .contains(&Warning::Conflict(f.field.clone())),
        });
    }
    // In form order, and in text order within a field: one pass per place in the form (a few,
    // and linear in the items), which needs no sort code in the WebAssembly.
    let mut ordered = Vec::with_capacity(items.len());
    for rank in 0..=LAST_RANK {
        ordered.extend(
            items
                .iter()
                .filter(|item| form_rank(&item.field) == rank)
                .cloned(),
        );
    }
    ordered
}

/// The last place in [`form_rank`].
const LAST_RANK: usize = 10;

/// Where a field comes in the form.
fn form_rank(field: &Field) -> usize {
    match field {
        Field::Cancer => 0,
        Field::IhcScore => 1,
        Field::IhcZeroSubtype => 2,
        Field::Probe => 3,
        Field::IshRatio => 4,
        Field::AvgHer2Copies => 5,
        Field::AvgCep17Copies => 6,
        Field::CellsCounted => 7,
        Field::RecountConfirmed => 8,
        Field::Specimen => 9,
        Field::Input | Field::Unknown(_) => LAST_RANK,
    }
}

/// The fields the text gives different values for, each with its distinct values.
pub fn conflicts(report: &ParsedReport) -> Vec<(Field, Vec<FoundValue>)> {
    report
        .warnings
        .iter()
        .filter_map(Warning::field)
        .map(|field| {
            let mut values: Vec<FoundValue> = Vec::new();
            for f in report.found.iter().filter(|f| &f.field == field) {
                if !values.contains(&f.value) {
                    values.push(f.value);
                }
            }
            (field.clone(), values)
        })
        .collect()
}

/// A decimal with the language's separator ("1.8" or "1,8").
pub fn format_decimal(value: Decimal, separator: &str) -> String {
    value.to_string().replace('.', separator)
}

/// A fresh form filled with what the report states. Fields that were not found or that
/// conflict stay unanswered, for the person to fill in.
pub fn answers_from(report: &ParsedReport, separator: &str) -> Answers {
    let f = &report.fields;
    let number = |value: Option<Decimal>| {
        value
            .map(|v| format_decimal(v, separator))
            .unwrap_or_default()
    };
    let ish_field = |field: &Field| {
        matches!(
            field,
            Field::Probe
                | Field::IshRatio
                | Field::AvgHer2Copies
                | Field::AvgCep17Copies
                | Field::CellsCounted
        )
    };
    let ish_found = report.found.iter().any(|found| ish_field(&found.field));
    Answers {
        cancer: f.cancer.map(Into::into),
        ihc: f.ihc_score.map(IhcAnswer::Score).unwrap_or_default(),
        zero_subtype: f.ihc_zero_subtype.into(),
        ish: if ish_found {
            IshAnswer::Done
        } else {
            IshAnswer::Unanswered
        },
        probe: f.probe.into(),
        ratio: number(f.ish_ratio),
        her2: number(f.avg_her2_copies),
        cep17: number(f.avg_cep17_copies),
        cells: f.cells_counted.map(|c| c.to_string()).unwrap_or_default(),
        recount_confirmed: false,
        specimen: f.specimen.into(),
    }
}

/// The values found that are possible but very unlikely (a ratio of 45, 6 cells): the reader
/// shows them back, as the review step does, so a typo in the report text is not taken silently.
pub fn values_to_check(report: &ParsedReport) -> Vec<ValueCheck> {
    check_values(&report.fields.to_input())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlikely_values_found_are_shown_back() {
        let report = parse_report("HER2/CEP17 ratio = 45. Average HER2 copy number 3.1.");
        let codes: Vec<&str> = values_to_check(&report)
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(codes, ["ratio_high", "implied_cep17_low"]);
        let fine = parse_report("HER2/CEP17 ratio = 4.5. Average HER2 copy number 9.1.");
        assert!(values_to_check(&fine).is_empty());
    }
    use crate::report::answers::Pick;
    use her2_core::{parse_report, Cancer, IhcScore, Probe};

    const REPORT: &str = "Left breast, core biopsy. ER: positive (95%). PR: negative (0%). Ki-67: 20%.\n\
        HER2 (4B5): equivocal, score 2+.\n\
        HER2 FISH (dual-probe): HER2/CEP17 ratio 1,8; average HER2 copy number 4.6; 20 cells counted.";

    #[test]
    fn segments_keep_every_byte_and_mark_each_value() {
        let report = parse_report(REPORT);
        let parts = segments(REPORT, &report.found);
        let joined: String = parts.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, REPORT);
        let marked: Vec<&str> = parts
            .iter()
            .filter(|s| s.mark.is_some())
            .map(|s| s.text.as_str())
            .collect();
        assert!(marked.contains(&"2+"));
        assert!(marked.contains(&"1,8"));
        assert!(!marked.contains(&"95%"));
    }

    #[test]
    fn odd_offsets_never_panic_or_lose_text() {
        let text = "ratio ≥ 2,0 ñ";
        let bad = |start, end| Found {
            field: Field::IshRatio,
            value: FoundValue::Count(1),
            start,
            end,
        };
        // Inside "≥", past the end, empty, overlapping.
        let found = [bad(7, 9), bad(3, 100), bad(5, 5), bad(0, 5), bad(2, 6)];
        let parts = segments(text, &found);
        let joined: String = parts.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(parts.iter().filter(|s| s.mark.is_some()).count(), 1);
    }

    #[test]
    fn found_values_fill_a_fresh_form() {
        let report = parse_report(REPORT);
        let answers = answers_from(&report, ",");
        assert_eq!(answers.cancer, Some(Cancer::Breast.into()));
        assert_eq!(answers.ihc, IhcAnswer::Score(IhcScore::Two));
        assert_eq!(answers.ish, IshAnswer::Done);
        assert_eq!(answers.probe, Pick::Is(Probe::Dual));
        assert_eq!(answers.ratio, "1,8");
        assert_eq!(answers.her2, "4,6");
        assert_eq!(answers.cells, "20");
        assert_eq!(answers.cep17, "");
    }

    #[test]
    fn conflicts_are_listed_and_left_for_the_person() {
        let report = parse_report("HER2 IHC 2+ ... repeat HER2 IHC 3+");
        assert_eq!(
            conflicts(&report),
            vec![(
                Field::IhcScore,
                vec![
                    FoundValue::IhcScore(IhcScore::Two),
                    FoundValue::IhcScore(IhcScore::Three)
                ]
            )]
        );
        assert_eq!(answers_from(&report, ".").ihc, IhcAnswer::Unanswered);
        assert!(found_items(&report).iter().all(|i| i.conflict));
    }

    #[test]
    fn found_items_are_in_form_order_and_distinct() {
        let report = parse_report(
            "HER2 FISH ratio 2.4, HER2 copies 5.1. Breast, core biopsy. HER2 IHC 2+. Repeat HER2 IHC: 3+. Left breast.",
        );
        let fields: Vec<Field> = found_items(&report).into_iter().map(|i| i.field).collect();
        assert_eq!(
            fields,
            vec![
                Field::Cancer,
                Field::IhcScore,
                Field::IhcScore,
                Field::IshRatio,
                Field::AvgHer2Copies,
                Field::Specimen
            ]
        );
        // Within a field, in text order.
        let scores: Vec<FoundValue> = found_items(&report)
            .into_iter()
            .filter(|i| i.field == Field::IhcScore)
            .map(|i| i.value)
            .collect();
        assert_eq!(
            scores,
            vec![
                FoundValue::IhcScore(IhcScore::Two),
                FoundValue::IhcScore(IhcScore::Three)
            ]
        );
    }
}
