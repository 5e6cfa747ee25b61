//! The typed model: what a report can say, and what the interpretation returns.

use crate::error::InputError;
use crate::rule::Rule;

macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The exact text used by the JavaScript API.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Reads the exact API text; anything else is `None`.
            pub fn from_api(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// Which cancer the report is about. The rules differ.
    #[derive(Default)]
    pub enum Cancer {
        /// Invasive breast cancer: ASCO/CAP 2018, reaffirmed 2023.
        #[default]
        Breast => "breast",
        /// Gastroesophageal adenocarcinoma (stomach, gastroesophageal junction, esophagus):
        /// CAP/ASCP/ASCO 2016.
        Gastric => "gastric",
    }
}

string_enum! {
    /// A cancer this tool does not read HER2 results for. Other cancers use other HER2 rules (for
    /// example, bowel cancer uses different cut-offs, and lung cancer is usually tested for a HER2
    /// mutation with a gene test), so the tool says so instead of reading the result.
    pub enum OtherCancer {
        /// Bowel (colorectal) cancer.
        Colorectal => "colorectal",
        /// Womb (endometrial) cancer.
        Endometrial => "endometrial",
        /// Bile duct (biliary tract) cancer.
        Biliary => "biliary",
        /// Lung cancer.
        Lung => "lung",
        /// Any other cancer (including squamous cell cancer of the esophagus).
        Unlisted => "other",
    }
}

/// Which cancer a report is about, as a person or a site may say it: one whose HER2 result this
/// tool reads ([`Cancer`]), or another one ([`OtherCancer`]), which it does not read.
///
/// ```
/// use her2_core::{Cancer, CancerSite, OtherCancer};
/// assert_eq!(CancerSite::from_api("gastric"), Some(CancerSite::Supported(Cancer::Gastric)));
/// let bowel = CancerSite::from_api("colorectal").unwrap();
/// assert_eq!(bowel.supported(), Err(OtherCancer::Colorectal));
/// assert_eq!(bowel.as_str(), "colorectal");
/// assert_eq!(CancerSite::from_api("liver"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CancerSite {
    /// A cancer the tool reads.
    Supported(Cancer),
    /// A cancer the tool does not read.
    Unsupported(OtherCancer),
}

impl CancerSite {
    /// Every value: the supported cancers first, then the others.
    pub const ALL: &'static [CancerSite] = &[
        CancerSite::Supported(Cancer::Breast),
        CancerSite::Supported(Cancer::Gastric),
        CancerSite::Unsupported(OtherCancer::Colorectal),
        CancerSite::Unsupported(OtherCancer::Endometrial),
        CancerSite::Unsupported(OtherCancer::Biliary),
        CancerSite::Unsupported(OtherCancer::Lung),
        CancerSite::Unsupported(OtherCancer::Unlisted),
    ];

    /// The exact text used by the JavaScript API.
    pub const fn as_str(self) -> &'static str {
        match self {
            CancerSite::Supported(cancer) => cancer.as_str(),
            CancerSite::Unsupported(other) => other.as_str(),
        }
    }

    /// Reads the exact API text; anything else is `None`.
    pub fn from_api(text: &str) -> Option<CancerSite> {
        Cancer::from_api(text)
            .map(CancerSite::Supported)
            .or_else(|| OtherCancer::from_api(text).map(CancerSite::Unsupported))
    }

    /// The cancer whose rules this tool uses, or the other cancer it does not read.
    pub const fn supported(self) -> Result<Cancer, OtherCancer> {
        match self {
            CancerSite::Supported(cancer) => Ok(cancer),
            CancerSite::Unsupported(other) => Err(other),
        }
    }
}

impl From<Cancer> for CancerSite {
    fn from(cancer: Cancer) -> CancerSite {
        CancerSite::Supported(cancer)
    }
}

string_enum! {
    /// The immunohistochemistry (IHC) score.
    pub enum IhcScore {
        /// No staining, or faint incomplete staining in 10% of cells or fewer.
        Zero => "0",
        /// Faint, incomplete staining in more than 10% of cells.
        One => "1+",
        /// Weak to moderate complete staining in more than 10% of cells.
        Two => "2+",
        /// Complete, intense staining in more than 10% of cells.
        Three => "3+",
    }
}

