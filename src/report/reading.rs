//! What the result view shows, worked out from the core's answer. The view only turns these
//! values into words; every decision here comes from `her2_core`.

use super::answers::{Answers, FieldProblem, IshAnswer};
use her2_core::{
    care_team_questions, interpret, linked_medicines, Cancer, Discordance, ErrorCode, Input,
    Interpretation, Medicine, NextStep, Question, Rule, Specimen, Status,
};

/// The headline's plain explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// HER2-positive breast cancer.
    PositiveBreast,
    /// HER2-positive stomach or esophagus cancer.
    PositiveGastric,
    /// HER2-negative.
    Negative,
    /// HER2-low (breast), a kind of HER2-negative: early breast cancer first, then cancer that
    /// has spread.
    Her2Low,
    /// HER2-ultralow (breast), a kind of HER2-negative.
    Her2Ultralow,
    /// The guideline's "equivocal": another test decides.
    Equivocal,
    /// No status yet: a next step is needed (IHC, recount, repeat).
    Waiting,
    /// The guideline has no rule for this combination: ask the care team, never guess.
    Undecided,
    /// Neither an IHC score nor an ISH result was entered.
    Nothing,
}

/// The headline: the status, or HER2-low / HER2-ultralow named as kinds of HER2-negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headline {
    /// The status as the guideline names it.
    Status(Status),
    /// "HER2-low, a kind of HER2-negative".
    Her2Low,
    /// "HER2-ultralow, a kind of HER2-negative".
    Her2Ultralow,
}

/// An extra line under the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// A note of the core's explanation (HER2-low, too few cells, …).
    Core(her2_core::Note),
    /// The person said the ISH result is still pending.
    IshPending,
    /// The sample type (stomach and esophagus; informational).
    Specimen(Specimen),
}

/// The guideline part a rule comes from, for "Why am I seeing this?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuidelineRef {
    /// ASCO/CAP 2018 (reaffirmed 2023), this figure.
    BreastFigure(u8),
    /// ASCO/CAP: at least 20 cells (breast).
    BreastCells,
    /// ASCO/CAP: at least 20 cells; with fewer, the IHC score decides (breast).
    BreastCellsIhc,
    /// CAP/ASCP/ASCO 2016: IHC scoring.
    GastricIhc,
    /// CAP/ASCP/ASCO 2016: IHC 0 or 1+ is negative and needs no ISH.
    GastricIhc01,
    /// CAP/ASCP/ASCO 2016: dual-probe ISH ratio.
    GastricIsh,
    /// CAP/ASCP/ASCO 2016: single-probe ISH (provisional limits).
    GastricSingle,
    /// CAP/ASCP/ASCO 2016: at least 20 cells.
    GastricCells,
    /// CAP/ASCP/ASCO 2016: at least 20 cells; with fewer, the IHC score decides.
    GastricCellsIhc,
    /// The app's own input checks.
    AppChecks,
}

/// Why no medicine is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoMedicines {
    /// HER2-negative (and not HER2-low or ultralow).
    Negative,
    /// The status is not final yet.
    Waiting,
}

/// Everything the result view and the printed summary show.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The input given to the core.
    pub input: Input,
    /// The core's answer.
    pub result: Interpretation,
    /// The headline's explanation.
    pub meaning: Meaning,
    /// Extra lines under the headline.
    pub notes: Vec<Note>,
    /// Medicines generally linked to the result.
    pub medicines: Vec<Medicine>,
    /// Questions for the care team.
    pub questions: Vec<Question>,
    /// Where the rule comes from.
    pub guideline: GuidelineRef,
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
        let only_nothing_entered = result
            .errors
            .iter()
            .all(|e| e.code == ErrorCode::NothingEntered);
        if !only_nothing_entered {
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
        }
        let cancer = input.cancer;
        let meaning = meaning(cancer, &result);
        // HER2-low and HER2-ultralow are said by the headline and its meaning, not again in a note.
        let mut notes: Vec<Note> = result
            .notes
            .iter()
            .copied()
            .filter(|n| !matches!(n, her2_core::Note::Her2Low | her2_core::Note::Her2Ultralow))
            .map(Note::Core)
            .collect();
        if answers.ish == IshAnswer::Pending {
            notes.push(Note::IshPending);
        }
        if let Some(specimen) = input.specimen {
            notes.push(Note::Specimen(specimen));
        }
        Ok(Reading {
            medicines: linked_medicines(cancer, &result),
            questions: care_team_questions(cancer, &result),
            guideline: guideline(result.rule),
            meaning,
            notes,
            input,
            result,
        })
    }

    /// The cancer the reading is about.
    pub fn cancer(&self) -> Cancer {
        self.input.cancer
    }

    /// The headline.
    pub fn headline(&self) -> Headline {
        match self.meaning {
            Meaning::Her2Low => Headline::Her2Low,
            Meaning::Her2Ultralow => Headline::Her2Ultralow,
            _ => Headline::Status(self.result.status),
        }
    }

    /// Why no medicine is listed, when none is.
    pub fn no_medicines(&self) -> Option<NoMedicines> {
        if !self.medicines.is_empty() {
            return None;
        }
        Some(match self.result.status {
            Status::Negative => NoMedicines::Negative,
            Status::Positive | Status::Equivocal | Status::Indeterminate => NoMedicines::Waiting,
        })
    }

    /// Whether the guideline has no rule for this combination.
    pub fn no_rule(&self) -> bool {
        self.result.rule.is_undecided()
    }

    /// The two results that disagree, for an "ask your care team" answer.
    pub fn discordance(&self) -> Option<Discordance> {
        self.result.discordance
    }

    /// Whether the view should send the person to their care team first (no answer can be
    /// given from what was entered).
    pub fn ask_care_team(&self) -> bool {
        matches!(self.meaning, Meaning::Undecided | Meaning::Nothing)
    }
}

