//! The scan: one pass over the bytes that can matter (sentence-final
//! punctuation, line breaks, closing brackets, and the lead bytes of the
//! non-ASCII punctuation), each judged by bounded looks around it. Every
//! step moves forward, and every look is either bounded or skips what it
//! reads, so the time is linear in the text on any input.

use super::abbreviations::Abbreviation;
use super::casing::sentences_start_lowercase;
use super::chars::{
    char_at, char_before, is_ascii_space, is_bullet, is_cjk_closer, is_cjk_opener,
    is_cjk_terminator, is_closer, is_closer_after_terminator, is_script_terminator, is_space,
    is_terminator, is_upper, skip_space, trim_end_space, trim_start_space,
};
use super::full_stop::{self, Context, Word};
use super::lines::{self, Break};
use super::lists::{self, Marker, Style};
use super::rules::{rules, Rules};
use super::tokens::{self, Next};
use super::{Sentence, SentenceSplitter};

/// Whether a byte starts something the scanner must look at: sentence-final
/// punctuation, a line break, a closing bracket, the colon and semicolon
/// that some languages end sentences with, or the lead byte of a non-ASCII
/// character that may matter: D6 to E3 hold every script's terminators
/// (Armenian `։` D6, Arabic `؟` `،` D8 and `۔` DB, Devanagari `।` E0,
/// Ethiopic `።` and Burmese `။` E1, `…`, quotes, bullets and U+2028/9 E2,
/// `。` E3), EF the full-width `！` `？` `｡`. Latin, Greek and Cyrillic
/// letters (C2 to D1), CJK ideographs (E4 to E9) and emoji (F0) never stop
/// the scan.
///
/// Bytes that differ in a bit or two share a test (`!` 0x21 and `)` 0x29;
/// `:` `;` `>` `?`, 0x3A to 0x3F but for `<` and `=`), and the lead bytes
/// are one range: six comparisons in the block scan, which runs on every
/// byte of the text.
#[inline(always)]
fn interesting(b: u8) -> bool {
    (b == b'.')
        | (b & !0x05 == b':')
        | (b & !0x08 == b'!')
        | (b == b'\n')
        | (b.wrapping_sub(0xD6) <= 0xE3 - 0xD6)
        | (b == 0xEF)
}

/// Finds interesting bytes 64 at a time: each block is tested with
/// branch-free comparisons, which the compiler turns into SIMD, into a bit
/// mask, and the mask is kept so that several hits in one block cost one
/// test.
struct Finder {
    /// Start of the block `mask` describes.
    block: usize,
    mask: u64,
}

impl Finder {
    const BLOCK: usize = 64;

    fn new() -> Self {
        Finder { block: usize::MAX, mask: 0 }
    }

    /// The first interesting byte at or after `i`.
    #[inline]
    fn next(&mut self, bytes: &[u8], i: usize) -> Option<usize> {
        let mut start = i;
        if self.block <= i && i < self.block.saturating_add(Self::BLOCK) {
            let remaining = self.mask & (u64::MAX << (i - self.block));
            if remaining != 0 {
                return Some(self.block + remaining.trailing_zeros() as usize);
            }
            start = self.block + Self::BLOCK;
        }
        while let Some(block) = bytes.get(start..start + Self::BLOCK) {
            let mask = block_mask(block);
            if mask != 0 {
                self.block = start;
                self.mask = mask;
                return Some(start + mask.trailing_zeros() as usize);
            }
            start += Self::BLOCK;
        }
        // Fewer than 64 bytes are left: test the text's last 64, of which
        // the first ones were searched already, rather than byte by byte.
        if start >= bytes.len() {
            return None;
        }
        if let Some(block) = bytes.len().checked_sub(Self::BLOCK) {
            self.block = block;
            self.mask = block_mask(&bytes[block..]);
            let remaining = self.mask & (u64::MAX << (start - block));
            return (remaining != 0).then(|| block + remaining.trailing_zeros() as usize);
        }
        bytes.get(start..)?.iter().position(|&b| interesting(b)).map(|p| start + p)
    }
}

