//! The whole page: header, table of contents, the guide, the report tool, footer, and the
//! kiosk's controls (hidden outside a kiosk).
//!
//! Rendered to HTML at build time (one page per language, see `src/bin/prerender.rs`). Only
//! [`ReportIsland`] is an island (hydrated in the browser); everything else is static HTML, so its
//! texts are not in the WebAssembly.

use crate::components::{
    content_section::ContentSection,
    faq_list::FaqList,
    glossary::Glossary,
    kiosk_controls::KioskControls,
    report_island::{ReportFallback, ReportIsland},
    site_footer::SiteFooter,
    site_header::SiteHeader,
    source_list::SourceList,
    table_of_contents::{BackToContents, Shortcuts, TableOfContents},
};
use crate::locale::Locale;
use her2_content::Language;
use leptos::prelude::*;

/// The page in one language.
#[component]
pub fn App(language: &'static Language) -> impl IntoView {
    let locale = Locale::provide(language);
    let content = locale.content();
    view! {
        <SiteHeader/>
        <Shortcuts/>
        <div class="layout">
            <TableOfContents/>
            <main id="main" tabindex="-1">
                {content
                    .sections
                    .iter()
                    .map(|section| view! { <ContentSection section=section/> })
                    .collect_view()}
                <section id="report-tool" class="guide-section report-tool" tabindex="-1" aria-labelledby="report-tool-title">
                    <h2 id="report-tool-title">{content.ui.report_title}</h2>
                    <p>{content.ui.report_intro}</p>
                    <ReportFallback/>
                    <ReportIsland/>
                    <BackToContents/>
                </section>
                <FaqList/>
                <Glossary/>
                <SourceList/>
            </main>
        </div>
        <SiteFooter/>
        <KioskControls/>
    }
}
