//! The words the report reader knows, and a small matcher for them.
//!
//! Patterns are matched on the folded text (lower-case ASCII, accents removed, see `lex`), at the
//! start of a word. In a pattern:
//!
//! - `~` matches up to three spaces or hyphens, or nothing (`her~2`: HER2, HER-2, HER 2);
//! - a space matches one to four spaces, hyphens or line breaks (`dual probe`, `dual-probe`);
//! - `*` at the end accepts any ending (`biops*`: biopsy, biopsies, biopsia);
//! - otherwise the pattern must end at the end of a word.
//!
//! The longest match wins (on equal length, the earlier pattern). At compile time, the table is
//! packed into one byte string, filed by the first three bytes of the words a pattern can start
//! with, so that a word is only tried against the few patterns filed under its own first three.

use core::cmp::Ordering;

/// What a known word means to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kw {
    /// A name of HER2: HER2, HER-2/neu, c-erbB-2, ERBB2.
    Her2,
    /// "neu": a HER2 name only next to another one.
    Neu,
    /// CEP17 / chromosome 17: the reference probe.
    Cep17,
    /// "HER2/CEP17": names the ratio.
    Her2Cep17,
    /// An in situ hybridization method: FISH, CISH, SISH, DISH, ISH.
    Ish,
    /// A HER2-only IHC test or antibody clone: HercepTest, 4B5, CB11, A0485, SP3.
    HerMarker,
    /// Another marker (ER, PR, Ki-67, PD-L1...) or another topic (size, grade, date...).
    Other,
    /// Immunohistochemistry.
    Ihc,
    /// "score", "puntuación".
    Score,
    /// "ratio", "cociente", "razón".
    Ratio,
    /// "copy number", "copies", "copias".
    Copies,
    /// "signals", "señales" (may also be a total count).
    Signals,
    /// "cells", "nuclei", "células", "núcleos".
    Cell,
    /// "counted", "scored", "evaluated"...
    Count,
    /// "number", "número".
    Number,
    /// "average", "mean", "promedio"...
    Avg,
    /// "per", "por".
    Per,
    /// "total", "sum".
    Total,
    /// "dual", "doble".
    Dual,
    /// "single", "única".
    Single,
    /// "probe", "sonda", "color".
    ProbeWord,
    /// Breast cancer.
    Breast,
    /// Stomach, gastroesophageal junction or esophagus cancer.
    Gastric,
    /// A biopsy.
    Biopsy,
    /// A surgical resection.
    Resection,
    /// A breast operation (breast and resection).
    BreastResection,
    /// A stomach or esophagus operation (gastric and resection).
    GastricResection,
    /// The test is pending or was not done.
    Pending,
    /// HER2-ultralow.
    Ultralow,
    /// HER2-null or no staining.
    Null,
    /// "faint", "weak", "débil".
    Faint,
    /// "incomplete", "incompleta".
    Incomplete,
    /// A scoring legend or criteria header: the values after it are definitions.
    Legend,
    /// A general statement ("cases with...", "considered..."): values in its clause are not results.
    Hedge,
    /// Control tissue: scores after it describe the control.
    Control,
    /// A status word (positive, negative, equivocal).
    Status,
    /// "N/A", "not applicable".
    NotApplicable,
    /// A unit after a number (cm, mm, years).
    Unit,
}

impl Kw {
    /// Every meaning, in declaration order: `Kw::ALL[kw as usize] == kw`.
    const ALL: [Kw; 38] = [
        Kw::Her2,
        Kw::Neu,
        Kw::Cep17,
        Kw::Her2Cep17,
        Kw::Ish,
        Kw::HerMarker,
        Kw::Other,
        Kw::Ihc,
        Kw::Score,
        Kw::Ratio,
        Kw::Copies,
        Kw::Signals,
        Kw::Cell,
        Kw::Count,
        Kw::Number,
        Kw::Avg,
        Kw::Per,
        Kw::Total,
        Kw::Dual,
        Kw::Single,
        Kw::ProbeWord,
        Kw::Breast,
        Kw::Gastric,
        Kw::Biopsy,
        Kw::Resection,
        Kw::BreastResection,
        Kw::GastricResection,
        Kw::Pending,
        Kw::Ultralow,
        Kw::Null,
        Kw::Faint,
        Kw::Incomplete,
        Kw::Legend,
        Kw::Hedge,
        Kw::Control,
        Kw::Status,
        Kw::NotApplicable,
        Kw::Unit,
    ];
}

