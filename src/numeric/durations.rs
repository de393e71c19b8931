//! Spans of time after a number: a duration ("for 12 years", "a 10-day
//! strike", "24hrs") is a quantity of dimension time; the same span followed
//! by "old" or "of age" is an age ("a 34-year-old man", "ten months old",
//! "6 weeks of age"), as is a number followed by "yo" ("87 yo").
//!
//! A number directly followed by a unit of time is an amount of time
//! wherever it stands: "for 12 years", "in 12 years", "over 12 years", "12
//! years ago" and "12 years later" all measure twelve years (what the
//! amount is counted from is the sentence's business, not the fact's). The
//! unit becomes the fact's, so no time word is ever a counted noun.

use super::after::Tail;
use super::dates::year_like;
use super::kinds::NumericKind;
use super::lexicon::WordMap;
use super::value::Number;
use super::view::View;
use super::wordlist::entries;

/// A unit of time: its symbol, and how it must be written (`mode` in
/// `time_words.tsv`).
#[derive(Clone, Copy, Default)]
struct TimeUnit {
    symbol: &'static str,
    lower_only: bool,
    hyphen_only: bool,
}

/// The unit of time `word` names, in any case.
fn time_unit(word: &str) -> Option<TimeUnit> {
    static TABLE: std::sync::OnceLock<WordMap<TimeUnit>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut map = WordMap::default();
        for row in entries(include_str!("time_words.tsv")) {
            if let [surface, symbol, mode] = row.split('\t').collect::<Vec<_>>()[..] {
                let (lower_only, hyphen_only) = (mode == "abbr", mode == "hyphen");
                *map.entry(surface) = TimeUnit { symbol, lower_only, hyphen_only };
            }
        }
        map
    });
    table.get(word).copied()
}

/// A unit of time from token `k`, right after a number: makes `t` a
/// duration, or an age when "old" or "of age" follows. Whether one was
/// read.
pub(super) fn time_after(v: View, n: &Number, k: usize, t: &mut Tail) -> bool {
    let hyphen = v.is_punct(k, "-") && v.glued(k) && v.glued(k + 1);
    let at = if hyphen { k + 1 } else { k };
    if !v.is_word(at) {
        return false;
    }
    if years_old_abbrev(v, at).is_some_and(|end| {
        t.kind = NumericKind::Age;
        t.unit = Some("yr");
        t.end = end;
        true
    }) {
        return true;
    }
    let w = v.text(at);
    if !hyphen && !v.glued(at) && !spaced_as_a_unit(v.gap(at), w) {
        return false;
    }
    let Some(unit) = time_unit(w).filter(|u| {
        (hyphen || !u.hyphen_only) && !(u.lower_only && w.bytes().any(|b| b.is_ascii_uppercase()))
    }) else {
        return false;
    };
    let old = old_after(v, at + 1);
    // "the 1986 year", "the first two 1987 months", "the 1987/88 year": a
    // year with a word of time after it, not 1987 months ("a 2000 year old
    // tree" is an age still).
    let year = n.year_range.is_some() || n.plain_int && year_like(v.text(n.first));
    if year && !hyphen && old.is_none() {
        return false;
    }
    t.unit = Some(unit.symbol);
    t.kind = NumericKind::Quantity;
    t.end = at + 1;
    if let Some(end) = old {
        t.kind = NumericKind::Age;
        t.end = end;
    }
    true
}

/// Whether a word after a number, separated from it by `gap`, can be its
/// unit of time: after one space, or across a line break when in lower
/// case ("37\nyears old"). In tables a wider gap or a capitalised word on
/// the next line starts another cell ("17.5 mln\n    Year", "13,700
/// WEEK AGO").
fn spaced_as_a_unit(gap: &str, word: &str) -> bool {
    gap == " "
        || gap.contains('\n')
            && gap.chars().all(char::is_whitespace)
            && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// "old" ("ten years old", "34-year-old") or "of age" from token `k`: the
/// index past it.
fn old_after(v: View, k: usize) -> Option<usize> {
    if v.is_punct(k, "-") && v.glued(k) && v.glued(k + 1) && v.word_is(k + 1, "old") {
        return Some(k + 2);
    }
    if v.word_is(k, "old") && !v.glued(k) {
        return Some(k + 1);
    }
    (v.word_is(k, "of") && v.word_is(k + 1, "age")).then_some(k + 2)
}

/// "yo" or "y.o." (years old) at token `k`: the index past it.
fn years_old_abbrev(v: View, k: usize) -> Option<usize> {
    if v.word_is(k, "yo") {
        return Some(k + 1);
    }
    let dotted = v.word_is(k, "y")
        && v.is_punct(k + 1, ".")
        && v.glued(k + 1)
        && v.word_is(k + 2, "o")
        && v.glued(k + 2);
    dotted.then(|| if v.is_punct(k + 3, ".") && v.glued(k + 3) { k + 4 } else { k + 3 })
}