string_enum! {
    /// For IHC 0 only: whether any membrane staining was seen.
    pub enum IhcZeroSubtype {
        /// No membrane staining at all (HER2-null).
        Null => "null",
        /// Faint, incomplete staining in 10% of cells or fewer (HER2-ultralow).
        Ultralow => "ultralow",
    }
}

string_enum! {
    /// The kind of in situ hybridization (ISH) test.
    pub enum Probe {
        /// HER2 and the chromosome 17 centromere (CEP17) counted together: gives a ratio.
        Dual => "dual",
        /// HER2 counted alone: gives an average copy number only.
        Single => "single",
    }
}

string_enum! {
    /// The kind of sample (stomach and esophagus cancers only).
    pub enum Specimen {
        /// A small sample taken during an endoscopy or a needle biopsy.
        Biopsy => "biopsy",
        /// Tissue removed by surgery.
        Resection => "resection",
    }
}

string_enum! {
    /// The HER2 status the interpretation arrives at.
    pub enum Status {
        /// HER2-positive: a final status.
        Positive => "positive",
        /// HER2-negative: a final status.
        Negative => "negative",
        /// The guideline's own "equivocal": another test is needed before a status can be given.
        Equivocal => "equivocal",
        /// No status can be given from what was entered; `next_step` says why.
        Indeterminate => "indeterminate",
    }
}

string_enum! {
    /// What happens next.
    pub enum NextStep {
        /// Nothing more is needed for the HER2 status.
        None => "none",
        /// IHC 2+ without ISH yet: the lab does an ISH test.
        ReflexIsh => "reflex_ish",
        /// ISH needs an IHC result to be read: the lab does an IHC test on the same sample.
        ReflexIhc => "reflex_ihc",
        /// Breast ISH groups 2 to 4 with IHC 2+: a second person recounts, blinded to the first count.
        RecountSecondObserver => "recount_second_observer",
        /// Single-probe ISH in the middle band with IHC 2+: a dual-probe ISH test gives the answer.
        DualProbeIsh => "dual_probe_ish",
        /// Too few cells were counted: the test needs to be repeated.
        RepeatTest => "repeat_test",
        /// The guideline has no rule for this combination: the care team must explain it.
        AskCareTeam => "ask_care_team",
        /// What was entered cannot be interpreted: see the errors.
        InvalidInput => "invalid_input",
    }
}

string_enum! {
    /// What an ISH result says, in the terms a disagreement is explained in.
    pub enum IshFinding {
        /// Breast dual-probe group 5: ratio under 2.0 and fewer than 4.0 HER2 copies per cell
        /// (points to HER2-negative).
        Group5 => "group5",
        /// Dual-probe ratio of 2.0 or more (points to HER2-positive).
        RatioAtLeast2 => "ratio_ge2",
        /// Dual-probe ratio under 2.0 (points to negative) with 6.0 or more HER2 copies per cell
        /// (points to positive): the two ISH numbers disagree.
        RatioBelow2HighCopies => "ratio_lt2_copies_ge6",
        /// Single-probe with 6.0 or more HER2 copies per cell (points to HER2-positive).
        SingleAtLeast6 => "single_ge6",
        /// Single-probe with fewer than 4.0 HER2 copies per cell (points to HER2-negative).
        SingleBelow4 => "single_lt4",
    }
}

/// The two results that disagree, for every "ask your care team" answer (her2-rules §8.4 and
/// §8.5, revised 2026-12). The pathologist gives the final status.
///
/// ```
/// use her2_core::{interpret, IhcScore, Input, IshFinding, Probe};
/// let result = interpret(&Input::breast().ihc(IhcScore::Three).probe(Probe::Single).her2(3.0));
/// let discordance = result.discordance.unwrap();
/// assert_eq!(discordance.ihc, Some(IhcScore::Three));
/// assert_eq!(discordance.ish, IshFinding::SingleBelow4);
/// assert!(discordance.ihc3_positive_alone());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Discordance {
    /// The IHC score that disagrees with the ISH result; `None` when the two results that disagree
    /// are both ISH numbers (a ratio under 2.0 with 6.0 or more copies).
    pub ihc: Option<IhcScore>,
    /// What the ISH result says.
    pub ish: IshFinding,
}

