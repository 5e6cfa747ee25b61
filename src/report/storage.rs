//! Where answers are kept.
//!
//! In normal use the answers stay in this browser's local storage (never a cookie, never sent
//! anywhere) under [`STORAGE_KEY`], as a versioned record. Data of another version or a broken
//! shape is ignored. In a kiosk nothing outlives the page ([`Persistence::MemoryOnly`]); any
//! other choice can be provided through context.
//!
//! Browser storage is only touched from effects and event handlers, never while rendering.

use super::answers::{Answers, IhcAnswer, IshAnswer};
use her2_core::{Cancer, CancerSite, IhcScore, IhcZeroSubtype, OtherCancer, Probe, Specimen};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The local storage key of the answers.
pub const STORAGE_KEY: &str = "her2-explained.answers";

/// The version of [`Stored`] written today.
pub const VERSION: u32 = 1;

/// The longest text kept per number box when reading stored data.
const MAX_TEXT: usize = 200;

/// Where answers are kept. Provide it through context to change it; the default is
/// [`Persistence::Device`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Persistence {
    /// On this device (local storage), until the person forgets them.
    #[default]
    Device,
    /// In memory only: nothing is written (kiosk mode).
    MemoryOnly,
}

/// The persistence provided through context, if any.
pub fn use_persistence() -> Option<Persistence> {
    use_context::<Persistence>()
}

impl Persistence {
    /// Where this page keeps answers: what was provided through context, else memory only in
    /// a kiosk (`crate::mode::persist_answers`) and this device everywhere else.
    /// Browser-only (the kiosk mode is read from the page address): call from an effect.
    pub fn for_this_page(provided: Option<Persistence>) -> Persistence {
        provided.unwrap_or_else(|| {
            if crate::mode::persist_answers() {
                Persistence::Device
            } else {
                Persistence::MemoryOnly
            }
        })
    }

    /// The answers kept on this device, if any and if readable. Browser-only.
    pub fn load(self) -> Option<Answers> {
        use gloo_storage::{LocalStorage, Storage};
        match self {
            Persistence::Device => LocalStorage::get::<Stored>(STORAGE_KEY)
                .ok()
                .and_then(|stored| stored.into_answers()),
            Persistence::MemoryOnly => None,
        }
    }

    /// Keeps the answers (an empty form removes the record). Browser-only.
    pub fn save(self, answers: &Answers) {
        use gloo_storage::{LocalStorage, Storage};
        match self {
            Persistence::Device if answers.is_empty() => LocalStorage::delete(STORAGE_KEY),
            Persistence::Device => {
                let _ = LocalStorage::set(STORAGE_KEY, Stored::from_answers(answers));
            }
            Persistence::MemoryOnly => {}
        }
    }

    /// Removes any kept answers. Browser-only.
    pub fn forget(self) {
        use gloo_storage::{LocalStorage, Storage};
        // Also in memory-only mode: nothing from an earlier visit should remain.
        LocalStorage::delete(STORAGE_KEY);
    }
}

/// The stored record, version 1. Choices are kept as the core's API words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// Always [`VERSION`] when written by this version.
    pub version: u32,
    /// `"breast"` or `"gastric"`.
    pub cancer: Option<String>,
    /// A cancer the tool does not read (`"colorectal"`, `"endometrial"`, `"biliary"`, `"lung"`
    /// or `"other"`), instead of `cancer`. Left out when there is none, so records without it
    /// (written before it existed) read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_cancer: Option<String>,
    /// `"0"`, `"1+"`, `"2+"`, `"3+"` or `"not_on_report"`.
    pub ihc: Option<String>,
    /// `"null"` or `"ultralow"`.
    pub zero_subtype: Option<String>,
    /// `"not_done"`, `"pending"` or `"done"`.
    pub ish: Option<String>,
    /// `"dual"` or `"single"`.
    pub probe: Option<String>,
    /// The ratio as typed.
    pub ratio: String,
    /// The average HER2 copy number as typed.
    pub her2: String,
    /// The average CEP17 copy number as typed.
    pub cep17: String,
    /// The cells counted as typed.
    pub cells: String,
    /// The recount checkbox.
    pub recount_confirmed: bool,
    /// `"biopsy"` or `"resection"`.
    pub specimen: Option<String>,
}

