//! The browser entry point.

fn main() {
    set_panic_hook();
    // Islands: the page was pre-rendered; hydrate the islands only.
    #[cfg(feature = "hydrate")]
    her2_explained::client::start();
    // Client-side rendering (feature `csr`, e.g. for the wasm tests): mount the default page.
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(|| {
        leptos::prelude::view! { <her2_explained::App language=her2_content::default_language()/> }
    });
}

/// Development builds log the full panic message with `console_error_panic_hook`.
#[cfg(debug_assertions)]
fn set_panic_hook() {
    console_error_panic_hook::set_once();
}

/// Release builds log the panic's message and where it happened, without the formatting code
/// of `console_error_panic_hook` (which makes the download larger); the browser then reports
/// the abort (`unreachable`) as a page error.
#[cfg(not(debug_assertions))]
fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("");
        let (file, line) = info.location().map_or(("", 0), |l| (l.file(), l.line()));
        web_sys::console::error_4(
            &"HER2 Explained panicked:".into(),
            &message.into(),
            &file.into(),
            &line.into(),
        );
    }));
}