impl Discordance {
    /// Whether the IHC score is 3+, which on its own counts as HER2-positive in the guideline
    /// (ASCO/CAP 2018 Figure 1).
    pub fn ihc3_positive_alone(self) -> bool {
        self.ihc == Some(IhcScore::Three)
    }

    /// What the IHC score on its own points to: negative for 0 or 1+, positive for 3+, and
    /// `None` when the IHC score is not one of the two results (or is 2+).
    pub fn ihc_points_to(self) -> Option<Status> {
        match self.ihc {
            Some(IhcScore::Zero | IhcScore::One) => Some(Status::Negative),
            Some(IhcScore::Three) => Some(Status::Positive),
            Some(IhcScore::Two) | None => None,
        }
    }
}

string_enum! {
    /// A note the explanation of a result adds under the headline.
    pub enum Note {
        /// The ISH counted fewer than 20 cells, too few to use, so the IHC score decides.
        IshTooFewCells => "ish_too_few_cells",
        /// The ISH counted fewer than 20 cells, too few to use, and there is no IHC score.
        IshTooFewCellsNoIhc => "ish_too_few_cells_no_ihc",
        /// HER2-low (breast).
        Her2Low => "her2_low",
        /// HER2-ultralow (breast).
        Her2Ultralow => "her2_ultralow",
        /// HER2-null: breast IHC 0 with no staining.
        Her2Null => "her2_null",
        /// Breast IHC 0 without the null or ultralow detail: ask which it is.
        IhcZeroDetailUnknown => "ihc0_detail_unknown",
        /// Breast, negative with no IHC score: HER2-low cannot be told without it, and it matters
        /// for some medicines if the cancer spreads.
        Her2LowNeedsIhc => "her2_low_needs_ihc",
        /// Stomach and esophagus: the guideline needs no ISH after IHC 0 or 1+, and whether HER2
        /// medicines help when an ISH is positive anyway is debated.
        GastricIshAfterIhc01 => "gastric_ish_after_ihc0_1",
    }
}

/// The dual-probe ISH group of ASCO/CAP 2018 Figure 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IshGroup {
    /// Ratio ≥ 2.0 and average HER2 copies ≥ 4.0: ISH positive.
    One = 1,
    /// Ratio ≥ 2.0 and average HER2 copies < 4.0: needs the IHC result.
    Two = 2,
    /// Ratio < 2.0 and average HER2 copies ≥ 6.0: needs the IHC result.
    Three = 3,
    /// Ratio < 2.0 and average HER2 copies ≥ 4.0 and < 6.0: needs the IHC result.
    Four = 4,
    /// Ratio < 2.0 and average HER2 copies < 4.0: ISH negative.
    Five = 5,
}

impl IshGroup {
    /// Every group, in order.
    pub const ALL: &'static [IshGroup] = &[
        IshGroup::One,
        IshGroup::Two,
        IshGroup::Three,
        IshGroup::Four,
        IshGroup::Five,
    ];

    /// The group number, 1 to 5.
    pub const fn number(self) -> u8 {
        self as u8
    }
}

/// What a person entered from their report. Every field but `cancer` may be left out.
///
/// Numbers are plain floats here; [`interpret`](crate::interpret) checks them and reads them
/// exactly (see [`Decimal`](crate::Decimal)).
///
/// ```
/// use her2_core::{Input, IhcScore, Probe};
/// let input = Input::breast().ihc(IhcScore::Two).probe(Probe::Dual).ratio(2.3).her2(5.1);
/// assert_eq!(input.ish_ratio, Some(2.3));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// Which cancer; breast unless stated.
    pub cancer: Cancer,
    /// The IHC score.
    pub ihc_score: Option<IhcScore>,
    /// For IHC 0: null or ultralow.
    pub ihc_zero_subtype: Option<IhcZeroSubtype>,
    /// The HER2/CEP17 ratio (dual-probe only).
    pub ish_ratio: Option<f64>,
    /// Average HER2 signals per cell.
    pub avg_her2_copies: Option<f64>,
    /// Average CEP17 signals per cell (dual-probe only).
    pub avg_cep17_copies: Option<f64>,
    /// Number of cells counted for ISH (a whole number).
    pub cells_counted: Option<f64>,
    /// The ISH probe type. When left out, a ratio or CEP17 value implies dual-probe.
    pub probe: Option<Probe>,
    /// Biopsy or surgery sample (stomach and esophagus only; informational).
    pub specimen: Option<Specimen>,
    /// The report says a blinded second observer recounted at least 20 cells and the ISH
    /// group stayed the same (breast groups 2 to 4 with IHC 2+ only).
    pub recount_confirmed: bool,
}

