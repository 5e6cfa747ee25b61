//! Structural tests of the real content (compiled in from `content/`).
//!
//! The build already rejects inconsistent content (see `crates/her2-content-build/src/check.rs`);
//! these tests add the rules that help reviewers: the planned sections, terms and sources are all there, every
//! section and FAQ cites a source, every term has a pronunciation, review dates follow the
//! policy, and every language has the same block structure as the default language, so a
//! reviewer can compare languages block by block.

use her2_content::{default_language, Block, Language, LANGUAGES};

/// Section ids planned in the content contract, in page order.
const PLANNED_SECTIONS: &[&str] = &[
    "what-is-her2",
    "why-test",
    "test-types",
    "how-its-done",
    "reading-results",
    "treatment",
    "beyond-breast",
    "status-can-change",
    "questions-to-ask",
    "support",
    "about-this-guide",
];

/// Glossary ids that the content contract requires.
const PLANNED_TERMS: &[&str] = &[
    "her2",
    "gene",
    "protein",
    "receptor",
    "overexpression",
    "amplification",
    "gene-copy",
    "chromosome-17",
    "cep17",
    "ihc",
    "ish",
    "fish",
    "cish",
    "sish",
    "dual-probe",
    "single-probe",
    "ratio",
    "average-copy-number",
    "ihc-score",
    "equivocal",
    "reflex-test",
    "pathologist",
    "pathology-report",
    "biopsy",
    "surgery-sample",
    "invasive-cancer",
    "dcis",
    "tumor",
    "hormone-receptors",
    "triple-negative",
    "metastatic",
    "recurrence",
    "her2-positive",
    "her2-negative",
    "her2-low",
    "her2-ultralow",
    "her2-zero",
    "ish-group",
    "targeted-therapy",
    "antibody-drug-conjugate",
    "chemotherapy",
    "clinical-trial",
    "trastuzumab",
    "pertuzumab",
    "t-dm1",
    "t-dxd",
    "tucatinib",
    "lapatinib",
    "neratinib",
    "zanidatamab",
    "pembrolizumab",
    "adenocarcinoma",
    "gastroesophageal-junction",
    "neoadjuvant",
    "tumor-agnostic",
    "care-team",
    "biosimilar",
];

fn planned_sources() -> Vec<String> {
    (1..=23)
        .map(|n| format!("R{n}"))
        .chain((1..=5).map(|n| format!("W{n}")))
        .collect()
}

