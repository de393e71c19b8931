//! The tagger's features, as hashes.
//!
//! scripts/build_tagger.py (`features`) defines each feature as a string,
//! a template name and its parts joined by spaces ("tw NOUN go": the
//! previous tag and this word). Here a feature is the hash of those parts,
//! `key(template, parts)`, computed from hashes of each word taken once per
//! word, so tagging builds no string. The model's feature strings are split
//! into the same parts and hashed the same way when it is loaded. Any change
//! to a template must be made in both places.

use super::model::Model;
use super::Tag;

/// 64-bit FNV-1a: a fixed hash, the same on every platform and run.
pub(crate) const fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

/// FNV-1a of the word in ASCII lower case, without lowering a copy.
fn fnv_lower(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b.to_ascii_lowercase() as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Adds one part's hash to a feature key.
pub(crate) fn combine(key: u64, part: u64) -> u64 {
    (key.rotate_left(27) ^ part).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key of a feature given as the model file spells it.
pub(crate) fn key_of_string(feature: &str) -> u64 {
    let space = |s: &str| memchr::memchr(b' ', s.as_bytes());
    let (template, rest) = match space(feature) {
        Some(k) => (&feature[..k], &feature[k + 1..]),
        None => (feature, ""),
    };
    let mut key = fnv(template.as_bytes());
    if template == "b" {
        return key;
    }
    // Two templates have two parts, a tag first; a word may hold any byte
    // but the tab that ends the feature, so the last part is the rest.
    if template == "t2" || template == "tw" {
        let (first, second) = match space(rest) {
            Some(k) => (&rest[..k], &rest[k + 1..]),
            None => (rest, ""),
        };
        key = combine(key, fnv(first.as_bytes()));
        return combine(key, fnv(second.as_bytes()));
    }
    combine(key, fnv(rest.as_bytes()))
}

/// What the features need of one word, hashed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordKeys {
    /// The word normalised: ASCII lower case, "!D" if it holds a digit.
    norm: u64,
    /// Its last 1, 2, 3 and 4 characters, lower case.
    suffix: [u64; 4],
    /// Its first character, lower case.
    prefix: u64,
    shape: Shape,
    /// Its class in the lexicon ("NOUN|VERB", or "?").
    lex: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Digit,
    NoLetter,
    Caps,
    Capital,
    Lower,
}

impl Shape {
    fn of(w: &str) -> Shape {
        let b = w.as_bytes();
        if b.iter().any(u8::is_ascii_digit) {
            return Shape::Digit;
        }
        if !w.chars().any(char::is_alphabetic) {
            return Shape::NoLetter;
        }
        if b.first().is_some_and(u8::is_ascii_uppercase) {
            let caps = b.iter().filter(|c| c.is_ascii_alphabetic()).all(u8::is_ascii_uppercase);
            if caps && w.chars().nth(1).is_some() {
                return Shape::Caps;
            }
            return Shape::Capital;
        }
        Shape::Lower
    }

    /// The hash of its name, with "^" when the word starts the sentence.
    fn hash(self, first: bool) -> u64 {
        const HASHES: [[u64; 2]; 5] = [
            [fnv(b"d"), fnv(b"d^")],
            [fnv(b"."), fnv(b".^")],
            [fnv(b"XX"), fnv(b"XX^")],
            [fnv(b"Xx"), fnv(b"Xx^")],
            [fnv(b"x"), fnv(b"x^")],
        ];
        HASHES[self as usize][usize::from(first)]
    }
}

const DIGIT_WORD: u64 = fnv(b"!D");

impl WordKeys {
    /// Stands in until the real keys are computed.
    pub(crate) const fn placeholder() -> WordKeys {
        WordKeys { norm: 0, suffix: [0; 4], prefix: 0, shape: Shape::Lower, lex: 0 }
    }

    pub(crate) fn of(w: &str, model: &Model) -> WordKeys {
        let b = w.as_bytes();
        let digit = b.iter().any(u8::is_ascii_digit);
        let lower = fnv_lower(b);
        let mut suffix = [0u64; 4];
        let mut starts = w.char_indices().rev().map(|(i, _)| i);
        let mut from = 0;
        for s in &mut suffix {
            // Shorter words repeat their whole self, as a Python slice does.
            if let Some(i) = starts.next() {
                from = i;
            }
            *s = fnv_lower(&b[from..]);
        }
        let first_len = w.chars().next().map_or(0, char::len_utf8);
        WordKeys {
            norm: if digit { DIGIT_WORD } else { lower },
            suffix,
            prefix: fnv_lower(&b[..first_len]),
            shape: Shape::of(w),
            lex: model.lexicon_class(lower),
        }
    }
}

const T_B: u64 = fnv(b"b");
const T_W: u64 = fnv(b"w");
const T_S: [u64; 4] = [fnv(b"s1"), fnv(b"s2"), fnv(b"s3"), fnv(b"s4")];
const T_P1: u64 = fnv(b"p1");
const T_H: u64 = fnv(b"h");
const T_T1: u64 = fnv(b"t1");
const T_T2: u64 = fnv(b"t2");
const T_TW: u64 = fnv(b"tw");
const T_WM1: u64 = fnv(b"w-1");
const T_SM1: u64 = fnv(b"s-1");
const T_WM2: u64 = fnv(b"w-2");
const T_WP1: u64 = fnv(b"w+1");
const T_SP1: u64 = fnv(b"s+1");
const T_HP1: u64 = fnv(b"h+1");
const T_WP2: u64 = fnv(b"w+2");
const T_L: u64 = fnv(b"l");
const T_LP1: u64 = fnv(b"l+1");

/// How many features a word has.
pub(crate) const FEATURES: usize = 20;

/// The hash of a tag's name, or of the pad before the sentence.
fn tag_hash(tag: Option<Tag>, pad: &'static [u8]) -> u64 {
    const HASHES: [u64; super::TAG_COUNT] = {
        let names: [&[u8]; super::TAG_COUNT] = [
            b"ADJ", b"ADP", b"ADV", b"AUX", b"CCONJ", b"DET", b"INTJ", b"NOUN", b"NUM", b"PART",
            b"PRON", b"PROPN", b"PUNCT", b"SCONJ", b"SYM", b"VERB", b"X",
        ];
        let mut out = [0u64; super::TAG_COUNT];
        let mut i = 0;
        while i < out.len() {
            out[i] = fnv(names[i]);
            i += 1;
        }
        out
    };
    tag.map_or_else(|| fnv(pad), |t| HASHES[t as usize])
}

/// The keys of word `i`'s features, given the tags already chosen for the
/// two words before it. `pads` stand for the words beyond either end:
/// two before, one before, one after, two after. `words` holds the keys of
/// the sentence's words up to word `i + 2` at least, or all of them: the
/// end of `words` is taken as the end of the sentence.
pub(crate) fn keys(
    words: &[WordKeys],
    pads: &[WordKeys; 4],
    i: usize,
    prev: Option<Tag>,
    prev2: Option<Tag>,
) -> [u64; FEATURES] {
    let at = |offset: isize| -> &WordKeys {
        let j = i as isize + offset;
        match usize::try_from(j) {
            Ok(j) if j < words.len() => &words[j],
            Ok(j) if j == words.len() => &pads[2],
            Ok(_) => &pads[3],
            Err(_) if j == -1 => &pads[1],
            Err(_) => &pads[0],
        }
    };
    let w = &words[i];
    let (m1, m2, p1, p2) = (at(-1), at(-2), at(1), at(2));
    let t1 = tag_hash(prev, b"-S-");
    // The build script shifts its pads as it goes: the word after the first
    // sees "-S-" two back, the first word "-S2-".
    let t2 = tag_hash(prev2, if i == 1 { b"-S-" } else { b"-S2-" });
    let k = combine;
    [
        T_B,
        k(T_W, w.norm),
        k(T_S[0], w.suffix[0]),
        k(T_S[1], w.suffix[1]),
        k(T_S[2], w.suffix[2]),
        k(T_S[3], w.suffix[3]),
        k(T_P1, w.prefix),
        k(T_H, w.shape.hash(i == 0)),
        k(T_T1, t1),
        k(k(T_T2, t2), t1),
        k(k(T_TW, t1), w.norm),
        k(T_WM1, m1.norm),
        k(T_SM1, m1.suffix[2]),
        k(T_WM2, m2.norm),
        k(T_WP1, p1.norm),
        k(T_SP1, p1.suffix[2]),
        k(T_HP1, p1.shape.hash(false)),
        k(T_WP2, p2.norm),
        k(T_L, w.lex),
        k(T_LP1, p1.lex),
    ]
}
