//! The whole pipeline on arbitrary text: never panics, and every span it
//! returns slices the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = textfacts::Extractor::new().extract(text);
    assert_eq!(doc.text, text);
    for s in &doc.sentences {
        assert!(text.get(s.start..s.end).is_some());
    }
});
