//! # her2-core
//!
//! The interpretation logic of HER2 Explained: it turns what a pathology report says about the
//! HER2 test into a HER2 status and a next step, exactly as the published guidelines decide:
//!
//! - breast cancer: ASCO/CAP 2018 focused update, reaffirmed in 2023;
//! - stomach, gastroesophageal junction and esophagus adenocarcinoma: CAP/ASCP/ASCO 2016.
//!
//! Where the guidelines give no answer, the result is [`Status::Indeterminate`] with
//! [`NextStep::AskCareTeam`]: it never guesses. Bad input never panics; every problem is returned
//! as an [`InputError`] with a plain-language message.
//!
//! [`parse_report`] reads the HER2 values out of pasted pathology-report text (English or Spanish)
//! so that a person does not have to type them: it only takes what the text states, leaves a field
//! empty when the text gives two different values, and says where in the text each value was found.
//!
//! The crate is pure Rust with no dependencies, so it runs natively (tests, benchmarks) and in
//! WebAssembly (the app and the JavaScript API).
//!
//! # Example
//!
//! ```
//! use her2_core::{interpret, IhcScore, Input, IshGroup, NextStep, Probe, Status};
//!
//! // IHC 2+ alone is equivocal: the lab runs an ISH test next.
//! let first = interpret(&Input::breast().ihc(IhcScore::Two));
//! assert_eq!(first.status, Status::Equivocal);
//! assert_eq!(first.next_step, NextStep::ReflexIsh);
//!
//! // The ISH test comes back in group 5: HER2-negative, and HER2-low because IHC was 2+.
//! let second = interpret(
//!     &Input::breast().ihc(IhcScore::Two).probe(Probe::Dual).ratio(1.4).her2(2.9).cells(20.0),
//! );
//! assert_eq!(second.status, Status::Negative);
//! assert_eq!(second.ish_group, Some(IshGroup::Five));
//! assert_eq!(second.her2_low, Some(true));
//! assert_eq!(second.guideline(), "ASCO/CAP 2018 (reaffirmed 2023), Figure 3");
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod breast;
mod decimal;
mod error;
mod explain;
mod fields;
#[cfg(feature = "fuzz")]
#[doc(hidden)]
pub mod fuzz;
mod gastric;
mod measure;
mod model;
pub mod number;
mod plausible;
mod report;
mod rule;
mod validate;

pub use decimal::Decimal;
pub use error::{ErrorCode, Field, InputError};
pub use explain::{
    care_team_questions, explain, linked_medicines, Explanation, Headline, Meaning, Medicine,
    NoMedicines, Question, ResultNote,
};
pub use fields::{input_from_fields, interpret_fields, read_and_interpret, Value};
pub use measure::{CellCount, Copies, Ratio};
pub use model::{
    Cancer, CancerSite, Discordance, IhcScore, IhcZeroSubtype, Input, Interpretation, IshFinding,
    IshGroup, NextStep, Note, OtherCancer, Probe, Specimen, Status,
};
pub use plausible::{
    check_values, CheckCode, ValueCheck, CEP17_MAX, CEP17_MIN, HER2_MAX, RATIO_MAX,
};
pub use report::{
    parse_report, utf16_offset, Found, FoundValue, ParsedReport, ReportFields, Utf16Offsets,
    Warning, MAX_FOUND, MAX_REPORT_BYTES,
};
pub use rule::{Rule, Source};

/// The guideline editions this version of the logic follows.
pub const GUIDELINES: &[&str] = &[
    "ASCO/CAP 2018 HER2 testing in breast cancer, reaffirmed 2023",
    "CAP/ASCP/ASCO 2016 HER2 testing in gastroesophageal adenocarcinoma",
];

/// Interprets what a report says.
///
/// Follows her2-rules.md section 8: input checks (8.3), then the breast (8.4) or
/// gastroesophageal (8.5) decision table. Never panics.
///
/// ```
/// use her2_core::{interpret, IhcScore, Input, NextStep, Status};
/// let result = interpret(&Input::breast().ihc(IhcScore::Three));
/// assert_eq!(result.status, Status::Positive);
/// assert_eq!(result.next_step, NextStep::None);
/// assert_eq!(result.her2_low, Some(false));
/// ```
pub fn interpret(input: &Input) -> Interpretation {
    let case = match validate::validate(input) {
        Ok(case) => case,
        Err(errors) => return Outcome::invalid().finish(errors),
    };
    let outcome = match case.cancer {
        Cancer::Breast => breast::decide(&case),
        Cancer::Gastric => gastric::decide(&case),
    };
    let mut result = outcome.finish(Vec::new());
    if result.next_step == NextStep::InvalidInput {
        return result;
    }
    if case.cancer == Cancer::Breast {
        result.her2_low = her2_low(result.status, case.ihc);
        result.her2_ultralow = her2_ultralow(result.status, case.ihc, case.subtype);
    }
    result.notes = notes(&case, &result);
    result
}

