//! Turning text into the form the automaton searches (case folded,
//! optionally normalised), and mapping offsets in that form back to the
//! original text.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// Optional normalisations applied alike to patterns and to text before
/// matching. Offsets always point into the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Normalization {
    /// Ignore diacritics: "Sao Paulo" finds "São Paulo".
    pub diacritics: bool,
    /// Treat typographic apostrophes (’ ‘ ʼ) as `'` and dashes (‐ ‑ ‒ – — −)
    /// as `-`.
    pub punctuation: bool,
    /// Treat any run of whitespace, line breaks included, as one space:
    /// "New\nYork" finds "New York".
    pub whitespace: bool,
}

impl Normalization {
    fn any(self) -> bool {
        self.diacritics || self.punctuation || self.whitespace
    }
}

/// Whether `c` is part of a word: a Unicode letter, digit or combining mark
/// (a mark belongs to the letter before it).
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// Whether an ASCII byte is whitespace that [`Normalization::whitespace`]
/// folds into a space: what `char::is_whitespace` says of ASCII.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// Whether a match may start or end at byte `at` of `text`: no word
/// continues across it.
pub(crate) fn is_boundary(text: &str, at: usize) -> bool {
    let (before, after) = text.split_at(at);
    match (before.chars().next_back(), after.chars().next()) {
        (Some(b), Some(a)) => !(is_word_char(b) && is_word_char(a)),
        _ => true,
    }
}

/// Maps a typographic apostrophe or dash to its ASCII form.
fn ascii_punctuation(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}' => Some('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        _ => None,
    }
}

/// Letters whose diacritic is not a separable mark in Unicode.
fn strip_stroke(c: char) -> Option<char> {
    Some(match c {
        'ø' => 'o',
        'Ø' => 'O',
        'ł' => 'l',
        'Ł' => 'L',
        'đ' => 'd',
        'Đ' => 'D',
        'ħ' => 'h',
        'Ħ' => 'H',
        'ı' => 'i',
        _ => return None,
    })
}

/// Appends what `c` becomes after the chosen normalisations and folding.
pub(crate) fn push_char(out: &mut String, c: char, fold: bool, norm: Normalization) {
    let c = if norm.punctuation { ascii_punctuation(c).unwrap_or(c) } else { c };
    let emit = |out: &mut String, c: char| {
        if fold {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(caseless::Caseless::default_case_fold(std::iter::once(c)));
            }
        } else {
            out.push(c);
        }
    };
    if norm.diacritics && !c.is_ascii() {
        if let Some(plain) = strip_stroke(c) {
            return emit(out, plain);
        }
        unicode_normalization::char::decompose_canonical(c, |d| {
            if !unicode_normalization::char::is_combining_mark(d) {
                emit(out, d);
            }
        });
    } else {
        emit(out, c);
    }
}

/// The searchable form of `text` (what [`Feed`] gives, all at once).
pub(crate) fn haystack(text: &str, fold: bool, norm: Normalization) -> Cow<'_, str> {
    if !fold && !norm.any() {
        return Cow::Borrowed(text);
    }
    // ASCII only ever changes case (and whitespace runs, handled below).
    if !norm.whitespace && text.is_ascii() {
        return if fold { Cow::Owned(text.to_ascii_lowercase()) } else { Cow::Borrowed(text) };
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if norm.whitespace && c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            in_space = false;
            push_char(&mut out, c, fold, norm);
        }
    }
    Cow::Owned(out)
}

/// The searchable form of `text` from byte `at` on, a byte at a time, made
/// as the automaton asks for it: the same bytes [`haystack`] would give for
/// the text starting there, without copying the text or mapping offsets.
pub(crate) struct Feed<'t, 's> {
    text: &'t str,
    /// The next original byte to read.
    pos: usize,
    fold: bool,
    norm: Normalization,
    /// What the current non-ASCII character became, and how much of it has
    /// been fed.
    pending: &'s mut String,
    pending_at: usize,
    /// The end of the character `pending` came from.
    pending_end: usize,
    in_space: bool,
}

impl<'t, 's> Feed<'t, 's> {
    pub fn new(
        text: &'t str,
        at: usize,
        fold: bool,
        norm: Normalization,
        scratch: &'s mut String,
    ) -> Feed<'t, 's> {
        scratch.clear();
        Feed {
            text,
            pos: at,
            fold,
            norm,
            pending: scratch,
            pending_at: 0,
            pending_end: at,
            in_space: false,
        }
    }
}

