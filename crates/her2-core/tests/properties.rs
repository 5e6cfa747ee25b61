//! Property tests: no input panics, results are internally consistent, and the ISH group depends
//! only on the thresholds.

use her2_core::{
    interpret, interpret_fields, Cancer, Copies, IhcScore, IhcZeroSubtype, Input, IshGroup,
    NextStep, Probe, Ratio, Specimen, Status, Value,
};
use proptest::prelude::*;

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(1e-7),
        Just(2.0),
        Just(4.0),
        Just(6.0),
        Just(20.0),
        Just(100.0),
        -10.0f64..200.0,
        any::<f64>(),
    ]
}

fn maybe<T: Clone + std::fmt::Debug>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![Just(None), s.prop_map(Some)]
}

prop_compose! {
    fn any_input()(
        gastric in any::<bool>(),
        ihc in maybe(prop::sample::select(IhcScore::ALL.to_vec())),
        subtype in maybe(prop::sample::select(IhcZeroSubtype::ALL.to_vec())),
        probe in maybe(prop::sample::select(Probe::ALL.to_vec())),
        ratio in maybe(any_number()),
        her2 in maybe(any_number()),
        cep17 in maybe(any_number()),
        cells in maybe(any_number()),
        specimen in maybe(prop::sample::select(Specimen::ALL.to_vec())),
        recount in any::<bool>(),
    ) -> Input {
        Input {
            cancer: if gastric { Cancer::Gastric } else { Cancer::Breast },
            ihc_score: ihc,
            ihc_zero_subtype: subtype,
            probe,
            ish_ratio: ratio,
            avg_her2_copies: her2,
            avg_cep17_copies: cep17,
            cells_counted: cells,
            specimen,
            recount_confirmed: recount,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Any input gives a result (no panic), and the result is consistent with itself.
    #[test]
    fn results_are_consistent(input in any_input()) {
        let r = interpret(&input);
        let invalid = r.next_step == NextStep::InvalidInput;
        prop_assert_eq!(invalid, !r.errors.is_empty());
        if invalid {
            prop_assert_eq!(r.status, Status::Indeterminate);
            prop_assert_eq!(r.ish_group, None);
            prop_assert_eq!(r.her2_low, None);
            prop_assert_eq!(r.her2_ultralow, None);
        }
        match r.status {
            Status::Positive | Status::Negative => prop_assert_eq!(r.next_step, NextStep::None),
            Status::Equivocal => prop_assert!(matches!(
                r.next_step,
                NextStep::ReflexIsh | NextStep::ReflexIhc | NextStep::DualProbeIsh | NextStep::RepeatTest
            )),
            Status::Indeterminate => prop_assert!(r.next_step != NextStep::None),
        }
        if r.status == Status::Positive && input.cancer == Cancer::Breast {
            prop_assert_eq!(r.her2_low, Some(false));
            prop_assert_eq!(r.her2_ultralow, Some(false));
        }
        if r.her2_low == Some(true) || r.her2_ultralow == Some(true) {
            prop_assert_eq!(r.status, Status::Negative);
            prop_assert!(!(r.her2_low == Some(true) && r.her2_ultralow == Some(true)));
        }
        if input.cancer == Cancer::Gastric {
            prop_assert_eq!(r.her2_low, None);
            prop_assert_eq!(r.her2_ultralow, None);
            prop_assert_eq!(r.ish_group, None);
        }
        if r.rule.is_undecided() {
            prop_assert_eq!(r.next_step, NextStep::AskCareTeam);
        }
        // Every "ask your care team" answer names the two results that disagree.
        prop_assert_eq!(r.next_step == NextStep::AskCareTeam, r.discordance.is_some());
        prop_assert_eq!(r.rule.is_undecided(), r.discordance.is_some());
        if let Some(d) = r.discordance {
            prop_assert_eq!(d.ihc, if d.ish == her2_core::IshFinding::RatioBelow2HighCopies { None } else { input.ihc_score });
        }
        // An ISH with fewer than 20 cells is never read: no group, and the notes say why.
        if r.rule.is_too_few_cells() {
            prop_assert_eq!(r.ish_group, None);
            prop_assert!(r.notes.contains(&her2_core::Note::IshTooFewCells)
                || r.notes.contains(&her2_core::Note::IshTooFewCellsNoIhc));
        }
        if invalid {
            prop_assert!(r.notes.is_empty());
        }
        prop_assert!(!r.rule.guideline().is_empty());
    }

    /// Values to check again are warnings only: the interpretation is the same with or without
    /// them, they never repeat an input error, and each names a value that was entered.
    #[test]
    fn warnings_never_change_the_interpretation(input in any_input()) {
        let before = interpret(&input);
        let checks = her2_core::check_values(&input);
        prop_assert_eq!(&interpret(&input), &before);
        for check in &checks {
            prop_assert!(!before.errors.iter().any(|e| e.field == check.field
                && !matches!(e.code, her2_core::ErrorCode::RatioMismatch
                    | her2_core::ErrorCode::MissingForBreastDualProbe)),
                "{check} repeats an error in {:?}", before.errors);
            let entered = match check.field.name() {
                "ish_ratio" => input.ish_ratio,
                "avg_her2_copies" => input.avg_her2_copies,
                "avg_cep17_copies" => input.avg_cep17_copies,
                "cells_counted" => input.cells_counted,
                _ => None,
            };
            prop_assert!(entered.is_some(), "{check} names a value not entered");
            prop_assert!(!check.message().is_empty());
        }
        // A valid result with a warning keeps its decision: the warning is only shown next to it.
        if before.errors.is_empty() && !checks.is_empty() {
            prop_assert!(before.next_step != NextStep::InvalidInput);
        }
    }

    /// The ISH group depends only on which side of 2.0, 4.0 and 6.0 the values fall.
    #[test]
    fn ish_group_depends_only_on_thresholds(r in 1u64..100_000, c in 1u64..10_000) {
        // r and c are hundredths, so every value is exact.
        let ratio = Ratio::new(r as f64 / 100.0).unwrap();
        let copies = Copies::new(c as f64 / 100.0).unwrap();
        let expected = match (r >= 200, c >= 400, c >= 600) {
            (true, true, _) => IshGroup::One,
            (true, false, _) => IshGroup::Two,
            (false, _, true) => IshGroup::Three,
            (false, true, false) => IshGroup::Four,
            (false, false, false) => IshGroup::Five,
        };
        prop_assert_eq!(IshGroup::classify(ratio, copies), expected);
        // Moving a value without crossing a threshold never changes the group.
        let nudged = Copies::new((c as f64 + 0.4) / 100.0).unwrap();
        if c != 399 && c != 599 {
            prop_assert_eq!(IshGroup::classify(ratio, nudged), expected);
        }
    }

    /// Breast dual-probe results report the same group as `IshGroup::classify`.
    #[test]
    fn interpret_reports_the_classified_group(r in 1u64..1_000, c in 1u64..10_000) {
        let input = Input::breast().ratio(r as f64 / 100.0).her2(c as f64 / 100.0);
        let expected = IshGroup::classify(
            Ratio::new(r as f64 / 100.0).unwrap(),
            Copies::new(c as f64 / 100.0).unwrap(),
        );
        prop_assert_eq!(interpret(&input).ish_group, Some(expected));
    }

    /// Loosely typed input from JavaScript: any names, any values, never a panic, and every
    /// refused value is reported.
    #[test]
    fn loose_fields_never_panic(
        names in prop::collection::vec(prop_oneof![
            Just("cancer".to_string()), Just("ihc_score".to_string()), Just("probe".to_string()),
            Just("ish_ratio".to_string()), Just("avg_her2_copies".to_string()),
            Just("avg_cep17_copies".to_string()), Just("cells_counted".to_string()),
            Just("ihc_zero_subtype".to_string()), Just("specimen".to_string()),
            Just("recount_confirmed".to_string()), ".{0,12}",
        ], 0..8),
        values in prop::collection::vec(prop_oneof![
            Just(0u8), Just(1), Just(2), Just(3), Just(4)
        ], 8),
        numbers in prop::collection::vec(any_number(), 8),
        texts in prop::collection::vec(prop_oneof![
            Just("2+".to_string()), Just("dual".to_string()), Just("gastric".to_string()),
            Just("null".to_string()), ".{0,6}",
        ], 8),
    ) {
        let fields: Vec<(&str, Value<'_>)> = names.iter().enumerate().map(|(i, n)| {
            let v = match values[i] {
                0 => Value::Null,
                1 => Value::Bool(i % 2 == 0),
                2 => Value::Number(numbers[i]),
                3 => Value::Text(&texts[i]),
                _ => Value::Other,
            };
            (n.as_str(), v)
        }).collect();
        let r = interpret_fields(fields);
        prop_assert_eq!(r.next_step == NextStep::InvalidInput, !r.errors.is_empty());
        for e in &r.errors {
            prop_assert!(!e.message().is_empty());
        }
    }
}