/// Patterns, roughly in alphabetical order (the order only matters between two patterns that match
/// the same text). Only read at compile time, to build `PACKED` and its index.
const WORDS: &[(&str, Kw)] = &[
    ("4b5", Kw::HerMarker),
    ("a0485", Kw::HerMarker),
    ("absence of membrane staining", Kw::Null),
    ("absence of staining", Kw::Null),
    ("absent staining", Kw::Null),
    ("accession", Kw::Other),
    ("age", Kw::Other),
    ("alk", Kw::Other),
    ("allred", Kw::Other),
    ("analizad*", Kw::Count),
    ("analysed", Kw::Count),
    ("analyzed", Kw::Count),
    ("androgen*", Kw::Other),
    ("anos", Kw::Unit),
    ("apenas perceptible", Kw::Faint),
    ("assessed", Kw::Count),
    ("ausencia de tincion", Kw::Null),
    ("average", Kw::Avg),
    ("avg", Kw::Avg),
    ("barely perceptible", Kw::Faint),
    ("bicolor", Kw::Dual),
    ("biops*", Kw::Biopsy),
    ("borderline", Kw::Status),
    ("breast", Kw::Breast),
    ("c~erb~b~2", Kw::Her2),
    ("cardia", Kw::Gastric),
    ("cases", Kw::Hedge),
    ("casos", Kw::Hedge),
    ("cb11", Kw::HerMarker),
    ("cdx~2", Kw::Other),
    ("cell", Kw::Cell),
    ("cells", Kw::Cell),
    ("celula", Kw::Cell),
    ("celulas", Kw::Cell),
    ("cen~17", Kw::Cep17),
    ("cep~17", Kw::Cep17),
    ("chr~17", Kw::Cep17),
    ("chromosome~17", Kw::Cep17),
    ("cish", Kw::Ish),
    ("claudin*", Kw::Other),
    ("cm", Kw::Unit),
    ("cociente", Kw::Ratio),
    ("color", Kw::ProbeWord),
    ("colour", Kw::ProbeWord),
    ("considered", Kw::Hedge),
    ("contabilizad*", Kw::Count),
    ("contad*", Kw::Count),
    ("control*", Kw::Control),
    ("copia", Kw::Copies),
    ("copias", Kw::Copies),
    ("copies", Kw::Copies),
    ("copy", Kw::Copies),
    ("copy number*", Kw::Copies),
    ("cps", Kw::Other),
    ("criteri*", Kw::Legend),
    ("cromosoma~17", Kw::Cep17),
    ("cuadrantectom*", Kw::BreastResection),
    ("d17z1", Kw::Cep17),
    ("date", Kw::Other),
    ("days", Kw::Unit),
    ("debil", Kw::Faint),
    ("defined", Kw::Hedge),
    ("deferred", Kw::Pending),
    ("definid*", Kw::Hedge),
    ("dias", Kw::Unit),
    ("dish", Kw::Ish),
    ("doble", Kw::Dual),
    ("dual", Kw::Dual),
    ("duales", Kw::Dual),
    ("ductal", Kw::Breast),
    ("dudoso", Kw::Status),
    ("e~cadherin*", Kw::Other),
    ("eber", Kw::Other),
    ("edad", Kw::Other),
    ("egfr", Kw::Other),
    ("en curso", Kw::Pending),
    ("en proceso", Kw::Pending),
    ("epidermal growth factor receptor", Kw::Other),
    ("epidermal growth factor receptor~2", Kw::Her2),
    ("equivoc*", Kw::Status),
    ("er", Kw::Other),
    ("erb~b~2", Kw::Her2),
    ("escala", Kw::Legend),
    ("esofag*", Kw::Gastric),
    ("esofagectom*", Kw::GastricResection),
    ("esophag*", Kw::Gastric),
    ("esophagectom*", Kw::GastricResection),
    ("estadio", Kw::Other),
    ("estomago", Kw::Gastric),
    ("estrog*", Kw::Other),
    ("evaluad*", Kw::Count),
    ("evaluated", Kw::Count),
    ("examinad*", Kw::Count),
    ("examined", Kw::Count),
    ("excised", Kw::Resection),
    ("excision", Kw::Resection),
    ("excisional biops*", Kw::Resection),
    ("faint", Kw::Faint),
    ("fecha", Kw::Other),
    ("fish", Kw::Ish),
    ("gastrectom*", Kw::GastricResection),
    ("gastric*", Kw::Gastric),
    ("gastro~esofag*", Kw::Gastric),
    ("gastro~esophag*", Kw::Gastric),
    ("gastro~oesophag*", Kw::Gastric),
    ("gata~3", Kw::Other),
    ("ge junction", Kw::Gastric),
    ("gej", Kw::Gastric),
    ("gleason", Kw::Other),
    ("grade", Kw::Other),
    ("grado", Kw::Other),
    ("h~score", Kw::Other),
    ("her~2", Kw::Her2),
    ("her~2~/~cen~17", Kw::Her2Cep17),
    ("her~2~/~cep~17", Kw::Her2Cep17),
    ("her~2~/~chr~17", Kw::Her2Cep17),
    ("her~2~/~chromosome~17", Kw::Her2Cep17),
    ("her~2~/~cromosoma~17", Kw::Her2Cep17),
    ("her~2~:~cep~17", Kw::Her2Cep17),
    ("her~2~neu", Kw::Her2),
    ("hercep*", Kw::HerMarker),
    ("hibridacion*", Kw::Ish),
    ("his", Kw::Ish),
    ("hormon*", Kw::Other),
    ("horas", Kw::Unit),
    ("hours", Kw::Unit),
    ("human epidermal growth factor receptor~2", Kw::Her2),
    ("ihc", Kw::Ihc),
    ("ihq", Kw::Ihc),
    ("immunohisto*", Kw::Ihc),
    ("immunoperoxidase", Kw::Ihc),
    ("immunostain*", Kw::Ihc),
    ("in progress", Kw::Pending),
    ("in situ hybridi*", Kw::Ish),
    ("incomplet*", Kw::Incomplete),
    ("indeterminad*", Kw::Status),
    ("indeterminate", Kw::Status),
    ("indice", Kw::Ratio),
    ("inmunohisto*", Kw::Ihc),
    ("ish", Kw::Ish),
    ("ki~67", Kw::Other),
    ("legend", Kw::Legend),
    ("leyenda", Kw::Legend),
    ("lobular", Kw::Breast),
    ("lumpectom*", Kw::BreastResection),
    ("lymph*", Kw::Other),
    ("mama", Kw::Breast),
    ("mamari*", Kw::Breast),
    ("mammary", Kw::Breast),
    ("margen*", Kw::Other),
    ("margin*", Kw::Other),
    ("mastectom*", Kw::BreastResection),
    ("mean", Kw::Avg),
    ("media", Kw::Avg),
    ("medio", Kw::Avg),
    ("mib~1", Kw::Other),
    ("min", Kw::Unit),
    ("mitos*", Kw::Other),
    ("mitotic", Kw::Other),
    ("mlh~1", Kw::Other),
    ("mm", Kw::Unit),
    ("mmr", Kw::Other),
    ("msh~2", Kw::Other),
    ("msh~6", Kw::Other),
    ("msi", Kw::Other),
    ("n/a", Kw::NotApplicable),
    ("negativ*", Kw::Status),
    ("neu", Kw::Neu),
    ("no aplica", Kw::NotApplicable),
    ("no detectable staining", Kw::Null),
    ("no efectuad*", Kw::Pending),
    ("no immunoreactivity", Kw::Null),
    ("no membrane staining", Kw::Null),
    ("no membranous staining", Kw::Null),
    ("no reactivity", Kw::Null),
    ("no realizad*", Kw::Pending),
    ("no se realiz*", Kw::Pending),
    ("no staining", Kw::Null),
    ("no tincion", Kw::Null),
    ("node", Kw::Other),
    ("nodes", Kw::Other),
    ("not applicable", Kw::NotApplicable),
    ("not calculated", Kw::NotApplicable),
    ("not carried out", Kw::Pending),
    ("not done", Kw::Pending),
    ("not performed", Kw::Pending),
    ("not tested", Kw::Pending),
    ("nottingham", Kw::Other),
    ("ntrk*", Kw::Other),
    ("nuclei", Kw::Cell),
    ("nucleo", Kw::Cell),
    ("nucleos", Kw::Cell),
    ("nucleus", Kw::Cell),
    ("null", Kw::Null),
    ("nulo", Kw::Null),
    ("number", Kw::Number),
    ("numero", Kw::Number),
    ("oesophag*", Kw::Gastric),
    ("oesophagectom*", Kw::GastricResection),
    ("oestrog*", Kw::Other),
    ("p53", Kw::Other),
    ("p63", Kw::Other),
    ("pacientes", Kw::Hedge),
    ("patients", Kw::Hedge),
    ("pd~l~1", Kw::Other),
    ("pending", Kw::Pending),
    ("pendiente*", Kw::Pending),
    ("per", Kw::Per),
    ("pgr", Kw::Other),
    ("pieza quirurgica", Kw::Resection),
    ("pleomorph*", Kw::Other),
    ("pms~2", Kw::Other),
    ("por", Kw::Per),
    ("positiv*", Kw::Status),
    ("pr", Kw::Other),
    ("probe", Kw::ProbeWord),
    ("probes", Kw::ProbeWord),
    ("progest*", Kw::Other),
    ("promedio", Kw::Avg),
    ("puntaje", Kw::Score),
    ("puntuacion", Kw::Score),
    ("quadrantectom*", Kw::BreastResection),
    ("ratio", Kw::Ratio),
    ("razon", Kw::Ratio),
    ("re", Kw::Other),
    ("re~excision", Kw::Resection),
    ("relacion", Kw::Ratio),
    ("reported separately", Kw::Pending),
    ("resecad*", Kw::Resection),
    ("reseccion", Kw::Resection),
    ("resected", Kw::Resection),
    ("resection", Kw::Resection),
    ("ros~1", Kw::Other),
    ("rp", Kw::Other),
    ("scale", Kw::Legend),
    ("score", Kw::Score),
    ("scored", Kw::Count),
    ("scoring", Kw::Score),
    ("scoring guide*", Kw::Legend),
    ("scoring system", Kw::Legend),
    ("se informara*", Kw::Pending),
    ("segmentectom*", Kw::Resection),
    ("senal", Kw::Signals),
    ("senales", Kw::Signals),
    ("sera informad*", Kw::Pending),
    ("signal", Kw::Signals),
    ("signals", Kw::Signals),
    ("simple", Kw::Single),
    ("sin tincion*", Kw::Null),
    ("single", Kw::Single),
    ("sish", Kw::Ish),
    ("sistema de puntuacion", Kw::Legend),
    ("size", Kw::Other),
    ("sonda", Kw::ProbeWord),
    ("sondas", Kw::ProbeWord),
    ("sp3", Kw::HerMarker),
    ("stage", Kw::Other),
    ("stomach", Kw::Gastric),
    ("sum", Kw::Total),
    ("suma", Kw::Total),
    ("surgical specimen", Kw::Resection),
    ("tamano", Kw::Other),
    ("tenue", Kw::Faint),
    ("to be performed", Kw::Pending),
    ("to be reported", Kw::Pending),
    ("to follow", Kw::Pending),
    ("total*", Kw::Total),
    ("tps", Kw::Other),
    ("tubul*", Kw::Other),
    ("tumores", Kw::Hedge),
    ("tumorectom*", Kw::Resection),
    ("tumors", Kw::Hedge),
    ("tumours", Kw::Hedge),
    ("ultra~baj*", Kw::Ultralow),
    ("ultra~low", Kw::Ultralow),
    ("um", Kw::Unit),
    ("unica", Kw::Single),
    ("weak", Kw::Faint),
    ("will be performed", Kw::Pending),
    ("will be reported", Kw::Pending),
    ("will follow", Kw::Pending),
    ("year*", Kw::Unit),
    ("yo", Kw::Unit),
    ("yrs", Kw::Unit),
];

