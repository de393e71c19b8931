//! Sentence-splitting speed: the Reuters-21578 corpus (news text, MB/s), and
//! pathological inputs at two sizes, whose time per byte should stay flat
//! (linear time) and close to that of news text.
//!
//! `cargo bench --bench sentences`; the corpus is read from
//! `$TEXTFACTS_DATA/corpus/reuters21578.jsonl` (default `../shared/data`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use textfacts::SentenceSplitter;

mod common;
use common::reuters;

fn news(c: &mut Criterion) {
    let Some(docs) = reuters() else { return };
    let bytes: usize = docs.iter().map(String::len).sum();
    let splitter = SentenceSplitter::new();
    let mut group = c.benchmark_group("sentences/reuters");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("per-document", |b| {
        b.iter(|| docs.iter().map(|d| splitter.split(black_box(d)).len()).sum::<usize>())
    });
    group.finish();
}

/// Makes a text of about the given number of bytes.
type MakeText = fn(usize) -> String;

fn pathological(c: &mut Criterion) {
    let splitter = SentenceSplitter::new();
    let inputs: [(&str, MakeText); 7] = [
        ("full-stops", |n| ".".repeat(n)),
        ("straight-quotes", |n| "\"".repeat(n)),
        ("curly-quotes", |n| "\u{201c}\u{201d}".repeat(n / 6)),
        ("one-word", |n| "a".repeat(n)),
        ("line-breaks", |n| "\n".repeat(n)),
        ("dot-space", |n| ". ".repeat(n / 2)),
        ("abbreviations", |n| "Mr. U.S. a. (1) ".repeat(n / 16)),
    ];
    let mut group = c.benchmark_group("sentences/pathological");
    group.sample_size(10);
    for (name, make) in inputs {
        for mb in [1, 10] {
            let text = make(mb << 20);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &text, |b, text| {
                b.iter(|| splitter.split(black_box(text)).len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, news, pathological);
criterion_main!(benches);
