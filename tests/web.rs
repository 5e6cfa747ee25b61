//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts with its landmarks, and
//! the report tool's guided decoder, messages, paste reader and device storage work in a real
//! DOM, with results computed by her2-core.
//!
//! Run: `cargo test -p her2-explained --target wasm32-unknown-unknown`

#![cfg(target_arch = "wasm32")]

use her2_explained::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const ANSWERS_KEY: &str = "her2-explained.answers";
const KEEP_KEY: &str = "her2-explained.keep";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the English page on a clean device.
fn mount() -> leptos::mount::UnmountHandle<impl Mountable> {
    mount_page("en", None)
}

/// Mounts the English page with this text stored as the answers (or nothing).
fn mount_with_stored(answers: Option<&str>) -> leptos::mount::UnmountHandle<impl Mountable> {
    mount_page("en", answers)
}

/// Mounts the page in language `code`, with this text stored as the answers (or nothing).
fn mount_page(code: &str, answers: Option<&str>) -> leptos::mount::UnmountHandle<impl Mountable> {
    let _ = storage().clear();
    if let Some(text) = answers {
        storage().set_item(ANSWERS_KEY, text).unwrap();
    }
    let language = her2_content::language(code).expect("a registered language");
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(
        root.unchecked_into(),
        move || view! { <App language=language/> },
    )
}

/// Lets effects and DOM updates run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn query(selector: &str) -> web_sys::Element {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn exists(selector: &str) -> bool {
    document().query_selector(selector).unwrap().is_some()
}

async fn click(selector: &str) {
    query(selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

async fn type_into(selector: &str, value: &str) {
    let input: HtmlInputElement = query(selector).unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
}

async fn next() {
    click(".report-nav__next").await;
}

fn current_step() -> String {
    query(".report-step").get_attribute("data-step").unwrap()
}

/// Breast cancer, IHC 2+, dual-probe ISH with these numbers; stops on the ISH step after Next.
async fn breast_ihc2_dual(ratio: &str, her2: &str) {
    click("#report-cancer-breast").await;
    next().await;
    click("#report-ihc-2").await;
    next().await;
    click("#report-ish-done").await;
    click("#report-probe-dual").await;
    type_into("#report-ratio", ratio).await;
    type_into("#report-her2", her2).await;
    next().await;
}

#[wasm_bindgen_test]
async fn shell_has_landmarks_and_content() {
    let _app = mount();
    settle().await;
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
    settle().await;
    breast_ihc2_dual("2,4", "5.0 signals/cell").await;
    assert_eq!(current_step(), "review");
    click(".report-nav__explain").await;
    let status = query(".report-result .status");
    assert_eq!(
        status.get_attribute("data-status").as_deref(),
        Some("positive")
    );
    assert!(query(".report-result .rule")
        .text_content()
        .unwrap()
        .contains("breast.ish.group1"));
    assert!(query(".report-result")
        .text_content()
        .unwrap()
        .contains("ISH group 1"));
    // The result heading takes focus.
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("report-result-title")
    );
}

#[wasm_bindgen_test]
async fn unreadable_number_is_shown_next_to_its_field_and_kept() {
    let _app = mount();
    settle().await;
    breast_ihc2_dual("about two", "4.4").await;
    // Still on the ISH step, with the message beside the ratio box.
    assert_eq!(current_step(), "ish");
    let input: HtmlInputElement = query("#report-ratio").unchecked_into();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("report-ratio-error"));
    assert!(query("#report-ratio-error")
        .text_content()
        .unwrap()
        .contains("no number"));
    assert_eq!(input.value(), "about two");
    // Focus went to the box with the problem; the other box has none.
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("report-ratio")
    );
    assert_eq!(query("#report-her2").get_attribute("aria-invalid"), None);
    // Fixing it clears the message.
    type_into("#report-ratio", "1,9").await;
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(query("#report-ratio-error").text_content().unwrap(), "");
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_and_lang() {
    // Each language is its own page: the Spanish page is in Spanish, tool included, and its
    // language link is marked as the current page.
    let _app = mount_page("es", None);
    settle().await;
    assert!(query("#report-tool h2")
        .text_content()
        .unwrap()
        .contains("Entender"));
    assert_eq!(
        query(".language-switch a[hreflang=es]")
            .get_attribute("aria-current")
            .as_deref(),
        Some("page")
    );
    assert_eq!(
        query("#report-step-title").text_content().unwrap(),
        "Paso 1 de 4: Tipo de cáncer"
    );
}

