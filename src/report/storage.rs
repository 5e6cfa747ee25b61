//! Where answers are kept.
//!
//! Answers live in memory until the person says Yes to "Keep my answers on this device?"
//! ([`Persistence::Ask`], asked once something is answered). Then they stay in this browser's
//! local storage (never a cookie, never sent anywhere) under [`STORAGE_KEY`], as a versioned
//! record, with whether the result was on show ([`Persistence::Device`]). The choice itself is
//! kept under [`CHOICE_KEY`]; after a No nothing else is kept ([`Persistence::Declined`]).
//! "Forget my answers" removes both, so the question is asked again. Data of another version or
//! a broken shape is ignored. In a kiosk nothing outlives the page and nothing is asked
//! ([`Persistence::MemoryOnly`]); memory only can also be provided through context.
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

use super::answers::{Answers, IhcAnswer, IshAnswer, Pick};
use gloo_storage::{LocalStorage, Storage as _};
use her2_core::{Cancer, CancerSite, IhcScore, IhcZeroSubtype, OtherCancer, Probe, Specimen};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The local storage key of the answers.
pub const STORAGE_KEY: &str = "her2-explained.answers";

/// The local storage key of the person's answer to "Keep my answers on this device?":
/// [`KEEP_YES`] or [`KEEP_NO`]. Nothing else is stored after a No.
pub const CHOICE_KEY: &str = "her2-explained.keep";

/// The stored choice "Yes, keep my answers on this device".
pub const KEEP_YES: &str = "yes";

/// The stored choice "No, do not keep my answers".
pub const KEEP_NO: &str = "no";

/// The version of [`Stored`] written today.
pub const VERSION: u32 = 1;

/// The most characters a number box takes and a record keeps per box. Enough for a value with
/// its words ("4,6 copias por núcleo (promedio)"); a longer text is not one number.
pub const MAX_NUMBER_TEXT: usize = 40;

/// Where answers are kept. Provide it through context to change it (any value other than
/// [`Persistence::MemoryOnly`] means "on this device, if the person says so"); the default is
/// [`Persistence::Ask`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Persistence {
    /// The person said Yes: on this device (local storage), until they forget them.
    Device,
    /// The browser can keep answers, but the person has not said whether they want it: in
    /// memory only, and the tool asks once something is answered.
    #[default]
    Ask,
    /// The person said No: in memory only. Only that choice is kept, so it is not asked again.
    Declined,
    /// In memory only: nothing is written and nothing is asked (kiosk mode).
    MemoryOnly,
    /// On this device was wanted, but the browser refused or could not keep them: in memory
    /// only, and the tool says so (nothing is asked).
    Unavailable,
}

/// The answers kept on this device, and whether their result was on show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// The answers.
    pub answers: Answers,
    /// The result was on show when they were last kept.
    pub result: bool,
}

/// The persistence provided through context, if any.
pub fn use_persistence() -> Option<Persistence> {
    use_context::<Persistence>()
}

/// This page's local storage, when the browser lets this page use it. `window.localStorage`
/// throws a SecurityError when site storage is blocked: `web_sys` returns it as an error, where
/// `gloo-storage` would throw it on. Browser-only.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// Whether the browser lets this page use its local storage. Browser-only.
fn storage_allowed() -> bool {
    local_storage().is_some()
}

/// The choice kept under [`CHOICE_KEY`]: `Some(true)` for Yes, `Some(false)` for No, `None`
/// when not asked yet (or unreadable). Browser-only.
fn kept_choice() -> Option<bool> {
    let value = local_storage()?.get_item(CHOICE_KEY).ok().flatten()?;
    match value.as_str() {
        KEEP_YES => Some(true),
        KEEP_NO => Some(false),
        _ => None,
    }
}

impl Persistence {
    /// Where this page keeps answers: memory only in a kiosk (`crate::mode::persist_answers`)
    /// or when [`Persistence::MemoryOnly`] is provided; elsewhere this device, as the person
    /// chose ([`Persistence::Device`] or [`Persistence::Declined`]), or [`Persistence::Ask`]
    /// before they have; `Unavailable` when the browser refuses storage.
    /// Browser-only (the kiosk mode is read from the page address): call from an effect.
    pub fn for_this_page(provided: Option<Persistence>) -> Persistence {
        let on_device = match provided {
            Some(Persistence::MemoryOnly) => false,
            Some(_) => true,
            None => crate::mode::persist_answers(),
        };
        if !on_device {
            Persistence::MemoryOnly
        } else if !storage_allowed() {
            Persistence::Unavailable
        } else {
            match kept_choice() {
                Some(true) => Persistence::Device,
                Some(false) => Persistence::Declined,
                None => Persistence::Ask,
            }
        }
    }

    /// Whether the question "Keep my answers on this device?" is still to be answered.
    pub fn asks(self) -> bool {
        self == Persistence::Ask
    }

