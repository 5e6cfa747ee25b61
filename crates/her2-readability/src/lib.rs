//! Readability measures for the content: word, sentence and syllable counts, and the
//! Flesch-Kincaid grade, SMOG grade (English) and Fernández-Huerta reading ease (Spanish).
//!
//! A developer tool: used by its test (`tests/readability.rs`, the targets) and its command
//! (`cargo run -q -p her2-readability`, the figures); the app does not use it.
//!
//! # What is measured
//!
//! [`section_units`] and [`blocks_units`] extract the reading text of a section: the summary,
//! paragraphs, list items and table body cells. Headings, table header rows, sources and
//! glossary-marked `[[terms]]` (the words are dropped entirely: the reader has the glossary
//! for them; they stay visible as `⟦term⟧` in the text shown to writers) are left out. Each unit ends a sentence, so a list item or a table cell without
//! end punctuation still counts as one sentence.
//!
//! # How words, sentences and syllables are counted
//!
//! * **Words**: text is split at white space, `/`, `—` and `–`; a token is a word when it has at
//!   least one letter or digit. Hyphenated words (`HER2-positive`) are one word.
//! * **Sentences**: a word ending in `.`, `!`, `?` or `…` (closing quotes and brackets
//!   ignored) ends a sentence, except known abbreviations (`e.g.`, `Dr.`, `EE. UU.`, ...);
//!   the end of a unit also ends a sentence.
//! * **Syllables** of a word are the sum over its parts (split at hyphens; letter and digit
//!   runs apart):
//!   * a run of digits (a number) counts as one syllable;
//!   * an acronym (2 to 5 letters with at least two capitals, like `IHC`, `CEP`, `DXd`) is
//!     spelled out letter by letter (`IHC` = 3; `W` = 3 in English; Spanish letter names such
//!     as `hache` count 2), except acronyms said as words (`FISH`, `HER` in `HER2`, `ASCO` ...);
//!   * **English** words ([`english_syllables`]): a small exceptions list, then vowel groups
//!     (`a e i o u y`, a leading `y` is a consonant), minus a silent final `e` (but not in
//!     consonant + `le`, as in `table`), minus silent `-es`/`-ed` endings (`makes`, `used`,
//!     but not `changes`, `tested`), minus a silent `e` before `-ful`, `-ly`, `-ment`, `-ness`,
//!     `-less` (`careful`, `likely`), plus one for vowel pairs said apart (`ratio`, `media`,
//!     `usual`, `being`, `earlier`, `quiet`), `-ism`, and `n't` after a consonant (`isn't`).
//!     This is the classic approach of Greg Fast's Lingua::EN::Syllable, with corrected
//!     patterns. Checked against the CMU Pronouncing Dictionary on the 656 distinct words
//!     of the English content (2026-11-25): 651 agreed before the last exceptions were
//!     added, all 656 after;
//!   * **Spanish** words ([`spanish_syllables`]): one syllable per vowel nucleus. In a run of
//!     vowels, a weak vowel (`i`, `u`, `ü`, and a final `y` after a vowel) joins its neighbour
//!     in a diphthong or triphthong (`ciudad`, `tiene`, `Uruguay`); two strong vowels (`a e o`,
//!     or accented `á é í ó ú`) are in hiatus and count apart (`po-e-ma`, `dí-a`, `pa-ís`).
//!
//! # Formulas
//!
//! * Flesch-Kincaid grade level (Kincaid et al., 1975):
//!   `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
//! * SMOG grade (McLaughlin, 1969): `1.0430 × √(polysyllables × 30 / sentences) + 3.1291`,
//!   where polysyllables are words of three or more syllables.
//! * Fernández-Huerta reading ease (1959), the Spanish adaptation of Flesch reading ease:
//!   `206.84 − 60 × syllables/words − 1.02 × words/sentences`.
//!
//! ```
//! use her2_readability::{english_syllables, Lang, Stats};
//!
//! assert_eq!(english_syllables("pathologist"), 4);
//! let stats = Stats::of_text("The cat sat on the mat.", Lang::English);
//! assert_eq!((stats.words, stats.sentences, stats.syllables), (6, 1, 6));
//! let grade = stats.flesch_kincaid_grade().unwrap();
//! assert!((grade - (-1.45)).abs() < 1e-9);
//! ```

use std::ops::{Add, AddAssign};

use her2_content::{Block, Faq, Inline, Section};

