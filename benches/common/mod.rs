//! What every benchmark and measuring example reads: the shared data folder
//! and the Reuters-21578 stories in it.
//!
//! Included with `mod common;` by the benches and with
//! `#[path = "../benches/common/mod.rs"] mod common;` by the examples.

#![allow(dead_code)]

use std::path::PathBuf;

/// `$TEXTFACTS_DATA`, or `../shared/data` beside the project.
pub fn data_dir() -> PathBuf {
    std::env::var_os("TEXTFACTS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

/// The Reuters stories, one string each, in corpus order; `None` (with a
/// note on standard error) when the corpus is not there.
pub fn reuters() -> Option<Vec<String>> {
    let path = data_dir().join("corpus/reuters21578.jsonl");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("{} is missing (set TEXTFACTS_DATA): skipping what needs it", path.display());
        return None;
    };
    let stories = raw
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    Some(stories)
}

/// The first stories of the corpus, up to `bytes` of text.
pub fn reuters_prefix(bytes: usize) -> Option<Vec<String>> {
    let mut total = 0;
    let stories = reuters()?
        .into_iter()
        .take_while(|t| {
            total += t.len();
            total <= bytes
        })
        .collect();
    Some(stories)
}
