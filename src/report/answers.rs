//! What the person chose and typed, and how it becomes the core's [`Input`].
//!
//! Text stays exactly as typed: nothing is lost or cleared when a value is refused. Numbers are
//! read by [`read_number`], so a decimal comma, units and words around the number are all fine.
//! Every problem is tied to the field it is about, so the form can show it beside that field.

use super::steps::Step;
use her2_core::number::{read_number, NumberError};
use her2_core::{
    check_values, interpret, Cancer, CancerSite, ErrorCode, Field, IhcScore, IhcZeroSubtype, Input,
    NextStep, OtherCancer, Probe, Specimen, ValueCheck,
};

/// The answer to "What IHC score does your report give?".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IhcAnswer {
    /// Not answered yet.
    #[default]
    Unanswered,
    /// A score.
    Score(IhcScore),
    /// The report has no IHC score (or the person cannot find it).
    NotOnReport,
}

/// The answer to "Does your report have an ISH result?".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IshAnswer {
    /// Not answered yet.
    #[default]
    Unanswered,
    /// No ISH result.
    NotDone,
    /// The report says ISH is pending.
    Pending,
    /// The report has ISH numbers.
    Done,
}

/// The answer to a question that has a "Not stated" or "Not sure" option. Every such question
/// starts unanswered: a default would answer for the person and hide the question (such as
/// null or ultralow). "Not sure" gives the core no value, as leaving the question out would.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pick<T> {
    /// Nothing chosen yet.
    #[default]
    Unanswered,
    /// "Not stated" or "Not sure".
    Unsure,
    /// A value.
    Is(T),
}

impl<T: Copy + PartialEq> Pick<T> {
    /// The value chosen, if any ("Not sure" and nothing chosen both give `None`).
    pub fn value(self) -> Option<T> {
        match self {
            Pick::Is(value) => Some(value),
            Pick::Unanswered | Pick::Unsure => None,
        }
    }

    /// Whether something was chosen (a value or "Not sure").
    pub fn is_answered(self) -> bool {
        self != Pick::Unanswered
    }
}

impl<T> From<Option<T>> for Pick<T> {
    /// A value found (by the paste reader), or nothing chosen.
    fn from(value: Option<T>) -> Pick<T> {
        value.map_or(Pick::Unanswered, Pick::Is)
    }
}

/// Everything the person entered. `Default` is the empty form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Which cancer: one the tool reads, or another one (which it does not read).
    pub cancer: Option<CancerSite>,
    /// The IHC answer.
    pub ihc: IhcAnswer,
    /// For breast IHC 0: null, ultralow or not stated.
    pub zero_subtype: Pick<IhcZeroSubtype>,
    /// The ISH answer.
    pub ish: IshAnswer,
    /// The ISH probe type, or not sure.
    pub probe: Pick<Probe>,
    /// The HER2/CEP17 ratio, as typed.
    pub ratio: String,
    /// The average HER2 copy number, as typed.
    pub her2: String,
    /// The average CEP17 copy number, as typed.
    pub cep17: String,
    /// The number of cells counted, as typed.
    pub cells: String,
    /// The report says a blinded second count kept the same group.
    pub recount_confirmed: bool,
    /// Biopsy or surgery sample, or not sure (stomach and esophagus only; it does not change
    /// how the score is read, so it may be left unanswered).
    pub specimen: Pick<Specimen>,
}

/// A part of the form that can have a problem. Each has a stable DOM id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormField {
    /// The cancer choice.
    Cancer,
    /// The IHC choice.
    Ihc,
    /// The IHC 0 detail.
    ZeroSubtype,
    /// The ISH choice.
    Ish,
    /// The probe choice.
    Probe,
    /// The ratio box.
    Ratio,
    /// The average HER2 copy number box.
    Her2,
    /// The average CEP17 copy number box.
    Cep17,
    /// The cells counted box.
    Cells,
    /// The recount checkbox.
    Recount,
    /// The sample choice.
    Specimen,
    /// The answers as a whole.
    Whole,
}

