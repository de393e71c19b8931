//! The pipeline: one document per text, the same whether texts are
//! extracted one by one or in a batch on any number of threads.

use textfacts::{Extractor, SentenceSplitter};

fn corpus() -> Vec<String> {
    (0..200)
        .map(|i| format!("Document {i} begins here. It has {} sentences! Or does it?", i % 7))
        .collect()
}

#[test]
fn a_batch_equals_one_by_one_for_any_thread_count() {
    let extractor = Extractor::new();
    let texts = corpus();
    let expected: Vec<_> = texts.iter().map(|t| extractor.extract(t)).collect();
    assert_eq!(extractor.extract_many(&texts), expected);
    for threads in [1, 2, 4] {
        assert_eq!(extractor.extract_many_with(&texts, Some(threads), |_| {}), expected);
    }
}

#[test]
fn the_document_keeps_the_text_unaltered() {
    let text = "  Zoë’s café. \u{200f}שלום\u{200f}!  ";
    let doc = Extractor::new().extract(text);
    assert_eq!(doc.text, text);
    for s in &doc.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

#[test]
fn zero_threads_is_an_error() {
    assert!(Extractor::builder().threads(0).build().is_err());
}

#[test]
fn the_configured_splitter_is_used() {
    let splitter = SentenceSplitter::builder().newline_ends_sentence(true).build().unwrap();
    let extractor = Extractor::builder().splitter(splitter).build().unwrap();
    assert_eq!(extractor.extract("a line\nanother line").sentences.len(), 2);
}