#[wasm_bindgen_test]
async fn decoder_steps_show_progress_and_move_focus_to_the_heading() {
    let _app = mount();
    settle().await;
    assert_eq!(
        query("#report-step-title").text_content().unwrap(),
        "Step 1 of 4: Cancer type"
    );
    // Next without a choice: a message beside the question, and no step change.
    next().await;
    assert_eq!(current_step(), "cancer");
    assert_eq!(
        query("#report-cancer")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    // Stomach cancer has the same four steps; the sample is asked on the review.
    click("#report-cancer-gastric").await;
    assert_eq!(query("#report-cancer").get_attribute("aria-invalid"), None);
    next().await;
    assert_eq!(
        query("#report-step-title").text_content().unwrap(),
        "Step 2 of 4: IHC result"
    );
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("report-step-title")
    );
    assert_eq!(
        query(".step-progress [aria-current=step]")
            .get_attribute("data-step")
            .as_deref(),
        Some("ihc")
    );
    click("#report-ihc-3").await;
    next().await;
    click("#report-ish-not-done").await;
    next().await;
    assert_eq!(current_step(), "review");
    click("#report-specimen-biopsy").await;
    assert!(query("#report-specimen-biopsy")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .checked());
    // Back goes to the ISH step.
    click(".report-nav__back").await;
    assert_eq!(current_step(), "ish");
    next().await;
    assert_eq!(current_step(), "review");
    click(".report-nav__explain").await;
    assert_eq!(
        query(".report-result .status")
            .get_attribute("data-status")
            .as_deref(),
        Some("positive")
    );
    assert!(query(".report-result")
        .text_content()
        .unwrap()
        .contains("trastuzumab"));
}

#[wasm_bindgen_test]
async fn core_error_shows_beside_its_field_in_the_page_language() {
    let _app = mount_page("es", None);
    settle().await;
    breast_ihc2_dual("0", "4").await;
    assert_eq!(current_step(), "ish");
    let ratio = query("#report-ratio");
    assert_eq!(ratio.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(ratio
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("report-ratio-error"));
    assert_eq!(
        query("#report-ratio-error").text_content().unwrap(),
        "Debe ser un número mayor que 0, como 1,8."
    );
    assert_eq!(ratio.unchecked_into::<HtmlInputElement>().value(), "0");
}

#[wasm_bindgen_test]
async fn answers_are_kept_on_the_device_and_forget_clears_them() {
    let _app = mount();
    settle().await;
    click("#report-cancer-breast").await;
    // Nothing is kept until the person says Yes to the question asked after the first answer.
    assert_eq!(storage().get_item(ANSWERS_KEY).unwrap(), None);
    click(".report-keep__yes").await;
    assert_eq!(
        storage().get_item(KEEP_KEY).unwrap().as_deref(),
        Some("yes")
    );
    assert!(!exists(".report-keep"));
    next().await;
    click("#report-ihc-1").await;
    let stored = storage().get_item(ANSWERS_KEY).unwrap().expect("stored");
    assert!(stored.contains("\"version\":1"), "{stored}");
    assert!(stored.contains("\"1+\""), "{stored}");
    click(".report-forget").await;
    assert_eq!(storage().get_item(ANSWERS_KEY).unwrap(), None);
    assert_eq!(storage().length().unwrap(), 0);
    assert_eq!(current_step(), "cancer");
    let breast: HtmlInputElement = query("#report-cancer-breast").unchecked_into();
    assert!(!breast.checked());
    assert!(query(".report-notice")
        .text_content()
        .unwrap()
        .contains("removed"));
}

#[wasm_bindgen_test]
async fn stored_answers_come_back_and_broken_data_is_ignored() {
    let good = r#"{"version":1,"cancer":"gastric","ihc":"2+","zero_subtype":null,"ish":null,"probe":null,"ratio":"","her2":"","cep17":"","cells":"","recount_confirmed":false,"specimen":null}"#;
    {
        let _app = mount_with_stored(Some(good));
        settle().await;
        let gastric: HtmlInputElement = query("#report-cancer-gastric").unchecked_into();
        assert!(gastric.checked());
        assert!(query(".report-notice")
            .text_content()
            .unwrap()
            .contains("last time"));
    }
    for broken in [
        "{not json",
        "[1,2,3]",
        r#"{"version":2,"cancer":"gastric"}"#,
        &good.replace("\"2+\"", "\"4+\""),
        &good.replace("\"version\":1", "\"version\":0"),
        "null",
    ] {
        let _app = mount_with_stored(Some(broken));
        settle().await;
        let breast: HtmlInputElement = query("#report-cancer-breast").unchecked_into();
        let gastric: HtmlInputElement = query("#report-cancer-gastric").unchecked_into();
        assert!(!breast.checked() && !gastric.checked(), "{broken}");
        assert_eq!(
            query(".report-notice").text_content().unwrap(),
            "",
            "{broken}"
        );
    }
}

#[wasm_bindgen_test]
async fn paste_reader_highlights_values_and_fills_the_form() {
    let _app = mount();
    settle().await;
    let text = "Left breast, core biopsy. ER: positive (95%). PR: positive (40%). Ki-67: 25%.\n\
                HER2 (IHC): equivocal, score 2+.\n\
                HER2 FISH (dual-probe): HER2/CEP17 ratio 1,6; average HER2 copy number 4.8; 20 cells counted.";
    // What the page's script does (src/page.js): "Read my report" is passed on to the paste
    // reader's module, which shows what it found in the results' box.
    use her2_explained::components::report::paste_results::{detail, READ_EVENT};
    let pass_on =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            let target: HtmlElement = event.target().unwrap().unchecked_into();
            her2_explained::paste_module::show_found(target, detail(&event).unwrap(), "en".into());
        });
    document()
        .add_event_listener_with_callback(READ_EVENT, pass_on.as_ref().unchecked_ref())
        .unwrap();
    let area: web_sys::HtmlTextAreaElement = query("#report-paste").unchecked_into();
    area.set_value(text);
    area.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    click(".report-paste-read").await;
    let marks: Vec<String> = {
        let list = document()
            .query_selector_all(".paste-preview mark")
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.first_child().and_then(|t| t.text_content()))
            .collect()
    };
    assert!(marks.contains(&"2+".to_string()), "{marks:?}");
    assert!(marks.contains(&"1,6".to_string()), "{marks:?}");
    assert!(!marks.iter().any(|m| m.contains("95")), "{marks:?}");
    // The whole text is shown, unchanged apart from the labels for screen readers.
    assert!(query(".paste-preview")
        .text_content()
        .unwrap()
        .contains("Ki-67: 25%."));
    assert!(exists(".report-paste-use"));
    click(".report-paste-use").await;
    document()
        .remove_event_listener_with_callback(READ_EVENT, pass_on.as_ref().unchecked_ref())
        .unwrap();
    // Complete answers open on the review; Back goes through each step.
    assert_eq!(current_step(), "review");
    click(".report-nav__back").await;
    let ratio: HtmlInputElement = query("#report-ratio").unchecked_into();
    assert_eq!(ratio.value(), "1.6");
    click(".report-nav__back").await;
    click(".report-nav__back").await;
    let breast: HtmlInputElement = query("#report-cancer-breast").unchecked_into();
    assert!(breast.checked());
    next().await;
    next().await;
    next().await;
    click(".report-nav__explain").await;
    assert_eq!(
        query(".report-result .next-step")
            .get_attribute("data-next-step")
            .as_deref(),
        Some("recount_second_observer")
    );
}

