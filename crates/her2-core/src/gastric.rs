//! Gastroesophageal adenocarcinoma: CAP/ASCP/ASCO 2016 (her2-rules.md section 8.5).
//!
//! HER2-low, HER2-ultralow and the breast ISH groups do not apply here.

use crate::measure::{CellCount, Copies, Ratio};
use crate::model::{IhcScore, NextStep, Status};
use crate::rule::Rule;
use crate::validate::{Case, Ish};
use crate::Outcome;

/// The gastroesophageal decision table.
pub(crate) fn decide(case: &Case) -> Outcome {
    use NextStep as N;
    use Status as S;
    let Some(ish) = case.ish else {
        return match case.ihc {
            Some(IhcScore::Zero | IhcScore::One) => {
                Outcome::new(S::Negative, N::None, Rule::GastricIhc01)
            }
            Some(IhcScore::Two) => Outcome::new(S::Equivocal, N::ReflexIsh, Rule::GastricIhc2),
            Some(IhcScore::Three) => Outcome::new(S::Positive, N::None, Rule::GastricIhc3),
            None => Outcome::invalid(),
        };
    };
    if case
        .cells
        .is_some_and(|c| c < CellCount::MINIMUM_REPORTABLE)
    {
        return Outcome::new(S::Indeterminate, N::RepeatTest, Rule::GastricTooFewCells);
    }
    if case.ihc == Some(IhcScore::Three) {
        return Outcome::new(S::Positive, N::None, Rule::GastricIhc3);
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
        ),
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
