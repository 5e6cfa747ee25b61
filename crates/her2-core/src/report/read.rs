//! Reading the tokens: which part of the text is about HER2, and which value goes with which
//! label.
//!
//! 1. Scope. The text is cut into clauses (lines, sentences, `;`, `|`). A marker word starts a
//!    part about that marker: a HER2 name, CEP17, an ISH method or a HER2 antibody starts a HER2
//!    part; ER, PR, Ki-67, PD-L1 and topics such as size, grade or date start another part. The
//!    words of a clause before its first marker belong to that marker; a clause without a marker
//!    continues the part before it (an empty line starts afresh). Text before any marker counts as
//!    HER2, since people often paste only the HER2 lines.
//! 2. Values. In a HER2 part, a label (ratio, copy number, cells counted, score...) takes the next
//!    number within a few words in the same clause (or at the start of the next line); a number
//!    with no label before it can take a label right after it ("20 cells counted", "4.5 HER2
//!    signals per cell"). Scores written "2+" need no label. Numbers that are percentages,
//!    thresholds (≥ 2.0), dates, ranges or measurements are never values, and scores in a legend,
//!    a list ("0 or 1+"), a general statement ("cases with 2+...") or about control tissue are not
//!    results.
//! 3. Elsewhere. The cancer type and the kind of sample are read anywhere in the text. "Pending",
//!    "not performed" and the like in a HER2 part set the pending flag; values the text does state
//!    are still taken, but a probe type named in the same phrase ("dual ISH pending") is not.
//! 4. Checklists. A line that starts with a box is a checklist option. An empty box (`___`,
//!    `[ ]`, `☐`) makes the line say nothing (no value, cancer type, sample or "pending"); a marked
//!    one (`_X_`, `[x]`, `☒`, `■`) keeps its scores, probe type and IHC 0 detail, but a number on
//!    it only right after `:` or `=`, since the others are the option's thresholds. A run of
//!    checklist lines that lists IHC scores and marks none is noted. Boxes later in a line start
//!    options too, on a line that starts with a box or has a marked one among two or more.

use super::lex::{Brk, Num, Tok, T};
use super::words::Kw;
use super::FoundValue;
use crate::decimal::Decimal;
use crate::model::{Cancer, IhcScore, IhcZeroSubtype, Probe, Specimen};

/// Which field a candidate value is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Cancer,
    IhcScore,
    Subtype,
    Probe,
    Ratio,
    Her2,
    Cep17,
    Cells,
    Specimen,
}

/// A value found, with its folded byte span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cand {
    pub(super) slot: Slot,
    pub(super) value: FoundValue,
    pub(super) s: usize,
    pub(super) e: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// Before any marker (or after an empty line): read like HER2.
    Start,
    Her2,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `strong`: the word "ratio" (a copy-number label does not replace it).
    Ratio {
        strong: bool,
    },
    /// `signals`: the word "signals", which may also be a total.
    Copies {
        signals: bool,
    },
    Cells,
    Score(By),
}

/// What labelled a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    /// A HER2 name: only a plain 0 is taken ("HER2: 0").
    Name,
    /// IHC or a HER2 antibody.
    Method,
    /// "score".
    Word,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gene {
    Her2,
    Cep17,
}

fn gene_of(t: &Tok) -> Option<Gene> {
    match t.kw() {
        Some(Kw::Her2 | Kw::Neu) => Some(Gene::Her2),
        Some(Kw::Cep17) => Some(Gene::Cep17),
        _ => None,
    }
}

/// What [`read`] found.
pub(super) struct Read {
    /// Every candidate value.
    pub(super) cands: Vec<Cand>,
    /// Whether HER2 is said to be pending.
    pub(super) pending: bool,
    /// How many tokens, bytes and candidates the reading looked at beyond the one step per token,
    /// to check that reading stays linear in the length of the text.
    pub(super) work: usize,
    /// A checklist listed IHC scores and marked none of them.
    pub(super) unmarked_scores: bool,
}

/// A run of checklist lines (each starting with a box), as far as the reader has seen it.
#[derive(Debug, Clone, Copy, Default)]
struct Checklist {
    /// A line of the run has a marked box.
    marked: bool,
    /// An unmarked line of the run states an IHC score.
    unmarked_score: bool,
}

