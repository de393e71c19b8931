//! The token view: one chunk's tokens (from the scanner) with the questions
//! every rule of the numeric stage asks of them, by token index. An index
//! past the end is always a valid question with an empty answer ("", no
//! kind, the end of the text), so rules look ahead without bounds checks.
//!
//! Looking back is bounded instead. The rules that read what stands before
//! a number (a sign, a currency, a qualifier, a month, "between") take a
//! `floor`: the first token after whatever was last read (a fact, a vague
//! amount, a skipped code or date). They never look below it, because
//! those tokens belong to what was read before: no token is read as part
//! of two facts, and each look-back stays short, so the stage stays linear
//! however long the text.

use super::lexicon::{meaning, NumWord};
use super::scanner::{Kind, Tok};

/// A read-only view of one chunk's tokens with the questions the rules ask.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub src: &'a str,
    pub toks: &'a [Tok],
}

impl<'a> View<'a> {
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    /// The token's text, or "" past the end.
    #[inline]
    pub fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.src[t.start..t.end])
    }
    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    #[inline]
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    /// The token's bytes (no character-boundary checks: tokens always lie
    /// on boundaries).
    #[inline]
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        self.toks.get(i).map_or(&[], |t| &self.src.as_bytes()[t.start..t.end])
    }
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        // The length first: it needs no load from the text.
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct
                && t.end - t.start == p.len()
                && &self.src.as_bytes()[t.start..t.end] == p.as_bytes()
        })
    }
    /// Whether token `i` starts exactly where token `i - 1` ends.
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }
    /// Whether the text between token `i - 1` and token `i` holds a line
    /// break: "\n" (so "\r\n"), a lone "\r", a vertical tab or form feed,
    /// or Unicode's next-line, line and paragraph separators (U+0085,
    /// U+2028, U+2029: the only other whitespace that breaks a line). The
    /// gap is whitespace and short; the non-ASCII test runs only when it
    /// holds a non-ASCII byte.
    #[inline]
    pub fn gap_has_newline(&self, i: usize) -> bool {
        let gap = self.gap(i);
        gap.bytes().any(|b| matches!(b, b'\n' | b'\r' | 0x0b | 0x0c))
            || (!gap.is_ascii() && gap.contains(['\u{85}', '\u{2028}', '\u{2029}']))
    }
    /// The text between token `i - 1` and token `i`.
    #[inline]
    pub fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.src[self.toks[i - 1].end..self.toks[i].start]
    }
    /// The rules ask this hundreds of times, each a check inlined where it
    /// is asked: only the kind and length tests stay inline; the byte
    /// comparison, needed only when the length matches, is one shared
    /// function, so the many sites do not each carry a copy of it (which
    /// spread the numbers stage over more instruction cache than it had).
    #[inline]
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word && t.end - t.start == w.len() && same_word(self.src, t, w)
        })
    }
    #[inline]
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.src.len(), |t| t.start)
    }
    #[inline]
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.src.len(), |t| t.end)
    }
    #[inline]
    pub fn num_word(&self, i: usize) -> Option<NumWord> {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => meaning(t.number),
            _ => None,
        }
    }
}

/// Whether token `t` of `text` is `w`, ignoring ASCII case.
#[inline(never)]
fn same_word(text: &str, t: &Tok, w: &str) -> bool {
    text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(w.as_bytes())
}
