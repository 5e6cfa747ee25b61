//! "Understand my report": the live tool inside the `#report-tool` section (an island, see
//! `report_island`): a guided decoder, a paste-your-report reader, the explained result and a
//! printable summary. Everything is worked out on this device by `her2-core`; the state lives
//! in [`crate::report`], these components only show it.
//!
//! The tool renders the same markup when pre-rendered and when hydrated: the device storage,
//! the clock and focus are only touched in effects and event handlers.
//!
//! One component per file:
//! - [`ReportTool`] (this file): the shared [`ReportState`], remembering answers;
//! - [`forget_answers::ForgetAnswers`], [`paste_reader::PasteReader`] (what it finds is drawn
//!   by [`paste_results`], in the paste reader's own module);
//! - [`guided_form::GuidedForm`] with [`step_progress::StepProgress`], the steps
//!   ([`cancer_step`], [`ihc_step`], [`ish_step`], [`sample_step`], [`review_step`]) and their
//!   parts ([`choice::Choice`], [`number_field::NumberField`], [`field_error::FieldError`]);
//! - [`result_view::ResultView`] with [`explanation::Explanation`];
//! - [`summary_print::SummaryPrint`];
//! - [`later`]: the steps after the first, the result with its summaries and the note for
//!   another cancer are drawn in the browser only, never hydrated (the page is pre-rendered at
//!   step 1 with nothing answered); the steps and the result are the tool's later part, whose
//!   code a release build splits off and fetches once the person starts to answer.

pub mod cancer_step;
pub mod choice;
pub mod explanation;
pub mod field_error;
pub mod forget_answers;
pub mod guided_form;
pub mod ihc_step;
pub mod ish_step;
pub mod later;
pub mod number_field;
pub mod paste_reader;
pub mod paste_results;
pub mod result_view;
pub mod review_step;
pub mod sample_step;
pub mod step_progress;
pub mod summary_print;
pub mod texts;
pub mod write_down;

use crate::locale::use_ui;
use crate::report::answers::first_problem;
use crate::report::{Answers, FieldProblem, FormField, Persistence, Problem, Reading, Step};
use forget_answers::ForgetAnswers;
use guided_form::GuidedForm;
use later::{draw_part, LaterCode, Part};
use leptos::html;
use leptos::prelude::*;
use paste_reader::PasteReader;
use result_view::ResultView;
use summary_print::{has_english_copy, SummaryPrint};
use wasm_bindgen::JsCast;

/// A short message in the tool's status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Answers from an earlier visit were filled in.
    Restored,
    /// Answers from an earlier visit were filled in, and their result is on show again.
    RestoredResult,
    /// The answers were forgotten.
    Forgotten,
    /// The paste reader filled in the form.
    PasteUsed,
    /// The person said Yes to keeping answers on this device.
    Kept,
    /// The person said No to keeping answers on this device.
    NotKept,
}

/// A result on show, with the day it was made (for the printed summary).
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The reading.
    pub reading: Reading,
    /// Today's date in the page's language, e.g. "11/25/2026" or "25/11/2026".
    pub made_on: String,
    /// Today's date in English, for the English copy of the summary.
    pub made_on_en: String,
}

/// The report tool's shared state (through context).
#[derive(Debug, Clone, Copy)]
pub struct ReportState {
    /// Where answers are kept. `Ask` when rendering (the same on the server and in the
    /// browser): nothing is kept until the person says so; the page's real state is set once
    /// mounted.
    pub persistence: RwSignal<Persistence>,
    /// Everything entered.
    pub answers: RwSignal<Answers>,
    /// The step on show.
    pub step: RwSignal<Step>,
    /// Steps whose problems are shown (after Next or Explain was tried).
    pub checked: RwSignal<Vec<Step>>,
    /// Every problem of the answers (all steps), worked out once each time the answers change
    /// and read by every field's message, `aria-invalid` and `aria-describedby`.
    pub problems: Memo<Vec<FieldProblem>>,
    /// The result on show.
    pub shown: RwSignal<Option<Shown>>,
    /// Set when the result should take focus once drawn.
    pub focus_result: RwSignal<bool>,
    /// The status line.
    pub notice: RwSignal<Option<Notice>>,
    /// The pasted text (memory only: never stored, never sent).
    pub paste_text: RwSignal<String>,
    /// The step heading, which takes focus when the step changes.
    pub heading: NodeRef<html::H3>,
    /// Set by "Change" on the review: the step's main button goes back to the review.
    pub return_to_review: RwSignal<bool>,
}

