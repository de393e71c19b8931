//! The tokeniser: words, digit runs and single punctuation characters, with
//! byte offsets, produced one paragraph-sized chunk at a time.
//!
//! Whitespace is not a token: two tokens are *glued* when one ends where the
//! next starts, which is how "5m" differs from "5 m" and "G7" from "G 7".
//! URLs and e-mail addresses become one opaque [`Kind::Skip`] token, so the
//! digits inside them ("%20", "user2@") never look like numbers.

use super::lexicon::NumberWords;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters (ASCII or any Unicode alphabetic character), with
    /// inner apostrophes ("o'clock").
    Word,
    /// A run of ASCII digits.
    Num,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct,
    /// A URL or an e-mail address: never part of a fact.
    Skip,
}

/// One token: `start..end` are byte offsets into the whole text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// For words: which number word it is (an id of
    /// [`NumberWords`], 0 for none). Decided while scanning, so that the
    /// rules, which ask about the same tokens again and again, never look a
    /// word up.
    pub number: u8,
    /// Whether the token could start a fact at all: a digit run, a number
    /// word (or "scores", "tens"), a full stop (".5") or a non-ASCII symbol
    /// (a vulgar fraction). Decided while scanning, so that the driver
    /// passes over every other token with one test.
    pub may_start: bool,
}

/// A chunk never grows past this many tokens unless one unbroken
/// non-whitespace run is longer; it keeps memory bounded on huge inputs.
const MAX_CHUNK_TOKENS: usize = 1 << 16;

/// Byte classes, so that the tokeniser's inner loops test one table entry
/// per byte instead of a chain of range comparisons.
const PUNCT: u8 = 0;
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const DIGIT: u8 = 3;
const ALPHA: u8 = 4;
const NON_ASCII: u8 = 5;

static CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b'\n' {
            NEWLINE
        } else if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Tokenises `text[pos..]` into `out` (cleared first) up to the end of the
/// first paragraph (a blank line) or the token budget, and returns the byte
/// offset where the next chunk starts. Facts never span two chunks, so a
/// blank line always separates facts.
///
/// The loop is shaped like the text: whitespace that may end the chunk,
/// then non-whitespace runs (where links are decided) with single spaces
/// between them, then whitespace again. Each token costs one class lookup
/// to dispatch and no bookkeeping about which run it is in.
pub(crate) fn next_chunk(text: &str, mut pos: usize, out: &mut Vec<Tok>) -> usize {
    out.clear();
    let words = super::lexicon::number_words();
    let bytes = text.as_bytes();
    let len = bytes.len();
    loop {
        // ASCII whitespace before the next run; most of it is one space.
        let gap_start = pos;
        let mut newlines = 0usize;
        while pos < len {
            match class(bytes[pos]) {
                SPACE => {}
                NEWLINE => newlines += 1,
                _ => break,
            }
            pos += 1;
        }
        if pos >= len {
            return len;
        }
        if pos > gap_start && (newlines >= 2 || out.len() >= MAX_CHUNK_TOKENS) && !out.is_empty() {
            return pos;
        }
        pos = run(text, pos, out, words);
    }
}

