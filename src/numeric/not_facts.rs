//! The rules that say a number is not a fact, in the order they are tried.
//!
//! [`NOT_FACTS`] is asked of every number as soon as it is read, before
//! anything around it: the first rule that answers decides, and reading
//! resumes at the token it names, so that the parts of a date, a code or a
//! phone number never become facts of their own. Three more rules need
//! what the driver reads around the number, so they are asked later, in
//! this order:
//!
//! 1. [`letters_glued_after`]: "737MAX", "3D" (after the right-hand side
//!    is read, so that "5km" and "310p" are not caught);
//! 2. [`name_before`]: "Boeing 737", "Route 66" (only for a bare count:
//!    "Boeing $5m" is money);
//! 3. a score or a tally ("won 3-1", "a 52-48 vote"), in
//!    [`super::range`], once both ends are read.
//!
//! Dotted and slashed codes ("192.168.1.2", "5/17/2018") never become
//! numbers at all: the digit reader turns them away.

use super::after::Tail;
use super::before::Before;
use super::kinds::NumericKind;
use super::lexicon::NumWord;
use super::qualifier::Qualifier;
use super::units::{self, Attach};
use super::value::Number;
use super::view::View;
use super::wordlist::word_set;
use super::{clock, currency, dates, names};

/// A rule: whether the number `n` read at or after `floor` (the first
/// token no earlier fact holds) is not a fact; if so, the token to resume
/// reading at.
type Rule = fn(View, &Number, usize) -> Option<usize>;

/// The rules asked of every number before its context is read, in order.
pub(super) const NOT_FACTS: &[(&str, Rule)] = &[
    // "the one", "Formula One", "the first half", "fifth third".
    ("a number word used as a word", number_word_as_word),
    // "G7", "A380"; not "usd115", which is money.
    ("letters glued before digits", letters_glued_before),
    // "F-16", "COVID-19", "SCP-173"; not "mid-1990s".
    ("a word hyphenated to digits", word_hyphenated_before),
    // "number two wheat", "band three", "phase 2".
    ("a label word before", label_before),
    // "1." at the start of a line.
    ("a list label", list_label),
    // "No. 5", "#5".
    ("a number sign before", number_sign),
    // "+1-222-2222"; not "+0.5%".
    ("a phone number", phone_number),
    // "Dec. 31", "May 4th", "31 December, 1987", "4th of July".
    ("a day beside a month", day_of_month),
    // "11 pm", "4.15am", "11 p.m.", "1530 GMT", "10:30".
    ("a clock time", clock_time),
    // "1987-03-01", "555-1234", "2019-05".
    ("digits in a hyphen chain", hyphen_chain),
];

/// The token to resume at when a rule of [`NOT_FACTS`] says `n` is no
/// fact.
#[inline]
pub(super) fn rejected(v: View, n: &Number, floor: usize) -> Option<usize> {
    NOT_FACTS.iter().find_map(|&(_, rule)| rule(v, n, floor))
}

/// A single number word ("one", "half", "first") that is not a number
/// here: "the one", "Formula One", "the first half". Only words get here,
/// so these rules stay out of the path that digits take.
fn number_word_as_word(v: View, n: &Number, floor: usize) -> Option<usize> {
    (n.words && n.end == n.first + 1 && word_not_number(v, n, floor)).then_some(n.end)
}

#[inline(never)]
fn word_not_number(v: View, n: &Number, floor: usize) -> bool {
    let first = n.first;
    // The word before may belong to the previous fact ("first half"):
    // it is read, never consumed. The lists match it in any case.
    let prev = if first > 0 { v.text(first - 1) } else { "" };
    let w = v.text(first);
    if w.eq_ignore_ascii_case("one")
        && (word_set!("one_pronoun_after.txt").contains(prev) || v.word_is(first + 1, "another"))
        // "that one mile": a unit after it makes "one" a number again.
        && units::match_unit(v.src, v.toks, first + 1, Attach::Spaced).is_none()
    {
        return true;
    }
    // "Formula One", "Air Force One": a capitalised number word after a
    // capitalised word is part of a name.
    let titled = w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase);
    let name_before = |k: usize| v.is_word(k) && names::is_name_word(v.text(k));
    if titled
        && first > 0
        && (name_before(first - 1)
            || (first > 1 && v.text(first - 1) == "of" && name_before(first - 2)))
    {
        return true;
    }
    if n.bare_fraction_word {
        let is_half = w.eq_ignore_ascii_case("half");
        let determiner = word_set!("fraction_determiners.txt").contains(prev);
        if !is_half || determiner || (v.is_punct(first + 1, "-") && v.glued(first + 1)) {
            return true;
        }
    }
    // An article counts nothing: "a first class seat", "a second term".
    n.ordinal
        && first > floor
        && (v.is_num(first - 1)
            || v.num_word(first - 1).is_some_and(|w| !matches!(w, NumWord::Article)))
}

