//! Sentence splitting on arbitrary text in every language: never panics,
//! and every sentence is a trimmed, non-empty slice on character
//! boundaries, in order, with only whitespace between sentences.
//!
//! The first byte picks the language (its value modulo the number of
//! languages), so every language's rules see every input; the rest is the
//! text.
//!
//! Whitespace is what Python's `str.isspace` calls whitespace, so that the
//! Python contract `text[a:b].strip()` holds: Unicode White_Space plus the
//! ASCII information separators U+001C..U+001F.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textfacts::{Language, SentenceSplitter};

fn blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
}

fn trimmed(s: &str) -> bool {
    let space = |c: Option<char>| c.is_some_and(|c| blank(c.encode_utf8(&mut [0; 4])));
    !space(s.chars().next()) && !space(s.chars().next_back())
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let languages: Vec<Language> = Language::all().collect();
    let language = languages[usize::from(pick) % languages.len()];
    let splitter = SentenceSplitter::builder().language(language).build().unwrap();
    let sentences = splitter.split(text);
    let mut previous = 0;
    for s in &sentences {
        assert!(previous <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(blank(&text[previous..s.start]));
        assert!(trimmed(&text[s.start..s.end]));
        previous = s.end;
    }
    assert!(blank(&text[previous..]));
    if language == Language::En {
        assert_eq!(sentences, textfacts::split_sentences(text));
    }
});
