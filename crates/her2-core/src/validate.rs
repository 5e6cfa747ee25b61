//! Input checks (her2-rules.md section 8.3). These are app conventions, not guideline rules.

use crate::decimal::Decimal;
use crate::error::{ErrorCode, Field, InputError};
use crate::measure::{CellCount, Copies, Ratio};
use crate::model::{Cancer, IhcScore, IhcZeroSubtype, Input, Probe};

/// A checked ISH result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ish {
    /// Dual-probe: the ratio to use, and the average HER2 copies when given.
    Dual { ratio: Ratio, her2: Option<Copies> },
    /// Single-probe: the average HER2 copies.
    Single { her2: Copies },
}

/// A checked input, ready for the decision rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Case {
    pub cancer: Cancer,
    pub ihc: Option<IhcScore>,
    pub subtype: Option<IhcZeroSubtype>,
    pub ish: Option<Ish>,
    pub cells: Option<CellCount>,
    pub recount_confirmed: bool,
}

/// Checks everything in section 8.3 and returns every problem found.
pub(crate) fn validate(input: &Input) -> Result<Case, Vec<InputError>> {
    let mut errors = Vec::new();
    let mut check = |field: Field, result: Result<(), ErrorCode>| {
        if let Err(code) = result {
            errors.push(InputError::new(field, code));
        }
    };

    // 8.3.1: an IHC 0 detail only goes with IHC 0.
    if input.ihc_zero_subtype.is_some() && input.ihc_score != Some(IhcScore::Zero) {
        check(Field::IhcZeroSubtype, Err(ErrorCode::SubtypeNeedsIhcZero));
    }

    // 8.3.2 and 8.3.3: each number on its own.
    let ratio = checked(input.ish_ratio, Ratio::new);
    let her2 = checked(input.avg_her2_copies, Copies::new);
    let cep17 = checked(input.avg_cep17_copies, Copies::new);
    let cells = checked(input.cells_counted, CellCount::new);
    check(Field::IshRatio, ratio.map_or(Ok(()), |r| r.map(|_| ())));
    check(Field::AvgHer2Copies, her2.map_or(Ok(()), |r| r.map(|_| ())));
    check(
        Field::AvgCep17Copies,
        cep17.map_or(Ok(()), |r| r.map(|_| ())),
    );
    check(Field::CellsCounted, cells.map_or(Ok(()), |r| r.map(|_| ())));

    // 8.3.5: the probe type, stated or implied.
    let probe = match input.probe {
        Some(probe) => Some(probe),
        None if input.ish_ratio.is_some() || input.avg_cep17_copies.is_some() => Some(Probe::Dual),
        None if input.avg_her2_copies.is_some() => {
            check(Field::Probe, Err(ErrorCode::ProbeMissing));
            None
        }
        None => None,
    };

    // 8.3.6 and 8.3.7: the values each probe type needs.
    match probe {
        Some(Probe::Single) => {
            if input.ish_ratio.is_some() {
                check(Field::IshRatio, Err(ErrorCode::NotForSingleProbe));
            }
            if input.avg_cep17_copies.is_some() {
                check(Field::AvgCep17Copies, Err(ErrorCode::NotForSingleProbe));
            }
            if input.avg_her2_copies.is_none() {
                check(Field::AvgHer2Copies, Err(ErrorCode::MissingForSingleProbe));
            }
        }
        Some(Probe::Dual) => {
            let has_ratio = input.ish_ratio.is_some();
            let has_both_copies =
                input.avg_her2_copies.is_some() && input.avg_cep17_copies.is_some();
            if !has_ratio && !has_both_copies {
                check(Field::IshRatio, Err(ErrorCode::DualProbeIncomplete));
            } else if input.cancer == Cancer::Breast && input.avg_her2_copies.is_none() {
                check(
                    Field::AvgHer2Copies,
                    Err(ErrorCode::MissingForBreastDualProbe),
                );
            }
        }
        None => {}
    }

    // 8.3.8: a reported ratio must agree with HER2 / CEP17 within 10%.
    if let (Some(Ok(r)), Some(Ok(h)), Some(Ok(c))) = (ratio, her2, cep17) {
        if !ratio_agrees(r.value(), h.value(), c.value()) {
            check(Field::IshRatio, Err(ErrorCode::RatioMismatch));
        }
    }

    // 8.3.9: something must be entered.
    if input.ihc_score.is_none() && probe.is_none() && !input.has_ish() {
        check(Field::Input, Err(ErrorCode::NothingEntered));
    }

    if !errors.is_empty() {
        return Err(errors);
    }

    let (ratio, her2, cep17, cells) = (ok(ratio), ok(her2), ok(cep17), ok(cells));
    let ish = match probe {
        Some(Probe::Single) => her2.map(|her2| Ish::Single { her2 }),
        Some(Probe::Dual) => {
            // A reported ratio takes precedence; otherwise HER2 / CEP17 rounded to 2 decimals.
            let ratio = ratio.or_else(|| {
                let computed = her2?.value().ratio_to(cep17?.value())?;
                Ratio::from_decimal(computed).ok()
            });
            ratio.map(|ratio| Ish::Dual { ratio, her2 })
        }
        None => None,
    };
    if probe.is_some() && ish.is_none() {
        // Every path above that leaves `ish` empty has already recorded an error; this is a
        // safety net so that a future change can never turn missing values into a result.
        return Err(vec![InputError::new(
            Field::IshRatio,
            ErrorCode::DualProbeIncomplete,
        )]);
    }

    Ok(Case {
        cancer: input.cancer,
        ihc: input.ihc_score,
        subtype: input.ihc_zero_subtype,
        ish,
        cells: if ish.is_some() { cells } else { None },
        recount_confirmed: input.recount_confirmed,
    })
}

fn ok<T>(value: Option<Result<T, ErrorCode>>) -> Option<T> {
    value.and_then(Result::ok)
}

fn checked<T>(
    value: Option<f64>,
    make: fn(f64) -> Result<T, ErrorCode>,
) -> Option<Result<T, ErrorCode>> {
    value.map(make)
}

/// `|ratio − her2/cep17| / (her2/cep17) ≤ 10%`, computed exactly as
/// `10 × |ratio × cep17 − her2| ≤ her2`.
fn ratio_agrees(ratio: Decimal, her2: Decimal, cep17: Decimal) -> bool {
    let product = u128::from(ratio.millionths()) * u128::from(cep17.millionths());
    let her2_scaled = u128::from(her2.millionths()) * 1_000_000;
    product.abs_diff(her2_scaled) * 10 <= her2_scaled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn ratio_agreement_is_exact_at_ten_percent() {
        // her2/cep17 = 2.0; 10% either side is 1.8 and 2.2 (both allowed).
        assert!(ratio_agrees(d("2.2"), d("4"), d("2")));
        assert!(ratio_agrees(d("1.8"), d("4"), d("2")));
        assert!(!ratio_agrees(d("2.200001"), d("4"), d("2")));
        assert!(!ratio_agrees(d("1.799999"), d("4"), d("2")));
    }
}
