//! Kiosk mode in the browser (`?mode=kiosk`, or a build locked with `HER2_MODE=kiosk`): a
//! shared touch screen in a waiting room. See `docs/kiosk.md`.
//!
//! - An attract screen (the app's name, what it helps with, "Touch the screen to start",
//!   "Nothing you enter is saved") on a fresh start and after each reset.
//! - A "Start over" button that is always on screen.
//! - After the idle time without any activity, an "Are you still there?" warning
//!   (`role="alertdialog"`) counts down [`WARNING_SECONDS`]; "I'm still here" (or Escape)
//!   keeps the session, as many times as needed (WCAG 2.2.1); "I'm finished, clear now" resets
//!   at once. At zero, or on "Start over",
//!   everything is reset: the app's storage keys (and IndexedDB databases, if any) are wiped
//!   and the kiosk's home page is loaded again with `location.replace`, which forgets inputs,
//!   results, pasted text, scroll and language.
//! - No way out: links to other sites become their plain address, nothing opens a new window,
//!   no context menu, print only when the deployment has a printer (Ctrl/Cmd+P is blocked too).
//! - No way back: every link that stays in the app (the language links, `#` links) is
//!   followed with `location.replace`, so the kiosk's history holds a single entry; a page the
//!   browser brings back from its back/forward cache (Back, a mouse button, a swipe) starts
//!   over at once and is hidden while it is cached.
//! - Time is measured with the monotonic clock (`performance.now()`), so a change of the
//!   system clock cannot delay a reset.
//!
//! Until this module has loaded (and on each new page after a reset), the page's first script
//! (the `<head>` script, `src/head-mode.js`) already blocks the context menu,
//! middle clicks and links.
//!
//! Plain DOM code (no island), compiled into the modes module (`crates/her2-modes`), which the
//! app loads only on kiosk and embed pages. The controls' markup (the "Start over" button, the
//! warning and the attract screen) comes with every page, rendered by the app
//! (`src/components/kiosk_controls.rs`) and hidden until this module shows or opens it.

use crate::mode::{self, Mode, STORAGE_PREFIX, WARNING_SECONDS};
use her2_content::DEFAULT_LANGUAGE_CODE;
use std::cell::Cell;
use wasm_bindgen::{closure::Closure, prelude::wasm_bindgen, JsCast, JsValue};
use web_sys::{
    Document, Element, Event, HtmlAnchorElement, HtmlDialogElement, HtmlElement, KeyboardEvent,
    MouseEvent, PageTransitionEvent,
};

use crate::kiosk_markup::{
    ATTRACT, COUNT, FINISHED, LIVE, START_OVER, START_OVER_CLASS, STAY, WARNING,
};

thread_local! {
    /// When the visitor last did anything (ms of the monotonic clock, `performance.now()`).
    static LAST_ACTIVITY: Cell<f64> = const { Cell::new(0.0) };
    /// While the warning shows: when the kiosk starts over (ms); 0 otherwise, -1 once resetting.
    static DEADLINE: Cell<f64> = const { Cell::new(0.0) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = indexedDB, js_name = databases)]
    fn idb_databases() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = indexedDB, js_name = deleteDatabase)]
    fn idb_delete(name: &str) -> Result<JsValue, JsValue>;
}

/// Sets the kiosk up, if this page is one (called once by the browser entry).
pub fn start() {
    let Mode::Kiosk(kiosk) = mode::mode() else {
        return;
    };
    let document = document();
    let Some(root) = document.document_element() else {
        return;
    };
    if kiosk.print {
        let _ = root.set_attribute("data-kiosk-print", "");
    }
    no_way_out(&document);
    // Changing language keeps the kiosk (and skips the attract screen).
    if let Some(query) = mode::setup().kiosk_query(mode::deploy_config(), false) {
        for link in all(&document, ".language-switch a[hreflang]") {
            let href = link.get_attribute("href").unwrap_or_default();
            let _ = link.set_attribute("href", &format!("{href}?{query}"));
        }
    }
    // The controls come with the page (src/components/kiosk_controls.rs): the "Start over"
    // button shows; the dialogs open when needed.
    if let Some(button) = document
        .query_selector(&[".", START_OVER_CLASS].concat())
        .ok()
        .flatten()
    {
        let _ = button.remove_attribute("hidden");
    }

    let on_event = Closure::<dyn FnMut(Event)>::new(on_event);
    for kind in [
        "click",
        "auxclick",
        "contextmenu",
        "keydown",
        "pointerdown",
        "pointermove",
        "touchstart",
        "wheel",
        "scroll",
        "input",
        "close",
    ] {
        let _ = document.add_event_listener_with_callback_and_bool(
            kind,
            on_event.as_ref().unchecked_ref(),
            true,
        );
    }
    on_event.forget();
    let tick = Closure::<dyn FnMut()>::new(tick);
    if let Some(window) = web_sys::window() {
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            1000,
        );
    }
    tick.forget();
    if let Some(window) = web_sys::window() {
        let on_window = Closure::<dyn FnMut(Event)>::new(on_window_event);
        for kind in ["pageshow", "pagehide", "beforeprint", "afterprint"] {
            let _ =
                window.add_event_listener_with_callback(kind, on_window.as_ref().unchecked_ref());
        }
        on_window.forget();
    }
    LAST_ACTIVITY.set(now());
    if kiosk.attract {
        if let Some(attract) = dialog(ATTRACT) {
            let _ = attract.show_modal();
        }
    }
}

