//! Tests of the content checker with small in-memory fixtures.
//!
//! They run the same loader as `crates/her2-content/build.rs` ([`load`]) on the valid
//! fixture in `tests/fixtures/valid/`, then break one thing at a time and assert that the
//! specific problem is reported, with the right kind, language, file and item.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use her2_content_build::check::{self, Compiled, Kind, Problem};
use her2_content_build::load;
use her2_content_build::markup::{self, MarkupErrorKind, ParsedBlock, ParsedInline};

type Files = BTreeMap<String, String>;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid")
}

/// The valid fixture as `relative path -> text`.
fn fixture() -> Files {
    let root = fixture_dir();
    let mut files = Files::new();
    files.insert(
        "languages.toml".into(),
        std::fs::read_to_string(root.join("languages.toml")).expect("fixture registry"),
    );
    for lang in ["en", "es"] {
        for entry in std::fs::read_dir(root.join(lang)).expect("fixture folder") {
            let entry = entry.expect("fixture entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path()).expect("fixture file");
            files.insert(format!("{lang}/{name}"), text);
        }
    }
    files
}

fn run(files: &Files) -> Result<Compiled, Vec<Problem>> {
    load::load("content", files).0
}

fn problems(files: &Files) -> Vec<Problem> {
    match run(files) {
        Ok(_) => panic!("expected problems, but the content was accepted"),
        Err(problems) => problems,
    }
}

/// Replaces `from` (which must be present) with `to` in one file.
fn edit(files: &mut Files, path: &str, from: &str, to: &str) {
    let text = files
        .get_mut(path)
        .unwrap_or_else(|| panic!("no fixture file {path}"));
    assert!(text.contains(from), "{path} does not contain {from:?}");
    *text = text.replacen(from, to, 1);
}

/// Asserts that a problem of `kind` for `lang`, in a file containing `file`, about an item
/// containing `item`, with a message containing `message`, was reported.
#[track_caller]
fn expect(problems: &[Problem], kind: Kind, lang: &str, file: &str, item: &str, message: &str) {
    let found = problems.iter().any(|p| {
        p.kind == kind
            && p.lang == lang
            && p.file.contains(file)
            && p.item.contains(item)
            && p.message.contains(message)
    });
    let list: Vec<String> = problems
        .iter()
        .map(|p| format!("{:?}: {p}", p.kind))
        .collect();
    assert!(
        found,
        "expected {kind:?} [{lang}] {file} {item:?} {message:?}, got:\n{}",
        list.join("\n")
    );
}

#[test]
fn the_valid_fixture_compiles() {
    let compiled = run(&fixture()).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(compiled.languages.len(), 2);
    let en = &compiled.languages[0];
    assert_eq!(en.code, "en");
    // sections-1.toml then sections-2.toml, joined in file-name order.
    let ids: Vec<&str> = en.sections.iter().map(|s| s.src.id.as_str()).collect();
    assert_eq!(ids, ["what-is-her2", "test-types"]);
    // [[her2]] shows the glossary term's own name; [[receptor|receptors]] the given words.
    match &en.sections[0].body[0] {
        ParsedBlock::Paragraph(inlines) => {
            assert!(inlines.contains(&ParsedInline::Term {
                id: "her2".into(),
                text: Some("HER2".into())
            }));
            assert!(inlines.contains(&ParsedInline::Term {
                id: "receptor".into(),
                text: Some("receptors".into())
            }));
        }
        other => panic!("expected a paragraph, got {other:?}"),
    }
    // Bare TOML dates are accepted as well as strings.
    assert_eq!(compiled.languages[1].sections[1].src.reviewed, "2026-11-25");
    assert_eq!(
        en.ui.get("site_title").map(String::as_str),
        Some("HER2 Explained")
    );
}

#[test]
fn the_fixture_folder_loads_from_disk() {
    let loaded = load::load_dir(&fixture_dir(), "fixture");
    let compiled = loaded.result.unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(compiled.languages.len(), 2);
    assert!(loaded.read.iter().any(|p| p.ends_with("es/faq.toml")));
    assert!(loaded.warnings.is_empty());
}

#[test]
fn problems_name_file_line_language_and_item() {
    let mut files = fixture();
    edit(&mut files, "es/faq.toml", "[[her2]]", "[[her3]]");
    let p = problems(&files);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(
        p[0].to_string(),
        "content/es/faq.toml:4: [es] faq \"what-is-the-test\": answer: [[her3]] is not defined in content/es/glossary*.toml (add the term, or fix the id)"
    );
}

#[test]
fn body_lines_are_file_lines() {
    let mut files = fixture();
    // Line 12 of en/sections-1.toml is the bullet "- One item" (the body starts on line 9).
    edit(
        &mut files,
        "en/sections-1.toml",
        "- One item",
        "- One <b>item</b>",
    );
    let p = problems(&files);
    assert!(
        !p.is_empty() && p.iter().all(|p| p.line == Some(12)),
        "{p:#?}"
    );
}

// ---- alignment with the default language ----

#[test]
fn missing_section() {
    let mut files = fixture();
    let es = files["es/sections.toml"].clone();
    let cut = es
        .find("[[section]]\nid = \"test-types\"")
        .expect("second section");
    files.insert("es/sections.toml".into(), es[..cut].to_string());
    let p = problems(&files);
    expect(
        &p,
        Kind::MissingId,
        "es",
        "content/es/sections*.toml",
        "section \"test-types\"",
        "missing: en has it at position 2",
    );
}

#[test]
fn extra_section() {
    let mut files = fixture();
    let extra = "\n[[section]]\nid = \"extra\"\ntitle = \"Extra\"\nsummary = \"Extra.\"\nreviewed = \"2026-11-25\"\nnext_review = \"2027-11-25\"\nsources = [\"R1\"]\nbody = \"Text.\"\n";
    files
        .get_mut("es/sections.toml")
        .expect("file")
        .push_str(extra);
    let p = problems(&files);
    expect(
        &p,
        Kind::ExtraId,
        "es",
        "content/es/sections.toml",
        "section \"extra\"",
        "en has no section with this id",
    );
}

#[test]
fn reordered_sections() {
    let mut files = fixture();
    let es = files["es/sections.toml"].clone();
    let cut = es
        .find("[[section]]\nid = \"test-types\"")
        .expect("second section");
    files.insert(
        "es/sections.toml".into(),
        format!("{}\n{}", &es[cut..], &es[..cut]),
    );
    let p = problems(&files);
    expect(
        &p,
        Kind::Order,
        "es",
        "content/es/sections.toml",
        "section \"test-types\"",
        "different order than in en",
    );
    assert!(
        !p.iter()
            .any(|p| p.kind == Kind::MissingId || p.kind == Kind::ExtraId),
        "{p:#?}"
    );
}

#[test]
fn missing_extra_and_reordered_faqs() {
    let second = "\n[[faq]]\nid = \"second\"\nquestion = \"Second?\"\nanswer = \"Yes.\"\nsources = [\"R1\"]\n";
    let mut files = fixture();
    files.get_mut("en/faq.toml").expect("file").push_str(second);
    expect(
        &problems(&files),
        Kind::MissingId,
        "es",
        "content/es/faq*.toml",
        "faq \"second\"",
        "missing",
    );

    let mut files = fixture();
    files.get_mut("es/faq.toml").expect("file").push_str(second);
    expect(
        &problems(&files),
        Kind::ExtraId,
        "es",
        "content/es/faq.toml",
        "faq \"second\"",
        "en has no faq",
    );

    let mut files = fixture();
    files.get_mut("en/faq.toml").expect("file").push_str(second);
    let es = files["es/faq.toml"].clone();
    files.insert(
        "es/faq.toml".into(),
        format!("{}\n{es}", second.trim_start()),
    );
    expect(
        &problems(&files),
        Kind::Order,
        "es",
        "content/es/faq.toml",
        "faq \"second\"",
        "different order",
    );
}

#[test]
fn missing_and_reordered_sources() {
    let mut files = fixture();
    let es = files["es/sources.toml"].clone();
    let cut = es.find("[[source]]\nid = \"W1\"").expect("second source");
    files.insert(
        "es/sources.toml".into(),
        format!("{}\n{}", &es[cut..], &es[..cut]),
    );
    expect(
        &problems(&files),
        Kind::Order,
        "es",
        "content/es/sources.toml",
        "source \"W1\"",
        "different order",
    );

    let mut files = fixture();
    files.insert("es/sources.toml".into(), es[..cut].to_string());
    let p = problems(&files);
    expect(
        &p,
        Kind::MissingId,
        "es",
        "content/es/sources*.toml",
        "source \"W1\"",
        "missing",
    );
    expect(
        &p,
        Kind::UndefinedSource,
        "es",
        "content/es/sections.toml",
        "section \"what-is-her2\"",
        "source \"W1\" is not defined",
    );
}

#[test]
fn glossary_sets_must_match_but_not_order() {
    // The fixture's es glossary is in another order than en: accepted (checked above).
    let mut files = fixture();
    let extra = "\n[[term]]\nid = \"gene\"\nterm = \"gen\"\nsay = \"JEN\"\ndefinition = \"Una parte del ADN.\"\n";
    files
        .get_mut("es/glossary.toml")
        .expect("file")
        .push_str(extra);
    expect(
        &problems(&files),
        Kind::ExtraId,
        "es",
        "content/es/glossary.toml",
        "term \"gene\"",
        "en has no term",
    );

    let mut files = fixture();
    files
        .get_mut("en/glossary.toml")
        .expect("file")
        .push_str(&extra.replace("gen\"", "gene\""));
    expect(
        &problems(&files),
        Kind::MissingId,
        "es",
        "content/es/glossary*.toml",
        "term \"gene\"",
        "missing",
    );
}

#[test]
fn ui_key_sets_and_placeholders_must_match() {
    let mut files = fixture();
    edit(
        &mut files,
        "es/ui.toml",
        "site_title = \"HER2 explicado\"\n",
        "",
    );
    expect(
        &problems(&files),
        Kind::MissingId,
        "es",
        "content/es/ui*.toml",
        "ui key \"site_title\"",
        "missing",
    );

    let mut files = fixture();
    files
        .get_mut("es/ui.toml")
        .expect("file")
        .push_str("skip_link = \"Saltar\"\n");
    expect(
        &problems(&files),
        Kind::ExtraId,
        "es",
        "content/es/ui.toml",
        "ui key \"skip_link\"",
        "en has no ui key",
    );

    let mut files = fixture();
    edit(&mut files, "es/ui.toml", "{total}", "{todo}");
    expect(
        &problems(&files),
        Kind::Placeholder,
        "es",
        "content/es/ui.toml",
        "ui key \"section_count\"",
        "placeholders differ from en",
    );

    let mut files = fixture();
    edit(&mut files, "en/ui.toml", "{total}", "{total");
    expect(
        &problems(&files),
        Kind::Placeholder,
        "en",
        "content/en/ui.toml",
        "ui key \"section_count\"",
        "'{' without '}'",
    );
}

#[test]
fn cited_sources_must_match_across_languages() {
    let mut files = fixture();
    edit(
        &mut files,
        "es/sections.toml",
        "sources = [\"W1\", \"R1\"]",
        "sources = [\"R1\"]",
    );
    expect(
        &problems(&files),
        Kind::SourcesDiffer,
        "es",
        "content/es/sections.toml",
        "section \"what-is-her2\"",
        "en cites [R1, W1]",
    );
}

// ---- references ----

#[test]
fn undefined_term() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/sections-2.toml",
        "[[her2]]-negative",
        "[[her-2]]-negative",
    );
    expect(
        &problems(&files),
        Kind::UndefinedTerm,
        "en",
        "content/en/sections-2.toml",
        "section \"test-types\"",
        "[[her-2]] is not defined",
    );
}