/// Patterns that only count in capitals: "HIS" (Spanish ISH) is also an English word, and
/// "RE"/"RP" (Spanish ER/PR) are common syllables.
fn capitals_only(pattern: &[u8]) -> bool {
    matches!(pattern, b"his" | b"re" | b"rp")
}

/// The key of a word: its first three bytes, or all of a shorter one, as
/// `first << 16 | second << 8 | third` with 0 for a missing byte.
const fn key(bytes: &[u8], len: usize) -> u32 {
    let mut key = 0;
    let mut i = 0;
    while i < 3 {
        key <<= 8;
        if i < len {
            key |= bytes[i] as u32;
        }
        i += 1;
    }
    key
}

/// The keys of the words that pattern `i` can start with, 0 for none: its first three letters
/// and digits, or fewer when the word ends earlier. A `~` before them makes two: "ki~67" starts
/// "ki" (then "-67") or "ki67".
const fn keys_of(i: usize) -> [u32; 2] {
    let pattern = WORDS[i].0.as_bytes();
    let mut out = [0; 2];
    let mut n = 0;
    let mut word = [0u8; 3];
    let mut len = 0;
    let mut j = 0;
    while len < 3 && j < pattern.len() && (is_word(pattern[j]) || pattern[j] == b'~') {
        if pattern[j] == b'~' {
            // One or more spaces or hyphens here end the word.
            assert!(n == 0, "a pattern has two ~ in its first three letters");
            out[n] = key(&word, len);
            n += 1;
        } else {
            word[len] = pattern[j];
            len += 1;
        }
        j += 1;
    }
    assert!(
        len == 3 || j == pattern.len() || pattern[j] != b'*',
        "a pattern has * before its third letter"
    );
    out[n] = key(&word, len);
    if n == 1 && out[1] == out[0] {
        out[1] = 0;
    }
    out
}

