//! Gastroesophageal adenocarcinoma: CAP/ASCP/ASCO 2016 (her2-rules.md section 8.5).
//!
//! HER2-low, HER2-ultralow and the breast ISH groups do not apply here.

use crate::measure::{CellCount, Copies, Ratio};
use crate::model::{IhcScore, IshFinding, NextStep, Status};
use crate::rule::Rule;
use crate::validate::{Case, Ish};
use crate::Outcome;

/// The gastroesophageal decision table.
pub(crate) fn decide(case: &Case) -> Outcome {
    use IhcScore::{One, Three, Two, Zero};
    use NextStep as N;
    use Status as S;
    let Some(ish) = case.ish else {
        return match case.ihc {
            Some(Zero | One) => Outcome::new(S::Negative, N::None, Rule::GastricIhc01),
            Some(Two) => Outcome::new(S::Equivocal, N::ReflexIsh, Rule::GastricIhc2),
            Some(Three) => Outcome::new(S::Positive, N::None, Rule::GastricIhc3),
            None => Outcome::invalid(),
        };
    };
    if case
        .cells
        .is_some_and(|c| c < CellCount::MINIMUM_REPORTABLE)
    {
        // An ISH with fewer than 20 cells cannot be used: the IHC score decides (revised 2026-12).
        return match case.ihc {
            Some(Three) => Outcome::new(S::Positive, N::None, Rule::GastricTooFewCellsIhc3),
            Some(Zero | One) => Outcome::new(S::Negative, N::None, Rule::GastricTooFewCellsIhc01),
            Some(Two) => Outcome::new(S::Equivocal, N::RepeatTest, Rule::GastricTooFewCellsIhc2),
            None => Outcome::new(S::Indeterminate, N::RepeatTest, Rule::GastricTooFewCells),
        };
    }
    match case.ihc {
        Some(Three) => return Outcome::new(S::Positive, N::None, Rule::GastricIhc3),
        // IHC 0 or 1+ needs no ISH; a positive ISH anyway disagrees with it (revised 2026-12).
        Some(score @ (Zero | One)) => {
            return match ish {
                Ish::Dual { ratio, .. } if ratio >= Ratio::TWO => Outcome::new(
                    S::Indeterminate,
                    N::AskCareTeam,
                    Rule::GastricIhc01DualPositive,
                )
                .disagreeing(Some(score), IshFinding::RatioAtLeast2),
                Ish::Single { her2 } if her2 >= Copies::SIX => Outcome::new(
                    S::Indeterminate,
                    N::AskCareTeam,
                    Rule::GastricIhc01SinglePositive,
                )
                .disagreeing(Some(score), IshFinding::SingleAtLeast6),
                Ish::Dual { .. } | Ish::Single { .. } => {
                    Outcome::new(S::Negative, N::None, Rule::GastricIhc01IshNotPositive)
                }
            };
        }
        Some(Two) | None => {}
    }
    match ish {
        Ish::Dual { ratio, .. } if ratio >= Ratio::TWO => {
            Outcome::new(S::Positive, N::None, Rule::GastricDualPositive)
        }
        Ish::Dual {
            her2: Some(her2), ..
        } if her2 >= Copies::SIX => Outcome::new(
            S::Indeterminate,
            N::AskCareTeam,
            Rule::GastricDualHighCopies,
        )
        .disagreeing(None, IshFinding::RatioBelow2HighCopies),
        Ish::Dual { .. } => Outcome::new(S::Negative, N::None, Rule::GastricDualNegative),
        Ish::Single { her2 } if her2 >= Copies::SIX => {
            Outcome::new(S::Positive, N::None, Rule::GastricSingleHigh)
        }
        Ish::Single { her2 } if her2 < Copies::FOUR => {
            Outcome::new(S::Negative, N::None, Rule::GastricSingleLow)
        }
        Ish::Single { .. } => Outcome::new(S::Equivocal, N::DualProbeIsh, Rule::GastricSingleMid),
    }
}
