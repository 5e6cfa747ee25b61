//! The explanation of a result: its headline and plain meaning, the notes under it, the next
//! step, the medicines generally linked to it, questions for the care team and the guideline
//! part it comes from. Everything here is a value (an enum), never words: the words of each
//! language are in `her2_content::words`, so the app and the JavaScript API say the same.
//!
//! The medicines are general information from the approvals in her2-rules.md sections 2, 3
//! and 6, never advice: the app says that the care team decides with the person.

use crate::error::ErrorCode;
use crate::model::{
    Cancer, Discordance, Input, Interpretation, IshGroup, NextStep, Note, Specimen, Status,
};
use crate::rule::Source;

/// A medicine (or group of medicines) generally linked to a HER2 result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Medicine {
    /// The HER2-targeted medicines for HER2-positive breast cancer (trastuzumab, pertuzumab,
    /// T-DM1, T-DXd, tucatinib, lapatinib, neratinib, margetuximab).
    BreastHer2Targeted,
    /// T-DXd for HER2-low metastatic breast cancer after chemotherapy (US, Aug 2022), and for
    /// HR-positive HER2-low or ultralow after hormone therapy (US, Jan 2025).
    TdxdHer2Low,
    /// T-DXd for HR-positive HER2-ultralow metastatic breast cancer after hormone therapy
    /// (US, Jan 2025).
    TdxdHer2Ultralow,
    /// Trastuzumab with chemotherapy, pembrolizumab combinations (PD-L1 CPS ≥ 1) and T-DXd
    /// after trastuzumab, for HER2-positive advanced gastroesophageal cancer.
    GastricHer2Targeted,
}

impl Medicine {
    /// A stable key, for looking up translated text.
    pub const fn key(self) -> &'static str {
        match self {
            Medicine::BreastHer2Targeted => "breast_her2_targeted",
            Medicine::TdxdHer2Low => "tdxd_her2_low",
            Medicine::TdxdHer2Ultralow => "tdxd_her2_ultralow",
            Medicine::GastricHer2Targeted => "gastric_her2_targeted",
        }
    }
}

/// The medicines generally linked to a result. Empty when the status is not final.
///
/// ```
/// use her2_core::{interpret, linked_medicines, IhcScore, Input, Medicine};
/// let low = interpret(&Input::breast().ihc(IhcScore::One));
/// assert_eq!(linked_medicines(Input::breast().cancer, &low), vec![Medicine::TdxdHer2Low]);
/// ```
pub fn linked_medicines(cancer: Cancer, result: &Interpretation) -> Vec<Medicine> {
    match (cancer, result.status) {
        (Cancer::Breast, Status::Positive) => vec![Medicine::BreastHer2Targeted],
        (Cancer::Breast, Status::Negative) => {
            if result.her2_low == Some(true) {
                vec![Medicine::TdxdHer2Low]
            } else if result.her2_ultralow == Some(true) {
                vec![Medicine::TdxdHer2Ultralow]
            } else {
                Vec::new()
            }
        }
        (Cancer::Gastric, Status::Positive) => vec![Medicine::GastricHer2Targeted],
        (_, Status::Negative | Status::Equivocal | Status::Indeterminate) => Vec::new(),
    }
}

/// A question a person may ask their care team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    /// Can I have a copy of my pathology report?
    CopyOfReport,
    /// What does my HER2 result mean for my treatment?
    MeaningForTreatment,
    /// When will the next test be done, and when will I get the result?
    WhenNextResult,
    /// Why do my IHC and ISH results not agree, and what happens now?
    WhyDisagree,
    /// Should the test be repeated on a new sample?
    RepeatOnNewSample,
    /// Do HER2-low or HER2-ultralow matter for my cancer now or later?
    LowMatters,
    /// Which HER2-targeted medicines could be part of my plan, and what are their side effects?
    TargetedOptions,
    /// Will my HER2 status be checked again if the cancer comes back or spreads?
    RetestLater,
    /// Are my hormone receptor (ER, PR) results known, and how do they fit with HER2?
    HormoneReceptors,
    /// Are there clinical trials that fit my results?
    ClinicalTrials,
    /// What was my PD-L1 result (stomach and esophagus)?
    PdL1,
    /// Which numbers did I not find on my report, and where are they?
    MissingValues,
}