/// The keys of every pattern.
const KEYS_OF: [[u32; 2]; WORDS.len()] = {
    let mut out = [[0; 2]; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        let word = WORDS[i].0.as_bytes();
        assert!(
            !word.is_empty() && word.len() < 256,
            "a pattern is empty or too long"
        );
        assert!(
            rank(word[0]) > 0,
            "a pattern does not start with a letter or digit"
        );
        out[i] = keys_of(i);
        i += 1;
    }
    out
};

/// Whether pattern `i` is filed under `key`.
const fn filed(i: usize, key: u32) -> bool {
    KEYS_OF[i][0] == key || KEYS_OF[i][1] == key
}

/// How many different keys the patterns have.
const KEY_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < WORDS.len() {
        let mut k = 0;
        while k < 2 {
            let key = KEYS_OF[i][k];
            // Counted at its first pattern only.
            let mut seen = key == 0 || (k == 1 && KEYS_OF[i][0] == key);
            let mut e = 0;
            while e < i && !seen {
                seen = filed(e, key);
                e += 1;
            }
            if !seen {
                n += 1;
            }
            k += 1;
        }
        i += 1;
    }
    n
};

/// The keys in increasing order.
const SORTED_KEYS: [u32; KEY_COUNT] = {
    let mut out = [0; KEY_COUNT];
    let mut last = 0;
    let mut n = 0;
    while n < KEY_COUNT {
        // The smallest key above the last one.
        let mut next = u32::MAX;
        let mut i = 0;
        while i < WORDS.len() {
            let mut k = 0;
            while k < 2 {
                let key = KEYS_OF[i][k];
                if key > last && key < next {
                    next = key;
                }
                k += 1;
            }
            i += 1;
        }
        out[n] = next;
        last = next;
        n += 1;
    }
    out
};