/// Starts over: wipes what the app keeps on this device and loads the kiosk's home page (the
/// default language's page with the kiosk's settings), which shows the attract screen.
pub fn reset() {
    DEADLINE.set(-1.0);
    let Some(window) = web_sys::window() else {
        return;
    };
    for storage in [window.local_storage(), window.session_storage()] {
        let Ok(Some(storage)) = storage else { continue };
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(STORAGE_PREFIX))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
    let query = mode::setup()
        .kiosk_query(mode::deploy_config(), true)
        .unwrap_or_default();
    let home = format!(
        "{}?{query}",
        mode::page_href(&page_lang(), DEFAULT_LANGUAGE_CODE)
    );
    let go = move |_: JsValue| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&home);
        }
    };
    // IndexedDB: the app creates no database today; any under its prefix is deleted all the
    // same. (No cookies either; the Cache Storage holds only the app's own files.)
    match idb_databases() {
        Ok(list) => {
            let then = Closure::once(move |list: JsValue| {
                for db in js_sys::Array::from(&list).iter() {
                    let name = js_sys::Reflect::get(&db, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .unwrap_or_default();
                    if name.starts_with(STORAGE_PREFIX) {
                        let _ = idb_delete(&name);
                    }
                }
                go(list);
            });
            let _ = list.then2(&then, &then);
            then.forget();
        }
        Err(e) => go(e),
    }
}

/// Every event the kiosk listens to (on the document, capture phase): all of them count as
/// activity; some are also the visitor's answer to the attract screen or the warning, or
/// would leave the app.
fn on_event(ev: Event) {
    LAST_ACTIVITY.set(now());
    let kind = ev.type_();
    let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    let attract = dialog(ATTRACT).is_some_and(|d| d.open());
    match kind.as_str() {
        // A dialog closed (also by Escape): the warning means "I'm still here".
        "close" => {
            if target.is_some_and(|t| t.id() == WARNING) {
                stay();
            } else {
                begin();
            }
        }
        // No context menu ("open in new window", "search the web for ...") and no middle click.
        "contextmenu" | "auxclick" => ev.prevent_default(),
        "keydown" if attract => {
            ev.prevent_default();
            begin();
        }
        // Ctrl/Cmd+P opens the print dialog (and "Save as PDF" a file chooser).
        "keydown" if !printing() && is_print_key(&ev) => ev.prevent_default(),
        "click" if attract => {
            ev.prevent_default();
            begin();
        }
        "click" => {
            let Some(target) = target else { return };
            if let Ok(Some(link)) = target.closest("a[href]") {
                let href = link.get_attribute("href").unwrap_or_default();
                let new_window = ev.dyn_ref::<MouseEvent>().is_some_and(|m| {
                    m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key() || m.button() != 0
                });
                if new_window || mode::leaves_app(&href, &origin()) {
                    ev.prevent_default();
                } else if !ev.default_prevented() {
                    // A link in the app (a language, a `#` part): followed without a new
                    // history entry, so that Back cannot bring an earlier page back.
                    if let (Some(anchor), Some(window)) =
                        (link.dyn_ref::<HtmlAnchorElement>(), web_sys::window())
                    {
                        ev.prevent_default();
                        let _ = window.location().replace(&anchor.href());
                    }
                }
            }
            match target
                .closest("[data-kiosk]")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("data-kiosk"))
                .as_deref()
            {
                // "I'm finished, clear now": the same reset as at the end of the countdown.
                Some(START_OVER | FINISHED) => reset(),
                Some(STAY) => stay(),
                _ => {}
            }
        }
        _ => {}
    }
}

