//! Number extraction on arbitrary text: never panics, and facts are in
//! order, never overlap, and slice the text on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut previous = 0;
    for fact in textfacts::extract_numbers(text) {
        assert!(previous <= fact.start && fact.start < fact.end && fact.end <= text.len());
        assert!(text.is_char_boundary(fact.start) && text.is_char_boundary(fact.end));
        if let Some(noun) = fact.noun {
            assert!(text.get(noun.start..noun.end).is_some());
        }
        previous = fact.end;
    }
});
