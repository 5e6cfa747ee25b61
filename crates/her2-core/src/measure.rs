//! Validated measurement newtypes.

use crate::decimal::Decimal;
use crate::error::ErrorCode;

/// A HER2/CEP17 ratio: finite and above 0.
///
/// ```
/// use her2_core::{ErrorCode, Ratio};
/// assert!(Ratio::new(1.99).unwrap() < Ratio::TWO);
/// assert!(Ratio::new(2.0).unwrap() >= Ratio::TWO);
/// assert_eq!(Ratio::new(0.0), Err(ErrorCode::NotPositive));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ratio(Decimal);

impl Ratio {
    /// The 2.0 threshold.
    pub const TWO: Ratio = Ratio(Decimal::from_hundredths(200));

    /// Checks a reported ratio.
    pub fn new(value: f64) -> Result<Ratio, ErrorCode> {
        positive(value).map(Ratio)
    }

    /// A ratio from an exact decimal (must be above 0).
    pub fn from_decimal(value: Decimal) -> Result<Ratio, ErrorCode> {
        if value == Decimal::ZERO {
            Err(ErrorCode::NotPositive)
        } else {
            Ok(Ratio(value))
        }
    }

    /// The exact value.
    pub const fn value(self) -> Decimal {
        self.0
    }
}

/// An average copy number per cell (HER2 or CEP17): above 0 and at most 100.
///
/// ```
/// use her2_core::{Copies, ErrorCode};
/// assert!(Copies::new(3.99).unwrap() < Copies::FOUR);
/// assert!(Copies::new(6.0).unwrap() >= Copies::SIX);
/// assert_eq!(Copies::new(100.5), Err(ErrorCode::TooLarge));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Copies(Decimal);

impl Copies {
    /// The 4.0 threshold.
    pub const FOUR: Copies = Copies(Decimal::from_hundredths(400));
    /// The 6.0 threshold.
    pub const SIX: Copies = Copies(Decimal::from_hundredths(600));
    /// The largest believable average copy number.
    pub const MAX: Copies = Copies(Decimal::from_hundredths(10_000));

    /// Checks a reported copy number.
    pub fn new(value: f64) -> Result<Copies, ErrorCode> {
        let value = Copies(positive(value)?);
        if value > Copies::MAX {
            Err(ErrorCode::TooLarge)
        } else {
            Ok(value)
        }
    }

    /// The exact value.
    pub const fn value(self) -> Decimal {
        self.0
    }
}

/// A number of cells counted: a whole number of 1 or more.
///
/// ```
/// use her2_core::{CellCount, ErrorCode};
/// assert_eq!(CellCount::new(20.0).unwrap().get(), 20);
/// assert_eq!(CellCount::new(19.5), Err(ErrorCode::NotWholeNumber));
/// assert_eq!(CellCount::new(0.0), Err(ErrorCode::TooSmall));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellCount(u64);

impl CellCount {
    /// The fewest cells a reportable ISH count may have.
    pub const MINIMUM_REPORTABLE: CellCount = CellCount(20);

    /// Checks a reported cell count.
    pub fn new(value: f64) -> Result<CellCount, ErrorCode> {
        if !value.is_finite() || value.fract() != 0.0 {
            return Err(ErrorCode::NotWholeNumber);
        }
        if value < 1.0 {
            return Err(ErrorCode::TooSmall);
        }
        // `as` saturates for huge whole numbers.
        Ok(CellCount(value as u64))
    }

    /// The count.
    pub const fn get(self) -> u64 {
        self.0
    }
}

fn positive(value: f64) -> Result<Decimal, ErrorCode> {
    if !value.is_finite() {
        return Err(ErrorCode::NotFinite);
    }
    match Decimal::from_f64(value) {
        Some(d) if d > Decimal::ZERO => Ok(d),
        _ => Err(ErrorCode::NotPositive),
    }
}
