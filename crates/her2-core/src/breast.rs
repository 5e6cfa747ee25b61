//! Breast cancer: ASCO/CAP 2018 focused update, reaffirmed 2023 (her2-rules.md section 8.4).

use crate::measure::{CellCount, Copies, Ratio};
use crate::model::{IhcScore, IshFinding, IshGroup, NextStep, Status};
use crate::rule::Rule;
use crate::validate::{Case, Ish};
use crate::Outcome;

impl IshGroup {
    /// The dual-probe ISH group of ASCO/CAP 2018 Figure 3, from the thresholds alone.
    ///
    /// ```
    /// use her2_core::{Copies, IshGroup, Ratio};
    /// let group = |r, c| IshGroup::classify(Ratio::new(r).unwrap(), Copies::new(c).unwrap());
    /// assert_eq!(group(2.0, 4.0), IshGroup::One);
    /// assert_eq!(group(2.0, 3.99), IshGroup::Two);
    /// assert_eq!(group(1.99, 6.0), IshGroup::Three);
    /// assert_eq!(group(1.99, 5.99), IshGroup::Four);
    /// assert_eq!(group(1.99, 4.0), IshGroup::Four);
    /// assert_eq!(group(1.99, 3.99), IshGroup::Five);
    /// ```
    pub fn classify(ratio: Ratio, her2: Copies) -> IshGroup {
        if ratio >= Ratio::TWO {
            if her2 >= Copies::FOUR {
                IshGroup::One
            } else {
                IshGroup::Two
            }
        } else if her2 >= Copies::SIX {
            IshGroup::Three
        } else if her2 >= Copies::FOUR {
            IshGroup::Four
        } else {
            IshGroup::Five
        }
    }
}

/// The breast decision table.
pub(crate) fn decide(case: &Case) -> Outcome {
    let Some(ish) = case.ish else {
        return ihc_only(case.ihc);
    };
    if case
        .cells
        .is_some_and(|c| c < CellCount::MINIMUM_REPORTABLE)
    {
        return too_few_cells(case.ihc);
    }
    match ish {
        Ish::Dual {
            ratio,
            her2: Some(her2),
        } => dual(IshGroup::classify(ratio, her2), case),
        // Validation requires HER2 copies for breast dual-probe; never guess without them.
        Ish::Dual { her2: None, .. } => Outcome::invalid(),
        Ish::Single { her2 } => single(her2, case.ihc),
    }
}

/// An ISH with fewer than 20 cells cannot be used: the IHC score decides (revised 2026-12).
fn too_few_cells(ihc: Option<IhcScore>) -> Outcome {
    use NextStep as N;
    use Status as S;
    match ihc {
        Some(IhcScore::Three) => Outcome::new(S::Positive, N::None, Rule::BreastTooFewCellsIhc3),
        Some(IhcScore::Zero | IhcScore::One) => {
            Outcome::new(S::Negative, N::None, Rule::BreastTooFewCellsIhc01)
        }
        Some(IhcScore::Two) => {
            Outcome::new(S::Equivocal, N::RepeatTest, Rule::BreastTooFewCellsIhc2)
        }
        None => Outcome::new(S::Indeterminate, N::RepeatTest, Rule::BreastTooFewCells),
    }
}

fn ihc_only(ihc: Option<IhcScore>) -> Outcome {
    match ihc {
        Some(IhcScore::Zero) => Outcome::new(Status::Negative, NextStep::None, Rule::BreastIhc0),
        Some(IhcScore::One) => Outcome::new(Status::Negative, NextStep::None, Rule::BreastIhc1),
        Some(IhcScore::Two) => {
            Outcome::new(Status::Equivocal, NextStep::ReflexIsh, Rule::BreastIhc2)
        }
        Some(IhcScore::Three) => Outcome::new(Status::Positive, NextStep::None, Rule::BreastIhc3),
        // Validation rejects an input with neither IHC nor ISH.
        None => Outcome::invalid(),
    }
}