/// The length of the first word of a pattern: the letters and digits it starts with.
const fn head_len(pattern: &[u8]) -> usize {
    let mut i = 0;
    while i < pattern.len() && is_word(pattern[i]) {
        i += 1;
    }
    i
}

const PACKED_LEN: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < WORDS.len() {
        let copies = if KEYS_OF[i][1] == 0 { 1 } else { 2 };
        n += copies * (WORDS[i].0.len() + 3);
        i += 1;
    }
    n
};

/// The table packed into one byte string, the patterns of each key together in key order (a
/// pattern with two keys is there twice), each in table order: for each pattern, its length, the
/// length of its first word (`head_len`), its meaning (`Kw as u8`), then the pattern.
static PACKED: [u8; PACKED_LEN] = {
    let mut out = [0u8; PACKED_LEN];
    let mut at = 0;
    let mut g = 0;
    while g < KEY_COUNT {
        let mut i = 0;
        while i < WORDS.len() {
            if filed(i, SORTED_KEYS[g]) {
                let bytes = WORDS[i].0.as_bytes();
                out[at] = bytes.len() as u8;
                out[at + 1] = head_len(bytes) as u8;
                out[at + 2] = WORDS[i].1 as u8;
                at += 3;
                let mut j = 0;
                while j < bytes.len() {
                    out[at] = bytes[j];
                    at += 1;
                    j += 1;
                }
            }
            i += 1;
        }
        g += 1;
    }
    out
};