/// Letters glued before digits make an identifier ("G7", "A380"), unless
/// they are a currency code ("usd115") that no earlier fact holds.
fn letters_glued_before(v: View, n: &Number, floor: usize) -> Option<usize> {
    let first = n.first;
    let glued_letters = !n.words && first > 0 && v.is_word(first - 1) && v.glued(first);
    let code = glued_letters && first > floor && currency::code(v.text(first - 1)).is_some();
    (glued_letters && !code).then_some(n.end)
}

/// "F-16", "COVID-19", "SCP-173": a word hyphenated to digits, unless the
/// word only bounds the number ("mid-1990s", "pre-2008", "top-10").
fn word_hyphenated_before(v: View, n: &Number, _floor: usize) -> Option<usize> {
    let first = n.first;
    (!n.words
        && first >= 2
        && v.is_punct(first - 1, "-")
        && v.glued(first)
        && v.is_word(first - 2)
        && v.glued(first - 1)
        && !names::is_hyphen_prefix(v.text(first - 2)))
    .then_some(n.end)
}

/// "number two wheat", "band three", "phase 2": a label word, spaced
/// before the number.
fn label_before(v: View, n: &Number, _floor: usize) -> Option<usize> {
    let first = n.first;
    (first > 0
        && v.is_word(first - 1)
        && !v.glued(first)
        && names::is_label_word(v.text(first - 1)))
    .then_some(n.end)
}

/// A list label: a small integer and a full stop at the start of a line
/// ("1. Wheat"). Reading resumes past the full stop.
fn list_label(v: View, n: &Number, _floor: usize) -> Option<usize> {
    let line_start = n.first == 0 || v.gap_has_newline(n.first);
    (line_start
        && n.plain_int
        && v.is_punct(n.end, ".")
        && v.glued(n.end)
        && !v.is_num(n.end + 1)
        && n.value < 100.0)
        .then_some(n.end + 1)
}

/// "No. 5", "#5": a number sign no earlier fact holds.
fn number_sign(v: View, n: &Number, floor: usize) -> Option<usize> {
    let first = n.first;
    (first > floor
        && ((v.is_punct(first - 1, "#") && v.glued(first))
            || (first >= 2
                && v.is_punct(first - 1, ".")
                && (v.word_is(first - 2, "no") || v.word_is(first - 2, "nos"))
                && v.glued(first - 1))))
    .then_some(n.end)
}

/// "+1-222-2222": digits after a glued "+" that go on in groups; reading
/// resumes past the last group. "+0.5%" is a signed change.
fn phone_number(v: View, n: &Number, _floor: usize) -> Option<usize> {
    let first = n.first;
    if !(first > 0 && v.is_punct(first - 1, "+") && v.glued(first) && n.plain_int) {
        return None;
    }
    let k = n.end;
    if !((v.is_punct(k, "-") || v.is_punct(k, "/")) && v.is_num(k + 1)
        || (v.is_num(k) && !v.glued(k)))
    {
        return None;
    }
    let mut e = k;
    while e < v.len()
        && (v.is_num(e) || v.is_punct(e, "-") || v.is_punct(e, "/") || v.is_punct(e, "."))
    {
        e += 1;
    }
    Some(e)
}

/// A day number beside a month ("Dec. 31", "31 December", "4th of July"),
/// with the year after it if one is written (", 1987").
fn day_of_month(v: View, n: &Number, floor: usize) -> Option<usize> {
    let single_word = n.words && n.end == n.first + 1;
    let day = (n.plain_int || n.ordinal || single_word)
        && n.value >= 1.0
        && n.value <= 31.0
        && n.value.fract() == 0.0;
    if !day {
        return None;
    }
    // Only a day number can follow a month: the month is looked for then.
    if dates::month_before(v, n.first, floor).is_some() {
        return Some(dates::year_after_date(v, n.end));
    }
    if !n.words && !v.glued(n.end) {
        if let Some(after) = dates::month_after(v, n.end) {
            return Some(dates::year_after_date(v, after));
        }
    }
    None
}

/// A clock time: digits before a time word ("11 pm", "1530 GMT") or a
/// colon and more digits ("10:30", "10:30:15 GMT").
fn clock_time(v: View, n: &Number, _floor: usize) -> Option<usize> {
    // "1530 hours" and "11.30 hrs" are times of day; "48 hours", "38.5
    // hours" and "24hrs" are durations: the hour words make a clock time
    // only after four digits, or two and two minutes after a point.
    if n.words || n.value >= 2400.0 {
        return None;
    }
    if let Some(end) = clock::time_after(v, n.end) {
        let hours = v.word_is(n.end, "hours") || v.word_is(n.end, "hrs");
        return (!hours || hhmm(v, n)).then_some(end);
    }
    clock::colon_time(v, n.end)
}

/// "1530", "11.30": the shape of a time of day written with its minutes.
#[inline(never)]
fn hhmm(v: View, n: &Number) -> bool {
    let t = v.text(n.first);
    let four = n.plain_int && n.end == n.first + 1 && t.len() == 4;
    let dotted = n.end == n.first + 3
        && v.is_punct(n.first + 1, ".")
        && t.len() <= 2
        && v.text(n.first + 2).len() == 2
        && n.value < 24.0
        && n.value.fract() < 0.595;
    four || dotted
}

