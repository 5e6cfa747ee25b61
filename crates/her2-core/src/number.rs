//! Reading a number that a person typed or pasted into a form field.
//!
//! People type numbers the way their report shows them: `2.3`, `2,3`, `ratio 2.3`,
//! `4.5 signals/cell`, `≈ 5`. [`read_number`] accepts a decimal point or a decimal comma, ignores
//! words and units around the number, and skips digits that belong to a word such as `HER2` or
//! `CEP17`. It refuses text with no number or with two different numbers, so it never picks one
//! silently.

use crate::decimal::Decimal;
use core::fmt;

/// Why a typed value is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// The text has no number in it.
    NoNumber,
    /// The text has more than one number, so it is unclear which one is meant.
    SeveralNumbers,
    /// The number has a minus sign.
    Negative,
    /// A letter O stands where a zero belongs (`6O` for 60). The value is the number with the
    /// letter read as a zero, to show as an example; it is not taken as the answer.
    LetterO(Decimal),
}

impl NumberError {
    /// A machine code, e.g. for choosing a translated message.
    pub const fn code(self) -> &'static str {
        match self {
            NumberError::Empty => "empty",
            NumberError::NoNumber => "no_number",
            NumberError::SeveralNumbers => "several_numbers",
            NumberError::Negative => "negative",
            NumberError::LetterO(_) => "letter_o",
        }
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "Nothing was entered.",
            NumberError::NoNumber => "This has no number in it. Type the number, like 2.1.",
            NumberError::SeveralNumbers => "This has more than one number. Type just one.",
            NumberError::Negative => "This number cannot be below 0.",
            NumberError::LetterO(value) => {
                let value = value.to_string();
                let value = value.strip_suffix(".0").unwrap_or(&value);
                return write!(f, "Use only numbers, like {value}. A letter O is not a 0.");
            }
        })
    }
}

/// A number found in text, with where it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundNumber {
    /// The value.
    pub value: Decimal,
    /// Byte offset where the number starts.
    pub start: usize,
    /// Byte offset just after the number.
    pub end: usize,
    /// Whether a minus sign came right before it.
    pub negative: bool,
}

/// Reads the one number in a typed value.
///
/// ```
/// use her2_core::number::{read_number, NumberError};
/// use her2_core::Decimal;
/// let d = |s| Decimal::parse(s).unwrap();
/// assert_eq!(read_number(" 2,3 "), Ok(d("2.3")));
/// assert_eq!(read_number("HER2/CEP17 ratio: 2.3"), Ok(d("2.3")));
/// assert_eq!(read_number("4.5 signals/cell"), Ok(d("4.5")));
/// assert_eq!(read_number(""), Err(NumberError::Empty));
/// assert_eq!(read_number("about two"), Err(NumberError::NoNumber));
/// assert_eq!(read_number("2.1 or 2.4"), Err(NumberError::SeveralNumbers));
/// assert_eq!(read_number("-1"), Err(NumberError::Negative));
/// assert_eq!(read_number("6O"), Err(NumberError::LetterO(d("60"))));
/// assert_eq!(read_number("6O").unwrap_err().to_string(), "Use only numbers, like 60. A letter O is not a 0.");
/// ```
pub fn read_number(text: &str) -> Result<Decimal, NumberError> {
    if text.trim().is_empty() {
        return Err(NumberError::Empty);
    }
    if let Some(value) = letter_o(text) {
        return Err(NumberError::LetterO(value));
    }
    let mut found = numbers_in(text);
    let first = found.next().ok_or(NumberError::NoNumber)?;
    if found.any(|other| other.value != first.value) {
        return Err(NumberError::SeveralNumbers);
    }
    if first.negative && first.value != Decimal::ZERO {
        return Err(NumberError::Negative);
    }
    Ok(first.value)
}