impl Question {
    /// A stable key, for looking up translated text.
    pub const fn key(self) -> &'static str {
        match self {
            Question::CopyOfReport => "copy_of_report",
            Question::MeaningForTreatment => "meaning_for_treatment",
            Question::WhenNextResult => "when_next_result",
            Question::WhyDisagree => "why_disagree",
            Question::RepeatOnNewSample => "repeat_on_new_sample",
            Question::LowMatters => "low_matters",
            Question::TargetedOptions => "targeted_options",
            Question::RetestLater => "retest_later",
            Question::HormoneReceptors => "hormone_receptors",
            Question::ClinicalTrials => "clinical_trials",
            Question::PdL1 => "pd_l1",
            Question::MissingValues => "missing_values",
        }
    }
}

/// Questions for the care team that fit this result, most useful first.
///
/// ```
/// use her2_core::{care_team_questions, interpret, Cancer, IhcScore, Input, Question};
/// let result = interpret(&Input::breast().ihc(IhcScore::Two));
/// let questions = care_team_questions(Cancer::Breast, &result);
/// assert_eq!(questions[0], Question::WhenNextResult);
/// ```
pub fn care_team_questions(cancer: Cancer, result: &Interpretation) -> Vec<Question> {
    let mut questions = Vec::new();
    match result.next_step {
        NextStep::None => {}
        NextStep::ReflexIsh
        | NextStep::ReflexIhc
        | NextStep::RecountSecondObserver
        | NextStep::DualProbeIsh => questions.push(Question::WhenNextResult),
        NextStep::RepeatTest => {
            questions.push(Question::RepeatOnNewSample);
            questions.push(Question::WhenNextResult);
        }
        NextStep::AskCareTeam => {
            questions.push(Question::WhyDisagree);
            questions.push(Question::RepeatOnNewSample);
        }
        NextStep::InvalidInput => questions.push(Question::MissingValues),
    }
    questions.push(Question::MeaningForTreatment);
    match (cancer, result.status) {
        (_, Status::Positive) => questions.push(Question::TargetedOptions),
        (Cancer::Breast, Status::Negative)
            if result.her2_low == Some(true) || result.her2_ultralow == Some(true) =>
        {
            questions.push(Question::LowMatters)
        }
        _ => {}
    }
    if cancer == Cancer::Breast {
        questions.push(Question::HormoneReceptors);
    } else if result.status == Status::Positive {
        questions.push(Question::PdL1);
    }
    questions.push(Question::RetestLater);
    questions.push(Question::ClinicalTrials);
    questions.push(Question::CopyOfReport);
    questions
}

/// The plain meaning of the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    /// HER2-positive breast cancer.
    PositiveBreast,
    /// HER2-positive stomach or esophagus cancer.
    PositiveGastric,
    /// HER2-negative.
    Negative,
    /// HER2-low (breast), a kind of HER2-negative.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Headline {
    /// The status as the guideline names it.
    Status(Status),
    /// "HER2-low, a kind of HER2-negative".
    Her2Low,
    /// "HER2-ultralow, a kind of HER2-negative".
    Her2Ultralow,
}

/// A line under the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultNote {
    /// A note of the interpretation (too few cells, HER2-null, …). HER2-low and HER2-ultralow
    /// are said by the headline, never again as a note.
    Core(Note),
    /// The person said the ISH result is still pending ([`Explanation::with_ish_pending`]).
    IshPending,
    /// The kind of sample (stomach and esophagus; informational).
    Specimen(Specimen),
}

/// Why no medicine is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoMedicines {
    /// HER2-negative (and not HER2-low or ultralow).
    Negative,
    /// The status is not final yet.
    Waiting,
}