/// The report tool's state, provided by [`ReportTool`].
pub fn use_report() -> ReportState {
    expect_context::<ReportState>()
}

impl ReportState {
    fn new() -> ReportState {
        let answers = RwSignal::new(Answers::default());
        ReportState {
            persistence: RwSignal::new(Persistence::Ask),
            answers,
            problems: Memo::new(move |_| answers.with(|a| a.problems(Step::Review))),
            step: RwSignal::new(Step::Cancer),
            checked: RwSignal::new(Vec::new()),
            shown: RwSignal::new(None),
            focus_result: RwSignal::new(false),
            notice: RwSignal::new(None),
            paste_text: RwSignal::new(String::new()),
            heading: NodeRef::new(),
            return_to_review: RwSignal::new(false),
        }
    }

    /// The problem shown beside a field (tracked): only once its step was checked.
    pub fn problem(&self, field: FormField) -> Option<Problem> {
        let checked = self
            .checked
            .with(|c| c.contains(&field.step()) || c.contains(&Step::Review));
        if !checked {
            return None;
        }
        // The first problem of a field is the same in the list of all steps as in its own
        // step's list (`Answers::problem_for`; tested in `crate::report::answers`).
        self.problems
            .with(|problems| first_problem(problems, field))
    }

    /// Shows a step and moves focus to its heading.
    pub fn go_to(&self, step: Step) {
        if step == Step::Review || step == Step::Cancer {
            self.return_to_review.set(false);
        }
        self.shown.set(None);
        self.step.set(step);
        if let Some(heading) = self.heading.get_untracked() {
            let _ = heading.focus();
        }
    }

    /// "Change" on the review: shows the step; its main button then goes back to the review.
    pub fn change(&self, step: Step) {
        self.go_to(step);
        self.return_to_review.set(step != Step::Review);
    }

    /// "Next" (or "Back to my answers" after "Change"): shows the step's problems, or goes on.
    pub fn next(&self) {
        let step = self.step.get_untracked();
        self.mark_checked(step);
        let problems = self.answers.with_untracked(|a| a.problems(step));
        match problems.first() {
            Some((field, _)) => focus_field(*field),
            None if self.return_to_review.get_untracked() => self.go_to(Step::Review),
            None => {
                let cancer = self.answers.with_untracked(|a| a.cancer);
                self.go_to(step.next(cancer));
            }
        }
    }

    /// "Back".
    pub fn back(&self) {
        self.return_to_review.set(false);
        let cancer = self.answers.with_untracked(|a| a.cancer);
        self.go_to(self.step.get_untracked().previous(cancer));
    }

    /// "Explain my result": the result, or the problems to fix first.
    pub fn explain(&self) {
        self.mark_checked(Step::Review);
        match self.answers.with_untracked(Reading::from_answers) {
            Ok(reading) => {
                self.shown.set(Some(Shown {
                    reading,
                    made_on: today(),
                    made_on_en: date_in("en"),
                }));
                self.focus_result.set(true);
            }
            Err(_) => {
                self.shown.set(None);
                focus_id(review_step::ERRORS_ID);
            }
        }
    }

    /// Fills a fresh form with what the paste reader found, and shows the review (or step 1
    /// when answers are missing), with the notice in view.
    pub fn use_found(&self, answers: Answers) {
        let step = where_to_resume(&answers);
        self.answers.set(answers);
        self.checked.set(Vec::new());
        self.notice.set(Some(Notice::PasteUsed));
        self.go_to(step);
        request_animation_frame(scroll_to_notice);
    }

