//! "Write these down": where nothing can be printed (a kiosk without a printer), the key values
//! of the result on show, to copy by hand and take away: the cancer type, the IHC score, the
//! ISH ratio and HER2 copies when given, and the result in words. The stylesheet shows it only
//! in such a kiosk (`html[data-mode=kiosk]:not([data-kiosk-print]) .result-write-down`).

use super::texts::{answer_rows, status_text};
use crate::locale::use_ui;
use crate::report::{Answers, FormField};
use her2_core::Status;
use leptos::prelude::*;

/// The list of key values to write down (hidden outside a kiosk without a printer).
#[component]
pub fn WriteDown(
    /// The answers the result comes from.
    answers: Answers,
    /// The result's status.
    status: Status,
) -> impl IntoView {
    let ui = use_ui();
    let rows: Vec<(&'static str, String)> = answer_rows(ui, &answers)
        .into_iter()
        .filter(|row| {
            matches!(
                row.field,
                FormField::Cancer | FormField::Ihc | FormField::Ratio | FormField::Her2
            ) && row.value != ui.value_not_answered
        })
        .map(|row| (row.label, row.value))
        .chain(std::iter::once((
            ui.kiosk_write_down_status,
            status_text(ui, status).to_string(),
        )))
        .collect();
    view! {
        <section class="result-write-down" aria-labelledby="result-write-down-title">
            <h4 id="result-write-down-title">{ui.kiosk_write_down_title}</h4>
            <p>{ui.kiosk_write_down_intro}</p>
            <dl class="review-list">
                {rows
                    .into_iter()
                    .map(|(label, value)| view! {
                        <div class="review-list__row">
                            <dt>{label}</dt>
                            <dd>{value}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
