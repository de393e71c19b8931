//! Adversarial inputs at growing sizes: the time per byte (criterion's
//! MiB/s) must stay flat from the smallest size to the largest, through the
//! whole `Extractor` and through the stage each shape targets. A quadratic
//! path shows as throughput falling by the size ratio (5x from 10 to 50 MB).
//!
//! `cargo bench --bench adversarial` (sizes in MB from `ADVERSARIAL_MB`,
//! default `1,10,50`; e.g. `ADVERSARIAL_MB=1,10 cargo bench --bench
//! adversarial -- extract` for a quick look).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
use textfacts::{Extractor, NumberExtractor, SentenceSplitter};

/// The stage a shape is aimed at.
#[derive(Clone, Copy)]
enum Stage {
    Sentences,
    Entities,
    Numbers,
}

/// Repeats `unit` to about `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// A named input shape, the stage it targets, and how to make it at a size.
type Shape = (&'static str, Stage, Box<dyn Fn(usize) -> String>);

fn shapes() -> Vec<Shape> {
    vec![
        ("full-stops", Stage::Sentences, Box::new(|n| repeat(".", n))),
        ("quotation-marks", Stage::Sentences, Box::new(|n| repeat("\"", n))),
        ("curly-quotes", Stage::Sentences, Box::new(|n| repeat("\u{201c}", n))),
        ("digits", Stage::Numbers, Box::new(|n| repeat("1", n))),
        ("one-letter", Stage::Entities, Box::new(|n| repeat("a", n))),
        ("spaces", Stage::Sentences, Box::new(|n| repeat(" ", n))),
        ("line-breaks", Stage::Sentences, Box::new(|n| repeat("\n", n))),
        (
            "no-whitespace",
            Stage::Numbers,
            Box::new(|n| repeat("abc.Def,123;x-Y(1.5%)\u{e9}\u{4e2d}$7bn", n)),
        ),
        ("million-words", Stage::Numbers, Box::new(|n| repeat("million ", n))),
        ("number-words", Stage::Numbers, Box::new(|n| repeat("one hundred and twenty-three ", n))),
        (
            "nested-brackets",
            Stage::Sentences,
            Box::new(|n| {
                let half = repeat("(\"[\u{201c}", n / 2);
                format!("{half}Deep. Deeper.{}", repeat("\u{201d}]\")", n / 2))
            }),
        ),
        (
            "mixed-scripts",
            Stage::Entities,
            Box::new(|n| {
                repeat(
                    "\u{200f}مرحبا 5 ملايين.\u{200e} שלום\u{200f} 12%. 👩\u{200d}👩\u{200d}👧 of 3. \
                     e\u{301}\u{302}te\u{301}. \u{202e}Paris\u{202c} had 2 million. 東京で3人. ",
                    n,
                )
            }),
        ),
        (
            "capitalised-words",
            Stage::Entities,
            Box::new(|n| repeat("New North South Saint Port San ", n)),
        ),
    ]
}

fn sizes() -> Vec<usize> {
    std::env::var("ADVERSARIAL_MB")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10, 50])
}

fn adversarial(c: &mut Criterion) {
    let extractor = Extractor::new();
    let splitter = SentenceSplitter::new();
    let gazetteer = Gazetteer::builtin();
    let numbers = NumberExtractor::default();
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    for (name, stage, make) in shapes() {
        for mb in sizes() {
            let text = make(mb * 1_000_000);
            group.throughput(Throughput::Bytes(text.len() as u64));
            let id = |what: &str| BenchmarkId::new(format!("{name}/{what}"), format!("{mb}MB"));
            group.bench_with_input(id("extract"), &text, |b, text| {
                b.iter(|| extractor.extract(black_box(text)).sentences.len())
            });
            match stage {
                Stage::Sentences => group.bench_with_input(id("sentences"), &text, |b, text| {
                    b.iter(|| splitter.split(black_box(text)).len())
                }),
                Stage::Entities => group.bench_with_input(id("entities"), &text, |b, text| {
                    b.iter(|| gazetteer.find(black_box(text)).len())
                }),
                Stage::Numbers => group.bench_with_input(id("numbers"), &text, |b, text| {
                    b.iter(|| numbers.extract(black_box(text)).len())
                }),
            };
        }
    }
    group.finish();
}

/// A gazetteer whose patterns all share a long prefix: building it (per
/// pattern; aho-corasick 1.1.5 is quadratic here, see tests/adversarial.rs),
/// finding near misses of it, and a 100 KB pattern (per byte).
fn shared_prefix(c: &mut Criterion) {
    let prefix = "International Business Association of ";
    let entries = |n: u32| (0..n).map(move |i| Entry::new(format!("{prefix}{i:x}"), "ORG"));
    let mut group = c.benchmark_group("adversarial/shared-prefix");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    for patterns in [25_000u32, 50_000, 100_000] {
        group.throughput(Throughput::Elements(patterns as u64));
        group.bench_function(BenchmarkId::new("build", patterns), |b| {
            b.iter(|| {
                let mut builder = Gazetteer::builder();
                builder.case(CaseMode::Smart).extend(entries(patterns));
                builder.build().unwrap().pattern_count()
            })
        });
    }
    let gazetteer = std::cell::OnceCell::new();
    for mb in sizes() {
        let text = repeat(&format!("{prefix}zz {prefix}1 "), mb * 1_000_000);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("find", format!("{mb}MB")), &text, |b, text| {
            let gazetteer: &Gazetteer = gazetteer.get_or_init(|| {
                let mut builder = Gazetteer::builder();
                builder.extend(entries(100_000));
                builder.build().unwrap()
            });
            b.iter(|| gazetteer.find(black_box(text)).len())
        });
    }
    let long = repeat("Lorem ipsum dolor sit amet ", 100_000);
    let long = long.trim_end();
    let gazetteer = Gazetteer::builder().add(Entry::new(long, "LONG")).build().unwrap();
    for mb in sizes() {
        // Near misses of the 100 KB pattern: all but its last character.
        let text = repeat(&format!("{} ", &long[..long.len() - 1]), mb * 1_000_000);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("long-pattern", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| gazetteer.find(black_box(t)).len()),
        );
    }
    group.finish();
}

criterion_group!(benches, adversarial, shared_prefix);
criterion_main!(benches);
