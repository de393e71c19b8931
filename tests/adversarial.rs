//! Adversarial inputs: text nobody writes but scrapers deliver. Every stage
//! must finish (the sizes here are small enough for a debug build; the
//! `adversarial` bench runs the same shapes at 1, 10 and 50 MB to show the
//! time per byte stays flat), never panic, and return spans that slice the
//! text, in order, with results a user would call sane.

use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
use textfacts::{extract_numbers, split_sentences, Document, Extractor};

/// Checks everything a user relies on in a document: sentences are trimmed,
/// in order and separated only by whitespace; entities and facts lie inside
/// the text on character boundaries, in order, and point at the sentence
/// they start in.
fn check(doc: &Document) {
    let text = doc.text.as_str();
    let mut previous = 0;
    for s in &doc.sentences {
        assert!(previous <= s.start && s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(text[previous..s.start].chars().all(char::is_whitespace));
        let inner = &text[s.start..s.end];
        assert_eq!(inner.trim(), inner);
        previous = s.end;
    }
    assert!(text[previous..].chars().all(char::is_whitespace));
    let mut previous = 0;
    for e in &doc.entities {
        assert!(previous <= e.start && e.start < e.end && e.end <= text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        let sentence = doc.sentences[e.sentence];
        assert!(sentence.start <= e.start && e.start < sentence.end);
        previous = e.start;
    }
    let mut previous = 0;
    for f in &doc.facts {
        let (start, end) = (f.fact.start, f.fact.end);
        assert!(previous <= start && start < end && end <= text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        let sentence = doc.sentences[f.sentence];
        assert!(sentence.start <= start && start < sentence.end);
        assert!(f.entities.end <= doc.entities.len());
        // Too large for an f64 is documented as infinity; never NaN.
        for v in [f.fact.value, f.fact.low, f.fact.high].into_iter().flatten() {
            assert!(!v.is_nan(), "{v}");
        }
        previous = end;
    }
}

fn extract(text: &str) -> Document {
    let doc = Extractor::new().extract(text);
    assert_eq!(doc.text, text, "the text is kept unaltered");
    check(&doc);
    doc
}

// ---- One character, repeated ----

/// Large enough that a quadratic path would take minutes even here, small
/// enough for a debug build to finish in a moment when it is linear.
const REPEATS: usize = 200_000;

#[test]
fn a_run_of_full_stops_is_at_most_one_sentence_and_no_fact() {
    let doc = extract(&".".repeat(REPEATS));
    assert!(doc.sentences.len() <= 1);
    assert!(doc.facts.is_empty());
    assert!(doc.entities.is_empty());
}

#[test]
fn a_run_of_quotation_marks_is_at_most_one_sentence() {
    for quote in ["\"", "\u{201c}", "'", "\u{2019}"] {
        let doc = extract(&quote.repeat(REPEATS));
        assert!(doc.sentences.len() <= 1, "{quote}");
        assert!(doc.facts.is_empty());
    }
}

#[test]
fn a_run_of_one_digit_is_one_number() {
    let doc = extract(&"1".repeat(REPEATS));
    assert_eq!(doc.sentences.len(), 1);
    assert!(doc.facts.len() <= 1);
}

#[test]
fn a_run_of_one_letter_is_one_sentence_with_nothing_in_it() {
    let doc = extract(&"a".repeat(REPEATS));
    assert_eq!(doc.sentences.len(), 1);
    assert!(doc.entities.is_empty() && doc.facts.is_empty());
}

#[test]
fn only_spaces_or_only_line_breaks_is_an_empty_document() {
    for blank in [" ", "\n", "\r\n", "\t", "\u{a0}", "\u{2028}"] {
        let doc = extract(&blank.repeat(REPEATS));
        assert!(doc.sentences.is_empty(), "{blank:?}");
        assert!(doc.entities.is_empty() && doc.facts.is_empty());
    }
}

#[test]
fn one_word_and_a_full_stop_repeated_is_one_sentence_each() {
    let doc = extract(&"Rain. ".repeat(REPEATS / 6));
    assert_eq!(doc.sentences.len(), REPEATS / 6);
}

// ---- Long tokens ----

#[test]
fn a_megabyte_without_whitespace_finishes_with_valid_spans() {
    // Letters, digits, punctuation and a capital now and then, no space.
    let unit = "abc.Def,123;x-Y(1.5%)\u{e9}\u{4e2d}$7bn";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    let doc = extract(&text);
    assert!(!doc.sentences.is_empty());
}

#[test]
fn a_number_of_a_hundred_thousand_digits_is_one_fact_of_infinite_value() {
    let text = format!("It cost ${} yesterday.", "9".repeat(100_000));
    let doc = extract(&text);
    assert_eq!(doc.sentences.len(), 1);
    assert_eq!(doc.facts.len(), 1);
    let fact = &doc.facts[0].fact;
    assert!(fact.end - fact.start >= 100_000, "the whole number is one fact");
    // Too large for an f64: the README documents the value as infinity.
    assert_eq!(fact.value, Some(f64::INFINITY));
}

#[test]
fn a_hundred_thousand_digit_decimal_fraction_is_one_fact() {
    let text = format!("Pi is 3.{} or so.", "1".repeat(100_000));
    let doc = extract(&text);
    assert_eq!(doc.facts.len(), 1);
    assert!(doc.facts[0].fact.value.is_some_and(|v| (v - 3.111).abs() < 0.001));
}

#[test]
fn million_repeated_a_hundred_thousand_times_is_no_fact() {
    let doc = extract(&"million ".repeat(100_000));
    assert!(doc.facts.is_empty());
    let doc = extract(&"million".repeat(100_000));
    assert!(doc.facts.is_empty());
}

#[test]
fn a_number_followed_by_a_hundred_thousand_scale_words_is_one_fact() {
    let doc = extract(&format!("5 {}", "million ".repeat(100_000)));
    assert_eq!(doc.facts.len(), 1);
}

#[test]
fn a_long_run_of_number_words_finishes() {
    let doc = extract(&"one hundred and twenty-three thousand ".repeat(20_000));
    assert!(!doc.facts.is_empty());
}

// ---- Nesting ----

#[test]
fn half_a_million_nested_quotation_marks_and_brackets() {
    let depth = 500_000;
    let text = format!(
        "{}Deep. Deeper.{}",
        "(\"[\u{201c}".repeat(depth / 4),
        "\u{201d}]\")".repeat(depth / 4)
    );
    let doc = extract(&text);
    assert!(!doc.sentences.is_empty());
    // Only closing marks, and only opening marks.
    extract(&")]}\u{201d}\"".repeat(depth / 5));
    extract(&"([{\u{201c}\"".repeat(depth / 5));
}

// ---- Unicode ----

#[test]
fn mixed_scripts_with_direction_marks_joiners_and_combining_marks() {
    let unit = concat!(
        "\u{200f}مرحبا 5 ملايين.\u{200e} ",       // Arabic with RLM/LRM
        "שלום\u{200f} 12%. ",                    // Hebrew
        "👩\u{200d}👩\u{200d}👧 family of 3. ",  // ZWJ sequence
        "e\u{301}\u{302}\u{303}te\u{301}. ",     // stacked combining marks
        "\u{202e}Paris\u{202c} had 2 million. ", // RTL override around a name
        "東京で3人. ",
        "\u{feff}Zo\u{308}e paid \u{a3}4\u{2009}000. ",
        "\u{301}\u{301}. ", // combining marks with no base
    );
    let text = unit.repeat(2_000);
    let doc = extract(&text);
    assert!(doc.sentences.len() >= 2_000);
    assert!(!doc.facts.is_empty());
}

#[test]
fn every_stage_accepts_text_that_starts_or_ends_in_the_middle_of_a_cluster() {
    for text in ["\u{301}", "\u{200d}", "\u{200f}", "a\u{200d}", "\u{fe0f}1.", "1\u{20e3}"] {
        extract(text);
        let _ = split_sentences(text);
        let _ = extract_numbers(text);
    }
}

// ---- Gazetteers ----

/// Patterns that all share a long prefix, as generated names do
/// ("International Business Association of ...").
fn shared_prefix_gazetteer(prefix: &str, patterns: u32) -> Gazetteer {
    let mut builder = Gazetteer::builder();
    builder.case(CaseMode::Sensitive);
    builder.extend((0..patterns).map(|i| Entry::new(format!("{prefix}{i:x}"), "ORG")));
    builder.build().expect("the patterns build")
}

fn finds_only_the_real_name(patterns: u32) {
    let prefix = "International Business Association of ";
    let gazetteer = shared_prefix_gazetteer(prefix, patterns);
    assert!(gazetteer.pattern_count() >= patterns as usize);
    let last = format!("{prefix}{:x}", patterns - 1);
    let text = format!("{}{prefix}{patterns:x}0 and {last}.", format!("{prefix}zz ").repeat(1_000));
    let found: Vec<&str> = gazetteer.find(&text).iter().map(|e| e.text(&text)).collect();
    assert_eq!(found, [last]);
}

#[test]
fn a_hundred_thousand_patterns_sharing_a_prefix_build_and_match() {
    finds_only_the_real_name(100_000);
}

/// aho-corasick 1.1.5 builds such an automaton in quadratic time (its NFA
/// `shuffle` and `Remapper::remap`: 1.3 s for 100k patterns, 183 s for
/// 800k, release build). Lists with more than 1 MB of names get an fst
/// instead, so the aho-corasick build stays bounded; this is the test that
/// it does.
#[test]
fn a_million_patterns_sharing_a_prefix_build_and_match() {
    finds_only_the_real_name(1_000_000);
}

#[test]
fn a_pattern_of_a_hundred_kilobytes_matches_itself_and_nothing_shorter() {
    let pattern: String = "Lorem ipsum dolor sit amet ".repeat(100_000 / 27 + 1);
    let pattern = pattern.trim_end().to_string();
    assert!(pattern.len() >= 100_000);
    let gazetteer = Gazetteer::builder().add(Entry::new(pattern.clone(), "LONG")).build().unwrap();
    let text = format!("Before. {pattern}. After {}.", &pattern[..pattern.len() - 1]);
    let found = gazetteer.find(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text(&text), pattern);
    let extractor = Extractor::builder().gazetteer(gazetteer).build().unwrap();
    let doc = extractor.extract(&text);
    check(&doc);
    assert_eq!(doc.entities.len(), 1);
}
