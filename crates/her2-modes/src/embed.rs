//! Embed mode in the browser (`?mode=embed`, the iframe `embed.js` makes on a hospital page).
//! See `docs/embedding.md`.
//!
//! The styles under `html[data-mode=embed]` hide the site's header, footer and table of
//! contents and make the background transparent. Here: `sections=` hides the other parts, the
//! theme colours become CSS custom properties (through the CSSOM, which `style-src 'self'`
//! allows), links to other sites open outside the frame, and the page tells its host page its
//! height (`{type: "her2-explained:height", height}`, rounded up to a multiple of
//! [`mode::HEIGHT_STEP`] so that the host cannot tell which result is shown) whenever it
//! changes, at most once per animation frame, only to the `parent` origin and only when that
//! origin is on the deployment's allow-list (never `"*"`). In a frame without a `parent`
//! option it says so in the console (with a wrong one, [`mode::parse`] already has).
//!
//! In a partial embed, an in-page link to a part the host page left out (the report tool,
//! another section, a source, the word list) opens the full app there in a new tab, and links to
//! the table of contents go: the rule is [`mode::link_in_embed`], applied here to the page and
//! to what the report tool adds later.
//!
//! The site header, which holds the page's `h1`, is hidden in an embed: a visually hidden `h1`
//! with the site's title opens `<main>` instead, for screen readers.

use crate::mode::{self, LinkAction, LinkTarget, Mode, FULL_APP_MARK, HEIGHT_MESSAGE};
use her2_content::ui;
use std::cell::Cell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// The id of the hidden note ("opens the full guide in a new tab") that describes the links
/// that open the full app.
const NEW_TAB_NOTE: &str = "her2-embed-new-tab";

thread_local! {
    /// A height message is already waiting for the next animation frame.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Applies [`mode::link_in_embed`] to every in-page link (`href="#id"`) not seen yet. A link
/// changed to open the full app no longer starts with `#`, so running it again is harmless.
fn in_page_links(document: &Document) {
    let Ok(list) = document.query_selector_all("a[href^='#']") else {
        return;
    };
    for i in 0..list.length() {
        let Some(link) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        let id = href.trim_start_matches('#');
        let target = match (!id.is_empty())
            .then(|| document.get_element_by_id(id))
            .flatten()
        {
            None => LinkTarget::Missing,
            Some(element) => match element.closest("main>section[id]") {
                Ok(Some(part)) if part.has_attribute("hidden") => LinkTarget::Hidden,
                Ok(Some(_)) => LinkTarget::Shown,
                _ => LinkTarget::OutsideParts,
            },
        };
        match mode::link_in_embed(target) {
            LinkAction::Keep => {}
            LinkAction::Remove => {
                let _ = link.set_attribute("hidden", "");
            }
            LinkAction::OpenFullApp => {
                let _ = link.set_attribute("href", &mode::full_app_href(id));
                let _ = link.set_attribute("target", "_blank");
                let _ = link.set_attribute("rel", "noopener");
                let _ = link.set_attribute(FULL_APP_MARK, "");
                let _ = link.set_attribute("aria-describedby", NEW_TAB_NOTE);
            }
        }
    }
}

/// Sets the embed up, if this page is one (called once by the browser entry).
pub fn start() {
    let Mode::Embed(embed) = mode::mode() else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let each = |selector: &str, f: &dyn Fn(Element)| {
        if let Ok(list) = document.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(element) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    f(element);
                }
            }
        }
    };
    if !embed.sections.is_empty() {
        each("main>section[id]", &|section| {
            if !embed.sections.contains(&section.id()) {
                let _ = section.set_attribute("hidden", "");
            }
        });
    }
    if let Some(root) = root.dyn_ref::<HtmlElement>() {
        let style = root.style();
        for (property, value) in [
            ("--color-primary", &embed.accent),
            ("--color-bg", &embed.bg),
            ("--embed-bg", &embed.bg),
            ("--color-text", &embed.fg),
        ] {
            if let Some(value) = value {
                let _ = style.set_property(property, value);
            }
        }
    }
    // The page's heading, for screen readers (the header that holds the visible one is hidden).
    if let Ok(Some(main)) = document.query_selector("main") {
        let lang = root.get_attribute("lang").unwrap_or_default();
        if let Ok(h1) = document.create_element("h1") {
            h1.set_class_name("visually-hidden");
            h1.set_text_content(Some(ui(&lang).site_title));
            let _ = main.prepend_with_node_1(&h1);
        }
    }
    // In-page links to parts that are not shown: open the full app, or go. Again whenever the
    // page adds content (the report tool's steps are drawn as the visitor goes).
    let lang = root.get_attribute("lang").unwrap_or_default();
    if let Some(body) = document.body() {
        if let Ok(note) = document.create_element("span") {
            note.set_id(NEW_TAB_NOTE);
            let _ = note.set_attribute("hidden", "");
            note.set_text_content(Some(ui(&lang).embed_new_tab));
            let _ = body.append_with_node_1(&note);
        }
    }
    in_page_links(&document);
    if let Ok(Some(main)) = document.query_selector("main") {
        let on_change = Closure::<dyn FnMut()>::new(|| {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                in_page_links(&document);
            }
        });
        if let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) {
            let options = web_sys::MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            let _ = observer.observe_with_options(&main, &options);
        }
        on_change.forget();
    }
    // A link to another site opens outside the frame (most sites refuse to be framed).
    let origin = window.location().origin().unwrap_or_default();
    each("a[href]", &|link| {
        if mode::leaves_app(&link.get_attribute("href").unwrap_or_default(), &origin) {
            let _ = link.set_attribute("target", "_blank");
            let _ = link.set_attribute("rel", "noopener noreferrer");
        }
    });

    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if JsValue::from(&parent) == JsValue::from(&window) {
        return; // not in a frame
    }
    let Some(parent_origin) = embed.parent.clone() else {
        let given =
            web_sys::UrlSearchParams::new_with_str(&window.location().search().unwrap_or_default())
                .is_ok_and(|query| query.has("parent"));
        if !given {
            web_sys::console::warn_1(
                &"HER2 Explained: no parent option: the host page is not told this page's height \
                  (embed.js adds it)"
                    .into(),
            );
        }
        return;
    };
    // Where the browser says who frames us (Chromium, Safari; "null" when hidden), it must be
    // the origin the loader named.
    let framer = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()))
        .ok()
        .and_then(|o| o.as_string())
        .filter(|o| o != "null");
    if framer.is_some_and(|o| o != parent_origin) {
        let message =
            format!("HER2 Explained: the host page is not {parent_origin}; no height sent");
        web_sys::console::warn_1(&message.into());
        return;
    }

    let measured = root.clone();
    let send: js_sys::Function = Closure::<dyn FnMut()>::new(move || {
        PENDING.set(false);
        let message = js_sys::Object::new();
        let height = mode::reported_height(measured.get_bounding_client_rect().height());
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &parent_origin);
    })
    .into_js_value()
    .unchecked_into();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        if !PENDING.replace(true) {
            if let Some(window) = web_sys::window() {
                let _ = window.request_animation_frame(&send);
            }
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        // Also reports the first size, right away.
        observer.observe(&root);
    }
    on_resize.forget();
}