    /// The answer to "Keep my answers on this device?": the choice is kept; Yes keeps the
    /// answers from now on, No keeps nothing else (and removes anything kept). The status
    /// line says so, and focus moves on to the form's main button, as the question goes away.
    pub fn keep(&self, yes: bool) {
        let mut now = Persistence::choose(yes);
        if now == Persistence::Device {
            let result = self.shown.with_untracked(Option::is_some);
            now = self.answers.with_untracked(|a| now.save(a, result));
        }
        self.persistence.set(now);
        match now {
            Persistence::Device => self.notice.set(Some(Notice::Kept)),
            Persistence::Declined => self.notice.set(Some(Notice::NotKept)),
            // Could not be kept: the line above the form says so.
            Persistence::Ask | Persistence::MemoryOnly | Persistence::Unavailable => {}
        }
        focus_selector(".report-nav .button--primary");
    }

    /// "Forget my answers": wipes the form, the result and the pasted text, then the device
    /// copy and the choice to keep answers, so the question is asked again (the screen is
    /// cleared even when the browser refuses storage).
    pub fn forget(&self) {
        self.answers.set(Answers::default());
        self.checked.set(Vec::new());
        self.shown.set(None);
        self.paste_text.set(String::new());
        paste_results::send_to_results(paste_results::CLEAR_EVENT, "");
        self.step.set(Step::Cancer);
        self.return_to_review.set(false);
        self.notice.set(Some(Notice::Forgotten));
        let now = self.persistence.get_untracked().forget();
        self.persistence.set(now);
    }

    fn mark_checked(&self, step: Step) {
        self.checked.update(|c| {
            if !c.contains(&step) {
                c.push(step);
            }
        });
    }
}

