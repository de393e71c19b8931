//! Peak memory of one large text through the whole pipeline: the Reuters
//! stories joined and repeated to `MB` megabytes (default 100), extracted as
//! one `Document`. Prints the peak resident memory (Linux `VmHWM`) before and
//! after extraction, and its multiple of the input size.
//!
//! `cargo run --release --example memory_peak [MB]`, or under
//! `/usr/bin/time -v` for the kernel's own count.

use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;

/// The kernel's peak and current resident set of this process, in MB.
fn rss() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let target = mb * 1_000_000;
    let text = {
        let stories = common::reuters().expect("the Reuters corpus (set TEXTFACTS_DATA)");
        let mut text = String::with_capacity(target + 100_000);
        'fill: loop {
            for story in &stories {
                text.push_str(story);
                text.push_str("\n\n");
                if text.len() >= target {
                    break 'fill;
                }
            }
        }
        text
    };
    let input = text.len() as f64 / 1e6;
    let extractor = textfacts::Extractor::new();
    let (peak, now) = rss();
    println!("input {input:.1} MB; before extracting: peak {peak:.0} MB, resident {now:.0} MB");
    let started = Instant::now();
    let doc = extractor.extract(&text);
    let seconds = started.elapsed().as_secs_f64();
    let (peak_after, _) = rss();
    println!(
        "{} sentences, {} entities, {} facts in {seconds:.2} s ({:.1} MB/s)",
        doc.sentences.len(),
        doc.entities.len(),
        doc.facts.len(),
        input / seconds
    );
    println!(
        "peak {peak_after:.0} MB = {:.2} x input; extraction added {:.0} MB = {:.2} x input",
        peak_after / input,
        peak_after - peak,
        (peak_after - peak) / input
    );
}
