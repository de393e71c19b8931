//! The whole pipeline on the Reuters corpus: one thread, then a batch on
//! every core. Data: `$TEXTFACTS_DATA/corpus/reuters21578.jsonl`.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use textfacts::Extractor;

fn reuters() -> Vec<String> {
    let dir = std::env::var_os("TEXTFACTS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = dir.join("corpus/reuters21578.jsonl");
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (set TEXTFACTS_DATA)", path.display()));
    data.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn pipeline(c: &mut Criterion) {
    let texts = reuters();
    let bytes: usize = texts.iter().map(String::len).sum();
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("pipeline/reuters");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract, one thread", |b| {
        b.iter(|| texts.iter().map(|t| extractor.extract(t).sentences.len()).sum::<usize>())
    });
    for threads in [1, 2] {
        group.bench_function(format!("extract_many, {threads} threads"), |b| {
            b.iter(|| extractor.extract_many_with(&texts, Some(threads), |_| {}).len())
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