/// Bit `k` set when byte `k` of `block` is interesting. The tests run on
/// bytes (one 0-or-1 byte each, so they vectorise sixteen at a time), and a
/// multiply gathers each eight of them into a byte: shifting the bits
/// straight into the mask made the compiler widen every byte to a word.
#[inline(always)]
fn block_mask(block: &[u8]) -> u64 {
    let mut hits = [0u8; 64];
    for (h, &b) in hits.iter_mut().zip(block) {
        *h = u8::from(interesting(b));
    }
    let mut mask = 0u64;
    for (k, eight) in hits.chunks_exact(8).enumerate() {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(eight);
        // Byte i of the product's top byte gets bit i from byte i alone:
        // the other partial products fall below it or off the end.
        let gathered = u64::from_le_bytes(bytes).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        mask |= gathered << (8 * k);
    }
    mask
}

pub(crate) struct Scanner<'t, 's> {
    text: &'t str,
    splitter: &'s SentenceSplitter,
    rules: &'static Rules,
    /// Where each sentence but the last ends (white space may follow).
    cuts: Vec<usize>,
    last_cut: usize,
    line_start: usize,
    list: Option<Marker>,
    lowercase_text: Option<bool>,
    wrapped: Option<bool>,
    /// Where the last low opening quote `„` (German, Slovak, Polish ...)
    /// stands, until a closing one follows.
    low_quote: Option<usize>,
}

impl<'t, 's> Scanner<'t, 's> {
    pub(crate) fn new(text: &'t str, splitter: &'s SentenceSplitter) -> Self {
        Scanner {
            text,
            splitter,
            rules: rules(splitter.language()),
            cuts: Vec::with_capacity(text.len() / 96 + 1),
            last_cut: 0,
            line_start: 0,
            list: None,
            lowercase_text: None,
            wrapped: None,
            low_quote: None,
        }
    }

    pub(crate) fn run(mut self) -> Vec<Sentence> {
        let bytes = self.text.as_bytes();
        let mut finder = Finder::new();
        let mut i = 0;
        while i < bytes.len() {
            match finder.next(bytes, i) {
                Some(next) => i = next,
                None => break,
            }
            i = match bytes[i] {
                b'\n' => self.line_break(i),
                b'.' | b'?' | b'!' => self.terminator(i),
                b')' => self.close_paren(i),
                b';' if self.rules.semicolon_asks => self.terminator(i),
                b':' if self.rules.colon_ends || self.rules.clauses => self.clause_mark(i),
                b':' | b';' | b'>' => i + 1,
                _ => self.non_ascii(i),
            };
        }
        self.sentences()
    }

    fn cut(&mut self, at: usize) {
        if at > self.last_cut && at < self.text.len() {
            self.cuts.push(at);
            self.last_cut = at;
        }
    }

    /// The sentences between the cuts, trimmed; white-space-only pieces
    /// are no sentence.
    fn sentences(self) -> Vec<Sentence> {
        let text = self.text;
        let mut out = Vec::with_capacity(self.cuts.len() + 1);
        let mut start = 0;
        for end in self.cuts.iter().copied().chain(std::iter::once(text.len())) {
            let piece = &text[start..end];
            let trimmed = trim_start_space(piece);
            let s = start + (piece.len() - trimmed.len());
            let e = s + trim_end_space(trimmed).len();
            if e > s {
                out.push(Sentence { start: s, end: e });
            }
            start = end;
        }
        out
    }

    fn lowercase_text(&mut self) -> bool {
        let text = self.text;
        *self.lowercase_text.get_or_insert_with(|| sentences_start_lowercase(text))
    }