#[test]
fn planned_sections_terms_and_sources_are_present() {
    let mut missing = Vec::new();
    for lang in LANGUAGES {
        let c = lang.content;
        let ids: Vec<&str> = c.sections.iter().map(|s| s.id).collect();
        let planned: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| PLANNED_SECTIONS.contains(id))
            .collect();
        for id in PLANNED_SECTIONS {
            if !ids.contains(id) {
                missing.push(format!("[{}] section \"{id}\" is missing", lang.code));
            }
        }
        let in_order: Vec<&str> = PLANNED_SECTIONS
            .iter()
            .copied()
            .filter(|id| ids.contains(id))
            .collect();
        if planned != in_order {
            missing.push(format!(
                "[{}] sections are not in the planned order: {}",
                lang.code,
                ids.join(", ")
            ));
        }
        for id in PLANNED_TERMS {
            if c.term(id).is_none() {
                missing.push(format!("[{}] glossary term \"{id}\" is missing", lang.code));
            }
        }
        for id in planned_sources() {
            if c.source(&id).is_none() {
                missing.push(format!("[{}] source \"{id}\" is missing", lang.code));
            }
        }
        if c.faqs.is_empty() {
            missing.push(format!("[{}] there are no FAQs", lang.code));
        }
    }
    assert!(
        missing.is_empty(),
        "content is incomplete:\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn every_section_and_faq_cites_a_source_and_every_term_has_a_pronunciation() {
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let c = lang.content;
        for s in c.sections {
            if s.sources.is_empty() {
                problems.push(format!(
                    "[{}] section \"{}\" cites no source",
                    lang.code, s.id
                ));
            }
            for id in s.sources {
                if c.source(id).is_none() {
                    problems.push(format!(
                        "[{}] section \"{}\" cites unknown source {id}",
                        lang.code, s.id
                    ));
                }
            }
        }
        for f in c.faqs {
            if f.sources.is_empty() {
                problems.push(format!("[{}] faq \"{}\" cites no source", lang.code, f.id));
            }
        }
        for t in c.terms {
            if t.say.trim().is_empty() {
                problems.push(format!(
                    "[{}] term \"{}\" has no pronunciation (say)",
                    lang.code, t.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (Howard Hinnant's days_from_civil).
fn days(date: &str) -> i64 {
    let part = |r: std::ops::Range<usize>| {
        date[r]
            .parse::<i64>()
            .unwrap_or_else(|_| panic!("bad date {date}"))
    };
    let (y, m, d) = (part(0..4), part(5..7), part(8..10));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[test]
fn review_dates_follow_the_policy() {
    // Policy (docs/content.md): every section is reviewed at least once a year, so the next
    // review is planned at most one year (366 days) after the last one; a review date cannot
    // be in the future.
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .expect("clock after 1970");
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        for s in lang.content.sections {
            let (reviewed, next) = (days(s.reviewed), days(s.next_review));
            if next - reviewed > 366 {
                problems.push(format!(
                    "[{}] section \"{}\": next_review {} is more than a year after reviewed {}",
                    lang.code, s.id, s.next_review, s.reviewed
                ));
            }
            if reviewed > today + 1 {
                problems.push(format!(
                    "[{}] section \"{}\": reviewed {} is in the future",
                    lang.code, s.id, s.reviewed
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A short description of a block's shape, for comparing languages.
fn shape(block: &Block) -> String {
    match block {
        Block::Paragraph(_) => "paragraph".to_string(),
        Block::List { ordered, items } => {
            format!(
                "{} list of {} items",
                if *ordered { "numbered" } else { "bullet" },
                items.len()
            )
        }
        Block::Heading(_) => "sub-heading".to_string(),
        Block::Figure(id) => format!("figure {id}"),
        Block::Table { head, rows } => {
            format!("table of {} columns and {} rows", head.len(), rows.len())
        }
    }
}

fn compare(
    base: &Language,
    lang: &Language,
    what: &str,
    a: &[Block],
    b: &[Block],
    problems: &mut Vec<String>,
) {
    if a.len() != b.len() {
        problems.push(format!(
            "[{}] {what}: {} blocks, but {} has {} blocks ({} vs {})",
            lang.code,
            b.len(),
            base.code,
            a.len(),
            b.iter().map(shape).collect::<Vec<_>>().join(", "),
            a.iter().map(shape).collect::<Vec<_>>().join(", ")
        ));
        return;
    }
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        let (sx, sy) = (shape(x), shape(y));
        if sx != sy {
            problems.push(format!(
                "[{}] {what}: block {} is a {sy}, but in {} a {sx}",
                lang.code,
                i + 1,
                base.code
            ));
        }
    }
}

#[test]
fn every_language_has_the_same_blocks_as_the_default_language() {
    let base = default_language();
    let mut problems = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| l.code != base.code) {
        for (a, b) in base.content.sections.iter().zip(lang.content.sections) {
            assert_eq!(a.id, b.id, "the build checks that section ids align");
            compare(
                base,
                lang,
                &format!("section \"{}\"", a.id),
                a.body,
                b.body,
                &mut problems,
            );
        }
        for (a, b) in base.content.faqs.iter().zip(lang.content.faqs) {
            assert_eq!(a.id, b.id, "the build checks that FAQ ids align");
            compare(
                base,
                lang,
                &format!("faq \"{}\"", a.id),
                a.answer,
                b.answer,
                &mut problems,
            );
        }
    }
    assert!(
        problems.is_empty(),
        "block structure differs between languages:\n  {}",
        problems.join("\n  ")
    );
}