/// The language rules used for syllables and the formulas that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English: Flesch-Kincaid grade and SMOG.
    English,
    /// Spanish: Fernández-Huerta reading ease.
    Spanish,
}

impl Lang {
    /// The rules for a language code such as `en`, `en-GB` or `es-MX`; `None` for languages
    /// without a syllable counter here.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
            .as_str()
        {
            "en" => Some(Lang::English),
            "es" => Some(Lang::Spanish),
            _ => None,
        }
    }
}

/// Counts for a piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Number of words.
    pub words: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of syllables.
    pub syllables: usize,
    /// Number of words with three or more syllables.
    pub polysyllables: usize,
}

impl Stats {
    /// Counts a unit of text (a paragraph, list item, table cell or summary). The end of the
    /// unit ends a sentence.
    pub fn of_text(text: &str, lang: Lang) -> Stats {
        let mut stats = Stats::default();
        for sentence in split_sentences(text) {
            stats += Stats::of_sentence(sentence, lang);
        }
        stats
    }

    /// Counts one sentence (always one sentence if it has a word).
    fn of_sentence(sentence: &str, lang: Lang) -> Stats {
        let mut stats = Stats::default();
        for word in words(sentence) {
            let s = syllables(word, lang);
            stats.words += 1;
            stats.syllables += s;
            if s >= 3 {
                stats.polysyllables += 1;
            }
        }
        stats.sentences = usize::from(stats.words > 0);
        stats
    }

    fn ratios(&self) -> Option<(f64, f64)> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words = self.words as f64;
        Some((words / self.sentences as f64, self.syllables as f64 / words))
    }

    /// Flesch-Kincaid grade level; `None` when there is no text.
    pub fn flesch_kincaid_grade(&self) -> Option<f64> {
        let (wps, spw) = self.ratios()?;
        Some(0.39 * wps + 11.8 * spw - 15.59)
    }

    /// SMOG grade; `None` when there is no text.
    pub fn smog(&self) -> Option<f64> {
        self.ratios()?;
        let per30 = self.polysyllables as f64 * 30.0 / self.sentences as f64;
        Some(1.0430 * per30.sqrt() + 3.1291)
    }

    /// Fernández-Huerta reading ease (higher is easier; 70 and up is fairly easy);
    /// `None` when there is no text.
    pub fn fernandez_huerta(&self) -> Option<f64> {
        let (wps, spw) = self.ratios()?;
        Some(206.84 - 60.0 * spw - 1.02 * wps)
    }

    /// Words per sentence; `None` when there is no text.
    pub fn words_per_sentence(&self) -> Option<f64> {
        self.ratios().map(|(wps, _)| wps)
    }
}

impl AddAssign for Stats {
    fn add_assign(&mut self, other: Stats) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
        self.polysyllables += other.polysyllables;
    }
}

impl Add for Stats {
    type Output = Stats;
    fn add(mut self, other: Stats) -> Stats {
        self += other;
        self
    }
}

impl std::iter::Sum for Stats {
    fn sum<I: Iterator<Item = Stats>>(iter: I) -> Stats {
        iter.fold(Stats::default(), Add::add)
    }
}

/// Counts a list of units (see [`Stats::of_text`]).
pub fn stats_of_units<S: AsRef<str>>(units: &[S], lang: Lang) -> Stats {
    units.iter().map(|u| Stats::of_text(u.as_ref(), lang)).sum()
}

/// A sentence with its counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence text.
    pub text: String,
    /// Its counts.
    pub stats: Stats,
}

impl Sentence {
    /// Difficulty score used to rank sentences: words × syllables.
    pub fn difficulty(&self) -> usize {
        self.stats.words * self.stats.syllables
    }
}

/// All sentences of the units.
pub fn sentences<S: AsRef<str>>(units: &[S], lang: Lang) -> Vec<Sentence> {
    units
        .iter()
        .flat_map(|u| split_sentences(u.as_ref()))
        .map(|s| Sentence {
            text: s.to_string(),
            stats: Stats::of_sentence(s, lang),
        })
        .filter(|s| s.stats.words > 0)
        .collect()
}

/// The `n` hardest sentences (highest words × syllables), hardest first.
pub fn hardest<S: AsRef<str>>(units: &[S], lang: Lang, n: usize) -> Vec<Sentence> {
    let mut all = sentences(units, lang);
    all.sort_by_key(|s| std::cmp::Reverse(s.difficulty()));
    all.truncate(n);
    all
}

