//! "Listen": the device's own speech (the Web Speech API) reads a part of the page aloud, in
//! the page's language, with Pause, Resume and Stop.
//!
//! The controls are static HTML, `hidden` until the page's script (src/page.js, "Listen"
//! block) finds a voice on the device for the page's language, so the page reads the same
//! with JavaScript off and nothing appears and then disappears. Each button's accessible name
//! starts with its visible word and names the part it reads ("Listen to: What is HER2?").
//! In a kiosk they show only when the deployment turns sound on (`listen=1`,
//! `HER2_KIOSK_LISTEN=1`; crates/her2-modes/src/mode.rs, docs/kiosk.md).
//!
//! Used in the pre-rendered guide and in the report tool's island (the result), so it takes
//! its texts from [`use_ui`], which both provide. The result is the person's own values: its
//! controls are `local_only` (`data-listen-local`), shown only with a voice that runs on the
//! device, never one that may send the text to an online service.

use crate::locale::use_ui;
use her2_content::{fill, Ui};
use leptos::prelude::*;

/// The Listen, Pause, Resume and Stop buttons for the part titled `title`, with a short status
/// ("Reading aloud", "Paused") and a note on where the voice runs (page.js shows the one that
/// is true for the voice it uses). With `local_only`, only a voice on the device may read it.
/// The inside is one HTML string ([`controls`]), which keeps the report tool's WebAssembly small.
#[component]
pub fn Listen(title: &'static str, #[prop(optional)] local_only: bool) -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="listen" hidden data-listen-local=local_only.then_some("") inner_html=controls(ui, title)></div>
    }
}

/// The controls' HTML; each button's accessible name starts with its visible word.
fn controls(ui: &Ui, title: &str) -> String {
    let button = |action: &str, icon: &str, word: &str, label: &str, hidden: &str| {
        format!(
            "<button type=\"button\" class=\"listen__button\" data-listen=\"{action}\" aria-label=\"{}\"{hidden}>\
             <span class=\"listen__icon\" aria-hidden=\"true\">{icon}</span>{}</button>",
            escape(&fill(label, "title", title)),
            escape(word),
        )
    };
    format!(
        "<div class=\"listen__buttons\">{}{}{}{}<span class=\"listen__status\" role=\"status\">\
         <span data-listen-state=\"playing\" hidden>{}</span><span data-listen-state=\"paused\" hidden>{}</span>\
         </span></div><p class=\"listen__note\" data-listen-voice=\"local\" hidden>{}</p>\
         <p class=\"listen__note\" data-listen-voice=\"online\" hidden>{}</p>",
        button("play", "▶", ui.listen, ui.listen_label, ""),
        button("pause", "❚❚", ui.listen_pause, ui.listen_pause_label, " hidden"),
        button("resume", "▶", ui.listen_resume, ui.listen_resume_label, " hidden"),
        button("stop", "■", ui.listen_stop, ui.listen_stop_label, " hidden"),
        escape(ui.listen_playing),
        escape(ui.listen_paused),
        escape(ui.listen_local),
        escape(ui.listen_online),
    )
}

/// Text for HTML content or a quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_start_with_the_visible_word_and_text_is_escaped() {
        let ui = her2_content::ui("es");
        let html = controls(ui, "¿Qué es \"HER2\" & <más>?");
        assert!(
            html.contains("aria-label=\"Escuchar: ¿Qué es &quot;HER2&quot; &amp; &lt;más&gt;?\"")
        );
        assert!(html.contains("</span>Escuchar</button>"));
        assert_eq!(html.matches("<button").count(), 4);
        assert_eq!(html.matches(" hidden>").count(), 7);
    }
}
