//! One step of the word reader per kind of number word: whether the word
//! may follow what was read (the accumulator's `last`), and what it adds.

use super::acc::Last;
use super::fractions::{and_fraction, denominator, spoken_decimals};
use super::state::{Reader, Step};
use crate::numeric::lexicon::NumWord;

impl Reader<'_> {
    /// The step for number word `nw` at the reader's token.
    #[inline]
    pub fn word(&mut self, nw: NumWord) -> Step {
        let (v, j) = (self.v, self.j);
        // "dozens of", "hundreds of": a vague amount starts here.
        let plural_of =
            v.word_is(j + 1, "of") && v.text(j).len() > 3 && v.text(j).ends_with(['s', 'S']);
        if plural_of && matches!(nw, NumWord::Dozen | NumWord::Hundred | NumWord::Scale(_)) {
            return Step::Stop;
        }
        match nw {
            NumWord::Article => self.article(),
            NumWord::Unit(u) => self.unit(u),
            NumWord::Teen(t) => self.tens(t, true),
            NumWord::Tens(t) => self.tens(t, false),
            NumWord::Hundred => self.hundred(),
            NumWord::Scale(s) => self.scale(s),
            NumWord::Dozen => self.dozen(),
            NumWord::Ordinal { value, plural } => self.ordinal(value, plural),
            NumWord::Half { plural } => self.half_or_quarter(2.0, 0.5, plural),
            NumWord::Quarter { plural } => self.half_or_quarter(4.0, 0.25, plural),
            NumWord::And => self.and(),
            NumWord::Point if self.acc.last != Last::Nothing => self.point(),
            NumWord::Point | NumWord::Minus => Step::Stop,
        }
    }

    /// "a", "an": only at the start, and only before a word it can count
    /// ("a hundred", "a dozen", "a half", "a third", "a twenty-first").
    fn article(&mut self) -> Step {
        let (v, j) = (self.v, self.j);
        if self.acc.last != Last::Nothing {
            return Step::Stop;
        }
        let next = v.num_word(j + 1);
        let ok = matches!(
            next,
            Some(
                NumWord::Hundred
                    | NumWord::Scale(_)
                    | NumWord::Dozen
                    | NumWord::Half { plural: false }
                    | NumWord::Quarter { plural: false }
            )
        ) || matches!(next, Some(NumWord::Ordinal { value, plural: false }) if value >= 3.0)
            || (matches!(next, Some(NumWord::Tens(_))) && denominator(v, j + 1).is_some());
        if !ok {
            return Step::Stop;
        }
        if let Some((den, _, end)) =
            denominator(v, j + 1).filter(|_| matches!(next, Some(NumWord::Tens(_))))
        {
            // "a twenty-first".
            self.num.words = true;
            self.num.fraction = true;
            self.good = Some((end, 1.0 / den));
            return Step::Stop;
        }
        self.acc.small = 1.0;
        self.acc.last = Last::Article;
        self.num.words = true;
        self.j += 1;
        Step::Next
    }

    /// "zero" to "nine": a number by itself, the units of a tens word
    /// ("twenty-one"), or the small part after a hundred or a scale.
    fn unit(&mut self, u: f64) -> Step {
        let acc = &mut self.acc;
        let ok = match acc.last {
            Last::Nothing => true,
            Last::Tens => !acc.units_set && u > 0.0,
            Last::Hundred | Last::Scale => {
                acc.small == 0.0 && (!self.started_with_digits || self.pending_and)
            }
            // After a unit or a teen ("five six", "twelve three") a unit
            // is another number.
            _ => false,
        };
        if !ok {
            return Step::Stop;
        }
        if acc.last == Last::Nothing && u == 0.0 {
            // "zero", "nought": a whole number by itself, or "point".
            acc.small = 0.0;
        } else {
            acc.small += u;
        }
        acc.units_set = true;
        acc.last = Last::Unit;
        self.num.words = true;
        self.pending_and = false;
        self.complete_at(self.j + 1);
        Step::Next
    }

    /// A teen (`teen`) or a tens word worth `t`; after a unit or a hundred
    /// it may instead be the start of a compound denominator ("three
    /// twenty-firsts", "one hundred thirty-fifths").
    fn tens(&mut self, t: f64, teen: bool) -> Step {
        let (v, j) = (self.v, self.j);
        // "one hundred thirty-fifths": a compound ordinal right after a
        // hundred or a scale is the denominator.
        if !teen
            && matches!(self.acc.last, Last::Hundred | Last::Scale)
            && !self.pending_and
            && self.acc.small == 0.0
        {
            if let Some((den, plural, end)) = denominator(v, j).filter(|d| d.2 > j + 1) {
                let n = self.acc.value();
                if plural || n == 1.0 {
                    self.num.words = true;
                    self.num.fraction = true;
                    self.num.plain_int = false;
                    self.good = Some((end, n / den));
                    return Step::Stop;
                }
            }
        }
        let ok = match self.acc.last {
            Last::Nothing => true,
            Last::Hundred | Last::Scale => {
                self.acc.small == 0.0 && (!self.started_with_digits || self.pending_and)
            }
            _ => false,
        };
        if !ok {
            // "three twenty-firsts", "twenty twenty fifths".
            if matches!(self.acc.last, Last::Unit | Last::Teen | Last::Tens | Last::Digit) && !teen
            {
                let one = self.acc.value() == 1.0 && self.acc.last == Last::Unit;
                if let Some((den, _, end)) = denominator(v, j).filter(|d| d.1 || one) {
                    self.num.fraction = true;
                    self.good = Some((end, self.acc.value() / den));
                }
            }
            return Step::Stop;
        }
        self.acc.small += t;
        self.acc.units_set = teen;
        self.acc.last = if teen { Last::Teen } else { Last::Tens };
        self.num.words = true;
        self.pending_and = false;
        self.complete_at(j + 1);
        Step::Next
    }

    /// "hundred": multiplies the small part of the current group, once.
    fn hundred(&mut self) -> Step {
        let acc = &mut self.acc;
        let ok =
            matches!(acc.last, Last::Article | Last::Unit | Last::Teen | Last::Tens | Last::Digit)
                && acc.hundreds == 0.0
                && acc.small > 0.0;
        if !ok {
            // "3 hundred and 2 hundred": the "and" began a second number.
            if let Some(b) = self.before_and {
                self.good = b;
            }
            return Step::Stop;
        }
        self.before_and = None;
        acc.hundreds = acc.small * 100.0;
        acc.small = 0.0;
        acc.units_set = false;
        acc.last = Last::Hundred;
        self.num.words = true;
        self.num.scale = Some(self.j);
        self.num.plain_int = false;
        self.complete_at(self.j + 1);
        Step::Next
    }

    /// A scale word ("thousand", "million", "crore") worth `s`.
    fn scale(&mut self, s: f64) -> Step {
        // "five million and three billion": after an "and", a scale no
        // smaller than the one before it begins a second number.
        if let Some(b) = self.before_and.filter(|_| s >= self.acc.last_scale) {
            self.good = b;
            return Step::Stop;
        }
        if matches!(self.acc.last, Last::Nothing | Last::And) || !self.acc.apply_scale(s) {
            return Step::Stop;
        }
        self.num.scale = Some(self.j);
        self.num.plain_int = false;
        self.complete_at(self.j + 1);
        Step::Next
    }

    /// "dozen": a multiplier of twelve ("three dozen", "a dozen").
    fn dozen(&mut self) -> Step {
        let acc = &mut self.acc;
        if !matches!(
            acc.last,
            Last::Article | Last::Unit | Last::Teen | Last::Tens | Last::Digit | Last::Fraction
        ) {
            return Step::Stop;
        }
        acc.small = if acc.small == 0.0 { 12.0 } else { acc.small * 12.0 };
        acc.last = Last::Scale;
        self.num.scale = Some(self.j);
        self.num.plain_int = false;
        self.num.words = true;
        self.complete_at(self.j + 1);
        Step::Next
    }

    /// An ordinal worth `o`: the end of an ordinal number ("twenty-first",
    /// "one hundred and fifth"), or a denominator ("a third", "two fifths",
    /// which a scale may follow: "two thirds of a million").
    #[inline(never)]
    fn ordinal(&mut self, o: f64, plural: bool) -> Step {
        let n = self.acc.value();
        let num = &mut self.num;
        let fixed = match self.acc.last {
            Last::Nothing => {
                if !plural {
                    num.ordinal = true;
                    num.words = true;
                    self.good = Some((self.j + 1, o));
                }
                return Step::Stop;
            }
            Last::Article if o >= 3.0 => {
                num.fraction = true;
                1.0 / o
            }
            _ if plural && o >= 3.0 && n > 0.0 => {
                num.fraction = true;
                n / o
            }
            Last::Unit if n == 1.0 && o >= 3.0 => {
                num.fraction = true;
                1.0 / o
            }
            Last::Tens if !self.acc.units_set && o < 10.0 => {
                num.ordinal = true;
                n + o
            }
            Last::Hundred | Last::Scale | Last::And if o < 100.0 => {
                num.ordinal = true;
                n + o
            }
            Last::Unit | Last::Teen | Last::Tens | Last::Digit if o >= 100.0 && !plural => {
                num.ordinal = true;
                n * o
            }
            // "a hundred trillionth", "two hundred thousandth".
            Last::Hundred if o > 100.0 && !plural => {
                num.ordinal = true;
                n * o
            }
            _ => return Step::Stop,
        };
        num.words = true;
        num.plain_int = false;
        self.j += 1;
        self.good = Some((self.j, fixed));
        if !self.num.ordinal {
            self.restart_with_fraction(fixed);
            self.fraction_of_scale();
        }
        Step::Stop
    }

    /// "half" or "quarter" (`den` 2 or 4, worth `frac`): a fraction by
    /// itself ("half", "a quarter", "one half"), or of what was read
    /// ("three quarters"); a scale may follow ("half a million").
    #[inline(never)]
    fn half_or_quarter(&mut self, den: f64, frac: f64, plural: bool) -> Step {
        let n = self.acc.value();
        let value = match self.acc.last {
            Last::Nothing if !plural => {
                self.num.bare_fraction_word = true;
                frac
            }
            Last::Article if !plural => frac,
            Last::Unit if n == 1.0 && !plural => frac,
            Last::Unit | Last::Teen | Last::Tens | Last::Digit if plural => n / den,
            _ => return Step::Stop,
        };
        self.num.words = true;
        self.num.fraction = true;
        self.num.plain_int = false;
        self.restart_with_fraction(value);
        self.j += 1;
        self.good = Some((self.j, value));
        if self.fraction_of_scale() {
            self.num.bare_fraction_word = false;
        }
        Step::Stop
    }

    /// "and": a fraction ("one and a half"), or the rest of the number
    /// after a hundred or a scale ("one hundred and six"), or the end.
    #[inline(never)]
    fn and(&mut self) -> Step {
        let (v, j) = (self.v, self.j);
        if !matches!(
            self.acc.last,
            Last::Hundred | Last::Scale | Last::Unit | Last::Teen | Last::Tens | Last::Digit
        ) {
            return Step::Stop;
        }
        if let Some((f, end)) = and_fraction(v, j + 1) {
            return self.and_fraction(f, end);
        }
        // "3 hundred and 21" and "6 crore and two hundred" are one
        // number each, but an amount with decimals is complete
        // ("£3.5bn and 2 million people" lists two), and so is one in
        // digits and a scale before more digits ("$5 million and 3
        // billion").
        let listed = self.started_with_decimals
            || (self.started_with_digits && self.acc.last == Last::Scale && v.is_num(j + 1));
        if !matches!(self.acc.last, Last::Hundred | Last::Scale) || listed {
            return Step::Stop;
        }
        let next_ok = match v.num_word(j + 1) {
            Some(NumWord::Unit(u)) => u > 0.0,
            Some(NumWord::Teen(_) | NumWord::Tens(_)) => true,
            Some(NumWord::Ordinal { value, plural: false }) => value < 100.0,
            _ => v.is_num(j + 1) && !v.glued(j + 1) && v.text(j + 1) != "0",
        };
        if !next_ok || self.acc.small != 0.0 {
            return Step::Stop;
        }
        self.pending_and = true;
        self.before_and = Some(self.good);
        if matches!(v.num_word(j + 1), Some(NumWord::Ordinal { .. })) {
            self.acc.last = Last::And;
        }
        self.j += 1;
        Step::Next
    }

    /// "and" followed by fraction `f` ending at `end`: "one and a half",
    /// "3 million and a quarter", "one billion and a half million", "five
    /// and a half million".
    fn and_fraction(&mut self, f: f64, end: usize) -> Step {
        let v = self.v;
        if let Some(NumWord::Scale(s)) = v.num_word(end) {
            if self.acc.last == Last::Scale && s < self.acc.last_scale {
                // "one billion and a half million": the half is of the
                // smaller scale, and more may follow.
                self.acc.total += f * s;
                self.num.scale = Some(end);
                self.num.words = true;
                self.num.fraction = true;
                self.complete_at(end + 1);
                return Step::Next;
            }
        }
        if self.acc.last == Last::Scale {
            self.acc.total += f * self.acc.last_scale;
        } else {
            self.acc.small += f;
        }
        self.acc.last = Last::Fraction;
        self.num.words = true;
        self.num.fraction = true;
        self.complete_at(end);
        if let Some(NumWord::Scale(s)) = v.num_word(end) {
            if self.acc.apply_scale(s) {
                self.num.scale = Some(end);
                self.complete_at(end + 1);
            }
        }
        Step::Stop
    }

    /// "point" and the digits spoken after it ("two point five"), which a
    /// scale may follow ("one point two million").
    fn point(&mut self) -> Step {
        let v = self.v;
        if !matches!(
            self.acc.last,
            Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Scale
        ) || self.acc.last_scale.is_finite() && self.acc.last == Last::Scale
        {
            return Step::Stop;
        }
        let Some((frac, k)) = spoken_decimals(v, self.j + 1) else { return Step::Stop };
        self.acc.small += frac;
        self.acc.last = Last::Fraction;
        self.complete_at(k);
        if let Some(NumWord::Scale(s)) = v.num_word(k) {
            if self.acc.apply_scale(s) {
                self.num.scale = Some(k);
                self.complete_at(k + 1);
            }
        }
        Step::Stop
    }
}
