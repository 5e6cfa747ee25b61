//! Words for the report tool's form: its steps, questions, answers, problems and the values the
//! paste reader found, mapped to translated texts of `content/<lang>/ui-report.toml`. The words
//! for the core's values and for the explanation of a result are in `her2_content::words`,
//! shared with the JavaScript API. Matches are exhaustive, so a new value cannot go without
//! words, and no English text of the core is ever shown in another language.

use crate::report::answers::{Answers, FormField, IhcAnswer, IshAnswer, NumberBox, Pick, Problem};
use crate::report::paste::format_decimal;
use crate::report::Step;
pub use her2_content::words::{
    cancer_name, ihc_name, probe_name, specimen_name, status_text, subtype_name,
};
use her2_content::{fill, Ui};
use her2_core::number::NumberError;
use her2_core::{
    Cancer, CancerSite, CheckCode, ErrorCode, Field, FoundValue, IhcScore, OtherCancer, ValueCheck,
};

/// The name of a step.
pub fn step_name(ui: &'static Ui, step: Step) -> &'static str {
    match step {
        Step::Cancer => ui.step_cancer,
        Step::Ihc => ui.step_ihc,
        Step::Ish => ui.step_ish,
        Step::Review => ui.step_review,
    }
}

/// The name of a cancer choice, including those the tool does not read.
pub fn cancer_site_name(ui: &'static Ui, site: CancerSite) -> &'static str {
    match site {
        CancerSite::Supported(cancer) => cancer_name(ui, cancer),
        CancerSite::Unsupported(OtherCancer::Colorectal) => ui.cancer_colorectal,
        CancerSite::Unsupported(OtherCancer::Endometrial) => ui.cancer_endometrial,
        CancerSite::Unsupported(OtherCancer::Biliary) => ui.cancer_biliary,
        CancerSite::Unsupported(OtherCancer::Lung) => ui.cancer_lung,
        CancerSite::Unsupported(OtherCancer::Unlisted) => ui.cancer_other,
    }
}

/// What a score looks like under the microscope.
pub fn ihc_description(ui: &'static Ui, score: IhcScore) -> &'static str {
    match score {
        IhcScore::Zero => ui.ihc_0_desc,
        IhcScore::One => ui.ihc_1_desc,
        IhcScore::Two => ui.ihc_2_desc,
        IhcScore::Three => ui.ihc_3_desc,
    }
}

/// The name of a form field.
pub fn form_field_name(ui: &'static Ui, field: FormField) -> &'static str {
    match field {
        FormField::Cancer => ui.field_cancer,
        FormField::Ihc => ui.field_ihc_score,
        FormField::ZeroSubtype => ui.field_ihc_zero_subtype,
        FormField::Ish => ui.field_ish,
        FormField::Probe => ui.field_probe,
        FormField::Ratio => ui.field_ish_ratio,
        FormField::Her2 => ui.field_avg_her2_copies,
        FormField::Cep17 => ui.field_avg_cep17_copies,
        FormField::Cells => ui.field_cells_counted,
        FormField::Recount => ui.field_recount_confirmed,
        FormField::Specimen => ui.field_specimen,
        FormField::Whole => ui.field_answers,
    }
}

/// The name of a core field (in the paste reader's list).
pub fn core_field_name(ui: &'static Ui, field: &Field) -> &'static str {
    form_field_name(ui, FormField::from_core(field))
}

/// An example of a good value, in the language's number format.
fn example(ui: &'static Ui, field: FormField) -> &'static str {
    match field.number_box() {
        Some(NumberBox::Ratio) | None => ui.example_ratio,
        Some(NumberBox::Her2) => ui.example_her2,
        Some(NumberBox::Cep17) => ui.example_cep17,
        Some(NumberBox::Cells) => ui.example_cells,
    }
}

/// The message shown beside a field for a problem.
pub fn problem_text(ui: &'static Ui, field: FormField, problem: Problem) -> String {
    let template = match problem {
        Problem::ChooseCancer => ui.err_choose_cancer,
        Problem::UnsupportedCancer => ui.err_unsupported_cancer,
        Problem::ChooseIhc => ui.err_choose_ihc,
        Problem::ChooseIsh => ui.err_choose_ish,
        Problem::ChooseZeroSubtype => ui.err_choose_zero,
        Problem::ChooseProbe => ui.err_choose_probe,
        Problem::IshEmpty => ui.err_ish_empty,
        Problem::Number(NumberError::LetterO(value)) => {
            return fill(
                ui.number_letter_o,
                "typed",
                &plain_number(value, ui.decimal_separator),
            );
        }
        Problem::Number(error) => number_error(ui, error),
        Problem::Core(code) => error_code(ui, code),
    };
    fill(template, "example", example(ui, field))
}

fn number_error(ui: &'static Ui, error: NumberError) -> &'static str {
    match error {
        NumberError::Empty => ui.number_empty,
        NumberError::NoNumber => ui.number_no_number,
        NumberError::SeveralNumbers => ui.number_several_numbers,
        NumberError::Negative => ui.number_negative,
        // Filled with the number in `problem_text`.
        NumberError::LetterO(_) => ui.number_letter_o,
    }
}

/// The words for one value to check again, with the value the person may have meant.
pub fn check_text(ui: &'static Ui, check: &ValueCheck) -> String {
    let number = |value: her2_core::Decimal| plain_number(value, ui.decimal_separator);
    let template = match check.code {
        CheckCode::RatioHigh => ui.check_ratio_high,
        CheckCode::ImpliedCep17Low | CheckCode::ImpliedCep17High => ui.check_implied_cep17,
        CheckCode::Cep17Low | CheckCode::Cep17High => ui.check_cep17,
        CheckCode::Her2High => ui.check_her2_high,
        CheckCode::FewCells => ui.check_few_cells,
    };
    let text = fill(template, "value", &number(check.value));
    let text = fill(&text, "her2", &check.her2.map(number).unwrap_or_default());
    let text = fill(&text, "cep17", &check.cep17.map(number).unwrap_or_default());
    match check.suggestion {
        Some(s) => format!(
            "{text} {}",
            fill(ui.check_suggestion, "suggestion", &number(s))
        ),
        None => text,
    }
}

/// A number as a person writes it, with the language's separator: "60", "4.5" or "4,5".
pub fn plain_number(value: her2_core::Decimal, separator: &str) -> String {
    let text = value.to_string();
    let text = text.strip_suffix(".0").unwrap_or(&text);
    text.replace('.', separator)
}

fn error_code(ui: &'static Ui, code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::UnknownField => ui.err_unknown_field,
        ErrorCode::WrongType => ui.err_wrong_type,
        ErrorCode::UnknownValue => ui.err_unknown_value,
        ErrorCode::SubtypeNeedsIhcZero => ui.err_subtype_needs_ihc_zero,
        ErrorCode::NotFinite => ui.err_not_finite,
        ErrorCode::NotPositive => ui.err_not_positive,
        ErrorCode::TooLarge => ui.err_too_large,
        ErrorCode::NotWholeNumber => ui.err_not_whole_number,
        ErrorCode::TooSmall => ui.err_too_small,
        ErrorCode::ProbeMissing => ui.err_probe_missing,
        ErrorCode::NotForSingleProbe => ui.err_not_for_single_probe,
        ErrorCode::MissingForSingleProbe => ui.err_missing_for_single_probe,
        ErrorCode::DualProbeIncomplete => ui.err_dual_probe_incomplete,
        ErrorCode::MissingForBreastDualProbe => ui.err_missing_for_breast_dual_probe,
        ErrorCode::RatioMismatch => ui.err_ratio_mismatch,
        ErrorCode::NothingEntered => ui.err_nothing_entered,
        ErrorCode::UnsupportedCancer => ui.err_unsupported_cancer,
    }
}

/// A value the paste reader found, in words.
pub fn found_value_text(ui: &'static Ui, value: FoundValue) -> String {
    match value {
        FoundValue::Cancer(cancer) => cancer_name(ui, cancer).to_string(),
        FoundValue::IhcScore(score) => ihc_name(ui, score),
        FoundValue::IhcZeroSubtype(subtype) => subtype_name(ui, subtype).to_string(),
        FoundValue::Probe(probe) => probe_name(ui, probe).to_string(),
        FoundValue::Number(number) => format_decimal(number, ui.decimal_separator),
        FoundValue::Count(count) => count.to_string(),
        FoundValue::Specimen(specimen) => specimen_name(ui, specimen).to_string(),
    }
}

/// One line of the answers list (review step and printed summary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// The field.
    pub field: FormField,
    /// Its name.
    pub label: &'static str,
    /// The answer in words, or the text as typed.
    pub value: String,
}

/// The answers, one row per question that applies, in form order.
pub fn answer_rows(ui: &'static Ui, answers: &Answers) -> Vec<AnswerRow> {
    let mut rows = Vec::new();
    let mut row = |field: FormField, value: String| {
        rows.push(AnswerRow {
            field,
            label: form_field_name(ui, field),
            value,
        });
    };
    let unanswered = || ui.value_not_answered.to_string();
    row(
        FormField::Cancer,
        answers
            .cancer
            .map_or_else(unanswered, |c| cancer_site_name(ui, c).to_string()),
    );
    row(
        FormField::Ihc,
        match answers.ihc {
            IhcAnswer::Unanswered => unanswered(),
            IhcAnswer::Score(score) => ihc_name(ui, score),
            IhcAnswer::NotOnReport => ui.ihc_not_stated.to_string(),
        },
    );
    if answers.zero_detail_applies() {
        row(
            FormField::ZeroSubtype,
            match answers.zero_subtype {
                Pick::Unanswered => unanswered(),
                Pick::Unsure => ui.zero_not_stated.to_string(),
                Pick::Is(s) => subtype_name(ui, s).to_string(),
            },
        );
    }
    row(
        FormField::Ish,
        match answers.ish {
            IshAnswer::Unanswered => unanswered(),
            IshAnswer::NotDone => ui.ish_not_done.to_string(),
            IshAnswer::Pending => ui.ish_pending.to_string(),
            IshAnswer::Done => ui.ish_done.to_string(),
        },
    );
    if answers.ish_numbers_apply() {
        row(
            FormField::Probe,
            match answers.probe {
                Pick::Unanswered => unanswered(),
                Pick::Unsure => ui.probe_unsure.to_string(),
                Pick::Is(p) => probe_name(ui, p).to_string(),
            },
        );
        for field in FormField::NUMBERS {
            let typed = answers.text(field).trim();
            let value = if typed.is_empty() {
                ui.value_left_empty.to_string()
            } else {
                typed.to_string()
            };
            row(field, value);
        }
        if answers.recount_applies() {
            let value = if answers.recount_confirmed {
                ui.value_recount_yes
            } else {
                ui.value_recount_not_stated
            };
            row(FormField::Recount, value.to_string());
        }
    }
    if answers.supported_cancer() == Some(Cancer::Gastric) {
        row(
            FormField::Specimen,
            match answers.specimen {
                Pick::Unanswered => unanswered(),
                Pick::Unsure => ui.specimen_unsure.to_string(),
                Pick::Is(s) => specimen_name(ui, s).to_string(),
            },
        );
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use her2_content::language;

    #[test]
    fn spanish_messages_are_spanish_with_comma_examples() {
        let es = language("es").expect("Spanish").content.ui;
        let text = problem_text(es, FormField::Ratio, Problem::Core(ErrorCode::NotPositive));
        assert_eq!(text, "Debe ser un número mayor que 0, como 1,8.");
        let text = problem_text(es, FormField::Cells, Problem::Number(NumberError::NoNumber));
        assert!(text.contains("como 20"), "{text}");
    }

    #[test]
    fn a_letter_o_gets_the_number_back_with_only_digits() {
        let value = her2_core::number::read_number("6O").unwrap_err();
        let ui = |code| language(code).expect("language").content.ui;
        let en = problem_text(ui("en"), FormField::Cells, Problem::Number(value));
        assert_eq!(en, "Use only numbers, like 60. The letter O is not a zero.");
        let es = problem_text(ui("es"), FormField::Cells, Problem::Number(value));
        assert_eq!(es, "Use solo números, como 60. La letra O no es un cero.");
        let decimal = her2_core::number::read_number("2.O5").unwrap_err();
        let es = problem_text(ui("es"), FormField::Ratio, Problem::Number(decimal));
        assert!(es.contains("como 2,05."), "{es}");
    }

    #[test]
    fn values_to_check_have_words_in_each_language() {
        let input = her2_core::Input::breast().ratio(45.0).her2(3.1).cells(6.0);
        let checks = her2_core::check_values(&input);
        let ui = |code| language(code).expect("language").content.ui;
        let en: Vec<String> = checks.iter().map(|c| check_text(ui("en"), c)).collect();
        assert_eq!(
            en,
            [
                "Your report says the ratio is 45? That is very high. Did you mean 4.5?",
                "A ratio of 45 with 3.1 HER2 copies means 0.07 CEP17 signals per cell. Most cells have about 2.",
                "Your report says 6 cells were counted? A lab needs at least 20. Did you mean 60?",
            ]
        );
        let es = check_text(ui("es"), &checks[0]);
        assert_eq!(
            es,
            "¿Su informe dice que el cociente es 45? Es muy alto. ¿Quiso decir 4,5?"
        );
        for lang in her2_content::LANGUAGES {
            for input in [
                her2_core::Input::breast().ratio(1.0).her2(9.0),
                her2_core::Input::breast().ratio(2.0).her2(30.0).cep17(0.2),
                her2_core::Input::breast()
                    .ratio(2.0)
                    .her2(18.0)
                    .cep17(9.0)
                    .cells(1.0),
            ] {
                for check in her2_core::check_values(&input) {
                    let text = check_text(lang.content.ui, &check);
                    assert!(!text.contains('{'), "{}: {text}", lang.code);
                }
            }
        }
    }

    #[test]
    fn every_error_code_has_words_without_placeholders_left() {
        for lang in her2_content::LANGUAGES {
            let ui = lang.content.ui;
            for code in ErrorCode::ALL {
                let text = problem_text(ui, FormField::Ratio, Problem::Core(*code));
                assert!(!text.contains('{'), "{}: {text}", lang.code);
            }
        }
    }

    #[test]
    fn rows_follow_the_questions_that_apply() {
        let en = her2_content::default_language().content.ui;
        let answers = Answers {
            cancer: Some(Cancer::Breast.into()),
            ihc: IhcAnswer::Score(IhcScore::Zero),
            ish: IshAnswer::NotDone,
            ratio: "kept but not shown".into(),
            ..Answers::default()
        };
        let fields: Vec<FormField> = answer_rows(en, &answers).iter().map(|r| r.field).collect();
        assert_eq!(
            fields,
            vec![
                FormField::Cancer,
                FormField::Ihc,
                FormField::ZeroSubtype,
                FormField::Ish
            ]
        );
    }
}
