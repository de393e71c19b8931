//! Whether a text capitalises its sentences. In text typed all in
//! lowercase a lowercase word after a full stop starts a sentence; in
//! ordinary text it means the full stop was an abbreviation's.

use memchr::memchr3_iter;

use super::chars::{char_at, is_closer, is_letter, is_lower, is_opener, is_space, is_upper};

/// Whether sentences in `text` start lowercase: its first letter is
/// lowercase and no sentence-final punctuation is followed by a capital.
pub(crate) fn sentences_start_lowercase(text: &str) -> bool {
    match text.chars().find(|c| is_letter(*c)) {
        Some(c) if is_lower(c) => {}
        _ => return false,
    }
    let bytes = text.as_bytes();
    for t in memchr3_iter(b'.', b'?', b'!', bytes) {
        let mut i = t + 1;
        while let Some(c) = char_at(text, i).filter(|&c| is_closer(c)) {
            i += c.len_utf8();
        }
        let start = i;
        while let Some(c) = char_at(text, i).filter(|&c| is_space(c)) {
            i += c.len_utf8();
        }
        if i == start {
            continue;
        }
        while let Some(c) = char_at(text, i).filter(|&c| is_opener(c)) {
            i += c.len_utf8();
        }
        if char_at(text, i).is_some_and(is_upper) {
            return false;
        }
    }
    true
}
