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
    for e in &doc.entities {
        let sentence = doc.sentences[e.sentence];
        assert!(sentence.start <= e.start && e.start < sentence.end);
        assert!(text.get(e.start..e.end).is_some());
    }
    for f in &doc.facts {
        assert!(f.sentence < doc.sentences.len());
        assert!(f.entities.end <= doc.entities.len());
        assert!(text.get(f.fact.start..f.fact.end).is_some());
    }
});