impl Feed<'_, '_> {
    /// The next byte of the text to read: how far the feed has read.
    pub fn position(&self) -> usize {
        self.pos
    }
}

impl Iterator for Feed<'_, '_> {
    type Item = super::engine::Fed;

    #[inline(always)]
    fn next(&mut self) -> Option<super::engine::Fed> {
        use super::engine::Fed;
        loop {
            if let Some(&b) = self.pending.as_bytes().get(self.pending_at) {
                self.pending_at += 1;
                let last = self.pending_at == self.pending.len();
                return Some(Fed { byte: b, end: last.then_some(self.pending_end) });
            }
            let &b = self.text.as_bytes().get(self.pos)?;
            if b < 0x80 {
                self.pos += 1;
                if self.norm.whitespace && is_ascii_space(b) {
                    if std::mem::replace(&mut self.in_space, true) {
                        continue;
                    }
                    return Some(Fed { byte: b' ', end: Some(self.pos) });
                }
                self.in_space = false;
                let b = if self.fold { b.to_ascii_lowercase() } else { b };
                return Some(Fed { byte: b, end: Some(self.pos) });
            }
            if let Some(space) = self.non_ascii() {
                return Some(space);
            }
        }
    }
}

impl Feed<'_, '_> {
    /// Reads the non-ASCII character at `pos` into `pending`, or returns
    /// the space a whitespace run becomes.
    #[cold]
    #[inline(never)]
    fn non_ascii(&mut self) -> Option<super::engine::Fed> {
        let c = self.text[self.pos..].chars().next()?;
        self.pos += c.len_utf8();
        self.pending.clear();
        self.pending_at = 0;
        self.pending_end = self.pos;
        if self.norm.whitespace && c.is_whitespace() {
            if std::mem::replace(&mut self.in_space, true) {
                return None;
            }
            return Some(super::engine::Fed { byte: b' ', end: Some(self.pos) });
        }
        self.in_space = false;
        // A character may become nothing (a combining mark, with
        // diacritics ignored): then the next one follows on.
        push_char(self.pending, c, self.fold, self.norm);
        None
    }
}

/// The searchable form of a pattern: its haystack form, trimmed.
pub(crate) fn normalize_pattern(pattern: &str, fold: bool, norm: Normalization) -> String {
    let form = haystack(pattern.trim(), fold, norm).into_owned();
    if norm.any() {
        form.trim().to_string()
    } else {
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Normalization {
        Normalization { diacritics: true, punctuation: true, whitespace: true }
    }

    fn fed(text: &str, at: usize, fold: bool, norm: Normalization) -> (String, Vec<usize>) {
        let mut scratch = String::new();
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        for f in Feed::new(text, at, fold, norm, &mut scratch) {
            bytes.push(f.byte);
            ends.extend(f.end);
        }
        (String::from_utf8(bytes).unwrap(), ends)
    }

    #[test]
    fn the_feed_gives_the_haystack_and_the_end_of_each_whole_character() {
        let text = "Die Straße in İstanbul";
        let (form, ends) = fed(text, 0, true, Normalization::default());
        assert_eq!(form, haystack(text, true, Normalization::default()));
        assert!(form.contains("strasse"));
        // "ß" becomes two bytes and ends once, after both.
        let at = text.find('ß').unwrap();
        assert!(ends.contains(&(at + 2)) && !ends.contains(&(at + 1)));
        assert_eq!(ends.last(), Some(&text.len()));
    }

    #[test]
    fn whitespace_runs_collapse_in_the_feed() {
        let text = "in New \r\n  York today";
        assert_eq!(haystack(text, true, all()), "in new york today");
        let (form, ends) = fed(text, 3, true, all());
        assert_eq!(form, "new york today");
        let york = text.find("York").unwrap();
        assert!(ends.contains(&(york + 4)));
    }

    #[test]
    fn a_dropped_mark_feeds_nothing() {
        let (form, _) = fed("Sa\u{303}o", 0, true, all());
        assert_eq!(form, "sao");
    }

    #[test]
    fn diacritics_and_dashes_normalise() {
        assert_eq!(normalize_pattern("São  Paulo", true, all()), "sao paulo");
        assert_eq!(normalize_pattern("Guinea–Bissau", false, all()), "Guinea-Bissau");
        assert_eq!(normalize_pattern("Côte d’Ivoire", true, all()), "cote d'ivoire");
        assert_eq!(normalize_pattern("Łódź", true, all()), "lodz");
    }
}
