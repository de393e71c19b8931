//! The whole pipeline on the Reuters corpus: one thread, then a batch on
//! every core. Data: `$TEXTFACTS_DATA/corpus/reuters21578.jsonl`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use textfacts::Extractor;

mod common;

fn pipeline(c: &mut Criterion) {
    let Some(texts) = common::reuters() else { return };
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
            b.iter(|| extractor.extract_many_with(&texts, Some(threads), |_| {}).map(|d| d.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
