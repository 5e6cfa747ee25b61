//! The steps of the guided form.

use her2_core::{Cancer, CancerSite};

/// One step of the guided form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Which cancer the report is about.
    Cancer,
    /// The IHC score (and, for IHC 0 in breast cancer, null or ultralow).
    Ihc,
    /// The ISH result, if any.
    Ish,
    /// All answers on one page (with, for stomach and esophagus, the kind of sample: it does
    /// not change how the score is read, so it is no step of its own), and "Explain my result".
    Review,
}

const BREAST: &[Step] = &[Step::Cancer, Step::Ihc, Step::Ish, Step::Review];
/// A cancer the tool does not read: only the first question, which explains why.
const OTHER: &[Step] = &[Step::Cancer];
/// Stomach, gastroesophageal junction and esophagus: the same steps (the sample is asked on the
/// review).
const GASTRIC: &[Step] = BREAST;

impl Step {
    /// The steps for this cancer, in order. Before a cancer is chosen, the breast steps. A
    /// cancer the tool does not read has only the first step.
    pub fn all(cancer: Option<CancerSite>) -> &'static [Step] {
        match cancer {
            Some(CancerSite::Supported(Cancer::Gastric)) => GASTRIC,
            Some(CancerSite::Supported(Cancer::Breast)) | None => BREAST,
            Some(CancerSite::Unsupported(_)) => OTHER,
        }
    }

    /// Whether there is a step after this one for this cancer.
    pub fn has_next(self, cancer: Option<CancerSite>) -> bool {
        let steps = Step::all(cancer);
        steps.iter().position(|s| *s == self).map(|i| i + 1) < Some(steps.len())
    }

    /// The 1-based position of this step and the number of steps, or `None` when the step does
    /// not apply to this cancer.
    pub fn position(self, cancer: Option<CancerSite>) -> Option<(usize, usize)> {
        let steps = Step::all(cancer);
        steps
            .iter()
            .position(|s| *s == self)
            .map(|i| (i + 1, steps.len()))
    }

    /// The step after this one.
    pub fn next(self, cancer: Option<CancerSite>) -> Step {
        let steps = Step::all(cancer);
        match steps.iter().position(|s| *s == self) {
            Some(i) => steps.get(i + 1).copied().unwrap_or(Step::Review),
            None => Step::Review,
        }
    }

    /// The step before this one (the first step stays where it is).
    pub fn previous(self, cancer: Option<CancerSite>) -> Step {
        let steps = Step::all(cancer);
        match steps.iter().position(|s| *s == self) {
            Some(i) if i > 0 => steps[i - 1],
            Some(_) | None => Step::Cancer,
        }
    }

    /// A stable name for markup and tests.
    pub const fn as_str(self) -> &'static str {
        match self {
            Step::Cancer => "cancer",
            Step::Ihc => "ihc",
            Step::Ish => "ish",
            Step::Review => "review",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breast_and_stomach_have_four_steps() {
        assert_eq!(
            Step::Review.position(Some(Cancer::Breast.into())),
            Some((4, 4))
        );
        assert_eq!(
            Step::Review.position(Some(Cancer::Gastric.into())),
            Some((4, 4))
        );
        assert_eq!(Step::Ihc.position(None), Some((2, 4)));
    }

    #[test]
    fn next_and_previous_skip_steps_that_do_not_apply() {
        assert_eq!(Step::Ish.next(Some(Cancer::Breast.into())), Step::Review);
        assert_eq!(Step::Ish.next(Some(Cancer::Gastric.into())), Step::Review);
        assert_eq!(
            Step::Review.previous(Some(Cancer::Gastric.into())),
            Step::Ish
        );
        assert_eq!(
            Step::Review.previous(Some(Cancer::Breast.into())),
            Step::Ish
        );
        assert_eq!(Step::Cancer.previous(None), Step::Cancer);
    }

    #[test]
    fn another_cancer_has_only_the_first_step() {
        let lung = Some(CancerSite::Unsupported(her2_core::OtherCancer::Lung));
        assert_eq!(Step::Cancer.position(lung), Some((1, 1)));
        assert!(!Step::Cancer.has_next(lung));
        assert!(Step::Cancer.has_next(None));
        assert!(Step::Ish.has_next(Some(Cancer::Breast.into())));
        assert!(!Step::Review.has_next(Some(Cancer::Gastric.into())));
    }
}
