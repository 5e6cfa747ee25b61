//! Values that are possible but very unlikely, so probably a typo (her2-rules.md section 8.3,
//! app conventions). They are warnings, not errors: the decision does not change, and the app
//! shows each value back to the person to confirm or fix before it shows the result.
//!
//! The limits (see docs/rules.md, "Values to check again"):
//! - a ratio above 15;
//! - a CEP17 value below 0.5 or above 8 per cell, as given or as implied by HER2 copies ÷ ratio
//!   (most cells have about 2; a tumour with 3 or more is said to have "polysomy 17");
//! - more than 25 average HER2 copies per cell;
//! - fewer than 20 cells counted (the guideline's minimum; here the point is "6? did you mean 60?").

use crate::decimal::Decimal;
use crate::error::Field;
use crate::measure::{CellCount, Copies, Ratio};
use crate::model::{Input, Probe};
use core::fmt;

/// Why a value should be checked again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CheckCode {
    /// The ratio is above [`RATIO_MAX`].
    RatioHigh,
    /// HER2 copies ÷ ratio gives fewer than [`CEP17_MIN`] CEP17 signals per cell.
    ImpliedCep17Low,
    /// HER2 copies ÷ ratio gives more than [`CEP17_MAX`] CEP17 signals per cell.
    ImpliedCep17High,
    /// The CEP17 value is below [`CEP17_MIN`].
    Cep17Low,
    /// The CEP17 value is above [`CEP17_MAX`].
    Cep17High,
    /// The average HER2 copy number is above [`HER2_MAX`].
    Her2High,
    /// Fewer than 20 cells were counted.
    FewCells,
}

impl CheckCode {
    /// Every code, in order.
    pub const ALL: &'static [CheckCode] = &[
        CheckCode::RatioHigh,
        CheckCode::ImpliedCep17Low,
        CheckCode::ImpliedCep17High,
        CheckCode::Cep17Low,
        CheckCode::Cep17High,
        CheckCode::Her2High,
        CheckCode::FewCells,
    ];

    /// The machine-readable code.
    pub const fn as_str(self) -> &'static str {
        match self {
            CheckCode::RatioHigh => "ratio_high",
            CheckCode::ImpliedCep17Low => "implied_cep17_low",
            CheckCode::ImpliedCep17High => "implied_cep17_high",
            CheckCode::Cep17Low => "cep17_low",
            CheckCode::Cep17High => "cep17_high",
            CheckCode::Her2High => "her2_copies_high",
            CheckCode::FewCells => "few_cells",
        }
    }
}

impl fmt::Display for CheckCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The highest ratio taken without a second look (app convention).
pub const RATIO_MAX: Decimal = Decimal::from_hundredths(1500);
/// The lowest CEP17 signals per cell taken without a second look (app convention).
pub const CEP17_MIN: Decimal = Decimal::from_hundredths(50);
/// The highest CEP17 signals per cell taken without a second look (app convention).
pub const CEP17_MAX: Decimal = Decimal::from_hundredths(800);
/// The highest average HER2 copy number taken without a second look (app convention).
pub const HER2_MAX: Decimal = Decimal::from_hundredths(2500);

/// A value to show back to the person before the result: possible, but very unlikely.
///
/// ```
/// use her2_core::{check_values, CheckCode, Input};
/// let warnings = check_values(&Input::breast().ratio(45.0).her2(3.1));
/// assert_eq!(warnings[0].code, CheckCode::RatioHigh);
/// assert_eq!(warnings[0].field.name(), "ish_ratio");
/// assert_eq!(warnings[0].value.to_string(), "45.0");
/// assert_eq!(
///     warnings[0].message(),
///     "Your report says the ratio is 45? That is very high. Many reports say a number like 4.5. \
///      Check the ratio on the report."
/// );
/// assert_eq!(warnings[1].code, CheckCode::ImpliedCep17Low);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ValueCheck {
    /// The field to check.
    pub field: Field,
    /// Why.
    pub code: CheckCode,
    /// The value as entered (for the implied CEP17 codes: the ratio).
    pub value: Decimal,
    /// A value the person may have meant (the same digits with the decimal point moved), when
    /// there is a likely one.
    pub suggestion: Option<Decimal>,
    /// For the implied CEP17 codes: the average HER2 copy number the ratio was divided into.
    pub her2: Option<Decimal>,
    /// For the implied CEP17 codes: HER2 copies ÷ ratio, rounded to 2 decimals.
    pub cep17: Option<Decimal>,
}

impl ValueCheck {
    fn new(field: Field, code: CheckCode, value: Decimal) -> ValueCheck {
        ValueCheck {
            field,
            code,
            value,
            suggestion: None,
            her2: None,
            cep17: None,
        }
    }

