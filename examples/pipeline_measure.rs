//! Where the pipeline's time goes: each stage alone, then the whole
//! `Extractor::extract` with and without the gazetteer, over the Reuters
//! corpus, one call per story.
//!
//! `cargo run --release --example pipeline_measure` (reads
//! `$TEXTFACTS_DATA/corpus/reuters21578.jsonl`, default `../shared/data`).
//!
//! `pipeline_measure once STAGE [MB]` runs one stage over the first MB of
//! the corpus (default 2) and prints nothing but the count: the form to run
//! under `valgrind --tool=callgrind --toggle-collect='pipeline_measure::measured'`,
//! whose instruction counts stay put on a busy machine where wall-clock
//! times do not. A first, uncounted pass over the same texts fills the
//! lazily built tables, so the count is the steady-state work that a long
//! run or a benchmark sees. STAGE is one of `none`, `sentences`,
//! `entities`, `numbers`, `extract`, `extract-no-gazetteer`.

use std::time::Instant;

use textfacts::gazetteer::Gazetteer;
use textfacts::{Extractor, NumberExtractor, SentenceSplitter};

#[path = "../benches/common/mod.rs"]
mod common;

/// One stage over one text, returning how many items it found.
type Stage = Box<dyn Fn(&str) -> usize>;

fn stage(name: &str) -> Option<Stage> {
    Some(match name {
        // Loading the corpus alone, to subtract from the others' counts.
        "none" => Box::new(|t| t.len() & 1),
        "sentences" => {
            let splitter = SentenceSplitter::new();
            Box::new(move |t| splitter.split(t).len())
        }
        "entities" => {
            let gazetteer = Gazetteer::builtin();
            Box::new(move |t| gazetteer.find(t).len())
        }
        "numbers" => {
            let numbers = NumberExtractor::default();
            Box::new(move |t| numbers.extract(t).len())
        }
        "extract" => {
            let extractor = Extractor::new();
            Box::new(move |t| count(&extractor, t))
        }
        "extract-no-gazetteer" => {
            let extractor = Extractor::builder().no_gazetteer().build().ok()?;
            Box::new(move |t| count(&extractor, t))
        }
        _ => return None,
    })
}

fn count(extractor: &Extractor, text: &str) -> usize {
    let d = extractor.extract(text);
    d.sentences.len() + d.entities.len() + d.facts.len()
}

/// The pass that `once` counts under callgrind.
#[inline(never)]
fn measured(texts: &[String], f: &Stage) -> usize {
    texts.iter().map(|t| f(t)).sum()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("once") {
        let name = args.get(1).map(String::as_str).unwrap_or("extract");
        let mb: f64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(2.0);
        let texts = common::reuters_prefix((mb * 1e6) as usize).expect("the Reuters corpus");
        let f = stage(name).expect("a stage name");
        let warm = texts.iter().map(|t| f(t)).sum::<usize>();
        let found = measured(&texts, &f);
        assert_eq!(found, warm);
        println!("{found}");
        return;
    }
    let texts = common::reuters().expect("the Reuters corpus (set TEXTFACTS_DATA)");
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!("{} stories, {mb:.1} MB, best of 3", texts.len());
    let unlinked: Stage = {
        let (s, e, n) =
            (stage("sentences").unwrap(), stage("entities").unwrap(), stage("numbers").unwrap());
        Box::new(move |t| s(t) + e(t) + n(t))
    };
    let rows = [
        ("sentences", stage("sentences")),
        ("entities (builtin gazetteer)", stage("entities")),
        ("numeric facts", stage("numbers")),
        ("the three stages, unlinked", Some(unlinked)),
        ("Extractor::extract (all, linked)", stage("extract")),
        ("Extractor::extract, no gazetteer", stage("extract-no-gazetteer")),
    ];
    for (name, f) in rows {
        let Some(f) = f else { continue };
        let mut best = f64::MAX;
        let mut found = 0;
        for _ in 0..3 {
            let t = Instant::now();
            found = texts.iter().map(|t| f(t)).sum::<usize>();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{name:34} {:7.1} MB/s  {:8.3} s  {found} items", mb / best, best);
    }
}