/// The notes of a valid result, in the order the explanation shows them.
fn notes(case: &validate::Case, result: &Interpretation) -> Vec<Note> {
    let mut notes = Vec::new();
    if result.rule.is_too_few_cells() {
        notes.push(match case.ihc {
            Some(_) => Note::IshTooFewCells,
            None => Note::IshTooFewCellsNoIhc,
        });
    }
    if result.her2_low == Some(true) {
        notes.push(Note::Her2Low);
    }
    if result.her2_ultralow == Some(true) {
        notes.push(Note::Her2Ultralow);
    }
    let breast_negative = case.cancer == Cancer::Breast && result.status == Status::Negative;
    if breast_negative && case.ihc == Some(IhcScore::Zero) {
        match result.her2_ultralow {
            Some(false) => notes.push(Note::Her2Null),
            None => notes.push(Note::IhcZeroDetailUnknown),
            Some(true) => {}
        }
    }
    if breast_negative && case.ihc.is_none() {
        notes.push(Note::Her2LowNeedsIhc);
    }
    if matches!(
        result.rule,
        Rule::GastricIhc01DualPositive | Rule::GastricIhc01SinglePositive
    ) {
        notes.push(Note::GastricIshAfterIhc01);
    }
    notes
}

/// What a decision table returns before the flags are added.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    status: Status,
    next_step: NextStep,
    rule: Rule,
    ish_group: Option<IshGroup>,
    discordance: Option<Discordance>,
}

impl Outcome {
    pub(crate) fn new(status: Status, next_step: NextStep, rule: Rule) -> Outcome {
        Outcome {
            status,
            next_step,
            rule,
            ish_group: None,
            discordance: None,
        }
    }

    pub(crate) fn invalid() -> Outcome {
        Outcome::new(
            Status::Indeterminate,
            NextStep::InvalidInput,
            Rule::InvalidInput,
        )
    }

    pub(crate) fn with_group(mut self, group: IshGroup) -> Outcome {
        self.ish_group = Some(group);
        self
    }

    /// Names the two results that disagree (every `AskCareTeam` outcome has them).
    pub(crate) fn disagreeing(mut self, ihc: Option<IhcScore>, ish: IshFinding) -> Outcome {
        self.discordance = Some(Discordance { ihc, ish });
        self
    }

    fn finish(self, errors: Vec<InputError>) -> Interpretation {
        Interpretation {
            status: self.status,
            her2_low: None,
            her2_ultralow: None,
            ish_group: self.ish_group,
            next_step: self.next_step,
            rule: self.rule,
            discordance: self.discordance,
            notes: Vec::new(),
            errors,
        }
    }
}

/// HER2-low (breast): negative with IHC 1+ or 2+.
fn her2_low(status: Status, ihc: Option<IhcScore>) -> Option<bool> {
    match (status, ihc) {
        (Status::Positive, _) => Some(false),
        (Status::Negative, Some(IhcScore::One | IhcScore::Two)) => Some(true),
        (Status::Negative, Some(IhcScore::Zero)) => Some(false),
        // IHC 3+ is never negative; no IHC means it cannot be told.
        (Status::Negative, Some(IhcScore::Three) | None) => None,
        (Status::Equivocal | Status::Indeterminate, _) => None,
    }
}

/// HER2-ultralow (breast): negative with IHC 0 and faint staining in 10% of cells or fewer.
fn her2_ultralow(
    status: Status,
    ihc: Option<IhcScore>,
    subtype: Option<IhcZeroSubtype>,
) -> Option<bool> {
    match (status, ihc) {
        (Status::Positive, _) => Some(false),
        (_, Some(IhcScore::One | IhcScore::Two | IhcScore::Three)) => Some(false),
        (Status::Negative, Some(IhcScore::Zero)) => match subtype {
            Some(IhcZeroSubtype::Ultralow) => Some(true),
            Some(IhcZeroSubtype::Null) => Some(false),
            None => None,
        },
        (_, None) => None,
        (Status::Equivocal | Status::Indeterminate, Some(IhcScore::Zero)) => None,
    }
}
