//! "Paste your report": the text box and "Read my report". What was found in the text (read
//! with `her2_core::parse_report`: the values highlighted in the text with their field names,
//! conflicts and warnings, and "Use these values", which fills the guided form for the person
//! to confirm) is drawn by the paste reader's own module ([`super::paste_results`]), which the
//! page loads when a text is first read or the reader is opened. The text stays in memory on
//! this device: it is never stored or sent.
//!
//! "Open a file" (a PDF or a .txt file) is plain HTML here: the page's script (src/page.js)
//! imports public/report-file.js when a file is chosen, which reads the file on the device
//! (PDFs with pdf.js, fetched only then), puts its text into the text box and presses "Read my
//! report", so a file is read exactly as pasted text is. Its messages go into
//! [`FILE_MESSAGE_ID`].

use super::paste_results::{
    detail, send_to_results, CLEAR_EVENT, FAILED_ID, READ_EVENT, RESULTS_ID, USE_EVENT,
};
use super::use_report;
use crate::locale::use_ui;
use crate::report::storage::Stored;
use leptos::prelude::*;

/// The id of the text box.
pub const TEXT_ID: &str = "report-paste";

/// The id of the paste box's hint (`{TEXT_ID}-hint`).
const HINT_ID: &str = "report-paste-hint";

/// The id of the paste box's message (`{TEXT_ID}-error`).
const ERROR_ID: &str = "report-paste-error";

/// The id of the file input ("Open a file"), which src/page.js watches.
pub const FILE_ID: &str = "report-file";

/// The id of the file reader's message line (filled by public/report-file.js).
pub const FILE_MESSAGE_ID: &str = "report-file-message";

/// The paste reader (a disclosure, closed at first).
#[component]
pub fn PasteReader() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let empty_error = RwSignal::new(false);

    // "Use these values", from the paste reader's module: the answers found, as a kept-answers
    // record (a record this version cannot read is ignored, as a kept one would be).
    Effect::new(move |_| {
        let handle = window_event_listener_untyped(USE_EVENT, move |event| {
            if let Some(answers) = detail(&event)
                .and_then(|json| Stored::from_json(&json))
                .and_then(Stored::into_answers)
            {
                state.use_found(answers);
            }
        });
        on_cleanup(move || handle.remove());
    });

    let read = move |_| {
        let text = state.paste_text.get_untracked();
        if text.trim().is_empty() {
            empty_error.set(true);
            send_to_results(CLEAR_EVENT, "");
            super::focus_id(TEXT_ID);
            return;
        }
        empty_error.set(false);
        send_to_results(READ_EVENT, &text);
    };

    let described = move || {
        if empty_error.get() {
            "report-paste-hint report-paste-error"
        } else {
            HINT_ID
        }
    };

    view! {
        <details class="paste-reader">
            <summary class="paste-reader__summary">{ui.paste_title}</summary>
            <div class="paste-reader__body">
                <p>{ui.paste_intro}</p>
                <div class="field paste-reader__file">
                    <label for=FILE_ID>{ui.file_label}</label>
                    <p class="field__hint" id="report-file-hint">{ui.file_hint}</p>
                    <input
                        type="file"
                        id=FILE_ID
                        accept="application/pdf,.pdf,text/plain,.txt"
                        aria-describedby="report-file-hint report-file-message"
                    />
                    <p class="paste-reader__file-message" id=FILE_MESSAGE_ID aria-live="polite"></p>
                </div>
                <div class="field">
                    <label for=TEXT_ID>{ui.paste_label}</label>
                    <p class="field__hint" id=HINT_ID>{ui.paste_hint}</p>
                    <textarea
                        id=TEXT_ID
                        name=TEXT_ID
                        rows="8"
                        autocomplete="off"
                        autocapitalize="off"
                        spellcheck="false"
                        aria-describedby=described
                        aria-invalid=move || empty_error.get().then_some("true")
                        prop:value=move || state.paste_text.get()
                        on:input=move |ev| {
                            state.paste_text.set(event_target_value(&ev));
                            empty_error.set(false);
                        }
                    ></textarea>
                    <p class="field__error" id=ERROR_ID>
                        {move || empty_error.get().then_some(ui.paste_empty)}
                    </p>
                </div>
                <button type="button" class="button report-paste-read" on:click=read>
                    {ui.paste_read}
                </button>
                // Shown by the page's script if the paste reader's module cannot be loaded.
                <p class="paste-reader__failed" id=FAILED_ID role="alert" hidden>{ui.paste_failed}</p>
                <div id=RESULTS_ID></div>
            </div>
        </details>
    }
}
