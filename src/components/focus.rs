//! Moves keyboard and screen-reader focus to the section a link or the address points at.

/// On load and whenever the address's `#anchor` changes, focus the element with that id (which
/// has `tabindex="-1"`), so keyboard and screen-reader users land where sighted users look.
/// Browser-only: called once by the browser entry.
pub fn follow_hash_focus() {
    focus_current_hash();
    let handle = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| {
        focus_current_hash()
    });
    std::mem::forget(handle);
}

fn focus_current_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    if let Some(element) = window.document().and_then(|d| d.get_element_by_id(id)) {
        use wasm_bindgen::JsCast;
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
            element.scroll_into_view();
        }
    }
}
