//! Where the answers are kept, the "Forget my answers" button, and the question "Keep my
//! answers on this device?".

use super::use_report;
use crate::locale::use_ui;
use crate::report::Persistence;
use leptos::prelude::*;

/// A line saying where answers are kept, and a button that wipes them.
#[component]
pub fn ForgetAnswers() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let note = move || match state.persistence.get() {
        Persistence::Device => ui.storage_note_device,
        Persistence::Ask | Persistence::Declined | Persistence::MemoryOnly => {
            ui.storage_note_memory
        }
        Persistence::Unavailable => ui.storage_note_unavailable,
    };
    view! {
        <div class="report-storage">
            <p class="report-storage__note">{note}</p>
            <button type="button" class="button report-forget" on:click=move |_| state.forget()>
                {ui.forget_button}
            </button>
        </div>
    }
}

/// "Keep my answers on this device?", inline (never a dialog) just above the form's buttons,
/// where the person is: once something is answered, and only where the browser can keep
/// answers and the person has not said yet (never in a kiosk).
#[component]
pub fn KeepQuestion() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let asking = move || state.persistence.get().asks() && !state.answers.with(|a| a.is_empty());
    move || {
        asking().then(|| {
            view! {
                <div class="report-keep" role="group" aria-labelledby="report-keep-question" aria-describedby="report-keep-hint">
                    <p class="report-keep__question" id="report-keep-question">{ui.keep_question}</p>
                    <p class="report-keep__hint" id="report-keep-hint">{ui.keep_hint}</p>
                    <p class="report-keep__buttons">
                        <button type="button" class="button report-keep__yes" on:click=move |_| state.keep(true)>
                            {ui.keep_yes}
                        </button>
                        <button type="button" class="button report-keep__no" on:click=move |_| state.keep(false)>
                            {ui.keep_no}
                        </button>
                    </p>
                </div>
            }
        })
    }
}
