//! The report form's state: what a person typed, turned into the core's [`Input`].
//!
//! Text stays exactly as typed (nothing is lost when a value is refused); numbers are read by
//! `her2_core::number::read_number`, so a decimal comma, units and words around the number are
//! all fine.

use her2_core::number::{read_number, NumberError};
use her2_core::{Cancer, IhcScore, Input};

/// What the person typed or chose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormText {
    /// Which cancer.
    pub cancer: Cancer,
    /// The IHC score, if the report gives one.
    pub ihc_score: Option<IhcScore>,
    /// The ratio, as typed.
    pub ish_ratio: String,
    /// The average HER2 copy number, as typed.
    pub avg_her2_copies: String,
}

/// A number field that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberField {
    /// The ratio box.
    IshRatio,
    /// The average HER2 copy number box.
    AvgHer2Copies,
}

impl FormText {
    /// The core input, or the number fields that could not be read.
    pub fn to_input(&self) -> Result<Input, Vec<(NumberField, NumberError)>> {
        let mut problems = Vec::new();
        let mut read = |field, text: &str| match read_number(text) {
            Ok(value) => Some(value.to_f64()),
            Err(NumberError::Empty) => None,
            Err(e) => {
                problems.push((field, e));
                None
            }
        };
        let ratio = read(NumberField::IshRatio, &self.ish_ratio);
        let her2 = read(NumberField::AvgHer2Copies, &self.avg_her2_copies);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Input {
            cancer: self.cancer,
            ihc_score: self.ihc_score,
            ish_ratio: ratio,
            avg_her2_copies: her2,
            ..Input::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_typed_numbers() {
        let form = FormText {
            ihc_score: Some(IhcScore::Two),
            ish_ratio: "ratio 2,3".into(),
            avg_her2_copies: "5.1 signals/cell".into(),
            ..FormText::default()
        };
        let input = form.to_input().unwrap();
        assert_eq!(input.ish_ratio, Some(2.3));
        assert_eq!(input.avg_her2_copies, Some(5.1));
    }

    #[test]
    fn reports_each_unreadable_field() {
        let form = FormText {
            ish_ratio: "two".into(),
            avg_her2_copies: "4.1 or 4.4".into(),
            ..FormText::default()
        };
        assert_eq!(
            form.to_input(),
            Err(vec![
                (NumberField::IshRatio, NumberError::NoNumber),
                (NumberField::AvgHer2Copies, NumberError::SeveralNumbers)
            ])
        );
    }
}