/// Where the patterns of each key start in `PACKED`, then its end: the patterns of the `g`-th key
/// are `PACKED[GROUPS[g]..GROUPS[g + 1]]`.
static GROUPS: [u16; KEY_COUNT + 1] = {
    let mut out = [0u16; KEY_COUNT + 1];
    let mut at = 0;
    let mut g = 0;
    while g < KEY_COUNT {
        out[g] = at as u16;
        let mut i = 0;
        while i < WORDS.len() {
            if filed(i, SORTED_KEYS[g]) {
                at += WORDS[i].0.len() + 3;
            }
            i += 1;
        }
        g += 1;
    }
    assert!(at == PACKED_LEN);
    out[KEY_COUNT] = at as u16;
    out
};

/// Where a byte sorts among the bytes of keys: 1 to 10 for a digit, 11 to 36 for a letter, 0 for
/// anything else (and for no byte). Ranks keep the byte order.
#[inline(always)]
const fn rank(b: u8) -> usize {
    match b {
        b'0'..=b'9' => (b - b'0') as usize + 1,
        b'a'..=b'z' => (b - b'a') as usize + 11,
        _ => 0,
    }
}

/// How many different pairs of first two bytes the keys have.
const PAIR_COUNT: usize = {
    let mut n = 0;
    let mut g = 0;
    while g < KEY_COUNT {
        if g == 0 || SORTED_KEYS[g] >> 8 != SORTED_KEYS[g - 1] >> 8 {
            n += 1;
        }
        g += 1;
    }
    assert!(
        n < 256 && KEY_COUNT < 256,
        "the index holds numbers as bytes"
    );
    n
};

/// For each rank of a first byte, bit `r` is set when a key has a second byte of rank `r`.
static SECONDS: [u64; 37] = {
    let mut out = [0u64; 37];
    let mut g = 0;
    while g < KEY_COUNT {
        let key = SORTED_KEYS[g];
        out[rank((key >> 16) as u8)] |= 1 << rank((key >> 8) as u8);
        g += 1;
    }
    out
};

/// For each rank of a first byte, the number of pairs of first two bytes with a first byte of
/// lower rank: the pairs of first byte rank `r` are numbered from `BUCKETS[r]`, in the order of
/// their second byte.
static BUCKETS: [u8; 37] = {
    let mut out = [0u8; 37];
    let mut r = 1;
    while r < 37 {
        out[r] = out[r - 1] + SECONDS[r - 1].count_ones() as u8;
        r += 1;
    }
    out
};