/// Reads the tokens: every candidate value, and whether HER2 is said to be pending.
pub(super) fn read(f: &[u8], toks: &[Tok]) -> Read {
    let mut reader = Reader {
        f,
        toks,
        part: Ctx::Start,
        last_other: None,
        her2_at: None,
        cands: Vec::new(),
        pending: false,
        pend: None,
        last_bound: None,
        gene: None,
        last_value: 0,
        clause: 0,
        clause_start: true,
        depth: 0,
        legend: false,
        legend_depth: None,
        hedge: false,
        control: false,
        value_tok: None,
        ahead: None,
        pending_clause: false,
        count_w: None,
        faint: None,
        incomplete: false,
        clause_cands: 0,
        next_word: 0,
        solid: None,
        work: 0,
        line_box: None,
        checklist: None,
        unmarked_scores: false,
    };
    reader.start_clause(0);
    for (k, t) in toks.iter().enumerate() {
        reader.token(k);
        if !matches!(t.kind, T::Colon | T::Eq | T::Open | T::Close) {
            reader.solid = Some(k);
        }
    }
    reader.end_checklist();
    Read {
        cands: reader.cands,
        pending: reader.pending,
        work: reader.work,
        unmarked_scores: reader.unmarked_scores,
    }
}

struct Reader<'a> {
    f: &'a [u8],
    toks: &'a [Tok],
    /// The part the current token belongs to (see the module doc).
    part: Ctx,
    /// The word index of the last other marker in this clause ("EBER ISH" is not about HER2).
    last_other: Option<usize>,
    /// Where the HER2 names are, found when first needed.
    her2_at: Option<Vec<usize>>,
    cands: Vec<Cand>,
    pending: bool,
    /// The label waiting for a value: what, its word index, its token.
    pend: Option<(Label, usize, usize)>,
    /// The label of the last value taken in this clause.
    last_bound: Option<Label>,
    /// The last HER2 or CEP17 name in this clause, and its token.
    gene: Option<(Gene, usize)>,
    /// The token of the last value taken (or the clause start).
    last_value: usize,
    /// The first token of the clause.
    clause: usize,
    /// No token of the clause seen yet.
    clause_start: bool,
    /// Bracket depth.
    depth: usize,
    /// In a scoring legend.
    legend: bool,
    /// The legend is inside brackets at this depth.
    legend_depth: Option<usize>,
    /// The clause is a general statement.
    hedge: bool,
    /// Control tissue mentioned earlier in the clause.
    control: bool,
    /// The token of the last value taken in this clause.
    value_tok: Option<usize>,
    /// A label already used by the number before it ("4.8 HER2 signals").
    ahead: Option<usize>,
    /// The clause says a test is pending.
    pending_clause: bool,
    count_w: Option<usize>,
    faint: Option<usize>,
    incomplete: bool,
    /// How many candidates there were when the clause started: the clause's own come after.
    clause_cands: usize,
    /// The first token that is not a break, at or after the token after the last break seen
    /// (the token count when there is none). Kept so that a run of breaks is looked at once.
    next_word: usize,
    /// The last token before the current one that is not `:`, `=` or a bracket.
    solid: Option<usize>,
    /// See [`Read::work`].
    work: usize,
    /// The box this line starts with, if it is a checklist line: marked or not.
    line_box: Option<bool>,
    /// The run of checklist lines going on, if any.
    checklist: Option<Checklist>,
    /// See [`Read::unmarked_scores`].
    unmarked_scores: bool,
}