impl Stored {
    /// The record for these answers.
    pub fn from_answers(a: &Answers) -> Stored {
        Stored {
            version: VERSION,
            cancer: a.supported_cancer().map(|c| c.as_str().to_string()),
            other_cancer: a.unsupported_cancer().map(|c| c.as_str().to_string()),
            ihc: match a.ihc {
                IhcAnswer::Unanswered => None,
                IhcAnswer::Score(score) => Some(score.as_str().to_string()),
                IhcAnswer::NotOnReport => Some("not_on_report".to_string()),
            },
            zero_subtype: a.zero_subtype.map(|s| s.as_str().to_string()),
            ish: match a.ish {
                IshAnswer::Unanswered => None,
                IshAnswer::NotDone => Some("not_done".to_string()),
                IshAnswer::Pending => Some("pending".to_string()),
                IshAnswer::Done => Some("done".to_string()),
            },
            probe: a.probe.map(|p| p.as_str().to_string()),
            ratio: a.ratio.clone(),
            her2: a.her2.clone(),
            cep17: a.cep17.clone(),
            cells: a.cells.clone(),
            recount_confirmed: a.recount_confirmed,
            specimen: a.specimen.map(|s| s.as_str().to_string()),
        }
    }

    /// The answers, or `None` when the record is of another version or holds a value this
    /// version does not know (the whole record is then ignored, never half-read).
    pub fn into_answers(self) -> Option<Answers> {
        if self.version != VERSION {
            return None;
        }
        fn choice<T>(value: Option<String>, parse: fn(&str) -> Option<T>) -> Option<Option<T>> {
            match value {
                None => Some(None),
                Some(text) => parse(&text).map(Some),
            }
        }
        let ihc = match self.ihc.as_deref() {
            None => IhcAnswer::Unanswered,
            Some("not_on_report") => IhcAnswer::NotOnReport,
            Some(score) => IhcAnswer::Score(IhcScore::from_api(score)?),
        };
        let ish = match self.ish.as_deref() {
            None => IshAnswer::Unanswered,
            Some("not_done") => IshAnswer::NotDone,
            Some("pending") => IshAnswer::Pending,
            Some("done") => IshAnswer::Done,
            Some(_) => return None,
        };
        let texts = [&self.ratio, &self.her2, &self.cep17, &self.cells];
        if texts.iter().any(|t| t.len() > MAX_TEXT) {
            return None;
        }
        let cancer = match (
            choice(self.cancer, Cancer::from_api)?,
            choice(self.other_cancer, OtherCancer::from_api)?,
        ) {
            (Some(cancer), None) => Some(CancerSite::Supported(cancer)),
            (None, Some(other)) => Some(CancerSite::Unsupported(other)),
            (None, None) => None,
            (Some(_), Some(_)) => return None,
        };
        Some(Answers {
            cancer,
            ihc,
            zero_subtype: choice(self.zero_subtype, IhcZeroSubtype::from_api)?,
            ish,
            probe: choice(self.probe, Probe::from_api)?,
            ratio: self.ratio,
            her2: self.her2,
            cep17: self.cep17,
            cells: self.cells,
            recount_confirmed: self.recount_confirmed,
            specimen: choice(self.specimen, Specimen::from_api)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Answers {
        Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::Two),
            zero_subtype: Some(IhcZeroSubtype::Null),
            ish: IshAnswer::Done,
            probe: Some(Probe::Single),
            ratio: "1,9".into(),
            her2: "4.5 signals".into(),
            cep17: String::new(),
            cells: "40".into(),
            recount_confirmed: true,
            specimen: Some(Specimen::Biopsy),
        }
    }

    #[test]
    fn answers_survive_a_round_trip() {
        for answers in [Answers::default(), full()] {
            assert_eq!(Stored::from_answers(&answers).into_answers(), Some(answers));
        }
        let not_on_report = Answers {
            ihc: IhcAnswer::NotOnReport,
            ish: IshAnswer::Pending,
            ..Answers::default()
        };
        assert_eq!(
            Stored::from_answers(&not_on_report).into_answers(),
            Some(not_on_report)
        );
        let lung = Answers {
            cancer: Some(CancerSite::Unsupported(OtherCancer::Lung)),
            ..Answers::default()
        };
        assert_eq!(Stored::from_answers(&lung).into_answers(), Some(lung));
    }

    #[test]
    fn other_versions_and_unknown_values_are_ignored() {
        let mut old = Stored::from_answers(&full());
        old.version = 0;
        assert_eq!(old.into_answers(), None);
        let mut odd = Stored::from_answers(&full());
        odd.ihc = Some("4+".into());
        assert_eq!(odd.into_answers(), None);
        let mut odd = Stored::from_answers(&full());
        odd.cancer = Some("lung".into());
        assert_eq!(odd.into_answers(), None);
        let mut long = Stored::from_answers(&full());
        long.ratio = "9".repeat(MAX_TEXT + 1);
        assert_eq!(long.into_answers(), None);
    }
}