/// For each pair of first two bytes, in order: the number of its first key; then the number of
/// keys. The keys of pair `p` are numbered `PAIRS[p]..PAIRS[p + 1]`.
static PAIRS: [u8; PAIR_COUNT + 1] = {
    let mut out = [0u8; PAIR_COUNT + 1];
    let mut p = 0;
    let mut g = 0;
    while g < KEY_COUNT {
        if g == 0 || SORTED_KEYS[g] >> 8 != SORTED_KEYS[g - 1] >> 8 {
            out[p] = g as u8;
            p += 1;
        }
        g += 1;
    }
    out[PAIR_COUNT] = KEY_COUNT as u8;
    out
};

/// The third byte of each key, in key order (0 for none).
static THIRDS: [u8; KEY_COUNT] = {
    let mut out = [0u8; KEY_COUNT];
    let mut g = 0;
    while g < KEY_COUNT {
        out[g] = SORTED_KEYS[g] as u8;
        g += 1;
    }
    out
};

/// Letters, digits and `_` make up words.
pub(super) const fn is_word(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'
}

/// The longest known word starting at `i` in the folded text, where a word ends at `word_end`:
/// its end and meaning. `capital` tells whether the original character behind a folded byte was a
/// capital letter.
#[inline]
pub(super) fn keyword_at(
    folded: &[u8],
    i: usize,
    word_end: usize,
    capital: impl Fn(usize) -> bool,
) -> Option<(usize, Kw)> {
    // Most words have no key: this part is kept small, to be inlined. The key is found by its
    // first byte, then its second (the pairs of a first byte are numbered in order), then its
    // third.
    let word = folded.get(i..word_end)?;
    let byte = |k: usize| word.get(k).copied().unwrap_or(0);
    let (first, second) = (rank(byte(0)), rank(byte(1)));
    let seconds = *SECONDS.get(first)?;
    if seconds >> second & 1 == 0 {
        return None;
    }
    let pair =
        usize::from(*BUCKETS.get(first)?) + (seconds & ((1 << second) - 1)).count_ones() as usize;
    let (from, to) = (
        usize::from(*PAIRS.get(pair)?),
        usize::from(*PAIRS.get(pair + 1)?),
    );
    let third = THIRDS.get(from..to)?.iter().position(|&b| b == byte(2))?;
    best_in_group(folded, i, word, from + third, &capital)
}

/// The longest match at `i` of the patterns filed under the `g`-th key; on equal length the more
/// specific (longer) pattern, so "esophagectom*" wins over "esophag*" for "esophagectomy", and
/// then the earlier one. `word` is the word at `i`.
fn best_in_group(
    folded: &[u8],
    i: usize,
    word: &[u8],
    g: usize,
    capital: &impl Fn(usize) -> bool,
) -> Option<(usize, Kw)> {
    // The byte after the one to four spaces, hyphens or line breaks after the word (0 when there
    // are none or more): where the second word of a pattern such as `no staining` would start.
    let word_end = i + word.len();
    let mut j = word_end;
    while j < word_end + 5 && matches!(folded.get(j), Some(b' ' | b'-' | b'\n')) {
        j += 1;
    }
    let next = match j - word_end {
        1..=4 => folded.get(j).copied().unwrap_or(0),
        _ => 0,
    };
    let (&from, &to) = (GROUPS.get(g)?, GROUPS.get(g + 1)?);
    let mut best: Option<(usize, usize, Kw)> = None;
    let mut rest = PACKED
        .get(usize::from(from)..usize::from(to))
        .unwrap_or_default();
    while let [len, head, code, tail @ ..] = rest {
        let (len, head) = (usize::from(*len), usize::from(*head));
        let Some((pattern, after)) = tail.split_at_checked(len) else {
            break;
        };
        rest = after;
        // The first word of the pattern must be the word, or start it when `~` or `*` follows
        // ("her~2": "her2", "her-2"; "biops*": "biopsy"). Cheap tests first: the length, and
        // the byte that must come after the first word.
        let fits = match word.len().cmp(&head) {
            Ordering::Less => false,
            Ordering::Equal => match pattern.get(head..head + 2) {
                Some(&[b' ', p]) => !p.is_ascii_alphanumeric() || p == next,
                _ => true,
            },
            Ordering::Greater => match pattern.get(head..head + 2) {
                Some(&[b'~', p]) => !p.is_ascii_alphanumeric() || p == word[head],
                _ => matches!(pattern.get(head), Some(b'~' | b'*')),
            },
        };
        if !fits || (1..head).any(|k| word[k] != pattern[k]) {
            continue;
        }
        let end = if head == len {
            i + head
        } else {
            let Some(end) = match_pattern(folded, i + head, &pattern[head..]) else {
                continue;
            };
            end
        };
        if best.is_some_and(|(e, l, _)| (e, l) >= (end, len)) {
            continue;
        }
        if capitals_only(pattern) && !(i..end).all(capital) {
            continue;
        }
        if let Some(&kw) = Kw::ALL.get(usize::from(*code)) {
            best = Some((end, len, kw));
        }
    }
    best.map(|(end, _, kw)| (end, kw))
}

