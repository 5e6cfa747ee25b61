//! The page, read and marked in the browser (`cfg(target_arch = "wasm32")`): the deployment's
//! settings, the address's options and the page's parts, which [`crate::mode`] reads once, and
//! the marks the modes module sets on `<html>`. Outside the browser [`crate::mode`] answers
//! for the ordinary site without it.

use crate::deploy::DeployConfig;
use crate::mode::setup;
use crate::options::{parse, KioskConfig, Mode, Setup};
use wasm_bindgen::JsCast;

/// This page's deployment settings and set-up, from the document (`<meta name="her2-config">`,
/// the address, the ids of the page's parts), with a `console.warn` for every ignored option.
pub fn read_state() -> (DeployConfig, Setup) {
    let config = DeployConfig::from_meta(&options(&meta_config()));
    let sections = section_ids();
    let sections: Vec<&str> = sections.iter().map(String::as_str).collect();
    let (setup, warnings) = parse(
        &options(&query()),
        &config,
        her2_content::LANGUAGE_CODES,
        &sections,
    );
    for warning in warnings {
        warn(&warning);
    }
    (config, setup)
}

/// Marks `<html data-modes-ready>` once the modes module has set the page up (for tests).
pub fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-modes-ready", "");
    }
}

/// In the modes module, first thing: goes to the page of the `lang` option if it is not this one
/// (keeping the query; returns `false` as this page is being replaced), else marks
/// `<html data-mode="kiosk|embed">` for the kiosk and embed styles (and a kiosk with sound
/// `<html data-kiosk-listen>`, which src/page.js reads once `data-modes-ready` is set) and
/// returns `true`.
pub fn enter() -> bool {
    let setup = setup();
    let Some(window) = web_sys::window() else {
        return true;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return true;
    };
    let page_lang = root.get_attribute("lang").unwrap_or_default();
    if let Some(lang) = setup.language_to_open(&page_lang) {
        let location = window.location();
        let mut target = crate::address::page_href(&page_lang, lang);
        target += &location.search().unwrap_or_default();
        target += &location.hash().unwrap_or_default();
        if location.replace(&target).is_ok() {
            return false;
        }
    }
    let kind = match setup.mode {
        Mode::Kiosk(KioskConfig { listen, .. }) => {
            if listen {
                let _ = root.set_attribute("data-kiosk-listen", "");
            }
            "kiosk"
        }
        Mode::Embed(_) => "embed",
        Mode::Normal => return true,
    };
    let _ = root.set_attribute("data-mode", kind);
    true
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn meta_config() -> String {
    document()
        .and_then(|d| d.query_selector("meta[name=her2-config]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
}

fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The browser decodes the query.
fn options(query: &str) -> impl Fn(&str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok();
    move |name| params.as_ref()?.get(name)
}

/// The ids of the page's parts (`main > section[id]`): what `sections=` may list.
fn section_ids() -> Vec<String> {
    let Some(list) = document().and_then(|d| d.query_selector_all("main>section[id]").ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.id())
        .collect()
}

pub fn html_mode() -> Option<String> {
    document()?.document_element()?.get_attribute("data-mode")
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("HER2 Explained: {message}").into());
}
