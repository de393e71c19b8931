//! Numeric-fact extraction speed on the Reuters-21578 corpus, and on absurd
//! inputs that must stay linear.
//!
//! `cargo bench --bench numbers` (reads `$TEXTFACTS_DATA/corpus/reuters21578.jsonl`,
//! default `../shared/data`; the corpus benchmark is skipped when it is missing).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn reuters() -> Option<String> {
    let dir = std::env::var_os("TEXTFACTS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let raw = std::fs::read_to_string(dir.join("corpus/reuters21578.jsonl")).ok()?;
    let mut text = String::with_capacity(raw.len());
    for line in raw.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).ok()?;
        text.push_str(doc["text"].as_str()?);
        text.push_str("\n\n");
    }
    Some(text)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("numbers");
    group.sample_size(10);
    if let Some(text) = reuters() {
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
    let dense = "between 1,234.5 and 2,345.6 mln dlrs, up 12 pct; ".repeat(20_000);
    group.throughput(Throughput::Bytes(dense.len() as u64));
    group.bench_function("dense_numbers", |b| {
        b.iter(|| textfacts::extract_numbers(black_box(&dense)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
