//! A filter on where a walk can succeed: the first word of every key.
//!
//! Matches start and end at word boundaries, so a key can only match where
//! the text's word at the start is exactly the key's first word. Walking
//! the automaton from every word start costs several times more than
//! reading the word once: most words of a news story ("said", "the",
//! "Monday") begin no name at all, yet share their first letters with
//! thousands of names. So the scan reads each word, hashes it, and walks
//! only when some key begins with that word.
//!
//! Only words of ASCII letters and digits are judged here; a word that
//! runs on into a non-ASCII character is always walked, since folding or
//! normalising that character may turn it into anything. The filter is a
//! Bloom-style bit set: a false "maybe" costs one walk, never a match.
//!
//! The case rules prune further. In smart mode a name with capitals does
//! not match text in lower case, and the commonest words ("the", "a",
//! "to") begin a few names each ("The Hague", "A Coruña", "To Chau"). A
//! lower-case word is walked only when some key beginning with it accepts
//! lower-case text, or when a capital (or any non-ASCII character) lies
//! close enough ahead for such a key to reach it: "the Hague" is walked,
//! "the company" is not.
//!
//! The word after prunes most of the rest. A first word that no key holds
//! alone ("the", "New", "International") is walked only when the text goes
//! on as some key does: the same separator ("U.S." and "New York" both
//! continue after one byte) and the same second word. A second set holds
//! those pairs: "New York" and "the Hague" are walked, "New jobs" and
//! "the Bank" are not. Separators and second words are read the way the
//! first word is, bytes only, so anything else after the word (a non-ASCII
//! character, a long run of punctuation) is walked as before.

use super::normalize::is_ascii_space;

/// A Bloom-style set of hashes: two bits per hash, both in one 64-bit
/// word, so a lookup is one memory read.
struct HashSet64 {
    bits: Vec<u64>,
    /// `64 - log2(word count)`: the shift that takes a hash to a word.
    shift: u32,
}

impl HashSet64 {
    /// A set for about `count` hashes: sixteen bits each, which lets about
    /// one hash in fifty that was never inserted through.
    fn with_capacity(count: usize) -> HashSet64 {
        let words = (count / 4).next_power_of_two().clamp(64, 1 << 24);
        HashSet64 { bits: vec![0; words], shift: 64 - words.trailing_zeros() }
    }

    #[inline(always)]
    fn probe(&self, h: u64) -> (usize, u64) {
        let word = (h >> self.shift) as usize;
        (word, (1 << (h & 63)) | (1 << ((h >> 6) & 63)))
    }

    fn insert(&mut self, h: u64) {
        let (word, bits) = self.probe(h);
        self.bits[word] |= bits;
    }

    #[inline(always)]
    fn contains(&self, h: u64) -> bool {
        let (word, bits) = self.probe(h);
        self.bits.get(word).is_some_and(|&w| w & bits == bits)
    }
}

/// The first words of the keys, and the pairs of first and second words,
/// as sets of their hashes.
pub(crate) struct FirstWords {
    words: HashSet64,
    /// Hashes of a first word, the separator after it and the second word,
    /// for every key that has all three (see [`FirstWords::pair`]).
    pairs: HashSet64,
    /// The first words that some key has without a pair in `pairs` (a key
    /// of one word, "Paris"): a text word in this set is walked whatever
    /// follows it; one outside it only where a key goes on.
    unpaired: HashSet64,
    /// Whether whitespace runs are normalised to one space.
    whitespace: bool,
    /// The longest first word, in bytes; a longer word begins no key.
    longest: usize,
    /// `0x20` when keys are case folded: OR-ing it into an ASCII letter or
    /// digit gives what folding would (digits already have the bit).
    fold_mask: u8,
    /// For the first words hashing to each slot, how far in searchable
    /// bytes the keys beginning with them reach: 0 when no key begins with
    /// such a word, [`ALWAYS`] when one accepts lower-case text (or reaches
    /// further than a `u8` says). Words sharing a slot share the largest
    /// reach, which costs walks, never matches.
    reach: Vec<u8>,
    reach_mask: usize,
}

/// What reading a word at a word start tells the scan.
pub(crate) enum Word {
    /// No key can match here; the word ends at this byte.
    NoKey(usize),
    /// Some key may match here. The word ends at `end`, unless it runs on
    /// into a non-ASCII character (`None`).
    Walk { end: Option<usize> },
    /// The word is in lower case, and every key beginning with it needs an
    /// upper-case letter in the match: a key may match here only if one
    /// lies less than `reach` bytes from the start. The word ends at `end`.
    WalkIfCapital { end: usize, reach: usize },
}