/// The four number boxes of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberBox {
    /// The HER2/CEP17 ratio.
    Ratio,
    /// The average HER2 copy number.
    Her2,
    /// The average CEP17 copy number.
    Cep17,
    /// The number of cells counted.
    Cells,
}

impl FormField {
    /// Which number box this field is, if it is one.
    pub const fn number_box(self) -> Option<NumberBox> {
        match self {
            FormField::Ratio => Some(NumberBox::Ratio),
            FormField::Her2 => Some(NumberBox::Her2),
            FormField::Cep17 => Some(NumberBox::Cep17),
            FormField::Cells => Some(NumberBox::Cells),
            FormField::Cancer
            | FormField::Ihc
            | FormField::ZeroSubtype
            | FormField::Ish
            | FormField::Probe
            | FormField::Recount
            | FormField::Specimen
            | FormField::Whole => None,
        }
    }

    /// Every field, in form order.
    pub const ALL: [FormField; 12] = [
        FormField::Cancer,
        FormField::Ihc,
        FormField::ZeroSubtype,
        FormField::Ish,
        FormField::Probe,
        FormField::Ratio,
        FormField::Her2,
        FormField::Cep17,
        FormField::Cells,
        FormField::Recount,
        FormField::Specimen,
        FormField::Whole,
    ];

    /// The number boxes, in form order.
    pub const NUMBERS: [FormField; 4] = [
        FormField::Ratio,
        FormField::Her2,
        FormField::Cep17,
        FormField::Cells,
    ];

    /// The step that asks for this field.
    pub const fn step(self) -> Step {
        match self {
            FormField::Cancer => Step::Cancer,
            FormField::Ihc | FormField::ZeroSubtype => Step::Ihc,
            FormField::Ish
            | FormField::Probe
            | FormField::Ratio
            | FormField::Her2
            | FormField::Cep17
            | FormField::Cells
            | FormField::Recount => Step::Ish,
            FormField::Specimen | FormField::Whole => Step::Review,
        }
    }

    /// The DOM id of the field's input (or fieldset). Hints are `{id}-hint`, messages
    /// `{id}-error`.
    pub const fn id(self) -> &'static str {
        match self {
            FormField::Cancer => "report-cancer",
            FormField::Ihc => "report-ihc",
            FormField::ZeroSubtype => "report-zero",
            FormField::Ish => "report-ish",
            FormField::Probe => "report-probe",
            FormField::Ratio => "report-ratio",
            FormField::Her2 => "report-her2",
            FormField::Cep17 => "report-cep17",
            FormField::Cells => "report-cells",
            FormField::Recount => "report-recount",
            FormField::Specimen => "report-specimen",
            FormField::Whole => "report-answers",
        }
    }

    /// The form field a core field is entered in.
    pub fn from_core(field: &Field) -> FormField {
        match field {
            Field::Cancer => FormField::Cancer,
            Field::IhcScore => FormField::Ihc,
            Field::IhcZeroSubtype => FormField::ZeroSubtype,
            Field::Probe => FormField::Probe,
            Field::IshRatio => FormField::Ratio,
            Field::AvgHer2Copies => FormField::Her2,
            Field::AvgCep17Copies => FormField::Cep17,
            Field::CellsCounted => FormField::Cells,
            Field::Specimen => FormField::Specimen,
            Field::RecountConfirmed => FormField::Recount,
            Field::Input | Field::Unknown(_) => FormField::Whole,
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Problem {
    /// No cancer was chosen.
    ChooseCancer,
    /// A cancer the tool does not read was chosen (the cancer step explains why).
    UnsupportedCancer,
    /// No IHC answer was chosen.
    ChooseIhc,
    /// No ISH answer was chosen.
    ChooseIsh,
    /// Breast IHC 0: neither null, ultralow nor "Not stated" was chosen.
    ChooseZeroSubtype,
    /// ISH numbers: no kind of test (nor "Not sure") was chosen.
    ChooseProbe,
    /// "Yes, ISH numbers" was chosen but nothing was typed.
    IshEmpty,
    /// A typed value is not one readable number.
    Number(NumberError),
    /// The interpretation core refused a value.
    Core(ErrorCode),
}

/// A problem and the field it is about.
pub type FieldProblem = (FormField, Problem);

/// The first problem of `field` in a list of problems.
pub fn first_problem(problems: &[FieldProblem], field: FormField) -> Option<Problem> {
    problems
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, problem)| *problem)
}