/// Reading text of a section: the summary, then the body (see [`blocks_units`]).
pub fn section_units(section: &Section) -> Vec<String> {
    let mut units = vec![section.summary.to_string()];
    units.extend(blocks_units(section.body));
    units
}

/// Reading text of all FAQ answers together (questions are left out, like headings).
pub fn faq_units(faqs: &[Faq]) -> Vec<String> {
    faqs.iter().flat_map(|f| blocks_units(f.answer)).collect()
}

/// Reading units of blocks: each paragraph, list item and table body cell. Headings,
/// figures, table header rows and `[[term]]` words are left out.
pub fn blocks_units(blocks: &[Block]) -> Vec<String> {
    let mut units = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => units.push(inline_text(inlines)),
            Block::List { items, .. } => units.extend(items.iter().map(|i| inline_text(i))),
            Block::Table { rows, .. } => {
                units.extend(rows.iter().flat_map(|r| r.iter()).map(|c| inline_text(c)))
            }
            Block::Heading(_) | Block::Figure(_) => {}
        }
    }
    units.retain(|u| !u.trim().is_empty());
    units
}

/// Marks a glossary term in reading text: shown to writers, never counted (see [`words`]).
pub const TERM_OPEN: char = '⟦';
/// Closes [`TERM_OPEN`].
pub const TERM_CLOSE: char = '⟧';

/// Reading text of inline content. Glossary-marked terms are kept for display as
/// `⟦term⟧` (spaces inside as `_`), and [`words`] does not count them.
pub fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Strong(t) => out.push_str(t),
            Inline::Link { text, .. } => out.push_str(text),
            Inline::Term { text, .. } => {
                out.push(TERM_OPEN);
                out.extend(
                    text.chars()
                        .map(|c| if c.is_whitespace() { '_' } else { c }),
                );
                out.push(TERM_CLOSE);
            }
        }
    }
    out
}

/// Highest Flesch-Kincaid grade for all English text together.
pub const MAX_GRADE_OVERALL: f64 = 6.0;
/// Highest Flesch-Kincaid grade for any English section (the FAQ answers count as one).
pub const MAX_GRADE_SECTION: f64 = 7.0;
/// Highest SMOG grade for all English text together.
pub const MAX_SMOG_OVERALL: f64 = 8.0;
/// Lowest Fernández-Huerta reading ease for Spanish, overall and per section.
pub const MIN_FERNANDEZ_HUERTA: f64 = 70.0;

/// The readability of one part of the page (a section, or all FAQ answers as `"faq"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Section id, or `"faq"`.
    pub id: &'static str,
    /// The reading units (see [`section_units`]).
    pub units: Vec<String>,
    /// Their counts.
    pub stats: Stats,
}

/// The readability of one language: every section, the FAQ answers, and all together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Language code.
    pub code: &'static str,
    /// The rules used.
    pub lang: Lang,
    /// Sections in page order, then `"faq"`.
    pub parts: Vec<Part>,
    /// All parts together.
    pub overall: Stats,
}

/// Measures a language; `None` when there is no syllable counter for it.
pub fn report(language: &her2_content::Language) -> Option<Report> {
    let lang = Lang::from_code(language.code)?;
    let mut parts: Vec<Part> = language
        .content
        .sections
        .iter()
        .map(|s| {
            let units = section_units(s);
            let stats = stats_of_units(&units, lang);
            Part {
                id: s.id,
                units,
                stats,
            }
        })
        .collect();
    let units = faq_units(language.content.faqs);
    let stats = stats_of_units(&units, lang);
    parts.push(Part {
        id: "faq",
        units,
        stats,
    });
    let overall = parts.iter().map(|p| p.stats).sum();
    Some(Report {
        code: language.code,
        lang,
        parts,
        overall,
    })
}

fn fmt_score(score: Option<f64>) -> String {
    score.map_or_else(|| "-".to_string(), |v| format!("{v:.1}"))
}

