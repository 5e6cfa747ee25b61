//! Where answers are kept.
//!
//! In normal use the answers stay in this browser's local storage (never a cookie, never sent
//! anywhere) under [`STORAGE_KEY`], as a versioned record. Data of another version or a broken
//! shape is ignored. In a kiosk nothing outlives the page ([`Persistence::MemoryOnly`]); any
//! other choice can be provided through context.
//!
//! Browser storage is only touched from effects and event handlers, never while rendering, and
//! through `gloo-storage` only after `web_sys` has confirmed that the browser gives the page its
//! storage: `gloo-storage` throws a JavaScript exception when it does not, and an exception
//! thrown through Rust code skips its destructors, so a borrow held by the reactive system at
//! that moment would stay borrowed and the next update would panic. Every other failure (a
//! full storage, a broken record) comes back from `gloo-storage` as an error. When the browser
//! refuses storage (site storage blocked, as in an embed on another site with third-party storage
//! blocked, or on a locked-down computer) or cannot write (storage full), the tool keeps working
//! in memory ([`Persistence::Unavailable`]) and says once that answers cannot be kept; a record
//! that could not be updated is removed, so older answers never come back in its place.
//!
//! What is written is bounded: each number box keeps at most [`MAX_NUMBER_TEXT`] characters (the
//! boxes take no more), so a record is well under 1 KB. The pasted report text is never stored;
//! the reader reads at most its first 100 KB (`her2_core::MAX_REPORT_BYTES`).

use super::answers::{Answers, IhcAnswer, IshAnswer};
use gloo_storage::{LocalStorage, Storage as _};
use her2_core::{Cancer, CancerSite, IhcScore, IhcZeroSubtype, OtherCancer, Probe, Specimen};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The local storage key of the answers.
pub const STORAGE_KEY: &str = "her2-explained.answers";

/// The version of [`Stored`] written today.
pub const VERSION: u32 = 1;

/// The most characters a number box takes and a record keeps per box. Enough for a value with
/// its words ("4,6 copias por núcleo (promedio)"); a longer text is not one number.
pub const MAX_NUMBER_TEXT: usize = 40;

/// Where answers are kept. Provide it through context to change it; the default is
/// [`Persistence::Device`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Persistence {
    /// On this device (local storage), until the person forgets them.
    #[default]
    Device,
    /// In memory only: nothing is written (kiosk mode).
    MemoryOnly,
    /// On this device was wanted, but the browser refused or could not keep them: in memory
    /// only, and the tool says so.
    Unavailable,
}

/// The persistence provided through context, if any.
pub fn use_persistence() -> Option<Persistence> {
    use_context::<Persistence>()
}

/// Whether the browser lets this page use its local storage. `window.localStorage` throws a
/// SecurityError when site storage is blocked: `web_sys` returns it as an error, where
/// `gloo-storage` would throw it on. Browser-only.
fn storage_allowed() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
}

impl Persistence {
    /// Where this page keeps answers: what was provided through context, else memory only in
    /// a kiosk (`crate::mode::persist_answers`) and this device everywhere else; `Unavailable`
    /// when this device is wanted and the browser refuses storage.
    /// Browser-only (the kiosk mode is read from the page address): call from an effect.
    pub fn for_this_page(provided: Option<Persistence>) -> Persistence {
        let wanted = provided.unwrap_or_else(|| {
            if crate::mode::persist_answers() {
                Persistence::Device
            } else {
                Persistence::MemoryOnly
            }
        });
        match wanted {
            Persistence::Device if !storage_allowed() => Persistence::Unavailable,
            other => other,
        }
    }

    /// The answers kept on this device, if any and if readable. Browser-only.
    pub fn load(self) -> Option<Answers> {
        match self {
            Persistence::Device if storage_allowed() => LocalStorage::get::<Stored>(STORAGE_KEY)
                .ok()
                .and_then(Stored::into_answers),
            Persistence::Device | Persistence::MemoryOnly | Persistence::Unavailable => None,
        }
    }

    /// Keeps the answers (an empty form removes the record), and says where answers are kept
    /// from now on: [`Persistence::Unavailable`] when they could not be written, in which case
    /// the record is removed (an older copy must not come back later). Browser-only.
    #[must_use]
    pub fn save(self, answers: &Answers) -> Persistence {
        if self != Persistence::Device {
            return self;
        }
        if !storage_allowed() {
            return Persistence::Unavailable;
        }
        if answers.is_empty() {
            LocalStorage::delete(STORAGE_KEY);
            return Persistence::Device;
        }
        match LocalStorage::set(STORAGE_KEY, Stored::from_answers(answers)) {
            Ok(()) => Persistence::Device,
            Err(_) => {
                LocalStorage::delete(STORAGE_KEY);
                Persistence::Unavailable
            }
        }
    }

    /// Removes any kept answers, if the browser lets the page. Browser-only.
    pub fn forget(self) {
        // Also in memory-only mode: nothing from an earlier visit should remain.
        if storage_allowed() {
            LocalStorage::delete(STORAGE_KEY);
        }
    }
}

/// A number box's text as kept: empty when longer than [`MAX_NUMBER_TEXT`] characters (cutting
/// it could make another number).
fn bounded(text: &str) -> String {
    if text.chars().count() > MAX_NUMBER_TEXT {
        String::new()
    } else {
        text.to_string()
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
            ratio: bounded(&a.ratio),
            her2: bounded(&a.her2),
            cep17: bounded(&a.cep17),
            cells: bounded(&a.cells),
            recount_confirmed: a.recount_confirmed,
            specimen: a.specimen.map(|s| s.as_str().to_string()),
        }
    }

    /// The answers, or `None` when the record is of another version or holds a choice this
    /// version does not know (the whole record is then ignored, never half-read). A number box
    /// text longer than [`MAX_NUMBER_TEXT`] comes back empty, with the other answers.
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
            ratio: bounded(&self.ratio),
            her2: bounded(&self.her2),
            cep17: bounded(&self.cep17),
            cells: bounded(&self.cells),
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
    }

    #[test]
    fn number_texts_are_bounded_and_the_other_answers_kept() {
        // Written: a box with a whole report pasted in is kept empty, the rest as it is.
        let pasted = Answers {
            ratio: "HER2/CEP17 ratio 1.6; ".repeat(500),
            ..full()
        };
        let stored = Stored::from_answers(&pasted);
        assert_eq!(stored.ratio, "");
        assert_eq!(stored.her2, "4.5 signals");
        assert!(serde_json::to_string(&stored).unwrap().len() < 1024);
        // Read: an over-long text from an older or edited record comes back empty.
        let mut long = Stored::from_answers(&full());
        long.ratio = "9".repeat(MAX_NUMBER_TEXT + 1);
        long.cells = "é".repeat(MAX_NUMBER_TEXT);
        let answers = long.into_answers().unwrap();
        assert_eq!(answers.ratio, "");
        assert_eq!(answers.cells, "é".repeat(MAX_NUMBER_TEXT));
        assert_eq!(answers.cancer, full().cancer);
        assert_eq!(answers.specimen, Some(Specimen::Biopsy));
    }
}
