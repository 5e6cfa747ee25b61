//! The words for the core's values in one language: names of cancers, scores and samples, and
//! the whole explanation of a result ([`explanation_words`]). The report tool and the
//! JavaScript API both take their words from here, so they say the same in every language.
//! Matches are exhaustive: a new value of the core cannot go without words, and no English
//! text of the core is ever shown in another language.

use crate::{fill, Ui};
use her2_core::{
    Cancer, Discordance, Explanation, Headline, IhcScore, IhcZeroSubtype, IshFinding, IshGroup,
    Meaning, Medicine, NextStep, NoMedicines, Note, Probe, Question, ResultNote, Source, Specimen,
    Status,
};

/// The explanation of a result in words (see [`her2_core::Explanation`] for what each part is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplanationWords {
    /// The headline.
    pub headline: &'static str,
    /// Its plain meaning.
    pub meaning: &'static str,
    /// The two results that disagree, for an "ask your care team" answer.
    pub disagreement: Option<Disagreement>,
    /// Lines under the headline.
    pub notes: Vec<String>,
    /// "ISH group 4" and what the group means.
    pub ish_group: Option<(String, &'static str)>,
    /// What happens next.
    pub next_step: &'static str,
    /// Medicines generally linked to the result.
    pub medicines: Vec<&'static str>,
    /// Why no medicine is listed, exactly when `medicines` is empty.
    pub no_medicines: Option<&'static str>,
    /// Questions for the care team.
    pub questions: Vec<&'static str>,
    /// The guideline part the rule comes from.
    pub source: String,
    /// That the guideline has no rule for this combination, when it has none.
    pub no_rule: Option<&'static str>,
}

/// Two results that disagree, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// "These two results do not agree:".
    pub intro: &'static str,
    /// One line per result.
    pub results: Vec<String>,
    /// The lines after them: that IHC 3+ alone counts as positive (when it applies), and that
    /// the pathologist gives the final status.
    pub after: Vec<&'static str>,
}

/// The explanation in the words of `ui`'s language.
///
/// ```
/// use her2_content::{ui, words::explanation_words};
/// use her2_core::{explain, interpret, IhcScore, Input};
/// let input = Input::breast().ihc(IhcScore::One);
/// let explanation = explain(&input, &interpret(&input)).unwrap();
/// assert_eq!(explanation_words(ui("en"), &explanation).headline, "HER2-low, a kind of HER2-negative");
/// assert!(explanation_words(ui("es"), &explanation).headline.starts_with("HER2 bajo"));
/// ```
pub fn explanation_words(ui: &'static Ui, e: &Explanation) -> ExplanationWords {
    ExplanationWords {
        headline: headline_text(ui, e.headline),
        meaning: meaning_text(ui, e.meaning),
        disagreement: e.discordance.map(|d| disagreement(ui, d)),
        notes: e.notes.iter().map(|n| note_text(ui, *n)).collect(),
        ish_group: e.ish_group.map(|g| group_texts(ui, g)),
        next_step: next_step_text(ui, e.next_step),
        medicines: e.medicines.iter().map(|m| medicine_text(ui, *m)).collect(),
        no_medicines: e.no_medicines.map(|why| no_medicines_text(ui, why)),
        questions: e.questions.iter().map(|q| question_text(ui, *q)).collect(),
        source: source_text(ui, e.source),
        no_rule: e.no_rule.then_some(ui.guide_no_rule),
    }
}

