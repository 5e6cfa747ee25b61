//! Where the answers are kept, and the "Forget my answers" button.

use super::use_report;
use crate::locale::use_ui;
use crate::report::Persistence;
use leptos::prelude::*;

/// A line saying where answers are kept, with a button that wipes them.
#[component]
pub fn ForgetAnswers() -> impl IntoView {
    let state = use_report();
    let ui = use_ui();
    let note = move || match state.persistence.get() {
        Persistence::Device => ui.storage_note_device,
        Persistence::MemoryOnly => ui.storage_note_memory,
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
