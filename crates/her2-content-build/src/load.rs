//! Reading the content folder (TOML) into [`ContentSet`], for `crates/her2-content/build.rs`
//! and the checker tests (which so run exactly the code that the build runs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::check::{
    self, Compiled, ContentSet, FaqSrc, Kind, LanguageEntry, LanguageSrc, Origin, Problem,
    Registry, SectionSrc, SourceSrc, TermSrc, UiSrc, FILE_KINDS,
};

/// The registry file name inside the content folder.
pub const REGISTRY: &str = "languages.toml";

/// The result of reading a content folder.
#[derive(Debug)]
pub struct Loaded {
    /// The checked content, or every problem found.
    pub result: Result<Compiled, Vec<Problem>>,
    /// Files and folders that were read (for `cargo:rerun-if-changed`).
    pub read: Vec<PathBuf>,
    /// Notes that are not errors (for `cargo:warning`).
    pub warnings: Vec<String>,
}

/// Reads and checks the content folder `root`. `display` is how the folder is named in
/// messages (normally `content`).
pub fn load_dir(root: &Path, display: &str) -> Loaded {
    let mut files = BTreeMap::new();
    let mut read = vec![root.to_path_buf()];
    let mut problems = Vec::new();
    let file_problem = |file: String, message: String| Problem {
        kind: Kind::File,
        lang: String::new(),
        file,
        line: None,
        item: String::new(),
        message,
    };
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(file_problem(
                display.to_string(),
                format!("cannot read the content folder {}: {e}", root.display()),
            ));
            return Loaded {
                result: Err(problems),
                read,
                warnings: Vec::new(),
            };
        }
    };
    let mut folders = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            folders.push((name, path));
        } else if name == REGISTRY {
            read.push(path.clone());
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    files.insert(name, text);
                }
                Err(e) => problems.push(file_problem(
                    format!("{display}/{name}"),
                    format!("cannot read: {e}"),
                )),
            }
        }
    }
    folders.sort();
    for (folder, path) in folders {
        read.push(path.clone());
        let Ok(entries) = std::fs::read_dir(&path) else {
            problems.push(file_problem(
                format!("{display}/{folder}"),
                "cannot read this folder".to_string(),
            ));
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || !name.ends_with(".toml") || !entry.path().is_file() {
                continue;
            }
            read.push(entry.path());
            match std::fs::read_to_string(entry.path()) {
                Ok(text) => {
                    files.insert(format!("{folder}/{name}"), text);
                }
                Err(e) => problems.push(file_problem(
                    format!("{display}/{folder}/{name}"),
                    format!("cannot read: {e}"),
                )),
            }
        }
    }
    let (result, warnings) = load(display, &files);
    let result = match result {
        Ok(compiled) if problems.is_empty() => Ok(compiled),
        Ok(_) => Err(problems),
        Err(more) => {
            problems.extend(more);
            Err(problems)
        }
    };
    Loaded {
        result,
        read,
        warnings,
    }
}

/// Reads and checks content given as `relative path -> text` (`languages.toml`,
/// `en/sections.toml`, ...). Returns the result and warnings (unregistered folders).
pub fn load(
    display: &str,
    files: &BTreeMap<String, String>,
) -> (Result<Compiled, Vec<Problem>>, Vec<String>) {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let registry_file = format!("{display}/{REGISTRY}");
    let Some(registry_text) = files.get(REGISTRY) else {
        problems.push(problem(
            Kind::File,
            "",
            &registry_file,
            0,
            "",
            "missing: it lists the languages and figures",
        ));
        return (Err(problems), warnings);
    };
    let registry = match parse_registry(&registry_file, registry_text) {
        Ok(registry) => registry,
        Err(p) => return (Err(vec![p]), warnings),
    };

    // Folders that exist but are not registered.
    let folders: BTreeSet<&str> = files
        .keys()
        .filter_map(|k| k.split_once('/').map(|(f, _)| f))
        .collect();
    for folder in &folders {
        if !registry.languages.iter().any(|l| l.code == *folder) {
            warnings.push(format!(
                "{display}/{folder}/ is not registered in {registry_file}: it is ignored until a [[language]] entry with code = \"{folder}\" is added"
            ));
        }
    }

    let mut set = ContentSet {
        registry: registry.clone(),
        languages: Vec::new(),
    };
    for entry in &registry.languages {
        let folder = format!("{display}/{}", entry.code);
        let prefix = format!("{}/", entry.code);
        let lang_files: Vec<(&str, &String)> = files
            .iter()
            .filter_map(|(path, text)| path.strip_prefix(&prefix).map(|name| (name, text)))
            .filter(|(name, _)| !name.contains('/'))
            .collect();
        if lang_files.is_empty() {
            problems.push(problem(Kind::File, &entry.code, &folder, 0, "", &format!("the folder of language \"{}\" is missing or has no .toml files (copy content/{}/ and translate it)", entry.code, registry.default)));
            continue;
        }
        set.languages
            .push(load_language(entry, &folder, &lang_files, &mut problems));
    }

    match check::compile(&set) {
        Ok(compiled) if problems.is_empty() => (Ok(compiled), warnings),
        Ok(_) => (Err(problems), warnings),
        Err(more) => {
            problems.extend(more);
            problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            (Err(problems), warnings)
        }
    }
}

