//! The browser entry point.

fn main() {
    console_error_panic_hook::set_once();
    // Islands: the page was pre-rendered; hydrate the islands only.
    #[cfg(feature = "hydrate")]
    her2_explained::client::start();
    // Client-side rendering (feature `csr`, e.g. for the wasm tests): mount the default page.
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(|| {
        leptos::prelude::view! { <her2_explained::App language=her2_content::default_language()/> }
    });
}
