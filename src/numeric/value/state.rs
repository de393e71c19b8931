//! The state of the word reader between two tokens, and what one step of
//! it decides.
//!
//! The reader is a state machine over tokens: the state is what has been
//! summed up so far ([`Acc`], whose `last` is the state proper: what may
//! come next) plus a few facts about how the number began; each step looks
//! at one token (or a short run: "a half", "point two five") and either
//! takes it and moves on, or stops.

use super::acc::{Acc, Last};
use super::number::Number;
use crate::numeric::lexicon::NumWord;
use crate::numeric::view::View;

/// What one step of the reader decided.
pub(super) enum Step {
    /// Read on from the reader's current token.
    Next,
    /// The number has ended: it is the reader's last complete reading.
    Stop,
    /// Digits complete by themselves ("21st", "1986/87", a quote "1.8450/60"):
    /// the number is as the reader holds it, and no ratio follows.
    Whole,
    /// Digits that belong to a code, a date or a dotted identifier: no
    /// number; the caller resumes at this token.
    Skip(usize),
}

/// A number being read in words (and digits with scale words).
pub(super) struct Reader<'a> {
    pub v: View<'a>,
    pub acc: Acc,
    pub num: Number,
    /// The last complete reading: its end token and value. The reader often
    /// takes a token that may or may not continue the number ("and" in "one
    /// hundred and six" or "six hundred and Bill"); when it stops, what it
    /// read is this, not where it stopped.
    pub good: Option<(usize, f64)>,
    /// The token the next step looks at.
    pub j: usize,
    /// The digits the number began with had a decimal point or grouping
    /// comma ("1,674.5 G" takes "G" as giga; "5G" is a network).
    pub digit_separated: bool,
    /// "71.0 mln\nNine mths": words never continue a number begun in
    /// digits except scale words ("2.5 million", "4 thousand 3 hundred").
    pub started_with_digits: bool,
    /// Those digits had decimals: such an amount is complete before an
    /// "and" ("£3.5bn and 2 million people" lists two).
    pub started_with_decimals: bool,
    /// An "and" was just taken and must be followed by a word or digits
    /// that continue the number.
    pub pending_and: bool,
    /// The reading before an "and", restored when what follows the "and"
    /// turns out to start a new number ("3 hundred and 2 hundred").
    pub before_and: Option<Option<(usize, f64)>>,
    /// The scale was written as a symbol or abbreviation glued to or right
    /// after the digits ("5K", "$1.5bn", "12 mln"): such an amount is
    /// complete, and digits after it are another number ("5K 1" is two
    /// numbers, not 5001; "4 million 300" spells its scale out).
    pub scale_abbreviated: bool,
}

impl<'a> Reader<'a> {
    pub fn new(v: View<'a>, i: usize) -> Self {
        Reader {
            v,
            acc: Acc::new(),
            num: Number {
                first: i,
                end: i,
                value: 0.0,
                ordinal: false,
                plain_int: false,
                words: false,
                scale: None,
                fraction: false,
                bare_fraction_word: false,
                glued_m: None,
                year_range: None,
                quote: None,
            },
            good: None,
            j: i,
            digit_separated: false,
            started_with_digits: false,
            started_with_decimals: false,
            pending_and: false,
            before_and: None,
            scale_abbreviated: false,
        }
    }

    /// What has been read up to token `end` (exclusive) is a number; the
    /// next step looks at `end`.
    #[inline]
    pub fn complete_at(&mut self, end: usize) {
        self.j = end;
        self.good = Some((end, self.acc.value()));
    }

    /// Scale `s` written at token `at` ("5bn", "171-billion", "1,674.5 G"),
    /// right after digits: taken as it is.
    #[inline]
    pub fn digit_scale(&mut self, at: usize, s: f64) {
        self.acc.apply_scale(s);
        self.num.scale = Some(at);
        self.num.plain_int = false;
        self.complete_at(at + 1);
    }

    /// After a fraction, at the reader's token: "of a million", "a
    /// million", "million", "dozen" multiply it. Whether one did.
    pub fn fraction_of_scale(&mut self) -> bool {
        let v = self.v;
        let mut k = self.j;
        if v.word_is(k, "of") {
            k += 1;
        }
        if matches!(v.num_word(k), Some(NumWord::Article)) {
            k += 1;
        }
        match v.num_word(k) {
            Some(NumWord::Scale(s)) if self.acc.apply_scale(s) => {}
            Some(NumWord::Dozen) => self.acc.small *= 12.0,
            _ => return false,
        }
        self.num.scale = Some(k);
        self.complete_at(k + 1);
        true
    }

    /// Starts a new group worth `value` after a fraction was read: what
    /// comes next may only scale it ("two thirds of a million").
    pub fn restart_with_fraction(&mut self, value: f64) {
        self.acc.total = 0.0;
        self.acc.clear_group();
        self.acc.small = value;
        self.acc.last = Last::Fraction;
        self.acc.last_scale = f64::INFINITY;
    }
}
