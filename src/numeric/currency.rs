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
    /// ISO codes: for each [`code_index`], 0 or one more than the code's
    /// place in `code_list`. Asked for around most numbers, so one load
    /// answers it, with no hashing; zero bytes, so building it costs
    /// nothing either.
    codes: Box<[u8]>,
    code_list: Vec<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            prefix: WordMap::default(),
            suffix: WordMap::default(),
            glued: FastMap::default(),
            codes: vec![0; 26 * 26 * 26].into_boxed_slice(),
            code_list: Vec::new(),
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
                    // Every ISO 4217 code is three letters (a test checks
                    // that none is dropped here).
                    let slot = code_index(cols[0].as_bytes()).and_then(|i| t.codes.get_mut(i));
                    if let (Some(slot), Ok(id)) = (slot, u8::try_from(t.code_list.len() + 1)) {
                        *slot = id;
                        t.code_list.push(code);
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

/// The slot of a three-letter word, any case, in the code table: its
/// letters read as a number in base 26. Anything else has none.
#[inline]
fn code_index(word: &[u8]) -> Option<usize> {
    let &[a, b, c] = word else { return None };
    let mut index = 0;
    for x in [a, b, c] {
        if !x.is_ascii_alphabetic() {
            return None;
        }
        index = index * 26 + usize::from(x.to_ascii_uppercase() - b'A');
    }
    Some(index)
}

/// An ISO 4217 code, any case ("USD", "usd").
pub(crate) fn code(word: &str) -> Option<&'static str> {
    let i = code_index(word.as_bytes())?;
    let t = tables();
    let id = usize::from(*t.codes.get(i)?);
    id.checked_sub(1).and_then(|k| t.code_list.get(k)).copied()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_in_the_table_is_found_in_any_case() {
        let codes: Vec<_> =
            rows(include_str!("currencies.tsv")).filter(|c| c[2].trim() == "code").collect();
        assert!(!codes.is_empty());
        for cols in codes {
            let (surface, code_) = (cols[0], cols[1]);
            assert_eq!(code(surface), Some(code_), "{surface}");
            assert_eq!(code(&surface.to_ascii_lowercase()), Some(code_), "{surface}");
        }
    }

    #[test]
    fn words_that_are_no_code_have_none() {
        for w in ["", "US", "USDX", "U$D", "ÜSD", "the", "1,2", "mln"] {
            assert_eq!(code(w), None, "{w}");
        }
        assert_eq!(scaled_code("MUSD"), Some(("USD", 1e6)));
        assert_eq!(scaled_code("kEUR"), Some(("EUR", 1e3)));
    }
}
