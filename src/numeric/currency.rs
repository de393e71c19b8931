//! The currency table (`currencies.tsv`): symbols and prefixes written
//! before a number, words written after it, and ISO codes either side.

use std::sync::OnceLock;

use super::lexicon::{FastMap, WordMap};
use super::phrase::{rows, Phrase};
use super::scanner::Tok;

struct Currency {
    phrase: Phrase,
    code: &'static str,
}

struct Tables {
    /// Before the number, by last token lower-cased; longest first.
    prefix: WordMap<Vec<Currency>>,
    /// After the number, by first token lower-cased; longest first.
    suffix: WordMap<Vec<Currency>>,
    /// Written glued after digits only ("310p").
    glued: FastMap<String, Currency>,
    /// ISO codes, by their [`code_key`].
    codes: FastMap<u32, &'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            prefix: WordMap::default(),
            suffix: WordMap::default(),
            glued: FastMap::default(),
            codes: FastMap::default(),
        };
        for cols in rows(include_str!("currencies.tsv")) {
            let code = cols[1];
            match cols[2].trim() {
                "prefix" => {
                    let phrase = Phrase::parse(cols[0], false);
                    if let Some(last) = phrase.toks.last() {
                        t.prefix.entry(last).push(Currency { phrase, code });
                    }
                }
                "suffix" => {
                    let phrase = Phrase::parse(cols[0], false);
                    if let Some(first) = phrase.toks.first() {
                        t.suffix.entry(first).push(Currency { phrase, code });
                    }
                }
                "glued" => {
                    let phrase = Phrase::parse(cols[0], true);
                    t.glued.insert(cols[0].to_string(), Currency { phrase, code });
                }
                _ => {
                    if let Some(key) = code_key(cols[0].as_bytes()) {
                        t.codes.insert(key, code);
                    }
                }
            }
        }
        for list in t.prefix.values_mut().chain(t.suffix.values_mut()) {
            list.sort_by_key(|c| std::cmp::Reverse(c.phrase.toks.len()));
        }
        t
    })
}

/// A currency symbol or prefix ending just before token `end`; returns the
/// code and the index of its first token.
pub(crate) fn match_prefix(
    text: &str,
    toks: &[Tok],
    end: usize,
    floor: usize,
) -> Option<(&'static str, usize)> {
    if end == 0 || end <= floor || end > toks.len() {
        return None;
    }
    let last = toks[end - 1];
    // Every prefix ends in a symbol or in "Rs": most words stop here.
    if last.kind == super::scanner::Kind::Word
        && !text[last.start..last.end].eq_ignore_ascii_case("rs")
    {
        return None;
    }
    let list = tables().prefix.get(&text[last.start..last.end])?;
    for c in list {
        if let Some(first) = c.phrase.match_backward(text, toks, end, floor) {
            // A letter prefix must not be the tail of a longer word.
            let t = toks[first];
            let starts_word = first == 0
                || toks[first - 1].end != t.start
                || !text[t.start..].starts_with(|ch: char| ch.is_alphabetic());
            if starts_word {
                return Some((c.code, first));
            }
        }
    }
    None
}

/// A currency word after the number, starting at token `at`.
pub(crate) fn match_suffix(text: &str, toks: &[Tok], at: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(at)?;
    let list = tables().suffix.get(&text[t.start..t.end])?;
    for c in list {
        if let Some(end) = c.phrase.match_forward(text, toks, at) {
            return Some((c.code, end));
        }
    }
    None
}

/// A currency written glued after digits ("310p").
pub(crate) fn match_glued(text: &str, toks: &[Tok], at: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(at)?;
    let c = tables().glued.get(&text[t.start..t.end])?;
    c.phrase.match_forward(text, toks, at).map(|end| (c.code, end))
}

/// A three-byte word upper-cased into one integer: the code table's key,
/// asked for around most numbers, so it costs no copy and no string hash.
fn code_key(word: &[u8]) -> Option<u32> {
    let &[a, b, c] = word else { return None };
    Some(u32::from_le_bytes([a, b, c, 0].map(|x| x.to_ascii_uppercase())))
}

/// An ISO 4217 code, any case ("USD", "usd").
pub(crate) fn code(word: &str) -> Option<&'static str> {
    tables().codes.get(&code_key(word.as_bytes())?).copied()
}

/// An ISO code, possibly with a finance-style scale letter before it:
/// "MUSD" and "MEUR" are millions, "kEUR" thousands.
pub(crate) fn scaled_code(word: &str) -> Option<(&'static str, f64)> {
    if let Some(c) = code(word) {
        return Some((c, 1.0));
    }
    if word.len() != 4 || !word.is_ascii() {
        return None;
    }
    let scale = match word.as_bytes()[0] {
        b'M' | b'm' => 1e6,
        b'k' | b'K' => 1e3,
        _ => return None,
    };
    code(&word[1..]).map(|c| (c, scale))
}
