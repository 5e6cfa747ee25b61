//! Every branch and threshold of her2-rules.md section 8, as a table of cases.
//!
//! Each row gives the input in the JavaScript API's own words and the whole expected result, so a
//! reviewer can check the rows against the spec without reading Rust.

use her2_core::{interpret_fields, Interpretation, IshGroup, Value};

/// One expected result: status, her2_low, her2_ultralow, ish_group, next_step, rule id.
type Expected = (
    &'static str,
    Option<bool>,
    Option<bool>,
    Option<u8>,
    &'static str,
    &'static str,
);

const T: Option<bool> = Some(true);
const F: Option<bool> = Some(false);
const N: Option<bool> = None;

/// Parses "ihc_score=2+ ish_ratio=2.0 avg_her2_copies=3.99" into API fields.
fn fields(spec: &str) -> Vec<(&str, Value<'_>)> {
    spec.split_whitespace()
        .map(|pair| {
            let (name, value) = pair.split_once('=').expect("name=value");
            let value = match value {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" if name != "ihc_zero_subtype" => Value::Null,
                "NaN" => Value::Number(f64::NAN),
                "inf" => Value::Number(f64::INFINITY),
                v if name.starts_with("ish_")
                    || name.starts_with("avg_")
                    || name == "cells_counted" =>
                {
                    match v.parse::<f64>() {
                        Ok(n) => Value::Number(n),
                        Err(_) => Value::Text(v),
                    }
                }
                v => Value::Text(v),
            };
            (name, value)
        })
        .collect()
}

fn check(spec: &str, expected: Expected) {
    let result: Interpretation = interpret_fields(fields(spec));
    let got = (
        result.status.as_str(),
        result.her2_low,
        result.her2_ultralow,
        result.ish_group.map(IshGroup::number),
        result.next_step.as_str(),
        result.rule.id(),
    );
    assert_eq!(got, expected, "input: {spec}\nerrors: {:?}", result.errors);
    if result.next_step.as_str() == "invalid_input" {
        assert!(
            !result.errors.is_empty(),
            "invalid input without errors: {spec}"
        );
    } else {
        assert!(
            result.errors.is_empty(),
            "errors on a valid input: {spec}: {:?}",
            result.errors
        );
    }
}

