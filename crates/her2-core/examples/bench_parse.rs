//! Times `parse_report` on a realistic 5 KB pathology report, on 100 KB of the same report, and
//! on 100 KB texts made to be hard for a reader (separators, repeated keywords, repeated numbers).
//!
//! Run with `cargo run --release -p her2-core --example bench_parse`. Prints figures only. Goals:
//! 200 µs or less per call for the 5 KB report; reading stays linear in the length of the text,
//! so 100 KB of the report takes about 20 times its first 5 KB, and no 100 KB text takes more
//! than about 3 times 100 KB of the report.
//!
//! Also times what the JavaScript API does on top: converting every found value's offsets to
//! UTF-16 with `Utf16Offsets`. For instruction counts, `bench_parse 5k N` or `bench_parse 100k N`
//! just parses that input N times (for example under `valgrind --tool=callgrind`).

use her2_core::fuzz::adversarial_texts;
use her2_core::{parse_report, Utf16Offsets, MAX_REPORT_BYTES};
use std::hint::black_box;
use std::time::Instant;

const REPORT: &str = "\
SURGICAL PATHOLOGY REPORT
Accession #: S24-10234            Date collected: 01/15/2024        Date received: 01/16/2024
Patient: DOE, JANE      DOB: 03/07/1968 (56 years)      MRN: 00123456      Sex: F
Ordering physician: Dr. A. Smith, Breast Surgery Clinic

CLINICAL HISTORY:
56-year-old woman with a 2.1 cm irregular mass in the left breast at 2 o'clock, 4 cm from the
nipple (BI-RADS 5). Ultrasound-guided core needle biopsy performed. No prior history of cancer.

SPECIMEN:
A. Left breast, 2 o'clock, ultrasound-guided core needle biopsy (4 cores).

GROSS DESCRIPTION:
Received in formalin labeled with the patient's name and 'left breast 2 o'clock' are four tan-white
cores of tissue ranging from 0.8 to 1.6 cm in length and 0.1 cm in diameter. Cold ischemia time
less than 1 hour; time in formalin 18 hours. Entirely submitted in cassettes A1 and A2.

MICROSCOPIC DESCRIPTION:
Sections show an invasive carcinoma composed of nests and cords of tumor cells with moderate
nuclear pleomorphism, infiltrating a desmoplastic stroma. Tubule formation is present in less than
10% of the tumor. Mitoses number 8 per 10 high power fields. No lymphovascular invasion is
identified. A minor component of ductal carcinoma in situ, intermediate nuclear grade, solid type,
is present without necrosis. Microcalcifications are seen in benign ducts.

DIAGNOSIS:
A. Left breast, 2 o'clock, core needle biopsy:
   - Invasive ductal carcinoma (invasive carcinoma of no special type), Nottingham grade 2
     (tubules 3, nuclear pleomorphism 2, mitoses 2; total score 7).
   - Ductal carcinoma in situ, intermediate nuclear grade, solid type.
   - Largest invasive tumor focus in a single core: 9 mm.
   - Lymphovascular invasion: not identified.

BIOMARKER RESULTS (block A1):
Estrogen receptor (ER, clone SP1): Positive, 95% of tumor cells, strong intensity (Allred 8/8).
Progesterone receptor (PR, clone 1E2): Positive, 40% of tumor cells, moderate intensity (Allred 6/8).
Ki-67 (clone 30-9): 18% (global average).
HER2 by immunohistochemistry (clone 4B5, PATHWAY): Equivocal (score 2+).
   Weak to moderate complete membrane staining in 30% of invasive tumor cells.
   Internal and external controls stained appropriately.

HER2 IN SITU HYBRIDIZATION (reflex, block A1):
Method: INFORM HER2 Dual ISH DNA Probe Cocktail (dual probe, bright field).
Number of observers: 1
Number of invasive tumor cells counted: 20
Average number of HER2 signals per cell: 3.2
Average number of CEP17 signals per cell: 2.2
HER2/CEP17 ratio: 1.45
Result: Not amplified (ISH group 5). HER2 status: NEGATIVE (HER2-low: IHC 2+ / ISH not amplified).

