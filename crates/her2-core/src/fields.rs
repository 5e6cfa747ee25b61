//! Loosely typed input, as it comes from JavaScript or JSON: every unknown field and every wrong
//! type becomes an [`InputError`], never an exception.

use crate::error::{ErrorCode, Field, InputError};
use crate::model::{CancerSite, IhcScore, IhcZeroSubtype, Input, Interpretation, Probe, Specimen};
use crate::{interpret, Outcome};

/// A loosely typed value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// `null` or `undefined`: not stated.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Text(&'a str),
    /// Anything else (an object, an array, a function...), with its type name for messages.
    Other,
}

/// Builds an [`Input`] from named values, collecting every type problem.
///
/// ```
/// use her2_core::{input_from_fields, Value, IhcScore};
/// let (input, errors) = input_from_fields([("ihc_score", Value::Text("2+")), ("color", Value::Text("red"))]);
/// assert_eq!(input.ihc_score, Some(IhcScore::Two));
/// assert_eq!(errors[0].field.name(), "color");
/// assert_eq!(errors[0].code.as_str(), "unknown_field");
/// ```
pub fn input_from_fields<'a>(
    fields: impl IntoIterator<Item = (&'a str, Value<'a>)>,
) -> (Input, Vec<InputError>) {
    let mut input = Input::default();
    let mut errors = Vec::new();
    for (name, value) in fields {
        let Some(field) = Field::from_name(name) else {
            errors.push(InputError::new(
                Field::Unknown(name.to_string()),
                ErrorCode::UnknownField,
            ));
            continue;
        };
        if value == Value::Null {
            continue;
        }
        if let Err(code) = set(&mut input, &field, value) {
            errors.push(InputError::new(field, code));
        }
    }
    (input, errors)
}

/// Interprets named values: type problems and rule checks are all reported together.
///
/// A cancer this tool does not read (`"colorectal"`, `"endometrial"`, `"biliary"`, `"lung"`,
/// `"other"`) is never read with another cancer's rules: it gives the `unsupported_cancer` error.
///
/// ```
/// use her2_core::{interpret_fields, ErrorCode, NextStep, Value, Status};
/// let result = interpret_fields([("ihc_score", Value::Text("3+"))]);
/// assert_eq!(result.status, Status::Positive);
/// let bad = interpret_fields([("ihc_score", Value::Number(3.0)), ("ish_ratio", Value::Text("2.2"))]);
/// assert_eq!(bad.errors.len(), 2);
/// let lung = interpret_fields([("cancer", Value::Text("lung")), ("ihc_score", Value::Text("3+"))]);
/// assert_eq!(lung.next_step, NextStep::InvalidInput);
/// assert_eq!(lung.errors[0].code, ErrorCode::UnsupportedCancer);
/// ```
pub fn interpret_fields<'a>(
    fields: impl IntoIterator<Item = (&'a str, Value<'a>)>,
) -> Interpretation {
    read_and_interpret(fields).1
}

/// [`interpret_fields`], also giving the input as read (for [`crate::check_values`]), so that
/// the fields are read once.
///
/// ```
/// use her2_core::{read_and_interpret, Status, Value};
/// let (input, result) = read_and_interpret([("ihc_score", Value::Text("3+"))]);
/// assert!(input.ihc_score.is_some());
/// assert_eq!(result.status, Status::Positive);
/// ```
pub fn read_and_interpret<'a>(
    fields: impl IntoIterator<Item = (&'a str, Value<'a>)>,
) -> (Input, Interpretation) {
    let (input, mut errors) = input_from_fields(fields);
    let result = interpret(&input);
    if errors.is_empty() {
        return (input, result);
    }
    // Add the rule checks, leaving out those about a field that already has a type problem and
    // "nothing entered" (which would only repeat that a value was refused).
    for error in result.errors {
        let repeats = errors.iter().any(|e| e.field == error.field);
        if !repeats && error.code != ErrorCode::NothingEntered {
            errors.push(error);
        }
    }
    (input, Outcome::invalid().finish(errors))
}

fn set(input: &mut Input, field: &Field, value: Value<'_>) -> Result<(), ErrorCode> {
    fn text<T>(value: Value<'_>, parse: fn(&str) -> Option<T>) -> Result<T, ErrorCode> {
        match value {
            Value::Text(t) => parse(t).ok_or(ErrorCode::UnknownValue),
            _ => Err(ErrorCode::WrongType),
        }
    }
    fn number(value: Value<'_>) -> Result<f64, ErrorCode> {
        match value {
            Value::Number(n) => Ok(n),
            _ => Err(ErrorCode::WrongType),
        }
    }
    match field {
        Field::Cancer => match text(value, CancerSite::from_api)? {
            CancerSite::Supported(cancer) => input.cancer = cancer,
            CancerSite::Unsupported(_) => return Err(ErrorCode::UnsupportedCancer),
        },
        Field::IhcScore => input.ihc_score = Some(text(value, IhcScore::from_api)?),
        Field::IhcZeroSubtype => {
            input.ihc_zero_subtype = Some(text(value, IhcZeroSubtype::from_api)?)
        }
        Field::Probe => input.probe = Some(text(value, Probe::from_api)?),
        Field::Specimen => input.specimen = Some(text(value, Specimen::from_api)?),
        Field::IshRatio => input.ish_ratio = Some(number(value)?),
        Field::AvgHer2Copies => input.avg_her2_copies = Some(number(value)?),
        Field::AvgCep17Copies => input.avg_cep17_copies = Some(number(value)?),
        Field::CellsCounted => input.cells_counted = Some(number(value)?),
        Field::RecountConfirmed => match value {
            Value::Bool(b) => input.recount_confirmed = b,
            _ => return Err(ErrorCode::WrongType),
        },
        Field::Input | Field::Unknown(_) => return Err(ErrorCode::UnknownField),
    }
    Ok(())
}