impl Report {
    /// A plain-text table: one row per part and an overall row.
    pub fn table(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let scores = match self.lang {
            Lang::English => "  FKGL  SMOG",
            Lang::Spanish => "  F-Huerta",
        };
        let _ = writeln!(
            out,
            "{:<22} {:>6} {:>5} {:>6} {:>5}{scores}",
            format!("[{}] part", self.code),
            "words",
            "sent.",
            "w/sent",
            "syl/w"
        );
        let row = |out: &mut String, id: &str, s: &Stats| {
            let spw = if s.words > 0 {
                s.syllables as f64 / s.words as f64
            } else {
                0.0
            };
            let _ = write!(
                out,
                "{id:<22} {:>6} {:>5} {:>6} {:>5.2}",
                s.words,
                s.sentences,
                fmt_score(s.words_per_sentence()),
                spw
            );
            let _ = match self.lang {
                Lang::English => writeln!(
                    out,
                    " {:>5} {:>5}",
                    fmt_score(s.flesch_kincaid_grade()),
                    fmt_score(s.smog())
                ),
                Lang::Spanish => writeln!(out, " {:>9}", fmt_score(s.fernandez_huerta())),
            };
        };
        for part in &self.parts {
            row(&mut out, part.id, &part.stats);
        }
        row(&mut out, "OVERALL", &self.overall);
        out
    }

    /// Every missed readability target, in words (empty when all targets are met).
    /// A part without any text counts as a miss.
    pub fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        let code = self.code;
        match self.lang {
            Lang::English => {
                for part in &self.parts {
                    match part.stats.flesch_kincaid_grade() {
                        Some(g) if g <= MAX_GRADE_SECTION => {}
                        Some(g) => out.push(format!(
                            "[{code}] {}: Flesch-Kincaid grade {g:.2} is above {MAX_GRADE_SECTION}",
                            part.id
                        )),
                        None => out.push(format!("[{code}] {}: no text to measure", part.id)),
                    }
                }
                match self.overall.flesch_kincaid_grade() {
                    Some(g) if g <= MAX_GRADE_OVERALL => {}
                    g => out.push(format!(
                        "[{code}] overall: Flesch-Kincaid grade {} is above {MAX_GRADE_OVERALL}",
                        fmt_score(g)
                    )),
                }
                match self.overall.smog() {
                    Some(g) if g <= MAX_SMOG_OVERALL => {}
                    g => out.push(format!(
                        "[{code}] overall: SMOG grade {} is above {MAX_SMOG_OVERALL}",
                        fmt_score(g)
                    )),
                }
            }
            Lang::Spanish => {
                for part in &self.parts {
                    match part.stats.fernandez_huerta() {
                        Some(f) if f >= MIN_FERNANDEZ_HUERTA => {}
                        Some(f) => out.push(format!(
                            "[{code}] {}: Fernández-Huerta {f:.1} is below {MIN_FERNANDEZ_HUERTA}",
                            part.id
                        )),
                        None => out.push(format!("[{code}] {}: no text to measure", part.id)),
                    }
                }
                match self.overall.fernandez_huerta() {
                    Some(f) if f >= MIN_FERNANDEZ_HUERTA => {}
                    f => out.push(format!(
                        "[{code}] overall: Fernández-Huerta {} is below {MIN_FERNANDEZ_HUERTA}",
                        fmt_score(f)
                    )),
                }
            }
        }
        out
    }
}

/// Abbreviations (lowercase, without the final dot) that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "dr", "dra", "mr", "mrs", "ms", "sr", "sra", "srta", "vs", "approx",
    "aprox", "fig", "st", "u.s", "ee", "uu", "ee.uu", "p", "ej", "p.ej", "núm", "pág", "n.º",
    "inc", "ltd",
];

/// Splits a unit into sentences (see the module documentation).
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end_of_word = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        // Read the whole token.
        let token_start = i;
        let mut token_end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_whitespace() {
                break;
            }
            token_end = j + d.len_utf8();
            iter.next();
        }
        end_of_word = token_end;
        if ends_sentence(&text[token_start..token_end]) {
            if let Some(s) = start.take() {
                out.push(text[s..token_end].trim());
            }
        }
    }
    if let Some(s) = start {
        out.push(text[s..end_of_word].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

fn ends_sentence(token: &str) -> bool {
    let core = token.trim_end_matches(['"', '\'', ')', ']', '»', '”', '’', '*']);
    let Some(last) = core.chars().last() else {
        return false;
    };
    if matches!(last, '!' | '?' | '…') {
        return true;
    }
    if last != '.' {
        return false;
    }
    let word = core
        .trim_end_matches('.')
        .trim_start_matches(['(', '"', '\'', '«', '“', '¿', '¡']);
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    true
}

/// The words of a text (tokens with at least one letter or digit), punctuation trimmed.
/// Tokens with a glossary term marked by [`inline_text`] (`⟦term⟧`) are not words here.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '—' | '–'))
        .filter(|t| !t.contains([TERM_OPEN, TERM_CLOSE]))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().any(char::is_alphanumeric))
}

