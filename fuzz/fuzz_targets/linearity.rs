//! Every stage is linear in its input: the input, repeated to a base size
//! and then doubled three times (8x the bytes), may cost at most 3x more
//! time per byte. A quadratic scan costs 8x per byte at the larger size, a
//! linear one about 1x; the margin absorbs cache effects and a loaded
//! machine. Each size is timed three times and the fastest run counts; a
//! ratio over the limit is measured again, up to three times, before it
//! fails; and a larger run under a floor of two milliseconds is never
//! judged: there the timer's noise is as large as the cost.
#![no_main]

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use textfacts::gazetteer::Gazetteer;

/// The base size; 8x it is the larger one.
const BASE: usize = 4096;
const GROWTH: usize = 8;
const MAX_RATIO: f64 = 3.0;
const FLOOR: Duration = Duration::from_millis(2);
/// How many measurements over the limit make a failure.
const RETRIES: usize = 3;

/// `unit` repeated to at least `len` bytes.
fn repeated(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

fn fastest(text: &str, stage: &dyn Fn(&str)) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            stage(text);
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn check(name: &str, unit: &str, stage: &dyn Fn(&str)) {
    let small = repeated(unit, BASE);
    let large = repeated(unit, BASE * GROWTH);
    let per_byte = |t: Duration, s: &str| t.as_secs_f64() / s.len() as f64;
    // A shared machine can stall the larger runs, all three of them; a
    // scan that is really super-linear costs 8x per byte every time, so a
    // ratio over the limit is measured again before it counts.
    let mut last = String::new();
    for _ in 0..RETRIES {
        let (a, b) = (fastest(&small, stage), fastest(&large, stage));
        if b < FLOOR {
            return;
        }
        let ratio = per_byte(b, &large) / per_byte(a, &small).max(f64::MIN_POSITIVE);
        if ratio <= MAX_RATIO {
            return;
        }
        last = format!(
            "{:.2} ms for {} bytes, {:.2} ms for {} bytes ({ratio:.1}x per byte)",
            a.as_secs_f64() * 1e3,
            small.len(),
            b.as_secs_f64() * 1e3,
            large.len(),
        );
    }
    panic!("{name} is not linear: {last}, in each of {RETRIES} measurements");
}

fuzz_target!(|text: &str| {
    // A unit longer than the base would not be repeated at all.
    let mut cut = text.len().min(BASE / 2);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let unit = &text[..cut];
    if unit.is_empty() {
        return;
    }
    static EXTRACTOR: OnceLock<textfacts::Extractor> = OnceLock::new();
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(textfacts::Extractor::new);
    let gazetteer = GAZETTEER.get_or_init(Gazetteer::builtin);
    check("split_sentences", unit, &|t| drop(textfacts::split_sentences(t)));
    check("extract_numbers", unit, &|t| drop(textfacts::extract_numbers(t)));
    check("Gazetteer::find", unit, &|t| drop(gazetteer.find(t)));
    check("Extractor::extract", unit, &|t| drop(extractor.extract(t)));
});
