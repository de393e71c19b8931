//! Line breaks. A blank line always ends a sentence. A single line break
//! is usually a hard wrap inside a sentence (wire copy, e-mail), so it ends
//! one only when the lines around it say so: the next line is a list item,
//! is indented as a new paragraph, or follows a headline.

use memchr::memchr_iter;

use super::chars::{
    char_at, char_before, is_closer, is_lower, is_space, is_terminator, trim_end_space,
};
use super::lists::line_starts_item;

/// Words that cannot end a sentence: a line ending with one runs on.
const RUN_ON_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "as", "than", "into", "about", "over", "under", "between", "that", "which", "who",
    "its", "his", "her", "their", "our", "your", "my", "this", "these", "those", "is", "are",
    "was", "were", "be", "been", "will", "would", "has", "have", "had", "not", "said",
];

/// A word of up to eight ASCII letters, lowercased, as one number (the
/// first letter in the lowest byte, zero bytes after the last).
const fn pack(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() && i < 8 {
        key |= (word[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    key
}

/// `RUN_ON_WORDS` packed and sorted, built at compile time: a line's last
/// word is looked up with a few number comparisons, where comparing it
/// with every word in turn cost more than the rest of the line's rules.
const RUN_ON_KEYS: [u64; RUN_ON_WORDS.len()] = {
    let mut keys = [0; RUN_ON_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack(RUN_ON_WORDS[i].as_bytes());
        // Insertion sort: a const block has no `sort`.
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// The width of a line's indentation, in bytes of spaces and tabs.
pub(crate) fn indentation(text: &str, line_start: usize) -> usize {
    text.as_bytes()[line_start..].iter().take_while(|&&b| b == b' ' || b == b'\t').count()
}

/// Whether `line` (without its line break) ends with sentence-final
/// punctuation, possibly inside closing quotes or brackets.
pub(crate) fn ends_with_terminator(line: &str) -> bool {
    match line.as_bytes().last() {
        Some(b'.' | b'?' | b'!') => true,
        Some(b) if b.is_ascii_alphanumeric() => false,
        _ => {
            let trimmed = trim_end_space(line).trim_end_matches(is_closer);
            trimmed.chars().next_back().is_some_and(is_terminator)
        }
    }
}

/// Whether a line ends in a way that shows its sentence runs on: a comma,
/// a hyphen or an opening bracket, or a word that cannot end a sentence.
/// Both callers have trimmed the white space off the end of `line`.
pub(crate) fn runs_on(line: &str) -> bool {
    debug_assert_eq!(line, trim_end_space(line));
    let bytes = line.as_bytes();
    match bytes.last() {
        Some(b',' | b';' | b'-' | b'(' | b'&' | b'/') => return true,
        Some(b) if b.is_ascii_alphabetic() => {}
        // A line ending in another script's letter ends in no listed word.
        Some(&b) if b >= 0x80 => return char_before(line, line.len()) == Some('–'),
        _ => return false,
    }
    // The last word's letters, read backwards into the key `pack` would
    // make (the first letter ends in the lowest byte); the words are all
    // of seven letters or fewer.
    let mut key = 0u64;
    let mut letters = 0;
    for &b in bytes.iter().rev().take(8) {
        if !b.is_ascii_alphabetic() {
            break;
        }
        key = key << 8 | u64::from(b.to_ascii_lowercase());
        letters += 1;
    }
    if letters > 7 || bytes.len() > letters && bytes[bytes.len() - letters - 1] >= 0x80 {
        return false;
    }
    RUN_ON_KEYS.binary_search(&key).is_ok()
}

/// Whether a line is written in capitals: two letters or more, none lowercase.
pub(crate) fn is_all_caps(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars() {
        if is_lower(c) {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Whether the first word at `i` has a lowercase letter.
fn word_has_lowercase(text: &str, i: usize) -> bool {
    text[i..].chars().take(24).take_while(|c| !is_space(*c)).any(is_lower)
}

/// Whether the text is hard-wrapped: somewhere a sentence visibly runs on
/// from one line to the next (the next line starts lowercase, or the line
/// ends with a comma or a word like "the"). Texts that are not wrapped
/// write one paragraph, headline or item per line, so there a line without
/// final punctuation is a headline and its line break ends it.
pub(crate) fn is_hard_wrapped(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut line_start = 0;
    for nl in memchr_iter(b'\n', bytes) {
        let line = &text[line_start..nl];
        line_start = nl + 1;
        let line = trim_end_space(line);
        if line.is_empty() || ends_with_terminator(line) {
            continue;
        }
        if char_at(text, nl + 1).is_some_and(is_lower) || runs_on(line) {
            return true;
        }
    }
    false
}

/// The facts about a single line break between line `a` (ending at `nl`)
/// and the next line, whose first visible character is at `b`.
pub(crate) struct Break<'t> {
    pub text: &'t str,
    pub a_start: usize,
    pub nl: usize,
    pub b_line: usize,
    pub b: usize,
}

impl Break<'_> {
    /// Whether this single line break ends a sentence. `wrapped` holds
    /// whether the text is hard-wrapped (`is_hard_wrapped`) once some line
    /// break needed to know; it is worked out only when nothing local
    /// decides.
    pub(crate) fn ends_sentence(&self, wrapped: &mut Option<bool>) -> bool {
        let text = self.text;
        if matches!(self.nl.checked_sub(1).map(|p| text.as_bytes()[p]), Some(b'.' | b'?' | b'!')) {
            // The common case of the test below, read from one byte.
            return false;
        }
        let a = trim_end_space(&text[self.a_start..self.nl]);
        let a_indent = indentation(text, self.a_start);
        if a.len() <= a_indent || ends_with_terminator(a) {
            // Final punctuation was judged where it stands.
            return false;
        }
        let b_indent = self.b - self.b_line;
        let b_first = char_at(text, self.b);
        let b_lower = b_first.is_some_and(is_lower);
        if line_starts_item(text, self.b) {
            return true;
        }
        if !b_lower && line_starts_item(text, self.a_start + a_indent) {
            return true;
        }
        if b_indent > a_indent {
            // A first-line indent opens a new paragraph.
            return true;
        }
        if is_all_caps(a) && word_has_lowercase(text, self.b) {
            // A headline in capitals over ordinary text.
            return true;
        }
        if b_lower {
            return false;
        }
        // Indented lines one under another: rows of a table or an address.
        let rows = a_indent > 0 && a_indent == b_indent;
        if !rows && *wrapped == Some(true) {
            // Whether the line runs on or not, the break ends nothing.
            return false;
        }
        if runs_on(a) {
            return false;
        }
        rows || !*wrapped.get_or_insert_with(|| is_hard_wrapped(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_run_on_word_is_found_in_any_case() {
        assert!(RUN_ON_KEYS.windows(2).all(|w| w[0] < w[1]), "keys sorted and distinct");
        for word in RUN_ON_WORDS {
            assert!(runs_on(&format!("ends with {word}")), "{word}");
            assert!(runs_on(&format!("ENDS WITH {}", word.to_uppercase())), "{word}");
            // A longer word that ends like one of them is no run-on word.
            assert!(!runs_on(&format!("ends with x{word}s")), "{word}");
        }
        assert!(runs_on("a comma,"));
        assert!(runs_on("a dash \u{2013}"));
        assert!(!runs_on("a headline"));
        assert!(!runs_on("caf\u{e9}the"));
        assert!(!runs_on(""));
    }
}