    /// The answers kept on this device, if any and if readable. Before the person has said
    /// whether to keep answers, a record written before the question existed is read once and
    /// removed (the answers then live in memory until the person says Yes); after a No, any
    /// record left is removed. Browser-only.
    pub fn load(self) -> Option<Kept> {
        match self {
            Persistence::Device | Persistence::Ask if storage_allowed() => {
                let kept = LocalStorage::get::<Stored>(STORAGE_KEY)
                    .ok()
                    .and_then(Stored::into_kept);
                if self == Persistence::Ask {
                    LocalStorage::delete(STORAGE_KEY);
                }
                kept
            }
            Persistence::Declined if storage_allowed() => {
                LocalStorage::delete(STORAGE_KEY);
                None
            }
            Persistence::Device
            | Persistence::Ask
            | Persistence::Declined
            | Persistence::MemoryOnly
            | Persistence::Unavailable => None,
        }
    }

    /// Keeps the answers, when the person said Yes (an empty form removes the record), and says
    /// where answers are kept from now on: [`Persistence::Unavailable`] when they could not be
    /// written, in which case the record is removed (an older copy must not come back later).
    /// `result`: the result is on show. Browser-only.
    #[must_use]
    pub fn save(self, answers: &Answers, result: bool) -> Persistence {
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
        match LocalStorage::set(STORAGE_KEY, Stored::from_answers(answers, result)) {
            Ok(()) => Persistence::Device,
            Err(_) => {
                LocalStorage::delete(STORAGE_KEY);
                Persistence::Unavailable
            }
        }
    }

    /// The person's answer to "Keep my answers on this device?": the choice is kept (and, for
    /// No, any answers kept are removed). Returns where answers are kept from now on
    /// ([`Persistence::Unavailable`] when the choice could not be written). The caller saves
    /// the answers after a Yes. Browser-only.
    #[must_use]
    pub fn choose(keep: bool) -> Persistence {
        let Some(storage) = local_storage() else {
            return Persistence::Unavailable;
        };
        let value = if keep { KEEP_YES } else { KEEP_NO };
        if storage.set_item(CHOICE_KEY, value).is_err() {
            let _ = storage.remove_item(STORAGE_KEY);
            return Persistence::Unavailable;
        }
        if keep {
            Persistence::Device
        } else {
            let _ = storage.remove_item(STORAGE_KEY);
            Persistence::Declined
        }
    }

    /// Removes any kept answers and the choice to keep them (so the question is asked again),
    /// if the browser lets the page. Returns where answers are kept from now on. Browser-only.
    #[must_use]
    pub fn forget(self) -> Persistence {
        // Also in memory-only mode: nothing from an earlier visit should remain.
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(STORAGE_KEY);
            let _ = storage.remove_item(CHOICE_KEY);
        }
        match self {
            Persistence::Device | Persistence::Declined | Persistence::Ask => Persistence::Ask,
            Persistence::MemoryOnly | Persistence::Unavailable => self,
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

/// The word kept for "Not stated" / "Not sure".
const UNSURE: &str = "unsure";

/// A [`Pick`] as kept: nothing for no answer, [`UNSURE`], or the core's API word.
fn pick_word<T: Copy + PartialEq>(pick: Pick<T>, word: fn(T) -> &'static str) -> Option<String> {
    match pick {
        Pick::Unanswered => None,
        Pick::Unsure => Some(UNSURE.to_string()),
        Pick::Is(value) => Some(word(value).to_string()),
    }
}

/// A kept [`Pick`] read back, or `None` for a word this version does not know.
fn read_pick<T>(value: Option<String>, parse: fn(&str) -> Option<T>) -> Option<Pick<T>> {
    match value.as_deref() {
        None => Some(Pick::Unanswered),
        Some(UNSURE) => Some(Pick::Unsure),
        Some(text) => parse(text).map(Pick::Is),
    }
}

/// `serde`'s test for leaving out a false flag.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// The stored record, version 1. Choices are kept as the core's API words ("Not stated" and
/// "Not sure" as `"unsure"`; no answer as nothing).
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
    /// `"null"`, `"ultralow"` or `"unsure"` (not stated).
    pub zero_subtype: Option<String>,
    /// `"not_done"`, `"pending"` or `"done"`.
    pub ish: Option<String>,
    /// `"dual"`, `"single"` or `"unsure"`.
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
    /// `"biopsy"`, `"resection"` or `"unsure"`.
    pub specimen: Option<String>,
    /// The result was on show: after a reload the tool shows it again. Left out when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub result: bool,
}

impl Stored {
    /// The record for these answers (`result`: their result is on show).
    pub fn from_answers(a: &Answers, result: bool) -> Stored {
        Stored {
            version: VERSION,
            cancer: a.supported_cancer().map(|c| c.as_str().to_string()),
            other_cancer: a.unsupported_cancer().map(|c| c.as_str().to_string()),
            ihc: match a.ihc {
                IhcAnswer::Unanswered => None,
                IhcAnswer::Score(score) => Some(score.as_str().to_string()),
                IhcAnswer::NotOnReport => Some("not_on_report".to_string()),
            },
            zero_subtype: pick_word(a.zero_subtype, IhcZeroSubtype::as_str),
            ish: match a.ish {
                IshAnswer::Unanswered => None,
                IshAnswer::NotDone => Some("not_done".to_string()),
                IshAnswer::Pending => Some("pending".to_string()),
                IshAnswer::Done => Some("done".to_string()),
            },
            probe: pick_word(a.probe, Probe::as_str),
            ratio: bounded(&a.ratio),
            her2: bounded(&a.her2),
            cep17: bounded(&a.cep17),
            cells: bounded(&a.cells),
            recount_confirmed: a.recount_confirmed,
            specimen: pick_word(a.specimen, Specimen::as_str),
            result,
        }
    }

