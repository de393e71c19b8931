//! Reading one number, in digits or words, into its value: grouping
//! separators, decimals, exponents, fractions, scales ("2.5 million",
//! "12 mln"), number words ("one hundred and twenty-three", "half a
//! million", "two-thirds") and ordinals ("21st", "twenty-first").
//!
//! Every loop advances over tokens and never goes back, so a number of any
//! length is read in time linear in its length. Values past `f64::MAX`
//! become infinity instead of failing.
//!
//! The reader is layered, each file leaning only on those before it:
//!
//! - [`number`]: what a read gives its caller;
//! - [`num_text`]: the digits as written, without separators, and their
//!   value;
//! - [`shapes`]: the rare shapes after digits (exponents, quotes, slash
//!   forms, mixed numbers, vulgar fractions);
//! - [`digits`]: a number in digits, with its grouping and decimals;
//! - [`acc`]: the accumulator a number in words is summed up in;
//! - [`fractions`]: denominators, "and a half", "point two five";
//! - [`state`] and [`steps`]: the word reader's state and one step per
//!   kind of number word;
//! - [`words`]: the reader itself, over digits and words;
//! - [`ratio`]: "two out of five", "1 in 20", "one over three".

mod acc;
mod digits;
mod fractions;
mod num_text;
mod number;
mod ratio;
mod shapes;
mod state;
mod steps;
mod words;

use super::view::View;
pub(crate) use number::{Number, Read};
pub(crate) use shapes::vulgar;

/// Reads the number starting at token `i`: digits, words, or both.
pub(crate) fn read_number(v: View, i: usize) -> Read {
    let mut read = words::read_words(v, i);
    // "two out of five", "1 in 20", "one over three": a ratio word after
    // the number, looked at in a function of its own (a recursive read of
    // the second number is rare code that need not sit on the common path).
    // Digits complete by themselves (a year range, a quote) take none.
    if let Read::Number(num) = &mut read {
        let end = num.end;
        if !num.ordinal
            && !num.fraction
            && num.year_range.is_none()
            && num.quote.is_none()
            && (v.word_is(end, "out") || v.word_is(end, "in") || v.word_is(end, "over"))
        {
            ratio::ratio_after(v, num, end);
        }
    }
    read
}