#[test]
fn undefined_source() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/faq.toml",
        "sources = [\"R1\"]",
        "sources = [\"R1\", \"R99\"]",
    );
    expect(
        &problems(&files),
        Kind::UndefinedSource,
        "en",
        "content/en/faq.toml",
        "faq \"what-is-the-test\"",
        "source \"R99\" is not defined",
    );
}

#[test]
fn unknown_figure() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/sections-2.toml",
        "{{figure:ihc-scale}}",
        "{{figure:ihc-scales}}",
    );
    expect(
        &problems(&files),
        Kind::UnknownFigure,
        "en",
        "content/en/sections-2.toml",
        "section \"test-types\"",
        "figure \"ihc-scales\" is not one of the figures",
    );
}

#[test]
fn bad_anchors() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/sections-1.toml",
        "(#test-types)",
        "(#test-type)",
    );
    expect(
        &problems(&files),
        Kind::BadAnchor,
        "en",
        "content/en/sections-1.toml",
        "section \"what-is-her2\"",
        "link to \"#test-type\"",
    );

    let mut files = fixture();
    edit(
        &mut files,
        "en/sections-2.toml",
        "(#faq-what-is-the-test)",
        "(#faq-what-is-it)",
    );
    expect(
        &problems(&files),
        Kind::BadAnchor,
        "en",
        "content/en/sections-2.toml",
        "section \"test-types\"",
        "#faq-what-is-it",
    );
}