    /// Whether only white space and bullets stand between the last cut and `i`.
    fn at_sentence_start(&self, i: usize) -> bool {
        let mut j = i;
        let mut steps = 0;
        while j > self.last_cut && steps < 64 {
            match char_before(self.text, j) {
                Some(c) if is_space(c) || is_bullet(c) => {
                    j -= c.len_utf8();
                }
                _ => break,
            }
            steps += 1;
        }
        j <= self.last_cut
    }

    /// Whether a colon (and white space) stands right before `i`.
    fn after_colon(&self, i: usize) -> bool {
        let before = trim_end_space(&self.text[..i]);
        before.len() + 8 >= i && before.ends_with(':')
    }

    fn non_ascii(&mut self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        // Lead and second byte rule out most characters without decoding:
        // curly quotes (E2 80 98..9D), kana and CJK letters (E3 81..),
        // full-width letters and digits, and the letters of the scripts
        // whose lead bytes the scan stops at: all but `։` (D6 89), `،` and
        // `؟` (D8 8C, D8 9F), `۔` (DB 94), `।` `॥` (E0 A5 A4..A5), `።` `፧`
        // (E1 8D A2, A7) and `။` (E1 81 8B).
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE2, Some(0x80), Some(&q @ 0x98..=0x9F)) => {
                match q {
                    0x9E => self.low_quote = Some(i),
                    0x9C | 0x9D => self.low_quote = None,
                    _ => {}
                }
                return i + 3;
            }
            (0xE3, Some(&b), _) if b != 0x80 => return i + 3,
            (0xEF, Some(&b), _) if b != 0xBC && b != 0xBD => return i + 3,
            (0xD6, Some(0x89), _) | (0xD8, Some(0x8C | 0x9F), _) | (0xDB, Some(0x94), _) => {}
            (0xD6..=0xDF, _, _) => return i + 2,
            (0xE0, Some(0xA5), Some(0xA4 | 0xA5)) => {}
            (0xE1, Some(0x8D), Some(0xA2 | 0xA7)) | (0xE1, Some(0x81), Some(0x8B)) => {}
            (0xE0 | 0xE1, _, _) => return i + 3,
            _ => {}
        }
        let Some(c) = char_at(self.text, i) else { return i + 1 };
        match c {
            '…' | '‼' | '⁇' | '⁈' | '⁉' => self.terminator(i),
            c if is_script_terminator(c) => self.script_terminator(i),
            '،' => self.clause_mark(i),
            '\u{2029}' => {
                self.cut(i);
                i + c.len_utf8()
            }
            '\u{2028}' => {
                if self.splitter.newline_ends_sentence() {
                    self.cut(i);
                }
                i + c.len_utf8()
            }
            c if is_bullet(c) => {
                // A bullet after a space starts an item, mid-line included.
                if char_before(self.text, i).is_some_and(is_space) {
                    self.cut(i);
                }
                i + c.len_utf8()
            }
            c => i + c.len_utf8(),
        }
    }

    /// `:` or `،`, which end or divide sentences in some languages only
    /// (see `Rules`), and only before a space.
    fn clause_mark(&mut self, i: usize) -> usize {
        let mark = char_at(self.text, i).map_or(1, char::len_utf8);
        let after = i + mark;
        if !char_at(self.text, after).is_some_and(is_space) {
            return after;
        }
        if self.rules.clauses {
            // "الدم، والقلب، زرعها": a comma before a one-word item and
            // another comma separates the items of a list.
            if !(mark > 1 && one_word_then_comma(self.text, after)) {
                self.cut(after);
            }
        } else if self.rules.colon_ends && mark == 1 {
            if let Next::Upper(_) | Next::Other = tokens::next_after(self.text, after) {
                self.cut(after);
            }
        }
        after
    }

    fn line_break(&mut self, nl: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        // Every line break is seen here, in order: `line_start` is where
        // the line that this one ends starts.
        debug_assert!(!bytes[self.line_start..nl].contains(&b'\n'));
        if !self.splitter.newline_ends_sentence() {
            // The common cases of wrapped text, decided from three bytes: the
            // next line starts with a lowercase word that is no list marker
            // ("a. "), or this line ends with punctuation already judged.
            let next = bytes.get(nl + 1).copied().unwrap_or(b' ');
            let lower_word =
                next.is_ascii_lowercase() && !matches!(bytes.get(nl + 2), Some(b'.' | b')'));
            let judged = matches!(nl.checked_sub(1).map(|p| bytes[p]), Some(b'.' | b'?' | b'!'))
                && next.is_ascii_alphabetic();
            if lower_word || judged {
                if lower_word && self.wrapped.is_none() {
                    // A line without final punctuation that goes on in
                    // lowercase is what `is_hard_wrapped` looks for: seen
                    // here, the text need not be searched for it.
                    let a = trim_end_space(&text[self.line_start..nl]);
                    if !a.is_empty() && !lines::ends_with_terminator(a) {
                        self.wrapped = Some(true);
                    }
                }
                self.line_start = nl + 1;
                return nl + 1;
            }
        }
        // The whole run of white space, counting its line breaks.
        let mut j = nl;
        let mut breaks = 0;
        let mut last_break = nl;
        // ASCII bytes directly, other characters decoded (none is `\n`).
        while let Some(&b) = bytes.get(j) {
            if b < 0x80 {
                if !is_ascii_space(b) {
                    break;
                }
                if b == b'\n' {
                    breaks += 1;
                    last_break = j;
                }
                j += 1;
            } else {
                match char_at(text, j) {
                    Some(c) if is_space(c) => j += c.len_utf8(),
                    _ => break,
                }
            }
        }
        let a_start = self.line_start;
        self.line_start = last_break + 1;
        if j >= bytes.len() {
            return j;
        }
        if breaks >= 2 {
            self.cut(nl);
            self.list = None;
            return j;
        }
        if self.splitter.newline_ends_sentence() {
            self.cut(nl);
            return j;
        }
        let brk = Break { text, a_start, nl, b_line: last_break + 1, b: j };
        if brk.ends_sentence(&mut self.wrapped) {
            self.cut(nl);
        }
        j
    }

    /// A closing bracket: `2)` continues an enumeration `1) ... 2) ...`.
    fn close_paren(&mut self, i: usize) -> usize {
        let after_space = char_at(self.text, i + 1).map_or(true, is_space);
        if after_space {
            if let Some(start) = marker_start(self.text, i) {
                if let Some(marker) = lists::parse(&self.text[start..i], Style::Paren) {
                    self.enumerate(marker, start);
                }
            }
        }
        i + 1
    }

    /// Records an enumeration marker at `start`: at the start of a sentence
    /// it opens (or continues) a list; in mid-sentence, the next number of
    /// the open list starts a new item.
    fn enumerate(&mut self, marker: Marker, start: usize) -> bool {
        if self.at_sentence_start(start) {
            self.list = Some(marker);
            return true;
        }
        match self.list {
            Some(previous) if marker.follows(previous) => {
                self.cut(start);
                self.list = Some(marker);
                true
            }
            // "The results were: 1. good 2. bad": a list opens after a colon.
            _ if marker.value == 1 && self.after_colon(start) => {
                self.cut(start);
                self.list = Some(marker);
                true
            }
            _ => false,
        }
    }

    fn terminator(&mut self, start: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        // The run of final punctuation: "?!", "...", "…", and spaced ". . .".
        let mut j = start;
        let mut dots = 0usize;
        let mut marks = false;
        let mut ellipsis = false;
        let mut spaced = false;
        while let Some(c) = char_at(text, j) {
            match c {
                '.' => dots += 1,
                '?' | '!' | '‼' | '⁇' | '⁈' | '⁉' => marks = true,
                ';' if self.rules.semicolon_asks => marks = true,
                '…' => ellipsis = true,
                // Dots that stand alone go on with a spaced ellipsis; not
                // "...en", an ellipsis that opens a word.
                ' ' if dots > 0 && !marks && spaced_dots_follow(bytes, j + 1) => spaced = true,
                _ => break,
            }
            j += c.len_utf8();
        }
        let run_end = j;
        let before = char_before(text, start);
        if before == Some('[') && !marks {
            // "[...]": an omission in a quotation, never an ending.
            return run_end;
        }
        let k = closers_end(text, run_end);
        let closed = k > run_end;
        let Some(after) = char_at(text, k) else { return k };
        if !is_space(after) {
            // "3.14", "U.S.", "v1.2", "Jane.Doe@x.com", or a missing space.
            let single = (dots == 1 || (dots == 0 && marks)) && !ellipsis && !closed;
            if single && tokens::missing_space(text, start, run_end, &self.rules.abbreviations) {
                self.cut(run_end);
            }
            return run_end.max(start + 1);
        }
        let next = tokens::next_after(text, k);
        if spaced && self.spaced_ellipsis(start, run_end, dots, next) {
            return k;
        }
        // Only `marks_end` asks, and only when the run has a mark.
        let question = marks && self.asks(&text[start..run_end]);
        let ends = if ellipsis || dots >= 2 {
            !marks && matches!(next, Next::Upper(_))
                || marks && self.marks_end(next, closed, question, start, k)
        } else if marks {
            self.marks_end(next, closed, question, start, k)
        } else {
            // One full stop: first, is it an enumeration marker?
            let word = tokens::word_before(text, start);
            if let Some(marker) = lists::parse(word.text, Style::Dot) {
                if marker_start(text, start) == Some(word.start)
                    && self.enumerate(marker, word.start)
                {
                    return k;
                }
            }
            self.full_stop_ends(word, next, closed)
        };
        if ends && !(self.low_quote.is_some() && self.quotation_goes_on(k)) {
            self.cut(k);
        }
        k
    }

    /// Whether a quotation opened with `„` in this sentence is still open at
    /// `from` and ends with a comma within reach: „Ja. Das war gut,“ sagte
    /// er. The quoted sentences are then part of the one that goes on.
    fn quotation_goes_on(&self, from: usize) -> bool {
        if self.low_quote.map_or(true, |q| q < self.last_cut) {
            return false;
        }
        let reach = &self.text.as_bytes()[from..self.text.len().min(from + 256)];
        // The closing quote, U+201C or U+201D: E2 80 9C or 9D.
        let close = reach
            .windows(3)
            .position(|w| w[0] == 0xE2 && w[1] == 0x80 && matches!(w[2], 0x9C..=0x9E));
        close.is_some_and(|p| reach[p + 2] != 0x9E && p > 0 && reach[p - 1] == b',')
    }

    /// Other scripts' terminators (and the marks and closers after them)
    /// always end a sentence, unless a CJK title or quotation holds them:
    /// one that closes further on (《摔跤吧！爸爸》), or one closed right
    /// after them that the sentence goes on from (「はい。」と言った).
    fn script_terminator(&mut self, start: usize) -> usize {
        let text = self.text;
        let mut end = start;
        let mut cjk = false;
        while let Some(c) = char_at(text, end).filter(|&c| is_terminator(c)) {
            cjk |= is_cjk_terminator(c);
            end += c.len_utf8();
        }
        let k = closers_end(text, end);
        // 「はい。」と言った: a quotation closed and followed by a word
        // without a space is part of the sentence that goes on.
        let embedded = k > end
            && char_before(text, k).is_some_and(is_cjk_closer)
            && char_at(text, k).is_some_and(|c| c.is_alphabetic() && !is_space(c));
        if !(embedded || cjk && inside_cjk_brackets(text, k)) {
            self.cut(k);
        }
        k
    }

    /// A spaced ellipsis after a word or a space: whether it has decided
    /// the boundary (`false`: the ordinary rules go on).
    #[inline(never)]
    fn spaced_ellipsis(&mut self, start: usize, run_end: usize, dots: usize, next: Next) -> bool {
        let text = self.text;
        let attached = char_before(text, start).is_some_and(|c| !is_space(c));
        if !attached && dots == 3 {
            // "the thing is . . . I didn't": an omission inside a sentence.
            return true;
        }
        if attached && dots >= 4 {
            // "compounds. . . . The": the sentence's own ending (what
            // stands before the run's first space: ".", or "…." in
            // "a…. ... R"), then an ellipsis that opens the next one.
            // The space is ASCII, so the cut lies on a char boundary
            // whatever the marks before it are.
            if matches!(next, Next::Upper(_)) {
                let own = text[start..run_end].find(' ').map_or(run_end, |p| start + p);
                self.cut(own);
            }
            return true;
        }
        false
    }

    /// Whether a run of marks asks a question (Greek `;` included).
    fn asks(&self, run: &str) -> bool {
        run.contains(['?', '⁇', '⁈', '⁉']) || (self.rules.semicolon_asks && run.contains(';'))
    }

    /// Whether `?` or `!` at `start` (with closers, if `closed`) ends a
    /// sentence before `next`, which follows `after`.
    fn marks_end(
        &mut self,
        next: Next<'_>,
        closed: bool,
        question: bool,
        start: usize,
        after: usize,
    ) -> bool {
        match next {
            // `"Why?" she asked` goes on; without the quote, a lowercase
            // word after `?` starts a new sentence. `!` after a capitalised
            // word may belong to a name ("Yahoo! in").
            Next::Lower(_) if closed => false,
            Next::Lower(_) if question => true,
            Next::Lower(_) => {
                let word = tokens::word_before(self.text, start);
                word.text.chars().next().is_some_and(|c| !is_upper(c)) || self.lowercase_text()
            }
            Next::Continuing => false,
            // "Бар? — деді": a dash and a lowercase word attribute the speech.
            Next::Other => !tokens::dash_then_lowercase(self.text, after),
            _ => true,
        }
    }

    fn full_stop_ends(
        &mut self,
        word: tokens::WordBefore<'_>,
        next: Next<'_>,
        closed: bool,
    ) -> bool {
        let kind = if word.truncated {
            Word::Ordinary
        } else {
            full_stop::classify(word.text, self.splitter.abbreviations(), self.rules)
        };
        // Only what the rule for this word needs is computed.
        let lowercase_text = matches!(next, Next::Lower(_)) && self.lowercase_text();
        let previous_lowercase = match kind {
            Word::Initial(_) => tokens::previous_word_is_lowercase(self.text, word.start),
            _ => None,
        };
        let ambiguous =
            matches!(kind, Word::Acronym | Word::Time | Word::Abbreviation(Abbreviation::Suffix));
        let words_before = if ambiguous && matches!(next, Next::Upper(_) | Next::Other) {
            tokens::words_before(self.text, self.last_cut, word.start)
        } else {
            2
        };
        let cx = Context {
            lowercase_text,
            previous_lowercase,
            words_before,
            closed,
            starters: &self.rules.starters,
        };
        full_stop::ends_sentence(kind, word.text, next, &cx)
    }
}