/// A reach that calls for a walk whatever the case of the word.
const ALWAYS: u8 = u8::MAX;

/// The longest separator between a key's first and second word that the
/// pair set holds ("U.S.", "St. Louis", "Bosnia - Herzegovina"), in
/// searchable bytes; a key with a longer one is walked on its first word.
const MAX_SEPARATOR: usize = 4;

/// How many bytes of text are read looking for a separator's end: more
/// than [`MAX_SEPARATOR`], for whitespace runs that become one space, and
/// few enough that the scan stays linear.
const MAX_SEPARATOR_READ: usize = 16;

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const MULTIPLIER: u64 = 0xff51_afd7_ed55_8ccd;

/// The hash of a word's folded bytes, spread so that its high bits are
/// usable as indices.
#[inline(always)]
fn mix(h: u64) -> u64 {
    (h ^ (h >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

const fn repeat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

const HIGH: u64 = repeat(0x80);

/// The high bit of each byte of `low` (bytes below 0x80) from `lo` to
/// `hi`, eight bytes at once: `x + (0x80 - lo)` carries into the high bit
/// exactly when `x >= lo`, and never into the next byte. Callers mask out
/// bytes of 0x80 and above.
#[inline(always)]
fn in_range(low: u64, lo: u8, hi: u8) -> u64 {
    (low + repeat(0x80 - lo)) & !(low + repeat(0x80 - hi - 1)) & HIGH
}

/// The high bit of each byte of `v` that is not an ASCII letter or digit.
#[inline(always)]
fn not_alphanumeric(v: u64) -> u64 {
    let low = v & !HIGH;
    let letter = in_range(low | repeat(0x20), b'a', b'z');
    !((in_range(low, b'0', b'9') | letter) & !v) & HIGH
}

/// Eight bytes of `bytes` from `at`, zero past its end (and zero is not a
/// letter or digit).
#[inline(always)]
fn eight_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8).and_then(|s| <[u8; 8]>::try_from(s).ok()) {
        Some(eight) => u64::from_le_bytes(eight),
        None => {
            let mut eight = [0u8; 8];
            for (e, b) in eight.iter_mut().zip(bytes.get(at..).unwrap_or_default()) {
                *e = *b;
            }
            u64::from_le_bytes(eight)
        }
    }
}

/// The run of ASCII letters and digits starting at some byte.
struct Run {
    len: usize,
    /// Its folded bytes, hashed.
    hash: u64,
    /// Whether it holds a capital.
    capital: bool,
    /// Whether the byte after it is part of a non-ASCII character.
    non_ascii_next: bool,
}

impl FirstWords {
    /// The filter for `keys` (their searchable forms, each with whether it
    /// accepts lower-case text), folded or not, with whitespace runs
    /// normalised to one space or not.
    pub fn new<'k>(
        keys: impl ExactSizeIterator<Item = (&'k str, bool)>,
        fold: bool,
        whitespace: bool,
    ) -> FirstWords {
        let fold_mask = if fold { 0x20 } else { 0 };
        let count = keys.len().max(1);
        let slots = count.next_power_of_two();
        let mut filter = FirstWords {
            words: HashSet64::with_capacity(count),
            pairs: HashSet64::with_capacity(count),
            unpaired: HashSet64::with_capacity(count),
            whitespace,
            longest: 0,
            fold_mask,
            reach: vec![0; slots],
            reach_mask: slots - 1,
        };
        for (key, lower) in keys {
            let bytes = key.as_bytes();
            let run = filter.run(bytes, 0);
            // A key whose first word runs into a non-ASCII character (or
            // that starts with punctuation) can only match where the text
            // does too, and such text is always walked.
            if run.len == 0 || run.non_ascii_next {
                continue;
            }
            let h = run.hash;
            filter.words.insert(h);
            filter.longest = filter.longest.max(run.len);
            let slot = filter.slot(h);
            let reach = if lower { ALWAYS } else { u8::try_from(key.len()).unwrap_or(ALWAYS) };
            filter.reach[slot] = filter.reach[slot].max(reach);
            match filter.pair(bytes, run.len, h) {
                Some(pair) => filter.pairs.insert(pair),
                None => filter.unpaired.insert(h),
            }
        }
        filter
    }

    /// Reads the run of ASCII letters and digits at `start`, eight bytes at
    /// a time: finding its end, folding, hashing and looking for capitals
    /// byte by byte made this the slowest part of the scan.
    #[inline(always)]
    fn run(&self, bytes: &[u8], start: usize) -> Run {
        let fold = repeat(self.fold_mask);
        let mut h = SEED;
        let mut capital = false;
        let mut at = start;
        loop {
            let v = eight_at(bytes, at);
            let stop = not_alphanumeric(v);
            let n = (stop.trailing_zeros() / 8) as usize;
            if n > 0 {
                let mask = u64::MAX >> (64 - 8 * n);
                let chunk = v & mask;
                // Of ASCII letters and digits, only capitals lack 0x20.
                capital |= !chunk & repeat(0x20) & mask != 0;
                h = (h ^ (chunk | (fold & mask))).wrapping_mul(MULTIPLIER).rotate_left(29);
            }
            at += n;
            if n < 8 {
                let len = at - start;
                let non_ascii_next = (v >> (8 * n)) & 0x80 != 0;
                return Run { len, hash: mix(h ^ len as u64), capital, non_ascii_next };
            }
        }
    }

    /// The slot in `reach`, from bits the bit set does not use.
    #[inline(always)]
    fn slot(&self, h: u64) -> usize {
        (h >> 12) as usize & self.reach_mask
    }

    /// The hash of what follows a first word that ends at `end` and
    /// hashes to `first`: the separator (whitespace runs counted as one
    /// space when normalised) and the second word's first eight bytes,
    /// folded, with its length up to eight. `None` when that cannot be read
    /// from ASCII bytes alone or there is none: nothing, or only
    /// punctuation, follows; the separator is longer than [`MAX_SEPARATOR`];
    /// or a non-ASCII character comes first. Keys and text are read by
    /// this one function, so a text pair differs from every key's only
    /// where no key can continue.
    #[inline(always)]
    fn pair(&self, bytes: &[u8], end: usize, first: u64) -> Option<u64> {
        // One space, by far the commonest separator, without a loop.
        let (separator, at) = match bytes.get(end..end + 2) {
            Some(&[b' ', next]) if next.is_ascii_alphanumeric() => {
                (u64::from(b' ') | 1 << 32, end + 1)
            }
            _ => self.separator(bytes, end)?,
        };
        // Eight bytes tell a second word from every other but those that
        // share its first eight, which a walk then tells apart.
        let v = eight_at(bytes, at);
        let n = (not_alphanumeric(v).trailing_zeros() / 8) as usize;
        let mask = u64::MAX >> (64 - 8 * n.max(1));
        if n < 8 && (v >> (8 * n)) & 0x80 != 0 {
            return None;
        }
        let second = (v | repeat(self.fold_mask)) & mask;
        let second = second.wrapping_mul(MULTIPLIER).rotate_left(31) ^ n as u64;
        Some(mix(first.rotate_left(21) ^ separator.wrapping_mul(MULTIPLIER) ^ second))
    }

    /// The separator from `end` to the next ASCII letter or digit, packed
    /// with its length, and where that letter or digit is (see
    /// [`FirstWords::pair`]).
    fn separator(&self, bytes: &[u8], end: usize) -> Option<(u64, usize)> {
        let mut separator = 0u64;
        let mut len = 0;
        let mut in_space = false;
        let mut at = end;
        loop {
            let &b = bytes.get(at)?;
            if b >= 0x80 || at - end >= MAX_SEPARATOR_READ {
                return None;
            }
            if b.is_ascii_alphanumeric() {
                return Some((separator | (len as u64) << 32, at));
            }
            at += 1;
            let b = if self.whitespace && is_ascii_space(b) {
                if std::mem::replace(&mut in_space, true) {
                    continue;
                }
                b' '
            } else {
                in_space = false;
                b
            };
            if len == MAX_SEPARATOR {
                return None;
            }
            separator |= u64::from(b) << (8 * len);
            len += 1;
        }
    }

    /// Whether the first word ending at `end`, hashing to `first`, is one
    /// that no key has alone, followed by what no key has after it.
    #[inline(always)]
    fn goes_on_as_no_key(&self, bytes: &[u8], end: usize, first: u64) -> bool {
        !self.unpaired.contains(first)
            && self.pair(bytes, end, first).is_some_and(|p| !self.pairs.contains(p))
    }

    /// Reads the word of ASCII letters and digits starting at `start` (a
    /// word start whose first byte is one of them).
    #[inline(always)]
    pub fn judge(&self, bytes: &[u8], start: usize) -> Word {
        let run = self.run(bytes, start);
        let end = start + run.len;
        if run.non_ascii_next {
            return Word::Walk { end: None };
        }
        if run.len > self.longest || !self.words.contains(run.hash) {
            return Word::NoKey(end);
        }
        let slot = self.slot(run.hash);
        let reach = self.reach.get(slot).copied().unwrap_or(ALWAYS);
        if reach == 0 || self.goes_on_as_no_key(bytes, end, run.hash) {
            return Word::NoKey(end);
        }
        if reach != ALWAYS && !run.capital {
            Word::WalkIfCapital { end, reach: usize::from(reach) }
        } else {
            Word::Walk { end: Some(end) }
        }
    }
}

/// Where the next capital is, for [`Word::WalkIfCapital`]: found by one
/// forward scan over the whole text, however many words ask.
#[derive(Default)]
pub(crate) struct CapitalAhead {
    /// No byte from the current word's start up to here can be part of a
    /// match with a capital in it.
    clear_until: usize,
}

impl CapitalAhead {
    /// Whether a match starting at `start` and covering at most `reach`
    /// bytes of the searchable form may hold an upper-case letter.
    ///
    /// In ASCII text each byte becomes one searchable byte, except that
    /// with `whitespace` normalised a run of whitespace becomes one; so
    /// the scan stops, answering yes, at a capital, at any non-ASCII byte
    /// (which may be a capital, or become fewer bytes) and at the second
    /// byte of a whitespace run.
    pub fn within(&mut self, bytes: &[u8], start: usize, reach: usize, whitespace: bool) -> bool {
        let limit = (start + reach).min(bytes.len());
        let mut at = self.clear_until.max(start);
        // Eight bytes a step; a byte past the text reads as zero, which
        // stops nothing, and only stops before `limit` count.
        while at < limit {
            let v = eight_at(bytes, at);
            let mut stop = (v & HIGH) | capitals(v);
            if whitespace {
                let space = spaces(v);
                let before = at.checked_sub(1).is_some_and(|p| is_ascii_space(bytes[p]));
                stop |= space & ((space << 8) | if before { 0x80 } else { 0 });
            }
            let n = (limit - at).min(8);
            let stop = stop & (u64::MAX >> (64 - 8 * n));
            if stop != 0 {
                self.clear_until = at + (stop.trailing_zeros() / 8) as usize;
                return true;
            }
            at += n;
        }
        self.clear_until = at;
        false
    }
}

/// The high bit of each ASCII capital in `v`.
#[inline(always)]
fn capitals(v: u64) -> u64 {
    in_range(v & !HIGH, b'A', b'Z') & !v
}

/// The high bit of each ASCII whitespace byte in `v` (those
/// [`is_ascii_space`] names: space, and tab to carriage return).
#[inline(always)]
fn spaces(v: u64) -> u64 {
    let low = v & !HIGH;
    (in_range(low, b' ', b' ') | in_range(low, 0x09, 0x0d)) & !v
}

#[cfg(test)]
mod tests {
    use super::{is_ascii_space, CapitalAhead, FirstWords, Word};

    fn walks(filter: &FirstWords, text: &str) -> bool {
        matches!(filter.judge(text.as_bytes(), 0), Word::Walk { .. })
    }

    #[test]
    fn a_word_is_walked_when_a_key_begins_with_it() {
        let keys = ["new york", "paris", "g7", "sao paulo", "köln", "'s-hertogenbosch"];
        let folded = FirstWords::new(keys.iter().map(|k| (*k, true)), true, true);
        for text in ["New York", "NEW", "new.", "Paris's", "G7", "Sao"] {
            assert!(walks(&folded, text), "{text}");
        }
        // A key's first word must be the whole word of the text.
        for text in ["Newark", "Pari", "G", "said", "Monday", "K"] {
            assert!(!walks(&folded, text), "{text}");
        }
        // Non-ASCII after the word: folding could make it anything.
        assert!(walks(&folded, "Ko\u{308}ln"));
        assert!(walks(&folded, "Sa\u{303}o"));
    }

    #[test]
    fn a_word_no_key_holds_alone_is_walked_only_where_a_key_goes_on() {
        let keys = ["new york", "u.s.", "st. louis", "the hague", "paris"];
        let filter = FirstWords::new(keys.iter().map(|k| (*k, true)), true, true);
        for text in ["New York", "NEW YORK", "new\n   York", "U.S. Army", "St. Louis", "the Hague"]
        {
            assert!(walks(&filter, text), "{text}");
        }
        // The second word must be a key's whole second word, after the
        // key's separator.
        for text in ["New jobs", "New Yorker", "New-York", "U.N.", "St Louis", "the Bank"] {
            assert!(!walks(&filter, text), "{text}");
        }
        // What bytes alone cannot judge is walked: the text ends, or runs
        // into a non-ASCII character or a long separator.
        for text in ["New", "New.", "New Yo\u{308}rk", "New \u{a0}York", "New ------ York"] {
            assert!(walks(&filter, text), "{text}");
        }
        // A key of one word is walked whatever follows it.
        let one = FirstWords::new([("new york", true), ("new", true)].into_iter(), true, true);
        assert!(walks(&one, "New jobs"));
    }

    #[test]
    fn without_whitespace_normalisation_the_separator_must_agree() {
        let filter = FirstWords::new([("new york", true)].into_iter(), true, false);
        assert!(walks(&filter, "New York"));
        assert!(!walks(&filter, "New\nYork"));
        assert!(!walks(&filter, "New  York"));
    }

    #[test]
    fn without_folding_case_must_agree() {
        let filter = FirstWords::new([("Paris", true)].into_iter(), false, true);
        assert!(walks(&filter, "Paris"));
        assert!(!walks(&filter, "PARIS"));
    }

    #[test]
    fn a_lower_case_word_is_walked_only_if_a_capital_is_within_reach() {
        let filter = FirstWords::new([("the hague", false), ("a", true)].into_iter(), true, true);
        let ahead = |text: &str, whitespace: bool| match filter.judge(text.as_bytes(), 0) {
            Word::WalkIfCapital { reach, .. } => {
                CapitalAhead::default().within(text.as_bytes(), 0, reach, whitespace)
            }
            Word::Walk { .. } => true,
            Word::NoKey(_) => false,
        };
        assert!(ahead("the Hague", false));
        assert!(ahead("The hague", false));
        assert!(!ahead("the company", false));
        assert!(!ahead("the hague", false));
        // Too far for "the hague", unless the spaces collapse into one.
        assert!(!ahead("the       Hague", false));
        assert!(ahead("the       Hague", true));
        // A key that accepts lower case needs no capital.
        assert!(ahead("a house", false));
    }

    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = [b'a'; 8];
                eight[at] = b;
                let stop = super::not_alphanumeric(u64::from_le_bytes(eight));
                let want = if b.is_ascii_alphanumeric() { 0 } else { 0x80 << (8 * at) };
                assert_eq!(stop, want, "byte {b:#x} at {at}");
            }
        }
    }

    #[test]
    fn eight_byte_capitals_and_spaces_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = [b'a'; 8];
                eight[at] = b;
                let v = u64::from_le_bytes(eight);
                let bit = 0x80 << (8 * at);
                let capital = if b.is_ascii_uppercase() { bit } else { 0 };
                assert_eq!(super::capitals(v), capital, "byte {b:#x} at {at}");
                let space = if is_ascii_space(b) { bit } else { 0 };
                assert_eq!(super::spaces(v), space, "byte {b:#x} at {at}");
            }
        }
    }

    proptest::proptest! {
        /// The eight-byte scan answers as a byte-by-byte one would, however
        /// the calls' starts and reaches fall.
        #[test]
        fn the_capital_scan_agrees_with_reading_each_byte(
            text in "[a-cA-C \\n\\t\u{e9}]{0,40}",
            starts in proptest::collection::vec((0usize..40, 0usize..20), 1..8),
            whitespace in proptest::bool::ANY,
        ) {
            let bytes = text.as_bytes();
            let mut ahead = CapitalAhead::default();
            let mut starts: Vec<(usize, usize)> =
                starts.into_iter().filter(|&(s, _)| s < bytes.len()).collect();
            starts.sort();
            for (start, reach) in starts {
                let limit = (start + reach).min(bytes.len());
                let want = (start..limit).any(|at| {
                    let b = bytes[at];
                    let collapses = whitespace
                        && is_ascii_space(b)
                        && at > 0
                        && is_ascii_space(bytes[at - 1]);
                    b.is_ascii_uppercase() || b >= 0x80 || collapses
                });
                proptest::prop_assert_eq!(ahead.within(bytes, start, reach, whitespace), want);
            }
        }
    }

    #[test]
    fn a_skipped_word_reports_where_it_ends() {
        let filter = FirstWords::new([("paris", true)].into_iter(), true, true);
        assert!(matches!(filter.judge(b"said, Paris", 0), Word::NoKey(4)));
    }
}
