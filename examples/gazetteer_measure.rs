//! Measures a gazetteer: build time, compiled size and load time, and find
//! throughput and match count on the Reuters corpus.
//!
//! ```sh
//! cargo run --release --example gazetteer_measure -- \
//!     $TEXTFACTS_DATA/gazetteers/places_small.tsv [insensitive|smart|sensitive] [--no-find]
//! cargo run --release --example gazetteer_measure -- builtin
//! ```
//! The builtin list is also timed with the in-names rule off
//! (`InNames::Keep`) and on (`InNames::Drop`, its default; `Flag`), interleaved
//! over five rounds, since the rule is what makes them differ. On a busy
//! machine compare instruction counts instead: `--only keep` (or `drop`,
//! `flag`) makes one `find` pass per story in that mode and nothing else
//! after loading, for `perf stat -e instructions:u`.
//! Run it under `/usr/bin/time -v` for peak memory.

use std::time::Instant;

use textfacts::gazetteer::{CaseMode, Gazetteer, InNames};

#[path = "../benches/common/mod.rs"]
mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: gazetteer_measure GAZETTEER [CASE] [--no-find]")?;
    let case: CaseMode = match args.get(1) {
        Some(c) if !c.starts_with("--") => c.parse()?,
        _ => CaseMode::Insensitive,
    };

    let t = Instant::now();
    let gaz = if path == "builtin" {
        Gazetteer::builtin()
    } else {
        let mut builder = Gazetteer::builder();
        builder.case(case).add_file(path)?;
        let read = t.elapsed().as_secs_f64();
        let gaz = builder.build()?;
        println!("read and parse: {read:.2} s, then fold, deduplicate and compile the automaton");
        gaz
    };
    let build = t.elapsed().as_secs_f64();
    println!("build: {build:.2} s, {} entries, {} patterns", gaz.len(), gaz.pattern_count());

    let t = Instant::now();
    let bytes = gaz.to_bytes();
    let save = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let loaded = Gazetteer::from_bytes(&bytes)?;
    let load = t.elapsed().as_secs_f64();
    println!("compiled: {:.1} MB, encode {save:.2} s, load {load:.2} s", bytes.len() as f64 / 1e6);
    drop(loaded);

    if args.iter().any(|a| a == "--no-find") {
        return Ok(());
    }
    let texts = common::reuters().ok_or("the Reuters corpus is missing (set TEXTFACTS_DATA)")?;
    if let Some(at) = args.iter().position(|a| a == "--only") {
        let mode: InNames = args.get(at + 1).ok_or("--only needs keep, drop or flag")?.parse()?;
        let g = gaz.with_in_names(mode);
        let matches: usize = texts.iter().map(|text| g.find(text).len()).sum();
        println!("in_names={}: {matches} matches", mode.name());
        return Ok(());
    }
    let total: usize = texts.iter().map(String::len).sum();
    let t = Instant::now();
    let matches: usize = texts.iter().map(|text| gaz.find(text).len()).sum();
    let secs = t.elapsed().as_secs_f64();
    // The speed of light: the raw automaton, no boundaries, ASCII case only.
    if path.ends_with(".tsv") {
        let patterns: Vec<String> = std::fs::read_to_string(path)?
            .lines()
            .filter_map(|l| l.split('\t').next().map(str::to_string))
            .collect();
        let raw = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(if patterns.len() < 20_000 {
                aho_corasick::AhoCorasickKind::DFA
            } else {
                aho_corasick::AhoCorasickKind::ContiguousNFA
            }))
            .build(&patterns)?;
        let t = Instant::now();
        let raw_matches: usize = texts.iter().map(|text| raw.find_iter(text).count()).sum();
        let raw_secs = t.elapsed().as_secs_f64();
        println!(
            "raw aho-corasick: {raw_matches} matches, {:.1} MB/s",
            total as f64 / 1e6 / raw_secs
        );
    }
    println!(
        "find: {matches} matches in {:.1} MB, {:.1} MB/s (one call per story)",
        total as f64 / 1e6,
        total as f64 / 1e6 / secs
    );
    // The same text as one string: per-call costs vanish, but one non-ASCII
    // character anywhere sends the whole text down the Unicode path.
    let joined = texts.join("\n");
    let t = Instant::now();
    let matches = gaz.find(&joined).len();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "find: {matches} matches, {:.1} MB/s (one call, stories joined)",
        total as f64 / 1e6 / secs
    );
    if path == "builtin" {
        in_names_cost(&gaz, &texts, total);
    }
    Ok(())
}

/// Times `find` with the in-names rule off and on, alternating, and prints
/// each mode's best round: the rule's cost is what remains between them.
fn in_names_cost(gaz: &Gazetteer, texts: &[String], total: usize) {
    let modes = [InNames::Keep, InNames::Drop, InNames::Flag];
    let mut best = [f64::INFINITY; 3];
    let mut counts = [0usize; 3];
    for _ in 0..5 {
        for (i, mode) in modes.iter().enumerate() {
            let g = gaz.with_in_names(*mode);
            let t = Instant::now();
            counts[i] = texts.iter().map(|text| g.find(text).len()).sum();
            best[i] = best[i].min(t.elapsed().as_secs_f64());
        }
    }
    for (i, mode) in modes.iter().enumerate() {
        println!(
            "in_names={}: {} matches, {:.1} MB/s (best of 5)",
            mode.name(),
            counts[i],
            total as f64 / 1e6 / best[i]
        );
    }
    println!("the rule costs {:+.1}% of find's time", (best[1] / best[0] - 1.0) * 100.0);
}
