//! Byte spans and their conversion to character offsets.
//!
//! Everything in textfacts speaks UTF-8 byte offsets, because that is what a
//! Rust `&str` is indexed by and what the scanners produce for free. Callers
//! that index text by characters (Python's `str`, JavaScript's code points)
//! convert with [`CharOffsets`], which answers in constant time per query
//! after one linear pass, and with memory proportional to `len / 256`.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of UTF-8 byte offsets into a text.
///
/// ```
/// use textfacts::Span;
///
/// let text = "Mr Hughes paid £3.5bn.";
/// let span = Span::new(15, 22);
/// assert_eq!(span.get(text), Some("£3.5bn"));
/// assert_eq!(span.len(), 7);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// The byte offset of the first byte.
    pub start: usize,
    /// The byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    ///
    /// ```
    /// let span = textfacts::Span::new(2, 5);
    /// assert_eq!((span.start, span.end), (2, 5));
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// The number of bytes the span covers.
    ///
    /// ```
    /// assert_eq!(textfacts::Span::new(3, 10).len(), 7);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(textfacts::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The slice of `text` this span covers, or `None` when the span does
    /// not lie on character boundaries of `text` (a span from another text).
    ///
    /// ```
    /// let span = textfacts::Span::new(0, 5);
    /// assert_eq!(span.get("Hello world"), Some("Hello"));
    /// assert_eq!(span.get("Héllo"), Some("Héll"));
    /// assert_eq!(textfacts::Span::new(0, 2).get("é"), Some("é"));
    /// assert_eq!(textfacts::Span::new(0, 1).get("é"), None);
    /// ```
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// ```
    /// use textfacts::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 11)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

/// Bytes per checkpoint: a query counts at most this many bytes, and the
/// table costs one `usize` per this many bytes of text.
const BLOCK: usize = 256;

/// Converts UTF-8 byte offsets of one text into character (Unicode scalar)
/// offsets, the indices Python's `str` uses.
///
/// Pure-ASCII text, the common case in news, needs no table at all.
///
/// ```
/// use textfacts::CharOffsets;
///
/// let text = "Zoë paid €5 🙂 today";
/// let offsets = CharOffsets::new(text);
/// let byte = text.find("today").unwrap();
/// assert_eq!(byte, 20);
/// assert_eq!(offsets.char_offset(byte), 14);
/// assert_eq!(text.chars().skip(14).collect::<String>(), "today");
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets<'t> {
    text: &'t [u8],
    /// Characters before the start of each block; empty for ASCII text.
    checkpoints: Vec<usize>,
}

impl<'t> CharOffsets<'t> {
    /// Scans `text` once and builds the table.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharOffsets { text: bytes, checkpoints: Vec::new() };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            checkpoints.push(chars);
            chars += count_chars(block);
        }
        CharOffsets { text: bytes, checkpoints }
    }

    /// The character offset of byte offset `byte`.
    ///
    /// `byte` should lie on a character boundary; an offset inside a
    /// character maps to the character that contains it, and an offset past
    /// the end maps to the number of characters in the text.
    ///
    /// ```
    /// let offsets = textfacts::CharOffsets::new("naïve");
    /// assert_eq!(offsets.char_offset(4), 3);
    /// assert_eq!(offsets.char_offset(99), 5);
    /// ```
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        // The end of a text whose length is a whole number of blocks lies
        // past the last checkpoint: count it from the last block's start.
        let block = (byte / BLOCK).min(self.checkpoints.len() - 1);
        let start = block * BLOCK;
        self.checkpoints[block] + count_chars(&self.text[start..byte])
    }

    /// The byte offset of character offset `chars`, the inverse of
    /// [`CharOffsets::char_offset`]; past the end it is the text's length.
    ///
    /// ```
    /// let text = "Zoë paid €5";
    /// let offsets = textfacts::CharOffsets::new(text);
    /// assert_eq!(offsets.byte_offset(9), text.find('€').unwrap());
    /// assert_eq!(offsets.byte_offset(99), text.len());
    /// ```
    pub fn byte_offset(&self, chars: usize) -> usize {
        if self.checkpoints.is_empty() {
            return chars.min(self.text.len());
        }
        // The last block that starts at or before the wanted character.
        let block = self.checkpoints.partition_point(|&c| c <= chars).saturating_sub(1);
        let mut seen = self.checkpoints[block];
        for (i, &b) in self.text[block * BLOCK..].iter().enumerate() {
            if (b as i8) >= -0x40 {
                if seen == chars {
                    return block * BLOCK + i;
                }
                seen += 1;
            }
        }
        self.text.len()
    }

    /// Converts a byte span into a character span.
    ///
    /// ```
    /// use textfacts::{CharOffsets, Span};
    /// let offsets = CharOffsets::new("São Paulo");
    /// assert_eq!(offsets.char_span(Span::new(5, 10)), Span::new(4, 9));
    /// ```
    pub fn char_span(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }

    /// Whether byte and character offsets coincide (the text is ASCII).
    ///
    /// ```
    /// assert!(textfacts::CharOffsets::new("plain").is_identity());
    /// assert!(!textfacts::CharOffsets::new("café").is_identity());
    /// ```
    pub fn is_identity(&self) -> bool {
        self.checkpoints.is_empty()
    }
}

/// Counts the characters that start in `bytes`: every byte that is not a
/// UTF-8 continuation byte (`0b10xx_xxxx`).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_char_indices_on_mixed_scripts() {
        let text = "a€😀ß\u{0301}東京 x".repeat(100);
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars, "byte {byte}");
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.byte_offset(chars), byte, "char {chars}");
        }
        assert_eq!(offsets.byte_offset(text.chars().count()), text.len());
    }

    #[test]
    fn the_end_of_a_text_a_whole_number_of_blocks_long_is_its_length_in_chars() {
        for len in [BLOCK, 2 * BLOCK, 3 * BLOCK] {
            let text = format!("é{}", "x".repeat(len - 2));
            assert_eq!(text.len(), len);
            let offsets = CharOffsets::new(&text);
            assert_eq!(offsets.char_offset(len), len - 1);
            assert_eq!(offsets.char_offset(len + 5), len - 1);
            assert_eq!(offsets.byte_offset(len - 1), len);
        }
    }
}
