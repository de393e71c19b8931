//! The units whose reading depends on their sentence: which degrees and
//! glued letters are temperatures, and when a spaced "m" is metres.
//!
//! A degree with no scale ("98 degrees", "85°") is a temperature when its
//! sentence speaks of temperature ("the temperature outside is 98
//! degrees", "set the thermostat to 85°") and an angle otherwise ("rotate
//! 90°", "a 180-degree turn"). A capital "C" or "F" glued to a number is a
//! temperature in such a sentence, or after a minus ("-5C"); otherwise it
//! is part of a name or a form ("Boeing 777F", "a 13F filing", "SCP-173C").
//! A spaced "m" is metres only where no word follows it.

use super::dimensions::{unit_info, Dimension};
use super::value::Number;
use super::view::View;
use super::wordlist::word_set;

/// The symbol a degree of no stated scale reports when it is a
/// temperature: its row in `dimensions.tsv` has no SI factor.
const UNSTATED: &str = "deg";

/// How far either way the sentence is searched for a temperature word, so
/// that a run of text with no sentence end costs no more than this per
/// number.
const REACH: usize = 40;

/// The unit `sym`, matched on tokens `at..end` after the number `n`, as
/// this sentence reads it: the symbol to report, or `None` when it is no
/// unit here.
pub(super) fn reading(
    v: View,
    n: &Number,
    sym: &'static str,
    at: usize,
    end: usize,
) -> Option<&'static str> {
    match sym {
        "°" if about_temperature(v, n.first, end) => Some(UNSTATED),
        "°C" | "°F" if end == at + 1 && matches!(v.text(at), "C" | "F") => {
            (after_minus(v, n.first) || about_temperature(v, n.first, end)).then_some(sym)
        }
        "m" if !v.glued(at) && v.text(at) == "m" => metres_spaced(v, end).then_some(sym),
        _ => Some(sym),
    }
}

/// A lower-case "m" after a space is metres only where no word follows
/// it ("1 m x 1 m", "12 m 2 dm", "a depth of 5 m."): before a word it is
/// as likely million, or an initial ("7 m ln", "5 m dlrs"), and before
/// glued digits a code ("24703 m212").
fn metres_spaced(v: View, end: usize) -> bool {
    let code = v.is_num(end) && v.glued(end);
    (!v.is_word(end) && !code) || v.word_is(end, "x") || v.word_is(end, "by")
}

/// "-5C", "minus 5C".
fn after_minus(v: View, first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else { return false };
    (v.is_punct(before, "-") && v.glued(first))
        || v.word_is(before, "minus")
        || v.is_punct(before, "−")
}

/// Whether the sentence holding tokens `first..end` has a temperature word.
fn about_temperature(v: View, first: usize, end: usize) -> bool {
    let words = word_set!("temperature_words.txt");
    let hit = |i: usize| v.is_word(i) && words.contains(v.text(i));
    let stop = |i: usize| matches!(v.text(i), "." | "!" | "?" | ";");
    let left = (first.saturating_sub(REACH)..first).rev().take_while(|&i| !stop(i));
    let right = (end..v.len().min(end + REACH)).take_while(|&i| !stop(i));
    left.chain(right).any(hit)
}

/// Whether the lone "-" before token `start` (not below `floor`) is the
/// sign of the temperature in `unit` that starts there ("convert - 20
/// degrees fahrenheit"): temperatures go below zero, and a dash between two
/// phrases seldom falls just before one. After a number it is a range.
pub(super) fn spaced_minus(v: View, start: usize, floor: usize, unit: Option<&str>) -> bool {
    let Some(dash) = start.checked_sub(1).filter(|&d| d >= floor) else { return false };
    v.is_punct(dash, "-")
        && !v.glued(start)
        && !v.glued(dash)
        && !dash.checked_sub(1).is_some_and(|d| v.is_num(d))
        && unit.and_then(unit_info).is_some_and(|u| u.dimension == Dimension::Temperature)
}

/// "below zero" after a temperature in `unit` ending before token `end`
/// ("25 degrees below zero"): the value is negative, and the words belong to
/// the fact. The index after them.
pub(super) fn below_zero(v: View, unit: Option<&str>, end: usize) -> Option<usize> {
    let temperature =
        unit.and_then(unit_info).is_some_and(|u| u.dimension == Dimension::Temperature);
    (temperature && v.word_is(end, "below") && v.word_is(end + 1, "zero")).then_some(end + 2)
}
