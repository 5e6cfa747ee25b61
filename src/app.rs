//! The whole page: header, table of contents, the guide, the report tool, footer.

use crate::components::{
    content_section::ContentSection, faq_list::FaqList, glossary::Glossary,
    report_tool::ReportTool, site_footer::SiteFooter, site_header::SiteHeader,
    source_list::SourceList, table_of_contents::TableOfContents,
};
use crate::locale::{self, Locale};
use leptos::prelude::*;

/// The app. Starts in the default language; after mounting, an effect switches to the language
/// remembered on this device or preferred by the browser.
#[component]
pub fn App() -> impl IntoView {
    let locale = Locale::provide(her2_content::default_language());

    // Browser-only work happens in effects, never while rendering.
    Effect::new(move |first: Option<()>| {
        if first.is_none() {
            if let Some(language) = locale::preferred_language() {
                locale.set(language);
            }
        }
    });
    Effect::new(move |_| {
        let language = locale.language();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", language.code);
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(language.content.ui.site_title);
        }
    });
    crate::components::focus::follow_hash_focus();

    view! {
        <SiteHeader/>
        <div class="layout">
            <TableOfContents/>
            <main id="main" tabindex="-1">
                {move || {
                    let content = locale.content();
                    content
                        .sections
                        .iter()
                        .map(|section| view! { <ContentSection section=section/> })
                        .collect_view()
                }}
                <ReportTool/>
                <FaqList/>
                <Glossary/>
                <SourceList/>
            </main>
        </div>
        <SiteFooter/>
    }
}
