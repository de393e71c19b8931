//! Clock times, which are not facts: "11 pm", "4.15am", "11 p.m.", "1530
//! GMT", "10:30".

use super::lexicon::lower;
use super::view::View;
use super::wordlist::word_set;

/// Words after a number that make it a clock time ("11 pm", "1530 GMT").
pub(crate) fn is_time_word(lower_word: &str) -> bool {
    word_set!("clock_words.txt").contains(lower_word)
}

/// A clock time after the number ("11 pm", "4.15am", "11 p.m.", "1530
/// GMT"): the index past the time word.
pub(crate) fn time_after(v: View, at: usize) -> Option<usize> {
    // Every time word has at most seven letters ("o'clock"): most words
    // after a number are turned away before being lower-cased.
    if !v.is_word(at) || v.bytes(at).len() > 7 {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower(v.text(at), &mut buf)?;
    if is_time_word(w) {
        return Some(at + 1);
    }
    // "a.m.", "p.m."
    if (w == "a" || w == "p")
        && v.is_punct(at + 1, ".")
        && v.glued(at + 1)
        && v.word_is(at + 2, "m")
        && v.glued(at + 2)
    {
        let end = if v.is_punct(at + 3, ".") && v.glued(at + 3) { at + 4 } else { at + 3 };
        return Some(end);
    }
    None
}

/// A time written with colons after the hour ("10:30", "10:30:15", "10:30
/// GMT"): the index past it.
pub(crate) fn colon_time(v: View, at: usize) -> Option<usize> {
    if !(v.is_punct(at, ":") && v.glued(at) && v.is_num(at + 1) && v.glued(at + 1)) {
        return None;
    }
    let mut e = at;
    while (v.is_punct(e, ":") || v.is_num(e)) && v.glued(e) {
        e += 1;
    }
    Some(time_after(v, e).unwrap_or(e))
}
