//! Prints the readability of the content, for writers and translators:
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/target-content cargo run -q -p her2-readability
//! ```
//!
//! For every language: a table per section (words, sentences, words per sentence, syllables
//! per word, and Flesch-Kincaid grade and SMOG for English or Fernández-Huerta for Spanish),
//! the targets that are missed, and the 5 hardest sentences of each section (ranked by
//! words × syllables): shorten those sentences or use shorter words first.
//!
//! Optional arguments: the language codes to show (e.g. `es`); all languages by default.

use her2_content::LANGUAGES;
use her2_readability::{hardest, report, Lang, Part, Report};

const HARDEST: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let wanted: Vec<&str> = args.iter().map(String::as_str).collect();

    let mut missed = 0;
    for lang in LANGUAGES {
        if !wanted.is_empty() && !wanted.contains(&lang.code) {
            continue;
        }
        let Some(report) = report(lang) else {
            println!(
                "== {} ({}): no readability rules for this language\n",
                lang.name, lang.code
            );
            continue;
        };
        println!("== {} ({})\n", lang.name, lang.code);
        println!("{}", report.table());
        let failures = report.failures();
        if failures.is_empty() {
            println!("All targets met ({}).\n", targets(report.lang));
        } else {
            println!("Targets missed ({}):", targets(report.lang));
            for f in &failures {
                println!("  - {f}");
            }
            println!();
        }
        missed += failures.len();
        print_hardest(&report, &failures);
    }
    if missed > 0 {
        println!("{missed} target(s) missed. `cargo test -p her2-readability --test readability` fails until they are met.");
    }
}

fn targets(lang: Lang) -> &'static str {
    match lang {
        Lang::English => {
            "Flesch-Kincaid grade <= 6.0 overall and <= 7.0 per section, SMOG <= 8.0 overall"
        }
        Lang::Spanish => "Fernández-Huerta >= 70 overall and per section",
    }
}

fn print_hardest(report: &Report, failures: &[String]) {
    println!("The {HARDEST} hardest sentences of each part (ranked by words x syllables; simplify these first):");
    for part in &report.parts {
        let failing = failures
            .iter()
            .any(|f| f.contains(&format!("] {}:", part.id)));
        print_part(report.lang, part, failing);
    }
    println!();
}

fn print_part(lang: Lang, part: &Part, failing: bool) {
    println!(
        "  {}{}",
        part.id,
        if failing { "  (misses a target)" } else { "" }
    );
    for s in hardest(&part.units, lang, HARDEST) {
        println!(
            "    [{} words, {} syllables] {}",
            s.stats.words, s.stats.syllables, s.text
        );
    }
}