/// Today's date in the page's language (`<html lang>`). Browser-only: call from an event.
fn today() -> String {
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .filter(|tag| {
            // A malformed tag would make the browser throw.
            !tag.is_empty()
                && tag.len() <= 35
                && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .unwrap_or_else(|| "en".to_string());
    date_in(&lang)
}

/// Today's date in the language `lang` (a valid language tag). Browser-only.
fn date_in(lang: &str) -> String {
    js_sys::Date::new_0()
        .to_locale_date_string(lang, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// The step to show for these answers: the review when nothing is missing, or step 1 (also for
/// a cancer the tool does not read, which has only that step).
fn where_to_resume(answers: &Answers) -> Step {
    let has_review = Step::Review.position(answers.cancer).is_some();
    if has_review && answers.problems(Step::Review).is_empty() {
        Step::Review
    } else {
        Step::Cancer
    }
}

/// Fills in answers kept from an earlier visit: the result again when it was on show (and the
/// answers still give one with no value to check again), else the review when nothing is
/// missing, else step 1; with the notice in view when the person is at the tool. Focus is left
/// where the browser put it (the status line is announced). Browser-only.
fn restore(state: ReportState, kept: crate::report::storage::Kept) {
    let answers = kept.answers;
    if answers.is_empty() {
        return;
    }
    let reading = (kept.result && answers.values_to_check(&[]).is_empty())
        .then(|| Reading::from_answers(&answers).ok())
        .flatten();
    state.step.set(where_to_resume(&answers));
    if reading.is_some() {
        state.checked.set(vec![Step::Review]);
    }
    state.answers.set(answers);
    state.notice.set(Some(if reading.is_some() {
        Notice::RestoredResult
    } else {
        Notice::Restored
    }));
    if let Some(reading) = reading {
        state.shown.set(Some(Shown {
            reading,
            made_on: today(),
            made_on_en: date_in("en"),
        }));
    }
    if at_the_tool() {
        request_animation_frame(scroll_to_notice);
    }
}

/// The id of the tool's status line.
const NOTICE_ID: &str = "report-notice";

/// Brings the status line into view (browser-only).
fn scroll_to_notice() {
    if let Some(notice) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(NOTICE_ID))
    {
        notice.scroll_into_view();
    }
}

/// Whether the person is at or past the report tool (after a reload the browser puts them
/// back where they were): only then is the restored notice brought into view, so a visit that
/// starts at the top of the page stays there.
fn at_the_tool() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(tool) = window
        .document()
        .and_then(|d| d.get_element_by_id("report-tool"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let scrolled = window.scroll_y().unwrap_or(0.0);
    f64::from(tool.offset_top()) < scrolled + height
}

/// Focuses an element by id (a fieldset focuses its checked or first input).
pub fn focus_id(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let target = if element.tag_name().eq_ignore_ascii_case("fieldset") {
        element
            .query_selector("input:checked")
            .ok()
            .flatten()
            .or_else(|| element.query_selector("input").ok().flatten())
            .unwrap_or(element)
    } else {
        element
    };
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
}

/// Focuses the first element matching a CSS selector, if any (browser-only).
fn focus_selector(selector: &str) {
    if let Some(target) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = target.focus();
    }
}

/// Focuses a form field.
pub fn focus_field(field: FormField) {
    focus_id(field.id());
}

/// The live report tool.
#[component]
pub fn ReportTool() -> impl IntoView {
    let ui = use_ui();
    let state = ReportState::new();
    provide_context(state);
    // The code of the later steps and the result: asked for once the person starts to answer
    // (or answers kept from an earlier visit come back), so it is there by the time it is
    // needed (src/components/report/later.rs).
    let later = LaterCode::new();
    provide_context(later);
    Effect::new(move |_| {
        if !state.answers.with(Answers::is_empty) {
            later.load();
        }
    });

    // Remember answers on this device (once the person said Yes): once mounted, find where
    // this page keeps answers and read them, then save every change, and whether the result
    // is on show. Storage is only touched here and in event handlers, never while rendering.
    Effect::new(move |loaded: Option<()>| {
        let current = state.answers.get();
        let result = state.shown.with(Option::is_some);
        if loaded.is_none() {
            let persistence = Persistence::for_this_page();
            state.persistence.set(persistence);
            if let Some(kept) = persistence.load() {
                restore(state, kept);
            }
        } else {
            // A write the browser refused: memory only from now on (the note says so).
            let before = state.persistence.get_untracked();
            let now = before.save(&current, result);
            if now != before {
                state.persistence.set(now);
            }
        }
    });

    // After printing the summary, the browser's own Print gives the guide again.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::afterprint, |_| {
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.remove_attribute(result_view::PRINTING_ATTR);
            }
        });
        on_cleanup(move || handle.remove());
    });

    let notice = move || {
        state.notice.get().map(|n| match n {
            Notice::Restored => ui.restored_note,
            Notice::RestoredResult => ui.restored_result_note,
            Notice::Forgotten => ui.forget_done,
            Notice::PasteUsed => ui.paste_used,
            Notice::Kept => ui.keep_yes_done,
            Notice::NotKept => ui.keep_no_done,
        })
    };

    // The result and its summaries, drawn in the browser only (the page is pre-rendered with
    // no result), at the end of the tool: again as a whole for another result, or if the
    // answers changed while it is on show.
    let live = NodeRef::new();
    draw_part(live, move || {
        state
            .shown
            .get()
            .map(|shown| Part::Result(shown, state.answers.get()))
    });

    view! {
        <div class="report-tool__live" node_ref=live>
            <ForgetAnswers/>
            <p class="report-notice" id=NOTICE_ID role="status" aria-live="polite">{notice}</p>
            <PasteReader/>
            <GuidedForm/>
        </div>
    }
}

/// The result on show and its printed summaries (with an English copy where the page is not in
/// English), drawn in the browser only: see [`later`].
pub(crate) fn result_part(shown: Shown, answers: Answers) -> impl IntoView {
    let ui = use_ui();
    let copy = has_english_copy(ui).then(|| {
        view! { <SummaryPrint shown=shown.clone() answers=answers.clone() english=true/> }
    });
    view! {
        <ResultView shown=shown.clone() answers=answers.clone()/>
        <SummaryPrint shown=shown answers=answers/>
        {copy}
    }
}