/// Syllables of a word in a language (see the module documentation).
pub fn syllables(word: &str, lang: Lang) -> usize {
    let mut total = 0;
    for part in word.split(['-', '‐']) {
        total += part_syllables(part, lang);
    }
    total.max(1)
}

/// Syllables of a hyphen-free part of a word: digit runs and letter runs apart.
fn part_syllables(part: &str, lang: Lang) -> usize {
    let mut total = 0;
    let mut letters = String::new();
    let mut in_number = false;
    for c in part.chars() {
        if c.is_ascii_digit() {
            if !letters.is_empty() {
                total += letter_run(&letters, lang);
                letters.clear();
            }
            if !in_number {
                total += 1;
                in_number = true;
            }
        } else if c.is_alphabetic() || c == '\'' || c == '’' {
            in_number = false;
            letters.push(c);
        } else {
            // Decimal points, plus signs and the like join a number; other marks split.
            if !(in_number && matches!(c, '.' | ',' | '+')) {
                in_number = false;
            }
            if !letters.is_empty() {
                total += letter_run(&letters, lang);
                letters.clear();
            }
        }
    }
    if !letters.is_empty() {
        total += letter_run(&letters, lang);
    }
    total
}

/// Acronyms said as words.
const SAID_AS_WORDS: &[(&str, usize)] = &[
    ("FISH", 1),
    ("CISH", 1),
    ("SISH", 1),
    ("HER", 1),
    ("ASCO", 2),
    ("ESMO", 2),
    ("NICE", 1),
    ("CAP", 1),
    ("SEER", 1),
    ("NCCN", 4),
];

fn letter_run(run: &str, lang: Lang) -> usize {
    let letters: Vec<char> = run.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 0;
    }
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
    let is_acronym = (2..=5).contains(&letters.len())
        && capitals >= 2
        && (capitals == letters.len() || capitals * 2 > letters.len());
    if is_acronym {
        let upper: String = letters.iter().flat_map(|c| c.to_uppercase()).collect();
        if let Some((_, n)) = SAID_AS_WORDS.iter().find(|(w, _)| *w == upper) {
            return *n;
        }
        return letters
            .iter()
            .map(|c| letter_name_syllables(*c, lang))
            .sum();
    }
    match lang {
        Lang::English => english_syllables(run),
        Lang::Spanish => spanish_syllables(run),
    }
}

/// Syllables of a letter's name when an acronym is spelled out.
fn letter_name_syllables(c: char, lang: Lang) -> usize {
    let c = c.to_ascii_uppercase();
    match lang {
        Lang::English => {
            if c == 'W' {
                3
            } else {
                1
            }
        }
        // efe, hache, jota, ele, eme, ene, eñe, erre, ese, uve, equis, zeta: 2; uve doble: 4.
        Lang::Spanish => match c {
            'F' | 'H' | 'J' | 'L' | 'M' | 'N' | 'Ñ' | 'R' | 'S' | 'V' | 'X' | 'Z' => 2,
            'W' => 4,
            _ => 1,
        },
    }
}

