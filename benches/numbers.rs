//! Numeric-fact extraction speed on the Reuters-21578 corpus, and on absurd
//! inputs that must stay linear.
//!
//! `cargo bench --bench numbers` (reads `$TEXTFACTS_DATA/corpus/reuters21578.jsonl`,
//! default `../shared/data`; the corpus benchmarks are skipped when it is missing).
//! `reuters_per_story` is the figure the README quotes: one call per story, as
//! a user extracting facts from a stream of articles would make them.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod common;
use common::reuters;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("numbers");
    group.sample_size(10);
    if let Some(stories) = reuters() {
        let bytes: usize = stories.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("reuters_per_story", |b| {
            b.iter(|| {
                stories
                    .iter()
                    .map(|s| textfacts::extract_numbers(black_box(s)).len())
                    .sum::<usize>()
            })
        });
        let text = stories.join("\n\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group
            .bench_function("reuters", |b| b.iter(|| textfacts::extract_numbers(black_box(&text))));
    } else {
        eprintln!(
            "reuters21578.jsonl not found: set TEXTFACTS_DATA; skipping the corpus benchmark"
        );
    }
    let zeros = format!("1{}", "0".repeat(100_000));
    group.throughput(Throughput::Bytes(zeros.len() as u64));
    group.bench_function("one_then_100k_zeros", |b| {
        b.iter(|| textfacts::extract_numbers(black_box(&zeros)))
    });
    let millions = format!("one{}", " million".repeat(100_000));
    group.throughput(Throughput::Bytes(millions.len() as u64));
    group.bench_function("one_million_x100k", |b| {
        b.iter(|| textfacts::extract_numbers(black_box(&millions)))
    });
    let bare = "million ".repeat(100_000);
    group.throughput(Throughput::Bytes(bare.len() as u64));
    group.bench_function("million_x100k", |b| {
        b.iter(|| textfacts::extract_numbers(black_box(&bare)))
    });
    let ones = "1".repeat(50 << 20);
    group.throughput(Throughput::Bytes(ones.len() as u64));
    group.bench_function("fifty_mib_of_1", |b| {
        b.iter(|| textfacts::extract_numbers(black_box(&ones)))
    });
    let dense = "between 1,234.5 and 2,345.6 mln dlrs, up 12 pct; ".repeat(20_000);
    group.throughput(Throughput::Bytes(dense.len() as u64));
    group.bench_function("dense_numbers", |b| {
        b.iter(|| textfacts::extract_numbers(black_box(&dense)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
