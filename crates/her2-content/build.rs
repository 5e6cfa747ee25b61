//! Reads `content/`, checks it, and generates `$OUT_DIR/content.rs` (static data).
//!
//! On any content problem the build fails with the full list of problems, each naming the
//! file, line, language and item, so writers can fix their files without reading Rust.
//!
//! The content folder is `../../content` (the workspace's `content/`), or the folder named by
//! the `HER2_CONTENT_DIR` environment variable (relative paths are taken from this crate's
//! folder), which is useful to try a copy of the content.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use her2_content_build::{check, generate::generate, load};

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=HER2_CONTENT_DIR");
    let (root, display) = match std::env::var("HER2_CONTENT_DIR") {
        Ok(dir) if !dir.trim().is_empty() => {
            let path = manifest.join(dir.trim());
            let display = path.display().to_string();
            (path, display)
        }
        _ => (manifest.join("../../content"), "content".to_string()),
    };

    let loaded = load::load_dir(&root, &display);
    for path in &loaded.read {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    for warning in &loaded.warnings {
        println!("cargo:warning={warning}");
    }
    let compiled = match loaded.result {
        Ok(compiled) => compiled,
        Err(problems) => fail(&root, &problems),
    };

    let code = generate(&compiled);
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}

/// Stops the build with every problem, numbered, and a short guide.
fn fail(root: &Path, problems: &[check::Problem]) -> ! {
    let mut text = format!(
        "\n\nThe HER2 Explained content has {} problem{} (content folder: {}).\n\
         Fix them in the files named below, then build again. The format is described in docs/content.md.\n\n",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        root.display()
    );
    for (i, p) in problems.iter().enumerate() {
        let _ = writeln!(text, "{:>3}. {p}", i + 1);
    }
    panic!("{text}");
}