fn problem(kind: Kind, lang: &str, file: &str, line: usize, item: &str, message: &str) -> Problem {
    Problem {
        kind,
        lang: lang.to_string(),
        file: file.to_string(),
        line: (line > 0).then_some(line),
        item: item.to_string(),
        message: message.to_string(),
    }
}

/// 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// 1-based file line of the first line of a string value whose span starts at `offset`
/// (a newline right after `"""` is not part of the value).
fn value_first_line(text: &str, offset: usize) -> usize {
    let rest = text.get(offset..).unwrap_or("");
    let line = line_at(text, offset);
    for quotes in ["\"\"\"", "'''"] {
        if let Some(after) = rest.strip_prefix(quotes) {
            if after.starts_with('\n') || after.starts_with("\r\n") {
                return line + 1;
            }
        }
    }
    line
}

fn toml_problem(lang: &str, file: &str, text: &str, e: &toml::de::Error) -> Problem {
    let line = e.span().map_or(0, |s| line_at(text, s.start));
    problem(
        Kind::Toml,
        lang,
        file,
        line,
        "",
        &format!("TOML error: {}", e.message().trim()),
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegistry {
    default: String,
    #[serde(default)]
    figures: Vec<String>,
    #[serde(default)]
    language: Vec<RawLanguage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    name: String,
}

fn parse_registry(file: &str, text: &str) -> Result<Registry, Problem> {
    let raw: RawRegistry = toml::from_str(text).map_err(|e| toml_problem("", file, text, &e))?;
    Ok(Registry {
        file: file.to_string(),
        default: raw.default,
        figures: raw.figures,
        languages: raw
            .language
            .into_iter()
            .map(|l| LanguageEntry {
                code: l.code,
                name: l.name,
            })
            .collect(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    #[serde(default)]
    section: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Option<Spanned<String>>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    reviewed: Option<toml::Value>,
    next_review: Option<toml::Value>,
    #[serde(default)]
    sources: Vec<String>,
    body: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqFile {
    #[serde(default)]
    faq: Vec<RawFaq>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFaq {
    id: Option<Spanned<String>>,
    #[serde(default)]
    question: String,
    answer: Option<Spanned<String>>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<RawTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: Option<Spanned<String>>,
    #[serde(default)]
    term: String,
    #[serde(default)]
    say: String,
    #[serde(default)]
    definition: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Option<Spanned<String>>,
    #[serde(default)]
    citation: String,
    url: Option<String>,
    #[serde(default)]
    note: String,
}

/// Id and the line of the id (0 when the id is missing).
fn spanned_id(text: &str, id: Option<Spanned<String>>) -> (String, usize) {
    match id {
        Some(id) => {
            let line = line_at(text, id.span().start);
            (id.into_inner(), line)
        }
        None => (String::new(), 0),
    }
}

/// Spanned text and the file line of its first line.
fn spanned_text(text: &str, value: Option<Spanned<String>>) -> (String, usize) {
    match value {
        Some(v) => {
            let line = value_first_line(text, v.span().start);
            (v.into_inner(), line)
        }
        None => (String::new(), 0),
    }
}

/// A date may be written as a string ("2026-11-25") or as a bare TOML date (2026-11-25).
/// Returns the text to check, or a problem message for other value types.
fn date_text(value: Option<toml::Value>) -> Result<String, String> {
    match value {
        None => Ok(String::new()),
        Some(toml::Value::String(s)) => Ok(s),
        Some(toml::Value::Datetime(d)) => Ok(d.to_string()),
        Some(other) => Err(format!(
            "must be a date like \"2026-11-25\", not {}",
            other.type_str()
        )),
    }
}

fn load_language(
    entry: &LanguageEntry,
    folder: &str,
    files: &[(&str, &String)],
    problems: &mut Vec<Problem>,
) -> LanguageSrc {
    let code = entry.code.as_str();
    let mut lang = LanguageSrc {
        code: entry.code.clone(),
        name: entry.name.clone(),
        folder: folder.to_string(),
        ..LanguageSrc::default()
    };
    let mut found: BTreeSet<&str> = BTreeSet::new();
    // `files` is sorted by name (BTreeMap order), so entries are joined in file-name order.
    for (name, text) in files {
        let file = format!("{folder}/{name}");
        let Some(kind) = FILE_KINDS.iter().copied().find(|k| name.starts_with(k)) else {
            problems.push(problem(
                Kind::File,
                code,
                &file,
                0,
                "",
                &format!(
                    "unknown file: content file names must start with one of {} and end in .toml",
                    FILE_KINDS.join(", ")
                ),
            ));
            continue;
        };
        found.insert(kind);
        let ok = match kind {
            "sections" => load_sections(&mut lang, &file, text, problems),
            "faq" => load_faqs(&mut lang, &file, text, problems),
            "glossary" => load_terms(&mut lang, &file, text, problems),
            "sources" => load_sources(&mut lang, &file, text, problems),
            _ => load_ui(&mut lang, &file, text, problems),
        };
        if !ok {
            lang.broken.insert(kind.to_string());
        }
    }
    for kind in FILE_KINDS {
        if !found.contains(kind) {
            lang.broken.insert((*kind).to_string());
            problems.push(problem(Kind::File, code, &format!("{folder}/{kind}*.toml"), 0, "", &format!("missing: every language needs {kind}.toml (or {kind}-1.toml, {kind}-2.toml ...)")));
        }
    }
    lang
}

fn load_sections(
    lang: &mut LanguageSrc,
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> bool {
    let parsed: SectionsFile = match toml::from_str(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            problems.push(toml_problem(&lang.code, file, text, &e));
            return false;
        }
    };
    let mut ok = true;
    for raw in parsed.section {
        let (id, line) = spanned_id(text, raw.id);
        let (body, body_line) = spanned_text(text, raw.body);
        let at = Origin {
            file: file.to_string(),
            line,
        };
        let item = format!("section \"{id}\"");
        let mut date = |name: &str, value| match date_text(value) {
            Ok(s) => s,
            Err(message) => {
                ok = false;
                problems.push(problem(
                    Kind::BadDate,
                    &lang.code,
                    file,
                    line,
                    &item,
                    &format!("{name} {message}"),
                ));
                String::new()
            }
        };
        let reviewed = date("reviewed", raw.reviewed);
        let next_review = date("next_review", raw.next_review);
        lang.sections.push(SectionSrc {
            at,
            id,
            title: raw.title,
            summary: raw.summary,
            reviewed,
            next_review,
            sources: raw.sources,
            body,
            body_line,
        });
    }
    ok
}

fn load_faqs(lang: &mut LanguageSrc, file: &str, text: &str, problems: &mut Vec<Problem>) -> bool {
    let parsed: FaqFile = match toml::from_str(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            problems.push(toml_problem(&lang.code, file, text, &e));
            return false;
        }
    };
    for raw in parsed.faq {
        let (id, line) = spanned_id(text, raw.id);
        let (answer, answer_line) = spanned_text(text, raw.answer);
        lang.faqs.push(FaqSrc {
            at: Origin {
                file: file.to_string(),
                line,
            },
            id,
            question: raw.question,
            answer,
            answer_line,
            sources: raw.sources,
        });
    }
    true
}

fn load_terms(lang: &mut LanguageSrc, file: &str, text: &str, problems: &mut Vec<Problem>) -> bool {
    let parsed: GlossaryFile = match toml::from_str(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            problems.push(toml_problem(&lang.code, file, text, &e));
            return false;
        }
    };
    for raw in parsed.term {
        let (id, line) = spanned_id(text, raw.id);
        lang.terms.push(TermSrc {
            at: Origin {
                file: file.to_string(),
                line,
            },
            id,
            term: raw.term,
            say: raw.say,
            definition: raw.definition,
        });
    }
    true
}

fn load_sources(
    lang: &mut LanguageSrc,
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> bool {
    let parsed: SourcesFile = match toml::from_str(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            problems.push(toml_problem(&lang.code, file, text, &e));
            return false;
        }
    };
    for raw in parsed.source {
        let (id, line) = spanned_id(text, raw.id);
        lang.sources.push(SourceSrc {
            at: Origin {
                file: file.to_string(),
                line,
            },
            id,
            citation: raw.citation,
            url: raw.url,
            note: raw.note,
        });
    }
    true
}

fn load_ui(lang: &mut LanguageSrc, file: &str, text: &str, problems: &mut Vec<Problem>) -> bool {
    let parsed: BTreeMap<Spanned<String>, Spanned<toml::Value>> = match toml::from_str(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            problems.push(toml_problem(&lang.code, file, text, &e));
            return false;
        }
    };
    let mut ok = true;
    let mut entries: Vec<(usize, String, String)> = Vec::new();
    for (key, value) in parsed {
        let line = line_at(text, key.span().start);
        let key = key.into_inner();
        match value.into_inner() {
            toml::Value::String(value) => entries.push((line, key, value)),
            other => {
                ok = false;
                problems.push(problem(
                    Kind::Toml,
                    &lang.code,
                    file,
                    line,
                    &format!("ui key \"{key}\""),
                    &format!(
                        "ui.toml is flat key = \"text\": this value is a {}",
                        other.type_str()
                    ),
                ));
            }
        }
    }
    // Keep file order (the map is sorted by key).
    entries.sort();
    for (line, key, value) in entries {
        lang.ui.push(UiSrc {
            at: Origin {
                file: file.to_string(),
                line,
            },
            key,
            value,
        });
    }
    ok
}