fn dual(group: IshGroup, case: &Case) -> Outcome {
    use IhcScore::{One, Three, Two, Zero};
    use NextStep as N;
    use Status as S;
    let outcome = match (group, case.ihc) {
        (IshGroup::One, _) => Outcome::new(S::Positive, N::None, Rule::BreastGroup1),
        (IshGroup::Five, Some(Three)) => {
            Outcome::new(S::Indeterminate, N::AskCareTeam, Rule::BreastGroup5Ihc3)
                .disagreeing(Some(Three), IshFinding::Group5)
        }
        (IshGroup::Five, _) => Outcome::new(S::Negative, N::None, Rule::BreastGroup5),
        (IshGroup::Two | IshGroup::Three | IshGroup::Four, None) => {
            Outcome::new(S::Indeterminate, N::ReflexIhc, Rule::BreastGroup2to4NoIhc)
        }
        (IshGroup::Two, Some(Zero | One)) => {
            Outcome::new(S::Negative, N::None, Rule::BreastGroup2Ihc01)
        }
        (IshGroup::Three, Some(Zero | One)) => {
            Outcome::new(S::Negative, N::None, Rule::BreastGroup3Ihc01)
        }
        (IshGroup::Four, Some(Zero | One)) => {
            Outcome::new(S::Negative, N::None, Rule::BreastGroup4Ihc01)
        }
        (IshGroup::Two, Some(Three)) => Outcome::new(S::Positive, N::None, Rule::BreastGroup2Ihc3),
        (IshGroup::Three, Some(Three)) => {
            Outcome::new(S::Positive, N::None, Rule::BreastGroup3Ihc3)
        }
        (IshGroup::Four, Some(Three)) => Outcome::new(S::Positive, N::None, Rule::BreastGroup4Ihc3),
        (IshGroup::Two, Some(Two)) if case.recount_confirmed => {
            Outcome::new(S::Negative, N::None, Rule::BreastGroup2Ihc2Confirmed)
        }
        (IshGroup::Three, Some(Two)) if case.recount_confirmed => {
            Outcome::new(S::Positive, N::None, Rule::BreastGroup3Ihc2Confirmed)
        }
        (IshGroup::Four, Some(Two)) if case.recount_confirmed => {
            Outcome::new(S::Negative, N::None, Rule::BreastGroup4Ihc2Confirmed)
        }
        (IshGroup::Two, Some(Two)) => Outcome::new(
            S::Indeterminate,
            N::RecountSecondObserver,
            Rule::BreastGroup2Ihc2Recount,
        ),
        (IshGroup::Three, Some(Two)) => Outcome::new(
            S::Indeterminate,
            N::RecountSecondObserver,
            Rule::BreastGroup3Ihc2Recount,
        ),
        (IshGroup::Four, Some(Two)) => Outcome::new(
            S::Indeterminate,
            N::RecountSecondObserver,
            Rule::BreastGroup4Ihc2Recount,
        ),
    };
    outcome.with_group(group)
}

fn single(her2: Copies, ihc: Option<IhcScore>) -> Outcome {
    use IhcScore::{One, Three, Two, Zero};
    use NextStep as N;
    use Status as S;
    if her2 >= Copies::SIX {
        match ihc {
            Some(Zero | One) => Outcome::new(
                S::Indeterminate,
                N::AskCareTeam,
                Rule::BreastSingleHighIhc01,
            )
            .disagreeing(ihc, IshFinding::SingleAtLeast6),
            Some(Two | Three) | None => Outcome::new(S::Positive, N::None, Rule::BreastSingleHigh),
        }
    } else if her2 < Copies::FOUR {
        match ihc {
            Some(Three) => {
                Outcome::new(S::Indeterminate, N::AskCareTeam, Rule::BreastSingleLowIhc3)
                    .disagreeing(ihc, IshFinding::SingleBelow4)
            }
            Some(Zero | One | Two) | None => {
                Outcome::new(S::Negative, N::None, Rule::BreastSingleLow)
            }
        }
    } else {
        match ihc {
            None => Outcome::new(S::Equivocal, N::ReflexIhc, Rule::BreastSingleMidNoIhc),
            Some(Three) => Outcome::new(S::Positive, N::None, Rule::BreastSingleMidIhc3),
            Some(Two) => Outcome::new(S::Equivocal, N::DualProbeIsh, Rule::BreastSingleMidIhc2),
            Some(Zero | One) => Outcome::new(S::Negative, N::None, Rule::BreastSingleMidIhc01),
        }
    }
}
