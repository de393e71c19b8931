//! Reading one number, in digits or words, into its value: grouping
//! separators, decimals, exponents, fractions, scales ("2.5 million",
//! "12 mln"), number words ("one hundred and twenty-three", "half a
//! million", "two-thirds") and ordinals ("21st", "twenty-first").
//!
//! Every loop advances over tokens and never goes back, so a number of any
//! length is read in time linear in its length. Values past `f64::MAX`
//! become infinity instead of failing.

mod digits;
mod num_text;
mod shapes;

use super::lexicon::{scale_abbrev, NumWord};
use super::view::View;
use digits::read_digits;
pub(crate) use shapes::vulgar;

/// One number as read.
#[derive(Clone, Debug)]
pub(crate) struct Number {
    /// Token range `first..end`.
    pub first: usize,
    pub end: usize,
    pub value: f64,
    pub ordinal: bool,
    /// Digits only, no separator, sign, decimal or word: the shape of years,
    /// identifiers and codes.
    pub plain_int: bool,
    /// Written (at least partly) in words.
    pub words: bool,
    /// The token holding the scale word, when one was written.
    pub scale: Option<usize>,
    /// A fraction ("two-thirds", "1/2", "½") or a number with one.
    pub fraction: bool,
    /// Just "half" or "quarter", with nothing before it.
    pub bare_fraction_word: bool,
    /// A lower-case "m" glued to the digits, left for the caller to read as
    /// million or metres.
    pub glued_m: Option<usize>,
    /// A year range written "1986/87".
    pub year_range: Option<(f64, f64)>,
    /// A two-way price written "1.8450/60": its low and high ends.
    pub quote: Option<(f64, f64)>,
}

/// What the reader found at a token.
pub(crate) enum Read {
    Number(Number),
    /// Digits that belong to a code, a date or a dotted identifier
    /// ("192.168.1.2", "5/17/2018", "24/7"): no fact; resume at this token.
    Skip(usize),
    None,
}

/// The last atom read, which decides what may follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Nothing,
    Article,
    Digit,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Fraction,
    And,
}

/// The running state of a number being read in words.
struct Acc {
    total: f64,
    hundreds: f64,
    small: f64,
    tens_set: bool,
    units_set: bool,
    last_scale: f64,
    last: Last,
    /// Decimal places of the digits being scaled, so that "2.01 billion"
    /// is 2010000000 and not 2009999999.9999998.
    decimals: i32,
}

impl Acc {
    fn group(&self) -> f64 {
        self.hundreds + self.small
    }
    fn value(&self) -> f64 {
        self.total + self.group()
    }
    fn clear_group(&mut self) {
        self.hundreds = 0.0;
        self.small = 0.0;
        self.tens_set = false;
        self.units_set = false;
    }
    fn apply_scale(&mut self, s: f64) -> bool {
        let g = self.group();
        if g == 0.0 && self.total == 0.0 {
            return false;
        }
        if s >= self.last_scale || self.total == 0.0 {
            self.total = (self.total + g) * s;
        } else {
            if g == 0.0 {
                return false;
            }
            self.total += g * s;
        }
        self.clear_group();
        self.last_scale = s;
        self.last = Last::Scale;
        if self.decimals > 0 && self.total.is_finite() && s >= 10.0 {
            let places = self.decimals - s.log10().round() as i32;
            let p = 10f64.powi(places.max(0));
            let rounded = (self.total * p).round() / p;
            if rounded.is_finite() {
                self.total = rounded;
            }
            self.decimals = places.max(0);
        }
        true
    }
}

