//! Sentence splitting on arbitrary text: never panics, and every sentence is
//! a trimmed, non-empty slice on character boundaries, in order, with only
//! whitespace between sentences.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let sentences = textfacts::split_sentences(text);
    let mut previous = 0;
    for s in &sentences {
        assert!(previous <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(text[previous..s.start].trim().is_empty());
        let piece = &text[s.start..s.end];
        assert_eq!(piece, piece.trim());
        previous = s.end;
    }
    assert!(text[previous..].trim().is_empty());
});
