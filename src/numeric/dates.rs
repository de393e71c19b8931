//! Calendar dates and years: the month names, the day numbers beside them
//! ("Dec. 31", "31 December, 1987"), which are not facts, and the digits
//! that could be a year.

use std::sync::OnceLock;

use super::lexicon::WordMap;
use super::view::View;
use super::wordlist::entries;

/// Whether a plain integer could be a year on its own: four digits between
/// 1500 and 2100.
pub(crate) fn year_like(digits: &str) -> bool {
    digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1500..=2100).contains(&y))
}

/// Month names and their news abbreviations, in the case they are written
/// with ("May" is a month, "may" a verb), or in capitals ("DEC").
pub(crate) fn is_month(word: &str) -> bool {
    // Every form starts with a capital and has three to nine letters: most
    // words are turned away before any lookup.
    if !(3..=9).contains(&word.len()) || !word.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    // Each month by its lower-case spelling, to the form it is written in.
    static MONTHS: OnceLock<WordMap<&'static str>> = OnceLock::new();
    let months = MONTHS.get_or_init(|| {
        let mut map = WordMap::default();
        for form in entries(include_str!("months.txt")) {
            *map.entry(form) = form;
        }
        map
    });
    months
        .get(word)
        .is_some_and(|&form| form == word || word.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether the word before a number makes it part of a date ("Dec. 31",
/// "May 4th"): the index of the month token, skipping a full stop.
pub(crate) fn month_before(v: View, first: usize, floor: usize) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    if v.is_punct(k, ".") && v.glued(k) {
        k = k.checked_sub(1)?;
    }
    (k >= floor && v.is_word(k) && is_month(v.text(k))).then_some(k)
}

/// A month name after a day number ("31 December", "4th of July"): the
/// index one past the month.
pub(crate) fn month_after(v: View, at: usize) -> Option<usize> {
    let k = if v.word_is(at, "of") { at + 1 } else { at };
    (v.is_word(k) && is_month(v.text(k))).then_some(k + 1)
}

/// A year written after a date (", 1987" or " 1987"): the index past it.
pub(crate) fn year_after_date(v: View, at: usize) -> usize {
    let k = if v.is_punct(at, ",") { at + 1 } else { at };
    if v.is_num(k) && year_like(v.text(k)) && !v.glued(k + 1) {
        k + 1
    } else {
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_keep_their_case() {
        assert!(is_month("May") && is_month("Dec") && is_month("DEC"));
        assert!(is_month("September") && is_month("SEPT"));
        assert!(!is_month("may") && !is_month("Decimal") && !is_month("DeC"));
    }

    #[test]
    fn years_are_four_digits_from_1500_to_2100() {
        assert!(year_like("1500") && year_like("1987") && year_like("2100"));
        assert!(!year_like("1499") && !year_like("2101") && !year_like("987"));
    }
}
