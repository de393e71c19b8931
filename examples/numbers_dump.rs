//! Every numeric fact of the Reuters corpus and of the Recognizers-Text
//! specs, one JSON line each, with the default options and with every
//! option on: the reference to diff against when changing how the stage
//! works but not what it finds.
//!
//! `cargo run --release --example numbers_dump > facts.jsonl`

use std::io::{self, BufWriter, Write};

use textfacts::NumberExtractor;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() -> io::Result<()> {
    let mut texts = common::reuters().expect("the Reuters corpus (set TEXTFACTS_DATA)");
    let specs = common::data_dir().join("numbers/recognizers");
    let mut files: Vec<_> = std::fs::read_dir(&specs)?.filter_map(Result::ok).collect();
    files.sort_by_key(|e| e.path());
    for entry in files {
        if entry.path().extension().is_some_and(|e| e == "json") {
            let raw = std::fs::read_to_string(entry.path())?;
            let cases: serde_json::Value = serde_json::from_str(&raw)?;
            for case in cases.as_array().into_iter().flatten() {
                if let Some(input) = case["Input"].as_str() {
                    texts.push(input.to_string());
                }
            }
        }
    }
    let configs = [
        ("default", NumberExtractor::default()),
        (
            "all",
            NumberExtractor::builder().years(true).vague(true).ordinals(true).nouns(true).build(),
        ),
    ];
    let mut out = BufWriter::new(io::stdout().lock());
    for (name, numbers) in &configs {
        for (i, text) in texts.iter().enumerate() {
            for fact in numbers.extract(text) {
                writeln!(out, "{name}\t{i}\t{}", serde_json::to_string(&fact)?)?;
            }
        }
    }
    out.flush()
}