fn meaning(cancer: Cancer, result: &Interpretation) -> Meaning {
    match (result.next_step, result.status) {
        (NextStep::InvalidInput, _) => Meaning::Nothing,
        (NextStep::AskCareTeam, _) => Meaning::Undecided,
        (_, Status::Positive) => match cancer {
            Cancer::Breast => Meaning::PositiveBreast,
            Cancer::Gastric => Meaning::PositiveGastric,
        },
        (_, Status::Negative) if result.her2_low == Some(true) => Meaning::Her2Low,
        (_, Status::Negative) if result.her2_ultralow == Some(true) => Meaning::Her2Ultralow,
        (_, Status::Negative) => Meaning::Negative,
        (_, Status::Equivocal) => Meaning::Equivocal,
        (_, Status::Indeterminate) => Meaning::Waiting,
    }
}

/// The guideline part of each rule (see `Rule::guideline` for the exact English wording).
pub fn guideline(rule: Rule) -> GuidelineRef {
    use GuidelineRef as G;
    match rule {
        Rule::InvalidInput => G::AppChecks,
        Rule::BreastTooFewCells => G::BreastCells,
        Rule::BreastTooFewCellsIhc01
        | Rule::BreastTooFewCellsIhc2
        | Rule::BreastTooFewCellsIhc3 => G::BreastCellsIhc,
        Rule::BreastIhc0 | Rule::BreastIhc1 | Rule::BreastIhc2 | Rule::BreastIhc3 => {
            G::BreastFigure(1)
        }
        Rule::BreastSingleHigh
        | Rule::BreastSingleHighIhc01
        | Rule::BreastSingleLow
        | Rule::BreastSingleLowIhc3
        | Rule::BreastSingleMidNoIhc
        | Rule::BreastSingleMidIhc01
        | Rule::BreastSingleMidIhc2
        | Rule::BreastSingleMidIhc3 => G::BreastFigure(2),
        Rule::BreastGroup1 | Rule::BreastGroup5 | Rule::BreastGroup5Ihc3 => G::BreastFigure(3),
        Rule::BreastGroup2to4NoIhc => G::BreastFigure(3),
        Rule::BreastGroup2Ihc01
        | Rule::BreastGroup2Ihc2Recount
        | Rule::BreastGroup2Ihc2Confirmed
        | Rule::BreastGroup2Ihc3 => G::BreastFigure(4),
        Rule::BreastGroup3Ihc01
        | Rule::BreastGroup3Ihc2Recount
        | Rule::BreastGroup3Ihc2Confirmed
        | Rule::BreastGroup3Ihc3 => G::BreastFigure(5),
        Rule::BreastGroup4Ihc01
        | Rule::BreastGroup4Ihc2Recount
        | Rule::BreastGroup4Ihc2Confirmed
        | Rule::BreastGroup4Ihc3 => G::BreastFigure(6),
        Rule::GastricTooFewCells => G::GastricCells,
        Rule::GastricTooFewCellsIhc01
        | Rule::GastricTooFewCellsIhc2
        | Rule::GastricTooFewCellsIhc3 => G::GastricCellsIhc,
        Rule::GastricIhc01IshNotPositive
        | Rule::GastricIhc01DualPositive
        | Rule::GastricIhc01SinglePositive => G::GastricIhc01,
        Rule::GastricIhc01 | Rule::GastricIhc2 | Rule::GastricIhc3 => G::GastricIhc,
        Rule::GastricDualPositive | Rule::GastricDualNegative | Rule::GastricDualHighCopies => {
            G::GastricIsh
        }
        Rule::GastricSingleHigh | Rule::GastricSingleLow | Rule::GastricSingleMid => {
            G::GastricSingle
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::answers::{FormField, IhcAnswer, Pick, Problem};
    use her2_core::{IhcScore, IhcZeroSubtype, Probe};

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
        assert_eq!(reading.meaning, Meaning::Equivocal);
        assert_eq!(reading.result.next_step, NextStep::ReflexIsh);
        assert_eq!(reading.no_medicines(), Some(NoMedicines::Waiting));
        assert_eq!(reading.guideline, GuidelineRef::BreastFigure(1));
    }

    #[test]
    fn her2_low_and_ultralow_are_noted() {
        use her2_core::Note as N;
        let low = Reading::from_answers(&breast(IhcAnswer::Score(IhcScore::One))).unwrap();
        // Said by the headline and its meaning, not again in a note.
        assert_eq!(low.notes, vec![]);
        assert_eq!(low.meaning, Meaning::Her2Low);
        assert_eq!(low.headline(), Headline::Her2Low);
        assert_eq!(low.medicines, vec![Medicine::TdxdHer2Low]);
        let ultralow = Reading::from_answers(&Answers {
            zero_subtype: Pick::Is(IhcZeroSubtype::Ultralow),
            ..breast(IhcAnswer::Score(IhcScore::Zero))
        })
        .unwrap();
        assert_eq!(ultralow.notes, vec![]);
        assert_eq!(ultralow.headline(), Headline::Her2Ultralow);
        let null = Reading::from_answers(&Answers {
            zero_subtype: Pick::Is(IhcZeroSubtype::Null),
            ..breast(IhcAnswer::Score(IhcScore::Zero))
        })
        .unwrap();
        assert_eq!(null.notes, vec![Note::Core(N::Her2Null)]);
        assert_eq!(null.headline(), Headline::Status(Status::Negative));
        assert_eq!(null.no_medicines(), Some(NoMedicines::Negative));
        let unknown = Reading::from_answers(&Answers {
            zero_subtype: Pick::Unsure,
            ..breast(IhcAnswer::Score(IhcScore::Zero))
        })
        .unwrap();
        assert_eq!(unknown.notes, vec![Note::Core(N::IhcZeroDetailUnknown)]);
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
        assert_eq!(reading.meaning, Meaning::Undecided);
        assert!(reading.ask_care_team());
        assert!(reading.no_rule());
        assert_eq!(reading.guideline, GuidelineRef::BreastFigure(3));
    }

    #[test]
    fn nothing_entered_is_explained_not_refused() {
        let reading = Reading::from_answers(&Answers {
            ish: IshAnswer::Pending,
            ..breast(IhcAnswer::NotOnReport)
        })
        .unwrap();
        assert_eq!(reading.meaning, Meaning::Nothing);
        assert_eq!(reading.notes, vec![Note::IshPending]);
        assert_eq!(reading.guideline, GuidelineRef::AppChecks);
        assert!(reading.ask_care_team());
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
        assert_eq!(reading.meaning, Meaning::PositiveGastric);
        assert_eq!(reading.medicines, vec![Medicine::GastricHer2Targeted]);
        assert_eq!(reading.notes, vec![Note::Specimen(Specimen::Resection)]);
        assert_eq!(reading.guideline, GuidelineRef::GastricIhc);
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
        assert_eq!(reading.meaning, Meaning::PositiveBreast);
        assert_eq!(
            reading.notes,
            vec![Note::Core(her2_core::Note::IshTooFewCells)]
        );
        assert_eq!(reading.guideline, GuidelineRef::BreastCellsIhc);
        assert_eq!(reading.discordance(), None);
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
        assert_eq!(reading.meaning, Meaning::Undecided);
        let d = reading.discordance().unwrap();
        assert_eq!(d.ihc, Some(IhcScore::One));
        assert_eq!(d.ish, her2_core::IshFinding::RatioAtLeast2);
        assert_eq!(reading.guideline, GuidelineRef::GastricIhc01);
        assert_eq!(
            reading.notes,
            vec![Note::Core(her2_core::Note::GastricIshAfterIhc01)]
        );
    }

    #[test]
    fn every_rule_has_a_guideline_part() {
        for rule in Rule::ALL {
            let part = guideline(*rule);
            if let GuidelineRef::BreastFigure(n) = part {
                assert!(
                    rule.guideline().contains(&format!("Figure {n}")),
                    "{}",
                    rule.id()
                );
            }
        }
    }
}
