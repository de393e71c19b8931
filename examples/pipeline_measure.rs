//! Where the pipeline's time goes: each stage alone, then the whole
//! `Extractor::extract`, over the Reuters corpus, one call per story.
//!
//! `cargo run --release --example pipeline_measure` (reads
//! `$TEXTFACTS_DATA/corpus/reuters21578.jsonl`, default `../shared/data`).

use std::time::Instant;

use textfacts::gazetteer::Gazetteer;
use textfacts::{Extractor, NumberExtractor, SentenceSplitter};

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let texts = common::reuters().expect("the Reuters corpus (set TEXTFACTS_DATA)");
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let splitter = SentenceSplitter::new();
    let gazetteer = Gazetteer::builtin();
    let numbers = NumberExtractor::default();
    let extractor = Extractor::new();
    let time = |name: &str, f: &dyn Fn(&str) -> usize| {
        let mut best = f64::MAX;
        let mut found = 0;
        for _ in 0..3 {
            let t = Instant::now();
            found = texts.iter().map(|t| f(t)).sum::<usize>();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{name:32} {:7.1} MB/s  {:8.3} s  {found} items", mb / best, best);
    };
    println!("{} stories, {mb:.1} MB, best of 3", texts.len());
    time("sentences", &|t| splitter.split(t).len());
    time("entities (builtin gazetteer)", &|t| gazetteer.find(t).len());
    time("numeric facts", &|t| numbers.extract(t).len());
    time("the three stages, unlinked", &|t| {
        splitter.split(t).len() + gazetteer.find(t).len() + numbers.extract(t).len()
    });
    time("Extractor::extract (all, linked)", &|t| {
        let d = extractor.extract(t);
        d.sentences.len() + d.entities.len() + d.facts.len()
    });
}
