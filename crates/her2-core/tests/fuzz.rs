//! A short run of the seeded fuzzer (`her2_core::fuzz`): 20,000 generated report texts through
//! `parse_report` (and what was read through `interpret`), and 20,000 generated inputs through
//! `interpret`, each checked. The long run is `examples/fuzz.rs` (see docs/performance.md).

use her2_core::fuzz::{run_interpret, run_reports};

#[test]
fn generated_reports_read_consistently() {
    match run_reports(2026, 20_000) {
        Ok(totals) => assert_eq!(totals.inputs, 20_000),
        Err(failure) => panic!("{failure}"),
    }
}

#[test]
fn generated_inputs_interpret_consistently() {
    match run_interpret(2026, 20_000) {
        Ok(totals) => assert_eq!(totals.inputs, 20_000),
        Err(failure) => panic!("{failure}"),
    }
}