/// Words the English rules get wrong (lowercase, letters only).
const ENGLISH_EXCEPTIONS: &[(&str, usize)] = &[
    ("any", 2),
    ("anyone", 3),
    ("area", 3),
    ("areas", 3),
    ("beyond", 2),
    ("business", 2),
    ("client", 2),
    ("clients", 2),
    ("create", 2),
    ("creation", 3),
    ("creative", 3),
    ("created", 3),
    ("creates", 2),
    ("every", 2),
    ("everyone", 3),
    ("everything", 3),
    ("evening", 2),
    ("guideline", 2),
    ("guidelines", 2),
    ("hundred", 2),
    ("hundreds", 2),
    ("idea", 3),
    ("ideas", 3),
    ("lifetime", 2),
    ("maybe", 2),
    ("reaction", 3),
    ("ratio", 3),
    ("ratios", 3),
    ("science", 2),
    ("someone", 2),
    ("something", 2),
    ("sometimes", 2),
    ("somewhere", 2),
    ("therefore", 2),
    ("timeline", 2),
    ("video", 3),
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Syllables of an English word (heuristic; see the module documentation).
///
/// ```
/// use her2_readability::english_syllables;
/// assert_eq!(english_syllables("cancer"), 2);
/// assert_eq!(english_syllables("hybridization"), 5);
/// ```
pub fn english_syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    // "n't" after a consonant adds a syllable: isn't, doesn't, couldn't.
    let contraction = {
        let l = lower.replace('’', "'");
        l.strip_suffix("n't")
            .and_then(|stem| stem.bytes().last())
            .is_some_and(|b| b.is_ascii_alphabetic() && !is_vowel(b))
    };
    let w: String = lower.chars().filter_map(fold_accent).collect();
    let w = w.as_bytes();
    if w.is_empty() {
        return 0;
    }
    if let Some((_, n)) = ENGLISH_EXCEPTIONS.iter().find(|(e, _)| e.as_bytes() == w) {
        return *n;
    }
    if w.len() <= 3 {
        return 1 + usize::from(contraction);
    }
    let s = std::str::from_utf8(w).unwrap_or("");
    let n = w.len();

    // Vowel groups; a leading y is a consonant.
    let mut count: isize = 0;
    let mut prev_vowel = false;
    for (i, &c) in w.iter().enumerate() {
        let v = is_vowel(c) && !(i == 0 && c == b'y');
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }

    let cons = |i: usize| !is_vowel(w[i]);
    // Consonant + "le" (table, middle), + "les"/"led" (tables, handled); not after 'l' (called).
    let syllabic_le =
        |end: usize| end >= 2 && w[end - 1] == b'l' && cons(end - 2) && w[end - 2] != b'l';

    // Silent final e.
    if w[n - 1] == b'e' && cons(n - 2) && !syllabic_le(n - 1) {
        count -= 1;
    }
    // -es and -ed endings.
    if s.ends_with("es") && n >= 4 {
        let p = w[n - 3];
        let sounded = matches!(p, b's' | b'z' | b'x' | b'c' | b'g')
            || s.ends_with("ches")
            || s.ends_with("shes")
            || is_vowel(p)
            || syllabic_le(n - 2);
        if !sounded {
            count -= 1;
        }
    }
    if s.ends_with("ed") && n >= 4 {
        let p = w[n - 3];
        let sounded = matches!(p, b't' | b'd') || is_vowel(p) || syllabic_le(n - 2);
        if !sounded {
            count -= 1;
        }
    }
    // Silent e before a suffix: careful, likely, statement, hopeless, lateness.
    for suffix in ["fully", "ful", "ly", "ments", "ment", "ness", "less"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            let sb = stem.as_bytes();
            let m = sb.len();
            if m >= 3
                && sb[m - 1] == b'e'
                && !is_vowel(sb[m - 2])
                && sb[..m - 2].iter().any(|c| is_vowel(*c))
                && !syllabic_le(m - 1)
            {
                count -= 1;
            }
            break;
        }
    }
    // Vowel pairs said apart.
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (w[i], w[i + 1]);
        let before = if i > 0 { w[i - 1] } else { b' ' };
        let pair_apart = match (a, b) {
            // ratio, media, premium, radio, various; not -tion, -cial, -sion, -gion, -xious.
            (b'i', b'a' | b'o' | b'u') => {
                !matches!(before, b'c' | b't' | b's' | b'g' | b'x') || i + 2 == n
            }
            // quiet, diet, society, variety.
            (b'i', b'e') => i + 2 < n && w[i + 2] == b't',
            // usual, actual, gradual; not quality, language, guard.
            (b'u', b'a') => !matches!(before, b'q' | b'g') && i + 2 < n && !is_vowel(w[i + 2]),
            _ => false,
        };
        if pair_apart {
            count += 1;
        }
    }
    // Endings.
    if s.ends_with("ism") || s.ends_with("isms") {
        count += 1;
    }
    if s.len() > 4 && (s.ends_with("ier") || s.ends_with("iest")) {
        count += 1;
    }
    for ing in ["ing", "ings"] {
        if let Some(stem) = s.strip_suffix(ing) {
            if stem.bytes().last().is_some_and(is_vowel) && stem.len() >= 2 {
                count += 1;
            }
        }
    }
    if s.contains("scien") {
        count += 1;
    }
    if contraction {
        count += 1;
    }
    count.max(1) as usize
}

/// Lowercase ASCII letter for an English letter (accents removed); `None` for other chars.
fn fold_accent(c: char) -> Option<char> {
    let folded = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        c if c.is_ascii_alphabetic() => c.to_ascii_lowercase(),
        _ => return None,
    };
    Some(folded)
}

