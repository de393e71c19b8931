//! Gazetteer throughput beside the raw `aho-corasick` crate (the speed of
//! light: LeftmostLongest, ASCII case-insensitive, no word boundaries), and
//! build and load times.
//!
//! ```sh
//! TEXTFACTS_DATA=../shared/data cargo bench --bench gazetteer
//! ```

use std::hint::black_box;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use textfacts::gazetteer::{CaseMode, Gazetteer};

mod common;

fn data() -> Option<PathBuf> {
    let dir = common::data_dir();
    dir.join("gazetteers").exists().then_some(dir)
}

fn patterns(path: &std::path::Path) -> Vec<String> {
    let mut text = String::new();
    let file = std::fs::File::open(path).unwrap();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::GzDecoder::new(file).read_to_string(&mut text).unwrap();
    } else {
        std::io::BufReader::new(file).read_to_string(&mut text).unwrap();
    }
    text.lines().filter_map(|l| l.split('\t').next().map(str::to_string)).collect()
}

fn find(c: &mut Criterion) {
    let Some(dir) = data() else { return };
    let Some(texts) = common::reuters_prefix(4_000_000) else { return };
    let bytes: usize = texts.iter().map(String::len).sum();
    for (name, dfa) in [("places_small", true), ("places_large", false)] {
        let path = dir.join(format!("gazetteers/{name}.tsv"));
        let raw = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(if dfa { AhoCorasickKind::DFA } else { AhoCorasickKind::ContiguousNFA }))
            .build(patterns(&path))
            .unwrap();
        let mut group = c.benchmark_group(format!("find/{name}"));
        group.throughput(Throughput::Bytes(bytes as u64)).sample_size(10);
        group.bench_function("raw aho-corasick", |b| {
            b.iter(|| texts.iter().map(|t| raw.find_iter(black_box(t)).count()).sum::<usize>())
        });
        for case in [CaseMode::Insensitive, CaseMode::Smart] {
            let gaz = Gazetteer::builder().case(case).add_file(&path).unwrap().build().unwrap();
            group.bench_function(format!("textfacts {}", case.name()), |b| {
                b.iter(|| texts.iter().map(|t| gaz.find(black_box(t)).len()).sum::<usize>())
            });
        }
        group.finish();
    }
    // The built-in gazetteer, as the pipeline uses it (smart case,
    // whitespace and punctuation normalised), beside the raw crate on its
    // names.
    let names =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gazetteer/data/builtin.tsv.gz");
    let raw = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns(&names))
        .unwrap();
    let gaz = Gazetteer::builtin();
    let mut group = c.benchmark_group("find/builtin");
    group.throughput(Throughput::Bytes(bytes as u64)).sample_size(10);
    group.bench_function("raw aho-corasick", |b| {
        b.iter(|| texts.iter().map(|t| raw.find_iter(black_box(t)).count()).sum::<usize>())
    });
    group.bench_function("textfacts smart", |b| {
        b.iter(|| texts.iter().map(|t| gaz.find(black_box(t)).len()).sum::<usize>())
    });
    group.finish();
}

fn build_and_load(c: &mut Criterion) {
    let Some(dir) = data() else { return };
    let mut group = c.benchmark_group("build");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for name in ["places_large.tsv", "places_xl.tsv.gz"] {
        let path = dir.join("gazetteers").join(name);
        group.bench_function(format!("textfacts build {name}"), |b| {
            b.iter(|| Gazetteer::from_file(&path).unwrap())
        });
        let bytes = Gazetteer::from_file(&path).unwrap().to_bytes();
        group.bench_function(format!("textfacts load compiled {name}"), |b| {
            b.iter(|| Gazetteer::from_bytes(black_box(&bytes)).unwrap())
        });
        let pats = patterns(&path);
        group.bench_function(format!("raw aho-corasick build {name}"), |b| {
            b.iter(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&pats)
                    .unwrap()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, find, build_and_load);
criterion_main!(benches);
