//! The words numbers are written with: cardinals, ordinals, fractions and
//! scales (long and agency-style).
//!
//! Lookups lower-case into a stack buffer and go through one hash map, so a
//! word costs one hash whatever its case; only words at token starts are
//! ever looked up.

use std::sync::OnceLock;

/// The maps behind every table: keys are short words, for which FxHash
/// (the crate's one fast hasher, shared with the sentence splitter) is
/// several times faster than the default SipHash; no untrusted keys are
/// ever inserted, so flooding resistance buys nothing here.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Calls `f` with the bytes of `s` lower-cased (ASCII letters only), on
/// the stack for short words. Tables are keyed by bytes so that no lookup
/// has to re-validate UTF-8.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    let bytes = s.as_bytes();
    if bytes.len() <= buf.len() {
        let out = &mut buf[..bytes.len()];
        out.copy_from_slice(bytes);
        out.make_ascii_lowercase();
        f(out)
    } else {
        f(s.to_ascii_lowercase().as_bytes())
    }
}

/// A table keyed by lower-cased words, with a filter in front: for each
/// first byte, the set of key lengths present. Most tokens the rules ask
/// about ("the", ",", "said") are turned away by one load and one bit test,
/// before any lower-casing or hashing.
///
/// Keys of up to 16 bytes (all but a few) are [`packed`] into integers, so
/// that a lookup copies nothing and compares two machine words.
pub(crate) struct WordMap<V> {
    short: FastMap<u128, V>,
    long: FastMap<Box<[u8]>, V>,
    lengths: [u32; 256],
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { short: FastMap::default(), long: FastMap::default(), lengths: [0; 256] }
    }
}

/// The filter bit for a key length; 31 stands for every longer length too.
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

impl<V> WordMap<V> {
    /// The value for `word` (any case), inserted as the default if absent.
    pub fn entry(&mut self, word: &str) -> &mut V
    where
        V: Default,
    {
        let k = key(word);
        if let Some(&first) = k.first() {
            self.lengths[usize::from(first)] |= length_bit(k.len());
        }
        match packed(&k) {
            Some(p) => self.short.entry(p).or_default(),
            None => self.long.entry(k).or_default(),
        }
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.short.values_mut().chain(self.long.values_mut())
    }

    /// The value for `word`, in any ASCII case.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if let Some(&first) = word.as_bytes().first() {
            let mask = self.lengths[usize::from(first.to_ascii_lowercase())];
            if mask & length_bit(word.len()) == 0 {
                return None;
            }
        }
        match packed(word.as_bytes()) {
            Some(p) => self.short.get(&p),
            None => with_lower(word, |k| self.long.get(k)),
        }
    }
}

/// A table key: the bytes of a lower-cased surface form.
pub(crate) fn key(s: &str) -> Box<[u8]> {
    s.to_ascii_lowercase().into_bytes().into_boxed_slice()
}

/// What a number word means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// zero..nine (and nought, naught).
    Unit(f64),
    /// ten..nineteen.
    Teen(f64),
    /// twenty, thirty, ... ninety.
    Tens(f64),
    /// hundred.
    Hundred,
    /// thousand, million, ... and the agency and Indian forms.
    Scale(f64),
    /// dozen, dozens (as a multiplier: "three dozen").
    Dozen,
    /// An ordinal ("fifth", "twentieth", "hundredth"), also usable as a
    /// fraction's denominator; `plural` for "fifths".
    Ordinal { value: f64, plural: bool },
    /// half, halves: only a denominator, never an ordinal.
    Half { plural: bool },
    /// quarter, quarters: only a denominator.
    Quarter { plural: bool },
    /// a, an: "a hundred", "a third".
    Article,
    /// "and" inside a number: "one hundred and six".
    And,
    /// "point": "two point five".
    Point,
    /// "minus", "negative".
    Minus,
}

