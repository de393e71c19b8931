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
    /// Where searched offsets come from in the original; `None` when
    /// offsets are unchanged.
    map: Option<OffsetMap>,
}

/// The original offset of every searched byte, stored sparsely: one point
/// where the searched form stops moving in step with the original. A map
/// of one offset per byte cost eight times the text (800 MB for a 100 MB
/// text with one "ß" in it); points cost only where the text changed.
struct OffsetMap {
    /// `(searched, original, in_step)`, by searched offset. From an
    /// in-step point on, each searched character stands for one original
    /// character of the same width; otherwise every byte up to the next
    /// point came from the one original character at `original`.
    points: Vec<(usize, usize, bool)>,
    /// The original length, which the searched end maps to.
    original_len: usize,
}

impl OffsetMap {
    fn new() -> OffsetMap {
        OffsetMap { points: vec![(0, 0, true)], original_len: 0 }
    }

    /// Records that searched bytes from `at` came from original offset
    /// `from`, in step (one character for one of the same width) or not.
    fn record(&mut self, at: usize, from: usize, in_step: bool) {
        if let Some(&(s, o, true)) = self.points.last() {
            if in_step && from >= o && at >= s && from - o == at - s {
                return;
            }
        }
        match self.points.last_mut() {
            // Nothing was produced since the last point: it is replaced.
            Some(last) if last.0 == at => *last = (at, from, in_step),
            _ => self.points.push((at, from, in_step)),
        }
    }

    /// Whether every point so far keeps offsets unchanged.
    fn is_identity(&self) -> bool {
        self.points.len() == 1 && self.points[0] == (0, 0, true)
    }

    /// The original offset of the character that produced searched byte `i`.
    fn get(&self, searched: &str, i: usize) -> usize {
        if i >= searched.len() {
            return self.original_len;
        }
        let k = self.points.partition_point(|p| p.0 <= i).saturating_sub(1);
        let (s, o, in_step) = self.points[k];
        if !in_step {
            return o;
        }
        let mut start = i;
        while !searched.is_char_boundary(start) {
            start -= 1;
        }
        o + (start - s)
    }
}

impl Haystack<'_> {
    fn map_at(&self, i: usize) -> Option<usize> {
        self.map.as_ref().map(|m| m.get(&self.text, i))
    }

    /// The original offset of searched offset `start`, or `None` when it
    /// falls inside what one original character produced (the second "s"
    /// of the "ss" that "ß" folds to).
    pub fn original_start(&self, start: usize) -> Option<usize> {
        let Some(at) = self.map_at(start) else { return Some(start) };
        if start > 0 && self.map_at(start - 1) == Some(at) {
            return None;
        }
        Some(at)
    }

    /// The original offset of searched end offset `end` (> 0), or `None`
    /// when it falls inside what one original character produced.
    pub fn original_end(&self, original: &str, end: usize) -> Option<usize> {
        let Some(last) = self.map_at(end - 1) else { return Some(end) };
        if end < self.text.len() && self.map_at(end) == Some(last) {
            return None;
        }
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
    map: OffsetMap,
}

impl Out {
    fn with_capacity(n: usize) -> Out {
        Out { text: String::with_capacity(n), map: OffsetMap::new() }
    }

    /// Records that the bytes pushed since `before` came from offset `from`.
    fn produced(&mut self, before: usize, from: usize, from_len: usize) {
        let after = self.text.len();
        if after == before {
            return;
        }
        // One character for one of the same width keeps offsets (and
        // character boundaries) in step; "ß" -> "ss" does not.
        let in_step = after - before == from_len && self.text[before..].chars().nth(1).is_none();
        self.map.record(before, from, in_step);
    }

    fn finish(mut self, original_len: usize) -> (String, Option<OffsetMap>) {
        self.map.original_len = original_len;
        let map = (!self.map.is_identity()).then_some(self.map);
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
    let mut map = OffsetMap::new();
    let mut in_space = false;
    for (at, &b) in bytes.iter().enumerate() {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
        if space && in_space {
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
        map.record(out.len(), at, true);
        out.push(b);
    }
    map.original_len = bytes.len();
    let map = (!map.is_identity()).then_some(map);
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
    fn the_offset_map_grows_with_the_changes_not_with_the_text() {
        // One length-changing character, then a megabyte in step with the
        // original: a handful of points, and offsets still map back.
        let text = format!("Stra\u{df}e {}Paris", "Zo\u{eb} ".repeat(200_000));
        let hay = haystack(&text, true, Normalization::default());
        let map = hay.map.as_ref().expect("folding changed offsets");
        assert!(map.points.len() <= 4, "{} points", map.points.len());
        let at = hay.text.rfind("paris").unwrap();
        assert_eq!(hay.original(&text, at, at + 5), Some((text.len() - 5, text.len())));
        let text = format!("a {}b", " ".repeat(1_000_000));
        let hay = haystack(&text, false, all());
        assert_eq!(hay.text, "a b");
        assert!(hay.map.as_ref().is_some_and(|m| m.points.len() <= 2));
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
