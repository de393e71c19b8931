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

/// Whether a match may start or end at byte `at` of `text`: no word
/// continues across it.
pub(crate) fn is_boundary(text: &str, at: usize) -> bool {
    let (before, after) = text.split_at(at);
    match (before.chars().next_back(), after.chars().next()) {
        (Some(b), Some(a)) => !(is_word_char(b) && is_word_char(a)),
        _ => true,
    }
}

/// A text in searchable form, with the way back to the original.
pub(crate) struct Haystack<'t> {
    pub text: Cow<'t, str>,
    /// `map[i]` is the original offset of the character that produced byte
    /// `i`; one extra entry holds the original length. `None` when offsets
    /// are unchanged.
    map: Option<Vec<usize>>,
}

impl Haystack<'_> {
    /// The original offset of searched offset `start`, or `None` when it
    /// falls inside what one original character produced (the second "s"
    /// of the "ss" that "ß" folds to).
    pub fn original_start(&self, start: usize) -> Option<usize> {
        let Some(map) = &self.map else { return Some(start) };
        if start > 0 && map[start - 1] == map[start] {
            return None;
        }
        Some(map[start])
    }

    /// The original offset of searched end offset `end` (> 0), or `None`
    /// when it falls inside what one original character produced.
    pub fn original_end(&self, original: &str, end: usize) -> Option<usize> {
        let Some(map) = &self.map else { return Some(end) };
        if end < map.len() - 1 && map[end] == map[end - 1] {
            return None;
        }
        let last = map[end - 1];
        let width = original[last..].chars().next().map_or(0, char::len_utf8);
        Some(last + width)
    }

    #[cfg(test)]
    fn original(&self, original: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        Some((self.original_start(start)?, self.original_end(original, end)?))
    }
}

/// Builds a [`Haystack`] by appending what each original character becomes.
struct Out {
    text: String,
    map: Option<Vec<usize>>,
}

impl Out {
    fn with_capacity(n: usize) -> Out {
        Out { text: String::with_capacity(n), map: None }
    }

    /// Records that the bytes pushed since `before` came from offset `from`.
    /// Offsets stay implicit while output and input stay in step.
    fn produced(&mut self, before: usize, from: usize, from_len: usize) {
        let after = self.text.len();
        if let Some(map) = &mut self.map {
            map.resize(after, from);
            return;
        }
        // One character for one of the same width keeps offsets (and
        // character boundaries) identical; "ß" -> "ss" does not.
        if before == from
            && after - before == from_len
            && self.text[before..].chars().nth(1).is_none()
        {
            return;
        }
        // So far output and input agree byte for byte: each byte maps to
        // the start of its character.
        let mut map: Vec<usize> = Vec::with_capacity(self.text.capacity() + 1);
        for (at, c) in self.text[..before].char_indices() {
            map.extend(std::iter::repeat(at).take(c.len_utf8()));
        }
        map.resize(after, from);
        self.map = Some(map);
    }

    fn finish(self, original_len: usize) -> (String, Option<Vec<usize>>) {
        let mut map = self.map;
        if let Some(map) = &mut map {
            map.push(original_len);
        }
        (self.text, map)
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
fn push_char(out: &mut String, c: char, fold: bool, norm: Normalization) {
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

/// The searchable form of `text`.
pub(crate) fn haystack(text: &str, fold: bool, norm: Normalization) -> Haystack<'_> {
    if text.is_ascii() {
        return ascii_haystack(text, fold, norm.whitespace);
    }
    let mut out = Out::with_capacity(text.len() + text.len() / 8);
    let mut in_space = false;
    for (at, c) in text.char_indices() {
        let before = out.text.len();
        if norm.whitespace && c.is_whitespace() {
            if !in_space {
                out.text.push(' ');
            }
            in_space = true;
        } else {
            in_space = false;
            push_char(&mut out.text, c, fold, norm);
        }
        out.produced(before, at, c.len_utf8());
    }
    let (text_out, map) = out.finish(text.len());
    Haystack { text: Cow::Owned(text_out), map }
}

/// The fast path: ASCII text only ever changes case, and loses bytes only
/// where whitespace runs collapse.
fn ascii_haystack(text: &str, fold: bool, whitespace: bool) -> Haystack<'_> {
    let bytes = text.as_bytes();
    if !whitespace {
        if fold && bytes.iter().any(u8::is_ascii_uppercase) {
            return Haystack { text: Cow::Owned(text.to_ascii_lowercase()), map: None };
        }
        return Haystack { text: Cow::Borrowed(text), map: None };
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut map: Option<Vec<usize>> = None;
    let mut in_space = false;
    for (at, &b) in bytes.iter().enumerate() {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
        if space && in_space {
            if map.is_none() {
                map = Some((0..out.len()).collect());
            }
            continue;
        }
        in_space = space;
        let b = if space {
            b' '
        } else if fold {
            b.to_ascii_lowercase()
        } else {
            b
        };
        out.push(b);
        if let Some(map) = &mut map {
            map.push(at);
        }
    }
    if let Some(map) = &mut map {
        map.push(bytes.len());
    }
    // Only ASCII bytes were pushed.
    let text = String::from_utf8(out).unwrap_or_default();
    Haystack { text: Cow::Owned(text), map }
}

/// The searchable form of a pattern: its haystack form, trimmed.
pub(crate) fn normalize_pattern(pattern: &str, fold: bool, norm: Normalization) -> String {
    let form = haystack(pattern.trim(), fold, norm).text.into_owned();
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

    #[test]
    fn folding_that_changes_length_maps_back_to_whole_characters() {
        let text = "Die Straße in İstanbul";
        let hay = haystack(text, true, Normalization::default());
        let at = hay.text.find("strasse").unwrap();
        let (s, e) = hay.original(text, at, at + "strasse".len()).unwrap();
        assert_eq!(&text[s..e], "Straße");
        // Half of the "ss" is not a place in the original.
        assert_eq!(hay.original(text, at, at + 5), None);
        let at = hay.text.find("stanbul").unwrap();
        let (s, e) = hay.original(text, at - 3, at + 7).unwrap();
        assert_eq!(&text[s..e], "İstanbul");
    }

    #[test]
    fn whitespace_runs_collapse_and_map_back() {
        let text = "in New \r\n  York today";
        let hay = haystack(text, true, all());
        assert_eq!(hay.text, "in new york today");
        let (s, e) = hay.original(text, 3, 11).unwrap();
        assert_eq!(&text[s..e], "New \r\n  York");
    }

    #[test]
    fn diacritics_and_dashes_normalise() {
        assert_eq!(normalize_pattern("São  Paulo", true, all()), "sao paulo");
        assert_eq!(normalize_pattern("Guinea–Bissau", false, all()), "Guinea-Bissau");
        assert_eq!(normalize_pattern("Côte d’Ivoire", true, all()), "cote d'ivoire");
        assert_eq!(normalize_pattern("Łódź", true, all()), "lodz");
    }
}
