//! The rules that can produce a result, with the guideline and figure each comes from.

/// One rule of the decision table. Each result names the rule that produced it.
///
/// ```
/// use her2_core::{interpret, Input, IhcScore};
/// let result = interpret(&Input::breast().ihc(IhcScore::Three));
/// assert_eq!(result.rule.id(), "breast.ihc.3");
/// assert_eq!(result.rule.guideline(), "ASCO/CAP 2018 (reaffirmed 2023), Figure 1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The input could not be interpreted.
    InvalidInput,

    /// Breast, ISH with fewer than 20 cells counted and no IHC score.
    BreastTooFewCells,
    /// Breast, ISH with fewer than 20 cells counted, IHC 0 or 1+: the IHC score decides.
    BreastTooFewCellsIhc01,
    /// Breast, ISH with fewer than 20 cells counted, IHC 2+: the ISH is done again.
    BreastTooFewCellsIhc2,
    /// Breast, ISH with fewer than 20 cells counted, IHC 3+: the IHC score decides.
    BreastTooFewCellsIhc3,
    /// Breast, IHC 0 without ISH.
    BreastIhc0,
    /// Breast, IHC 1+ without ISH.
    BreastIhc1,
    /// Breast, IHC 2+ without ISH.
    BreastIhc2,
    /// Breast, IHC 3+ without ISH.
    BreastIhc3,
    /// Breast dual-probe group 1.
    BreastGroup1,
    /// Breast dual-probe group 5 (IHC not 3+).
    BreastGroup5,
    /// Breast dual-probe group 5 with IHC 3+: no rule for this combination.
    BreastGroup5Ihc3,
    /// Breast dual-probe groups 2 to 4 without an IHC result.
    BreastGroup2to4NoIhc,
    /// Breast group 2 with IHC 0 or 1+.
    BreastGroup2Ihc01,
    /// Breast group 2 with IHC 2+, recount not reported.
    BreastGroup2Ihc2Recount,
    /// Breast group 2 with IHC 2+, recount confirmed group 2.
    BreastGroup2Ihc2Confirmed,
    /// Breast group 2 with IHC 3+.
    BreastGroup2Ihc3,
    /// Breast group 3 with IHC 0 or 1+.
    BreastGroup3Ihc01,
    /// Breast group 3 with IHC 2+, recount not reported.
    BreastGroup3Ihc2Recount,
    /// Breast group 3 with IHC 2+, recount confirmed group 3.
    BreastGroup3Ihc2Confirmed,
    /// Breast group 3 with IHC 3+.
    BreastGroup3Ihc3,
    /// Breast group 4 with IHC 0 or 1+.
    BreastGroup4Ihc01,
    /// Breast group 4 with IHC 2+, recount not reported.
    BreastGroup4Ihc2Recount,
    /// Breast group 4 with IHC 2+, recount confirmed group 4.
    BreastGroup4Ihc2Confirmed,
    /// Breast group 4 with IHC 3+.
    BreastGroup4Ihc3,
    /// Breast single-probe, 6.0 or more copies (IHC not 0 or 1+).
    BreastSingleHigh,
    /// Breast single-probe, 6.0 or more copies with IHC 0 or 1+: no rule for this combination.
    BreastSingleHighIhc01,
    /// Breast single-probe, fewer than 4.0 copies (IHC not 3+).
    BreastSingleLow,
    /// Breast single-probe, fewer than 4.0 copies with IHC 3+: no rule for this combination.
    BreastSingleLowIhc3,
    /// Breast single-probe, 4.0 to < 6.0 copies, no IHC.
    BreastSingleMidNoIhc,
    /// Breast single-probe, 4.0 to < 6.0 copies, IHC 0 or 1+.
    BreastSingleMidIhc01,
    /// Breast single-probe, 4.0 to < 6.0 copies, IHC 2+.
    BreastSingleMidIhc2,
    /// Breast single-probe, 4.0 to < 6.0 copies, IHC 3+.
    BreastSingleMidIhc3,

    /// Gastroesophageal, ISH with fewer than 20 cells counted and no IHC score.
    GastricTooFewCells,
    /// Gastroesophageal, ISH with fewer than 20 cells counted, IHC 0 or 1+: the IHC score decides.
    GastricTooFewCellsIhc01,
    /// Gastroesophageal, ISH with fewer than 20 cells counted, IHC 2+: the ISH is done again.
    GastricTooFewCellsIhc2,
    /// Gastroesophageal, ISH with fewer than 20 cells counted, IHC 3+: the IHC score decides.
    GastricTooFewCellsIhc3,
    /// Gastroesophageal, IHC 0 or 1+ with a dual-probe ratio of 2.0 or more: the results disagree.
    GastricIhc01DualPositive,
    /// Gastroesophageal, IHC 0 or 1+ with single-probe 6.0 or more copies: the results disagree.
    GastricIhc01SinglePositive,
    /// Gastroesophageal, IHC 0 or 1+ with an ISH that is not positive: the IHC score stands.
    GastricIhc01IshNotPositive,
    /// Gastroesophageal, IHC 0 or 1+ without ISH.
    GastricIhc01,
    /// Gastroesophageal, IHC 2+ without ISH.
    GastricIhc2,
    /// Gastroesophageal, IHC 3+ (with or without ISH).
    GastricIhc3,
    /// Gastroesophageal dual-probe, ratio 2.0 or more.
    GastricDualPositive,
    /// Gastroesophageal dual-probe, ratio below 2.0 and fewer than 6.0 copies (or copies not given).
    GastricDualNegative,
    /// Gastroesophageal dual-probe, ratio below 2.0 with 6.0 or more copies: no rule.
    GastricDualHighCopies,
    /// Gastroesophageal single-probe, 6.0 or more copies.
    GastricSingleHigh,
    /// Gastroesophageal single-probe, fewer than 4.0 copies.
    GastricSingleLow,
    /// Gastroesophageal single-probe, 4.0 to < 6.0 copies.
    GastricSingleMid,
}