/// Digits hyphenated to more digits in the shape of a date, a phone number
/// or a code: a chain of three or more ("1987-03-01"), three then four
/// digits ("555-1234"), a year and a month ("2019-05"). Reading resumes
/// past the chain.
fn hyphen_chain(v: View, n: &Number, _floor: usize) -> Option<usize> {
    if !(n.plain_int
        && v.is_punct(n.end, "-")
        && v.glued(n.end)
        && v.is_num(n.end + 1)
        && v.glued(n.end + 1))
    {
        return None;
    }
    let a = v.text(n.first);
    let b = v.text(n.end + 1);
    let chain = v.is_punct(n.end + 2, "-") && v.glued(n.end + 2) && v.is_num(n.end + 3);
    let phone = a.len() == 3 && b.len() == 4;
    let year_month = dates::year_like(a) && b.len() == 2 && b.starts_with('0');
    if !(chain || phone || year_month) {
        return None;
    }
    let mut e = n.end;
    while (v.is_punct(e, "-") || v.is_num(e)) && v.glued(e) {
        e += 1;
    }
    Some(e)
}

/// "737MAX", "3D": letters glued after the digits that the right-hand side
/// did not read as a scale, currency, percentage or unit. Reading resumes
/// past them. A decade ("1990s", "1990's") is no such case.
pub(super) fn letters_glued_after(v: View, n: &Number, t: &Tail) -> Option<usize> {
    if n.words || t.end != n.end || !v.is_word(t.end) || !v.glued(t.end) {
        return None;
    }
    let digits = v.text(n.first);
    let decade = n.plain_int
        && digits.ends_with('0')
        && matches!(digits.len(), 2 | 4)
        && (v.word_is(t.end, "s") || (v.is_punct(t.end, "'") && v.word_is(t.end + 1, "s")));
    (!decade).then_some(t.end + 1)
}

/// "Boeing 737", "Route 66", "Apollo 11": a bare count (no sign, currency,
/// qualifier, scale or unit) right after a capitalised word that makes it
/// part of a name.
pub(super) fn name_before(v: View, n: &Number, b: &Before, t: &Tail, floor: usize) -> bool {
    let first = n.first;
    t.kind == NumericKind::Cardinal
        && t.scale.is_none()
        && n.plain_int
        && b.qualifier == Qualifier::Exact
        && b.currency.is_none()
        && b.sign > 0.0
        && first > floor
        && b.start == first
        && v.is_word(first - 1)
        && !v.glued(first)
        && !v.gap_has_newline(first)
        && !(v.is_punct(n.end, "-") && v.glued(n.end))
        && names::is_name_word(v.text(first - 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::scanner::next_chunk;
    use crate::numeric::value::{read_number, Read};

    /// The first rule of [`NOT_FACTS`] that turns away the number read at
    /// the first token of `text` spelt `at`.
    fn rule_for(text: &str, at: &str) -> Option<&'static str> {
        let mut toks = Vec::new();
        next_chunk(text, 0, &mut toks);
        let v = View { src: text, toks: &toks };
        let i = (0..v.len()).find(|&i| v.text(i) == at).expect("the number is in the text");
        let Read::Number(n) = read_number(v, i) else { panic!("{at} reads as a number") };
        NOT_FACTS.iter().find(|(_, rule)| rule(v, &n, 0).is_some()).map(|(name, _)| *name)
    }

    #[test]
    fn every_rule_has_a_name_of_its_own() {
        for (i, (name, _)) in NOT_FACTS.iter().enumerate() {
            assert!(NOT_FACTS[..i].iter().all(|(other, _)| other != name), "{name}");
        }
    }

    #[test]
    fn each_shape_is_turned_away_by_the_rule_named_for_it() {
        for (text, at, rule) in [
            ("she was the one who left", "one", "a number word used as a word"),
            ("the G7 met", "7", "letters glued before digits"),
            ("an F-16 crashed", "16", "a word hyphenated to digits"),
            ("moved to phase 2 of the plan", "2", "a label word before"),
            ("Notes:\n1. Wheat", "1", "a list label"),
            ("ranked No. 5 in the world", "5", "a number sign before"),
            ("call +1-222-2222 now", "1", "a phone number"),
            ("on Dec. 31 the bank", "31", "a day beside a month"),
            ("at 11 pm local time", "11", "a clock time"),
            ("at 10:30 local time", "10", "a clock time"),
            ("call 555-1234 now", "555", "digits in a hyphen chain"),
        ] {
            assert_eq!(rule_for(text, at), Some(rule), "{text}");
        }
    }

    #[test]
    fn amounts_pass_every_rule() {
        for (text, at) in [
            ("87 people died", "87"),
            ("paid usd115 for it", "115"),
            ("in the mid-1990s", "1990"),
            ("the 31 members", "31"),
            ("rose +5% on the day", "5"),
            ("one of the men", "one"),
        ] {
            assert_eq!(rule_for(text, at), None, "{text}");
        }
    }
}
