//! What the result view shows: the core's interpretation of the answers and its explanation
//! ([`her2_core::explain`]). The view only turns these values into words
//! (`her2_content::words`); every decision here comes from `her2_core`.

use super::answers::{Answers, FieldProblem, IshAnswer};
use her2_core::{explain, interpret, Explanation, Interpretation};

/// Everything the result view and the printed summary show.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The core's answer.
    pub result: Interpretation,
    /// Its explanation.
    pub explanation: Explanation,
}

impl Reading {
    /// Interprets the answers, or returns the problems to fix first.
    pub fn from_answers(answers: &Answers) -> Result<Reading, Vec<FieldProblem>> {
        let problems = answers.problems(super::steps::Step::Review);
        if !problems.is_empty() {
            return Err(problems);
        }
        let input = answers.read()?;
        let result = interpret(&input);
        let Some(explanation) = explain(&input, &result) else {
            // `problems` above already holds every core error; this is a safety net.
            return Err(result
                .errors
                .iter()
                .map(|e| {
                    (
                        super::answers::FormField::from_core(&e.field),
                        super::answers::Problem::Core(e.code),
                    )
                })
                .collect());
        };
        let explanation = if answers.ish == IshAnswer::Pending {
            explanation.with_ish_pending()
        } else {
            explanation
        };
        Ok(Reading {
            result,
            explanation,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::answers::{FormField, IhcAnswer, Pick, Problem};
    use her2_core::{
        Cancer, Headline, IhcScore, IhcZeroSubtype, Meaning, Medicine, NextStep, NoMedicines,
        Probe, ResultNote, Source, Specimen, Status,
    };

    fn breast(ihc: IhcAnswer) -> Answers {
        Answers {
            cancer: Some(Cancer::Breast.into()),
            ihc,
            ish: IshAnswer::NotDone,
            ..Answers::default()
        }
    }

    #[test]
    fn ihc_2_alone_waits_for_ish() {
        let reading = Reading::from_answers(&breast(IhcAnswer::Score(IhcScore::Two))).unwrap();
        assert_eq!(reading.explanation.meaning, Meaning::Equivocal);
        assert_eq!(reading.result.next_step, NextStep::ReflexIsh);
        assert_eq!(reading.explanation.no_medicines, Some(NoMedicines::Waiting));
        assert_eq!(reading.explanation.source, Source::BreastFigure(1));
    }

    #[test]
    fn her2_low_and_ultralow_are_noted() {
        use her2_core::Note as N;
        let low = Reading::from_answers(&breast(IhcAnswer::Score(IhcScore::One))).unwrap();
        // Said by the headline and its meaning, not again in a note.
        assert_eq!(low.explanation.notes, vec![]);
        assert_eq!(low.explanation.meaning, Meaning::Her2Low);
        assert_eq!(low.explanation.headline, Headline::Her2Low);
        assert_eq!(low.explanation.medicines, vec![Medicine::TdxdHer2Low]);
        let ultralow = Reading::from_answers(&Answers {
            zero_subtype: Pick::Is(IhcZeroSubtype::Ultralow),
            ..breast(IhcAnswer::Score(IhcScore::Zero))
        })
        .unwrap();
        assert_eq!(ultralow.explanation.notes, vec![]);
        assert_eq!(ultralow.explanation.headline, Headline::Her2Ultralow);
        let null = Reading::from_answers(&Answers {
            zero_subtype: Pick::Is(IhcZeroSubtype::Null),
            ..breast(IhcAnswer::Score(IhcScore::Zero))
        })
        .unwrap();
        assert_eq!(null.explanation.notes, vec![ResultNote::Core(N::Her2Null)]);
        assert_eq!(
            null.explanation.headline,
            Headline::Status(Status::Negative)
        );
        assert_eq!(null.explanation.no_medicines, Some(NoMedicines::Negative));
        let unknown = Reading::from_answers(&Answers {
            zero_subtype: Pick::Unsure,
            ..breast(IhcAnswer::Score(IhcScore::Zero))
        })
        .unwrap();
        assert_eq!(
            unknown.explanation.notes,
            vec![ResultNote::Core(N::IhcZeroDetailUnknown)]
        );
    }

    #[test]
    fn discordant_results_send_to_the_care_team() {
        let answers = Answers {
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Dual),
            ratio: "1.2".into(),
            her2: "2.5".into(),
            ..breast(IhcAnswer::Score(IhcScore::Three))
        };
        let reading = Reading::from_answers(&answers).unwrap();
        assert_eq!(reading.explanation.meaning, Meaning::Undecided);
        assert!(reading.explanation.ask_care_team());
        assert!(reading.explanation.no_rule);
        assert_eq!(reading.explanation.source, Source::BreastFigure(3));
    }

    #[test]
    fn nothing_entered_is_explained_not_refused() {
        let reading = Reading::from_answers(&Answers {
            ish: IshAnswer::Pending,
            ..breast(IhcAnswer::NotOnReport)
        })
        .unwrap();
        assert_eq!(reading.explanation.meaning, Meaning::Nothing);
        assert_eq!(reading.explanation.notes, vec![ResultNote::IshPending]);
        assert_eq!(reading.explanation.source, Source::AppChecks);
        assert!(reading.explanation.ask_care_team());
    }

    #[test]
    fn problems_are_returned_not_guessed() {
        let answers = Answers {
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Dual),
            ratio: "abc".into(),
            her2: "4".into(),
            ..breast(IhcAnswer::Score(IhcScore::Two))
        };
        assert_eq!(
            Reading::from_answers(&answers),
            Err(vec![(
                FormField::Ratio,
                Problem::Number(her2_core::number::NumberError::NoNumber)
            )])
        );
    }

    #[test]
    fn gastric_positive_lists_gastric_medicines_and_the_sample() {
        let reading = Reading::from_answers(&Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::Three),
            ish: IshAnswer::NotDone,
            specimen: Pick::Is(Specimen::Resection),
            ..Answers::default()
        })
        .unwrap();
        assert_eq!(reading.explanation.meaning, Meaning::PositiveGastric);
        assert_eq!(
            reading.explanation.medicines,
            vec![Medicine::GastricHer2Targeted]
        );
        assert_eq!(
            reading.explanation.notes,
            vec![ResultNote::Specimen(Specimen::Resection)]
        );
        assert_eq!(reading.explanation.source, Source::GastricIhc);
    }

    #[test]
    fn an_ish_with_too_few_cells_leaves_the_ihc_score_to_decide() {
        let answers = Answers {
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Dual),
            ratio: "1.2".into(),
            her2: "2.5".into(),
            cells: "12".into(),
            ..breast(IhcAnswer::Score(IhcScore::Three))
        };
        let reading = Reading::from_answers(&answers).unwrap();
        assert_eq!(reading.explanation.meaning, Meaning::PositiveBreast);
        assert_eq!(
            reading.explanation.notes,
            vec![ResultNote::Core(her2_core::Note::IshTooFewCells)]
        );
        assert_eq!(reading.explanation.source, Source::BreastCellsIhc);
        assert_eq!(reading.explanation.discordance, None);
    }

    #[test]
    fn gastric_ihc1_with_a_positive_ish_names_both_results() {
        let reading = Reading::from_answers(&Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::One),
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Dual),
            ratio: "2.5".into(),
            ..Answers::default()
        })
        .unwrap();
        assert_eq!(reading.explanation.meaning, Meaning::Undecided);
        let d = reading.explanation.discordance.unwrap();
        assert_eq!(d.ihc, Some(IhcScore::One));
        assert_eq!(d.ish, her2_core::IshFinding::RatioAtLeast2);
        assert_eq!(reading.explanation.source, Source::GastricIhc01);
        assert_eq!(
            reading.explanation.notes,
            vec![ResultNote::Core(her2_core::Note::GastricIshAfterIhc01)]
        );
    }
}