/// A scale written as an abbreviation right after digits ("5bn", "12 mln").
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Abbrev {
    pub value: f64,
    /// May stand after a space ("12 mln"), or only glued to the digits
    /// ("5b"), as `scale_abbreviations.tsv` says.
    pub spaced: bool,
}

/// Every number word with its meaning, spelt in lower case, from
/// `number_words.tsv`. A line the reader cannot make sense of is left out
/// (a test checks that there is none).
fn words() -> impl Iterator<Item = (&'static str, NumWord)> {
    include_str!("number_words.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(word_row)
}

/// One line of `number_words.tsv`: "word", a tab, the kind and, for the
/// kinds that have one, a tab and the value.
fn word_row(line: &str) -> Option<(&str, NumWord)> {
    let mut cols = line.split('\t');
    let (word, kind) = (cols.next()?, cols.next()?);
    let value = cols.next().map(str::parse::<f64>);
    if cols.next().is_some() {
        return None;
    }
    let meaning = match (kind, value) {
        ("unit", Some(Ok(v))) => NumWord::Unit(v),
        ("teen", Some(Ok(v))) => NumWord::Teen(v),
        ("tens", Some(Ok(v))) => NumWord::Tens(v),
        ("scale", Some(Ok(v))) => NumWord::Scale(v),
        ("ordinal", Some(Ok(value))) => NumWord::Ordinal { value, plural: false },
        ("ordinals", Some(Ok(value))) => NumWord::Ordinal { value, plural: true },
        ("hundred", None) => NumWord::Hundred,
        ("dozen", None) => NumWord::Dozen,
        ("half", None) => NumWord::Half { plural: false },
        ("halves", None) => NumWord::Half { plural: true },
        ("quarter", None) => NumWord::Quarter { plural: false },
        ("quarters", None) => NumWord::Quarter { plural: true },
        ("article", None) => NumWord::Article,
        ("and", None) => NumWord::And,
        ("point", None) => NumWord::Point,
        ("minus", None) => NumWord::Minus,
        _ => return None,
    };
    Some((word, meaning))
}

/// Lower-cases an ASCII word of at most 16 bytes into `buf`; longer or
/// non-ASCII words are not number words.
///
/// A word already in lower case, most of them, is returned as it is.
pub(crate) fn lower<'b>(word: &'b str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !bytes.is_ascii() {
        return None;
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// A word of at most 16 bytes, ASCII-lower-cased, as one integer: the
/// number-word table's key. Every key is ASCII letters, so no two words
/// pack alike, and a lookup costs no copy, no byte-wise compare and a hash
/// of two machine words.
#[inline]
fn packed(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (to, from) in buf.iter_mut().zip(word) {
        *to = from.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(buf))
}

/// Five bits of a byte, the same for both cases of an ASCII letter (a..z
/// are 1..=26); other bytes fold onto some value too, which only lets a
/// few more non-number words through the filter.
#[inline]
fn fold(b: u8) -> usize {
    usize::from(b | 0x20) & 31
}

/// The filter in front of the number-word table: for each folded first
/// two letters, the set of folded third letters some entry starts with.
/// A one-letter word has 0 for its second letter and a two-letter word 0
/// for its third ("the word ends here"), which no letter folds to. One load
/// and one bit test reject almost every English word ("the", "said")
/// before any hashing.
///
/// Behind it, the number words by [`packed`] spelling, as small ids that
/// the tokeniser stores in each token, so that the rules, which ask about
/// the same few tokens many times, never look a word up twice.
pub(crate) struct NumberWords {
    thirds: Box<[u32; 1024]>,
    /// The second filter, for the words that pass the first: for each
    /// folded first and last letter, the set of lengths some entry has.
    /// Prefixes of number words are common ("firm", "military", "several",
    /// "thinks"); their ends and lengths rarely agree with any entry, and
    /// one more load is much cheaper than the hash behind it.
    ends: Box<[u32; 1024]>,
    /// The ids of the one-letter entries, by lower-case byte: the article
    /// "a" is one of the commonest words of all, and passes both filters.
    single: [u8; 128],
    ids: FastMap<u128, u8>,
    /// The meaning of id `i` is `meanings[i - 1]`; 0 is "not a number word".
    meanings: Vec<NumWord>,
}

impl NumberWords {
    /// The id of a word (letters, perhaps apostrophes or non-ASCII
    /// letters), any case; 0 when it is no number word.
    ///
    /// The filter is inlined into the tokeniser's loop; the table lookup
    /// behind it, for the few words that pass, is not.
    #[inline(always)]
    pub(crate) fn id(&self, word: &[u8]) -> u8 {
        let &[a, ref rest @ ..] = word else { return 0 };
        let b = rest.first().map_or(0, |&b| fold(b));
        let c = rest.get(1).map_or(0, |&c| fold(c));
        if self.thirds[(fold(a) << 5 | b) & 1023] & (1 << c) == 0 {
            return 0;
        }
        self.lookup(word)
    }

    #[inline(never)]
    fn lookup(&self, word: &[u8]) -> u8 {
        // No entry is longer than 16 bytes; asked here, not in the inlined
        // filter, which nearly every word fails first.
        let (Some(&a), Some(&z)) = (word.first(), word.last()) else { return 0 };
        if word.len() > 16 {
            return 0;
        }
        if let &[only] = word {
            return self.single.get(usize::from(only.to_ascii_lowercase())).copied().unwrap_or(0);
        }
        // The length is at most 16 here: the shift fits.
        if self.ends[(fold(a) << 5 | fold(z)) & 1023] & (1 << word.len()) == 0 {
            return 0;
        }
        self.hashed(word)
    }

    fn hashed(&self, word: &[u8]) -> u8 {
        packed(word).and_then(|k| self.ids.get(&k)).copied().unwrap_or(0)
    }
}

/// The meaning of a number-word id (see [`NumberWords::id`]).
#[inline]
pub(crate) fn meaning(id: u8) -> Option<NumWord> {
    if id == 0 {
        return None;
    }
    number_words().meanings.get(usize::from(id) - 1).copied()
}

/// The number-word table, built on first use.
pub(crate) fn number_words() -> &'static NumberWords {
    static WORDS: OnceLock<NumberWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut thirds = Box::new([0u32; 1024]);
        let mut ends = Box::new([0u32; 1024]);
        let mut single = [0u8; 128];
        let mut ids = FastMap::default();
        let mut meanings = Vec::new();
        let mut all: Vec<_> = words().collect();
        // Ids in alphabetical order, whatever the file's.
        all.sort_by(|a, b| a.0.cmp(b.0));
        for (w, n) in all {
            let w = w.as_bytes();
            let (Some(&a), Some(key)) = (w.first(), packed(w)) else { continue };
            let b = w.get(1).map_or(0, |&b| fold(b));
            let c = w.get(2).map_or(0, |&c| fold(c));
            thirds[fold(a) << 5 | b] |= 1 << c;
            // Keys are at most 16 bytes (`packed` said so), so the length
            // bit fits.
            let z = w.last().map_or(0, |&z| fold(z));
            ends[fold(a) << 5 | z] |= 1 << w.len();
            meanings.push(n);
            // Fewer than 255 words: every id fits (checked by a test).
            let id = u8::try_from(meanings.len()).unwrap_or(0);
            ids.insert(key, id);
            if let &[only] = w {
                if let Some(slot) = single.get_mut(usize::from(only.to_ascii_lowercase())) {
                    *slot = id;
                }
            }
        }
        NumberWords { thirds, ends, single, ids, meanings }
    })
}