// ---- duplicates and ids ----

#[test]
fn duplicate_ids() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/sections-2.toml",
        "id = \"test-types\"",
        "id = \"what-is-her2\"",
    );
    expect(
        &problems(&files),
        Kind::DuplicateId,
        "en",
        "content/en/sections-2.toml",
        "section \"what-is-her2\"",
        "first defined at content/en/sections-1.toml:2",
    );

    let mut files = fixture();
    edit(
        &mut files,
        "en/glossary.toml",
        "id = \"receptor\"",
        "id = \"her2\"",
    );
    expect(
        &problems(&files),
        Kind::DuplicateId,
        "en",
        "content/en/glossary.toml",
        "term \"her2\"",
        "duplicate id",
    );

    let mut files = fixture();
    edit(&mut files, "es/sources.toml", "id = \"W1\"", "id = \"R1\"");
    expect(
        &problems(&files),
        Kind::DuplicateId,
        "es",
        "content/es/sources.toml",
        "source \"R1\"",
        "duplicate id",
    );

    let mut files = fixture();
    files.insert("en/ui-extra.toml".into(), "site_title = \"Again\"\n".into());
    expect(
        &problems(&files),
        Kind::DuplicateId,
        "en",
        "content/en/ui.toml",
        "ui key \"site_title\"",
        "duplicate id",
    );
}