/// Tokenises the non-whitespace runs starting at `pos` and returns where
/// they end: at a gap that may end the chunk, or after a Unicode space. A
/// run that looks like a URL or an address collapses into one `Skip` token.
#[inline]
fn run(text: &str, mut pos: usize, out: &mut Vec<Tok>, words: &NumberWords) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut first = out.len();
    let mut start = pos;
    let mut is_link = starts_with_www(&bytes[pos..]);
    // Where the run's text ends and where scanning resumes: the same, but
    // for a Unicode space, which ends the run and is skipped.
    let mut resume = None;
    while pos < len {
        let b = bytes[pos];
        match class(b) {
            SPACE | NEWLINE => {
                // One space between two runs, the commonest gap by far, is
                // crossed without leaving the loop: it cannot end a
                // paragraph, and the token budget is checked here too.
                let next_is_run =
                    bytes.get(pos + 1).is_some_and(|&n| !matches!(class(n), SPACE | NEWLINE));
                if !(b == b' ' && next_is_run && out.len() < MAX_CHUNK_TOKENS) {
                    break;
                }
                end_run(out, first, start, pos, is_link);
                pos += 1;
                first = out.len();
                start = pos;
                is_link = starts_with_www(&bytes[pos..]);
            }
            DIGIT => {
                let start = pos;
                pos += 1;
                while pos < len && class(bytes[pos]) == DIGIT {
                    pos += 1;
                }
                out.push(Tok { start, end: pos, kind: Kind::Num, number: 0, may_start: true });
            }
            ALPHA => loop {
                let word_start = pos;
                pos = letters_end(bytes, pos + 1);
                // Only an apostrophe or a non-ASCII letter can continue a
                // word past its ASCII letters.
                if pos < len && (bytes[pos] == b'\'' || bytes[pos] >= 0x80) {
                    pos = word_end(text, pos);
                }
                let word = &bytes[word_start..pos];
                let number = words.id(word);
                // "scores of", "tens of thousands of" start vague amounts.
                let may_start = number != 0
                    || word.eq_ignore_ascii_case(b"scores")
                    || word.eq_ignore_ascii_case(b"tens");
                out.push(Tok { start: word_start, end: pos, kind: Kind::Word, number, may_start });
                // A word, one space and another word, the commonest text of
                // all, go round here without a dispatch: the same step as
                // in the space arm above, for a run that is no link and a
                // next run that cannot start one.
                let next_word = bytes
                    .get(pos + 1)
                    .is_some_and(|&n| class(n) == ALPHA && !matches!(n, b'w' | b'W'));
                if is_link
                    || bytes.get(pos) != Some(&b' ')
                    || !next_word
                    || out.len() >= MAX_CHUNK_TOKENS
                {
                    break;
                }
                pos += 1;
                first = out.len();
                start = pos;
            },
            PUNCT => {
                if b == b'@' || (b == b':' && bytes.get(pos + 1..pos + 3) == Some(b"//")) {
                    is_link = true;
                }
                out.push(Tok {
                    start: pos,
                    end: pos + 1,
                    kind: Kind::Punct,
                    number: 0,
                    may_start: b == b'.',
                });
                pos += 1;
            }
            _ => match non_ascii(text, pos, out) {
                Ok(next) => pos = next,
                Err(after_space) => {
                    resume = Some(after_space);
                    break;
                }
            },
        }
    }
    end_run(out, first, start, pos, is_link);
    resume.unwrap_or(pos)
}

/// The token at `pos`, which starts with a non-ASCII character: a word
/// for a letter, else one punctuation token (it may be a vulgar fraction,
/// "½", so it may start a fact). Returns where scanning goes on, or `Err`
/// with the offset after a Unicode space (no-break, thin): such spaces
/// separate tokens like ASCII ones, but end the run and never end a
/// paragraph.
#[inline]
fn non_ascii(text: &str, pos: usize, out: &mut Vec<Tok>) -> Result<usize, usize> {
    let ch = text[pos..].chars().next().unwrap_or(' ');
    let w = ch.len_utf8();
    if ch.is_whitespace() {
        return Err(pos + w);
    }
    if ch.is_alphabetic() {
        let end = word_end(text, pos);
        out.push(Tok { start: pos, end, kind: Kind::Word, number: 0, may_start: false });
        return Ok(end);
    }
    out.push(Tok { start: pos, end: pos + w, kind: Kind::Punct, number: 0, may_start: true });
    Ok(pos + w)
}

/// Ends the run `start..end` whose tokens begin at `out[first]`: a link
/// becomes one opaque token.
#[inline]
fn end_run(out: &mut Vec<Tok>, first: usize, start: usize, end: usize, is_link: bool) {
    if is_link {
        out.truncate(first);
        out.push(Tok { start, end, kind: Kind::Skip, number: 0, may_start: false });
    }
}

