//! Typed input errors with plain-language messages.

use core::fmt;

/// An input field, as named in the JavaScript API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// `cancer`
    Cancer,
    /// `ihc_score`
    IhcScore,
    /// `ihc_zero_subtype`
    IhcZeroSubtype,
    /// `probe`
    Probe,
    /// `ish_ratio`
    IshRatio,
    /// `avg_her2_copies`
    AvgHer2Copies,
    /// `avg_cep17_copies`
    AvgCep17Copies,
    /// `cells_counted`
    CellsCounted,
    /// `specimen`
    Specimen,
    /// `recount_confirmed`
    RecountConfirmed,
    /// The input as a whole (for example: nothing was entered).
    Input,
    /// A field name this tool does not know.
    Unknown(String),
}

impl Field {
    /// Every known field, in API order.
    pub const KNOWN: &'static [Field] = &[
        Field::Cancer,
        Field::IhcScore,
        Field::IhcZeroSubtype,
        Field::Probe,
        Field::IshRatio,
        Field::AvgHer2Copies,
        Field::AvgCep17Copies,
        Field::CellsCounted,
        Field::Specimen,
        Field::RecountConfirmed,
    ];

    /// The API name of the field.
    pub fn name(&self) -> &str {
        match self {
            Field::Cancer => "cancer",
            Field::IhcScore => "ihc_score",
            Field::IhcZeroSubtype => "ihc_zero_subtype",
            Field::Probe => "probe",
            Field::IshRatio => "ish_ratio",
            Field::AvgHer2Copies => "avg_her2_copies",
            Field::AvgCep17Copies => "avg_cep17_copies",
            Field::CellsCounted => "cells_counted",
            Field::Specimen => "specimen",
            Field::RecountConfirmed => "recount_confirmed",
            Field::Input => "input",
            Field::Unknown(name) => name,
        }
    }

    /// The known field with this API name.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::KNOWN.iter().find(|f| f.name() == name).cloned()
    }

    /// A few plain words naming the field, for messages.
    fn plain(&self) -> &str {
        match self {
            Field::Cancer => "The cancer type",
            Field::IhcScore => "The IHC score",
            Field::IhcZeroSubtype => "The IHC 0 detail",
            Field::Probe => "The ISH test type",
            Field::IshRatio => "The ratio",
            Field::AvgHer2Copies => "The average HER2 copy number",
            Field::AvgCep17Copies => "The average CEP17 copy number",
            Field::CellsCounted => "The number of cells counted",
            Field::Specimen => "The sample type",
            Field::RecountConfirmed => "The recount answer",
            Field::Input => "The form",
            Field::Unknown(_) => "This field",
        }
    }

    /// An example of a good value, for messages.
    fn example(&self) -> &str {
        match self {
            Field::Cancer => "\"breast\" or \"gastric\"",
            Field::IhcScore => "\"0\", \"1+\", \"2+\" or \"3+\"",
            Field::IhcZeroSubtype => "\"null\" or \"ultralow\"",
            Field::Probe => "\"dual\" or \"single\"",
            Field::IshRatio => "1.8",
            Field::AvgHer2Copies => "4.5",
            Field::AvgCep17Copies => "2.2",
            Field::CellsCounted => "20",
            Field::Specimen => "\"biopsy\" or \"resection\"",
            Field::RecountConfirmed => "true or false",
            Field::Input | Field::Unknown(_) => "",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The field name is not known.
    UnknownField,
    /// The value has the wrong JavaScript type (for example a number where text is needed).
    WrongType,
    /// The text is not one of the allowed values.
    UnknownValue,
    /// An IHC 0 detail was given, but the IHC score is not 0.
    SubtypeNeedsIhcZero,
    /// The number is not finite.
    NotFinite,
    /// The number is zero or below.
    NotPositive,
    /// A copy number above 100.
    TooLarge,
    /// The cell count is not a whole number.
    NotWholeNumber,
    /// The cell count is below 1.
    TooSmall,
    /// A copy number was given without a probe type, ratio or CEP17 value.
    ProbeMissing,
    /// A ratio or CEP17 value was given for a single-probe test.
    NotForSingleProbe,
    /// A single-probe test without an average HER2 copy number.
    MissingForSingleProbe,
    /// A dual-probe test without a ratio or both copy numbers.
    DualProbeIncomplete,
    /// A breast dual-probe test without the average HER2 copy number.
    MissingForBreastDualProbe,
    /// The ratio does not match HER2 ÷ CEP17 within 10%.
    RatioMismatch,
    /// Neither an IHC nor an ISH result was entered.
    NothingEntered,
    /// The report is about a cancer this tool does not read (see [`OtherCancer`](crate::OtherCancer)).
    UnsupportedCancer,
}

impl ErrorCode {
    /// Every code, in order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::UnknownField,
        ErrorCode::WrongType,
        ErrorCode::UnknownValue,
        ErrorCode::SubtypeNeedsIhcZero,
        ErrorCode::NotFinite,
        ErrorCode::NotPositive,
        ErrorCode::TooLarge,
        ErrorCode::NotWholeNumber,
        ErrorCode::TooSmall,
        ErrorCode::ProbeMissing,
        ErrorCode::NotForSingleProbe,
        ErrorCode::MissingForSingleProbe,
        ErrorCode::DualProbeIncomplete,
        ErrorCode::MissingForBreastDualProbe,
        ErrorCode::RatioMismatch,
        ErrorCode::NothingEntered,
        ErrorCode::UnsupportedCancer,
    ];

    /// The machine-readable code.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::SubtypeNeedsIhcZero => "subtype_needs_ihc_zero",
            ErrorCode::NotFinite => "not_finite",
            ErrorCode::NotPositive => "not_positive",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::NotWholeNumber => "not_whole_number",
            ErrorCode::TooSmall => "too_small",
            ErrorCode::ProbeMissing => "probe_missing",
            ErrorCode::NotForSingleProbe => "not_for_single_probe",
            ErrorCode::MissingForSingleProbe => "missing_for_single_probe",
            ErrorCode::DualProbeIncomplete => "dual_probe_incomplete",
            ErrorCode::MissingForBreastDualProbe => "missing_for_breast_dual_probe",
            ErrorCode::RatioMismatch => "ratio_mismatch",
            ErrorCode::NothingEntered => "nothing_entered",
            ErrorCode::UnsupportedCancer => "unsupported_cancer",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem with the input: which field, a machine code, and a plain-language message.
///
/// ```
/// use her2_core::{interpret, Input};
/// let result = interpret(&Input::breast().ratio(0.0).her2(4.0));
/// let error = &result.errors[0];
/// assert_eq!(error.field.name(), "ish_ratio");
/// assert_eq!(error.code.as_str(), "not_positive");
/// assert_eq!(error.message(), "The ratio must be a number above 0, like 1.8.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InputError {
    /// The field the problem is in.
    pub field: Field,
    /// What is wrong.
    pub code: ErrorCode,
}