#[test]
fn bad_ids() {
    let mut files = fixture();
    edit(&mut files, "en/ui.toml", "site_title", "SiteTitle");
    expect(
        &problems(&files),
        Kind::BadId,
        "en",
        "content/en/ui.toml",
        "ui key \"SiteTitle\"",
        "snake_case",
    );

    let mut files = fixture();
    files.get_mut("en/sections-2.toml").expect("file").push_str(
        "\n[[section]]\nid = \"glossary\"\ntitle = \"G\"\nsummary = \"S.\"\nreviewed = \"2026-11-25\"\nnext_review = \"2027-11-25\"\nsources = [\"R1\"]\nbody = \"Text.\"\n",
    );
    expect(
        &problems(&files),
        Kind::BadId,
        "en",
        "content/en/sections-2.toml",
        "section \"glossary\"",
        "reserved",
    );
}

// ---- markup ----

#[test]
fn markup_problems() {
    let cases: &[(&str, &str, MarkupErrorKind)] = &[
        (
            "The test measures **how much**.",
            "The test measures <b>how much</b>.",
            MarkupErrorKind::RawHtml,
        ),
        (
            "The test measures **how much**.",
            "The test measures **how much.",
            MarkupErrorKind::Unclosed,
        ),
        (
            "Every cell has some [[her2]].",
            "Every cell has some [[her2.",
            MarkupErrorKind::Unclosed,
        ),
        (
            "See [the tests](#test-types)",
            "See [the tests](https://example.org)",
            MarkupErrorKind::ExternalLink,
        ),
        (
            "See [the tests](#test-types)",
            "See www.cancer.gov",
            MarkupErrorKind::ExternalLink,
        ),
        ("- Another item", "* Another item", MarkupErrorKind::Unknown),
        (
            "- Another item",
            "- Another *item*",
            MarkupErrorKind::Unknown,
        ),
    ];
    for (from, to, kind) in cases {
        let mut files = fixture();
        edit(&mut files, "en/sections-1.toml", from, to);
        expect(
            &problems(&files),
            Kind::Markup(*kind),
            "en",
            "content/en/sections-1.toml",
            "section \"what-is-her2\"",
            "body",
        );
    }
    let tables: &[(&str, &str)] = &[
        ("| 3+ | Positive |", "| 3+ | Positive | extra |"),
        ("| 3+ | Positive |", "| 3+ | Positive"),
        ("|---|---|", "|xxx|---|"),
    ];
    for (from, to) in tables {
        let mut files = fixture();
        edit(&mut files, "en/sections-2.toml", from, to);
        expect(
            &problems(&files),
            Kind::Markup(MarkupErrorKind::Table),
            "en",
            "content/en/sections-2.toml",
            "section \"test-types\"",
            "table",
        );
    }
}

