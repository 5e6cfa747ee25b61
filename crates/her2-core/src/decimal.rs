//! Exact decimal numbers for thresholds.
//!
//! Reports give HER2 numbers with one to three decimals ("1.99", "4.0"). Comparing such values as
//! binary floating point can put a value on the wrong side of a threshold after arithmetic, so every
//! measurement is held as a whole number of millionths and every threshold comparison is an integer
//! comparison.

use core::fmt;

/// A non-negative decimal number held as a whole number of millionths.
///
/// Values are read to six decimal places; anything finer is dropped (rounded down), never rounded
/// up: a value just below a threshold, such as a ratio of 1.9999999, must stay below 2.0, and
/// every threshold has at most six decimals, so rounding down keeps each value on its side of
/// each threshold. Values too large to hold saturate at the largest representable value, which still compares
/// above every threshold.
///
/// ```
/// use her2_core::Decimal;
/// let ratio = Decimal::from_f64(1.99).unwrap();
/// assert!(ratio < Decimal::from_hundredths(200));
/// assert_eq!(Decimal::parse("1,99"), Some(ratio));
/// assert_eq!(ratio.to_string(), "1.99");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(u64);

/// Millionths in one unit.
const SCALE: u64 = 1_000_000;

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal(0);

    /// A value given in hundredths: `from_hundredths(200)` is 2.0.
    pub const fn from_hundredths(hundredths: u64) -> Decimal {
        Decimal(hundredths.saturating_mul(SCALE / 100))
    }

    /// A value given in millionths.
    pub const fn from_millionths(millionths: u64) -> Decimal {
        Decimal(millionths)
    }

    /// The value in millionths.
    pub const fn millionths(self) -> u64 {
        self.0
    }

    /// Converts a finite, non-negative float. A float that is the nearest one to a number with
    /// six decimals or fewer (`1.99`, `3.99`, as typed) is that number; any other is rounded
    /// down to six decimals, so that it stays on its side of every threshold (`1.9999999` is
    /// 1.999999, not 2.0). Returns `None` for NaN, infinities and negative numbers.
    ///
    /// ```
    /// use her2_core::Decimal;
    /// assert_eq!(Decimal::from_f64(1.99), Decimal::parse("1.99"));
    /// assert_eq!(Decimal::from_f64(1.9999999), Decimal::parse("1.999999"));
    /// ```
    pub fn from_f64(value: f64) -> Option<Decimal> {
        if !value.is_finite() || value < 0.0 {
            return None;
        }
        let scale = SCALE as f64;
        let scaled = value * scale;
        if scaled >= u64::MAX as f64 {
            return Some(Decimal(u64::MAX));
        }
        // Division of two exactly held integers is correctly rounded, so this asks whether
        // `value` is the float nearest to `nearest` millionths.
        let nearest = scaled.round() as u64;
        if nearest as f64 / scale == value {
            return Some(Decimal(nearest));
        }
        // `scaled` itself may have been rounded up to a whole number: step back when so.
        let mut down = scaled.floor() as u64;
        if down > 0 && down as f64 / scale > value {
            down -= 1;
        }
        Some(Decimal(down))
    }

    /// The nearest float, for display and for the JavaScript API ([`Decimal::from_f64`] gives
    /// the same value back).
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }

    /// Reads a plain decimal such as `"2"`, `"1.99"`, `"1,99"` or `".5"` exactly, without going
    /// through floating point. Digits beyond the sixth decimal place are dropped (see [`Decimal`]).
    /// Returns `None` for anything else (signs, exponents, spaces, several separators, no digits).
    pub fn parse(text: &str) -> Option<Decimal> {
        // (A byte search: `find` with a set of characters is several times slower.)
        let (whole, frac) = match text.bytes().position(|b| b == b'.' || b == b',') {
            Some(at) => (&text[..at], &text[at + 1..]),
            None => (text, ""),
        };
        if whole.is_empty() && frac.is_empty() {
            return None;
        }
        if !whole.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut value: u64 = 0;
        for b in whole.bytes() {
            value = value.saturating_mul(10).saturating_add(u64::from(b - b'0'));
        }
        value = value.saturating_mul(SCALE);
        let mut place = SCALE / 10;
        for b in frac.bytes().take(6) {
            value = value.saturating_add(u64::from(b - b'0') * place);
            place /= 10;
        }
        Some(Decimal(value))
    }

    /// `self / other` rounded half up to two decimal places, as the app computes a ratio from
    /// two copy numbers. Returns `None` when `other` is zero.
    ///
    /// ```
    /// use her2_core::Decimal;
    /// let her2 = Decimal::parse("4.2").unwrap();
    /// let cep17 = Decimal::parse("2.1").unwrap();
    /// assert_eq!(her2.ratio_to(cep17), Some(Decimal::from_hundredths(200)));
    /// ```
    pub fn ratio_to(self, other: Decimal) -> Option<Decimal> {
        if other.0 == 0 {
            return None;
        }
        let num = u128::from(self.0) * 200;
        let den = u128::from(other.0);
        let hundredths = (num + den) / (2 * den);
        Some(Decimal::from_hundredths(
            u64::try_from(hundredths).unwrap_or(u64::MAX / SCALE),
        ))
    }
}

