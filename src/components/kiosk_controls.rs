//! The kiosk's controls (docs/kiosk.md), rendered with every page and shown only in a kiosk:
//! the "Start over" button (hidden until the modes module shows it), the idle warning and the
//! attract screen (closed dialogs, which the modes module opens: `crates/her2-modes/src/kiosk.rs`).
//! Closed dialogs and a hidden button are neither shown nor read out on an ordinary page.

use crate::locale::{languages, use_locale};
use her2_modes::kiosk_markup::{
    ATTRACT, COUNT, FINISHED, LIVE, START_OVER, START_OVER_CLASS, STAY, WARNING,
};
use leptos::prelude::*;

/// The "Start over" button, the "Are you still there?" warning and the attract screen.
#[component]
pub fn KioskControls() -> impl IntoView {
    let locale = use_locale();
    let current = locale.language();
    let ui = locale.content().ui;
    // The attract screen says what the app helps with, "Touch the screen to start" and "Nothing
    // you enter is saved" in the page's language first, then in the others.
    let lines = std::iter::once(current)
        .chain(languages().iter().filter(|l| l.code != current.code))
        .map(|language| {
            let texts = language.content.ui;
            view! {
                <span class="kiosk-attract__lang" lang=language.code>
                    <span class="kiosk-attract__about">{texts.kiosk_attract_about}</span>
                    <span class="kiosk-attract__line">{texts.kiosk_attract}</span>
                    <span class="kiosk-attract__private">{texts.kiosk_attract_private}</span>
                </span>
            }
        })
        .collect_view();
    // The warning's first button, "I'm still here", takes the focus when it opens.
    view! {
        <button type="button" class=["button button--primary ", START_OVER_CLASS].concat() data-kiosk=START_OVER hidden>
            {ui.kiosk_start_over}
        </button>
        <dialog
            id=WARNING
            class="kiosk-warning"
            role="alertdialog"
            aria-labelledby="kiosk-warning-title"
            aria-describedby="kiosk-warning-text"
        >
            <h2 id="kiosk-warning-title">{ui.kiosk_idle_title}</h2>
            <p id="kiosk-warning-text">{ui.kiosk_idle_text}</p>
            <p class="kiosk-warning__count" id=COUNT aria-hidden="true"></p>
            <p class="kiosk-sr" id=LIVE aria-live="polite" aria-atomic="true"></p>
            <div class="kiosk-warning__actions">
                <button type="button" class="button button--primary" data-kiosk=STAY>
                    {ui.kiosk_still_here}
                </button>
                <button type="button" class="button" data-kiosk=FINISHED>
                    {ui.kiosk_finished}
                </button>
            </div>
        </dialog>
        <dialog id=ATTRACT class="kiosk-attract" aria-labelledby="kiosk-attract-title">
            <button type="button" class="kiosk-attract__button">
                <span class="kiosk-attract__name" id="kiosk-attract-title">{ui.site_title}</span>
                {lines}
            </button>
        </dialog>
    }
}