impl Answers {
    /// Whether nothing has been entered.
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }

    /// The text typed in a number box (empty for other fields).
    pub fn text(&self, field: FormField) -> &str {
        match field.number_box() {
            Some(NumberBox::Ratio) => &self.ratio,
            Some(NumberBox::Her2) => &self.her2,
            Some(NumberBox::Cep17) => &self.cep17,
            Some(NumberBox::Cells) => &self.cells,
            None => "",
        }
    }

    /// Stores the text typed in a number box (other fields are left alone).
    pub fn set_text(&mut self, field: FormField, text: String) {
        let slot = match field.number_box() {
            Some(NumberBox::Ratio) => &mut self.ratio,
            Some(NumberBox::Her2) => &mut self.her2,
            Some(NumberBox::Cep17) => &mut self.cep17,
            Some(NumberBox::Cells) => &mut self.cells,
            None => return,
        };
        *slot = text;
    }

    /// The cancer whose rules are used: breast until one is chosen (the choice itself is
    /// checked by [`Answers::problems`]), or the other cancer chosen, which the tool does not read.
    pub fn rules(&self) -> Result<Cancer, OtherCancer> {
        self.cancer
            .map_or(Ok(Cancer::Breast), CancerSite::supported)
    }

    /// The supported cancer chosen, if any (for the steps that depend on it).
    pub fn supported_cancer(&self) -> Option<Cancer> {
        self.cancer.and_then(|c| c.supported().ok())
    }

    /// The cancer chosen, if it is one the tool does not read.
    pub fn unsupported_cancer(&self) -> Option<OtherCancer> {
        self.cancer.and_then(|c| c.supported().err())
    }

    /// Whether the IHC 0 follow-up question applies (breast cancer with IHC 0).
    pub fn zero_detail_applies(&self) -> bool {
        self.rules() == Ok(Cancer::Breast) && self.ihc == IhcAnswer::Score(IhcScore::Zero)
    }

    /// Whether the ISH numbers are asked for.
    pub fn ish_numbers_apply(&self) -> bool {
        self.ish == IshAnswer::Done
    }

    /// Whether the "second observer recount confirmed" question applies: the core says these
    /// values need a blinded recount (breast ISH groups 2 to 4 with IHC 2+).
    pub fn recount_applies(&self) -> bool {
        match self.read() {
            Ok(mut input) => {
                input.recount_confirmed = false;
                interpret(&input).next_step == NextStep::RecountSecondObserver
            }
            Err(_) => false,
        }
    }

    /// The core input, or the number boxes that could not be read. Values of questions that do
    /// not apply (the IHC 0 detail for stomach cancer, ISH numbers when "no ISH" was chosen,
    /// the sample for breast cancer) are left out, but kept in the answers.
    pub fn read(&self) -> Result<Input, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let ish = self.ish_numbers_apply();
        let mut number = |field: FormField| -> Option<f64> {
            if !ish {
                return None;
            }
            match read_number(self.text(field)) {
                Ok(value) => Some(value.to_f64()),
                Err(NumberError::Empty) => None,
                Err(e) => {
                    problems.push((field, Problem::Number(e)));
                    None
                }
            }
        };
        let ish_ratio = number(FormField::Ratio);
        let avg_her2_copies = number(FormField::Her2);
        let avg_cep17_copies = number(FormField::Cep17);
        let cells_counted = number(FormField::Cells);
        if self.unsupported_cancer().is_some() {
            // Never read another cancer's result with these rules.
            problems.insert(0, (FormField::Cancer, Problem::UnsupportedCancer));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let cancer = self.rules().unwrap_or_default();
        let ihc_score = match self.ihc {
            IhcAnswer::Score(score) => Some(score),
            IhcAnswer::Unanswered | IhcAnswer::NotOnReport => None,
        };
        Ok(Input {
            cancer,
            ihc_score,
            ihc_zero_subtype: self
                .zero_subtype
                .value()
                .filter(|_| self.zero_detail_applies()),
            ish_ratio,
            avg_her2_copies,
            avg_cep17_copies,
            cells_counted,
            probe: self.probe.value().filter(|_| ish),
            specimen: self.specimen.value().filter(|_| cancer == Cancer::Gastric),
            recount_confirmed: ish && self.recount_confirmed,
        })
    }

    /// The problems of one step, in form order. The review step has every problem of the
    /// other steps. "Nothing entered" is not a problem here: the result explains it.
    pub fn problems(&self, step: Step) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let all = step == Step::Review;
        if (all || step == Step::Cancer) && self.cancer.is_none() {
            problems.push((FormField::Cancer, Problem::ChooseCancer));
        }
        if all || step == Step::Ihc {
            if self.ihc == IhcAnswer::Unanswered {
                problems.push((FormField::Ihc, Problem::ChooseIhc));
            }
            if self.zero_detail_applies() && !self.zero_subtype.is_answered() {
                problems.push((FormField::ZeroSubtype, Problem::ChooseZeroSubtype));
            }
        }
        if all || step == Step::Ish {
            if self.ish == IshAnswer::Unanswered {
                problems.push((FormField::Ish, Problem::ChooseIsh));
            }
            let nothing_typed = [FormField::Ratio, FormField::Her2, FormField::Cep17]
                .iter()
                .all(|f| self.text(*f).trim().is_empty());
            if self.ish_numbers_apply() && !self.probe.is_answered() {
                problems.push((FormField::Probe, Problem::ChooseProbe));
            }
            if self.ish_numbers_apply() && self.probe.value().is_none() && nothing_typed {
                problems.push((FormField::Ratio, Problem::IshEmpty));
            }
        }
        match self.read() {
            Err(unreadable) => problems.extend(
                unreadable
                    .into_iter()
                    .filter(|(field, _)| all || field.step() == step),
            ),
            Ok(input) => {
                for error in interpret(&input).errors {
                    let field = FormField::from_core(&error.field);
                    let wanted = all || field.step() == step;
                    let repeats = problems.iter().any(|(f, _)| *f == field);
                    if wanted && !repeats && error.code != ErrorCode::NothingEntered {
                        problems.push((field, Problem::Core(error.code)));
                    }
                }
            }
        }
        problems
    }

    /// The first problem of a field, if any.
    pub fn problem_for(&self, field: FormField) -> Option<Problem> {
        first_problem(&self.problems(field.step()), field)
    }

    /// The values to show back to the person before the result (possible but very unlikely,
    /// so probably a typo), grouped by form field in form order, leaving out those whose text
    /// was confirmed as typed. Empty while the answers have problems (those come first).
    pub fn values_to_check(&self, confirmed: &[Confirmed]) -> Vec<ToCheck> {
        if !self.problems(Step::Review).is_empty() {
            return Vec::new();
        }
        let Ok(input) = self.read() else {
            return Vec::new();
        };
        let mut groups: Vec<ToCheck> = Vec::new();
        for check in check_values(&input) {
            let field = FormField::from_core(&check.field);
            let text = self.text(field).to_string();
            if confirmed.iter().any(|c| c.field == field && c.text == text) {
                continue;
            }
            match groups.iter_mut().find(|g| g.field == field) {
                Some(group) => group.checks.push(check),
                None => groups.push(ToCheck {
                    field,
                    text,
                    checks: vec![check],
                }),
            }
        }
        groups
    }
}