impl fmt::Display for Decimal {
    /// Shortest form with at least one decimal: `2.0`, `1.99`, `4.125`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / SCALE;
        let mut frac = self.0 % SCALE;
        let mut digits = 6;
        while digits > 1 && frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        write!(f, "{whole}.{frac:0digits$}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Decimal::parse("2"), Some(Decimal(2_000_000)));
        assert_eq!(Decimal::parse("2.0"), Some(Decimal(2_000_000)));
        assert_eq!(Decimal::parse("1.99"), Some(Decimal(1_990_000)));
        assert_eq!(Decimal::parse("3,99"), Some(Decimal(3_990_000)));
        assert_eq!(Decimal::parse(".5"), Some(Decimal(500_000)));
        assert_eq!(Decimal::parse("5."), Some(Decimal(5_000_000)));
        // Beyond six decimals, digits are dropped: just below a threshold stays below it.
        assert_eq!(Decimal::parse("1.9999995"), Some(Decimal(1_999_999)));
        assert_eq!(Decimal::parse("1.9999994"), Some(Decimal(1_999_999)));
        assert_eq!(
            Decimal::parse("1.99999999999999999"),
            Some(Decimal(1_999_999))
        );
        assert_eq!(Decimal::parse("3.9999999999"), Some(Decimal(3_999_999)));
        for bad in ["", ".", "-1", "1e3", "1.2.3", "1,2.3", " 1", "x", "+2"] {
            assert_eq!(Decimal::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn floats_round_to_millionths() {
        assert_eq!(Decimal::from_f64(3.99), Some(Decimal(3_990_000)));
        assert_eq!(Decimal::from_f64(5.99), Some(Decimal(5_990_000)));
        assert_eq!(Decimal::from_f64(0.1 + 0.2), Some(Decimal(300_000)));
        assert_eq!(Decimal::from_f64(f64::NAN), None);
        assert_eq!(Decimal::from_f64(f64::INFINITY), None);
        assert_eq!(Decimal::from_f64(-0.5), None);
        assert_eq!(Decimal::from_f64(1e300), Some(Decimal(u64::MAX)));
        // Not a six-decimal number: rounded down, never up across a threshold.
        assert_eq!(Decimal::from_f64(1.9999999), Some(Decimal(1_999_999)));
        assert_eq!(
            Decimal::from_f64(1.999_999_999_999_999_8),
            Some(Decimal(1_999_999))
        );
        assert_eq!(Decimal::from_f64(5.999_999_9), Some(Decimal(5_999_999)));
        assert_eq!(Decimal::from_f64(0.000_000_4), Some(Decimal(0)));
        assert_eq!(Decimal::from_f64(2.0), Some(Decimal(2_000_000)));
    }

    #[test]
    fn floats_round_trip() {
        for millionths in [
            0,
            1,
            999_999,
            1_990_000,
            1_999_999,
            3_990_000,
            5_999_999,
            123_456_789,
        ] {
            let d = Decimal(millionths);
            assert_eq!(Decimal::from_f64(d.to_f64()), Some(d), "{millionths}");
        }
        for hundredths in 0..=10_000 {
            let d = Decimal::from_hundredths(hundredths);
            assert_eq!(
                Decimal::from_f64(hundredths as f64 / 100.0),
                Some(d),
                "{hundredths}"
            );
        }
    }

    #[test]
    fn ratio_rounds_half_up() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(d("7.98").ratio_to(d("4")), Some(d("2.0"))); // 1.995 -> 2.00
        assert_eq!(d("7.979").ratio_to(d("4")), Some(d("1.99"))); // 1.99475
        assert_eq!(d("4").ratio_to(Decimal::ZERO), None);
        assert_eq!(d("100").ratio_to(Decimal(1)), Some(d("100000000")));
    }

    #[test]
    fn displays_short_form() {
        assert_eq!(Decimal(2_000_000).to_string(), "2.0");
        assert_eq!(Decimal(1_990_000).to_string(), "1.99");
        assert_eq!(Decimal(4_125_000).to_string(), "4.125");
        assert_eq!(Decimal(1).to_string(), "0.000001");
    }
}