/// Syllables of a Spanish word: vowel nuclei with diphthong and hiatus rules
/// (see the module documentation).
///
/// ```
/// use her2_readability::spanish_syllables;
/// assert_eq!(spanish_syllables("patólogo"), 4);
/// assert_eq!(spanish_syllables("día"), 2);
/// assert_eq!(spanish_syllables("ciudad"), 2);
/// ```
pub fn spanish_syllables(word: &str) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum V {
        Strong,
        Weak(char),
        None,
    }
    let chars: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let n = chars.len();
    let class = |i: usize| -> V {
        match chars[i] {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' | 'à' | 'è' | 'ò' => V::Strong,
            c @ ('i' | 'u' | 'ü' | 'ï') => V::Weak(c),
            // y is a vowel at the end of a word after a vowel (hay, muy) or alone (y).
            'y' if i + 1 == n && (n == 1 || !matches!(class_plain(chars[i - 1]), V2::Cons)) => {
                V::Weak('y')
            }
            _ => V::None,
        }
    };
    let mut count = 0;
    let mut prev = V::None;
    for i in 0..n {
        let cur = class(i);
        count += match (prev, cur) {
            (_, V::None) => 0,
            (V::None, _) => 1,
            // Two strong vowels: hiatus.
            (V::Strong, V::Strong) => 1,
            // Same weak vowel twice (chiita): hiatus.
            (V::Weak(a), V::Weak(b)) if a == b => 1,
            // Strong + weak, weak + strong, two different weak vowels: diphthong.
            _ => 0,
        };
        prev = cur;
    }
    count.max(usize::from(n > 0))
}

/// Plain consonant/vowel class used for the Spanish `y` rule.
#[derive(PartialEq)]
enum V2 {
    Vowel,
    Cons,
}

