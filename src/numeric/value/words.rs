//! The number reader proper: digits, number words, or both ("2.5
//! million", "4 thousand 3 hundred", "one hundred and twenty-three"),
//! read token by token as a state machine.
//!
//! Each step looks at the token at the reader's position: digits go to the
//! digit reader and then take a scale written after them; a number word
//! goes to its own step ([`super::steps`]); a hyphen may join two words
//! ("twenty-three"). A step either moves on or stops, and the number is the
//! last complete reading, so a word that looked like more of the number
//! but was not ("six hundred and Bill") is given back.

use super::acc::Last;
use super::digits::read_digits;
use super::number::Read;
use super::state::{Reader, Step};
use crate::numeric::lexicon::{scale_abbrev, NumWord};
use crate::numeric::view::View;

/// Reads the number starting at token `i`, without looking for a ratio
/// after it.
pub(super) fn read_words(v: View, i: usize) -> Read {
    let mut r = Reader::new(v, i);
    while r.j < v.len() {
        let step = if r.at_digits() {
            r.digits()
        } else if let Some(nw) = v.num_word(r.j) {
            r.word(nw)
        } else {
            r.hyphen()
        };
        match step {
            Step::Next => {}
            Step::Stop => break,
            Step::Whole => return Read::Number(r.num),
            Step::Skip(resume) => return Read::Skip(resume),
        }
    }
    let Some((end, value)) = r.good else { return Read::None };
    r.num.end = end;
    r.num.value = value;
    Read::Number(r.num)
}

impl Reader<'_> {
    /// Whether digits start at the reader's token ("12", or ".5" at the
    /// start of a number).
    #[inline]
    fn at_digits(&self) -> bool {
        let (v, j) = (self.v, self.j);
        v.is_num(j)
            || (v.is_punct(j, ".")
                && v.is_num(j + 1)
                && v.glued(j + 1)
                && self.acc.last == Last::Nothing)
    }

    /// Digits: the number's start, or its small part after a hundred or a
    /// scale ("4 thousand 3 hundred", "one hundred and 5").
    #[inline]
    fn digits(&mut self) -> Step {
        let (v, j) = (self.v, self.j);
        let after_scale = matches!(self.acc.last, Last::Hundred | Last::Scale) || self.pending_and;
        if self.acc.last != Last::Nothing
            && (!after_scale || v.glued(j) || self.scale_abbreviated || v.gap_has_newline(j))
        {
            return Step::Stop;
        }
        let d = match read_digits(v, j) {
            Ok(Some(d)) => d,
            Ok(None) => return Step::Stop,
            Err(resume) if self.acc.last == Last::Nothing => return Step::Skip(resume),
            Err(_) => return Step::Stop,
        };
        if self.acc.last == Last::Nothing {
            self.started_with_digits = true;
            self.started_with_decimals = d.decimals > 0;
            self.num.plain_int = d.plain_int;
            self.num.fraction = d.fraction;
            self.num.year_range = d.year_range;
            self.num.quote = d.quote;
            self.digit_separated = d.separated;
            if d.ordinal || d.year_range.is_some() || d.quote.is_some() {
                self.num.ordinal = d.ordinal;
                self.num.end = d.end;
                self.num.value = d.value;
                return Step::Whole;
            }
        } else {
            // Digits after a scale are its small part: whole, below a
            // thousand and below that scale ("4 million 300"); "3 thousand
            // 5000" is two numbers.
            if d.ordinal || d.fraction || d.value >= self.acc.last_scale.min(1000.0) {
                return Step::Stop;
            }
            self.num.plain_int = false;
        }
        self.acc.small = d.value;
        self.acc.decimals = d.decimals;
        self.acc.units_set = true;
        self.acc.last = Last::Digit;
        self.pending_and = false;
        self.complete_at(d.end);
        self.scale_after_digits()
    }

    /// A scale written right after digits: hyphenated ("a 171-billion-dlr
    /// deficit"), or an abbreviation glued or spaced ("5bn", "12 mln").
    /// A glued lower-case "m" stops the number and is left to the caller
    /// to read as million or metres.
    #[inline]
    fn scale_after_digits(&mut self) -> Step {
        let (v, j) = (self.v, self.j);
        if v.is_punct(j, "-") && v.glued(j) && v.glued(j + 1) {
            if let Some(NumWord::Scale(s)) = v.num_word(j + 1) {
                self.digit_scale(j + 1, s);
                return Step::Next;
            }
        }
        if !v.is_word(j) {
            return Step::Next;
        }
        let w = v.text(j);
        if let Some(ab) = scale_abbrev(w) {
            if v.glued(j) || (ab.spaced && !v.gap_has_newline(j)) {
                self.scale_abbreviated = true;
                self.digit_scale(j, ab.value);
                return Step::Next;
            }
        }
        // "1,674.5 G": giga only after a separator, since "4G" and "5G" are
        // names of networks.
        if w == "G" && self.digit_separated {
            self.scale_abbreviated = true;
            self.digit_scale(j, 1e9);
            return Step::Next;
        }
        if w == "m" && v.glued(j) {
            self.num.glued_m = Some(j);
            return Step::Stop;
        }
        Step::Next
    }

    /// A token that is no number word: only a hyphen inside a number
    /// written in words continues it ("twenty-three", "two-thirds", "fifty -
    /// two").
    fn hyphen(&mut self) -> Step {
        let (v, j, last) = (self.v, self.j, self.acc.last);
        if v.is_punct(j, "-")
            && matches!(last, Last::Tens | Last::Unit | Last::Teen | Last::Hundred)
        {
            let joins = match (last, v.num_word(j + 1)) {
                (Last::Tens, Some(NumWord::Unit(u))) => u > 0.0 && !self.acc.units_set,
                (
                    _,
                    Some(NumWord::Ordinal { .. } | NumWord::Half { .. } | NumWord::Quarter { .. }),
                ) => true,
                _ => false,
            };
            if joins {
                self.j += 1;
                return Step::Next;
            }
        }
        Step::Stop
    }
}