fn match_pattern(folded: &[u8], mut j: usize, pattern: &[u8]) -> Option<usize> {
    for &p in pattern {
        match p {
            b'*' => {
                // Any ending: take the rest of the word.
                while folded.get(j).is_some_and(|&b| is_word(b)) {
                    j += 1;
                }
                return Some(j);
            }
            b'~' | b' ' => {
                let from = j;
                let most = if p == b' ' { 4 } else { 3 };
                while j - from < most
                    && folded
                        .get(j)
                        .is_some_and(|&b| b == b' ' || b == b'-' || (p == b' ' && b == b'\n'))
                {
                    j += 1;
                }
                if p == b' ' && j == from {
                    return None;
                }
            }
            _ => {
                if folded.get(j) != Some(&p) {
                    return None;
                }
                j += 1;
            }
        }
    }
    if folded.get(j).is_some_and(|&b| is_word(b)) {
        None
    } else {
        Some(j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meanings_round_trip() {
        for (i, kw) in Kw::ALL.iter().enumerate() {
            assert_eq!(*kw as usize, i);
        }
        assert_eq!(usize::from(GROUPS[KEY_COUNT]), PACKED.len());
        assert_eq!(
            usize::from(BUCKETS[36]) + SECONDS[36].count_ones() as usize,
            PAIR_COUNT
        );
    }

    #[test]
    fn every_pattern_is_found() {
        // Each pattern written out: `~` as nothing or a hyphen, `*` as an ending.
        for (pattern, _) in WORDS {
            for tilde in ["", "-"] {
                let text = pattern.replace('~', tilde).replace('*', "xyz");
                let word_end = text.bytes().take_while(|&b| is_word(b)).count();
                let found = keyword_at(text.as_bytes(), 0, word_end, |_| true);
                assert!(
                    found.is_some_and(|(end, _)| end == text.len()),
                    "{pattern:?} as {text:?}: {found:?}"
                );
            }
        }
    }

    #[test]
    fn patterns_match_variants() {
        let find = |text: &str| {
            let word_end = text.bytes().take_while(|&b| is_word(b)).count();
            keyword_at(text.as_bytes(), 0, word_end, |_| true)
        };
        assert_eq!(find("her2"), Some((4, Kw::Her2)));
        assert_eq!(find("her-2/neu"), Some((5, Kw::Her2)));
        assert_eq!(find("her 2"), Some((5, Kw::Her2)));
        assert_eq!(find("her 20"), None);
        assert_eq!(find("her2/cep17 ratio"), Some((10, Kw::Her2Cep17)));
        assert_eq!(find("c-erbb-2"), Some((8, Kw::Her2)));
        assert_eq!(find("biopsies"), Some((8, Kw::Biopsy)));
        assert_eq!(find("excisional biopsy"), Some((17, Kw::Resection)));
        assert_eq!(find("dual-probe"), Some((4, Kw::Dual)));
        assert_eq!(find("copy number"), Some((11, Kw::Copies)));
        assert_eq!(find("ki-67"), Some((5, Kw::Other)));
        assert_eq!(find("herself"), None);
        assert_eq!(
            keyword_at(b"his", 0, 3, |_| false),
            None,
            "lower-case his is a pronoun"
        );
    }
}
