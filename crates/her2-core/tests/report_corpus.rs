//! A corpus of report snippets for `parse_report`, with the values a careful reader takes from
//! each: English and Spanish, synoptic lines, narrative sentences, flattened tables, all-caps,
//! decimal commas, full multi-marker reports, and true negatives (nothing about HER2 to take, or
//! HER2 pending / not performed).
//!
//! Every case states the whole `ReportFields` (fields not written are `None`) and the exact
//! warnings.

use her2_core::{
    parse_report, Cancer, Decimal, Field, FoundValue, IhcScore, IhcZeroSubtype, Probe,
    ReportFields, Specimen, Warning,
};

use Cancer::{Breast, Gastric};
use IhcScore::{One, Three, Two, Zero};
use IhcZeroSubtype::{Null, Ultralow};
use Specimen::{Biopsy, Resection};

fn d(text: &str) -> Option<Decimal> {
    Some(Decimal::parse(text).expect("a decimal"))
}

fn none() -> ReportFields {
    ReportFields::default()
}

fn ihc(score: IhcScore) -> ReportFields {
    ReportFields {
        ihc_score: Some(score),
        ..none()
    }
}

struct Case {
    name: &'static str,
    text: &'static str,
    fields: ReportFields,
    warnings: Vec<Warning>,
    /// Nothing about HER2 should be taken (true negative).
    negative: bool,
}

fn case(
    name: &'static str,
    text: &'static str,
    fields: ReportFields,
    warnings: &[Warning],
) -> Case {
    Case {
        name,
        text,
        fields,
        warnings: warnings.to_vec(),
        negative: false,
    }
}

fn negative(
    name: &'static str,
    text: &'static str,
    fields: ReportFields,
    warnings: &[Warning],
) -> Case {
    Case {
        negative: true,
        ..case(name, text, fields, warnings)
    }
}

const NOTHING: &[Warning] = &[Warning::NothingFound];
const PENDING: &[Warning] = &[Warning::Pending];

