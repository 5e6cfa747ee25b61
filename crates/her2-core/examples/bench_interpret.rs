//! Prints the time per `interpret` call, natively. Not a test: figures only.
//!
//! Run: `cargo run --release -p her2-core --example bench_interpret`

use her2_core::{interpret, IhcScore, IhcZeroSubtype, Input, Probe};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let cases = [
        ("IHC 3+ only", Input::breast().ihc(IhcScore::Three)),
        (
            "IHC 0 ultralow",
            Input::breast()
                .ihc(IhcScore::Zero)
                .subtype(IhcZeroSubtype::Ultralow),
        ),
        (
            "IHC 2+ with dual-probe ISH, all numbers",
            Input::breast()
                .ihc(IhcScore::Two)
                .probe(Probe::Dual)
                .ratio(1.52)
                .her2(4.6)
                .cep17(3.0)
                .cells(40.0),
        ),
        (
            "single-probe 5.0 with IHC 2+",
            Input::breast()
                .ihc(IhcScore::Two)
                .probe(Probe::Single)
                .her2(5.0)
                .cells(20.0),
        ),
        (
            "gastric dual-probe",
            Input::gastric().ihc(IhcScore::Two).ratio(2.4).her2(6.1),
        ),
        ("invalid (ratio 0)", Input::breast().ratio(0.0).her2(4.0)),
    ];
    println!("interpret (native, release build)");
    let mut total_ns = 0.0;
    for (name, input) in &cases {
        let ns = time_per_call(|| {
            black_box(interpret(black_box(input)));
        });
        total_ns += ns;
        println!("  {name:<42} {:>8.1} ns/call", ns);
    }
    let mean_us = total_ns / cases.len() as f64 / 1000.0;
    println!("  mean over cases: {mean_us:.3} µs/call (goal ≤ 2 µs)");
}

/// Runs `f` in batches until about 0.3 s has passed; returns nanoseconds per call (best batch).
fn time_per_call(mut f: impl FnMut()) -> f64 {
    let batch = 10_000;
    let mut best = f64::INFINITY;
    let started = Instant::now();
    while started.elapsed().as_secs_f64() < 0.3 {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        best = best.min(t.elapsed().as_nanos() as f64 / batch as f64);
    }
    best
}