#[wasm_bindgen_test]
async fn another_cancer_is_explained_and_the_steps_stop_there() {
    let _app = mount();
    settle().await;
    assert!(!exists("#report-cancer-other-note"));
    click("#report-cancer-lung").await;
    let note = query("#report-cancer-other-note").text_content().unwrap();
    assert!(note.contains("adenocarcinoma"), "{note}");
    assert!(note.contains("gene test"), "{note}");
    assert_eq!(
        query("#report-cancer-other-note a")
            .get_attribute("href")
            .as_deref(),
        Some("#beyond-breast")
    );
    assert!(!exists(".report-nav__next"));
    assert_eq!(
        query("#report-step-title").text_content().unwrap(),
        "Step 1 of 1: Cancer type"
    );
    // Back to a cancer the tool reads: the steps and Next come back.
    click("#report-cancer-breast").await;
    assert!(!exists("#report-cancer-other-note"));
    assert!(exists(".report-nav__next"));
    assert_eq!(
        query("#report-step-title").text_content().unwrap(),
        "Step 1 of 4: Cancer type"
    );
}

#[wasm_bindgen_test]
async fn another_cancer_is_kept_and_old_records_still_load() {
    let lung = r#"{"version":1,"cancer":null,"other_cancer":"lung","ihc":null,"zero_subtype":null,"ish":null,"probe":null,"ratio":"","her2":"","cep17":"","cells":"","recount_confirmed":false,"specimen":null}"#;
    {
        let _app = mount_with_stored(Some(lung));
        settle().await;
        let chosen: HtmlInputElement = query("#report-cancer-lung").unchecked_into();
        assert!(chosen.checked());
        assert!(exists("#report-cancer-other-note"));
    }
    // A record written before `other_cancer` existed loads as before.
    let old = r#"{"version":1,"cancer":"breast","ihc":"1+","zero_subtype":null,"ish":"not_done","probe":null,"ratio":"","her2":"","cep17":"","cells":"","recount_confirmed":false,"specimen":null}"#;
    let _app = mount_with_stored(Some(old));
    settle().await;
    // Complete answers open on the review.
    assert_eq!(current_step(), "review");
    assert!(query(".review-list")
        .text_content()
        .unwrap()
        .contains("Breast cancer"));
    assert!(!exists("#report-cancer-other-note"));
}