fn class_plain(c: char) -> V2 {
    if "aeiouáéíóúü".contains(c) {
        V2::Vowel
    } else {
        V2::Cons
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_syllables_of_known_words() {
        for (word, n) in [
            ("cat", 1),
            ("table", 2),
            ("tables", 2),
            ("cancer", 2),
            ("pathologist", 4),
            ("hybridization", 5),
            ("the", 1),
            ("make", 1),
            ("makes", 1),
            ("people", 2),
            ("sample", 2),
            ("gene", 1),
            ("genes", 1),
            ("changes", 2),
            ("used", 1),
            ("tested", 2),
            ("called", 1),
            ("handled", 2),
            ("ratio", 3),
            ("biopsy", 3),
            ("protein", 2),
            ("receptor", 3),
            ("medicine", 3),
            ("medicines", 3),
            ("treatment", 2),
            ("careful", 2),
            ("likely", 2),
            ("usually", 4),
            ("being", 2),
            ("question", 2),
            ("amplification", 5),
            ("your", 1),
            ("yes", 1),
            ("doctor", 2),
            ("isn't", 2),
            ("don't", 1),
            ("earlier", 3),
            ("various", 3),
            ("special", 2),
            ("positive", 3),
            ("negative", 3),
            ("chemotherapy", 5),
            ("esophagus", 4),
            ("agreed", 2),
            ("does", 1),
            ("quiet", 2),
            ("society", 4),
            ("client", 2),
            ("patient", 2),
            ("piece", 1),
        ] {
            assert_eq!(english_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn acronyms_numbers_and_hyphens() {
        assert_eq!(syllables("IHC", Lang::English), 3);
        assert_eq!(syllables("HER2", Lang::English), 2);
        assert_eq!(syllables("HER2-positive", Lang::English), 5);
        assert_eq!(syllables("FISH", Lang::English), 1);
        assert_eq!(syllables("CEP17", Lang::English), 4);
        assert_eq!(syllables("2.0", Lang::English), 1);
        assert_eq!(syllables("3+", Lang::English), 1);
        assert_eq!(syllables("T-DXd", Lang::English), 4);
        assert_eq!(syllables("IHQ", Lang::Spanish), 4);
        assert_eq!(syllables("WHO", Lang::English), 5);
    }

    #[test]
    fn spanish_syllables_of_known_words() {
        for (word, n) in [
            ("cáncer", 2),
            ("patólogo", 4),
            ("día", 2),
            ("país", 2),
            ("ciudad", 2),
            ("cuidado", 3),
            ("poesía", 4),
            ("tratamiento", 4),
            ("proteína", 4),
            ("hibridación", 4),
            ("receptor", 3),
            ("que", 1),
            ("guerra", 2),
            ("pingüino", 3),
            ("muy", 1),
            ("hay", 1),
            ("y", 1),
            ("ayuda", 3),
            ("leer", 2),
            ("Uruguay", 3),
            ("biopsia", 2), // biop-sia: "io" is a diphthong in writing
            ("prueba", 2),
            ("también", 2),
        ] {
            assert_eq!(spanish_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn sentences_and_words() {
        assert_eq!(
            split_sentences("One. Two? Three!"),
            vec!["One.", "Two?", "Three!"]
        );
        assert_eq!(
            split_sentences("Ask e.g. Dr. Smith about it. Then go"),
            vec!["Ask e.g. Dr. Smith about it.", "Then go"]
        );
        assert_eq!(
            split_sentences("En EE. UU. se usa. Sí."),
            vec!["En EE. UU. se usa.", "Sí."]
        );
        assert_eq!(
            split_sentences("A ratio of 2.0 or more."),
            vec!["A ratio of 2.0 or more."]
        );
        assert_eq!(
            split_sentences("The answer is no. Next one."),
            vec!["The answer is no.", "Next one."]
        );
        assert_eq!(
            split_sentences("Como una U. En una biopsia."),
            vec!["Como una U.", "En una biopsia."]
        );
        assert_eq!(
            words("HER2/CEP17 ratio — 2.0 (or more).").collect::<Vec<_>>(),
            vec!["HER2", "CEP17", "ratio", "2.0", "or", "more"]
        );
        assert_eq!(
            words("¿Qué es HER2?").collect::<Vec<_>>(),
            vec!["Qué", "es", "HER2"]
        );
    }

    #[test]
    fn each_unit_is_at_least_one_sentence() {
        let stats = stats_of_units(
            &["A list item", "Another item.", "Two. Sentences."],
            Lang::English,
        );
        assert_eq!(stats.sentences, 4);
        assert_eq!(Stats::of_text("", Lang::English), Stats::default());
        assert_eq!(Stats::default().flesch_kincaid_grade(), None);
    }

    #[test]
    fn formulas() {
        let s = Stats {
            words: 100,
            sentences: 5,
            syllables: 150,
            polysyllables: 10,
        };
        let fk = s.flesch_kincaid_grade().unwrap();
        assert!((fk - (0.39 * 20.0 + 11.8 * 1.5 - 15.59)).abs() < 1e-9);
        let smog = s.smog().unwrap();
        assert!((smog - (1.0430 * 60f64.sqrt() + 3.1291)).abs() < 1e-9);
        let fh = s.fernandez_huerta().unwrap();
        assert!((fh - (206.84 - 90.0 - 20.4)).abs() < 1e-9);
    }

    #[test]
    fn known_passage() {
        // 2 sentences, 14 words; syllables: The(1) cat(1) sat(1) on(1) the(1) mat(1).
        // Then(1) it(1) slept(1) in(1) the(1) warm(1) sunny(2) window(2).
        let stats = Stats::of_text(
            "The cat sat on the mat. Then it slept in the warm sunny window.",
            Lang::English,
        );
        assert_eq!(
            stats,
            Stats {
                words: 14,
                sentences: 2,
                syllables: 16,
                polysyllables: 0
            }
        );
        let fk = stats.flesch_kincaid_grade().unwrap();
        assert!((fk - (0.39 * 7.0 + 11.8 * 16.0 / 14.0 - 15.59)).abs() < 1e-9);
        assert!((fk - 0.625_714_286).abs() < 1e-6);
    }

    #[test]
    fn terms_are_dropped_from_reading_text() {
        static INLINES: [Inline; 5] = [
            Inline::Text("A "),
            Inline::Term {
                id: "pathologist",
                text: "pathologist",
            },
            Inline::Text(" looks at "),
            Inline::Strong("cells"),
            Inline::Text("."),
        ];
        let text = inline_text(&INLINES);
        assert_eq!(text, "A ⟦pathologist⟧ looks at cells.");
        assert_eq!(
            words(&text).collect::<Vec<_>>(),
            vec!["A", "looks", "at", "cells"]
        );
        let care = [
            Inline::Term {
                id: "care-team",
                text: "care team",
            },
            Inline::Text(" decides."),
        ];
        assert_eq!(words(&inline_text(&care)).count(), 1);
        let blocks = [
            Block::Heading("Not counted"),
            Block::Paragraph(&INLINES),
            Block::Table {
                head: &[&[Inline::Text("Head")]],
                rows: &[
                    &[&[Inline::Text("cell one")]],
                    &[&[Inline::Text("cell two")]],
                ],
            },
        ];
        let units = blocks_units(&blocks);
        assert_eq!(units.len(), 3);
        assert_eq!(stats_of_units(&units, Lang::English).sentences, 3);
    }
}