/// Whether one word (of a bounded length) and an Arabic comma follow the
/// white space at `from`.
fn one_word_then_comma(text: &str, from: usize) -> bool {
    let start = skip_space(text, from);
    let word = text.get(start..).unwrap_or("");
    for c in word.chars().take(32) {
        if c == '،' {
            return true;
        }
        if is_space(c) || is_terminator(c) {
            return false;
        }
    }
    false
}

/// Whether dots start at `i` and end before white space, a closer or the
/// end of the text.
#[inline]
fn spaced_dots_follow(bytes: &[u8], i: usize) -> bool {
    if bytes.get(i) != Some(&b'.') {
        return false;
    }
    let dots = bytes.get(i..).map_or(0, |b| b.iter().take_while(|&&b| b == b'.').count());
    dots > 0
        && bytes.get(i + dots).map_or(true, |&b| b.is_ascii_whitespace() || is_closer(b as char))
}

/// Where the closing quotes and brackets after a run of terminators end:
/// they belong to the sentence that ends, unless a letter or digit follows
/// a quote that can also open ("Jr.'s", "said.“Next").
#[inline(always)]
fn closers_end(text: &str, run_end: usize) -> usize {
    let mut k = run_end;
    while let Some(c) = char_at(text, k).filter(|&c| is_closer_after_terminator(c)) {
        let next = char_at(text, k + c.len_utf8());
        if matches!(c, '\'' | '’' | '"' | '“' | '‘' | '«')
            && next.is_some_and(char::is_alphanumeric)
        {
            break;
        }
        k += c.len_utf8();
    }
    // "genoeg. '' Boogerd": the typewriter closing quote `''`, which never
    // opens, set off by a space.
    let bytes = text.as_bytes();
    if bytes.get(k) == Some(&b' ')
        && bytes.get(k + 1..k + 3) == Some(b"''")
        && bytes.get(k + 3).map_or(true, |&b| is_ascii_space(b))
    {
        k += 3;
    }
    k
}