#[test]
fn markup_in_plain_fields() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/glossary.toml",
        "A protein on the surface",
        "A [[receptor]] on the surface",
    );
    expect(
        &problems(&files),
        Kind::Markup(MarkupErrorKind::Unknown),
        "en",
        "content/en/glossary.toml",
        "term \"her2\"",
        "definition",
    );

    let mut files = fixture();
    edit(
        &mut files,
        "en/sections-1.toml",
        "title = \"What is HER2?\"",
        "title = \"What is <i>HER2</i>?\"",
    );
    expect(
        &problems(&files),
        Kind::Markup(MarkupErrorKind::RawHtml),
        "en",
        "content/en/sections-1.toml",
        "section \"what-is-her2\"",
        "title",
    );
}

// ---- fields and dates ----

#[test]
fn empty_and_missing_fields() {
    let mut files = fixture();
    edit(
        &mut files,
        "es/sections.toml",
        "summary = \"Hay dos pruebas principales.\"",
        "summary = \"  \"",
    );
    expect(
        &problems(&files),
        Kind::EmptyField,
        "es",
        "content/es/sections.toml",
        "section \"test-types\"",
        "`summary`",
    );

    let mut files = fixture();
    edit(&mut files, "en/glossary.toml", "say = \"her-TOO\"\n", "");
    expect(
        &problems(&files),
        Kind::EmptyField,
        "en",
        "content/en/glossary.toml",
        "term \"her2\"",
        "`say`",
    );

    let mut files = fixture();
    edit(
        &mut files,
        "en/faq.toml",
        "sources = [\"R1\"]",
        "sources = []",
    );
    expect(
        &problems(&files),
        Kind::EmptyField,
        "en",
        "content/en/faq.toml",
        "faq \"what-is-the-test\"",
        "`sources`",
    );

    let mut files = fixture();
    edit(
        &mut files,
        "en/sources.toml",
        "note = \"A fact sheet about pathology reports.\"",
        "note = \"\"",
    );
    expect(
        &problems(&files),
        Kind::EmptyField,
        "en",
        "content/en/sources.toml",
        "source \"W1\"",
        "`note`",
    );

    let mut files = fixture();
    edit(&mut files, "en/ui.toml", "\"HER2 Explained\"", "\"\"");
    expect(
        &problems(&files),
        Kind::EmptyField,
        "en",
        "content/en/ui.toml",
        "ui key \"site_title\"",
        "empty",
    );
}

#[test]
fn dates() {
    for (bad, kind, message) in [
        ("\"2026-13-01\"", Kind::BadDate, "not a real date"),
        ("\"25/11/2026\"", Kind::BadDate, "YYYY-MM-DD"),
        ("\"2027-02-29\"", Kind::BadDate, "not a real date"),
        (
            "\"2026-11-25\"",
            Kind::ReviewOrder,
            "must be after reviewed",
        ),
        (
            "\"2025-01-01\"",
            Kind::ReviewOrder,
            "must be after reviewed",
        ),
        ("12", Kind::BadDate, "must be a date"),
    ] {
        let mut files = fixture();
        edit(
            &mut files,
            "en/sections-1.toml",
            "next_review = \"2027-11-25\"",
            &format!("next_review = {bad}"),
        );
        expect(
            &problems(&files),
            kind,
            "en",
            "content/en/sections-1.toml",
            "section \"what-is-her2\"",
            message,
        );
    }
}

