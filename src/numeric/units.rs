//! The unit table (`units.tsv`): the words and symbols that make a number a
//! quantity, and the short symbol each one reports.

use std::sync::OnceLock;

use super::lexicon::WordMap;
use super::phrase::{rows, Phrase};
use super::scanner::Tok;

/// How a unit may follow its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Any case; after a space, a hyphen or glued.
    Word,
    /// Exact case; glued or after a space.
    Sym,
    /// Exact case; glued only.
    Glued,
}

struct Unit {
    phrase: Phrase,
    symbol: &'static str,
    mode: Mode,
}

/// Units indexed by their first token, lower-cased; longest first.
fn table() -> &'static WordMap<Vec<Unit>> {
    static TABLE: OnceLock<WordMap<Vec<Unit>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: WordMap<Vec<Unit>> = WordMap::default();
        for cols in rows(include_str!("units.tsv")) {
            let mode = match cols[2].trim() {
                "sym" => Mode::Sym,
                "glued" => Mode::Glued,
                _ => Mode::Word,
            };
            // "cased" is a word that is a name when capitalised ("Micron").
            let exact_case = mode != Mode::Word || cols[2].trim() == "cased";
            let phrase = Phrase::parse(cols[0], exact_case);
            let Some(first) = phrase.toks.first() else { continue };
            m.entry(first).push(Unit { phrase, symbol: cols[1], mode });
        }
        for list in m.values_mut() {
            list.sort_by_key(|c| std::cmp::Reverse(c.phrase.toks.len()));
        }
        m
    })
}

/// How the unit is attached to the number before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Attach {
    Glued,
    Spaced,
    Hyphen,
}

/// The unit starting at token `at`, if any: its symbol and the index one
/// past its last token.
pub(crate) fn match_unit(
    text: &str,
    toks: &[Tok],
    at: usize,
    attach: Attach,
) -> Option<(&'static str, usize)> {
    let t = toks.get(at)?;
    let list = table().get(&text[t.start..t.end])?;
    for unit in list {
        let allowed = match unit.mode {
            Mode::Word => true,
            Mode::Sym => attach != Attach::Hyphen,
            Mode::Glued => attach == Attach::Glued,
        };
        if !allowed {
            continue;
        }
        if let Some(end) = unit.phrase.match_forward(text, toks, at) {
            return Some((unit.symbol, end));
        }
    }
    None
}