macro_rules! table {
    ($($name:ident: $spec:literal => $exp:expr;)+) => {
        $( #[test] fn $name() { check($spec, $exp); } )+
    };
}

// 8.4 Breast, IHC only (Figure 1).
table! {
    breast_ihc0: "ihc_score=0" => ("negative", F, N, None, "none", "breast.ihc.0");
    breast_ihc0_null: "ihc_score=0 ihc_zero_subtype=null" => ("negative", F, F, None, "none", "breast.ihc.0");
    breast_ihc0_ultralow: "ihc_score=0 ihc_zero_subtype=ultralow" => ("negative", F, T, None, "none", "breast.ihc.0");
    breast_ihc1: "ihc_score=1+" => ("negative", T, F, None, "none", "breast.ihc.1");
    breast_ihc2: "ihc_score=2+" => ("equivocal", N, F, None, "reflex_ish", "breast.ihc.2");
    breast_ihc3: "ihc_score=3+" => ("positive", F, F, None, "none", "breast.ihc.3");
    breast_default_cancer_is_breast: "cancer=null ihc_score=1+" => ("negative", T, F, None, "none", "breast.ihc.1");
}

// 8.4 Breast dual-probe groups at every boundary (Figure 3), no IHC.
table! {
    g1_at_both_thresholds: "ish_ratio=2.0 avg_her2_copies=4.0" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    g1_high: "ish_ratio=5.3 avg_her2_copies=12.4" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    g2_copies_just_below_4: "ish_ratio=2.0 avg_her2_copies=3.99" => ("indeterminate", N, N, Some(2), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    g3_at_6: "ish_ratio=1.99 avg_her2_copies=6.0" => ("indeterminate", N, N, Some(3), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    g4_just_below_6: "ish_ratio=1.99 avg_her2_copies=5.99" => ("indeterminate", N, N, Some(4), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    g4_at_4: "ish_ratio=1.99 avg_her2_copies=4.0" => ("indeterminate", N, N, Some(4), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    g5_just_below_4: "ish_ratio=1.99 avg_her2_copies=3.99" => ("negative", N, N, Some(5), "none", "breast.ish.group5");
    // Values with more than six decimals are rounded down, never up across a threshold.
    g4_ratio_a_hair_below_2: "ish_ratio=1.9999999 avg_her2_copies=4.5" => ("indeterminate", N, N, Some(4), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    g5_copies_a_hair_below_4: "ish_ratio=1.5 avg_her2_copies=3.99999999" => ("negative", N, N, Some(5), "none", "breast.ish.group5");
    single_a_hair_below_6: "probe=single avg_her2_copies=5.9999999999" => ("equivocal", N, N, None, "reflex_ihc", "breast.single.4to6.no_ihc");
    g5_typical: "probe=dual ish_ratio=1.1 avg_her2_copies=2.2 avg_cep17_copies=2.0 cells_counted=20" => ("negative", N, N, Some(5), "none", "breast.ish.group5");
}

// Groups 1 and 5 with IHC.
table! {
    g1_ihc0: "ihc_score=0 ish_ratio=2.4 avg_her2_copies=5.0" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    g1_ihc2: "ihc_score=2+ ish_ratio=2.4 avg_her2_copies=5.0" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    g5_ihc0_ultralow: "ihc_score=0 ihc_zero_subtype=ultralow ish_ratio=1.2 avg_her2_copies=2.5" => ("negative", F, T, Some(5), "none", "breast.ish.group5");
    g5_ihc1: "ihc_score=1+ ish_ratio=1.2 avg_her2_copies=2.5" => ("negative", T, F, Some(5), "none", "breast.ish.group5");
    g5_ihc2_is_her2_low: "ihc_score=2+ ish_ratio=1.2 avg_her2_copies=2.5" => ("negative", T, F, Some(5), "none", "breast.ish.group5");
    g5_ihc3_undecided: "ihc_score=3+ ish_ratio=1.2 avg_her2_copies=2.5" => ("indeterminate", N, F, Some(5), "ask_care_team", "breast.ish.group5.ihc3.discordant");
}

// Group 2 workup (Figure 4).
table! {
    g2_ihc0: "ihc_score=0 ish_ratio=2.2 avg_her2_copies=3.5" => ("negative", F, N, Some(2), "none", "breast.ish.group2.ihc0_1");
    g2_ihc1: "ihc_score=1+ ish_ratio=2.2 avg_her2_copies=3.5" => ("negative", T, F, Some(2), "none", "breast.ish.group2.ihc0_1");
    g2_ihc2_recount: "ihc_score=2+ ish_ratio=2.2 avg_her2_copies=3.5" => ("indeterminate", N, F, Some(2), "recount_second_observer", "breast.ish.group2.ihc2.recount");
    g2_ihc2_recount_false: "ihc_score=2+ ish_ratio=2.2 avg_her2_copies=3.5 recount_confirmed=false" => ("indeterminate", N, F, Some(2), "recount_second_observer", "breast.ish.group2.ihc2.recount");
    g2_ihc2_confirmed: "ihc_score=2+ ish_ratio=2.2 avg_her2_copies=3.5 recount_confirmed=true" => ("negative", T, F, Some(2), "none", "breast.ish.group2.ihc2.confirmed");
    g2_ihc3: "ihc_score=3+ ish_ratio=2.2 avg_her2_copies=3.5" => ("positive", F, F, Some(2), "none", "breast.ish.group2.ihc3");
}

// Group 3 workup (Figure 5).
table! {
    g3_ihc0: "ihc_score=0 ihc_zero_subtype=null ish_ratio=1.8 avg_her2_copies=6.5" => ("negative", F, F, Some(3), "none", "breast.ish.group3.ihc0_1");
    g3_ihc1: "ihc_score=1+ ish_ratio=1.8 avg_her2_copies=6.5" => ("negative", T, F, Some(3), "none", "breast.ish.group3.ihc0_1");
    g3_ihc2_recount: "ihc_score=2+ ish_ratio=1.8 avg_her2_copies=6.5" => ("indeterminate", N, F, Some(3), "recount_second_observer", "breast.ish.group3.ihc2.recount");
    g3_ihc2_confirmed_positive: "ihc_score=2+ ish_ratio=1.8 avg_her2_copies=6.5 recount_confirmed=true" => ("positive", F, F, Some(3), "none", "breast.ish.group3.ihc2.confirmed");
    g3_ihc3: "ihc_score=3+ ish_ratio=1.8 avg_her2_copies=6.5" => ("positive", F, F, Some(3), "none", "breast.ish.group3.ihc3");
}

// Group 4 workup (Figure 6).
table! {
    g4_ihc0_ultralow: "ihc_score=0 ihc_zero_subtype=ultralow ish_ratio=1.5 avg_her2_copies=4.5" => ("negative", F, T, Some(4), "none", "breast.ish.group4.ihc0_1");
    g4_ihc1: "ihc_score=1+ ish_ratio=1.5 avg_her2_copies=4.5" => ("negative", T, F, Some(4), "none", "breast.ish.group4.ihc0_1");
    g4_ihc2_recount: "ihc_score=2+ ish_ratio=1.5 avg_her2_copies=4.5" => ("indeterminate", N, F, Some(4), "recount_second_observer", "breast.ish.group4.ihc2.recount");
    g4_ihc2_confirmed: "ihc_score=2+ ish_ratio=1.5 avg_her2_copies=4.5 recount_confirmed=true" => ("negative", T, F, Some(4), "none", "breast.ish.group4.ihc2.confirmed");
    g4_ihc3: "ihc_score=3+ ish_ratio=1.5 avg_her2_copies=4.5" => ("positive", F, F, Some(4), "none", "breast.ish.group4.ihc3");
    recount_ignored_outside_groups_2_to_4: "ihc_score=2+ ish_ratio=1.2 avg_her2_copies=2.5 recount_confirmed=true" => ("negative", T, F, Some(5), "none", "breast.ish.group5");
}

// Breast single-probe (Figure 2), at every boundary.
table! {
    single_6_no_ihc: "probe=single avg_her2_copies=6.0" => ("positive", F, F, None, "none", "breast.single.ge6");
    single_6_ihc2: "probe=single avg_her2_copies=6.0 ihc_score=2+" => ("positive", F, F, None, "none", "breast.single.ge6");
    single_6_ihc3: "probe=single avg_her2_copies=7.5 ihc_score=3+" => ("positive", F, F, None, "none", "breast.single.ge6");
    single_6_ihc0_undecided: "probe=single avg_her2_copies=6.0 ihc_score=0" => ("indeterminate", N, N, None, "ask_care_team", "breast.single.ge6.ihc0_1.discordant");
    single_6_ihc1_undecided: "probe=single avg_her2_copies=6.0 ihc_score=1+" => ("indeterminate", N, F, None, "ask_care_team", "breast.single.ge6.ihc0_1.discordant");
    single_599_no_ihc: "probe=single avg_her2_copies=5.99" => ("equivocal", N, N, None, "reflex_ihc", "breast.single.4to6.no_ihc");
    single_4_no_ihc: "probe=single avg_her2_copies=4.0" => ("equivocal", N, N, None, "reflex_ihc", "breast.single.4to6.no_ihc");
    single_mid_ihc3: "probe=single avg_her2_copies=5.0 ihc_score=3+" => ("positive", F, F, None, "none", "breast.single.4to6.ihc3");
    single_mid_ihc2: "probe=single avg_her2_copies=5.0 ihc_score=2+" => ("equivocal", N, F, None, "dual_probe_ish", "breast.single.4to6.ihc2");
    single_mid_ihc1: "probe=single avg_her2_copies=5.0 ihc_score=1+" => ("negative", T, F, None, "none", "breast.single.4to6.ihc0_1");
    single_mid_ihc0: "probe=single avg_her2_copies=5.0 ihc_score=0 ihc_zero_subtype=ultralow" => ("negative", F, T, None, "none", "breast.single.4to6.ihc0_1");
    single_399: "probe=single avg_her2_copies=3.99" => ("negative", N, N, None, "none", "breast.single.lt4");
    single_low_ihc2: "probe=single avg_her2_copies=2.0 ihc_score=2+" => ("negative", T, F, None, "none", "breast.single.lt4");
    single_low_ihc3_undecided: "probe=single avg_her2_copies=2.0 ihc_score=3+" => ("indeterminate", N, F, None, "ask_care_team", "breast.single.lt4.ihc3.discordant");
}

// Single-probe with each IHC score at the 4.0 and 6.0 edges (revised 2026-12: below 4.0 with
// IHC 3+ asks the care team, as the spec now says).
table! {
    single_399_ihc3: "probe=single avg_her2_copies=3.99 ihc_score=3+" => ("indeterminate", N, F, None, "ask_care_team", "breast.single.lt4.ihc3.discordant");
    single_4_ihc3: "probe=single avg_her2_copies=4.0 ihc_score=3+" => ("positive", F, F, None, "none", "breast.single.4to6.ihc3");
    single_399_ihc2: "probe=single avg_her2_copies=3.99 ihc_score=2+" => ("negative", T, F, None, "none", "breast.single.lt4");
    single_4_ihc2: "probe=single avg_her2_copies=4.0 ihc_score=2+" => ("equivocal", N, F, None, "dual_probe_ish", "breast.single.4to6.ihc2");
    single_399_ihc1: "probe=single avg_her2_copies=3.99 ihc_score=1+" => ("negative", T, F, None, "none", "breast.single.lt4");
    single_399_ihc0: "probe=single avg_her2_copies=3.99 ihc_score=0" => ("negative", F, N, None, "none", "breast.single.lt4");
    single_599_ihc0: "probe=single avg_her2_copies=5.99 ihc_score=0 ihc_zero_subtype=null" => ("negative", F, F, None, "none", "breast.single.4to6.ihc0_1");
    single_599_ihc1: "probe=single avg_her2_copies=5.99 ihc_score=1+" => ("negative", T, F, None, "none", "breast.single.4to6.ihc0_1");
    single_599_ihc3: "probe=single avg_her2_copies=5.99 ihc_score=3+" => ("positive", F, F, None, "none", "breast.single.4to6.ihc3");
}

// Cell count (1.5, revised 2026-12): an ISH with fewer than 20 cells cannot be used, so the IHC
// score decides; 2+ repeats the ISH; no IHC repeats the test.
table! {
    cells_19: "ihc_score=2+ ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=19" => ("equivocal", N, F, None, "repeat_test", "breast.ish.too_few_cells.ihc2");
    cells_19_ihc3_group5: "ihc_score=3+ ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ("positive", F, F, None, "none", "breast.ish.too_few_cells.ihc3");
    cells_20_ihc3_group5: "ihc_score=3+ ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=20" => ("indeterminate", N, F, Some(5), "ask_care_team", "breast.ish.group5.ihc3.discordant");
    cells_12_ihc3_single_low: "ihc_score=3+ probe=single avg_her2_copies=2.0 cells_counted=12" => ("positive", F, F, None, "none", "breast.ish.too_few_cells.ihc3");
    cells_19_ihc3_group1: "ihc_score=3+ ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=19" => ("positive", F, F, None, "none", "breast.ish.too_few_cells.ihc3");
    cells_19_ihc2_single: "ihc_score=2+ probe=single avg_her2_copies=5.0 cells_counted=19" => ("equivocal", N, F, None, "repeat_test", "breast.ish.too_few_cells.ihc2");
    cells_20_ihc2_single: "ihc_score=2+ probe=single avg_her2_copies=5.0 cells_counted=20" => ("equivocal", N, F, None, "dual_probe_ish", "breast.single.4to6.ihc2");
    cells_19_ihc1_group1: "ihc_score=1+ ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=19" => ("negative", T, F, None, "none", "breast.ish.too_few_cells.ihc0_1");
    cells_20_ihc1_group1: "ihc_score=1+ ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=20" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    cells_19_ihc0: "ihc_score=0 ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ("negative", F, N, None, "none", "breast.ish.too_few_cells.ihc0_1");
    cells_19_ihc0_ultralow: "ihc_score=0 ihc_zero_subtype=ultralow probe=single avg_her2_copies=7 cells_counted=19" => ("negative", F, T, None, "none", "breast.ish.too_few_cells.ihc0_1");
    cells_19_ihc0_null: "ihc_score=0 ihc_zero_subtype=null ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ("negative", F, F, None, "none", "breast.ish.too_few_cells.ihc0_1");
    cells_19_no_ihc: "ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=19" => ("indeterminate", N, N, None, "repeat_test", "breast.ish.too_few_cells");
    cells_20_no_ihc: "ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=20" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    cells_20: "ihc_score=2+ ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=20" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    cells_1_single: "probe=single avg_her2_copies=7 cells_counted=1" => ("indeterminate", N, N, None, "repeat_test", "breast.ish.too_few_cells");
    cells_without_ish_ignored: "ihc_score=1+ cells_counted=5" => ("negative", T, F, None, "none", "breast.ihc.1");
}

// Ratio from the two copy numbers (8.3.7 and 8.3.8).
table! {
    computed_ratio_rounds_to_2: "probe=dual avg_her2_copies=7.98 avg_cep17_copies=4.0" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    computed_ratio_1_99: "probe=dual avg_her2_copies=7.96 avg_cep17_copies=4.0" => ("indeterminate", N, N, Some(3), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    cep17_implies_dual: "avg_her2_copies=4.4 avg_cep17_copies=2.2" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    reported_ratio_wins_within_10pct: "ish_ratio=1.95 avg_her2_copies=4.2 avg_cep17_copies=2.1" => ("indeterminate", N, N, Some(4), "reflex_ihc", "breast.ish.group2to4.no_ihc");
    reported_ratio_at_10pct_edge: "ish_ratio=2.2 avg_her2_copies=4.0 avg_cep17_copies=2.0" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    ratio_mismatch: "ish_ratio=2.21 avg_her2_copies=4.0 avg_cep17_copies=2.0" => ("indeterminate", N, N, None, "invalid_input", "input.invalid");
}

// 8.5 Gastroesophageal.
table! {
    gastric_ihc0: "cancer=gastric ihc_score=0" => ("negative", N, N, None, "none", "gastric.ihc.0_1");
    gastric_ihc1: "cancer=gastric ihc_score=1+ specimen=biopsy" => ("negative", N, N, None, "none", "gastric.ihc.0_1");
    gastric_ihc2: "cancer=gastric ihc_score=2+ specimen=resection" => ("equivocal", N, N, None, "reflex_ish", "gastric.ihc.2");
    gastric_ihc3: "cancer=gastric ihc_score=3+" => ("positive", N, N, None, "none", "gastric.ihc.3");
    gastric_ihc3_with_negative_ish: "cancer=gastric ihc_score=3+ ish_ratio=1.2" => ("positive", N, N, None, "none", "gastric.ihc.3");
    gastric_ratio_2: "cancer=gastric ihc_score=2+ ish_ratio=2.0" => ("positive", N, N, None, "none", "gastric.dual.ratio_ge2");
    gastric_ratio_2_low_copies: "cancer=gastric ihc_score=2+ ish_ratio=2.0 avg_her2_copies=3.0" => ("positive", N, N, None, "none", "gastric.dual.ratio_ge2");
    gastric_ratio_199: "cancer=gastric ihc_score=2+ ish_ratio=1.99" => ("negative", N, N, None, "none", "gastric.dual.ratio_lt2");
    gastric_ratio_199_copies_599: "cancer=gastric ihc_score=2+ ish_ratio=1.99 avg_her2_copies=5.99" => ("negative", N, N, None, "none", "gastric.dual.ratio_lt2");
    gastric_ratio_199_copies_6_undecided: "cancer=gastric ihc_score=2+ ish_ratio=1.99 avg_her2_copies=6.0" => ("indeterminate", N, N, None, "ask_care_team", "gastric.dual.ratio_lt2.copies_ge6.undecided");
    gastric_dual_without_ihc: "cancer=gastric ish_ratio=2.5" => ("positive", N, N, None, "none", "gastric.dual.ratio_ge2");
    gastric_dual_copies_only: "cancer=gastric probe=dual avg_her2_copies=4.4 avg_cep17_copies=2.2" => ("positive", N, N, None, "none", "gastric.dual.ratio_ge2");
    gastric_single_6: "cancer=gastric probe=single avg_her2_copies=6.0" => ("positive", N, N, None, "none", "gastric.single.ge6");
    gastric_single_599: "cancer=gastric probe=single avg_her2_copies=5.99" => ("equivocal", N, N, None, "dual_probe_ish", "gastric.single.4to6");
    gastric_single_4: "cancer=gastric probe=single avg_her2_copies=4.0" => ("equivocal", N, N, None, "dual_probe_ish", "gastric.single.4to6");
    gastric_single_399: "cancer=gastric probe=single avg_her2_copies=3.99" => ("negative", N, N, None, "none", "gastric.single.lt4");
    gastric_cells_19: "cancer=gastric ihc_score=2+ ish_ratio=2.5 cells_counted=19" => ("equivocal", N, N, None, "repeat_test", "gastric.ish.too_few_cells.ihc2");
    gastric_ihc0_subtype_allowed: "cancer=gastric ihc_score=0 ihc_zero_subtype=ultralow" => ("negative", N, N, None, "none", "gastric.ihc.0_1");
}

// 8.5 Gastroesophageal, fewer than 20 cells (revised 2026-12): the IHC score decides.
table! {
    gastric_cells_20_ihc2: "cancer=gastric ihc_score=2+ ish_ratio=2.5 cells_counted=20" => ("positive", N, N, None, "none", "gastric.dual.ratio_ge2");
    gastric_cells_19_ihc3: "cancer=gastric ihc_score=3+ ish_ratio=1.2 cells_counted=19" => ("positive", N, N, None, "none", "gastric.ish.too_few_cells.ihc3");
    gastric_cells_20_ihc3: "cancer=gastric ihc_score=3+ ish_ratio=1.2 cells_counted=20" => ("positive", N, N, None, "none", "gastric.ihc.3");
    gastric_cells_19_ihc0: "cancer=gastric ihc_score=0 ish_ratio=2.5 cells_counted=19" => ("negative", N, N, None, "none", "gastric.ish.too_few_cells.ihc0_1");
    gastric_cells_19_ihc1_single: "cancer=gastric ihc_score=1+ probe=single avg_her2_copies=7.0 cells_counted=19" => ("negative", N, N, None, "none", "gastric.ish.too_few_cells.ihc0_1");
    gastric_cells_20_ihc1: "cancer=gastric ihc_score=1+ ish_ratio=2.5 cells_counted=20" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.dual.ratio_ge2.discordant");
    gastric_cells_19_ihc2_single: "cancer=gastric ihc_score=2+ probe=single avg_her2_copies=7.0 cells_counted=19" => ("equivocal", N, N, None, "repeat_test", "gastric.ish.too_few_cells.ihc2");
    gastric_cells_19_no_ihc: "cancer=gastric ish_ratio=2.5 cells_counted=19" => ("indeterminate", N, N, None, "repeat_test", "gastric.ish.too_few_cells");
    gastric_cells_20_no_ihc: "cancer=gastric ish_ratio=2.5 cells_counted=20" => ("positive", N, N, None, "none", "gastric.dual.ratio_ge2");
}

// 8.5 Gastroesophageal, IHC 0 or 1+ with an ISH (revised 2026-12): a positive ISH disagrees with
// the IHC score (ask the care team); otherwise the IHC score stands (negative).
table! {
    gastric_ihc1_ratio_2: "cancer=gastric ihc_score=1+ ish_ratio=2.0" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.dual.ratio_ge2.discordant");
    gastric_ihc1_ratio_199: "cancer=gastric ihc_score=1+ ish_ratio=1.99" => ("negative", N, N, None, "none", "gastric.ihc0_1.ish_not_positive");
    gastric_ihc0_ratio_2: "cancer=gastric ihc_score=0 ish_ratio=2.0" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.dual.ratio_ge2.discordant");
    gastric_ihc0_ratio_199: "cancer=gastric ihc_score=0 ish_ratio=1.99" => ("negative", N, N, None, "none", "gastric.ihc0_1.ish_not_positive");
    gastric_ihc1_ratio_25: "cancer=gastric ihc_score=1+ ish_ratio=2.5 avg_her2_copies=10.0 avg_cep17_copies=4.0 specimen=biopsy" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.dual.ratio_ge2.discordant");
    gastric_ihc1_ratio_199_copies_6: "cancer=gastric ihc_score=1+ ish_ratio=1.99 avg_her2_copies=6.0" => ("negative", N, N, None, "none", "gastric.ihc0_1.ish_not_positive");
    gastric_ihc0_copies_ratio_2: "cancer=gastric ihc_score=0 probe=dual avg_her2_copies=4.4 avg_cep17_copies=2.2" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.dual.ratio_ge2.discordant");
    gastric_ihc1_single_6: "cancer=gastric ihc_score=1+ probe=single avg_her2_copies=6.0" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.single.ge6.discordant");
    gastric_ihc0_single_6: "cancer=gastric ihc_score=0 probe=single avg_her2_copies=6.0" => ("indeterminate", N, N, None, "ask_care_team", "gastric.ihc0_1.single.ge6.discordant");
    gastric_ihc1_single_599: "cancer=gastric ihc_score=1+ probe=single avg_her2_copies=5.99" => ("negative", N, N, None, "none", "gastric.ihc0_1.ish_not_positive");
    gastric_ihc0_single_4: "cancer=gastric ihc_score=0 probe=single avg_her2_copies=4.0" => ("negative", N, N, None, "none", "gastric.ihc0_1.ish_not_positive");
    gastric_ihc1_single_399: "cancer=gastric ihc_score=1+ probe=single avg_her2_copies=3.99" => ("negative", N, N, None, "none", "gastric.ihc0_1.ish_not_positive");
    gastric_ihc2_single_6: "cancer=gastric ihc_score=2+ probe=single avg_her2_copies=6.0" => ("positive", N, N, None, "none", "gastric.single.ge6");
    gastric_ihc2_single_399: "cancer=gastric ihc_score=2+ probe=single avg_her2_copies=3.99" => ("negative", N, N, None, "none", "gastric.single.lt4");
    gastric_ihc3_single_399: "cancer=gastric ihc_score=3+ probe=single avg_her2_copies=3.99" => ("positive", N, N, None, "none", "gastric.ihc.3");
    gastric_no_ihc_ratio_199_copies_6: "cancer=gastric ish_ratio=1.99 avg_her2_copies=6.0" => ("indeterminate", N, N, None, "ask_care_team", "gastric.dual.ratio_lt2.copies_ge6.undecided");
}

/// The invalid-input result.
const INVALID: Expected = (
    "indeterminate",
    N,
    N,
    None,
    "invalid_input",
    "input.invalid",
);

// 8.3 Validation: each rule gives invalid_input.
table! {
    v1_bad_ihc_score: "ihc_score=4+" => INVALID;
    v1_subtype_without_ihc0: "ihc_score=1+ ihc_zero_subtype=ultralow" => INVALID;
    v1_subtype_without_any_ihc: "ihc_zero_subtype=null ish_ratio=2.5 avg_her2_copies=5" => INVALID;
    v2_ratio_zero: "ish_ratio=0 avg_her2_copies=4" => INVALID;
    v2_ratio_negative: "ish_ratio=-2 avg_her2_copies=4" => INVALID;
    v2_ratio_nan: "ish_ratio=NaN avg_her2_copies=4" => INVALID;
    v2_copies_infinite: "ish_ratio=2 avg_her2_copies=inf" => INVALID;
    v2_cep17_zero: "avg_her2_copies=4 avg_cep17_copies=0" => INVALID;
    v2_copies_over_100: "ish_ratio=2.5 avg_her2_copies=100.01" => INVALID;
    v2_copies_100_ok: "ish_ratio=2.5 avg_her2_copies=100" => ("positive", F, F, Some(1), "none", "breast.ish.group1");
    v3_cells_fraction: "ish_ratio=2.5 avg_her2_copies=5 cells_counted=20.5" => INVALID;
    v3_cells_zero: "ish_ratio=2.5 avg_her2_copies=5 cells_counted=0" => INVALID;
    v4_bad_specimen: "cancer=gastric ihc_score=1+ specimen=liver" => INVALID;
    v4_bad_probe: "probe=triple avg_her2_copies=5" => INVALID;
    v4_bad_cancer: "cancer=lung ihc_score=3+" => INVALID;
    v5_copies_alone: "avg_her2_copies=5.0" => INVALID;
    v6_single_with_ratio: "probe=single ish_ratio=2.2 avg_her2_copies=5" => INVALID;
    v6_single_with_cep17: "probe=single avg_her2_copies=5 avg_cep17_copies=2" => INVALID;
    v6_single_without_copies: "probe=single ihc_score=2+" => INVALID;
    v7_dual_with_nothing: "probe=dual ihc_score=2+" => INVALID;
    v7_dual_with_her2_only: "probe=dual avg_her2_copies=5" => INVALID;
    v7_breast_dual_without_her2: "ish_ratio=2.5" => INVALID;
    v7_breast_dual_cep17_and_ratio_without_her2: "ish_ratio=2.5 avg_cep17_copies=2" => INVALID;
    v8_contradictory: "ish_ratio=1.5 avg_her2_copies=6.0 avg_cep17_copies=2.0" => INVALID;
    v9_nothing: "" => INVALID;
    v9_only_specimen: "cancer=gastric specimen=biopsy" => INVALID;
    wrong_type_number_for_score: "ihc_score=2" => INVALID;
    unknown_field: "ihc_score=3+ colour=blue" => INVALID;
}

/// Every "ask your care team" answer: the two results that disagree (IHC score or "-" when both
/// are ISH numbers, and the ISH finding), whether IHC 3+ alone counts as positive, and the notes.
fn check_explained(spec: &str, ihc: &str, ish: &str, ihc3_alone: bool, notes: &[&str]) {
    let result = interpret_fields(fields(spec));
    let d = result
        .discordance
        .unwrap_or_else(|| panic!("no discordance: {spec}"));
    assert_eq!(d.ihc.map_or("-", |s| s.as_str()), ihc, "{spec}");
    assert_eq!(d.ish.as_str(), ish, "{spec}");
    assert_eq!(d.ihc3_positive_alone(), ihc3_alone, "{spec}");
    check_notes(spec, notes);
}

fn check_notes(spec: &str, notes: &[&str]) {
    let result = interpret_fields(fields(spec));
    let got: Vec<&str> = result.notes.iter().map(|n| n.as_str()).collect();
    assert_eq!(got, notes, "{spec}");
}

macro_rules! discordant {
    ($($name:ident: $spec:literal => ($ihc:literal, $ish:literal, $alone:expr, $notes:expr);)+) => {
        $( #[test] fn $name() { check_explained($spec, $ihc, $ish, $alone, &$notes); } )+
    };
}

macro_rules! notes {
    ($($name:ident: $spec:literal => $notes:expr;)+) => {
        $( #[test] fn $name() { check_notes($spec, &$notes); } )+
    };
}

// Every ask_care_team rule names the two results that disagree (revised 2026-12).
discordant! {
    why_group5_ihc3: "ihc_score=3+ ish_ratio=1.2 avg_her2_copies=2.5" => ("3+", "group5", true, []);
    why_single_ge6_ihc0: "probe=single avg_her2_copies=6.0 ihc_score=0" => ("0", "single_ge6", false, []);
    why_single_ge6_ihc1: "probe=single avg_her2_copies=6.0 ihc_score=1+" => ("1+", "single_ge6", false, []);
    why_single_lt4_ihc3: "probe=single avg_her2_copies=3.99 ihc_score=3+" => ("3+", "single_lt4", true, []);
    why_gastric_high_copies: "cancer=gastric ihc_score=2+ ish_ratio=1.99 avg_her2_copies=6.0" => ("-", "ratio_lt2_copies_ge6", false, []);
    why_gastric_high_copies_no_ihc: "cancer=gastric ish_ratio=1.5 avg_her2_copies=6.5" => ("-", "ratio_lt2_copies_ge6", false, []);
    why_gastric_ihc1_ratio: "cancer=gastric ihc_score=1+ ish_ratio=2.5" => ("1+", "ratio_ge2", false, ["gastric_ish_after_ihc0_1"]);
    why_gastric_ihc0_single: "cancer=gastric ihc_score=0 probe=single avg_her2_copies=6.0" => ("0", "single_ge6", false, ["gastric_ish_after_ihc0_1"]);
}

// The notes under the headline, from the core.
notes! {
    notes_too_few_cells_ihc3: "ihc_score=3+ ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=12" => ["ish_too_few_cells"];
    notes_too_few_cells_ihc1: "ihc_score=1+ ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ["ish_too_few_cells", "her2_low"];
    notes_too_few_cells_ihc0: "ihc_score=0 ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ["ish_too_few_cells", "ihc0_detail_unknown"];
    notes_too_few_cells_ihc2: "ihc_score=2+ ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ["ish_too_few_cells"];
    notes_too_few_cells_no_ihc: "ish_ratio=1.2 avg_her2_copies=2.5 cells_counted=19" => ["ish_too_few_cells_no_ihc"];
    notes_too_few_cells_20: "ihc_score=3+ ish_ratio=2.5 avg_her2_copies=5.0 cells_counted=20" => [];
    notes_gastric_too_few_cells: "cancer=gastric ihc_score=1+ ish_ratio=2.5 cells_counted=19" => ["ish_too_few_cells"];
    notes_breast_negative_without_ihc: "ish_ratio=1.2 avg_her2_copies=2.5" => ["her2_low_needs_ihc"];
    notes_breast_single_negative_without_ihc: "probe=single avg_her2_copies=3.99" => ["her2_low_needs_ihc"];
    notes_breast_negative_with_ihc2: "ihc_score=2+ ish_ratio=1.2 avg_her2_copies=2.5" => ["her2_low"];
    notes_breast_positive_without_ihc: "ish_ratio=2.5 avg_her2_copies=5.0" => [];
    notes_gastric_negative_without_ihc: "cancer=gastric ish_ratio=1.2" => [];
    notes_ultralow: "ihc_score=0 ihc_zero_subtype=ultralow" => ["her2_ultralow"];
    notes_null: "ihc_score=0 ihc_zero_subtype=null" => ["her2_null"];
    notes_gastric_ihc1_ratio_199: "cancer=gastric ihc_score=1+ ish_ratio=1.99" => [];
    notes_invalid: "ihc_score=4+" => [];
}

/// A cancer the tool does not read gives `unsupported_cancer`, never another cancer's result.
#[test]
fn other_cancers_are_not_read() {
    for cancer in ["colorectal", "endometrial", "biliary", "lung", "other"] {
        let spec = format!("cancer={cancer} ihc_score=3+");
        let result = interpret_fields(fields(&spec));
        assert_eq!(result.next_step.as_str(), "invalid_input", "{cancer}");
        let codes: Vec<(&str, &str)> = result
            .errors
            .iter()
            .map(|e| (e.field.name(), e.code.as_str()))
            .collect();
        assert_eq!(codes, [("cancer", "unsupported_cancer")], "{cancer}");
        assert!(result.errors[0].message().contains("adenocarcinoma"));
    }
    let unknown = interpret_fields(fields("cancer=liver ihc_score=3+"));
    assert_eq!(unknown.errors[0].code.as_str(), "unknown_value");
}

/// docs/rules.md documents every rule id, so the published table cannot drift from the code.
#[test]
fn every_rule_is_documented() {
    let doc = include_str!("../../../docs/rules.md");
    for rule in her2_core::Rule::ALL {
        if *rule == her2_core::Rule::InvalidInput {
            assert!(doc.contains("`input.invalid`"));
            continue;
        }
        assert!(
            doc.contains(&format!("`{}`", rule.id())),
            "docs/rules.md lacks {}",
            rule.id()
        );
    }
}