/// Every stand-alone number in `text`, in order. Digits joined to letters (`HER2`, `CEP17`,
/// `4B5`) are not numbers. A decimal separator is a point or a comma followed by a digit.
pub fn numbers_in(text: &str) -> impl Iterator<Item = FoundNumber> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    core::iter::from_fn(move || {
        while i < bytes.len() {
            let start = i;
            let b = bytes[i];
            let starts_number = b.is_ascii_digit()
                || ((b == b'.' || b == b',')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && (i == 0 || !bytes[i - 1].is_ascii_digit()));
            if !starts_number {
                i += 1;
                continue;
            }
            let joined_before = start > 0 && is_word_byte(bytes[start - 1]);
            let mut end = start;
            let mut seen_separator = false;
            while end < bytes.len() {
                let c = bytes[end];
                if c.is_ascii_digit() {
                    end += 1;
                } else if (c == b'.' || c == b',')
                    && !seen_separator
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    seen_separator = true;
                    end += 1;
                } else {
                    break;
                }
            }
            i = end;
            // Digits glued to letters ("HER2", "4B5", "20x") belong to a word.
            let joined_after = end < bytes.len() && is_word_byte(bytes[end]);
            if joined_before || joined_after {
                continue;
            }
            let negative = start > 0 && matches!(bytes[start - 1], b'-') && {
                // A minus sign, not a hyphen inside a word or range like "2-3".
                start < 2 || !bytes[start - 2].is_ascii_alphanumeric()
            };
            if let Some(value) = Decimal::parse(&text[start..end]) {
                return Some(FoundNumber {
                    value,
                    start,
                    end,
                    negative,
                });
            }
        }
        None
    })
}

/// The number meant by the one word made only of digits, separators and the letter O, with at
/// least one of each digit and O (`6O`, `1O0`, `2.O5`): a number typed with O for 0.
fn letter_o(text: &str) -> Option<Decimal> {
    let mut words = text
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '=' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes().any(|b| b == b'O' || b == b'o')
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'O' | b'o' | b'.' | b','))
        });
    match (words.next(), words.next()) {
        (Some(word), None) => {
            let fixed = word.replace(['O', 'o'], "0");
            Decimal::parse(fixed.trim_end_matches(['.', ',']))
        }
        _ => None,
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn reads_common_forms() {
        assert_eq!(read_number("2.0"), Ok(d("2")));
        assert_eq!(read_number("ratio = 1,99"), Ok(d("1.99")));
        assert_eq!(read_number("≈ 5"), Ok(d("5")));
        assert_eq!(read_number("20 cells"), Ok(d("20")));
        assert_eq!(read_number("(3.99)"), Ok(d("3.99")));
        assert_eq!(read_number("2.3 2.3"), Ok(d("2.3")));
        assert_eq!(read_number("0"), Ok(d("0")));
    }

    #[test]
    fn skips_digits_inside_words() {
        assert_eq!(read_number("HER2: 4.1"), Ok(d("4.1")));
        assert_eq!(read_number("CEP17 2.2"), Ok(d("2.2")));
        assert_eq!(read_number("HER2"), Err(NumberError::NoNumber));
    }

    #[test]
    fn refuses_ambiguity() {
        assert_eq!(read_number("2.1 / 4.3"), Err(NumberError::SeveralNumbers));
        assert_eq!(read_number("1.2.3"), Err(NumberError::SeveralNumbers));
        assert_eq!(read_number("   "), Err(NumberError::Empty));
        assert_eq!(read_number("- 1"), Ok(d("1")));
        assert_eq!(read_number("-0.5"), Err(NumberError::Negative));
    }

    #[test]
    fn letter_o_for_zero() {
        assert_eq!(read_number("6O"), Err(NumberError::LetterO(d("60"))));
        assert_eq!(read_number("6o cells"), Err(NumberError::LetterO(d("60"))));
        assert_eq!(read_number("1O0"), Err(NumberError::LetterO(d("100"))));
        assert_eq!(read_number("O.5"), Err(NumberError::LetterO(d("0.5"))));
        // Not read as 2 (the digits before the letter).
        assert_eq!(read_number("2.O5"), Err(NumberError::LetterO(d("2.05"))));
        assert_eq!(read_number("2,O"), Err(NumberError::LetterO(d("2.0"))));
        // No digit, or other letters too: no number.
        assert_eq!(read_number("O"), Err(NumberError::NoNumber));
        assert_eq!(read_number("two"), Err(NumberError::NoNumber));
        assert_eq!(read_number("HER2"), Err(NumberError::NoNumber));
        assert_eq!(read_number("6O or 7O"), Err(NumberError::NoNumber));
        assert_eq!(NumberError::LetterO(d("60")).code(), "letter_o");
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "é1,5", ",", ".5.", "1,", "١٢", "\u{0}9", "9\u{301}", "O,O", "1.O.O", "9O,O",
        ] {
            let _ = read_number(text);
        }
    }
}