/// A denominator ("fifths", "twenty-firsts", "half", "quarters") at `j`:
/// its value, whether it is plural, and where it ends.
fn denominator(v: View, j: usize) -> Option<(f64, bool, usize)> {
    match v.num_word(j)? {
        NumWord::Ordinal { value, plural } if value >= 3.0 => Some((value, plural, j + 1)),
        NumWord::Half { plural } => Some((2.0, plural, j + 1)),
        NumWord::Quarter { plural } => Some((4.0, plural, j + 1)),
        NumWord::Tens(t) => {
            let k = if v.is_punct(j + 1, "-") { j + 2 } else { j + 1 };
            match v.num_word(k)? {
                NumWord::Ordinal { value, plural } if value < 10.0 => {
                    Some((t + value, plural, k + 1))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A fraction after "and": "a half", "one quarter", "three fifths".
fn and_fraction(v: View, j: usize) -> Option<(f64, usize)> {
    let (num, k) = match v.num_word(j)? {
        NumWord::Article => (1.0, j + 1),
        NumWord::Unit(u) if u > 0.0 => (u, j + 1),
        NumWord::Teen(t) => (t, j + 1),
        NumWord::Tens(t) => {
            let k = if v.is_punct(j + 1, "-") { j + 2 } else { j + 1 };
            match v.num_word(k) {
                Some(NumWord::Unit(u)) if u > 0.0 => (t + u, k + 1),
                _ => (t, j + 1),
            }
        }
        _ => return None,
    };
    let k = if v.is_punct(k, "-") { k + 1 } else { k };
    let (den, plural, end) = denominator(v, k)?;
    // A mixed number's fraction is proper: "one hundred and three
    // quarters" is 100.75, but "one hundred and thirty-two fifths" is
    // 132/5, read by the caller as one numerator.
    (num < den && (plural || num == 1.0)).then_some((num / den, end))
}

/// Reads the number starting at token `i`: digits, words, or both.
pub(crate) fn read_number(v: View, i: usize) -> Read {
    read_number_inner(v, i, true)
}

fn read_number_inner(v: View, i: usize, allow_over: bool) -> Read {
    let mut acc = Acc {
        total: 0.0,
        hundreds: 0.0,
        small: 0.0,
        tens_set: false,
        units_set: false,
        last_scale: f64::INFINITY,
        last: Last::Nothing,
        decimals: 0,
    };
    let mut num = Number {
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
    };
    // The last complete reading: (end token, value, ordinal, fraction).
    let mut good: Option<(usize, f64)> = None;
    let mut j = i;
    let mut digit_separated = false;
    // "71.0 mln\nNine mths": words never continue a number begun in digits
    // except scale words ("2.5 million", "4 thousand 3 hundred").
    let mut started_with_digits = false;
    let mut started_with_decimals = false;
    let mut pending_and = false;
    // The reading before an "and", restored when what follows the "and"
    // turns out to start a new number ("3 hundred and 2 hundred").
    let mut before_and: Option<Option<(usize, f64)>> = None;
    while j < v.len() {
        // Digits.
        if v.is_num(j)
            || (v.is_punct(j, ".")
                && v.is_num(j + 1)
                && v.glued(j + 1)
                && acc.last == Last::Nothing)
        {
            let after_scale = matches!(acc.last, Last::Hundred | Last::Scale) || pending_and;
            if acc.last != Last::Nothing && (!after_scale || v.glued(j)) {
                break;
            }
            let d = match read_digits(v, j) {
                Ok(Some(d)) => d,
                Ok(None) => break,
                Err(resume) => {
                    if acc.last == Last::Nothing {
                        return Read::Skip(resume);
                    }
                    break;
                }
            };
            if acc.last == Last::Nothing {
                started_with_digits = true;
                started_with_decimals = d.decimals > 0;
                num.plain_int = d.plain_int;
                num.fraction = d.fraction;
                num.year_range = d.year_range;
                num.quote = d.quote;
                digit_separated = d.separated;
                if d.ordinal || d.year_range.is_some() || d.quote.is_some() {
                    num.ordinal = d.ordinal;
                    num.end = d.end;
                    num.value = d.value;
                    return Read::Number(num);
                }
            } else {
                if d.ordinal || d.fraction || d.value >= acc.last_scale.min(1000.0) {
                    break;
                }
                num.plain_int = false;
            }
            acc.small = d.value;
            acc.decimals = d.decimals;
            acc.tens_set = true;
            acc.units_set = true;
            acc.last = Last::Digit;
            pending_and = false;
            j = d.end;
            good = Some((j, acc.value()));
            // "a 171-billion-dlr deficit": a hyphenated scale.
            if v.is_punct(j, "-") && v.glued(j) && v.glued(j + 1) {
                if let Some(NumWord::Scale(sc)) = v.num_word(j + 1) {
                    acc.apply_scale(sc);
                    num.scale = Some(j + 1);
                    num.plain_int = false;
                    j += 2;
                    good = Some((j, acc.value()));
                    continue;
                }
            }
            // Scale abbreviations glued or spaced after digits.
            let w = v.text(j);
            if v.is_word(j) {
                if let Some(ab) = scale_abbrev(w) {
                    if v.glued(j) || (ab.spaced && !v.gap_has_newline(j)) {
                        acc.apply_scale(ab.value);
                        num.scale = Some(j);
                        j += 1;
                        good = Some((j, acc.value()));
                        num.plain_int = false;
                        continue;
                    }
                }
                // "1,674.5 G": giga only after a separator, since "4G" and
                // "5G" are names of networks.
                if w == "G" && digit_separated {
                    acc.apply_scale(1e9);
                    num.scale = Some(j);
                    j += 1;
                    good = Some((j, acc.value()));
                    num.plain_int = false;
                    continue;
                }
                if w == "m" && v.glued(j) {
                    num.glued_m = Some(j);
                    break;
                }
            }
            continue;
        }
        // Words.
        let Some(nw) = v.num_word(j) else {
            // A hyphen inside a number written in words: "twenty-three",
            // "two-thirds", "fifty - two".
            if v.is_punct(j, "-")
                && matches!(acc.last, Last::Tens | Last::Unit | Last::Teen | Last::Hundred)
            {
                let next = v.num_word(j + 1);
                let joins = match (acc.last, next) {
                    (Last::Tens, Some(NumWord::Unit(u))) => u > 0.0 && !acc.units_set,
                    (
                        _,
                        Some(
                            NumWord::Ordinal { .. }
                            | NumWord::Half { .. }
                            | NumWord::Quarter { .. },
                        ),
                    ) => true,
                    _ => false,
                };
                if joins && acc.last != Last::Digit {
                    j += 1;
                    continue;
                }
            }
            break;
        };
        // "dozens of", "hundreds of": a vague amount starts here.
        let plural_of =
            v.word_is(j + 1, "of") && v.text(j).len() > 3 && v.text(j).ends_with(['s', 'S']);
        if plural_of && matches!(nw, NumWord::Dozen | NumWord::Hundred | NumWord::Scale(_)) {
            break;
        }
        match nw {
            NumWord::Minus | NumWord::Point if acc.last == Last::Nothing => break,
            NumWord::Article => {
                if acc.last != Last::Nothing {
                    break;
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
                    break;
                }
                if let Some((den, _, end)) =
                    denominator(v, j + 1).filter(|_| matches!(next, Some(NumWord::Tens(_))))
                {
                    // "a twenty-first".
                    num.words = true;
                    num.fraction = true;
                    good = Some((end, 1.0 / den));
                    break;
                }
                acc.small = 1.0;
                acc.last = Last::Article;
                num.words = true;
                j += 1;
            }
            NumWord::Unit(u) => {
                let ok = match acc.last {
                    Last::Nothing => true,
                    Last::Tens => !acc.units_set && u > 0.0,
                    Last::Hundred | Last::Scale => {
                        acc.small == 0.0 && (!started_with_digits || pending_and)
                    }
                    _ => false,
                };
                if !ok {
                    // "three twenty-firsts": a compound denominator.
                    break;
                }
                if acc.last == Last::Nothing && u == 0.0 {
                    // "zero", "nought": a whole number by itself, or "point".
                    acc.small = 0.0;
                } else {
                    acc.small += u;
                }
                acc.units_set = true;
                acc.last = Last::Unit;
                num.words = true;
                pending_and = false;
                j += 1;
                good = Some((j, acc.value()));
            }
            NumWord::Teen(t) | NumWord::Tens(t) => {
                let teen = matches!(nw, NumWord::Teen(_));
                // "one hundred thirty-fifths": a compound ordinal right
                // after a hundred or a scale is the denominator.
                if !teen
                    && matches!(acc.last, Last::Hundred | Last::Scale)
                    && !pending_and
                    && acc.small == 0.0
                {
                    if let Some((den, plural, end)) = denominator(v, j).filter(|d| d.2 > j + 1) {
                        let n = acc.value();
                        if plural || n == 1.0 {
                            num.words = true;
                            num.fraction = true;
                            num.plain_int = false;
                            good = Some((end, n / den));
                            break;
                        }
                    }
                }
                let ok = match acc.last {
                    Last::Nothing => true,
                    Last::Hundred | Last::Scale => {
                        acc.small == 0.0 && (!started_with_digits || pending_and)
                    }
                    _ => false,
                };
                if !ok {
                    // "three twenty-firsts", "twenty twenty fifths".
                    if matches!(acc.last, Last::Unit | Last::Teen | Last::Tens | Last::Digit)
                        && !teen
                    {
                        let one = acc.value() == 1.0 && acc.last == Last::Unit;
                        if let Some((den, _, end)) = denominator(v, j).filter(|d| d.1 || one) {
                            num.fraction = true;
                            good = Some((end, acc.value() / den));
                        }
                    }
                    break;
                }
                acc.small += t;
                acc.tens_set = true;
                acc.units_set = teen;
                acc.last = if teen { Last::Teen } else { Last::Tens };
                num.words = true;
                pending_and = false;
                j += 1;
                good = Some((j, acc.value()));
            }
            NumWord::Hundred => {
                let ok = matches!(
                    acc.last,
                    Last::Article | Last::Unit | Last::Teen | Last::Tens | Last::Digit
                ) && acc.hundreds == 0.0
                    && acc.small > 0.0;
                if !ok {
                    if let Some(b) = before_and {
                        good = b;
                    }
                    break;
                }
                before_and = None;
                acc.hundreds = acc.small * 100.0;
                acc.small = 0.0;
                acc.tens_set = false;
                acc.units_set = false;
                acc.last = Last::Hundred;
                num.words = true;
                num.scale = Some(j);
                num.plain_int = false;
                j += 1;
                good = Some((j, acc.value()));
            }
            NumWord::Scale(s) => {
                // "five million and three billion": after an "and", a scale no
                // smaller than the one before it begins a second number.
                if let Some(b) = before_and.filter(|_| s >= acc.last_scale) {
                    good = b;
                    break;
                }
                if matches!(acc.last, Last::Nothing | Last::And) || !acc.apply_scale(s) {
                    break;
                }
                num.scale = Some(j);
                num.plain_int = false;
                j += 1;
                good = Some((j, acc.value()));
            }
            NumWord::Dozen => {
                if !matches!(
                    acc.last,
                    Last::Article
                        | Last::Unit
                        | Last::Teen
                        | Last::Tens
                        | Last::Digit
                        | Last::Fraction
                ) {
                    break;
                }
                acc.small = if acc.small == 0.0 { 12.0 } else { acc.small * 12.0 };
                acc.last = Last::Scale;
                num.scale = Some(j);
                num.plain_int = false;
                num.words = true;
                j += 1;
                good = Some((j, acc.value()));
            }
            NumWord::Ordinal { value: o, plural } => {
                let n = acc.value();
                let fixed = match acc.last {
                    Last::Nothing => {
                        if plural {
                            break;
                        }
                        num.ordinal = true;
                        num.words = true;
                        good = Some((j + 1, o));
                        break;
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
                    Last::Tens if !acc.units_set && o < 10.0 => {
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
                    _ => break,
                };
                num.words = true;
                num.plain_int = false;
                j += 1;
                good = Some((j, fixed));
                if num.ordinal {
                    break;
                }
                // "two thirds of a million": a fraction of a scale.
                acc.total = 0.0;
                acc.clear_group();
                acc.small = fixed;
                acc.last = Last::Fraction;
                acc.last_scale = f64::INFINITY;
                fraction_of_scale(v, j, &mut acc, &mut num, &mut good);
                break;
            }
            NumWord::Half { plural } | NumWord::Quarter { plural } => {
                let (den, frac) =
                    if matches!(nw, NumWord::Half { .. }) { (2.0, 0.5) } else { (4.0, 0.25) };
                let n = acc.value();
                let value = match acc.last {
                    Last::Nothing if !plural => {
                        num.bare_fraction_word = true;
                        frac
                    }
                    Last::Article if !plural => frac,
                    Last::Unit if n == 1.0 && !plural => frac,
                    Last::Unit | Last::Teen | Last::Tens | Last::Digit if plural => n / den,
                    _ => break,
                };
                num.words = true;
                num.fraction = true;
                num.plain_int = false;
                j += 1;
                acc.total = 0.0;
                acc.clear_group();
                acc.small = value;
                acc.last = Last::Fraction;
                acc.last_scale = f64::INFINITY;
                good = Some((j, value));
                let before = j;
                j = fraction_of_scale(v, j, &mut acc, &mut num, &mut good);
                if j != before {
                    num.bare_fraction_word = false;
                }
                break;
            }
            NumWord::And => {
                if !matches!(
                    acc.last,
                    Last::Hundred
                        | Last::Scale
                        | Last::Unit
                        | Last::Teen
                        | Last::Tens
                        | Last::Digit
                ) {
                    break;
                }
                if let Some((f, end)) = and_fraction(v, j + 1) {
                    // "one and a half", "3 million and a quarter", "one
                    // billion and a half million".
                    if let Some(NumWord::Scale(s)) = v.num_word(end) {
                        if acc.last == Last::Scale && s < acc.last_scale {
                            acc.total += f * s;
                            num.scale = Some(end);
                            j = end + 1;
                            good = Some((j, acc.value()));
                            num.words = true;
                            num.fraction = true;
                            continue;
                        }
                    }
                    if acc.last == Last::Scale {
                        acc.total += f * acc.last_scale;
                    } else {
                        acc.small += f;
                    }
                    acc.last = Last::Fraction;
                    num.words = true;
                    num.fraction = true;
                    j = end;
                    good = Some((j, acc.value()));
                    // "five and a half million".
                    if let Some(NumWord::Scale(s)) = v.num_word(j) {
                        if acc.apply_scale(s) {
                            num.scale = Some(j);
                            j += 1;
                            good = Some((j, acc.value()));
                        }
                    }
                    break;
                }
                // "3 hundred and 21" and "6 crore and two hundred" are one
                // number each, but an amount with decimals is complete
                // ("£3.5bn and 2 million people" lists two), and so is one in
                // digits and a scale before more digits ("$5 million and 3
                // billion").
                let listed = started_with_decimals
                    || (started_with_digits && acc.last == Last::Scale && v.is_num(j + 1));
                if !matches!(acc.last, Last::Hundred | Last::Scale) || listed {
                    break;
                }
                let next_ok = match v.num_word(j + 1) {
                    Some(NumWord::Unit(u)) => u > 0.0,
                    Some(NumWord::Teen(_) | NumWord::Tens(_)) => true,
                    Some(NumWord::Ordinal { value, plural: false }) => value < 100.0,
                    _ => v.is_num(j + 1) && !v.glued(j + 1) && v.text(j + 1) != "0",
                };
                if !next_ok || acc.small != 0.0 {
                    break;
                }
                pending_and = true;
                before_and = Some(good);
                if matches!(v.num_word(j + 1), Some(NumWord::Ordinal { .. })) {
                    acc.last = Last::And;
                }
                j += 1;
            }
            NumWord::Point => {
                if !matches!(
                    acc.last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Scale
                ) || acc.last_scale.is_finite() && acc.last == Last::Scale
                {
                    break;
                }
                let Some((frac, k)) = spoken_decimals(v, j + 1) else { break };
                acc.small += frac;
                acc.last = Last::Fraction;
                j = k;
                good = Some((j, acc.value()));
                if let Some(NumWord::Scale(s)) = v.num_word(j) {
                    if acc.apply_scale(s) {
                        num.scale = Some(j);
                        j += 1;
                        good = Some((j, acc.value()));
                    }
                }
                break;
            }
            NumWord::Minus => break,
        }
    }
    let Some((end, value)) = good else { return Read::None };
    num.end = end;
    num.value = value;
    // "two out of five", "1 in 20", "one over three": a ratio word after
    // the number, looked at in a function of its own (a recursive read of
    // the second number is rare code that need not sit on the common path).
    if allow_over
        && !num.ordinal
        && !num.fraction
        && (v.word_is(end, "out") || v.word_is(end, "in") || v.word_is(end, "over"))
    {
        ratio_after(v, &mut num, end);
    }
    Read::Number(num)
}

/// Reads the second half of a ratio after `num`, which ends at token
/// `end`: "out of five hundred", "in twenty-one", "over three".
#[inline(never)]
fn ratio_after(v: View, num: &mut Number, end: usize) {
    // "two out of five hundred": a fraction, when the first is the smaller.
    if !num.ordinal && !num.fraction && v.word_is(end, "out") && v.word_is(end + 1, "of") {
        if let Read::Number(den) = read_number_inner(v, end + 2, false) {
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
        if let Read::Number(den) = read_number_inner(v, end + 1, false) {
            let after = den.end;
            let free = !v.is_word(after)
                || super::lexicon::is_function_word(&v.text(after).to_ascii_lowercase());
            let year = den.plain_int && super::kinds::year_like(v.text(den.first));
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
        if let Read::Number(den) = read_number_inner(v, end + 1, false) {
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

/// The digits spoken after "point" from token `j` ("point two five"): the
/// fraction and the token after it. Rare, so kept out of the reader's loop.
#[cold]
#[inline(never)]
fn spoken_decimals(v: View, j: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut k = j;
    loop {
        match v.num_word(k) {
            Some(NumWord::Unit(u)) => {
                digits.push(char::from(b'0' + u as u8));
                k += 1;
            }
            Some(NumWord::Teen(t)) => {
                digits.push_str(&format!("{}", t as u32));
                k += 1;
            }
            Some(NumWord::Tens(t)) => {
                let mut n = t as u32;
                let mut m = k + 1;
                if v.is_punct(m, "-") {
                    m += 1;
                }
                if let Some(NumWord::Unit(u)) = v.num_word(m) {
                    if u > 0.0 {
                        n += u as u32;
                        k = m;
                    }
                }
                digits.push_str(&format!("{n}"));
                k += 1;
            }
            _ => break,
        }
    }
    if digits.is_empty() {
        return None;
    }
    let frac: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
    Some((frac, k))
}

/// After a fraction: "of a million", "a million", "million", "dozen".
fn fraction_of_scale(
    v: View,
    j: usize,
    acc: &mut Acc,
    num: &mut Number,
    good: &mut Option<(usize, f64)>,
) -> usize {
    let mut k = j;
    if v.word_is(k, "of") {
        k += 1;
    }
    if matches!(v.num_word(k), Some(NumWord::Article)) {
        k += 1;
    }
    match v.num_word(k) {
        Some(NumWord::Scale(s)) if acc.apply_scale(s) => {
            num.scale = Some(k);
            *good = Some((k + 1, acc.value()));
            k + 1
        }
        Some(NumWord::Dozen) => {
            acc.small *= 12.0;
            num.scale = Some(k);
            *good = Some((k + 1, acc.value()));
            k + 1
        }
        _ => j,
    }
}