/// The meaning of a number word, any case.
#[cfg(test)]
pub(crate) fn number_word(word: &str) -> Option<NumWord> {
    meaning(number_words().id(word.as_bytes()))
}

/// A word of one to three bytes as one integer, the key of the scale
/// abbreviations: words hold no NUL byte, so no two pack alike.
#[inline]
fn abbrev_key(word: &[u8]) -> Option<u32> {
    if word.is_empty() || word.len() > 3 {
        return None;
    }
    let mut buf = [0u8; 4];
    buf[..word.len()].copy_from_slice(word);
    Some(u32::from_le_bytes(buf))
}

/// The scale abbreviations by [`abbrev_key`], each with its value and
/// whether it may stand after a space, read on first use.
fn scale_abbrevs() -> &'static FastMap<u32, (f64, bool)> {
    static TABLE: OnceLock<FastMap<u32, (f64, bool)>> = OnceLock::new();
    TABLE.get_or_init(|| abbrev_rows().filter_map(abbrev_row).collect())
}

fn abbrev_rows() -> impl Iterator<Item = &'static str> {
    include_str!("scale_abbreviations.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// One line of `scale_abbreviations.tsv`: abbreviation, value, spacing.
fn abbrev_row(line: &str) -> Option<(u32, (f64, bool))> {
    let mut cols = line.split('\t');
    let (word, value, spacing) = (cols.next()?, cols.next()?, cols.next()?);
    let spaced = match spacing {
        "spaced" => true,
        "glued" => false,
        _ => return None,
    };
    let value = value.parse().ok()?;
    (cols.next().is_none()).then_some((abbrev_key(word.as_bytes())?, (value, spaced)))
}

/// A scale abbreviation written after digits (`scale_abbreviations.tsv`),
/// in the case it was written.
pub(crate) fn scale_abbrev(word: &str) -> Option<Abbrev> {
    // Asked of the word after every digit run: most are turned away by
    // their length, before the table is looked at.
    let key = abbrev_key(word.as_bytes())?;
    let &(value, spaced) = scale_abbrevs().get(&key)?;
    Some(Abbrev { value, spaced })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_number_word_table_is_read_and_no_word_twice() {
        let lines = include_str!("number_words.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let mut seen = std::collections::HashSet::new();
        for line in lines {
            let (w, _) = word_row(line).unwrap_or_else(|| panic!("unreadable: {line:?}"));
            // Lower-case ASCII letters of at most 16 bytes: what the
            // tokeniser's packed keys can hold.
            assert!(w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            assert!(seen.insert(w), "{w} twice");
        }
    }

    #[test]
    fn scale_abbreviations_keep_their_case_and_spacing() {
        assert_eq!(abbrev_rows().filter_map(abbrev_row).count(), abbrev_rows().count());
        assert_eq!(scale_abbrev("bn"), Some(Abbrev { value: 1e9, spaced: true }));
        assert_eq!(scale_abbrev("b"), Some(Abbrev { value: 1e9, spaced: false }));
        assert_eq!(scale_abbrev("MM"), Some(Abbrev { value: 1e6, spaced: true }));
        assert_eq!(scale_abbrev("mm"), None);
        assert_eq!(scale_abbrev("m"), None);
        assert_eq!(scale_abbrev("bN"), None);
        assert_eq!(scale_abbrev("bnx"), None);
        assert_eq!(scale_abbrev(""), None);
    }

    #[test]
    fn every_number_word_has_an_id() {
        let table = number_words();
        assert!(table.meanings.len() < 255);
        for (w, n) in words() {
            assert_eq!(meaning(table.id(w.as_bytes())), Some(n), "{w}");
        }
    }

    #[test]
    fn number_words_in_any_case() {
        assert_eq!(number_word("Twenty"), Some(NumWord::Tens(20.0)));
        assert_eq!(number_word("FIFTHS"), Some(NumWord::Ordinal { value: 5.0, plural: true }));
        assert_eq!(number_word("millionth"), Some(NumWord::Ordinal { value: 1e6, plural: false }));
        assert_eq!(number_word("mln"), Some(NumWord::Scale(1e6)));
        assert_eq!(number_word("seconds"), None);
        assert_eq!(number_word("people"), None);
    }
}
