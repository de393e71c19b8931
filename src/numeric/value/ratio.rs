//! Ratios read as fractions: "two out of five", "1 in 20", "one over
//! three". The second number is read by the same word reader, but no ratio
//! is looked for after it, so a ratio never nests.

use super::number::{Number, Read};
use super::words::read_words;
use crate::numeric::dates::year_like;
use crate::numeric::view::View;
use crate::numeric::wordlist::is_function_word;

/// Reads the second half of a ratio after `num`, which ends at token
/// `end`: "out of five hundred", "in twenty-one", "over three".
#[inline(never)]
pub(super) fn ratio_after(v: View, num: &mut Number, end: usize) {
    // "two out of five hundred": a fraction, when the first is the smaller.
    if !num.ordinal && !num.fraction && v.word_is(end, "out") && v.word_is(end + 1, "of") {
        if let Read::Number(den) = read_words(v, end + 2) {
            if !den.ordinal && den.value > 0.0 && num.value <= den.value && den.value.is_finite() {
                num.value /= den.value;
                num.end = den.end;
                num.fraction = true;
                num.plain_int = false;
                num.words = num.words || den.words;
                return;
            }
        }
    }
    // "1 in twenty-one": a ratio, when what follows cannot be a counted
    // noun ("3 in 10 days" is not one).
    if !num.ordinal && !num.fraction && num.value >= 1.0 && v.word_is(end, "in") {
        if let Read::Number(den) = read_words(v, end + 1) {
            let after = den.end;
            let free = !v.is_word(after) || is_function_word(&v.text(after).to_ascii_lowercase());
            let year = den.plain_int && year_like(v.text(den.first));
            if free
                && !year
                && !den.ordinal
                && den.value > num.value
                && den.value.is_finite()
                && !v.is_num(after)
            {
                num.value /= den.value;
                num.end = after;
                num.fraction = true;
                num.plain_int = false;
                num.words = num.words || den.words;
                return;
            }
        }
    }
    // "one over three", "2000 over 3": a fraction, when nothing follows.
    if !num.ordinal && !num.fraction && v.word_is(end, "over") {
        if let Read::Number(den) = read_words(v, end + 1) {
            let after = den.end;
            let clause_ends = !v.is_word(after) && !v.is_num(after);
            if clause_ends && den.value != 0.0 && !den.ordinal && den.value.is_finite() {
                num.value /= den.value;
                num.end = after;
                num.fraction = true;
                num.plain_int = false;
                num.words = num.words || den.words;
            }
        }
    }
}