fn corpus() -> Vec<Case> {
    vec![
        // ---- IHC, English, synoptic ----
        case("ihc 3+ synoptic", "HER2 (IHC): 3+ (positive)", ihc(Three), &[]),
        case("ihc negative score 1+", "HER2 by IHC: Negative (Score 1+)", ihc(One), &[]),
        case("ihc equivocal with clone", "HER2/neu (clone 4B5): Equivocal (2+)", ihc(Two), &[]),
        case("ihc score 0", "HER2 IHC score: 0", ihc(Zero), &[]),
        case(
            "ihc 0 ultralow",
            "HER2 IHC: 0 (ultralow)",
            ReportFields { ihc_zero_subtype: Some(Ultralow), ..ihc(Zero) },
            &[],
        ),
        case(
            "ihc 0 null narrative",
            "HER2 immunohistochemistry: score 0, no staining observed (HER2-null).",
            ReportFields { ihc_zero_subtype: Some(Null), ..ihc(Zero) },
            &[],
        ),
        case(
            "ihc 0 faint incomplete <=10%",
            "HER2: 0 with faint incomplete membrane staining in ≤10% of invasive tumor cells",
            ReportFields { ihc_zero_subtype: Some(Ultralow), ..ihc(Zero) },
            &[],
        ),
        case(
            "negative score 0",
            "HER2: Negative (IHC score 0, null)",
            ReportFields { ihc_zero_subtype: Some(Null), ..ihc(Zero) },
            &[],
        ),
        case(
            "ihc 0 no membrane staining",
            "HER2 IHC 0 (no membrane staining)",
            ReportFields { ihc_zero_subtype: Some(Null), ..ihc(Zero) },
            &[],
        ),
        case(
            "null words with 1+ are ignored",
            "HER2 IHC 1+; no staining in the remaining cells",
            ihc(One),
            &[],
        ),
        case("negative (score 0)", "HER2/neu: negative (score 0).", ihc(Zero), &[]),
        case("score 2 without plus", "HER2 HercepTest Score 2 (weakly positive)", ihc(Two), &[]),
        case("clone A0485", "HER2 (A0485, Dako): 2+ (equivocal)", ihc(Two), &[]),
        case("clone SP3", "HER2 clone SP3: 1+", ihc(One), &[]),
        case("clone CB11 all caps", "HER2/NEU (CB11): POSITIVE, SCORE 3+. ER: NEGATIVE. PR: NEGATIVE.", ihc(Three), &[]),
        case("erbB-2 lower case", "erbB-2 immunostain: score 1+", ihc(One), &[]),
        case("her2/neu sp3 zero", "HER2/neu (SP3): 0", ihc(Zero), &[]),
        case("positive (3+) narrative", "The tumor is positive for HER2 (3+) and negative for ER and PR.", ihc(Three), &[]),
        case("lower case flattened", "her2 ihc was 1+ (negative); er 90%; pr 5%", ihc(One), &[]),
        case("plus signs +++", "c-erbB-2 (HER2/neu) +++ in 90% of tumour cells", ihc(Three), &[]),
        case("plus signs ++", "HER-2: ++ (moderate)", ihc(Two), &[]),
        case("plus sign after score", "HER2 IHC score: +", ihc(One), &[]),
        case("score with percentage", "HER2 IHC: 3+ in 80% of invasive cells", ihc(Three), &[]),
        case("scale legend in brackets", "HER2 score (0-3+): 1+", ihc(One), &[]),
        case("scale words in brackets", "HER2 (IHC; scoring scale 0 to 3+): 2+", ihc(Two), &[]),
        case(
            "accession number in the HER2 line",
            "HER2 IHC (block A3, case S24-5567): 0",
            ihc(Zero),
            &[],
        ),
        case("age before HER2", "56-year-old female. HER2: 1+", ihc(One), &[]),
        case("same value twice", "HER2: 3+. Summary: HER2 positive (IHC 3+).", ihc(Three), &[]),
        case(
            "ihc 3+ with ISH not performed",
            "HER2 IHC 3+; ISH not performed as IHC is positive.",
            ihc(Three),
            PENDING,
        ),
        // ---- Multi-marker lines and tables ----
        case(
            "ER PR HER2 Ki-67 sentences",
            "ER: Positive (90%, strong). PR: Positive (40%, moderate). HER2: Negative (1+). Ki-67: 15%.",
            ihc(One),
            &[],
        ),
        case(
            "pipe table",
            "Marker | Result | Intensity\nER | 95% | 3+\nPR | 10% | 1+\nHER2 | 2+ | equivocal\nKi-67 | 30% |",
            ihc(Two),
            &[],
        ),
        case("tab table", "Test\tResult\nHER2 IHC\t1+\nER\t90%\nPR\t0%", ihc(One), &[]),
        case(
            "hercep test then other markers",
            "HER2 3+ (HercepTest). ER negative. PR negative. Ki67 60%.",
            ihc(Three),
            &[],
        ),
        // ---- ISH, English ----
        case(
            "synoptic dual ISH",
            "HER2 by ISH\nProbe: Dual probe (HER2/CEP17)\nNumber of invasive tumor cells counted: 20\n\
             Average number of HER2 signals per cell: 4.6\nAverage number of CEP17 signals per cell: 2.1\n\
             HER2/CEP17 ratio: 2.19",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("2.19"),
                avg_her2_copies: d("4.6"),
                avg_cep17_copies: d("2.1"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "single probe narrative",
            "HER2 FISH (single probe): average HER2 copy number 6.3 signals per cell; 40 nuclei scored",
            ReportFields {
                probe: Some(Probe::Single),
                avg_her2_copies: d("6.3"),
                cells_counted: Some(40),
                ..none()
            },
            &[],
        ),
        case(
            "narrative IHC then FISH",
            "Immunohistochemistry for HER2 (HercepTest) shows weak to moderate complete membrane staining in \
             30% of tumor cells (score 2+, equivocal). Reflex FISH was performed: the HER2/CEP17 ratio is 1.6 \
             and the mean HER2 copy number is 3.4 signals per nucleus, based on 20 cells.",
            ReportFields {
                ihc_score: Some(Two),
                ish_ratio: d("1.6"),
                avg_her2_copies: d("3.4"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case("HER2:CEP17 ratio", "HER2:CEP17 = 2.6 (amplified)", ReportFields { ish_ratio: d("2.6"), ..none() }, &[]),
        case(
            "chromosome 17 wording",
            "HER2/chromosome 17 ratio: 1.1; HER2 copy number: 2.3; chromosome 17 copies: 2.1",
            ReportFields {
                ish_ratio: d("1.1"),
                avg_her2_copies: d("2.3"),
                avg_cep17_copies: d("2.1"),
                ..none()
            },
            &[],
        ),
        case(
            "CEN17 and signals/cell",
            "HER2/CEN17 ratio 3.5, HER2 signals/cell 8.2, CEP17 signals/cell 2.3 (CISH)",
            ReportFields {
                ish_ratio: d("3.5"),
                avg_her2_copies: d("8.2"),
                avg_cep17_copies: d("2.3"),
                ..none()
            },
            &[],
        ),
        case("copy number alone", "HER2 copy number: 4.5", ReportFields { avg_her2_copies: d("4.5"), ..none() }, &[]),
        case(
            "signals listed after one label",
            "Mean signals per nucleus: HER2 5.8, CEP17 2.9; ratio 2.0",
            ReportFields {
                ish_ratio: d("2.0"),
                avg_her2_copies: d("5.8"),
                avg_cep17_copies: d("2.9"),
                ..none()
            },
            &[],
        ),
        case(
            "cells scored first",
            "Cells scored: 40; HER2/CEP17 ratio 1.9; average HER2 copy number 3.8",
            ReportFields {
                ish_ratio: d("1.9"),
                avg_her2_copies: d("3.8"),
                cells_counted: Some(40),
                ..none()
            },
            &[],
        ),
        case(
            "number of cells, dual-probe",
            "Dual-probe ISH. Number of cells: 20. Ratio: 2.2. Mean HER2 signals per cell: 4.4.",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("2.2"),
                avg_her2_copies: d("4.4"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "HER2/CEP17 dual",
            "INFORM HER2/CEP17 dual ISH: ratio 1.2, HER2 2.5 copies per cell",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("1.2"),
                avg_her2_copies: d("2.5"),
                ..none()
            },
            &[],
        ),
        case("three decimals", "HER2/CEP17 ratio = 1.995", ReportFields { ish_ratio: d("1.995"), ..none() }, &[]),
        case(
            "values on the next line",
            "HER2/CEP17 Ratio:\n2.05\nAverage HER2 copy number:\n4.10",
            ReportFields { ish_ratio: d("2.05"), avg_her2_copies: d("4.10"), ..none() },
            &[],
        ),
        case(
            "ERBB2 naming",
            "ERBB2 (HER2) amplification by FISH: ratio 4.1; mean ERBB2 signals per cell 9.8; mean CEP17 signals per cell 2.4",
            ReportFields {
                ish_ratio: d("4.1"),
                avg_her2_copies: d("9.8"),
                avg_cep17_copies: d("2.4"),
                ..none()
            },
            &[],
        ),
        case("CISH amplified", "HER2 CISH: amplified, HER2/CEP17 ratio 5.2 (clusters).", ReportFields { ish_ratio: d("5.2"), ..none() }, &[]),
        case(
            "DISH with nuclei",
            "HER2 DISH (Ventana): average HER2 copy number 3.1, average CEP17 copy number 1.9, ratio 1.63, 20 nuclei",
            ReportFields {
                ish_ratio: d("1.63"),
                avg_her2_copies: d("3.1"),
                avg_cep17_copies: d("1.9"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "in situ hybridization narrative",
            "HER2 gene status by in situ hybridization: not amplified. HER2/CEP17 ratio 1.1, mean HER2 copy number 2.2.",
            ReportFields { ish_ratio: d("1.1"), avg_her2_copies: d("2.2"), ..none() },
            &[],
        ),
        case(
            "thresholds in an explanation",
            "ISH group 2 (ratio ≥2.0 with average HER2 copy number <4.0): ratio 2.1, average HER2 copy number 3.6",
            ReportFields { ish_ratio: d("2.1"), avg_her2_copies: d("3.6"), ..none() },
            &[],
        ),
        case(
            "totals are not averages",
            "Total HER2 signals: 92; total CEP17 signals: 44; HER2/CEP17 ratio: 2.09; 20 cells",
            ReportFields { ish_ratio: d("2.09"), cells_counted: Some(20), ..none() },
            &[],
        ),
        case(
            "single probe ratio N/A",
            "HER2 SISH, single probe: HER2/CEP17 ratio: N/A; average HER2 copies per cell: 5.2",
            ReportFields { probe: Some(Probe::Single), avg_her2_copies: d("5.2"), ..none() },
            &[],
        ),
        case(
            "date inside the ISH line",
            "HER2 FISH (performed 03/04/2024): ratio 1.3",
            ReportFields { ish_ratio: d("1.3"), ..none() },
            &[],
        ),
        // ---- Spanish ----
        case(
            "spanish ISH decimal commas",
            "Cociente HER2/CEP17: 1,3\nNúmero medio de copias de HER2 por núcleo: 2,6\n\
             Número medio de copias de CEP17 por núcleo: 2,0\nNúcleos evaluados: 20",
            ReportFields {
                ish_ratio: d("1.3"),
                avg_her2_copies: d("2.6"),
                avg_cep17_copies: d("2.0"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "spanish markers",
            "Receptores de estrógeno (RE): positivo 90%. Receptores de progesterona (RP): positivo 60%. \
             HER2 (IHQ, clon 4B5): negativo (1+). Ki-67: 20%.",
            ihc(One),
            &[],
        ),
        case(
            "spanish IHC and SISH",
            "HER2: Puntuación 2+ (dudoso). Hibridación in situ (SISH): no amplificado; razón HER2/CEP17 = 1,4; \
             señales HER2 por célula: 3,1; 40 células contadas.",
            ReportFields {
                ihc_score: Some(Two),
                ish_ratio: d("1.4"),
                avg_her2_copies: d("3.1"),
                cells_counted: Some(40),
                ..none()
            },
            &[],
        ),
        case(
            "spanish FISH counted first",
            "HER2 por FISH: células contadas 60, cociente HER2/CEP17 2,5, promedio de señales HER2 por célula 6,1.",
            ReportFields {
                ish_ratio: d("2.5"),
                avg_her2_copies: d("6.1"),
                cells_counted: Some(60),
                ..none()
            },
            &[],
        ),
        case(
            "spanish ultralow",
            "HER2 (IHQ): 0, ultrabajo (tinción débil e incompleta en ≤10% de las células)",
            ReportFields { ihc_zero_subtype: Some(Ultralow), ..ihc(Zero) },
            &[],
        ),
        case(
            "spanish null",
            "HER2: 0 (sin tinción)",
            ReportFields { ihc_zero_subtype: Some(Null), ..ihc(Zero) },
            &[],
        ),
        case("spanish negativo (1+)", "HER2: negativo (1+)", ihc(One), &[]),
        case("spanish puntuacion", "Inmunohistoquímica HER2: puntuación 2+", ihc(Two), &[]),
        case(
            "spanish single probe",
            "HER2 por SISH (sonda única): número medio de copias de HER2 por célula 4,8; 20 células evaluadas",
            ReportFields {
                probe: Some(Probe::Single),
                avg_her2_copies: d("4.8"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "spanish double probe",
            "FISH con doble sonda HER2/CEP17: razón 2,2; copias HER2 4,4; copias CEP17 2,0",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("2.2"),
                avg_her2_copies: d("4.4"),
                avg_cep17_copies: d("2.0"),
                ..none()
            },
            &[],
        ),
        case("spanish HIS", "HER2 por HIS: cociente 1,1", ReportFields { ish_ratio: d("1.1"), ..none() }, &[]),
        case("spanish relacion", "Relación HER2/CEP17: 3,0", ReportFields { ish_ratio: d("3.0"), ..none() }, &[]),
        case(
            "spanish signals with accents",
            "Señales HER2 por núcleo: 4,2 — células contadas: 30",
            ReportFields { avg_her2_copies: d("4.2"), cells_counted: Some(30), ..none() },
            &[],
        ),
        // ---- Cancer and specimen ----
        case(
            "gastric biopsy",
            "Gastric adenocarcinoma, intestinal type (endoscopic biopsy). HER2 IHC (4B5): 3+ (strong complete or \
             basolateral membranous reactivity in ≥ 5 cohesive cells).",
            ReportFields { cancer: Some(Gastric), specimen: Some(Biopsy), ..ihc(Three) },
            &[],
        ),
        case(
            "spanish gastrectomy",
            "Gastrectomía total: adenocarcinoma gástrico difuso. HER2 (IHQ): 1+.",
            ReportFields { cancer: Some(Gastric), specimen: Some(Resection), ..ihc(One) },
            &[],
        ),
        case(
            "esophagectomy",
            "Esophagectomy specimen: adenocarcinoma of the distal esophagus. HER2 (IHC): 3+.",
            ReportFields { cancer: Some(Gastric), specimen: Some(Resection), ..ihc(Three) },
            &[],
        ),
        case(
            "british oesophagectomy",
            "Oesophagectomy: oesophageal adenocarcinoma. HER2 immunohistochemistry score 0.",
            ReportFields { cancer: Some(Gastric), specimen: Some(Resection), ..ihc(Zero) },
            &[],
        ),
        case(
            "spanish esophagectomy",
            "Esofagectomía: adenocarcinoma de esófago distal. HER2 (IHQ): 2+ (dudoso).",
            ReportFields { cancer: Some(Gastric), specimen: Some(Resection), ..ihc(Two) },
            &[],
        ),
        case(
            "GEJ resection with ISH",
            "Adenocarcinoma of the gastroesophageal junction, resection specimen. HER2 by immunohistochemistry: \
             2+ (equivocal). HER2 SISH: HER2/CEP17 ratio 2.4, average HER2 copies per cell 5.2.",
            ReportFields {
                cancer: Some(Gastric),
                specimen: Some(Resection),
                ihc_score: Some(Two),
                ish_ratio: d("2.4"),
                avg_her2_copies: d("5.2"),
                ..none()
            },
            &[],
        ),
        case(
            "esophageal biopsy",
            "Esophageal adenocarcinoma (distal esophagus), biopsy. HER2: 0.",
            ReportFields { cancer: Some(Gastric), specimen: Some(Biopsy), ..ihc(Zero) },
            &[],
        ),
        case(
            "spanish mastectomy ultralow",
            "Pieza de mastectomía: carcinoma ductal infiltrante de mama. HER2: negativo, puntuación 0 (ultrabajo).",
            ReportFields {
                cancer: Some(Breast),
                specimen: Some(Resection),
                ihc_zero_subtype: Some(Ultralow),
                ..ihc(Zero)
            },
            &[],
        ),
        case(
            "cancer conflict",
            "History of breast carcinoma. Now gastric biopsy: adenocarcinoma. HER2 IHC 2+.",
            ReportFields { specimen: Some(Biopsy), ..ihc(Two) },
            &[Warning::Conflict(Field::Cancer)],
        ),
        // ---- Full reports ----
        case(
            "full english breast report",
            "SURGICAL PATHOLOGY REPORT\n\
             Accession #: S24-10234        Date collected: 01/15/2024\n\
             Specimen: Left breast, ultrasound-guided core needle biopsy\n\
             DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (3+2+1=6)\n\
             BIOMARKERS:\n\
             Estrogen receptor (SP1): Positive, 95%, strong\n\
             Progesterone receptor (1E2): Positive, 40%, moderate\n\
             HER2 (4B5): Equivocal (2+)\n\
             Ki-67 (30-9): 18%\n\
             HER2 DUAL ISH (reflex):\n\
             HER2/CEP17 ratio: 1.45\n\
             Average HER2 signals per cell: 3.2\n\
             Average CEP17 signals per cell: 2.2\n\
             Cells counted: 20\n\
             Result: Not amplified (ISH group 5)",
            ReportFields {
                cancer: Some(Breast),
                specimen: Some(Biopsy),
                ihc_score: Some(Two),
                probe: Some(Probe::Dual),
                ish_ratio: d("1.45"),
                avg_her2_copies: d("3.2"),
                avg_cep17_copies: d("2.2"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "full spanish gastric report",
            "INFORME DE ANATOMÍA PATOLÓGICA\n\
             Muestra: biopsia endoscópica de estómago.\n\
             Diagnóstico: adenocarcinoma gástrico de tipo intestinal.\n\
             Estudio inmunohistoquímico:\n\
             HER2 (clon 4B5): 2+ (dudoso)\n\
             PD-L1 (22C3): CPS 5\n\
             Estudio de hibridación in situ (SISH):\n\
             Razón HER2/CEP17: 2,3\n\
             Número medio de señales HER2 por célula: 5,1\n\
             Número medio de señales CEP17 por célula: 2,2\n\
             Núcleos contados: 20",
            ReportFields {
                cancer: Some(Gastric),
                specimen: Some(Biopsy),
                ihc_score: Some(Two),
                ish_ratio: d("2.3"),
                avg_her2_copies: d("5.1"),
                avg_cep17_copies: d("2.2"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "full report with a scoring legend",
            "Invasive lobular carcinoma, right breast, lumpectomy.\n\
             ER: positive (80%). PR: positive (30%).\n\
             HER2 IHC (4B5): 1+ (negative).\n\
             Interpretation criteria (ASCO/CAP 2018): Negative: 0 or 1+; Equivocal: 2+; Positive: 3+.\n\
             Ki-67: 10%.",
            ReportFields { cancer: Some(Breast), specimen: Some(Resection), ..ihc(One) },
            &[],
        ),
        // ---- Conflicts ----
        case(
            "two scores",
            "HER2 IHC: 2+ (block A1). HER2 IHC: 3+ (block B2).",
            none(),
            &[Warning::Conflict(Field::IhcScore)],
        ),
        case(
            "two ratios and two specimens",
            "FISH ratio 1.8 on the biopsy; FISH ratio 2.3 on the resection.",
            none(),
            &[Warning::Conflict(Field::IshRatio), Warning::Conflict(Field::Specimen)],
        ),
        case(
            "ihc 2+ with ISH pending",
            "HER2 IHC: 2+ (equivocal). HER2 FISH: will be reported separately.",
            ihc(Two),
            PENDING,
        ),
        // ---- Second batch: more report styles ----
        case(
            "CAP synoptic template",
            "HER2 (by immunohistochemistry):\n  Negative (Score 1+)\n\
             Percentage of cells with uniform intense complete membrane staining: 0 %\n\
             Primary antibody: 4B5\nHER2 (by in situ hybridization):\n  Equivocal\n  Number of observers: 1\n\
             Number of invasive tumor cells counted: 20\n  Average number of HER2 signals per cell: 4.2\n\
             Average number of CEP17 signals per cell: 2.5\n  HER2/CEP17 ratio: 1.68\n  Probe type: Dual probe",
            ReportFields {
                ihc_score: Some(One),
                probe: Some(Probe::Dual),
                ish_ratio: d("1.68"),
                avg_her2_copies: d("4.2"),
                avg_cep17_copies: d("2.5"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "signals in brackets after the ratio",
            "HER2 gene amplification (FISH): ratio of 2.8 (HER2 signals: 5.6 per cell; CEP17: 2.0 per cell)",
            ReportFields {
                ish_ratio: d("2.8"),
                avg_her2_copies: d("5.6"),
                avg_cep17_copies: d("2.0"),
                ..none()
            },
            &[],
        ),
        case("score with a space before the plus", "HER2 IHC: 2 + (equivocal)", ihc(Two), &[]),
        case("spanish sobreexpresion", "Sobreexpresión de HER2 (3+)", ihc(Three), &[]),
        case(
            "spanish copies per cell",
            "HER2 copias por célula: 5,3; CEP17 copias por célula: 2,1",
            ReportFields { avg_her2_copies: d("5.3"), avg_cep17_copies: d("2.1"), ..none() },
            &[],
        ),
        case(
            "spanish numero de copias",
            "Número de copias de HER2: 4,5",
            ReportFields { avg_her2_copies: d("4.5"), ..none() },
            &[],
        ),
        case(
            "spanish nuclei counted in a sentence",
            "HER2 por FISH: se contaron 20 núcleos; relación HER2/CEP17 de 1,2",
            ReportFields { ish_ratio: d("1.2"), cells_counted: Some(20), ..none() },
            &[],
        ),
        case(
            "ratio with a range",
            "HER2/CEP17 ratio 1.9 (range 1.5-2.4)",
            ReportFields { ish_ratio: d("1.9"), ..none() },
            &[],
        ),
        case(
            "two observers disagree",
            "Observer 1: ratio 1.9; Observer 2: ratio 2.1",
            none(),
            &[Warning::Conflict(Field::IshRatio)],
        ),
        case(
            "IHC and FISH on one line",
            "HER2 (IHC) 2+ / FISH ratio 2.5 amplified",
            ReportFields { ish_ratio: d("2.5"), ..ihc(Two) },
            &[],
        ),
        case("spanish all caps", "HER2: POSITIVO (3+). RE: NEGATIVO. RP: NEGATIVO.", ihc(Three), &[]),
        case("repeat same score", "HER2 IHC 2+; HER2 IHC 2+ (repeat)", ihc(Two), &[]),
        case(
            "cardia GEJ biopsies pending FISH",
            "Adenocarcinoma of the cardia (GEJ), biopsies x3. HER2: 2+ (IHC), FISH pending.",
            ReportFields { cancer: Some(Gastric), specimen: Some(Biopsy), ..ihc(Two) },
            PENDING,
        ),
        case(
            "lumpectomy and prior biopsy",
            "Lumpectomy; prior core biopsy showed HER2 1+",
            ReportFields { cancer: Some(Breast), ..ihc(One) },
            &[Warning::Conflict(Field::Specimen)],
        ),
        case("combo label without ratio word", "FISH: HER2/CEP17 1.3", ReportFields { ish_ratio: d("1.3"), ..none() }, &[]),
        case(
            "average of signals narrative",
            "An average of 4.8 HER2 signals and 2.2 CEP17 signals per cell were seen in 20 cells, for a ratio of 2.2.",
            ReportFields {
                ish_ratio: d("2.2"),
                avg_her2_copies: d("4.8"),
                avg_cep17_copies: d("2.2"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case("HER2-low with IHC", "HER2-low (IHC 1+)", ihc(One), &[]),
        case(
            "percent threshold in the description",
            "HER2: 2+ (weak to moderate complete staining in >10% of cells)",
            ihc(Two),
            &[],
        ),
        case("equals sign", "IHC HER2 = 3+", ihc(Three), &[]),
        case(
            "immunohistochemical staining negative (0)",
            "Immunohistochemical staining for HER2 is negative (0).",
            ihc(Zero),
            &[],
        ),
        case("spanish expresion 0", "Expresión de HER2: 0 (negativo)", ihc(Zero), &[]),
        case(
            "one line IHC and ISH with observers",
            "HER2 IHC 2+ (equivocal) — reflex ISH: not amplified, ratio 1,52, mean HER2 copies 3,04 per cell, \
             60 cells counted by two observers",
            ReportFields {
                ihc_score: Some(Two),
                ish_ratio: d("1.52"),
                avg_her2_copies: d("3.04"),
                cells_counted: Some(60),
                ..none()
            },
            &[],
        ),
        case(
            "null and ultralow both stated",
            "HER2: 0 (null); faint incomplete staining in 5% of cells",
            ihc(Zero),
            &[Warning::Conflict(Field::IhcZeroSubtype)],
        ),
        negative(
            "ER with allred",
            "ER (SP1): positive, 3+ intensity, 90% (Allred 8/8)",
            none(),
            NOTHING,
        ),
        negative("size grade lvi", "Tumour size: 25 mm; grade 3; LVI present", none(), NOTHING),
        negative(
            "HER2 to be performed on excision",
            "Her2 testing to be performed on the excision specimen.",
            ReportFields { specimen: Some(Resection), ..none() },
            PENDING,
        ),
        negative(
            "thresholds only",
            "HER2 amplification is defined as a ratio ≥2.0 or an average HER2 copy number ≥6.0.",
            none(),
            NOTHING,
        ),
        case(
            "gene before the number",
            "HER2 IHC 0 (ultralow). Also: 20 cells were counted for the ISH: ratio 1.1, mean HER2 3.0 signals/cell, \
             CEP17 2.7 signals/cell.",
            ReportFields {
                ihc_score: Some(Zero),
                ihc_zero_subtype: Some(Ultralow),
                ish_ratio: d("1.1"),
                avg_her2_copies: d("3.0"),
                avg_cep17_copies: d("2.7"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "probe not performed is not a probe",
            "Interpretation: HER2 negative (score 1+). Her2 Dual ISH was not performed because IHC was 1+.",
            ihc(One),
            PENDING,
        ),
        case(
            "0 vs 1+ in a note",
            "HER2 (IHC): 1+. Note: In breast cancer, HER2 IHC 0 vs 1+ distinction matters for T-DXd eligibility.",
            ReportFields { cancer: Some(Breast), ..ihc(One) },
            &[],
        ),
        case(
            "spanish FISH dash list",
            "Estudio de HER2 mediante FISH (sonda dual HER2/CEP17, Abbott):\n- Nº de núcleos analizados: 50\n\
             - Media de señales HER2/núcleo: 2,1\n- Media de señales CEP17/núcleo: 1,9\n- Ratio HER2/CEP17: 1,11\n\
             Resultado: NO AMPLIFICADO",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("1.11"),
                avg_her2_copies: d("2.1"),
                avg_cep17_copies: d("1.9"),
                cells_counted: Some(50),
                ..none()
            },
            &[],
        ),
        case(
            "spanish technique lines",
            "DETERMINACIÓN DE HER2\nTécnica: Inmunohistoquímica (anticuerpo PATHWAY anti-HER2/neu, clon 4B5)\n\
             Resultado: Positivo (3+)\nPorcentaje de células con tinción completa e intensa: 90 %",
            ihc(Three),
            &[],
        ),
        case(
            "pipe separated one line",
            "HER2: Equivocal (2+)  | FISH: Amplified | HER2/CEP17: 2.4 | HER2 copies/cell: 5.0 | \
             CEP17 copies/cell: 2.1 | Cells: 40",
            ReportFields {
                ihc_score: Some(Two),
                ish_ratio: d("2.4"),
                avg_her2_copies: d("5.0"),
                avg_cep17_copies: d("2.1"),
                cells_counted: Some(40),
                ..none()
            },
            &[],
        ),
        case(
            "dual-colour SISH averages",
            "Dual-colour SISH: HER2 average 7.2 copies per nucleus, CEP17 average 2.4 copies per nucleus, \
             ratio 3.0 (20 nuclei).",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("3.0"),
                avg_her2_copies: d("7.2"),
                avg_cep17_copies: d("2.4"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case(
            "all caps hercep test line",
            "ESTROGEN RECEPTOR: POSITIVE (90%) PROGESTERONE RECEPTOR: NEGATIVE (<1%) HER2 (HERCEPTEST): \
             NEGATIVE (1+) KI67: 25%",
            ihc(One),
            &[],
        ),
        case(
            "faint incomplete in 5% is ultralow",
            "HER2 IHC score 0 (incomplete faint membrane staining in 5% of tumour cells)",
            ReportFields { ihc_zero_subtype: Some(Ultralow), ..ihc(Zero) },
            &[],
        ),
        case(
            "faint incomplete in 30% is 1+",
            "HER2 IHC score 1+ (incomplete faint membrane staining in 30% of tumour cells)",
            ihc(One),
            &[],
        ),
        case(
            "signal totals are not copies",
            "HER2 FISH: 20 cells; HER2 signals 92; CEP17 signals 40; ratio 2.3",
            ReportFields { ish_ratio: d("2.3"), cells_counted: Some(20), ..none() },
            &[],
        ),
        negative(
            "ki-67 cells counted",
            "Ki-67: 20% (hot spot, 500 cells counted)",
            none(),
            NOTHING,
        ),
        case(
            "controls then the tumor score",
            "HER2 testing (PATHWAY anti-HER-2/neu (4B5) Rabbit Monoclonal Primary Antibody) was performed on \
             block A2 with appropriate controls: Negative, score 1+.",
            ihc(One),
            &[],
        ),
        case(
            "internal control after the result",
            "HER2 IHC: negative (0), with no membranous staining identified; internal control: 3+ cell line positive",
            ReportFields { ihc_zero_subtype: Some(Null), ..ihc(Zero) },
            &[],
        ),
        case(
            "copies in brackets after the ratio",
            "Her2/neu by IHC: 2+. Her2 FISH ratio: 1.7 (HER2 copies: 3.4; CEP17 copies: 2.0)",
            ReportFields {
                ihc_score: Some(Two),
                ish_ratio: d("1.7"),
                avg_her2_copies: d("3.4"),
                avg_cep17_copies: d("2.0"),
                ..none()
            },
            &[],
        ),
        case(
            "spanish numero abbreviations",
            "Nº de células tumorales evaluadas: 20. Ratio: 2,05. Nº medio de señales HER2: 4,1; \
             nº medio de señales CEP17: 2,0.",
            ReportFields {
                ish_ratio: d("2.05"),
                avg_her2_copies: d("4.1"),
                avg_cep17_copies: d("2.0"),
                cells_counted: Some(20),
                ..none()
            },
            &[],
        ),
        case("FISH should follow", "HER2 IHC 2+, reflex FISH should follow", ihc(Two), &[]),
        case(
            "heterogeneous scores",
            "HER2: 2+ (10% of cells), 1+ (60% of cells)",
            none(),
            &[Warning::Conflict(Field::IhcScore)],
        ),
        case(
            "plus-minus spread",
            "Average HER2 copy number: 4.52 ± 0.8",
            ReportFields { avg_her2_copies: d("4.52"), ..none() },
            &[],
        ),
        case(
            "dash separated fields",
            "HER2 (ERBB2) — Result: Positive — IHC score: 3+ — Method: Ventana 4B5 — Date: 2024-01-10",
            ihc(Three),
            &[],
        ),
        negative(
            "trial definition",
            "Clinical trial eligibility: HER2-low (IHC 1+ or IHC 2+/ISH-)",
            none(),
            NOTHING,
        ),
        negative(
            "ratio threshold only",
            "FISH: HER2 amplified (HER2/CEP17 ratio > 2.0)",
            none(),
            NOTHING,
        ),
        // ---- True negatives: nothing about HER2, or HER2 pending ----
        negative(
            "ER PR Ki-67 only",
            "ER: Positive (95%, strong intensity, Allred score 8). PR: Positive (70%). Ki-67: 25%.",
            none(),
            NOTHING,
        ),
        negative(
            "grade size nodes",
            "Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1), tumor size 2.3 cm. \
             Lymph nodes: 0/3.",
            ReportFields { cancer: Some(Breast), ..none() },
            NOTHING,
        ),
        negative(
            "accession date age",
            "Accession: S24-01234. Collected: 03/12/2024. Patient age: 56 years.",
            none(),
            NOTHING,
        ),
        negative(
            "gastric other markers",
            "PD-L1 (22C3): CPS 10. MMR proteins: intact. EBER ISH: negative.",
            none(),
            NOTHING,
        ),
        negative(
            "scale legend only",
            "HER2 immunohistochemistry scoring (0-3+): see comment.",
            none(),
            NOTHING,
        ),
        negative(
            "criteria legend only",
            "Interpretation criteria (ASCO/CAP 2018): Negative: 0 or 1+; Equivocal: 2+; Positive: 3+.",
            none(),
            NOTHING,
        ),
        negative(
            "gleason",
            "Prostate biopsy: Gleason score 3+4=7.",
            ReportFields { specimen: Some(Biopsy), ..none() },
            NOTHING,
        ),
        negative(
            "HER2-positive history",
            "HER2-positive breast cancer, status post neoadjuvant therapy. Residual tumor 1.2 cm.",
            ReportFields { cancer: Some(Breast), ..none() },
            NOTHING,
        ),
        negative("ki-67 and p53", "Ki-67 proliferation index: 30%. p53: wild-type pattern.", none(), NOTHING),
        negative(
            "clinical history",
            "Clinical history: 45-year-old woman with a 2 cm mass in the left breast.",
            ReportFields { cancer: Some(Breast), ..none() },
            NOTHING,
        ),
        negative(
            "ER PR intensity scores",
            "Estrogen receptor: 3+ intensity in 80% of cells; progesterone receptor: 2+ in 20% of cells.",
            none(),
            NOTHING,
        ),
        negative("see separate report", "HER2: see separate report.", none(), NOTHING),
        negative("empty", "", none(), NOTHING),
        negative(
            "general statement",
            "Comment: Cases with HER2 IHC 2+ are reflexed to ISH testing per ASCO/CAP guidelines.",
            none(),
            NOTHING,
        ),
        negative(
            "specimen line only",
            "Specimen: core biopsy, left breast, 12 o'clock, 3 cm from nipple",
            ReportFields { cancer: Some(Breast), specimen: Some(Biopsy), ..none() },
            NOTHING,
        ),
        negative("status only", "HER2 status: negative", none(), NOTHING),
        negative(
            "control tissue",
            "Control tissue: HER2 3+ cell line stained appropriately.",
            none(),
            NOTHING,
        ),
        negative("spanish hormone receptors", "Informe: receptores hormonales positivos, Ki-67 10%.", none(), NOTHING),
        negative("dates", "Date of procedure: 2024-05-06. Age: 61.", none(), NOTHING),
        negative("heterogeneous range", "HER2 IHC: 1+ to 2+", none(), NOTHING),
        negative("ER+ PR+ HER2+", "Invasive ductal carcinoma, ER+ PR+ HER2+.", ReportFields { cancer: Some(Breast), ..none() }, NOTHING),
        negative("pending", "HER2: pending.", none(), PENDING),
        negative("to follow", "HER2 FISH to follow in an addendum.", none(), PENDING),
        negative("not performed", "HER2 testing not performed (insufficient tumor).", none(), PENDING),
        negative("spanish pendiente", "HER2: pendiente.", none(), PENDING),
        negative("spanish no realizado", "HER2 (IHQ): no realizado.", none(), PENDING),
        negative("requested, to follow", "HER2 FISH requested on block A2; result to follow.", none(), PENDING),
        negative(
            "not performed on this specimen",
            "HER2: not performed on this specimen (see S23-4567).",
            none(),
            PENDING,
        ),
        // ---- Checklist (synoptic template) reports: only the marked option counts ----
        case(
            "checklist cap ihc and ish",
            "HER2 (ERBB2) by immunohistochemistry\n\
             ___ Negative (Score 0)\n\
             ___ Negative (Score 1+)\n\
             _X_ Equivocal (Score 2+)\n\
             ___ Positive (Score 3+)\n\
             ___ Cannot be determined (explain): ____\n\
             HER2 by in situ hybridization\n\
             ___ Single-probe ISH\n\
             _X_ Dual-probe ISH\n\
             Number of invasive tumor cells counted: 40\n\
             Average number of HER2 signals per cell: 4.8\n\
             Average number of CEP17 signals per cell: 3.0\n\
             Dual-probe HER2/CEP17 ratio: 1.6\n\
             ___ Group 1 (HER2/CEP17 ratio ≥2.0 and average HER2 copy number ≥4.0 signals/cell)\n\
             ___ Group 2 (HER2/CEP17 ratio ≥2.0 and average HER2 copy number <4.0 signals/cell)\n\
             ___ Group 3 (HER2/CEP17 ratio <2.0 and average HER2 copy number ≥6.0 signals/cell)\n\
             _X_ Group 4 (HER2/CEP17 ratio <2.0 and average HER2 copy number ≥4.0 and <6.0 signals/cell)\n\
             ___ Group 5 (HER2/CEP17 ratio <2.0 and average HER2 copy number <4.0 signals/cell)",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("1.6"),
                avg_her2_copies: d("4.8"),
                avg_cep17_copies: d("3.0"),
                cells_counted: Some(40),
                ..ihc(Two)
            },
            &[],
        ),
        case(
            "checklist square brackets",
            "HER2 IHC (4B5)\n[ ] Negative (Score 0)\n[ ] Negative (Score 1+)\n[ ] Equivocal (Score 2+)\n[x] Positive (Score 3+)",
            ihc(Three),
            &[],
        ),
        case(
            "checklist round brackets",
            "HER2 by IHC:\n( ) Negative, score 0\n(X) Negative, score 1+\n( ) Equivocal, score 2+\n( ) Positive, score 3+",
            ihc(One),
            &[],
        ),
        case(
            "checklist ballot boxes",
            "HER2 immunohistochemistry\n☐ Negative (Score 0)\n☐ Negative (Score 1+)\n☒ Equivocal (Score 2+)\n☐ Positive (Score 3+)",
            ihc(Two),
            &[],
        ),
        case(
            "checklist check marks",
            "HER2 IHC result:\n□ 0\n□ 1+\n✔ 2+\n□ 3+",
            ihc(Two),
            &[],
        ),
        case(
            "checklist filled squares",
            "HER2 (IHC)\n□ Negative (Score 0)\n■ Negative (Score 1+)\n□ Equivocal (Score 2+)\n□ Positive (Score 3+)",
            ihc(One),
            &[],
        ),
        case(
            "checklist optional items with plus",
            "+ HER2 (ERBB2) by immunohistochemistry\n\
             + ___ Negative (Score 0)\n\
             + _X_ Negative (Score 1+)\n\
             + ___ Equivocal (Score 2+)\n\
             + ___ Positive (Score 3+)",
            ihc(One),
            &[],
        ),
        case(
            "checklist ihc 0 ultralow marked",
            "HER2 by immunohistochemistry\n\
             _X_ Negative (Score 0)\n\
             ___ No staining observed (HER2-null)\n\
             _X_ Faint, incomplete membrane staining in ≤10% of tumor cells (HER2-ultralow)\n\
             ___ Negative (Score 1+)\n\
             ___ Equivocal (Score 2+)\n\
             ___ Positive (Score 3+)",
            ReportFields { ihc_zero_subtype: Some(Ultralow), ..ihc(Zero) },
            &[],
        ),
        case(
            "checklist ihc 0 null marked",
            "HER2 IHC\n[x] Negative (Score 0)\n[x] No staining observed (HER2-null)\n[ ] Faint, incomplete membrane staining in ≤10% of tumor cells (HER2-ultralow)\n[ ] Positive (Score 3+)",
            ReportFields { ihc_zero_subtype: Some(Null), ..ihc(Zero) },
            &[],
        ),
        case(
            "checklist ish thresholds in words are not values",
            "HER2 FISH (dual probe)\n\
             ___ Positive (HER2/CEP17 ratio 2.0 or greater and average HER2 copy number 4.0 or more signals per cell)\n\
             _X_ Negative (HER2/CEP17 ratio less than 2.0 and average HER2 copy number less than 4.0 signals per cell)\n\
             HER2/CEP17 ratio: 1.3\n\
             Average HER2 copy number: 2.6",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("1.3"),
                avg_her2_copies: d("2.6"),
                ..none()
            },
            &[],
        ),
        case(
            "checklist marked with thresholds and no values",
            "HER2 (ERBB2) by in situ hybridization\n\
             ___ Single-probe average HER2 copy number 6.0 or more signals per cell (positive)\n\
             _X_ Dual-probe HER2/CEP17 ratio 2.0 or more with average HER2 copy number 4.0 or more signals per cell (Group 1)\n\
             ___ Dual-probe HER2/CEP17 ratio less than 2.0 with average HER2 copy number less than 4.0 signals per cell (Group 5)\n\
             ___ Pending",
            ReportFields { probe: Some(Probe::Dual), ..none() },
            &[],
        ),
        case(
            "checklist two options marked",
            "HER2 by IHC\n___ Negative (Score 0)\n_X_ Negative (Score 1+)\n_X_ Equivocal (Score 2+)\n___ Positive (Score 3+)",
            none(),
            &[Warning::Conflict(Field::IhcScore)],
        ),
        case(
            "checklist none marked",
            "HER2 (ERBB2) by immunohistochemistry\n___ Negative (Score 0)\n___ Negative (Score 1+)\n___ Equivocal (Score 2+)\n___ Positive (Score 3+)\n___ Cannot be determined",
            none(),
            &[Warning::ChecklistUnmarked(Field::IhcScore)],
        ),
        case(
            "checklist none marked, empty brackets",
            "HER2 IHC\n[ ] 0\n[ ] 1+\n[ ] 2+\n[ ] 3+\n\nHER2/CEP17 ratio: 2.4\nAverage HER2 copy number: 5.1",
            ReportFields { ish_ratio: d("2.4"), avg_her2_copies: d("5.1"), ..none() },
            &[Warning::ChecklistUnmarked(Field::IhcScore)],
        ),
        case(
            "checklist unmarked but score stated",
            "HER2 IHC score: 2+\n___ Negative (Score 0)\n___ Negative (Score 1+)\n___ Equivocal (Score 2+)\n___ Positive (Score 3+)",
            ihc(Two),
            &[],
        ),
        case(
            "checklist marked cannot be determined",
            "HER2 by IHC\n___ Negative (Score 0)\n___ Negative (Score 1+)\n___ Equivocal (Score 2+)\n___ Positive (Score 3+)\n_X_ Cannot be determined (explain): limited tumor",
            none(),
            NOTHING,
        ),
        case(
            "checklist procedure and cancer options",
            "Procedure\n___ Core needle biopsy\n_X_ Excision\nTumor site\n_X_ Breast\n___ Stomach\nHER2 IHC: 1+",
            ReportFields { cancer: Some(Breast), specimen: Some(Resection), ..ihc(One) },
            &[],
        ),
        case(
            "checklist square bullets are not thresholds",
            "■ HER2 IHC: 2+\n■ HER2/CEP17 ratio: 1.6\n■ Average HER2 copy number = 4.8",
            ReportFields { ish_ratio: d("1.6"), avg_her2_copies: d("4.8"), ..ihc(Two) },
            &[],
        ),
        case(
            "checklist underscore rule is not a box",
            "____________________\nHER2 IHC: 3+\n____________________",
            ihc(Three),
            &[],
        ),
        case(
            "checklist options on one line",
            "HER2 IHC: ___ 0   ___ 1+   _X_ 2+   ___ 3+\nHER2/CEP17 ratio: 1.5",
            ReportFields { ish_ratio: d("1.5"), ..ihc(Two) },
            &[],
        ),
        case(
            "a blank after a label leaves it without a value",
            "HER2/CEP17 ratio: ___   Cells counted: 40\nAverage HER2 copy number: ___   Average CEP17 copy number: 2.2",
            ReportFields { cells_counted: Some(40), avg_cep17_copies: d("2.2"), ..none() },
            &[],
        ),
        case(
            "a score with a leading zero is not guessed",
            "HER2 IHC score: 01",
            ReportFields { ..none() },
            NOTHING,
        ),
        case(
            "checklist blanks to fill in are not boxes",
            "HER2 FISH\nNumber of observers: ___   Cells counted: 40   Average HER2 copy number: ___\nHER2/CEP17 ratio: 1.8",
            ReportFields { ish_ratio: d("1.8"), cells_counted: Some(40), ..none() },
            &[],
        ),
        case(
            "spanish checklist options on one line",
            "HER2 (IHQ): [ ] 0  [ ] 1+  [ ] 2+  [x] 3+",
            ihc(Three),
            &[],
        ),
        case(
            "spanish checklist underscores",
            "HER2 por inmunohistoquímica\n\
             ___ Negativo (puntuación 0)\n\
             ___ Negativo (puntuación 1+)\n\
             _X_ Equívoco (puntuación 2+)\n\
             ___ Positivo (puntuación 3+)\n\
             HER2 por hibridación in situ (sonda doble)\n\
             Cociente HER2/CEP17: 1,6\n\
             Número promedio de señales HER2 por célula: 4,8\n\
             ___ Grupo 1 (cociente HER2/CEP17 ≥2,0 y número promedio de copias de HER2 ≥4,0 señales/célula)\n\
             _X_ Grupo 4 (cociente HER2/CEP17 <2,0 y número promedio de copias de HER2 ≥4,0 y <6,0 señales/célula)",
            ReportFields {
                probe: Some(Probe::Dual),
                ish_ratio: d("1.6"),
                avg_her2_copies: d("4.8"),
                ..ihc(Two)
            },
            &[],
        ),
        case(
            "spanish checklist brackets",
            "HER2 (IHQ)\n[ ] Negativo (0)\n[ ] Negativo (1+)\n[ ] Equívoco (2+)\n[x] Positivo (3+)",
            ihc(Three),
            &[],
        ),
        case(
            "spanish checklist ballot boxes",
            "Resultado de HER2 por IHQ:\n☐ Negativo (puntuación 0)\n☒ Negativo (puntuación 1+)\n☐ Equívoco (puntuación 2+)\n☐ Positivo (puntuación 3+)",
            ihc(One),
            &[],
        ),
        case(
            "spanish checklist thresholds in words",
            "HER2 FISH (sonda doble)\n\
             (X) Negativo (cociente HER2/CEP17 menor de 2,0 y promedio de copias de HER2 menor de 4,0 señales por célula)\n\
             ( ) Positivo (cociente HER2/CEP17 de 2,0 o más)\n\
             ( ) Pendiente",
            ReportFields { probe: Some(Probe::Dual), ..none() },
            &[],
        ),
        case(
            "spanish checklist two marked",
            "HER2 (IHQ)\n[x] Negativo (puntuación 1+)\n[x] Equívoco (puntuación 2+)\n[ ] Positivo (puntuación 3+)",
            none(),
            &[Warning::Conflict(Field::IhcScore)],
        ),
        case(
            "spanish checklist none marked",
            "HER2 por inmunohistoquímica\n___ Negativo (puntuación 0)\n___ Negativo (puntuación 1+)\n___ Equívoco (puntuación 2+)\n___ Positivo (puntuación 3+)",
            none(),
            &[Warning::ChecklistUnmarked(Field::IhcScore)],
        ),
    ]
}

#[test]
fn corpus_cases_read_as_expected() {
    let mut failures = Vec::new();
    for c in corpus() {
        let report = parse_report(c.text);
        if report.fields != c.fields || report.warnings != c.warnings {
            failures.push(format!(
                "{}:\n  text: {:?}\n  expected {:?} {:?}\n  got      {:?} {:?}\n  found: {:?}",
                c.name,
                c.text,
                c.fields,
                c.warnings,
                report.fields,
                report.warnings,
                report
                    .found
                    .iter()
                    .map(|f| format!(
                        "{}={}@{:?}",
                        f.field,
                        f.value.api_text(),
                        &c.text[f.start..f.end]
                    ))
                    .collect::<Vec<_>>()
            ));
        }
        for f in &report.found {
            assert!(f.start <= f.end && f.end <= c.text.len(), "{}", c.name);
            assert!(
                c.text.is_char_boundary(f.start) && c.text.is_char_boundary(f.end),
                "{}",
                c.name
            );
        }
        if c.negative {
            assert!(
                c.fields.ihc_score.is_none()
                    && c.fields.ish_ratio.is_none()
                    && c.fields.avg_her2_copies.is_none()
                    && c.fields.cells_counted.is_none(),
                "{} is marked negative",
                c.name
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_is_large_and_varied() {
    let cases = corpus();
    let negatives = cases.iter().filter(|c| c.negative).count();
    assert!(cases.len() >= 70, "only {} cases", cases.len());
    assert!(negatives >= 15, "only {negatives} true negatives");
    let spanish = cases
        .iter()
        .filter(|c| c.name.starts_with("spanish"))
        .count();
    assert!(spanish >= 10, "only {spanish} Spanish cases");
}

/// The text each found value points at.
fn slices(text: &str) -> Vec<(Field, String, &str)> {
    parse_report(text)
        .found
        .into_iter()
        .map(|f| (f.field, f.value.api_text(), &text[f.start..f.end]))
        .collect()
}

#[test]
fn found_offsets_point_at_the_values() {
    let text = "Left breast core biopsy. HER2 (4B5): Equivocal (2+)\nHER2 DUAL ISH: HER2/CEP17 ratio: 1,45; \
                20 cells counted.";
    assert_eq!(
        slices(text),
        vec![
            (Field::Cancer, "breast".to_string(), "breast"),
            (Field::Specimen, "biopsy".to_string(), "biopsy"),
            (Field::IhcScore, "2+".to_string(), "2+"),
            (Field::Probe, "dual".to_string(), "DUAL ISH"),
            (Field::IshRatio, "1.45".to_string(), "1,45"),
            (Field::CellsCounted, "20".to_string(), "20"),
        ]
    );
}

#[test]
fn found_offsets_with_accents_and_symbols() {
    let text =
        "Señales HER2 por núcleo: 4,2 — células contadas: 30; razón HER2/CEP17 ≥ 2,0? No: 1,7";
    assert_eq!(
        slices(text),
        vec![
            (Field::AvgHer2Copies, "4.2".to_string(), "4,2"),
            (Field::CellsCounted, "30".to_string(), "30"),
            (Field::IshRatio, "1.7".to_string(), "1,7"),
        ]
    );
    let report = parse_report(text);
    let ratio = report
        .found
        .iter()
        .find(|f| f.field == Field::IshRatio)
        .unwrap();
    assert_eq!(
        her2_core::utf16_offset(text, ratio.start),
        text[..ratio.start].encode_utf16().count()
    );
}

#[test]
fn found_offsets_for_spaced_scores() {
    let text = "HER2 IHC: 2 + (equivocal); HER2 IHC: Score 0 (negative)";
    assert_eq!(
        slices(text),
        vec![
            (Field::IhcScore, "2+".to_string(), "2 +"),
            (Field::IhcScore, "0".to_string(), "0"),
        ]
    );
}

#[test]
fn found_offsets_for_plus_signs_and_subtypes() {
    let text = "c-erbB-2 +++ ; HER2 IHC 0 (ultralow)";
    let report = parse_report(text);
    // Two different scores: both are found, the field is empty, and the subtype is dropped.
    assert_eq!(report.fields.ihc_score, None);
    assert_eq!(report.warnings, vec![Warning::Conflict(Field::IhcScore)]);
    assert_eq!(
        slices(text),
        vec![
            (Field::IhcScore, "3+".to_string(), "+++"),
            (Field::IhcScore, "0".to_string(), "0"),
        ]
    );
}

#[test]
fn conflicting_values_are_all_found() {
    let text = "HER2/CEP17 ratio 1.8 (first count); HER2/CEP17 ratio 2.3 (second count)";
    let report = parse_report(text);
    assert_eq!(report.fields.ish_ratio, None);
    assert_eq!(report.warnings, vec![Warning::Conflict(Field::IshRatio)]);
    let ratios: Vec<&str> = report
        .found
        .iter()
        .filter(|f| f.field == Field::IshRatio)
        .map(|f| &text[f.start..f.end])
        .collect();
    assert_eq!(ratios, vec!["1.8", "2.3"]);
    assert_eq!(report.warnings[0].field(), Some(&Field::IshRatio));
    assert_eq!(report.warnings[0].code(), "conflict");
    assert!(report.warnings[0].message().contains("ratio"));
}

#[test]
fn fields_convert_to_input() {
    let report = parse_report(
        "Gastric biopsy. HER2 IHC 2+. HER2/CEP17 ratio 2.2, average HER2 copy number 4.4, 20 cells.",
    );
    let input = report.fields.to_input();
    assert_eq!(input.cancer, Cancer::Gastric);
    assert_eq!(input.ihc_score, Some(Two));
    assert_eq!(input.ish_ratio, Some(2.2));
    assert_eq!(input.avg_her2_copies, Some(4.4));
    assert_eq!(input.cells_counted, Some(20.0));
    assert_eq!(input.specimen, Some(Biopsy));
    assert!(!report.fields.is_empty());
    assert!(parse_report("ER 90%").fields.is_empty());
    // The found values use the API text.
    assert!(report
        .found
        .iter()
        .any(|f| f.value == FoundValue::Count(20) && f.value.api_text() == "20"));
}

#[test]
fn warnings_have_codes_and_messages() {
    for (warning, code) in [
        (Warning::Conflict(Field::IhcScore), "conflict"),
        (
            Warning::ChecklistUnmarked(Field::IhcScore),
            "checklist_unmarked",
        ),
        (Warning::Pending, "pending"),
        (Warning::NothingFound, "nothing_found"),
        (Warning::Truncated, "truncated"),
    ] {
        assert_eq!(warning.code(), code);
        assert!(!warning.message().is_empty());
    }
    assert_eq!(Warning::Pending.field(), None);
    // Only a conflict has conflicting values; an unmarked checklist is still about a field.
    let unmarked = Warning::ChecklistUnmarked(Field::IhcScore);
    assert_eq!(unmarked.field(), None);
    assert_eq!(unmarked.about(), Some(&Field::IhcScore));
    assert!(unmarked.message().contains("IHC score"));
}

/// Two marked options: both are found (and only they), pointing at the marked lines' scores.
#[test]
fn checklist_marks_point_at_the_marked_options() {
    for (text, wanted) in [
        (
            "HER2 by IHC\n___ Negative (Score 0)\n_X_ Negative (Score 1+)\n_X_ Equivocal (Score 2+)\n___ Positive (Score 3+)",
            vec!["1+", "2+"],
        ),
        (
            "HER2 (IHQ)\n[x] Negativo (puntuación 1+)\n[x] Equívoco (puntuación 2+)\n[ ] Positivo (puntuación 3+)",
            vec!["1+", "2+"],
        ),
        ("HER2 IHC result:\n□ 0\n□ 1+\n✔ 2+\n□ 3+", vec!["2+"]),
    ] {
        let found: Vec<&str> = slices(text).into_iter().map(|(_, _, s)| s).collect();
        assert_eq!(found, wanted, "{text}");
    }
}