impl Rule {
    /// Every rule.
    pub const ALL: &'static [Rule] = &[
        Rule::InvalidInput,
        Rule::BreastTooFewCells,
        Rule::BreastTooFewCellsIhc01,
        Rule::BreastTooFewCellsIhc2,
        Rule::BreastTooFewCellsIhc3,
        Rule::BreastIhc0,
        Rule::BreastIhc1,
        Rule::BreastIhc2,
        Rule::BreastIhc3,
        Rule::BreastGroup1,
        Rule::BreastGroup5,
        Rule::BreastGroup5Ihc3,
        Rule::BreastGroup2to4NoIhc,
        Rule::BreastGroup2Ihc01,
        Rule::BreastGroup2Ihc2Recount,
        Rule::BreastGroup2Ihc2Confirmed,
        Rule::BreastGroup2Ihc3,
        Rule::BreastGroup3Ihc01,
        Rule::BreastGroup3Ihc2Recount,
        Rule::BreastGroup3Ihc2Confirmed,
        Rule::BreastGroup3Ihc3,
        Rule::BreastGroup4Ihc01,
        Rule::BreastGroup4Ihc2Recount,
        Rule::BreastGroup4Ihc2Confirmed,
        Rule::BreastGroup4Ihc3,
        Rule::BreastSingleHigh,
        Rule::BreastSingleHighIhc01,
        Rule::BreastSingleLow,
        Rule::BreastSingleLowIhc3,
        Rule::BreastSingleMidNoIhc,
        Rule::BreastSingleMidIhc01,
        Rule::BreastSingleMidIhc2,
        Rule::BreastSingleMidIhc3,
        Rule::GastricTooFewCells,
        Rule::GastricTooFewCellsIhc01,
        Rule::GastricTooFewCellsIhc2,
        Rule::GastricTooFewCellsIhc3,
        Rule::GastricIhc01,
        Rule::GastricIhc01DualPositive,
        Rule::GastricIhc01SinglePositive,
        Rule::GastricIhc01IshNotPositive,
        Rule::GastricIhc2,
        Rule::GastricIhc3,
        Rule::GastricDualPositive,
        Rule::GastricDualNegative,
        Rule::GastricDualHighCopies,
        Rule::GastricSingleHigh,
        Rule::GastricSingleLow,
        Rule::GastricSingleMid,
    ];

    /// A stable identifier, e.g. `"breast.ish.group4.ihc2.recount"`.
    pub const fn id(self) -> &'static str {
        match self {
            Rule::InvalidInput => "input.invalid",
            Rule::BreastTooFewCells => "breast.ish.too_few_cells",
            Rule::BreastTooFewCellsIhc01 => "breast.ish.too_few_cells.ihc0_1",
            Rule::BreastTooFewCellsIhc2 => "breast.ish.too_few_cells.ihc2",
            Rule::BreastTooFewCellsIhc3 => "breast.ish.too_few_cells.ihc3",
            Rule::BreastIhc0 => "breast.ihc.0",
            Rule::BreastIhc1 => "breast.ihc.1",
            Rule::BreastIhc2 => "breast.ihc.2",
            Rule::BreastIhc3 => "breast.ihc.3",
            Rule::BreastGroup1 => "breast.ish.group1",
            Rule::BreastGroup5 => "breast.ish.group5",
            Rule::BreastGroup5Ihc3 => "breast.ish.group5.ihc3.discordant",
            Rule::BreastGroup2to4NoIhc => "breast.ish.group2to4.no_ihc",
            Rule::BreastGroup2Ihc01 => "breast.ish.group2.ihc0_1",
            Rule::BreastGroup2Ihc2Recount => "breast.ish.group2.ihc2.recount",
            Rule::BreastGroup2Ihc2Confirmed => "breast.ish.group2.ihc2.confirmed",
            Rule::BreastGroup2Ihc3 => "breast.ish.group2.ihc3",
            Rule::BreastGroup3Ihc01 => "breast.ish.group3.ihc0_1",
            Rule::BreastGroup3Ihc2Recount => "breast.ish.group3.ihc2.recount",
            Rule::BreastGroup3Ihc2Confirmed => "breast.ish.group3.ihc2.confirmed",
            Rule::BreastGroup3Ihc3 => "breast.ish.group3.ihc3",
            Rule::BreastGroup4Ihc01 => "breast.ish.group4.ihc0_1",
            Rule::BreastGroup4Ihc2Recount => "breast.ish.group4.ihc2.recount",
            Rule::BreastGroup4Ihc2Confirmed => "breast.ish.group4.ihc2.confirmed",
            Rule::BreastGroup4Ihc3 => "breast.ish.group4.ihc3",
            Rule::BreastSingleHigh => "breast.single.ge6",
            Rule::BreastSingleHighIhc01 => "breast.single.ge6.ihc0_1.discordant",
            Rule::BreastSingleLow => "breast.single.lt4",
            Rule::BreastSingleLowIhc3 => "breast.single.lt4.ihc3.discordant",
            Rule::BreastSingleMidNoIhc => "breast.single.4to6.no_ihc",
            Rule::BreastSingleMidIhc01 => "breast.single.4to6.ihc0_1",
            Rule::BreastSingleMidIhc2 => "breast.single.4to6.ihc2",
            Rule::BreastSingleMidIhc3 => "breast.single.4to6.ihc3",
            Rule::GastricTooFewCells => "gastric.ish.too_few_cells",
            Rule::GastricTooFewCellsIhc01 => "gastric.ish.too_few_cells.ihc0_1",
            Rule::GastricTooFewCellsIhc2 => "gastric.ish.too_few_cells.ihc2",
            Rule::GastricTooFewCellsIhc3 => "gastric.ish.too_few_cells.ihc3",
            Rule::GastricIhc01DualPositive => "gastric.ihc0_1.dual.ratio_ge2.discordant",
            Rule::GastricIhc01SinglePositive => "gastric.ihc0_1.single.ge6.discordant",
            Rule::GastricIhc01IshNotPositive => "gastric.ihc0_1.ish_not_positive",
            Rule::GastricIhc01 => "gastric.ihc.0_1",
            Rule::GastricIhc2 => "gastric.ihc.2",
            Rule::GastricIhc3 => "gastric.ihc.3",
            Rule::GastricDualPositive => "gastric.dual.ratio_ge2",
            Rule::GastricDualNegative => "gastric.dual.ratio_lt2",
            Rule::GastricDualHighCopies => "gastric.dual.ratio_lt2.copies_ge6.undecided",
            Rule::GastricSingleHigh => "gastric.single.ge6",
            Rule::GastricSingleLow => "gastric.single.lt4",
            Rule::GastricSingleMid => "gastric.single.4to6",
        }
    }

    /// The guideline and figure this rule comes from. App conventions say so.
    pub const fn guideline(self) -> &'static str {
        match self {
            Rule::InvalidInput => "HER2 Explained input checks (app convention)",
            Rule::BreastTooFewCells => {
                "ASCO/CAP 2013 and 2018: count at least 20 cells (app convention for fewer)"
            }
            Rule::BreastTooFewCellsIhc01 | Rule::BreastTooFewCellsIhc2 | Rule::BreastTooFewCellsIhc3 => {
                "ASCO/CAP 2013 and 2018: count at least 20 cells; with fewer, the IHC score decides (2018 Figure 1; app convention)"
            }
            Rule::BreastIhc0 | Rule::BreastIhc1 | Rule::BreastIhc2 | Rule::BreastIhc3 => {
                "ASCO/CAP 2018 (reaffirmed 2023), Figure 1"
            }
            Rule::BreastGroup1 | Rule::BreastGroup5 | Rule::BreastGroup2to4NoIhc => {
                "ASCO/CAP 2018 (reaffirmed 2023), Figure 3"
            }
            Rule::BreastGroup5Ihc3 => {
                "ASCO/CAP 2018 (reaffirmed 2023), Figure 3: no rule for IHC 3+ with group 5"
            }
            Rule::BreastGroup2Ihc01
            | Rule::BreastGroup2Ihc2Recount
            | Rule::BreastGroup2Ihc2Confirmed
            | Rule::BreastGroup2Ihc3 => "ASCO/CAP 2018 (reaffirmed 2023), Figure 4",
            Rule::BreastGroup3Ihc01
            | Rule::BreastGroup3Ihc2Recount
            | Rule::BreastGroup3Ihc2Confirmed
            | Rule::BreastGroup3Ihc3 => "ASCO/CAP 2018 (reaffirmed 2023), Figure 5",
            Rule::BreastGroup4Ihc01
            | Rule::BreastGroup4Ihc2Recount
            | Rule::BreastGroup4Ihc2Confirmed
            | Rule::BreastGroup4Ihc3 => "ASCO/CAP 2018 (reaffirmed 2023), Figure 6",
            Rule::BreastSingleHigh
            | Rule::BreastSingleLow
            | Rule::BreastSingleMidNoIhc
            | Rule::BreastSingleMidIhc01
            | Rule::BreastSingleMidIhc2
            | Rule::BreastSingleMidIhc3 => "ASCO/CAP 2018 (reaffirmed 2023), Figure 2",
            Rule::BreastSingleHighIhc01 => {
                "ASCO/CAP 2018 (reaffirmed 2023), Figure 2: no rule for 6.0 or more copies with IHC 0 or 1+"
            }
            Rule::BreastSingleLowIhc3 => {
                "ASCO/CAP 2018 (reaffirmed 2023), Figure 2: no rule for fewer than 4.0 copies with IHC 3+"
            }
            Rule::GastricTooFewCells => {
                "CAP/ASCP/ASCO 2016: count at least 20 cells (app convention for fewer)"
            }
            Rule::GastricTooFewCellsIhc01 | Rule::GastricTooFewCellsIhc2 | Rule::GastricTooFewCellsIhc3 => {
                "CAP/ASCP/ASCO 2016: count at least 20 cells; with fewer, the IHC score decides (app convention)"
            }
            Rule::GastricIhc01IshNotPositive => {
                "CAP/ASCP/ASCO 2016: IHC 0 or 1+ is negative and needs no ISH"
            }
            Rule::GastricIhc01DualPositive | Rule::GastricIhc01SinglePositive => {
                "CAP/ASCP/ASCO 2016: IHC 0 or 1+ needs no ISH; no rule for a positive ISH with IHC 0 or 1+"
            }
            Rule::GastricIhc01 | Rule::GastricIhc2 | Rule::GastricIhc3 => {
                "CAP/ASCP/ASCO 2016, IHC scoring (Rüschoff/Hofmann)"
            }
            Rule::GastricDualPositive | Rule::GastricDualNegative => {
                "CAP/ASCP/ASCO 2016, ISH: ratio 2.0 or more is positive"
            }
            Rule::GastricDualHighCopies => {
                "CAP/ASCP/ASCO 2016: no rule for a ratio below 2.0 with 6.0 or more copies"
            }
            Rule::GastricSingleHigh | Rule::GastricSingleLow => {
                "CAP/ASCP/ASCO 2016, single-probe ISH (thresholds provisional)"
            }
            Rule::GastricSingleMid => {
                "CAP/ASCP/ASCO 2016, single-probe ISH 4.0 to under 6.0 (workup modelled on ASCO/CAP 2018 Figure 2)"
            }
        }
    }

    /// The part of a guideline the rule comes from, for "Why am I seeing this?" (the words for
    /// each are in the app's texts; [`Rule::guideline`] is the exact English reference).
    ///
    /// ```
    /// use her2_core::{interpret, IhcScore, Input, Source};
    /// let result = interpret(&Input::breast().ihc(IhcScore::Two));
    /// assert_eq!(result.rule.source(), Source::BreastFigure(1));
    /// ```
    pub const fn source(self) -> Source {
        use Source as S;
        match self {
            Rule::InvalidInput => S::AppChecks,
            Rule::BreastTooFewCells => S::BreastCells,
            Rule::BreastTooFewCellsIhc01
            | Rule::BreastTooFewCellsIhc2
            | Rule::BreastTooFewCellsIhc3 => S::BreastCellsIhc,
            Rule::BreastIhc0 | Rule::BreastIhc1 | Rule::BreastIhc2 | Rule::BreastIhc3 => {
                S::BreastFigure(1)
            }
            Rule::BreastSingleHigh
            | Rule::BreastSingleHighIhc01
            | Rule::BreastSingleLow
            | Rule::BreastSingleLowIhc3
            | Rule::BreastSingleMidNoIhc
            | Rule::BreastSingleMidIhc01
            | Rule::BreastSingleMidIhc2
            | Rule::BreastSingleMidIhc3 => S::BreastFigure(2),
            Rule::BreastGroup1
            | Rule::BreastGroup5
            | Rule::BreastGroup5Ihc3
            | Rule::BreastGroup2to4NoIhc => S::BreastFigure(3),
            Rule::BreastGroup2Ihc01
            | Rule::BreastGroup2Ihc2Recount
            | Rule::BreastGroup2Ihc2Confirmed
            | Rule::BreastGroup2Ihc3 => S::BreastFigure(4),
            Rule::BreastGroup3Ihc01
            | Rule::BreastGroup3Ihc2Recount
            | Rule::BreastGroup3Ihc2Confirmed
            | Rule::BreastGroup3Ihc3 => S::BreastFigure(5),
            Rule::BreastGroup4Ihc01
            | Rule::BreastGroup4Ihc2Recount
            | Rule::BreastGroup4Ihc2Confirmed
            | Rule::BreastGroup4Ihc3 => S::BreastFigure(6),
            Rule::GastricTooFewCells => S::GastricCells,
            Rule::GastricTooFewCellsIhc01
            | Rule::GastricTooFewCellsIhc2
            | Rule::GastricTooFewCellsIhc3 => S::GastricCellsIhc,
            Rule::GastricIhc01IshNotPositive
            | Rule::GastricIhc01DualPositive
            | Rule::GastricIhc01SinglePositive => S::GastricIhc01,
            Rule::GastricIhc01 | Rule::GastricIhc2 | Rule::GastricIhc3 => S::GastricIhc,
            Rule::GastricDualPositive | Rule::GastricDualNegative | Rule::GastricDualHighCopies => {
                S::GastricIsh
            }
            Rule::GastricSingleHigh | Rule::GastricSingleLow | Rule::GastricSingleMid => {
                S::GastricSingle
            }
        }
    }

    /// Whether this rule marks a combination the guideline does not decide.
    pub const fn is_undecided(self) -> bool {
        matches!(
            self,
            Rule::BreastGroup5Ihc3
                | Rule::BreastSingleHighIhc01
                | Rule::BreastSingleLowIhc3
                | Rule::GastricDualHighCopies
                | Rule::GastricIhc01DualPositive
                | Rule::GastricIhc01SinglePositive
        )
    }

    /// Whether this rule is one of the "fewer than 20 cells" rules: the ISH could not be used.
    pub const fn is_too_few_cells(self) -> bool {
        matches!(
            self,
            Rule::BreastTooFewCells
                | Rule::BreastTooFewCellsIhc01
                | Rule::BreastTooFewCellsIhc2
                | Rule::BreastTooFewCellsIhc3
                | Rule::GastricTooFewCells
                | Rule::GastricTooFewCellsIhc01
                | Rule::GastricTooFewCellsIhc2
                | Rule::GastricTooFewCellsIhc3
        )
    }
}

