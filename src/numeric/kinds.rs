//! What kind of fact a number is, and the shapes that are not facts at all:
//! dates, clock times, names and identifiers ("G7", "Boeing 737"), codes.

use serde::{Deserialize, Serialize};

use super::lexicon::{is_function_word, is_month, is_time_word, lower};
use super::view::View;

/// What a numeric fact measures. Serialises in lower case (`"money"`).
///
/// ```
/// use textfacts::{extract_numbers, NumericKind};
///
/// let text = "In 2016, 87 people paid £3.5bn, 12% more, for 40km of road: the first.";
/// let kinds: Vec<NumericKind> = extract_numbers(text).iter().map(|f| f.kind).collect();
/// assert_eq!(
///     kinds,
///     [
///         NumericKind::Year,
///         NumericKind::Cardinal,
///         NumericKind::Money,
///         NumericKind::Percent,
///         NumericKind::Quantity,
///         NumericKind::Ordinal,
///     ]
/// );
/// assert_eq!(serde_json::to_string(&NumericKind::Money).unwrap(), "\"money\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumericKind {
    /// A count or plain number: "87 people", "2.5 million", "two-thirds".
    Cardinal,
    /// A position: "21st", "first", "twenty-first".
    Ordinal,
    /// A percentage or a change in percentage points: "12%", "0.5
    /// percentage points"; the value is as written (12, not 0.12).
    Percent,
    /// An amount of money: "£3.5bn", "12 mln dlrs", "310p".
    Money,
    /// A measurement with a unit: "40km", "41C", "500,000 barrels".
    Quantity,
    /// A calendar year or decade: "in 2016", "the 1990s", "1986/87".
    Year,
}

impl NumericKind {
    /// The lower-case name, as serialised.
    ///
    /// ```
    /// assert_eq!(textfacts::NumericKind::Quantity.as_str(), "quantity");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            NumericKind::Cardinal => "cardinal",
            NumericKind::Ordinal => "ordinal",
            NumericKind::Percent => "percent",
            NumericKind::Money => "money",
            NumericKind::Quantity => "quantity",
            NumericKind::Year => "year",
        }
    }
}

/// Whether a plain integer could be a year on its own: four digits between
/// 1500 and 2100.
pub(crate) fn year_like(digits: &str) -> bool {
    digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1500..=2100).contains(&y))
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

/// Words that, glued by a hyphen before digits, do not make a name:
/// "mid-1990s", "pre-2008", "top-10".
pub(crate) fn is_hyphen_prefix(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "mid"
            | "pre"
            | "post"
            | "early"
            | "late"
            | "end"
            | "start"
            | "year"
            | "top"
            | "over"
            | "under"
            | "ex"
            | "non"
            | "sub"
            | "about"
            | "around"
            | "some"
            | "fiscal"
            | "circa"
            | "approx"
            | "minus"
            | "plus"
            | "nearly"
            | "almost"
    )
}

/// Whether `word`, written just before a number, makes the number part of
/// a name ("Boeing 737", "Route 66", "Apollo 11"): a capitalised word that
/// is not a function word, month or qualifier.
pub(crate) fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_uppercase() || !word.chars().skip(1).any(char::is_lowercase) {
        return false;
    }
    // Months, and nationality adjectives ("French 13-week bills").
    if is_month(word)
        || ["ese", "ish", "ian", "can", "ch", "ic", "i"].iter().any(|s| word.ends_with(s))
    {
        return false;
    }
    let mut buf = [0u8; 16];
    match lower(word, &mut buf) {
        Some(l) => {
            !is_function_word(l)
                && !matches!(
                    l,
                    "total"
                        | "exactly"
                        | "roughly"
                        | "approximately"
                        | "estimated"
                        | "over"
                        | "under"
                        | "nearly"
                        | "almost"
                        | "around"
                        | "about"
                        | "some"
                        | "only"
                        | "just"
                        | "another"
                        | "last"
                        | "next"
                        | "first"
                        | "top"
                        | "among"
                        | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "from"
                        | "between"
                        | "during"
                        | "after"
                        | "before"
                        | "with"
                        | "without"
                        | "of"
                        | "in"
                        | "at"
                        | "on"
                        | "for"
                        | "to"
                        | "then"
                        | "now"
                        | "yesterday"
                        | "today"
                        | "and"
                        | "but"
                        | "or"
                        | "nor"
                        | "so"
                        | "if"
                        | "when"
                        | "while"
                        | "because"
                        | "although"
                        | "though"
                        | "whereas"
                        | "unlike"
                        | "like"
                        | "including"
                        | "excluding"
                        | "plus"
                        | "minus"
                        | "average"
                        | "fiscal"
                        | "shr"
                        | "net"
                        | "revs"
                        | "sales"
                        | "loss"
                        | "profit"
                        | "avg"
                        | "shrs"
                        | "oper"
                        | "qtr"
                        | "year"
                        | "mths"
                        | "nine"
                        | "six"
                        | "three"
                        | "weeks"
                        | "seven"
                        | "twelve"
                        | "record"
                        | "up"
                        | "down"
                        | "rose"
                        | "fell"
                        | "gained"
                        | "lost"
                        | "expected"
                        | "forecast"
                        | "spent"
                        | "paid"
                        | "killing"
                        | "injuring"
                        | "leaving"
                        | "at least"
                        | "age"
                        | "aged"
                        | "ages"
                )
        }
        None => true,
    }
}