/// Events of the window: the back/forward cache and printing.
fn on_window_event(ev: Event) {
    let body = document().body();
    let hide = |hidden: bool| {
        if let Some(body) = body.as_ref().and_then(|b| b.dyn_ref::<HtmlElement>()) {
            let style = body.style();
            let _ = if hidden {
                style.set_property("visibility", "hidden")
            } else {
                style.remove_property("visibility").map(|_| ())
            };
        }
    };
    let persisted = ev
        .dyn_ref::<PageTransitionEvent>()
        .is_some_and(PageTransitionEvent::persisted);
    match ev.type_().as_str() {
        // The browser keeps this page to show it again on Back: nothing of it may show then.
        "pagehide" if persisted => hide(true),
        // ... and when it does, the kiosk starts over.
        "pageshow" if persisted => reset(),
        // Printing from the browser's menu when the kiosk has no printer: a blank page.
        "beforeprint" if !printing() => hide(true),
        "afterprint" if !printing() => hide(false),
        _ => {}
    }
}

/// Whether this kiosk may print (the deployment has a printer).
fn printing() -> bool {
    matches!(mode::mode(), Mode::Kiosk(kiosk) if kiosk.print)
}

/// Ctrl+P (Cmd+P on a Mac), with or without Shift: print.
fn is_print_key(ev: &Event) -> bool {
    ev.dyn_ref::<KeyboardEvent>().is_some_and(|key| {
        (key.ctrl_key() || key.meta_key()) && key.key().eq_ignore_ascii_case("p")
    })
}

/// Once a second: opens the warning after the idle time, counts down, resets at zero.
fn tick() {
    let Mode::Kiosk(kiosk) = mode::mode() else {
        return;
    };
    let now = now();
    let deadline = DEADLINE.get();
    if deadline < 0.0 || dialog(ATTRACT).is_some_and(|d| d.open()) {
        return;
    }
    if deadline == 0.0 {
        if now - LAST_ACTIVITY.get() < f64::from(kiosk.idle) * 1000.0 {
            return;
        }
        DEADLINE.set(now + f64::from(WARNING_SECONDS) * 1000.0);
        count(WARNING_SECONDS);
        if let Some(warning) = dialog(WARNING) {
            let _ = warning.show_modal();
        }
        return;
    }
    let left = ((deadline - now) / 1000.0).ceil();
    if left <= 0.0 {
        reset();
    } else {
        count(left as u32);
    }
}

/// Shows the seconds left; screen readers hear it every 10 seconds and at 5.
fn count(seconds: u32) {
    // "Starting over in {seconds} seconds."
    let template = her2_content::ui(&page_lang()).kiosk_idle_countdown;
    let (before, rest) = template.split_once('{').unwrap_or((template, ""));
    let after = rest.split_once('}').map_or("", |(_, after)| after);
    let text = format!("{before}{seconds}{after}");
    let document = document();
    if let Some(visible) = document.get_element_by_id(COUNT) {
        visible.set_text_content(Some(&text));
    }
    if seconds.is_multiple_of(10) || seconds == 5 {
        if let Some(live) = document.get_element_by_id(LIVE) {
            live.set_text_content(Some(&text));
        }
    }
}

/// "I'm still here": closes the warning; the session goes on.
fn stay() {
    if DEADLINE.get() < 0.0 {
        return;
    }
    DEADLINE.set(0.0);
    LAST_ACTIVITY.set(now());
    if let Some(warning) = dialog(WARNING) {
        warning.close();
    }
    if let Some(live) = document().get_element_by_id(LIVE) {
        live.set_text_content(None);
    }
}

/// The visitor touched the attract screen: the session starts.
fn begin() {
    if let Some(attract) = dialog(ATTRACT) {
        attract.close();
    }
    LAST_ACTIVITY.set(now());
}

/// Links to other sites become their address (to visit at home); nothing opens a new window.
/// Links inside the report tool's island are left to Leptos and stopped on click instead.
fn no_way_out(document: &Document) {
    let origin = origin();
    for link in all(document, "a[href]") {
        let href = link.get_attribute("href").unwrap_or_default();
        if !mode::leaves_app(&href, &origin) || matches!(link.closest("leptos-island"), Ok(Some(_)))
        {
            continue;
        }
        let text = link.text_content().unwrap_or_default();
        let address = mode::typed_address(&href);
        let shown = if text.trim() == address || text.trim() == href {
            text
        } else {
            format!("{text} ({address})")
        };
        if let Ok(span) = document.create_element("span") {
            span.set_class_name("kiosk-address");
            span.set_text_content(Some(&shown));
            let _ = link.replace_with_with_node_1(&span);
        }
    }
    for element in all(document, "[target]") {
        let _ = element.remove_attribute("target");
    }
}

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn all(document: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = document.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn dialog(id: &str) -> Option<HtmlDialogElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

fn page_lang() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Milliseconds of the monotonic clock: a change of the system clock does not move it.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