    /// A plain-language message (English).
    pub fn message(&self) -> String {
        let value = plain(self.value);
        let maybe = match self.suggestion {
            Some(s) => format!(" Many reports say a number like {}.", plain(s)),
            None => String::new(),
        };
        match self.code {
            CheckCode::RatioHigh => format!(
                "Your report says the ratio is {value}? That is very high.{} Check the ratio on \
                 the report.",
                maybe
            ),
            CheckCode::ImpliedCep17Low | CheckCode::ImpliedCep17High => format!(
                "A ratio of {value} with {} HER2 copies means {} CEP17 signals per cell. Most \
                 cells have about 2. Check the ratio and the HER2 copy number on the report.",
                self.her2.map(plain).unwrap_or_default(),
                self.cep17.map(plain).unwrap_or_default(),
            ),
            CheckCode::Cep17Low | CheckCode::Cep17High => format!(
                "Your report says {value} CEP17 signals per cell? Most cells have about 2. Check \
                 the CEP17 number on the report."
            ),
            CheckCode::Her2High => format!(
                "Your report says {value} HER2 copies per cell? That is very high.{} Check the \
                 HER2 copy number on the report.",
                maybe
            ),
            CheckCode::FewCells => format!(
                "Your report says {value} cells were counted? That is fewer than the 20 a lab \
                 needs.{} Check the number of cells on the report.",
                maybe
            ),
        }
    }
}

impl fmt::Display for ValueCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message())
    }
}