impl InputError {
    /// A new error.
    pub fn new(field: Field, code: ErrorCode) -> InputError {
        InputError { field, code }
    }

    /// A plain-language message (English) that says what to do.
    pub fn message(&self) -> String {
        let what = self.field.plain();
        let example = self.field.example();
        match self.code {
            ErrorCode::UnknownField => format!(
                "\"{}\" is not a field this tool knows. Check the spelling.",
                self.field.name()
            ),
            ErrorCode::WrongType | ErrorCode::UnknownValue => match self.field {
                Field::IshRatio
                | Field::AvgHer2Copies
                | Field::AvgCep17Copies
                | Field::CellsCounted => {
                    format!("{what} must be a number, like {example}.")
                }
                _ => format!("{what} must be {example}."),
            },
            ErrorCode::SubtypeNeedsIhcZero => {
                "Only give the IHC 0 detail when the IHC score is 0.".to_string()
            }
            ErrorCode::NotFinite | ErrorCode::NotPositive => {
                format!("{what} must be a number above 0, like {example}.")
            }
            ErrorCode::TooLarge => format!("{what} must be 100 or less, like {example}."),
            ErrorCode::NotWholeNumber | ErrorCode::TooSmall => {
                format!("{what} must be a whole number of 1 or more, like {example}.")
            }
            ErrorCode::ProbeMissing => {
                "Say which ISH test was done (dual-probe or single-probe), or add the ratio."
                    .to_string()
            }
            ErrorCode::NotForSingleProbe => format!(
                "{what} only comes from a dual-probe test. Check the test type on the report."
            ),
            ErrorCode::MissingForSingleProbe => {
                "A single-probe test needs the average HER2 copy number.".to_string()
            }
            ErrorCode::DualProbeIncomplete => {
                "A dual-probe test needs the ratio, or both average copy numbers.".to_string()
            }
            ErrorCode::MissingForBreastDualProbe => {
                "For breast cancer, add the average HER2 copy number as well as the ratio."
                    .to_string()
            }
            ErrorCode::RatioMismatch => "The ratio does not match HER2 divided by CEP17. \
                 Check all three numbers on the report."
                .to_string(),
            ErrorCode::NothingEntered => "Enter an IHC score, an ISH result, or both.".to_string(),
            ErrorCode::UnsupportedCancer => "This tool reads HER2 results only for breast cancer \
                 and for stomach, gastroesophageal junction or esophagus adenocarcinoma. \
                 Other cancers use other HER2 rules: for example, bowel (colorectal) cancer uses \
                 different cut-offs, and lung cancer is usually tested for a HER2 mutation with a \
                 gene test. Ask the care team what the result means."
                .to_string(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message())
    }
}

impl std::error::Error for InputError {}