/// The name of a cancer.
pub fn cancer_name(ui: &'static Ui, cancer: Cancer) -> &'static str {
    match cancer {
        Cancer::Breast => ui.cancer_breast,
        Cancer::Gastric => ui.cancer_gastric,
    }
}

/// "IHC 2+" / "IHQ 2+".
pub fn ihc_name(ui: &'static Ui, score: IhcScore) -> String {
    fill(ui.ihc_score_name, "score", score.as_str())
}

/// HER2-null / HER2-ultralow.
pub fn subtype_name(ui: &'static Ui, subtype: IhcZeroSubtype) -> &'static str {
    match subtype {
        IhcZeroSubtype::Null => ui.value_null,
        IhcZeroSubtype::Ultralow => ui.value_ultralow,
    }
}

/// Dual-probe / single-probe.
pub fn probe_name(ui: &'static Ui, probe: Probe) -> &'static str {
    match probe {
        Probe::Dual => ui.value_dual,
        Probe::Single => ui.value_single,
    }
}

/// Biopsy / surgery sample.
pub fn specimen_name(ui: &'static Ui, specimen: Specimen) -> &'static str {
    match specimen {
        Specimen::Biopsy => ui.value_biopsy,
        Specimen::Resection => ui.value_resection,
    }
}

/// The status as the guideline names it.
pub fn status_text(ui: &'static Ui, status: Status) -> &'static str {
    match status {
        Status::Positive => ui.status_positive,
        Status::Negative => ui.status_negative,
        Status::Equivocal => ui.status_equivocal,
        Status::Indeterminate => ui.status_indeterminate,
    }
}

fn headline_text(ui: &'static Ui, headline: Headline) -> &'static str {
    match headline {
        Headline::Status(status) => status_text(ui, status),
        Headline::Her2Low => ui.status_low,
        Headline::Her2Ultralow => ui.status_ultralow,
    }
}

fn meaning_text(ui: &'static Ui, meaning: Meaning) -> &'static str {
    match meaning {
        Meaning::PositiveBreast => ui.meaning_positive_breast,
        Meaning::PositiveGastric => ui.meaning_positive_gastric,
        Meaning::Negative => ui.meaning_negative,
        Meaning::Her2Low => ui.meaning_low,
        Meaning::Her2Ultralow => ui.meaning_ultralow,
        Meaning::Equivocal => ui.meaning_equivocal,
        Meaning::Waiting => ui.meaning_waiting,
        Meaning::Undecided => ui.meaning_undecided,
        Meaning::Nothing => ui.meaning_nothing,
    }
}

fn note_text(ui: &'static Ui, note: ResultNote) -> String {
    match note {
        // Said by the headline (the explanation leaves these notes out).
        ResultNote::Core(Note::Her2Low) => ui.status_low.to_string(),
        ResultNote::Core(Note::Her2Ultralow) => ui.status_ultralow.to_string(),
        ResultNote::Core(Note::Her2Null) => ui.null_true.to_string(),
        ResultNote::Core(Note::IhcZeroDetailUnknown) => ui.zero_unknown_note.to_string(),
        ResultNote::Core(Note::Her2LowNeedsIhc) => ui.low_needs_ihc_note.to_string(),
        ResultNote::Core(Note::IshTooFewCells) => ui.too_few_cells_note.to_string(),
        ResultNote::Core(Note::IshTooFewCellsNoIhc) => ui.too_few_cells_no_ihc_note.to_string(),
        ResultNote::Core(Note::GastricIshAfterIhc01) => ui.gastric_ish_after_ihc01_note.to_string(),
        ResultNote::IshPending => ui.ish_pending_note.to_string(),
        ResultNote::Specimen(specimen) => fill(
            ui.specimen_result_note,
            "specimen",
            specimen_name(ui, specimen),
        ),
    }
}

fn disagreement(ui: &'static Ui, d: Discordance) -> Disagreement {
    let mut results = Vec::new();
    if let (Some(score), Some(points)) = (d.ihc, d.ihc_points_to()) {
        let template = match points {
            Status::Positive => ui.disagree_ihc_positive,
            Status::Negative | Status::Equivocal | Status::Indeterminate => {
                ui.disagree_ihc_negative
            }
        };
        results.push(fill(template, "score", score.as_str()));
    }
    results.push(
        match d.ish {
            IshFinding::Group5 => ui.disagree_ish_group5,
            IshFinding::RatioAtLeast2 => ui.disagree_ish_ratio_ge2,
            IshFinding::RatioBelow2HighCopies => ui.disagree_ish_ratio_lt2_copies_ge6,
            IshFinding::SingleAtLeast6 => ui.disagree_ish_single_ge6,
            IshFinding::SingleBelow4 => ui.disagree_ish_single_lt4,
        }
        .to_string(),
    );
    let mut after = Vec::new();
    if d.ihc3_positive_alone() {
        after.push(ui.disagree_ihc3_alone);
    }
    after.push(ui.disagree_final);
    Disagreement {
        intro: ui.disagree_intro,
        results,
        after,
    }
}

fn group_texts(ui: &'static Ui, group: IshGroup) -> (String, &'static str) {
    let name = fill(ui.ish_group_label, "group", &group.number().to_string());
    let words = match group {
        IshGroup::One => ui.group_1,
        IshGroup::Two => ui.group_2,
        IshGroup::Three => ui.group_3,
        IshGroup::Four => ui.group_4,
        IshGroup::Five => ui.group_5,
    };
    (name, words)
}

fn next_step_text(ui: &'static Ui, next: NextStep) -> &'static str {
    match next {
        NextStep::None => ui.next_none,
        NextStep::ReflexIsh => ui.next_reflex_ish,
        NextStep::ReflexIhc => ui.next_reflex_ihc,
        NextStep::RecountSecondObserver => ui.next_recount,
        NextStep::DualProbeIsh => ui.next_dual_probe,
        NextStep::RepeatTest => ui.next_repeat,
        NextStep::AskCareTeam => ui.next_ask_care_team,
        NextStep::InvalidInput => ui.next_invalid,
    }
}

fn medicine_text(ui: &'static Ui, medicine: Medicine) -> &'static str {
    match medicine {
        Medicine::BreastHer2Targeted => ui.med_breast_her2_targeted,
        Medicine::TdxdHer2Low => ui.med_tdxd_her2_low,
        Medicine::TdxdHer2Ultralow => ui.med_tdxd_her2_ultralow,
        Medicine::GastricHer2Targeted => ui.med_gastric_her2_targeted,
    }
}

fn no_medicines_text(ui: &'static Ui, why: NoMedicines) -> &'static str {
    match why {
        NoMedicines::Negative => ui.medicines_none_negative,
        NoMedicines::Waiting => ui.medicines_none_waiting,
    }
}

fn question_text(ui: &'static Ui, question: Question) -> &'static str {
    match question {
        Question::CopyOfReport => ui.q_copy_of_report,
        Question::MeaningForTreatment => ui.q_meaning_for_treatment,
        Question::WhenNextResult => ui.q_when_next_result,
        Question::WhyDisagree => ui.q_why_disagree,
        Question::RepeatOnNewSample => ui.q_repeat_on_new_sample,
        Question::LowMatters => ui.q_low_matters,
        Question::TargetedOptions => ui.q_targeted_options,
        Question::RetestLater => ui.q_retest_later,
        Question::HormoneReceptors => ui.q_hormone_receptors,
        Question::ClinicalTrials => ui.q_clinical_trials,
        Question::PdL1 => ui.q_pd_l1,
        Question::MissingValues => ui.q_missing_values,
    }
}

fn source_text(ui: &'static Ui, source: Source) -> String {
    match source {
        Source::BreastFigure(n) => fill(ui.guide_breast_figure, "figure", &n.to_string()),
        Source::BreastCells => ui.guide_breast_cells.to_string(),
        Source::BreastCellsIhc => ui.guide_breast_cells_ihc.to_string(),
        Source::GastricIhc => ui.guide_gastric_ihc.to_string(),
        Source::GastricIhc01 => ui.guide_gastric_ihc01.to_string(),
        Source::GastricIsh => ui.guide_gastric_ish.to_string(),
        Source::GastricSingle => ui.guide_gastric_single.to_string(),
        Source::GastricCells => ui.guide_gastric_cells.to_string(),
        Source::GastricCellsIhc => ui.guide_gastric_cells_ihc.to_string(),
        Source::AppChecks => ui.guide_app_checks.to_string(),
    }
}
