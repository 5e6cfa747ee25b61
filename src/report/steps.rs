//! The steps of the guided form.

use her2_core::Cancer;

/// One step of the guided form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Which cancer the report is about.
    Cancer,
    /// The IHC score (and, for IHC 0 in breast cancer, null or ultralow).
    Ihc,
    /// The ISH result, if any.
    Ish,
    /// Biopsy or surgery sample (stomach and esophagus only).
    Sample,
    /// All answers on one page, and "Explain my result".
    Review,
}

const BREAST: &[Step] = &[Step::Cancer, Step::Ihc, Step::Ish, Step::Review];
const GASTRIC: &[Step] = &[
    Step::Cancer,
    Step::Ihc,
    Step::Ish,
    Step::Sample,
    Step::Review,
];

impl Step {
    /// The steps for this cancer, in order. Before a cancer is chosen, the breast steps (the
    /// count may grow by one when stomach cancer is chosen).
    pub fn all(cancer: Option<Cancer>) -> &'static [Step] {
        match cancer {
            Some(Cancer::Gastric) => GASTRIC,
            Some(Cancer::Breast) | None => BREAST,
        }
    }

    /// The 1-based position of this step and the number of steps, or `None` when the step does
    /// not apply to this cancer.
    pub fn position(self, cancer: Option<Cancer>) -> Option<(usize, usize)> {
        let steps = Step::all(cancer);
        steps
            .iter()
            .position(|s| *s == self)
            .map(|i| (i + 1, steps.len()))
    }

    /// The step after this one.
    pub fn next(self, cancer: Option<Cancer>) -> Step {
        let steps = Step::all(cancer);
        match steps.iter().position(|s| *s == self) {
            Some(i) => steps.get(i + 1).copied().unwrap_or(Step::Review),
            None => Step::Review,
        }
    }

    /// The step before this one (the first step stays where it is).
    pub fn previous(self, cancer: Option<Cancer>) -> Step {
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
            Step::Sample => "sample",
            Step::Review => "review",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breast_has_four_steps_and_stomach_five() {
        assert_eq!(Step::Review.position(Some(Cancer::Breast)), Some((4, 4)));
        assert_eq!(Step::Review.position(Some(Cancer::Gastric)), Some((5, 5)));
        assert_eq!(Step::Sample.position(Some(Cancer::Breast)), None);
        assert_eq!(Step::Ihc.position(None), Some((2, 4)));
    }

    #[test]
    fn next_and_previous_skip_steps_that_do_not_apply() {
        assert_eq!(Step::Ish.next(Some(Cancer::Breast)), Step::Review);
        assert_eq!(Step::Ish.next(Some(Cancer::Gastric)), Step::Sample);
        assert_eq!(Step::Review.previous(Some(Cancer::Gastric)), Step::Sample);
        assert_eq!(Step::Review.previous(Some(Cancer::Breast)), Step::Ish);
        assert_eq!(Step::Cancer.previous(None), Step::Cancer);
        // A sample step left over after switching to breast cancer goes on to the review.
        assert_eq!(Step::Sample.next(Some(Cancer::Breast)), Step::Review);
    }
}
