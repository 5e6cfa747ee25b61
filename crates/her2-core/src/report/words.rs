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
//! The longest match wins. The table is sorted by first byte so that only the patterns starting
//! with the right letter are tried, and packed into one byte string at compile time.

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

/// Patterns, sorted by first byte. Only read at compile time, to build `PACKED`.
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

const PACKED_LEN: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < WORDS.len() {
        n += WORDS[i].0.len() + 2;
        i += 1;
    }
    n
};

/// The table packed into one byte string (10 bytes per word smaller than `WORDS` in
/// WebAssembly): for each word, its length, its meaning (`Kw as u8`), then the pattern.
static PACKED: [u8; PACKED_LEN] = {
    let mut out = [0u8; PACKED_LEN];
    let mut at = 0;
    let mut i = 0;
    while i < WORDS.len() {
        let bytes = WORDS[i].0.as_bytes();
        out[at] = bytes.len() as u8;
        out[at + 1] = WORDS[i].1 as u8;
        at += 2;
        let mut j = 0;
        while j < bytes.len() {
            out[at] = bytes[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
};

/// `PACKED[BUCKETS[b]..BUCKETS[b + 1]]` holds the words whose pattern starts with ASCII byte `b`.
static BUCKETS: [u16; 129] = {
    let mut starts = [0u16; 129];
    let mut b = 0;
    while b < 129 {
        // The offset of the first word whose pattern starts with `b` or more.
        let mut at = 0;
        while at < PACKED_LEN && (PACKED[at + 2] as usize) < b {
            at += PACKED[at] as usize + 2;
        }
        starts[b] = at as u16;
        b += 1;
    }
    starts
};

/// Letters, digits and `_` make up words.
pub(super) fn is_word(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'
}

/// The longest known word starting at `i` in the folded text: its end and meaning.
/// `capital` tells whether the original character behind a folded byte was a capital letter.
pub(super) fn keyword_at(
    folded: &[u8],
    i: usize,
    capital: impl Fn(usize) -> bool,
) -> Option<(usize, Kw)> {
    let first = usize::from(*folded.get(i)?);
    let lo = usize::from(*BUCKETS.get(first)?);
    let hi = usize::from(*BUCKETS.get(first + 1)?);
    let second = folded.get(i + 1).copied().unwrap_or(0);
    let mut best: Option<(usize, Kw)> = None;
    let mut at = lo;
    while at < hi {
        let (len, code) = (usize::from(PACKED[at]), usize::from(PACKED[at + 1]));
        let pattern = PACKED.get(at + 2..at + 2 + len)?;
        at += len + 2;
        // Most patterns fail on their second byte: check it before the full match.
        if let Some(&p) = pattern.get(1) {
            if p.is_ascii_alphanumeric() && p != second {
                continue;
            }
        }
        let Some(end) = match_pattern(folded, i, pattern) else {
            continue;
        };
        if best.is_some_and(|(e, _)| e >= end) {
            continue;
        }
        if capitals_only(pattern) && !(i..end).all(&capital) {
            continue;
        }
        let Some(&kw) = Kw::ALL.get(code) else {
            continue;
        };
        best = Some((end, kw));
    }
    best
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

    fn first_byte(pattern: &str) -> u8 {
        pattern.as_bytes().first().copied().unwrap_or(0)
    }

    #[test]
    fn table_is_sorted_by_first_byte() {
        for pair in WORDS.windows(2) {
            assert!(
                first_byte(pair[0].0) <= first_byte(pair[1].0),
                "{:?} before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
    }

    #[test]
    fn meanings_round_trip() {
        for (i, kw) in Kw::ALL.iter().enumerate() {
            assert_eq!(*kw as usize, i);
        }
        assert!(WORDS.iter().all(|(p, _)| !p.is_empty() && p.len() < 256));
        assert_eq!(usize::from(BUCKETS[128]), PACKED.len());
    }

    #[test]
    fn patterns_match_variants() {
        let find = |text: &str| keyword_at(text.as_bytes(), 0, |_| true);
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
            keyword_at(b"his", 0, |_| false),
            None,
            "lower-case his is a pronoun"
        );
    }
}