/// A value the person said their report does say, exactly as it was typed. Changing the text
/// asks again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    /// The field.
    pub field: FormField,
    /// The text confirmed.
    pub text: String,
}

/// One field's values to check again, with the text as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ToCheck {
    /// The field.
    pub field: FormField,
    /// The text as typed.
    pub text: String,
    /// Why (one or more), in the core's order.
    pub checks: Vec<ValueCheck>,
}

impl ToCheck {
    /// The confirmation that this text is what the report says.
    pub fn confirm(&self) -> Confirmed {
        Confirmed {
            field: self.field,
            text: self.text.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report tool works out the problems of every step once (`ReportState::problems`) and
    /// shows each field's first one: it must be the first of the field's own step's list.
    #[test]
    fn a_fields_first_problem_is_the_same_in_the_list_of_all_steps() {
        use her2_core::OtherCancer;
        let cancers = [
            None,
            Some(Cancer::Breast.into()),
            Some(Cancer::Gastric.into()),
            Some(CancerSite::Unsupported(OtherCancer::Lung)),
        ];
        let ihcs = [
            IhcAnswer::Unanswered,
            IhcAnswer::Score(IhcScore::Zero),
            IhcAnswer::Score(IhcScore::Two),
            IhcAnswer::Score(IhcScore::Three),
            IhcAnswer::NotOnReport,
        ];
        let zeros = [
            Pick::Unanswered,
            Pick::Unsure,
            Pick::Is(IhcZeroSubtype::Ultralow),
        ];
        let ishes = [
            IshAnswer::Unanswered,
            IshAnswer::NotDone,
            IshAnswer::Pending,
            IshAnswer::Done,
        ];
        let probes = [
            Pick::Unanswered,
            Pick::Unsure,
            Pick::Is(Probe::Dual),
            Pick::Is(Probe::Single),
        ];
        let numbers = ["", "2.5", "1,2", "abc", "-1", "0", "6O", "45", "3 4"];
        let mut compared = 0;
        for cancer in cancers {
            for ihc in ihcs {
                for zero_subtype in zeros {
                    for ish in ishes {
                        for probe in probes {
                            for (n, ratio) in numbers.iter().enumerate() {
                                let answers = Answers {
                                    cancer,
                                    ihc,
                                    zero_subtype,
                                    ish,
                                    probe,
                                    ratio: (*ratio).into(),
                                    her2: numbers[(n * 5 + 1) % numbers.len()].into(),
                                    cep17: numbers[(n * 7) % numbers.len()].into(),
                                    cells: ["", "12", "40", "x"][n % 4].into(),
                                    ..Answers::default()
                                };
                                let all = answers.problems(Step::Review);
                                for field in &FormField::ALL {
                                    let first =
                                        all.iter().find(|(f, _)| f == field).map(|(_, p)| *p);
                                    assert_eq!(first, answers.problem_for(*field), "{answers:?}");
                                    compared += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(compared > 10_000);
    }

    fn breast_ish(ratio: &str, her2: &str) -> Answers {
        Answers {
            cancer: Some(Cancer::Breast.into()),
            ihc: IhcAnswer::Score(IhcScore::Two),
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Dual),
            ratio: ratio.into(),
            her2: her2.into(),
            ..Answers::default()
        }
    }

    #[test]
    fn unlikely_values_are_asked_about_until_confirmed_as_typed() {
        let mut answers = breast_ish("45", "3,1");
        answers.cells = "6".into();
        let groups = answers.values_to_check(&[]);
        let fields: Vec<FormField> = groups.iter().map(|g| g.field).collect();
        assert_eq!(fields, [FormField::Ratio, FormField::Cells]);
        assert_eq!(groups[0].checks.len(), 2, "ratio high and CEP17 0.07");
        assert_eq!(groups[0].text, "45");
        // Confirming the ratio as typed leaves the cells; changing the text asks again.
        let confirmed = [groups[0].confirm()];
        let left = answers.values_to_check(&confirmed);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].field, FormField::Cells);
        answers.ratio = "45.0".into();
        assert_eq!(answers.values_to_check(&confirmed).len(), 2);
        // Nothing typed is lost, and the fixed values need no check.
        answers.ratio = "4.5".into();
        answers.cells = "60".into();
        assert!(answers.values_to_check(&[]).is_empty());
        // Problems come first: no check while the answers cannot be read.
        answers.ratio = "45".into();
        answers.her2 = "6O".into();
        assert!(answers.values_to_check(&[]).is_empty());
    }

    #[test]
    fn reads_typed_numbers_with_commas_units_and_words() {
        let input = breast_ish("ratio 2,3", "5.1 signals/cell").read().unwrap();
        assert_eq!(input.ish_ratio, Some(2.3));
        assert_eq!(input.avg_her2_copies, Some(5.1));
        assert_eq!(input.probe, Some(Probe::Dual));
    }

    #[test]
    fn each_unreadable_box_gets_its_own_problem_and_keeps_its_text() {
        let answers = breast_ish("two", "4.1 or 4.4");
        assert_eq!(
            answers.problems(Step::Ish),
            vec![
                (FormField::Ratio, Problem::Number(NumberError::NoNumber)),
                (
                    FormField::Her2,
                    Problem::Number(NumberError::SeveralNumbers)
                ),
            ]
        );
        assert_eq!(answers.ratio, "two");
        assert!(answers.problems(Step::Ihc).is_empty());
    }

    #[test]
    fn core_errors_land_on_their_field_and_step() {
        let answers = breast_ish("0", "4");
        assert_eq!(
            answers.problems(Step::Ish),
            vec![(FormField::Ratio, Problem::Core(ErrorCode::NotPositive))]
        );
        let missing = breast_ish("2.2", "");
        assert_eq!(
            missing.problem_for(FormField::Her2),
            Some(Problem::Core(ErrorCode::MissingForBreastDualProbe))
        );
        let mismatch = Answers {
            cep17: "2".into(),
            ..breast_ish("3.0", "4.0")
        };
        assert_eq!(
            mismatch.problem_for(FormField::Ratio),
            Some(Problem::Core(ErrorCode::RatioMismatch))
        );
    }

    #[test]
    fn choices_are_required_but_nothing_entered_is_not_a_form_problem() {
        let empty = Answers::default();
        assert_eq!(
            empty.problems(Step::Review),
            vec![
                (FormField::Cancer, Problem::ChooseCancer),
                (FormField::Ihc, Problem::ChooseIhc),
                (FormField::Ish, Problem::ChooseIsh),
            ]
        );
        let nothing = Answers {
            cancer: Some(Cancer::Breast.into()),
            ihc: IhcAnswer::NotOnReport,
            ish: IshAnswer::NotDone,
            ..Answers::default()
        };
        assert!(nothing.problems(Step::Review).is_empty());
    }

    #[test]
    fn yes_ish_with_nothing_typed_is_a_problem() {
        let answers = Answers {
            cancer: Some(Cancer::Breast.into()),
            ihc: IhcAnswer::Score(IhcScore::Two),
            ish: IshAnswer::Done,
            probe: Pick::Unsure,
            ..Answers::default()
        };
        assert_eq!(
            answers.problems(Step::Ish),
            vec![(FormField::Ratio, Problem::IshEmpty)]
        );
        let copies_only = Answers {
            her2: "5".into(),
            ..answers
        };
        assert_eq!(
            copies_only.problems(Step::Ish),
            vec![(FormField::Probe, Problem::Core(ErrorCode::ProbeMissing))]
        );
    }

    #[test]
    fn follow_up_choices_start_unanswered_and_must_be_chosen() {
        // Breast IHC 0: null, ultralow or "Not stated" must be chosen.
        let zero = Answers {
            cancer: Some(Cancer::Breast.into()),
            ihc: IhcAnswer::Score(IhcScore::Zero),
            ish: IshAnswer::NotDone,
            ..Answers::default()
        };
        assert_eq!(zero.zero_subtype, Pick::Unanswered);
        assert_eq!(
            zero.problems(Step::Ihc),
            vec![(FormField::ZeroSubtype, Problem::ChooseZeroSubtype)]
        );
        assert_eq!(
            zero.problem_for(FormField::ZeroSubtype),
            Some(Problem::ChooseZeroSubtype)
        );
        // "Not stated" gives the same input as before (no detail), so the same decision.
        let not_stated = Answers {
            zero_subtype: Pick::Unsure,
            ..zero.clone()
        };
        assert!(not_stated.problems(Step::Review).is_empty());
        assert_eq!(not_stated.read().unwrap().ihc_zero_subtype, None);
        let ultralow = Answers {
            zero_subtype: Pick::Is(IhcZeroSubtype::Ultralow),
            ..zero.clone()
        };
        assert_eq!(
            ultralow.read().unwrap().ihc_zero_subtype,
            Some(IhcZeroSubtype::Ultralow)
        );
        // Stomach IHC 0 has no such question.
        let gastric = Answers {
            cancer: Some(Cancer::Gastric.into()),
            ..zero
        };
        assert!(gastric.problems(Step::Review).is_empty());

        // ISH numbers: the kind of test must be chosen; "Not sure" reads as no probe.
        let mut ish = breast_ish("2.4", "5.0");
        ish.probe = Pick::Unanswered;
        assert_eq!(
            ish.problems(Step::Ish),
            vec![(FormField::Probe, Problem::ChooseProbe)]
        );
        ish.probe = Pick::Unsure;
        assert_eq!(ish.read().unwrap().probe, None);
        ish.probe = Pick::Is(Probe::Dual);
        assert!(ish.problems(Step::Review).is_empty());

        // The sample does not change the reading: it may stay unanswered.
        let sample = Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::Three),
            ish: IshAnswer::NotDone,
            ..Answers::default()
        };
        assert_eq!(sample.specimen, Pick::Unanswered);
        assert!(sample.problems(Step::Review).is_empty());
    }

    #[test]
    fn answers_that_do_not_apply_are_kept_but_left_out() {
        let answers = Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::Zero),
            zero_subtype: Pick::Is(IhcZeroSubtype::Ultralow),
            ish: IshAnswer::NotDone,
            ratio: "not a number".into(),
            specimen: Pick::Is(Specimen::Biopsy),
            ..Answers::default()
        };
        let input = answers.read().unwrap();
        assert_eq!(input.ihc_zero_subtype, None);
        assert_eq!(input.ish_ratio, None);
        assert_eq!(input.specimen, Some(Specimen::Biopsy));
        assert_eq!(answers.zero_subtype, Pick::Is(IhcZeroSubtype::Ultralow));
        assert!(answers.problems(Step::Review).is_empty());
    }

    #[test]
    fn recount_question_follows_the_core() {
        assert!(breast_ish("1.6", "4.8").recount_applies()); // group 4, IHC 2+
        assert!(!breast_ish("2.4", "5.0").recount_applies()); // group 1
        let ihc3 = Answers {
            ihc: IhcAnswer::Score(IhcScore::Three),
            ..breast_ish("1.6", "4.8")
        };
        assert!(!ihc3.recount_applies());
        let gastric = Answers {
            cancer: Some(Cancer::Gastric.into()),
            ..breast_ish("1.6", "4.8")
        };
        assert!(!gastric.recount_applies());
    }

    #[test]
    fn another_cancer_is_never_read_with_these_rules() {
        let lung = Answers {
            cancer: Some(CancerSite::Unsupported(OtherCancer::Lung)),
            ..breast_ish("2.4", "5.0")
        };
        assert_eq!(
            lung.read(),
            Err(vec![(FormField::Cancer, Problem::UnsupportedCancer)])
        );
        assert_eq!(
            lung.problems(Step::Cancer),
            vec![(FormField::Cancer, Problem::UnsupportedCancer)]
        );
        assert!(lung
            .problems(Step::Review)
            .contains(&(FormField::Cancer, Problem::UnsupportedCancer)));
        assert!(!lung.zero_detail_applies());
        assert!(!lung.recount_applies());
    }

    #[test]
    fn every_field_has_a_distinct_id() {
        let fields = FormField::ALL;
        let mut ids: Vec<&str> = fields.iter().map(|f| f.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), fields.len());
    }
}