/// Whether a CJK closing bracket or quote follows `from` within a short
/// reach, before any opener, terminator or line break: the terminator
/// before `from` then stands inside a title or quotation.
fn inside_cjk_brackets(text: &str, from: usize) -> bool {
    for c in text.get(from..).unwrap_or("").chars().take(64) {
        if is_cjk_closer(c) {
            return true;
        }
        if is_cjk_opener(c) || is_terminator(c) || c == '\n' {
            return false;
        }
    }
    false
}

/// Where a possible enumeration marker ending at `end` starts ("12", "b",
/// "(c"): a short token of letters or digits after a space, a line start
/// or a bullet.
fn marker_start(text: &str, end: usize) -> Option<usize> {
    let mut i = end;
    while let Some(c) = char_before(text, i) {
        if end - i > 4 || !(c.is_ascii_alphanumeric() || c == '(') {
            break;
        }
        i -= 1;
    }
    match char_before(text, i) {
        None => Some(i),
        Some(c) if is_space(c) || is_bullet(c) => Some(i),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{block_mask, interesting, Finder};

    #[test]
    fn the_finder_finds_every_interesting_byte_in_order() {
        let sample =
            "It rose. Why?\nNo (really) \u{2026} 1) a! \u{3002}\u{ff01} \u{964}: end.  ".repeat(5);
        let bytes = sample.as_bytes();
        for len in 0..=bytes.len() {
            let text = &bytes[..len];
            let want: Vec<usize> = (0..len).filter(|&k| interesting(text[k])).collect();
            let mut found = Vec::new();
            let mut finder = Finder::new();
            let mut i = 0;
            while let Some(hit) = finder.next(text, i) {
                found.push(hit);
                i = hit + 1;
            }
            assert_eq!(found, want, "length {len}");
        }
    }

    #[test]
    fn the_interesting_bytes_are_exactly_these() {
        let listed = [b'.', b'?', b'!', b'\n', b')', b':', b';', b'>', 0xEF];
        for b in 0..=255u8 {
            let lead = (0xD6..=0xE3).contains(&b);
            assert_eq!(interesting(b), listed.contains(&b) || lead, "byte {b:#x}");
        }
    }

    #[test]
    fn the_block_mask_marks_exactly_the_interesting_bytes() {
        // Every byte value at every position, among neighbours of both kinds.
        for b in 0..=255u8 {
            for at in 0..Finder::BLOCK {
                for fill in [b'a', b'.'] {
                    let mut block = [fill; Finder::BLOCK];
                    block[at] = b;
                    let want = (0..Finder::BLOCK)
                        .fold(0u64, |m, k| m | u64::from(interesting(block[k])) << k);
                    assert_eq!(block_mask(&block), want, "byte {b:#x} at {at}");
                }
            }
        }
    }
}
