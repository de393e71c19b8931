//! Prints the numeric facts of each line of standard input as one JSON
//! array per line: `cargo run --example numbers < text.txt`.
//!
//! Each input line is a JSON string (the text, escapes allowed) or, when it
//! does not parse as one, the raw line itself.

use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let text: String = serde_json::from_str(&line).unwrap_or(line);
        let facts = textfacts::extract_numbers(&text);
        serde_json::to_writer(&mut out, &facts)?;
        writeln!(out)?;
    }
    Ok(())
}