impl Reader<'_> {
    /// Cancer type and specimen: read anywhere in the text, whatever the part.
    fn cancer_and_specimen(&mut self, t: &Tok, kw: Kw) {
        // An option of a checklist that is not marked says nothing.
        if self.line_box == Some(false) {
            return;
        }
        let (cancer, specimen) = match kw {
            Kw::Breast => (Some(Cancer::Breast), None),
            Kw::Gastric => (Some(Cancer::Gastric), None),
            Kw::Biopsy => (None, Some(Specimen::Biopsy)),
            Kw::Resection => (None, Some(Specimen::Resection)),
            Kw::BreastResection => (Some(Cancer::Breast), Some(Specimen::Resection)),
            Kw::GastricResection => (Some(Cancer::Gastric), Some(Specimen::Resection)),
            _ => (None, None),
        };
        if let Some(c) = cancer {
            let value = FoundValue::Cancer(c);
            self.cands.push(Cand {
                slot: Slot::Cancer,
                value,
                s: t.s,
                e: t.e,
            });
        }
        if let Some(sp) = specimen {
            let value = FoundValue::Specimen(sp);
            self.cands.push(Cand {
                slot: Slot::Specimen,
                value,
                s: t.s,
                e: t.e,
            });
        }
    }

    /// Resets the clause state; `next` is the first token of the new clause.
    fn start_clause(&mut self, next: usize) {
        self.pend = None;
        self.last_bound = None;
        self.gene = None;
        self.last_value = next;
        self.clause = next;
        self.clause_start = true;
        self.depth = 0;
        if self.legend_depth.take().is_some() {
            self.legend = false;
        }
        self.control = false;
        self.value_tok = None;
        self.pending_clause = false;
        self.count_w = None;
        self.faint = None;
        self.incomplete = false;
        self.clause_cands = self.cands.len();
        // One look at the clause: is it a general statement, and what is its first marker? Its
        // words before that marker belong to it; a clause without one continues the part before.
        self.hedge = false;
        self.last_other = None;
        let mut first = None;
        for t in self.toks.get(next..).unwrap_or_default() {
            self.work += 1;
            let kw = match t.kind {
                T::Break(_) => break,
                T::Kw(kw) => kw,
                _ => continue,
            };
            self.hedge |= kw == Kw::Hedge;
            if first.is_none() {
                first = self.mark(t);
            }
            if self.hedge && first.is_some() {
                break;
            }
        }
        self.part = first.unwrap_or(self.part);
    }

    /// The part that token `t` starts if it is a marker: a HER2 name, CEP17, an ISH method or a
    /// HER2 antibody start a HER2 part, another marker or topic another part.
    fn mark(&mut self, t: &Tok) -> Option<Ctx> {
        match t.kw()? {
            Kw::Her2 | Kw::Cep17 | Kw::Her2Cep17 | Kw::HerMarker => Some(Ctx::Her2),
            // "EBER ISH" is not about HER2.
            Kw::Ish if self.last_other.is_some_and(|w| t.w <= w + 3) => None,
            Kw::Ish => Some(Ctx::Her2),
            Kw::Neu if self.near_her2(t.s) => Some(Ctx::Her2),
            Kw::Other => Some(Ctx::Other),
            _ => None,
        }
    }

    /// Whether a HER2 name is within 200 bytes of folded offset `p` ("neu" alone is not one).
    fn near_her2(&mut self, p: usize) -> bool {
        let toks = self.toks;
        let her2_at = self.her2_at.get_or_insert_with(|| {
            toks.iter()
                .filter(|t| matches!(t.kw(), Some(Kw::Her2 | Kw::Her2Cep17)))
                .map(|t| t.s)
                .collect()
        });
        let i = her2_at.partition_point(|&h| h < p);
        let after = her2_at.get(i).is_some_and(|&h| h - p <= 200);
        let before = i > 0 && her2_at.get(i - 1).is_some_and(|&h| p - h <= 200);
        after || before
    }

    /// A HER2 value: kept unless in a legend, a general statement or an unmarked checklist
    /// option. On a marked checklist line, a number is kept only right after `:` or `=`
    /// ("■ Ratio: 1.6"): other numbers there are the option's thresholds ("ratio ≥2.0").
    fn push(&mut self, slot: Slot, value: FoundValue, s: usize, e: usize) {
        if self.legend || self.hedge {
            return;
        }
        let line_box = self.line_box;
        match line_box {
            Some(false) => {
                if slot == Slot::IhcScore {
                    if let Some(list) = &mut self.checklist {
                        list.unmarked_score = true;
                    }
                }
                return;
            }
            Some(true)
                if matches!(slot, Slot::Ratio | Slot::Her2 | Slot::Cep17 | Slot::Cells)
                    && !self.after_colon(s) =>
            {
                return;
            }
            _ => {}
        }
        self.cands.push(Cand { slot, value, s, e });
    }

    /// Whether the byte before folded offset `s` (spaces skipped) is `:` or `=`.
    fn after_colon(&mut self, s: usize) -> bool {
        let before = self.f[..s].iter().rev().position(|&b| b != b' ');
        self.work += before.unwrap_or(s);
        before.is_some_and(|p| matches!(self.f[s - 1 - p], b':' | b'='))
    }

    /// A checklist box at the start of a line.
    fn checkbox(&mut self, marked: bool) {
        self.line_box = Some(marked);
        let list = self.checklist.get_or_insert_with(Checklist::default);
        list.marked |= marked;
    }

    /// The run of checklist lines ends: a run that lists IHC scores and marks nothing says so.
    fn end_checklist(&mut self) {
        if let Some(list) = self.checklist.take() {
            self.unmarked_scores |= list.unmarked_score && !list.marked;
        }
    }

    fn set(&mut self, label: Label, k: usize) {
        self.pend = Some((label, self.toks[k].w, k));
    }

    /// A value was taken for `label` at token `k`.
    fn bound(&mut self, k: usize, label: Label) {
        self.pend = None;
        self.last_bound = Some(label);
        self.last_value = k;
        self.value_tok = Some(k);
    }

    /// Whether token `k` comes right after a value: then "copies" or "cells" is its unit
    /// ("3.4 signals per nucleus"), not a new label.
    fn after_value(&self, k: usize) -> bool {
        self.value_tok.is_some_and(|v| {
            v + 1 == k
                && self
                    .f
                    .get(self.toks[v].e..self.toks[k].s)
                    .is_some_and(|gap| gap.iter().all(|&b| b == b' '))
        })
    }

    /// Whether "per" / "por" comes just before token `k`, with only plain words between
    /// ("per invasive tumor cell").
    fn after_per(&self, k: usize) -> bool {
        for t in self.toks[k.saturating_sub(4)..k].iter().rev() {
            match t.kind {
                T::Kw(Kw::Per) => return true,
                T::Word => {}
                _ => return false,
            }
        }
        false
    }

    fn token(&mut self, k: usize) {
        let toks = self.toks;
        let t = &toks[k];
        match t.kind {
            T::Break(b) => {
                self.brk(k, b);
                return;
            }
            T::Box(marked) => {
                self.checkbox(marked);
                return;
            }
            _ => {}
        }
        let first = self.clause_start;
        self.clause_start = false;
        if let T::Kw(kw) = t.kind {
            self.cancer_and_specimen(t, kw);
            if let Some(part) = self.mark(t) {
                self.part = part;
                if part == Ctx::Other {
                    self.last_other = Some(t.w);
                }
            }
        }
        if self.part == Ctx::Other {
            self.pend = None;
            self.last_bound = None;
            self.gene = None;
            return;
        }
        match t.kind {
            T::Kw(kw) => self.keyword(k, kw, first),
            T::Num(n) => self.number(k, n),
            T::Score(score, listy) => self.score(k, score, listy),
            T::Plus { n, glued } => self.plus(k, n, glued),
            T::Open => self.depth += 1,
            T::Close => {
                if self.legend_depth == Some(self.depth) {
                    self.legend_depth = None;
                    self.legend = false;
                }
                self.depth = self.depth.saturating_sub(1);
            }
            T::Word if self.blank_after_colon(k) => self.pend = None,
            T::Word | T::Colon | T::Eq | T::Break(_) | T::Box(_) => {}
        }
    }

    /// "Ratio: ___": a blank to fill in right after a label's colon (the lexer keeps boxes only
    /// on checklist lines) says the label has no value, so a number after it belongs to
    /// something else ("Ratio: ___   Cells counted: 40").
    fn blank_after_colon(&self, k: usize) -> bool {
        let t = self.toks[k];
        let blank = self
            .f
            .get(t.s..t.e)
            .is_some_and(|b| b.contains(&b'_') && b.iter().all(|&c| c == b'_' || c == b' '));
        blank && k > 0 && matches!(self.toks[k - 1].kind, T::Colon | T::Eq)
    }

    fn brk(&mut self, k: usize, b: Brk) {
        // The next token that is not a break. Every token between `k` and `next_word` is a
        // break, so a later break in the same run finds it again without looking.
        if self.next_word <= k {
            self.next_word = self.toks[k + 1..]
                .iter()
                .position(|t| !matches!(t.kind, T::Break(_)))
                .map_or(self.toks.len(), |p| k + 1 + p);
            self.work += self.next_word - k;
        }
        let next = Some(self.next_word).filter(|&n| n < self.toks.len());
        // A new line: a run of checklist lines goes on only if it starts with a box too.
        if b != Brk::Soft {
            self.line_box = None;
            if !next.is_some_and(|n| matches!(self.toks[n].kind, T::Box(_))) {
                self.end_checklist();
            }
        }
        // "Ratio:" at the end of a line takes a value at the start of the next one.
        let keep = match (b, next.map(|n| self.toks[n].kind)) {
            (Brk::Line, Some(T::Num(_) | T::Score(..) | T::Plus { .. })) => self.pend,
            _ => None,
        };
        let gene = self.gene;
        // An empty line starts afresh.
        if b == Brk::Blank {
            self.part = Ctx::Start;
        }
        self.start_clause(k + 1);
        if keep.is_some() {
            self.pend = keep;
            self.gene = gene;
        }
        if b == Brk::Blank {
            self.legend = false;
        }
    }

    fn keyword(&mut self, k: usize, kw: Kw, first: bool) {
        if self.ahead == Some(k) {
            return;
        }
        let pend = self.pend.map(|p| p.0);
        let t = self.toks[k];
        let marker = matches!(
            kw,
            Kw::Her2 | Kw::Neu | Kw::Cep17 | Kw::Her2Cep17 | Kw::HerMarker | Kw::Ish
        );
        // A HER2 line after a legend ends it.
        if marker && first && self.legend_depth.is_none() {
            self.legend = false;
        }
        match kw {
            Kw::Her2 => {
                self.gene = Some((Gene::Her2, k));
                if pend.is_none() {
                    self.set(Label::Score(By::Name), k);
                }
            }
            Kw::Neu => self.gene = Some((Gene::Her2, k)),
            Kw::Cep17 => self.gene = Some((Gene::Cep17, k)),
            Kw::Her2Cep17 => self.set(Label::Ratio { strong: false }, k),
            Kw::HerMarker => {
                if matches!(pend, None | Some(Label::Score(By::Name))) {
                    self.set(Label::Score(By::Method), k);
                }
            }
            // "controls: appropriate; score 1+": a new score label is about the tumor again.
            Kw::Ihc => {
                self.control = false;
                self.set(Label::Score(By::Method), k);
            }
            Kw::Score => {
                self.control = false;
                self.set(Label::Score(By::Word), k);
            }
            Kw::Ratio => self.set(Label::Ratio { strong: true }, k),
            Kw::Copies | Kw::Signals if self.after_value(k) => {}
            Kw::Copies | Kw::Signals => {
                let ratio_first = matches!(self.pend, Some((Label::Ratio { strong: true }, w, _)) if t.w <= w + 6);
                if !ratio_first {
                    self.set(
                        Label::Copies {
                            signals: kw == Kw::Signals,
                        },
                        k,
                    );
                }
            }
            Kw::Cell => self.cell(k),
            Kw::Count | Kw::Number => self.count_w = Some(t.w),
            Kw::Per => {}
            Kw::Dual | Kw::Single => self.probe(k, kw),
            Kw::Pending => self.pending_here(k),
            Kw::Ultralow => self.push(
                Slot::Subtype,
                FoundValue::IhcZeroSubtype(IhcZeroSubtype::Ultralow),
                t.s,
                t.e,
            ),
            Kw::Null => self.push(
                Slot::Subtype,
                FoundValue::IhcZeroSubtype(IhcZeroSubtype::Null),
                t.s,
                t.e,
            ),
            Kw::Faint => self.faint = Some(k),
            Kw::Incomplete => self.incomplete = true,
            Kw::Legend => {
                self.legend = true;
                if self.depth > 0 {
                    self.legend_depth = Some(self.depth);
                }
            }
            Kw::Control => self.control = true,
            Kw::NotApplicable => self.pend = None,
            Kw::Ish
            | Kw::Other
            | Kw::Avg
            | Kw::Total
            | Kw::ProbeWord
            | Kw::Breast
            | Kw::Gastric
            | Kw::Biopsy
            | Kw::Resection
            | Kw::BreastResection
            | Kw::GastricResection
            | Kw::Hedge
            | Kw::Status
            | Kw::Unit => {}
        }
    }

    /// "Dual-probe ISH: pending": a probe type that was not tested is not a result. Drops the
    /// probe types in the same part of the clause (up to a comma), and ignores later ones in it.
    fn pending_here(&mut self, k: usize) {
        // "___ Pending": an option not chosen.
        if self.line_box == Some(false) {
            return;
        }
        self.pending = true;
        if self.pending_clause {
            // The first "pending" of the clause dropped every probe type from its part on, and
            // none is taken after it in the clause: a later one has nothing left to drop.
            return;
        }
        self.pending_clause = true;
        let clause_s = self.toks.get(self.clause).map_or(0, |t| t.s);
        let at = self.toks[k].s;
        let from = self.f[clause_s..at]
            .iter()
            .rposition(|&b| b == b',')
            .map_or(clause_s, |p| clause_s + p);
        self.work += at - clause_s + self.cands.len() - self.clause_cands;
        // Only the clause's own candidates can start at or after `from`.
        let mut kept = self.clause_cands;
        for i in self.clause_cands..self.cands.len() {
            let c = self.cands[i];
            if c.slot != Slot::Probe || c.s < from {
                self.cands[kept] = c;
                kept += 1;
            }
        }
        self.cands.truncate(kept);
    }

    /// Whether the byte before folded offset `s` (spaces skipped) is `/` ("signals/cell").
    fn slash_before(&self, s: usize) -> bool {
        self.f[..s].iter().rev().find(|&&b| b != b' ') == Some(&b'/')
    }

    /// "cells" / "nuclei": a cell-count label when a count word is near ("number of cells",
    /// "cells counted", "cells:"), an averaging cue after "per" or "/".
    fn cell(&mut self, k: usize) {
        let t = self.toks[k];
        if self.after_value(k) || self.after_per(k) || self.slash_before(t.s) {
            return;
        }
        let count_before = self.count_w.is_some_and(|w| t.w <= w + 4);
        let mut after = false;
        for next in self.toks[k + 1..].iter().take(3) {
            match next.kind {
                T::Colon => after = true,
                T::Kw(Kw::Count) => after = true,
                T::Word | T::Kw(_) | T::Open | T::Close => continue,
                _ => {}
            }
            break;
        }
        let ratio_first = matches!(self.pend, Some((Label::Ratio { strong: true }, ..)));
        if (count_before || after) && !ratio_first {
            self.set(Label::Cells, k);
        }
    }

    /// "dual" / "single" next to "probe", "color", an ISH method or "CEP17".
    fn probe(&mut self, k: usize, kw: Kw) {
        let probe = if kw == Kw::Dual {
            Probe::Dual
        } else {
            Probe::Single
        };
        let t = self.toks[k];
        let next = self
            .toks
            .get(k + 1)
            .filter(|n| matches!(n.kw(), Some(Kw::ProbeWord | Kw::Ish)));
        let prev = k
            .checked_sub(1)
            .and_then(|p| self.toks.get(p))
            .filter(|p| matches!(p.kw(), Some(Kw::ProbeWord | Kw::Cep17 | Kw::Her2Cep17)));
        let (s, e) = match (prev, next) {
            (_, Some(n)) => (t.s, n.e),
            (Some(p), None) => (p.s, t.e),
            (None, None) => return,
        };
        if !self.pending_clause {
            self.push(Slot::Probe, FoundValue::Probe(probe), s, e);
        }
    }

    fn number(&mut self, k: usize, n: Num) {
        if n.percent {
            self.faint_staining(k, n);
        }
        if n.skip {
            return;
        }
        let w = self.toks[k].w;
        if let Some((label, lw, lk)) = self.pend {
            if w > lw + 9 {
                self.pend = None;
            } else if self.bind(k, n, label, lk) {
                return;
            }
        }
        if self.look_ahead(k, n) {
            return;
        }
        // "HER2 4.5 and CEP17 2.1" after a copy-number label.
        if let (Some(Label::Copies { signals }), Some((gene, gk))) = (self.last_bound, self.gene) {
            if gk > self.last_value && self.copies_ok(k, n, signals) {
                self.copies(k, gene, Label::Copies { signals });
            }
        }
    }

    /// Gives number `k` to the waiting `label` (from token `lk`). False when it does not fit.
    fn bind(&mut self, k: usize, n: Num, label: Label, lk: usize) -> bool {
        let t = self.toks[k];
        match label {
            Label::Ratio { .. } => {
                self.push(Slot::Ratio, FoundValue::Number(n.value), t.s, t.e);
            }
            Label::Copies { signals } => {
                if self.copies_ok(k, n, signals) {
                    let gene = match self.gene {
                        Some((g, gk)) if gk > lk || self.toks[lk].w <= self.toks[gk].w + 3 => g,
                        _ => Gene::Her2,
                    };
                    self.copies(k, gene, label);
                    return true;
                }
            }
            Label::Cells => {
                if n.int {
                    let count = n.value.millionths() / 1_000_000;
                    self.push(Slot::Cells, FoundValue::Count(count), t.s, t.e);
                }
            }
            Label::Score(by) => {
                let v = n.value.millionths();
                let score = match v {
                    0 => IhcScore::Zero,
                    1_000_000 => IhcScore::One,
                    2_000_000 => IhcScore::Two,
                    3_000_000 => IhcScore::Three,
                    _ => return false,
                };
                // One digit only: "01" or "00" is no score a report writes, so it is not guessed.
                let one_digit = t.e == t.s + 1;
                if !n.int
                    || !one_digit
                    || (by == By::Name && score != IhcScore::Zero)
                    || !self.score_follows(k)
                {
                    return false;
                }
                if !n.listy && !self.control {
                    self.push(Slot::IhcScore, FoundValue::IhcScore(score), t.s, t.e);
                }
            }
        }
        self.bound(k, label);
        true
    }

    /// A plain number read as a score must not be followed by a noun ("2 blocks").
    fn score_follows(&self, k: usize) -> bool {
        const OK: &[&str] = &[
            "with", "con", "and", "y", "in", "en", "sin", "without", "of", "de",
        ];
        match self.toks.get(k + 1) {
            None => true,
            Some(t) => match t.kind {
                T::Word => OK
                    .iter()
                    .any(|w| self.f.get(t.s..t.e) == Some(w.as_bytes())),
                T::Kw(kw) => !matches!(
                    kw,
                    Kw::Cell | Kw::Copies | Kw::Signals | Kw::Unit | Kw::Other | Kw::Ratio
                ),
                _ => true,
            },
        }
    }

    fn copies(&mut self, k: usize, gene: Gene, label: Label) {
        let t = self.toks[k];
        let T::Num(n) = t.kind else {
            return;
        };
        let slot = match gene {
            Gene::Her2 => Slot::Her2,
            Gene::Cep17 => Slot::Cep17,
        };
        self.push(slot, FoundValue::Number(n.value), t.s, t.e);
        self.bound(k, label);
    }

    /// Whether number `k` is an average copy number: never a total; and "signals" (which may be
    /// a count) only with "average", "mean" or "per cell", or as a decimal without "number of".
    fn copies_ok(&self, k: usize, n: Num, signals: bool) -> bool {
        let (mut avg, mut total, mut number) = (false, false, false);
        let before = self.toks[self.last_value.max(k.saturating_sub(16)).min(k)..k].iter();
        let after = self.toks[k + 1..]
            .iter()
            .take_while(|t| !matches!(t.kind, T::Break(_) | T::Num(_) | T::Score(..)))
            .take(12);
        for t in before.chain(after) {
            match t.kw() {
                Some(Kw::Avg | Kw::Per) => avg = true,
                Some(Kw::Cell) if self.slash_before(t.s) => avg = true,
                Some(Kw::Total) => total = true,
                Some(Kw::Number) => number = true,
                _ => {}
            }
        }
        !total && (!signals || avg || (!number && !n.int))
    }

    /// A number with no label before it, followed by one: "20 cells counted",
    /// "4.5 HER2 signals per cell", "2.1 copies of CEP17".
    fn look_ahead(&mut self, k: usize, n: Num) -> bool {
        let mut words = 0;
        let mut gene = None;
        let mut per = false;
        for (m, t) in self.toks.iter().enumerate().skip(k + 1) {
            self.work += 1;
            match t.kind {
                T::Break(_) | T::Num(_) | T::Score(..) | T::Plus { .. } => return false,
                T::Kw(Kw::Cell) => {
                    if per || !n.int || self.slash_before(t.s) {
                        return false;
                    }
                    let count = n.value.millionths() / 1_000_000;
                    let s = self.toks[k];
                    self.push(Slot::Cells, FoundValue::Count(count), s.s, s.e);
                    self.bound(k, Label::Cells);
                    self.ahead = Some(m);
                    return true;
                }
                T::Kw(kw @ (Kw::Copies | Kw::Signals)) => {
                    let signals = kw == Kw::Signals;
                    // "4.5 HER2 signals", "2.1 copies of CEP17", "mean CEP17 2.7 signals".
                    let of = |i: usize| {
                        let t = self.toks.get(i)?;
                        let word = self.f.get(t.s..t.e)?;
                        if t.kind == T::Word && matches!(word, b"of" | b"de" | b"del") {
                            gene_of(self.toks.get(i + 1)?)
                        } else {
                            None
                        }
                    };
                    let before = self
                        .gene
                        .filter(|&(_, gk)| gk + 3 >= k && self.value_tok.is_none_or(|v| gk > v))
                        .map(|(g, _)| g);
                    let gene = gene.or_else(|| of(m + 1)).or(before);
                    if !self.copies_ok(k, n, signals) {
                        return false;
                    }
                    self.copies(k, gene.unwrap_or(Gene::Her2), Label::Copies { signals });
                    self.ahead = Some(m);
                    return true;
                }
                T::Kw(Kw::Her2 | Kw::Neu | Kw::Cep17) => gene = gene_of(t),
                T::Kw(Kw::Per) => per = true,
                _ => {}
            }
            if matches!(t.kind, T::Word | T::Kw(_)) {
                words += 1;
                if words > 3 {
                    return false;
                }
            }
        }
        false
    }

    fn score(&mut self, k: usize, score: IhcScore, listy: bool) {
        if let Some((Label::Score(_), ..)) = self.pend {
            self.pend = None;
        }
        if listy || self.control || self.status_legend(k) {
            return;
        }
        let t = self.toks[k];
        self.push(Slot::IhcScore, FoundValue::IhcScore(score), t.s, t.e);
        self.last_value = k;
        self.value_tok = Some(k);
    }

    /// "3+ = positive", or a line "Equivocal: 2+": a scoring legend.
    fn status_legend(&self, k: usize) -> bool {
        let kind = |i: usize| self.toks.get(i).map(|t| t.kind);
        let sep = |i: usize| matches!(kind(i), Some(T::Colon | T::Eq));
        let status = |i: usize| matches!(kind(i), Some(T::Kw(Kw::Status)));
        (sep(k + 1) && status(k + 2))
            || (k >= 2 && k - 2 == self.clause && sep(k - 1) && status(k - 2))
    }

    /// "+++", "++", and "+" right after "score" or "IHC".
    fn plus(&mut self, k: usize, n: usize, glued: bool) {
        let Some((Label::Score(by), w, lk)) = self.pend else {
            return;
        };
        let t = self.toks[k];
        if t.w > w + 4 || self.control {
            return;
        }
        let score = match n {
            1 => {
                // Only `:`, `=` and brackets between the label and the plus.
                let only_punct = self.solid.is_none_or(|solid| solid <= lk);
                if glued || by == By::Name || !only_punct {
                    return;
                }
                IhcScore::One
            }
            2 => IhcScore::Two,
            3 => IhcScore::Three,
            _ => return,
        };
        self.push(Slot::IhcScore, FoundValue::IhcScore(score), t.s, t.e);
        self.bound(k, Label::Score(by));
    }

    /// "faint incomplete staining in ≤10% of cells": HER2-ultralow.
    fn faint_staining(&mut self, k: usize, n: Num) {
        let Some(fk) = self.faint else {
            return;
        };
        if self.incomplete && !n.above && n.value <= Decimal::from_hundredths(1000) {
            // One finding per "faint": a later percentage is not about it again.
            self.faint = None;
            let (s, e) = (self.toks[fk].s, self.toks[k].e);
            let e = self.f[e..]
                .iter()
                .position(|&b| b == b'%')
                .map_or(e, |p| e + p + 1);
            self.push(
                Slot::Subtype,
                FoundValue::IhcZeroSubtype(IhcZeroSubtype::Ultralow),
                s,
                e,
            );
        }
    }
}
