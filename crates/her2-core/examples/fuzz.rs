//! Fuzzes `parse_report` and `interpret` with seeded generated inputs, in release mode: no input
//! may panic, and every result must pass the checks of `her2_core::fuzz` (status and next step
//! agree, offsets point at the text that says the value, and so on). Prints how many inputs ran
//! and how long it took; stops at the first failure, naming the case.
//!
//! ```text
//! cargo run --release -p her2-core --example fuzz -- [--count N] [--seed S] [--only parse|interpret]
//! cargo run --release -p her2-core --example fuzz -- --seed S --case I   # show one case again
//! ```
//!
//! The default is 10,000,000 inputs each with seed 1. The test command runs 20,000 of each
//! (`tests/fuzz.rs`).

use her2_core::fuzz::{interpret_case, report_case, run_interpret, run_reports, CURRENT_CASE};
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::Instant;

fn main() -> ExitCode {
    let mut count: u64 = 10_000_000;
    let mut seed: u64 = 1;
    let mut only: Option<String> = None;
    let mut case: Option<u64> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let number = value
            .as_deref()
            .and_then(|v| v.replace('_', "").parse::<u64>().ok());
        match (arg.as_str(), number) {
            ("--count", Some(n)) => count = n,
            ("--seed", Some(n)) => seed = n,
            ("--case", Some(n)) => case = Some(n),
            ("--only", _) if matches!(value.as_deref(), Some("parse" | "interpret")) => {
                only = value
            }
            _ => {
                eprintln!("usage: fuzz [--count N] [--seed S] [--only parse|interpret] [--case I]");
                return ExitCode::FAILURE;
            }
        }
    }
    // A release build aborts on a panic: say which case it was first.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        eprintln!(
            "panic in case {} of seed {}: run with --seed {} --case {} to see it",
            CURRENT_CASE[1].load(Ordering::Relaxed),
            CURRENT_CASE[0].load(Ordering::Relaxed),
            CURRENT_CASE[0].load(Ordering::Relaxed),
            CURRENT_CASE[1].load(Ordering::Relaxed),
        );
    }));

    if let Some(index) = case {
        let (text, report) = report_case(seed, index);
        println!("parse_report case {index}: {text:?}\n  {report:?}");
        let (input, interpretation) = interpret_case(seed, index);
        println!("interpret case {index}: {input:?}\n  {interpretation:?}");
        return ExitCode::SUCCESS;
    }

    let mut ok = true;
    if only.as_deref() != Some("interpret") {
        let start = Instant::now();
        match run_reports(seed, count) {
            Ok(t) => {
                let secs = start.elapsed().as_secs_f64();
                println!(
                    "parse_report: {} inputs (seed {seed}, {:.1} MB of text, longest {} bytes) \
                     in {secs:.1} s ({:.2} µs each): no panic, every check passed",
                    t.inputs,
                    t.bytes as f64 / 1e6,
                    t.longest,
                    secs * 1e6 / t.inputs.max(1) as f64,
                );
            }
            Err(failure) => {
                eprintln!("parse_report failed: {failure}");
                ok = false;
            }
        }
    }
    if only.as_deref() != Some("parse") {
        let start = Instant::now();
        match run_interpret(seed, count) {
            Ok(t) => {
                let secs = start.elapsed().as_secs_f64();
                println!(
                    "interpret: {} inputs (seed {seed}) in {secs:.1} s ({:.3} µs each): \
                     no panic, every check passed",
                    t.inputs,
                    secs * 1e6 / t.inputs.max(1) as f64,
                );
            }
            Err(failure) => {
                eprintln!("interpret failed: {failure}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
