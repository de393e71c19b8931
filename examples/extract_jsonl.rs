//! The Rust pipeline as a filter: each line of standard input is a JSON
//! string, each line of output the `Document` extracted from it, serialised
//! with serde (UTF-8 byte offsets). The Python tests use it to check that
//! the binding's `str` indices and Rust's byte offsets agree.
//!
//! `echo '"It rained. Then 5 men came."' | cargo run --example extract_jsonl`

use std::io::{self, BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = textfacts::Extractor::new();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for line in io::stdin().lock().lines() {
        let text: String = serde_json::from_str(&line?)?;
        serde_json::to_writer(&mut out, &extractor.extract(&text))?;
        // Flushed per line: a caller may wait for each answer before asking again.
        writeln!(out)?;
        out.flush()?;
    }
    Ok(())
}
