//! Inputs that fuzzing (`scripts/fuzz`) found to crash or hang a stage,
//! each kept as the specification of what happens now. The fuzz target and
//! the artifact name are in each test's comment.

use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
use textfacts::Error;

/// fuzz target `gazetteer`, artifact `timeout-1dbb87fe…`: a pattern made of
/// a combining mark and a space passed validation (the mark counts as part
/// of a word) but became empty once diacritics and whitespace were
/// normalised; the empty key matched everywhere and `find` never returned.
#[test]
fn a_pattern_that_normalises_to_nothing_is_an_invalid_pattern() {
    let mut builder = Gazetteer::builder();
    builder
        .case(CaseMode::Sensitive)
        .normalize_diacritics(true)
        .normalize_punctuation(true)
        .normalize_whitespace(true)
        .add(Entry::new("\u{739} ", "X"));
    let err = builder.build().expect_err("nothing is left to match");
    assert!(matches!(err, Error::InvalidPattern { .. }), "{err:?}");
    // Since marks alone are no word, the pattern is refused before it is
    // normalised.
    assert!(err.to_string().contains("no letter or digit"), "{err}");
}

#[test]
fn a_pattern_with_a_letter_left_after_normalising_still_builds_and_matches() {
    let mut builder = Gazetteer::builder();
    builder.normalize_diacritics(true).add(Entry::new("e\u{301}te\u{301}", "X"));
    let gazetteer = builder.build().unwrap();
    let text = "un \u{e9}t\u{e9} chaud";
    let found: Vec<&str> = gazetteer.find(text).iter().map(|e| e.text(text)).collect();
    assert_eq!(found, ["\u{e9}t\u{e9}"]);
}
