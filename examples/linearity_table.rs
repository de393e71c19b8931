//! The linearity and memory table: `Extractor::extract` (Rust only, no
//! Python objects) on 1, 10 and 50 MB of each hostile input, with the time,
//! the speed and the peak resident memory per input byte.
//!
//! `cargo run --release --example linearity_table [MB ...]`
//!
//! Each row runs in a child process of its own, so that the kernel's peak
//! (`VmHWM`) belongs to that row alone; a row that takes longer than
//! `TEXTFACTS_ROW_SECONDS` (default 120) is stopped and shown as such. The
//! memory columns are the peak over the whole process (text included) and
//! what extraction added to it, both per input byte.
//!
//! `TEXTFACTS_STAGE=sentences|entities|numbers` measures one stage alone
//! instead of the whole of `extract`, to see which one a peak comes from.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../benches/common/mod.rs"]
mod common;

/// The inputs, by name: a unit repeated to the size asked for.
const INPUTS: &[&str] = &["dots", "quotes", "one hundred and", "$1.5bn-", "news", "1,", "csv row"];

fn unit(name: &str) -> String {
    match name {
        "dots" => ".".to_string(),
        "quotes" => "\"".to_string(),
        "one hundred and" => "one hundred and ".to_string(),
        "$1.5bn-" => "$1.5bn-".to_string(),
        "1," => "1,".to_string(),
        "csv row" => (0..40_000).map(|i| (i % 100).to_string()).collect::<Vec<_>>().join(","),
        "news" => {
            let stories = common::reuters().expect("the Reuters corpus (set TEXTFACTS_DATA)");
            stories.iter().map(|s| format!("{s}\n\n")).collect()
        }
        other => panic!("no input named {other:?}"),
    }
}

/// The kernel's peak and current resident set of this process, in bytes.
fn rss() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb * 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// One row, in this process: prints `seconds peak added` for the input.
fn row(name: &str, mb: usize) {
    let unit = unit(name);
    let len = mb * 1_000_000;
    let mut text = unit.repeat(len.div_ceil(unit.len()));
    let mut cut = len.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    let extractor = textfacts::Extractor::new();
    let gazetteer = textfacts::gazetteer::Gazetteer::builtin();
    let stage = std::env::var("TEXTFACTS_STAGE").unwrap_or_default();
    let (before, _) = rss();
    let started = Instant::now();
    let found = match stage.as_str() {
        "sentences" => textfacts::split_sentences(&text).len(),
        "entities" => gazetteer.find(&text).len(),
        "numbers" => textfacts::extract_numbers(&text).len(),
        _ => extractor.extract(&text).facts.len(),
    };
    let seconds = started.elapsed().as_secs_f64();
    let (peak, _) = rss();
    std::hint::black_box(found);
    println!("{seconds} {} {} {}", peak, peak - before, text.len());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--row") {
        row(&args[1], args[2].parse().expect("a size in MB"));
        return;
    }
    let sizes: Vec<usize> = if args.is_empty() {
        vec![1, 10, 50]
    } else {
        args.iter().map(|a| a.parse().expect("sizes in MB")).collect()
    };
    let limit = std::env::var("TEXTFACTS_ROW_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(Duration::from_secs(120), Duration::from_secs);
    let me = std::env::current_exe().expect("the example's own path");
    println!(
        "{:<16} {:>5} {:>9} {:>8} {:>10} {:>12} {:>13}",
        "input", "MB", "seconds", "MB/s", "peak MB", "peak B/B", "added B/B"
    );
    for name in INPUTS {
        for &mb in &sizes {
            let mut child = Command::new(&me)
                .args(["--row", name, &mb.to_string()])
                .stdout(Stdio::piped())
                .spawn()
                .expect("a child process");
            let started = Instant::now();
            let done = loop {
                if child.try_wait().ok().flatten().is_some() {
                    break true;
                }
                if started.elapsed() > limit {
                    let _ = child.kill();
                    let _ = child.wait();
                    break false;
                }
                std::thread::sleep(Duration::from_millis(50));
            };
            if !done {
                println!("{name:<16} {mb:>5} {:>9}", format!(">{}", limit.as_secs()));
                continue;
            }
            let mut out = String::new();
            child.stdout.take().expect("piped").read_to_string(&mut out).ok();
            let v: Vec<f64> = out.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            let [seconds, peak, added, bytes] = v[..] else {
                println!("{name:<16} {mb:>5} failed");
                continue;
            };
            println!(
                "{name:<16} {mb:>5} {seconds:>9.2} {:>8.1} {:>10.0} {:>12.2} {:>13.2}",
                bytes / 1e6 / seconds,
                peak / 1e6,
                peak / bytes,
                added / bytes,
            );
        }
    }
}
