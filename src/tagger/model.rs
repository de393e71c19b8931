//! The perceptron's weights and the lexicon, parsed from the embedded files.

use super::features::{self, fnv, key_of_string, WordKeys, FEATURES};
use super::{Tag, TAG_COUNT};
use rustc_hash::FxHashMap;
use std::io::Read;

/// The averaged perceptron: one row of integer weights (one per tag) for
/// each feature it keeps, found by the feature's key. The row sits in the
/// table beside its key: looking a feature up is the tagger's main cost,
/// one cache miss rather than two.
pub(crate) struct Model {
    rows: FxHashMap<u64, Row>,
    /// Each lexicon word's hash (lower case) to the hash of its class.
    lexicon: FxHashMap<u64, u64>,
    /// The words beyond the ends of the sentence, as the build script pads.
    pads: [WordKeys; 4],
}

const UNKNOWN_CLASS: u64 = fnv(b"?");

/// A feature's weights, one per tag (tag `t` in lane `t % 8` of block
/// `t / 8`), padded with zeros to three blocks of eight lanes: the
/// compiler adds a block in one vector instruction, where it adds 17 lanes
/// one by one.
type Row = [[i16; 8]; 3];

/// The largest weight a model may hold, so that a word's score, the sum of
/// its FEATURES weights, cannot overflow an i16.
const MAX_WEIGHT: u16 = (i16::MAX as usize / FEATURES) as u16;

fn gunzip(bytes: &[u8]) -> Option<String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).ok()?;
    Some(text)
}

/// The lines that are not comments (cut at each newline with memchr: the
/// files are tens of thousands of short lines).
fn entries(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = text.get(start..end).unwrap_or_default();
            start = end + 1;
            line
        })
        .filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// An empty table with room for one entry a line of `text`, so that
/// loading never rehashes.
fn table<V>(text: &str) -> FxHashMap<u64, V> {
    let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
    FxHashMap::with_capacity_and_hasher(lines, Default::default())
}

/// A row of weights written "tag:weight tag:weight ...", tags by index:
/// read byte by byte, as loading is mostly this. `None` if malformed or a
/// weight is beyond MAX_WEIGHT.
fn parse_row(entries: &[u8]) -> Option<Row> {
    let mut row: Row = [[0; 8]; 3];
    for entry in entries.split(|&b| b == b' ') {
        let colon = entry.iter().position(|&b| b == b':')?;
        let tag = number(&entry[..colon])?;
        let (negative, digits) = match entry[colon + 1..].split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, &entry[colon + 1..]),
        };
        let magnitude = number(digits).filter(|&m| m <= usize::from(MAX_WEIGHT))?;
        let weight = i16::try_from(magnitude).ok()?;
        if tag >= TAG_COUNT {
            return None;
        }
        row[tag / 8][tag % 8] = if negative { -weight } else { weight };
    }
    Some(row)
}

/// A non-empty run of ASCII digits, below 10^6.
fn number(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || digits.len() > 6 {
        return None;
    }
    digits
        .iter()
        .try_fold(0usize, |n, &d| d.is_ascii_digit().then(|| n * 10 + usize::from(d - b'0')))
}

/// Adds a row to the scores, block by block.
#[inline(always)]
fn add_row(scores: &mut Row, row: &Row) {
    for (s, r) in scores.iter_mut().zip(row) {
        *s = std::array::from_fn(|k| s[k].wrapping_add(r[k]));
    }
}

impl Model {
    /// The model from the two gzipped files; `None` if either is malformed.
    pub(crate) fn parse(model: &[u8], lexicon: &[u8]) -> Option<Model> {
        let lexicon_text = gunzip(lexicon)?;
        let mut lex = table(&lexicon_text);
        for line in entries(&lexicon_text) {
            let (word, class) = line.as_bytes().split_at(memchr::memchr(b'\t', line.as_bytes())?);
            lex.insert(fnv(word), fnv(&class[1..]));
        }
        let model_text = gunzip(model)?;
        let mut lines = entries(&model_text);
        // The tag order the file uses must be ours.
        let names: Vec<&str> = lines.next()?.strip_prefix("tags\t")?.split(' ').collect();
        if names != Tag::ALL.map(Tag::name) {
            return None;
        }
        let mut rows = table(&model_text);
        for line in lines {
            let tab = memchr::memchr(b'\t', line.as_bytes())?;
            rows.insert(key_of_string(&line[..tab]), parse_row(&line.as_bytes()[tab + 1..])?);
        }
        let mut model = Model { rows, lexicon: lex, pads: [WordKeys::placeholder(); 4] };
        model.pads = ["-ss-", "-s-", "-e-", "-ee-"].map(|p| WordKeys::of(p, &model));
        Some(model)
    }

    /// The hash of the lexicon class of the word whose lower-case hash is
    /// `lower`.
    pub(crate) fn lexicon_class(&self, lower: u64) -> u64 {
        self.lexicon.get(&lower).copied().unwrap_or(UNKNOWN_CLASS)
    }

    /// The best-scoring tag for word `i`; ties go to the earlier tag, as in
    /// the build script.
    pub(crate) fn best(
        &self,
        words: &[WordKeys],
        i: usize,
        prev: Option<Tag>,
        prev2: Option<Tag>,
    ) -> Tag {
        // Sums of FEATURES weights each below MAX_WEIGHT fit in an i16, and
        // adding rows of i16 is a few vector instructions.
        let mut scores: Row = [[0; 8]; 3];
        let keys: [u64; FEATURES] = features::keys(words, &self.pads, i, prev, prev2);
        for key in keys {
            if let Some(row) = self.rows.get(&key) {
                add_row(&mut scores, row);
            }
        }
        let score = |t: usize| scores[t / 8][t % 8];
        let mut best = 0;
        for t in 1..TAG_COUNT {
            if score(t) > score(best) {
                best = t;
            }
        }
        Tag::ALL[best]
    }

    #[cfg(test)]
    pub(crate) fn feature_count(&self) -> usize {
        self.rows.len()
    }
}
