//! Years and decades: "in 1987", "the 1990s", "the '90s", "1986/87". A
//! plain four-digit count is a year unless a bound or a counted plural
//! says it is an amount ("more than 2000", "about 2000 workers").

use super::after::Tail;
use super::dates::year_like;
use super::kinds::NumericKind;
use super::noun::counted_noun;
use super::qualifier::Qualifier;
use super::value::Number;
use super::view::View;
use super::wordlist::word_set;

/// Reads the plain, unsigned cardinal `n` (tail `t`, qualified by
/// `qualifier`) as a decade or a year where its digits and context say
/// so, making `t` a year. For a decade, also moves `start` back over the
/// apostrophe of "'90s" and returns its first year.
pub(super) fn year_or_decade(
    v: View,
    n: &Number,
    qualifier: Qualifier,
    t: &mut Tail,
    start: &mut usize,
) -> Option<f64> {
    let first = n.first;
    let digits = v.text(first);
    // "1990s", "1990's", "'90s".
    let s_at = if v.is_punct(t.end, "'") && v.glued(t.end) { t.end + 1 } else { t.end };
    if v.word_is(s_at, "s")
        && v.glued(s_at)
        && digits.ends_with('0')
        && (digits.len() == 4 || digits.len() == 2)
    {
        let base: f64 = if digits.len() == 2 { 1900.0 + t.value } else { t.value };
        let two_digit_ok = digits.len() == 4
            || (first > 0
                && (v.is_punct(first - 1, "'") || v.is_punct(first - 1, "’"))
                && v.glued(first));
        if !(two_digit_ok && (digits.len() == 2 || year_like(digits))) {
            return None;
        }
        if digits.len() == 2 {
            *start = (*start).min(first - 1);
        }
        t.kind = NumericKind::Year;
        t.end = s_at + 1;
        return Some(base);
    }
    if year_like(digits) {
        let counted = counted_noun(v, t.end).is_some_and(|sp| {
            let w = &v.src[sp.start..sp.end];
            w.ends_with('s') && !is_year_noun(w)
        });
        let bound = qualifier.is_lower_bound() || qualifier.is_upper_bound();
        if qualifier == Qualifier::Exact || (!bound && !counted) {
            t.kind = NumericKind::Year;
        }
    }
    None
}

/// Plural nouns that leave a number a year (`year_nouns.txt`), written in
/// lower case.
fn is_year_noun(w: &str) -> bool {
    !w.bytes().any(|b| b.is_ascii_uppercase()) && word_set!("year_nouns.txt").contains(w)
}
