//! The report tool's island: the one part of the page that runs in the browser.
//!
//! The island holds the interactive tool. Next to it, static HTML holds a short note and a
//! plain table of what each result means: that is what shows with JavaScript off or before the
//! WebAssembly has arrived. CSS swaps them when the page marks itself hydrated
//! (`html[data-hydrated]`), so the server and the browser render the very same markup and
//! nothing can be typed into a form that is not live yet.

use crate::components::report::ReportTool;
use crate::locale::use_ui;
use leptos::prelude::*;

/// The report tool, as an island. (The paste reader's module, which links this crate for its
/// own part, leaves the island out: a plain component is not exported.)
#[cfg_attr(not(feature = "paste-module"), island)]
#[cfg_attr(feature = "paste-module", component)]
pub fn ReportIsland() -> impl IntoView {
    view! { <ReportTool/> }
}

/// What shows until the tool is ready: a note, and the plain IHC/ISH result table.
#[component]
pub fn ReportFallback() -> impl IntoView {
    let ui = use_ui();
    let rows = [
        (ui.fallback_ihc0, ui.fallback_ihc0_means),
        (ui.fallback_ihc1, ui.fallback_ihc1_means),
        (ui.fallback_ihc2, ui.fallback_ihc2_means),
        (ui.fallback_ihc3, ui.fallback_ihc3_means),
        (ui.fallback_g1, ui.fallback_g1_means),
        (ui.fallback_g5, ui.fallback_g5_means),
        (ui.fallback_g234, ui.fallback_g234_means),
    ];
    view! {
        <div class="report-fallback">
            <p class="report-fallback__note">{ui.fallback_note}</p>
            // Shown by the page's script (src/page.js) if the tool's files cannot be fetched.
            <p class="report-fallback__failed" role="alert" hidden>{ui.fallback_failed}</p>
            <div class="table-wrap">
                <table class="report-fallback__table">
                    <thead>
                        <tr><th scope="col">{ui.fallback_col_result}</th><th scope="col">{ui.fallback_col_meaning}</th></tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(result, meaning)| view! { <tr><th scope="row">{result}</th><td>{meaning}</td></tr> })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
