//! What comes before a number: its sign ("-5", "minus 5"), its currency
//! ("$5", "US$ 5", "usd115", "MUSD 5"), its qualifier ("at least 5"), and
//! the words that may open a range or a percentage around it ("between",
//! "from", "per cent of").

use super::after::percent_at;
use super::currency;
use super::qualifier::{self, Qualifier};
use super::scanner::Kind;
use super::value::Number;
use super::view::View;
use super::wordlist::word_set;

/// What was read before a number, from its first token back to `start`.
pub(super) struct Before {
    /// The first token of the fact: the number's, or that of the sign,
    /// currency or qualifier before it.
    pub start: usize,
    /// -1.0 when a sign or "minus" is written before; 1.0 otherwise.
    pub sign: f64,
    /// The currency written before the number.
    pub currency: Option<&'static str>,
    /// The factor of a scaled code ("MUSD 5" is 5e6 USD); 1.0 otherwise.
    pub currency_scale: f64,
    pub qualifier: Qualifier,
    /// "between" just before `start`, not yet part of the fact: it is, if
    /// a range follows.
    pub between: bool,
    /// "from" just before `start`, likewise.
    pub from: bool,
    /// "per cent of" (or "percent of") just before `start`: the number is
    /// a percentage if nothing after it says otherwise.
    pub percent_of: bool,
}

/// What is written before `n`, not reaching below `floor` (the first token
/// no earlier fact holds).
pub(super) fn before(v: View, n: &Number, floor: usize) -> Before {
    let mut start = n.first;
    let mut sign = 1.0;
    if start > floor && sign_at(v, start - 1, floor) {
        sign = -1.0;
        start -= 1;
    }
    let (currency, currency_scale) = match currency_before(v, n, start, floor) {
        Some((code, scale, s)) => {
            start = s;
            (Some(code), scale)
        }
        None => (None, 1.0),
    };
    // "-$5": the sign before the currency.
    if currency.is_some() && sign > 0.0 && start > floor && sign_at(v, start - 1, floor) {
        sign = -1.0;
        start -= 1;
    }
    if start > floor
        && sign > 0.0
        && (v.word_is(start - 1, "minus") || v.word_is(start - 1, "negative"))
    {
        sign = -1.0;
        start -= 1;
    }
    let qualifier = match qualifier_before(v, n, start, floor) {
        Some((q, s)) => {
            start = s;
            q
        }
        None => Qualifier::Exact,
    };
    let between = start > floor && v.word_is(start - 1, "between");
    let from = start > floor && v.word_is(start - 1, "from");
    // "per cent of twenty-two".
    let percent_of = start >= floor + 2
        && v.word_is(start - 1, "of")
        && percent_at(v, start - 2).is_some_and(|(_, e)| e == start - 1)
        || start >= floor + 3
            && v.word_is(start - 1, "of")
            && v.word_is(start - 3, "per")
            && v.word_is(start - 2, "cent");
    Before { start, sign, currency, currency_scale, qualifier, between, from, percent_of }
}

/// The currency written before the number, whose fact (sign aside) starts
/// at `start`: a code glued to the digits ("usd115"), a symbol or prefix
/// ("$", "US$", "Rs"), or a spaced code, scaled or not ("USD 5", "MUSD 5").
/// The code, its scale and its first token.
fn currency_before(
    v: View,
    n: &Number,
    start: usize,
    floor: usize,
) -> Option<(&'static str, f64, usize)> {
    let first = n.first;
    // Letters glued to digits that made it past the rules are a code.
    if !n.words && first > 0 && v.is_word(first - 1) && v.glued(first) {
        return currency::code(v.text(first - 1)).map(|c| (c, 1.0, first - 1));
    }
    if let Some((c, s)) = currency::match_prefix(v.src, v.toks, start, floor) {
        return Some((c, 1.0, s));
    }
    if start > floor && v.is_word(start - 1) && !v.glued(start) {
        let w = v.text(start - 1);
        let (c, scale) = currency::scaled_code(w)?;
        if w.bytes().all(|b| b.is_ascii_uppercase()) || w.bytes().all(|b| b.is_ascii_lowercase()) {
            return Some((c, scale, start - 1));
        }
    }
    None
}

/// The qualifier phrase ending just before `start`, and its first token.
fn qualifier_before(v: View, n: &Number, start: usize, floor: usize) -> Option<(Qualifier, usize)> {
    let (q, s) = qualifier::before(v.src, v.toks, start, floor)?;
    // A symbol (">", "<=") must not be the tail of a word ("<LNDH.SI>
    // FIRST"), unless glued to the number ("x>10").
    let symbol = v.kind(s) == Some(Kind::Punct);
    let glued_left = s > 0 && v.glued(s) && v.kind(s - 1) != Some(Kind::Punct);
    if n.ordinal || symbol && glued_left && !v.glued(start) {
        return None;
    }
    // "over three weeks" is a duration, not "more than" ("over 30 years
    // old" and "over 30 years of experience" are still "more than").
    if q == Qualifier::MoreThan
        && v.word_is(s, "over")
        && word_set!("time_units.txt").contains(v.text(n.end))
        && !v.word_is(n.end + 1, "old")
        && !v.word_is(n.end + 1, "of")
    {
        return Some((Qualifier::Exact, s + 1));
    }
    Some((q, s))
}

/// Whether a hyphen or minus at `k` (just before a number) is a sign.
fn sign_at(v: View, k: usize, floor: usize) -> bool {
    if !(v.is_punct(k, "-") || v.is_punct(k, "−")) || !v.glued(k + 1) {
        return false;
    }
    // Glued to a word or a number before it, a hyphen joins ("CFM-56-5S").
    if k == 0 || !v.glued(k) {
        return true;
    }
    k <= floor && v.kind(k - 1) == Some(Kind::Punct) && !v.is_punct(k - 1, ".")
        || matches!(v.text(k - 1), "(" | "[" | "<" | ">" | "=" | "~" | ":" | "/" | "≤" | "≥")
}
