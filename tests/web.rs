//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts with its landmarks, and
//! the report form computes a result through her2-core.
//!
//! Run: `cargo test -p her2-explained --target wasm32-unknown-unknown`

#![cfg(target_arch = "wasm32")]

use her2_explained::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn mount() -> leptos::mount::UnmountHandle<impl Mountable> {
    // Start every test from a clean device.
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.unchecked_into(), App)
}

fn query(selector: &str) -> web_sys::Element {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

#[wasm_bindgen_test]
async fn shell_has_landmarks_and_content() {
    let _app = mount();
    leptos::task::tick().await;
    assert_eq!(document().query_selector_all("main").unwrap().length(), 1);
    assert_eq!(
        document()
            .query_selector_all("header.site-header")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(
        document()
            .query_selector_all("footer.site-footer")
            .unwrap()
            .length(),
        1
    );
    assert!(query(".skip-link").get_attribute("href").as_deref() == Some("#main"));
    assert!(query("#what-is-her2 h2")
        .text_content()
        .unwrap()
        .contains("HER2"));
    assert!(query(".site-footer")
        .text_content()
        .unwrap()
        .contains("not medical advice"));
}

#[wasm_bindgen_test]
async fn form_computes_a_result() {
    let _app = mount();
    leptos::task::tick().await;
    let select: HtmlSelectElement = query("#ihc-score").unchecked_into();
    select.set_value("2+");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    for (id, value) in [
        ("#ish-ratio", "2,4"),
        ("#avg-her2-copies", "5.0 signals/cell"),
    ] {
        let input: HtmlInputElement = query(id).unchecked_into();
        input.set_value(value);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    }
    leptos::task::tick().await;
    query(".report-form button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    let status = query(".report-result .status");
    assert_eq!(
        status.get_attribute("data-status").as_deref(),
        Some("positive")
    );
    assert!(query(".report-result .rule")
        .text_content()
        .unwrap()
        .contains("breast.ish.group1"));
}

#[wasm_bindgen_test]
async fn unreadable_number_is_shown_next_to_its_field_and_kept() {
    let _app = mount();
    leptos::task::tick().await;
    let input: HtmlInputElement = query("#ish-ratio").unchecked_into();
    input.set_value("about two");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    query(".report-form button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(query("#ish-ratio-error")
        .text_content()
        .unwrap()
        .contains("no number"));
    assert_eq!(input.value(), "about two");
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_and_lang() {
    let _app = mount();
    leptos::task::tick().await;
    let spanish = query(".language-switch button[lang=es]").unchecked_into::<HtmlElement>();
    spanish.click();
    leptos::task::tick().await;
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("es")
    );
    assert!(query("#report-tool h2")
        .text_content()
        .unwrap()
        .contains("Entender"));
    assert_eq!(
        spanish.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}