#[test]
fn bad_url() {
    let mut files = fixture();
    edit(
        &mut files,
        "en/sources.toml",
        "\"https://doi.org/10.1200/JCO.2018.77.8738\"",
        "\"doi.org/10.1200/JCO.2018.77.8738\"",
    );
    expect(
        &problems(&files),
        Kind::BadUrl,
        "en",
        "content/en/sources.toml",
        "source \"R1\"",
        "not a web address",
    );
}

// ---- files ----

#[test]
fn toml_errors_and_unknown_fields() {
    let mut files = fixture();
    edit(&mut files, "es/faq.toml", "question = \"", "question = ");
    let p = problems(&files);
    expect(
        &p,
        Kind::Toml,
        "es",
        "content/es/faq.toml",
        "",
        "TOML error",
    );
    assert!(
        p.iter().any(|p| p.kind == Kind::Toml && p.line == Some(3)),
        "{p:#?}"
    );
    // A file that cannot be read does not cause a flood of "missing faq" messages.
    assert!(!p.iter().any(|p| p.kind == Kind::MissingId), "{p:#?}");

    let mut files = fixture();
    edit(&mut files, "en/sections-1.toml", "summary =", "sumary =");
    expect(
        &problems(&files),
        Kind::Toml,
        "en",
        "content/en/sections-1.toml",
        "",
        "unknown field `sumary`",
    );
}

#[test]
fn missing_unknown_and_unregistered_files() {
    let mut files = fixture();
    files.remove("es/faq.toml");
    let p = problems(&files);
    expect(&p, Kind::File, "es", "content/es/faq*.toml", "", "missing");
    assert!(!p.iter().any(|p| p.kind == Kind::MissingId), "{p:#?}");

    let mut files = fixture();
    files.insert("es/notes.toml".into(), String::new());
    expect(
        &problems(&files),
        Kind::File,
        "es",
        "content/es/notes.toml",
        "",
        "unknown file",
    );

    let mut files = fixture();
    files.retain(|k, _| !k.starts_with("es/"));
    expect(
        &problems(&files),
        Kind::File,
        "es",
        "content/es",
        "",
        "missing",
    );

    let mut files = fixture();
    files.insert("fr/sections.toml".into(), String::new());
    let (result, warnings) = load::load("content", &files);
    assert!(result.is_ok());
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("content/fr/ is not registered"),
        "{warnings:?}"
    );

    let mut files = fixture();
    files.remove("languages.toml");
    expect(
        &problems(&files),
        Kind::File,
        "",
        "content/languages.toml",
        "",
        "missing",
    );
}

#[test]
fn registry_problems() {
    let mut files = fixture();
    edit(
        &mut files,
        "languages.toml",
        "default = \"en\"",
        "default = \"fr\"",
    );
    expect(
        &problems(&files),
        Kind::Registry,
        "",
        "content/languages.toml",
        "",
        "no [[language]] with that code",
    );

    let mut files = fixture();
    edit(
        &mut files,
        "languages.toml",
        "code = \"es\"",
        "code = \"Spanish\"",
    );
    expect(
        &problems(&files),
        Kind::Registry,
        "",
        "content/languages.toml",
        "",
        "not valid",
    );
}

#[test]
fn default_language_is_first_even_if_listed_later() {
    let mut files = fixture();
    edit(
        &mut files,
        "languages.toml",
        "default = \"en\"",
        "default = \"es\"",
    );
    let compiled = run(&files).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(compiled.languages[0].code, "es");
}

#[test]
fn markup_module_is_the_one_used_by_the_checker() {
    // A sanity check that the library's parser and the checker agree.
    let text = &fixture()["en/sections-2.toml"];
    let body = text
        .split("body = \"\"\"\n")
        .nth(1)
        .and_then(|b| b.split("\"\"\"").next())
        .expect("body");
    let (blocks, errors) = markup::parse(body);
    assert!(errors.is_empty());
    let compiled = run(&fixture()).expect("valid");
    assert_eq!(compiled.languages[0].sections[1].body.len(), blocks.len());
    let _ = check::FILE_KINDS;
}