/// Everything a result's explanation says, as values ([`explain`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Explanation {
    /// The headline.
    pub headline: Headline,
    /// Its plain meaning.
    pub meaning: Meaning,
    /// The two results that disagree, for an "ask your care team" answer.
    pub discordance: Option<Discordance>,
    /// Lines under the headline, in order.
    pub notes: Vec<ResultNote>,
    /// The breast dual-probe ISH group.
    pub ish_group: Option<IshGroup>,
    /// What happens next.
    pub next_step: NextStep,
    /// Medicines generally linked to the result (general information, never advice).
    pub medicines: Vec<Medicine>,
    /// Why no medicine is listed, exactly when `medicines` is empty.
    pub no_medicines: Option<NoMedicines>,
    /// Questions for the care team, most useful first.
    pub questions: Vec<Question>,
    /// The guideline part the rule comes from.
    pub source: Source,
    /// The guideline has no rule for this combination of results.
    pub no_rule: bool,
}

impl Explanation {
    /// Whether the person is sent to their care team first: no answer can be given from what
    /// was entered.
    pub fn ask_care_team(&self) -> bool {
        matches!(self.meaning, Meaning::Undecided | Meaning::Nothing)
    }

    /// Adds the note that the ISH result is still pending (the app asks; an input has no such
    /// field). It comes after the interpretation's notes and before the sample's.
    ///
    /// ```
    /// use her2_core::{explain, interpret, Input, ResultNote};
    /// let input = Input::gastric();
    /// let explanation = explain(&input, &interpret(&input)).unwrap().with_ish_pending();
    /// assert_eq!(explanation.notes, vec![ResultNote::IshPending]);
    /// ```
    pub fn with_ish_pending(mut self) -> Explanation {
        let at = self
            .notes
            .iter()
            .position(|n| matches!(n, ResultNote::Specimen(_)))
            .unwrap_or(self.notes.len());
        self.notes.insert(at, ResultNote::IshPending);
        self
    }
}

/// The explanation of an interpretation of `input`. `None` when the input has a problem to fix
/// first (any error but "nothing entered", which is explained: there is nothing to explain
/// yet).
///
/// ```
/// use her2_core::{explain, interpret, Headline, IhcScore, Input, Meaning, Medicine, Source};
/// let input = Input::breast().ihc(IhcScore::One);
/// let explanation = explain(&input, &interpret(&input)).unwrap();
/// assert_eq!(explanation.headline, Headline::Her2Low);
/// assert_eq!(explanation.meaning, Meaning::Her2Low);
/// assert_eq!(explanation.medicines, vec![Medicine::TdxdHer2Low]);
/// assert_eq!(explanation.source, Source::BreastFigure(1));
///
/// let wrong = Input::breast().ratio(-1.0);
/// assert_eq!(explain(&wrong, &interpret(&wrong)), None);
/// ```
pub fn explain(input: &Input, result: &Interpretation) -> Option<Explanation> {
    if result
        .errors
        .iter()
        .any(|e| e.code != ErrorCode::NothingEntered)
    {
        return None;
    }
    let cancer = input.cancer;
    let meaning = meaning(cancer, result);
    let headline = match meaning {
        Meaning::Her2Low => Headline::Her2Low,
        Meaning::Her2Ultralow => Headline::Her2Ultralow,
        _ => Headline::Status(result.status),
    };
    let mut notes: Vec<ResultNote> = result
        .notes
        .iter()
        .filter(|n| !matches!(n, Note::Her2Low | Note::Her2Ultralow))
        .map(|n| ResultNote::Core(*n))
        .collect();
    if let Some(specimen) = input.specimen {
        notes.push(ResultNote::Specimen(specimen));
    }
    let medicines = linked_medicines(cancer, result);
    let no_medicines = medicines.is_empty().then_some(match result.status {
        Status::Negative => NoMedicines::Negative,
        Status::Positive | Status::Equivocal | Status::Indeterminate => NoMedicines::Waiting,
    });
    Some(Explanation {
        headline,
        meaning,
        discordance: result.discordance,
        notes,
        ish_group: result.ish_group,
        next_step: result.next_step,
        medicines,
        no_medicines,
        questions: care_team_questions(cancer, result),
        source: result.rule.source(),
        no_rule: result.rule.is_undecided(),
    })
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