impl Input {
    /// An empty input for breast cancer.
    pub fn breast() -> Input {
        Input::default()
    }

    /// An empty input for stomach, gastroesophageal junction or esophagus cancer.
    pub fn gastric() -> Input {
        Input {
            cancer: Cancer::Gastric,
            ..Input::default()
        }
    }

    /// With this IHC score.
    pub fn ihc(mut self, score: IhcScore) -> Input {
        self.ihc_score = Some(score);
        self
    }

    /// With this IHC 0 subtype.
    pub fn subtype(mut self, subtype: IhcZeroSubtype) -> Input {
        self.ihc_zero_subtype = Some(subtype);
        self
    }

    /// With this probe type.
    pub fn probe(mut self, probe: Probe) -> Input {
        self.probe = Some(probe);
        self
    }

    /// With this HER2/CEP17 ratio.
    pub fn ratio(mut self, ratio: f64) -> Input {
        self.ish_ratio = Some(ratio);
        self
    }

    /// With this average HER2 copy number.
    pub fn her2(mut self, copies: f64) -> Input {
        self.avg_her2_copies = Some(copies);
        self
    }

    /// With this average CEP17 copy number.
    pub fn cep17(mut self, copies: f64) -> Input {
        self.avg_cep17_copies = Some(copies);
        self
    }

    /// With this many cells counted.
    pub fn cells(mut self, cells: f64) -> Input {
        self.cells_counted = Some(cells);
        self
    }

    /// With this sample type.
    pub fn specimen(mut self, specimen: Specimen) -> Input {
        self.specimen = Some(specimen);
        self
    }

    /// With the blinded recount confirmed.
    pub fn recount_confirmed(mut self, confirmed: bool) -> Input {
        self.recount_confirmed = confirmed;
        self
    }

    /// Whether any ISH value (probe type or a number) was entered.
    pub fn has_ish(&self) -> bool {
        self.probe.is_some()
            || self.ish_ratio.is_some()
            || self.avg_her2_copies.is_some()
            || self.avg_cep17_copies.is_some()
    }
}

/// The result of [`interpret`](crate::interpret).
#[derive(Debug, Clone, PartialEq)]
pub struct Interpretation {
    /// The HER2 status.
    pub status: Status,
    /// HER2-low (breast: negative with IHC 1+, or 2+ with negative ISH). `None` when it cannot be
    /// told or does not apply (stomach and esophagus).
    pub her2_low: Option<bool>,
    /// HER2-ultralow (breast: negative with IHC 0 and faint staining). `None` when it cannot be
    /// told or does not apply.
    pub her2_ultralow: Option<bool>,
    /// The dual-probe ISH group (breast only).
    pub ish_group: Option<IshGroup>,
    /// What happens next.
    pub next_step: NextStep,
    /// The rule that produced this result.
    pub rule: Rule,
    /// For every "ask your care team" answer where two results disagree: which two.
    pub discordance: Option<Discordance>,
    /// Notes the explanation adds, in order (empty for invalid input).
    pub notes: Vec<Note>,
    /// Every problem found in the input; empty unless `next_step` is `InvalidInput`.
    pub errors: Vec<InputError>,
}

impl Interpretation {
    /// The rule's identifier, e.g. `"breast.ish.group4.ihc2.recount"`.
    pub fn rule_id(&self) -> &'static str {
        self.rule.id()
    }

    /// The guideline and figure the rule comes from, e.g. `"ASCO/CAP 2018, Figure 4"`.
    pub fn guideline(&self) -> &'static str {
        self.rule.guideline()
    }
}
