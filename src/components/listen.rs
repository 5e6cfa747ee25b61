//! "Listen": the device's own speech (the Web Speech API) reads a part of the page aloud, in
//! the page's language, with Pause, Resume and Stop.
//!
//! The controls are static HTML, `hidden` until the page's script (src/page.js, "Listen"
//! block) finds a voice on the device for the page's language, so the page reads the same
//! with JavaScript off and nothing appears and then disappears. Each button's accessible name
//! starts with its visible word and names the part it reads ("Listen to: What is HER2?").
//! In a kiosk they show only when the deployment turns sound on (`listen=1`,
//! `HER2_KIOSK_LISTEN=1`; src/mode.rs, docs/kiosk.md).
//!
//! Used in the pre-rendered guide and in the report tool's island (the result), so it takes
//! its texts from [`use_ui`], which both provide. The result is the person's own values: its
//! controls are `local_only` (`data-listen-local`), shown only with a voice that runs on the
//! device, never one that may send the text to an online service.

use crate::locale::use_ui;
use her2_content::fill;
use leptos::prelude::*;

/// The Listen, Pause, Resume and Stop buttons for the part titled `title`, with a short status
/// ("Reading aloud", "Paused") and a note on where the voice runs (page.js shows the one that
/// is true for the voice it uses). With `local_only`, only a voice on the device may read it.
#[component]
pub fn Listen(title: &'static str, #[prop(optional)] local_only: bool) -> impl IntoView {
    let ui = use_ui();
    let label = |template: &str| fill(template, "title", title);
    view! {
        <div class="listen" hidden data-listen-local=local_only.then_some("")>
            <div class="listen__buttons">
                <button type="button" class="listen__button" data-listen="play" aria-label=label(ui.listen_label)>
                    <span class="listen__icon" aria-hidden="true">"▶"</span>{ui.listen}
                </button>
                <button type="button" class="listen__button" data-listen="pause" aria-label=label(ui.listen_pause_label) hidden>
                    <span class="listen__icon" aria-hidden="true">"❚❚"</span>{ui.listen_pause}
                </button>
                <button type="button" class="listen__button" data-listen="resume" aria-label=label(ui.listen_resume_label) hidden>
                    <span class="listen__icon" aria-hidden="true">"▶"</span>{ui.listen_resume}
                </button>
                <button type="button" class="listen__button" data-listen="stop" aria-label=label(ui.listen_stop_label) hidden>
                    <span class="listen__icon" aria-hidden="true">"■"</span>{ui.listen_stop}
                </button>
                <span class="listen__status" role="status">
                    <span data-listen-state="playing" hidden>{ui.listen_playing}</span>
                    <span data-listen-state="paused" hidden>{ui.listen_paused}</span>
                </span>
            </div>
            <p class="listen__note" data-listen-voice="local" hidden>{ui.listen_local}</p>
            <p class="listen__note" data-listen-voice="online" hidden>{ui.listen_online}</p>
        </div>
    }
}
