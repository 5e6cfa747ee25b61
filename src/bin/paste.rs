//! The paste reader's module: see `her2_explained::paste_module`. Its exports are there; it
//! does nothing when loaded.

fn main() {
    // Linked for its exports (`show_found`, `clear_found`).
    let _ = her2_explained::paste_module::clear_found;
}
