//! Properties of the whole pipeline over arbitrary text: a batch gives the
//! same documents as one-by-one extraction, on any number of threads, and
//! nothing passed in is lost, reordered or altered.

use proptest::prelude::*;
use textfacts::{Document, Extractor};

/// Text that reaches every stage: news words, names from the built-in
/// gazetteer, numbers, terminators, quotes, and arbitrary Unicode between.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Paris".to_string()),
        Just("New York".to_string()),
        Just(" 87 people".to_string()),
        Just("$3.5 million".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("\n".to_string()),
        Just("\u{201c}".to_string()),
        Just("Mr. ".to_string()),
        Just("Zo\u{eb} ".to_string()),
        Just("\u{1f469}\u{200d}\u{1f467}".to_string()),
        Just("\u{200f}".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn same(a: &[Document], b: &[Document]) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        prop_assert_eq!(x, y);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn extract_many_equals_extract_for_any_thread_count(
        texts in prop::collection::vec(text(), 0..40)
    ) {
        let extractor = Extractor::new();
        let expected: Vec<Document> = texts.iter().map(|t| extractor.extract(t)).collect();
        for (doc, text) in expected.iter().zip(&texts) {
            prop_assert_eq!(&doc.text, text);
        }
        same(&extractor.extract_many(&texts), &expected)?;
        for threads in [1, 2, 3, textfacts::extract::max_threads()] {
            same(&extractor.extract_many_with(&texts, Some(threads), |_| {}).unwrap(), &expected)?;
            let configured = Extractor::builder().threads(threads).build().unwrap();
            same(&configured.extract_many(&texts), &expected)?;
        }
    }

    #[test]
    fn every_text_is_reported_done_exactly_once(
        texts in prop::collection::vec(text(), 0..40), threads in 1usize..9
    ) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let seen: Vec<AtomicUsize> = texts.iter().map(|_| AtomicUsize::new(0)).collect();
        let threads = threads.min(textfacts::extract::max_threads());
        Extractor::new().extract_many_with(&texts, Some(threads), |i| {
            seen[i].fetch_add(1, Ordering::Relaxed);
        }).unwrap();
        prop_assert!(seen.iter().all(|n| n.load(Ordering::Relaxed) == 1));
    }
}
