//! What a result generally links to: medicines and questions for the care team.
//!
//! These lists are general information from the approvals in her2-rules.md sections 2, 3 and 6,
//! never advice: the app says that the care team decides with the person.

use crate::model::{Cancer, Interpretation, NextStep, Status};

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