    /// The answers, or `None` when the record is of another version or holds a choice this
    /// version does not know (the whole record is then ignored, never half-read). A number box
    /// text longer than [`MAX_NUMBER_TEXT`] comes back empty, with the other answers.
    pub fn into_kept(self) -> Option<Kept> {
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
        let answers = Answers {
            cancer,
            ihc,
            zero_subtype: read_pick(self.zero_subtype, IhcZeroSubtype::from_api)?,
            ish,
            probe: read_pick(self.probe, Probe::from_api)?,
            ratio: bounded(&self.ratio),
            her2: bounded(&self.her2),
            cep17: bounded(&self.cep17),
            cells: bounded(&self.cells),
            recount_confirmed: self.recount_confirmed,
            specimen: read_pick(self.specimen, Specimen::from_api)?,
        };
        Some(Kept {
            answers,
            result: self.result,
        })
    }

    /// The answers alone (see [`Stored::into_kept`]).
    pub fn into_answers(self) -> Option<Answers> {
        self.into_kept().map(|kept| kept.answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Answers {
        Answers {
            cancer: Some(Cancer::Gastric.into()),
            ihc: IhcAnswer::Score(IhcScore::Two),
            zero_subtype: Pick::Is(IhcZeroSubtype::Null),
            ish: IshAnswer::Done,
            probe: Pick::Is(Probe::Single),
            ratio: "1,9".into(),
            her2: "4.5 signals".into(),
            cep17: String::new(),
            cells: "40".into(),
            recount_confirmed: true,
            specimen: Pick::Unsure,
        }
    }

    #[test]
    fn answers_survive_a_round_trip() {
        for answers in [Answers::default(), full()] {
            assert_eq!(
                Stored::from_answers(&answers, false).into_answers(),
                Some(answers)
            );
        }
        let not_on_report = Answers {
            ihc: IhcAnswer::NotOnReport,
            ish: IshAnswer::Pending,
            ..Answers::default()
        };
        assert_eq!(
            Stored::from_answers(&not_on_report, false).into_answers(),
            Some(not_on_report)
        );
        let lung = Answers {
            cancer: Some(CancerSite::Unsupported(OtherCancer::Lung)),
            ..Answers::default()
        };
        assert_eq!(
            Stored::from_answers(&lung, false).into_answers(),
            Some(lung)
        );
    }

    #[test]
    fn unanswered_and_unsure_choices_and_the_result_flag_are_kept_apart() {
        let unsure = Answers {
            zero_subtype: Pick::Unsure,
            probe: Pick::Unanswered,
            specimen: Pick::Is(Specimen::Resection),
            ..full()
        };
        let stored = Stored::from_answers(&unsure, true);
        assert_eq!(stored.zero_subtype.as_deref(), Some("unsure"));
        assert_eq!(stored.probe, None);
        assert_eq!(stored.specimen.as_deref(), Some("resection"));
        assert!(serde_json::to_string(&stored)
            .unwrap()
            .contains("\"result\":true"));
        assert_eq!(
            stored.into_kept(),
            Some(Kept {
                answers: unsure.clone(),
                result: true
            })
        );
        // Without a result the flag is left out, and a record without it reads as no result.
        let json = serde_json::to_string(&Stored::from_answers(&unsure, false)).unwrap();
        assert!(!json.contains("result"), "{json}");
        let read: Stored = serde_json::from_str(&json).unwrap();
        assert_eq!(read.into_kept().map(|k| k.result), Some(false));
    }

    #[test]
    fn other_versions_and_unknown_values_are_ignored() {
        let mut old = Stored::from_answers(&full(), false);
        old.version = 0;
        assert_eq!(old.into_answers(), None);
        let mut odd = Stored::from_answers(&full(), false);
        odd.ihc = Some("4+".into());
        assert_eq!(odd.into_answers(), None);
        let mut odd = Stored::from_answers(&full(), false);
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
        let stored = Stored::from_answers(&pasted, false);
        assert_eq!(stored.ratio, "");
        assert_eq!(stored.her2, "4.5 signals");
        assert!(serde_json::to_string(&stored).unwrap().len() < 1024);
        // Read: an over-long text from an older or edited record comes back empty.
        let mut long = Stored::from_answers(&full(), false);
        long.ratio = "9".repeat(MAX_NUMBER_TEXT + 1);
        long.cells = "é".repeat(MAX_NUMBER_TEXT);
        let answers = long.into_answers().unwrap();
        assert_eq!(answers.ratio, "");
        assert_eq!(answers.cells, "é".repeat(MAX_NUMBER_TEXT));
        assert_eq!(answers.cancer, full().cancer);
        assert_eq!(answers.specimen, Pick::Unsure);
    }
}
