//! Ages written around a number rather than after it: "aged 87", "age 87"
//! (the word before), and the decade of a life, "in his 60s" (a range,
//! 60-69). Ages written after the number ("34-year-old", "ten months old")
//! are read with the other spans of time, in `durations`.

use super::kinds::NumericKind;
use super::value::Number;
use super::view::View;
use super::wordlist::word_set;

/// "aged" or "age" just before token `start` (the first token of the fact,
/// its qualifier included: "aged about 40"), not below `floor`: the token
/// the age starts at.
#[inline]
pub(super) fn aged_before(v: View, start: usize, floor: usize) -> Option<usize> {
    let k = start.checked_sub(1).filter(|&k| k >= floor)?;
    // Most words before a number do not start with "a": one byte decides.
    if !v.bytes(k).first().is_some_and(|b| b.eq_ignore_ascii_case(&b'a')) {
        return None;
    }
    aged_word(v, k).then_some(k)
}

#[inline(never)]
fn aged_word(v: View, k: usize) -> bool {
    v.word_is(k, "aged") || v.word_is(k, "age")
}

/// Whether a fact of `kind` and `unit` is an age when "aged" is written
/// before it: a bare number, or a span of time ("aged 18 months").
pub(super) fn can_be_aged(kind: NumericKind, unit: Option<&str>) -> bool {
    kind == NumericKind::Cardinal && unit.is_none()
        || kind == NumericKind::Quantity && matches!(unit, Some("yr" | "mo" | "wk" | "d"))
}

/// The decade of a life, "in his 60s", "in their early 20s", "her mid-30s":
/// a two-digit multiple of ten (`n`, ending before token `end`) with a
/// glued "s", after a possessive ("early", "mid" or "late" may come
/// between), not reaching below `floor`. The index past the "s".
#[inline(never)]
pub(super) fn decade_of_life(v: View, n: &Number, end: usize, floor: usize) -> Option<usize> {
    let digits = v.text(n.first);
    if !(n.plain_int && end == n.first + 1 && digits.len() == 2 && digits.ends_with('0')) {
        return None;
    }
    if !(v.word_is(end, "s") && v.glued(end)) {
        return None;
    }
    let mut k = n.first.checked_sub(1)?;
    if v.is_punct(k, "-") && v.glued(k + 1) && k > 0 && v.word_is(k - 1, "mid") {
        k -= 1;
    }
    if v.word_is(k, "early") || v.word_is(k, "mid") || v.word_is(k, "late") {
        k = k.checked_sub(1)?;
    }
    let possessive = v.is_word(k) && word_set!("possessives.txt").contains(v.text(k));
    (k >= floor && possessive).then_some(end + 1)
}