/// The end of the run of ASCII letters from `pos`.
///
/// Words are most of the text and the tokeniser's hottest loop, so it
/// tests eight bytes at once: after folding case, a byte is a letter when
/// it lies in `a..=z` and had no high bit, which two carry-free additions
/// per byte decide for all eight together; the first non-letter is then
/// the lowest flagged byte.
#[inline]
fn letters_end(bytes: &[u8], mut pos: usize) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    while let Some(Ok(eight)) = bytes.get(pos..pos + 8).map(<[u8; 8]>::try_from) {
        let word = u64::from_le_bytes(eight);
        // Each byte now below 0x80, so adding at most 0x1f never carries
        // into the next byte.
        let folded = (word | CASE) & LOW7;
        let at_least_a = folded + 0x1f1f_1f1f_1f1f_1f1f;
        let past_z = folded + 0x0505_0505_0505_0505;
        let letters = at_least_a & !past_z & !word & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return pos + (others.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while pos < bytes.len() && class(bytes[pos]) == ALPHA {
        pos += 1;
    }
    pos
}

/// The end of the word starting at `pos`: letters, and apostrophes between
/// letters.
fn word_end(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    while pos < len {
        // The common case, a run of ASCII letters, in a tight loop.
        while pos < len && class(bytes[pos]) == ALPHA {
            pos += 1;
        }
        if pos >= len {
            break;
        }
        let b = bytes[pos];
        if b == b'\'' && pos + 1 < len && class(bytes[pos + 1]) == ALPHA {
            pos += 1;
        } else if b >= 0x80 {
            match text[pos..].chars().next() {
                Some(c) if c.is_alphabetic() => pos += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    pos
}

fn starts_with_www(bytes: &[u8]) -> bool {
    matches!(bytes.first(), Some(b'w' | b'W'))
        && bytes.len() > 4
        && bytes[..4].eq_ignore_ascii_case(b"www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, Kind)> {
        let mut toks = Vec::new();
        next_chunk(text, 0, &mut toks);
        toks.iter().map(|t| (&text[t.start..t.end], t.kind)).collect()
    }

    #[test]
    fn splits_words_digits_and_punctuation() {
        assert_eq!(
            kinds("US$5.3bn, o'clock ½"),
            [
                ("US", Kind::Word),
                ("$", Kind::Punct),
                ("5", Kind::Num),
                (".", Kind::Punct),
                ("3", Kind::Num),
                ("bn", Kind::Word),
                (",", Kind::Punct),
                ("o'clock", Kind::Word),
                ("½", Kind::Punct),
            ]
        );
    }

    #[test]
    fn letter_runs_end_at_the_first_byte_that_is_no_ascii_letter() {
        // Every byte value, at every position of an eight-byte block and in
        // the scalar tail, against the byte table.
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = vec![b'q'; 24];
                bytes[at] = b;
                let expected = if class(b) == ALPHA { 24 } else { at };
                assert_eq!(letters_end(&bytes, 0), expected, "byte {b:#x} at {at}");
            }
        }
        assert_eq!(letters_end(b"AbcXyz", 0), 6);
        assert_eq!(letters_end(b"abc", 3), 3);
    }

    #[test]
    fn links_are_one_opaque_token() {
        let k = kinds("see http://x.com/a%2012 or me@x2.org now");
        assert_eq!(k[1], ("http://x.com/a%2012", Kind::Skip));
        assert_eq!(k[3], ("me@x2.org", Kind::Skip));
    }

    #[test]
    fn a_blank_line_ends_a_chunk() {
        let text = "one 1\n\n two 2";
        let mut toks = Vec::new();
        let next = next_chunk(text, 0, &mut toks);
        assert_eq!(toks.len(), 2);
        assert_eq!(&text[next..], "two 2");
    }
}
