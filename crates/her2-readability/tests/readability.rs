//! Readability of the real content (compiled in from `content/`).
//!
//! Run `cargo test -p her2-readability --test readability -- --nocapture` to see the table, or
//! `cargo run -q -p her2-readability` for the table and the hardest
//! sentences of each section.
//!
//! Targets (see docs/content.md): English Flesch-Kincaid grade <= 6.0 overall and <= 7.0 for
//! every section (all FAQ answers together count as the section "faq"), SMOG <= 8.0 overall;
//! Spanish Fernández-Huerta reading ease >= 70 overall and for every section.

use her2_content::{language, LANGUAGES};
use her2_readability::{report, Lang};

#[test]
fn content_meets_the_readability_targets() {
    // Missing content must fail, never pass: both measured languages must be there, with text.
    for code in ["en", "es"] {
        let lang = language(code).unwrap_or_else(|| panic!("language {code} is not registered"));
        assert!(
            !lang.content.sections.is_empty(),
            "[{code}] has no sections"
        );
        assert!(!lang.content.faqs.is_empty(), "[{code}] has no FAQs");
    }

    let mut failures = Vec::new();
    let mut measured = 0;
    for lang in LANGUAGES {
        let Some(report) = report(lang) else {
            println!(
                "[{}] no readability rules for this language; not measured\n",
                lang.code
            );
            continue;
        };
        measured += 1;
        println!("{}", report.table());
        failures.extend(report.failures());
    }
    assert!(LANGUAGES
        .iter()
        .any(|l| Lang::from_code(l.code) == Some(Lang::English)));
    assert!(measured >= 2);
    assert!(
        failures.is_empty(),
        "readability targets missed:\n  {}\n(run `cargo run -q -p her2-readability` to see the hardest sentences)",
        failures.join("\n  ")
    );
}