/// The part of a guideline a rule comes from ([`Rule::source`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// ASCO/CAP 2018 (reaffirmed 2023), this figure (1 to 6).
    BreastFigure(u8),
    /// ASCO/CAP: a result needs at least 20 cells counted (breast).
    BreastCells,
    /// ASCO/CAP: an ISH result needs at least 20 cells; with fewer, the IHC score decides (breast).
    BreastCellsIhc,
    /// CAP/ASCP/ASCO 2016: the IHC score.
    GastricIhc,
    /// CAP/ASCP/ASCO 2016: IHC 0 or 1+ is negative and needs no ISH.
    GastricIhc01,
    /// CAP/ASCP/ASCO 2016: the dual-probe ISH ratio.
    GastricIsh,
    /// CAP/ASCP/ASCO 2016: single-probe ISH (limits not fully settled).
    GastricSingle,
    /// CAP/ASCP/ASCO 2016: a result needs at least 20 cells counted.
    GastricCells,
    /// CAP/ASCP/ASCO 2016: an ISH result needs at least 20 cells; with fewer, the IHC score decides.
    GastricCellsIhc,
    /// The app's own checks of what was entered.
    AppChecks,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_breast_figure_is_the_one_the_reference_names() {
        for rule in Rule::ALL {
            if let Source::BreastFigure(n) = rule.source() {
                assert!(
                    rule.guideline().contains(&format!("Figure {n}")),
                    "{}",
                    rule.id()
                );
            }
        }
    }
}