/// A number as a person writes it: `45`, `4.5`, `0.07`.
fn plain(value: Decimal) -> String {
    let text = value.to_string();
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// Values entered that are possible but very unlikely, in field order. Values that are not
/// valid on their own (see [`interpret`](crate::interpret)'s errors) are not checked here, and
/// the decision does not depend on these warnings. Never panics.
///
/// ```
/// use her2_core::{check_values, Input};
/// assert!(check_values(&Input::breast().ratio(4.5).her2(9.0).cells(60.0)).is_empty());
/// let few = check_values(&Input::breast().ratio(4.5).her2(9.0).cells(6.0));
/// assert_eq!(few[0].code.as_str(), "few_cells");
/// assert_eq!(few[0].suggestion.map(|s| s.to_string()), Some("60.0".to_string()));
/// ```
pub fn check_values(input: &Input) -> Vec<ValueCheck> {
    let single = input.probe == Some(Probe::Single);
    let ratio = input
        .ish_ratio
        .filter(|_| !single)
        .and_then(|r| Ratio::new(r).ok())
        .map(Ratio::value);
    let her2 = input
        .avg_her2_copies
        .and_then(|c| Copies::new(c).ok())
        .map(Copies::value);
    let cep17 = input
        .avg_cep17_copies
        .filter(|_| !single)
        .and_then(|c| Copies::new(c).ok())
        .map(Copies::value);
    let cells = input.cells_counted.and_then(|c| CellCount::new(c).ok());

    let mut checks = Vec::new();
    if let Some(r) = ratio {
        if r > RATIO_MAX {
            let mut check = ValueCheck::new(Field::IshRatio, CheckCode::RatioHigh, r);
            check.suggestion = Some(tenth(r));
            checks.push(check);
        }
        // Without a CEP17 value, HER2 copies ÷ ratio is the CEP17 the two numbers imply.
        if let (Some(h), None) = (her2, cep17) {
            // cep17 = h / r; compare exactly: h < 0.5 r, h > 8 r.
            let h_scaled = u128::from(h.millionths()) * 100;
            let code = if h_scaled < u128::from(r.millionths()) * 50 {
                Some(CheckCode::ImpliedCep17Low)
            } else if h_scaled > u128::from(r.millionths()) * 800 {
                Some(CheckCode::ImpliedCep17High)
            } else {
                None
            };
            if let Some(code) = code {
                let mut check = ValueCheck::new(Field::IshRatio, code, r);
                check.her2 = Some(h);
                check.cep17 = h.ratio_to(r);
                checks.push(check);
            }
        }
    }
    if let Some(h) = her2 {
        if h > HER2_MAX {
            let mut check = ValueCheck::new(Field::AvgHer2Copies, CheckCode::Her2High, h);
            check.suggestion = Some(tenth(h));
            checks.push(check);
        }
    }
    if let Some(c) = cep17 {
        if c < CEP17_MIN {
            checks.push(ValueCheck::new(
                Field::AvgCep17Copies,
                CheckCode::Cep17Low,
                c,
            ));
        } else if c > CEP17_MAX {
            checks.push(ValueCheck::new(
                Field::AvgCep17Copies,
                CheckCode::Cep17High,
                c,
            ));
        }
    }
    if let Some(c) = cells {
        if c < CellCount::MINIMUM_REPORTABLE {
            let value = Decimal::from_millionths(c.get().saturating_mul(1_000_000));
            let mut check = ValueCheck::new(Field::CellsCounted, CheckCode::FewCells, value);
            // "6" for 60; a count of 2 to 19 times ten is a usual count.
            if c.get() >= 2 {
                check.suggestion =
                    Some(Decimal::from_millionths(c.get().saturating_mul(10_000_000)));
            }
            checks.push(check);
        }
    }
    checks
}

/// The value with the decimal point moved one place left ("45" for "4.5").
fn tenth(value: Decimal) -> Decimal {
    Decimal::from_millionths(value.millionths() / 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(input: Input) -> Vec<&'static str> {
        check_values(&input)
            .iter()
            .map(|c| c.code.as_str())
            .collect()
    }

    #[test]
    fn ratio_edge_is_15() {
        assert!(codes(Input::breast().ratio(15.0).her2(30.0)).contains(&"her2_copies_high"));
        assert!(!codes(Input::breast().ratio(15.0).her2(30.0)).contains(&"ratio_high"));
        assert!(codes(Input::breast().ratio(15.01).her2(30.0)).contains(&"ratio_high"));
    }

    #[test]
    fn implied_cep17_edges_are_0_5_and_8() {
        // 2.5 / 5.0 = 0.5: fine; 2.49 / 5.0 < 0.5: low.
        assert!(codes(Input::breast().ratio(5.0).her2(2.5)).is_empty());
        assert_eq!(
            codes(Input::breast().ratio(5.0).her2(2.49)),
            ["implied_cep17_low"]
        );
        // A ratio of 4.5 with 3.1 copies (CEP17 0.69: group 2 always has fewer than 2) is fine.
        assert!(codes(Input::breast().ratio(4.5).her2(3.1)).is_empty());
        // 8.0 / 1.0 = 8: fine; 8.01 / 1.0 > 8: high.
        assert!(codes(Input::breast().ratio(1.0).her2(8.0)).is_empty());
        assert_eq!(
            codes(Input::breast().ratio(1.0).her2(8.01)),
            ["implied_cep17_high"]
        );
        // With a CEP17 value given, that value is checked instead.
        assert_eq!(
            codes(Input::breast().ratio(1.0).her2(8.01).cep17(8.01)),
            ["cep17_high"]
        );
    }

    #[test]
    fn given_cep17_edges() {
        assert!(codes(Input::breast().ratio(2.5).her2(1.25).cep17(0.5)).is_empty());
        assert_eq!(
            codes(Input::breast().ratio(2.5).her2(1.22).cep17(0.49)),
            ["cep17_low"]
        );
        assert!(codes(Input::breast().ratio(1.0).her2(8.0).cep17(8.0)).is_empty());
    }

    #[test]
    fn her2_edge_is_25() {
        assert!(codes(Input::breast().ratio(10.0).her2(25.0)).is_empty());
        assert_eq!(
            codes(Input::breast().ratio(10.0).her2(25.01)),
            ["her2_copies_high"]
        );
        assert_eq!(
            codes(Input::breast().probe(Probe::Single).her2(25.01)),
            ["her2_copies_high"]
        );
    }

    #[test]
    fn cells_edge_is_20() {
        assert!(codes(Input::breast().ratio(2.0).her2(4.0).cells(20.0)).is_empty());
        let checks = check_values(&Input::breast().ratio(2.0).her2(4.0).cells(19.0));
        assert_eq!(checks[0].code, CheckCode::FewCells);
        assert_eq!(checks[0].suggestion.map(plain).as_deref(), Some("190"));
        let one = check_values(&Input::breast().ratio(2.0).her2(4.0).cells(1.0));
        assert_eq!(one[0].suggestion, None);
    }

    #[test]
    fn the_typo_in_the_issue() {
        let checks = check_values(&Input::breast().ratio(45.0).her2(3.1));
        assert_eq!(checks.len(), 2);
        assert_eq!(
            checks[1].message(),
            "A ratio of 45 with 3.1 HER2 copies means 0.07 CEP17 signals per cell. Most cells \
             have about 2. Check the ratio and the HER2 copy number on the report."
        );
        let few = check_values(&Input::breast().ratio(2.0).her2(4.0).cells(6.0));
        assert_eq!(
            few[0].message(),
            "Your report says 6 cells were counted? That is fewer than the 20 a lab needs. \
             Many reports say a number like 60. Check the number of cells on the report."
        );
    }

    #[test]
    fn invalid_values_are_not_checked() {
        assert!(codes(Input::breast().ratio(f64::NAN).her2(200.0).cells(0.5)).is_empty());
        assert!(codes(Input::breast().probe(Probe::Single).ratio(45.0).her2(3.0)).is_empty());
    }
}