INTERPRETATION CRITERIA (ASCO/CAP 2018, reaffirmed 2023):
IHC: Negative 0 or 1+; Equivocal 2+; Positive 3+ (circumferential, complete, intense staining in
more than 10% of invasive tumor cells).
ISH: Group 1 ratio >=2.0 and average HER2 copy number >=4.0 signals/cell (positive); Group 5
ratio <2.0 and average HER2 copy number <4.0 signals/cell (negative); groups 2 to 4 require
concurrent review of IHC.

COMMENT:
The tumor is HER2-low (IHC 2+ with negative ISH), which may be relevant for treatment with
trastuzumab deruxtecan; please correlate clinically. Fixation and processing met ASCO/CAP
requirements (cold ischemia time under 1 hour, formalin fixation between 6 and 72 hours).
Results were reviewed by a second pathologist. Tests were developed and their performance
characteristics determined by the laboratory; they have not been cleared by the FDA.

Electronically signed by: B. Jones, MD, Pathologist, 01/18/2024 14:32
";

fn time_per_call(text: &str, iterations: u32) -> f64 {
    // Warm up.
    for _ in 0..iterations / 10 + 1 {
        black_box(parse_report(black_box(text)));
    }
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(parse_report(black_box(text)));
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
}

/// The best of `rounds` timings of `iterations` calls each, in µs per call: steadier than one
/// long run on a shared machine.
fn best_of(text: &str, iterations: u32, rounds: u32) -> f64 {
    (0..rounds)
        .map(|_| time_per_call(text, iterations))
        .fold(f64::INFINITY, f64::min)
}

/// Parses and converts the offsets of what was found to UTF-16, as the JavaScript API does.
fn parse_with_offsets(text: &str) -> usize {
    let parsed = parse_report(text);
    let utf16 = Utf16Offsets::new(text);
    parsed
        .found
        .iter()
        .map(|f| utf16.at(f.start) + utf16.at(f.end))
        .sum()
}

fn time_api(text: &str, iterations: u32) -> f64 {
    for _ in 0..iterations / 10 + 1 {
        black_box(parse_with_offsets(black_box(text)));
    }
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(parse_with_offsets(black_box(text)));
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
}

fn main() {
    // A realistic report of about 5 KB.
    let mut report = REPORT.to_string();
    while report.len() < 5 * 1024 {
        report.push_str("Addendum: no change to the diagnosis. ");
    }
    // 100 KB: the report repeated (one more byte than the limit is cut, so stop at the limit).
    let mut big = String::new();
    while big.len() + report.len() <= MAX_REPORT_BYTES {
        big.push_str(&report);
    }
    while big.len() < MAX_REPORT_BYTES {
        big.push(' ');
    }

    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [which, n] = &args[..] {
        let text = if which == "100k" { &big } else { &report };
        for _ in 0..n.parse::<u32>().unwrap_or(1) {
            black_box(parse_report(black_box(text)));
        }
        return;
    }

    let parsed = parse_report(&report);
    println!(
        "5 KB report ({} bytes): {} values found, warnings {:?}",
        report.len(),
        parsed.found.len(),
        parsed.warnings
    );
    let small = best_of(&report, 500, 5);
    println!("  {small:.1} µs per call (best of 5)");
    println!(
        "  {:.1} µs per call with UTF-16 offsets (as the JavaScript API)",
        time_api(&report, 2_000)
    );

    let ordinary = best_of(&big, 20, 5);
    println!("100 KB of the report repeated ({} bytes):", big.len());
    println!("  {ordinary:.1} µs per call (best of 5)");
    println!(
        "  {:.1} µs per call with UTF-16 offsets (as the JavaScript API)",
        time_api(&big, 20)
    );
    println!(
        "  {:.1} times the 5 KB report (goal: about 20)",
        ordinary / small
    );

    println!("100 KB texts made to be hard (goal: at most about 3 times 100 KB of the report):");
    let mut worst: f64 = 0.0;
    for (name, text) in adversarial_texts() {
        // One call first: a slow reader should not take minutes here.
        let once = time_per_call(&text, 1);
        let iterations = if once > 100_000.0 { 1 } else { 10 };
        let us = best_of(&text, iterations, 3);
        let ratio = us / ordinary;
        worst = worst.max(ratio);
        println!("  {name:<20} {us:>10.1} µs per call  {ratio:>6.2} x 100 KB of the report");
    }
    println!("  worst: {worst:.2} x");
}
