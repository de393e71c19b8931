//! Building a gazetteer from arbitrary entries and finding them in arbitrary
//! text: a bad entry is an error, never a panic, and every match slices the
//! text on character boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};

fuzz_target!(|input: (Vec<(String, String)>, u8, String)| {
    let (entries, options, text) = input;
    let case = match options % 3 {
        0 => CaseMode::Smart,
        1 => CaseMode::Insensitive,
        _ => CaseMode::Sensitive,
    };
    let mut builder = Gazetteer::builder();
    builder
        .case(case)
        .overlapping(options & 4 != 0)
        .normalize_diacritics(options & 8 != 0)
        .normalize_punctuation(options & 16 != 0)
        .normalize_whitespace(options & 32 != 0);
    for (pattern, label) in entries.into_iter().take(64) {
        builder.add(Entry::new(pattern, label));
    }
    let Ok(gazetteer) = builder.build() else { return };
    let mut previous = 0;
    for entity in gazetteer.find(&text) {
        assert!(entity.start < entity.end && entity.end <= text.len());
        assert!(text.is_char_boundary(entity.start) && text.is_char_boundary(entity.end));
        if options & 4 == 0 {
            assert!(entity.start >= previous, "matches overlap");
            previous = entity.end;
        }
    }
});
