//! The accumulator a number in words is summed up in.
//!
//! Words come left to right, but their values do not simply add up: in
//! "three hundred twenty-one thousand four hundred five" the "thousand"
//! multiplies everything before it (321), while the "hundred" after it
//! multiplies only the "four". So the reader keeps three parts apart, the
//! way one writes the number down:
//!
//! - `small`: the part below a hundred being read ("twenty-one", or the
//!   digits "21"); units and tens add into it.
//! - `hundreds`: the hundreds of the current group, `small × 100` once
//!   "hundred" is read ("three hundred" → 300, `small` starts again).
//! - `total`: everything a scale word has already multiplied
//!   ("three hundred twenty-one thousand" → 321 000).
//!
//! `hundreds + small` is the current *group* (what a scale word multiplies);
//! the value so far is always `total + group`, so the reader can stop after
//! any word and still know what it read.

/// The last atom read, which decides what may follow: "twenty" may take a
/// unit ("twenty-one") but "twelve" may not, a scale needs something to
/// multiply, "and" only continues after a hundred or a scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Last {
    Nothing,
    Article,
    Digit,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Fraction,
    /// "and" before an ordinal ("one hundred and fifth").
    And,
}

/// The running state of a number being read in words (see the module
/// comment for `total`, `hundreds` and `small`).
pub(super) struct Acc {
    pub total: f64,
    pub hundreds: f64,
    pub small: f64,
    /// `small` has its last digit already (a unit, a teen or digits): a
    /// tens word takes a unit only while this is false ("twenty-one", but
    /// not "twenty-one-two" or "nineteen-one").
    pub units_set: bool,
    /// The last scale applied, infinite before any: a smaller scale adds
    /// its group to `total` ("a million two hundred thousand"), a larger
    /// one multiplies all of it ("two hundred thousand million").
    pub last_scale: f64,
    pub last: Last,
    /// Decimal places of the digits being scaled, so that "2.01 billion"
    /// is 2010000000 and not 2009999999.9999998.
    pub decimals: i32,
}

impl Acc {
    pub fn new() -> Self {
        Acc {
            total: 0.0,
            hundreds: 0.0,
            small: 0.0,
            units_set: false,
            last_scale: f64::INFINITY,
            last: Last::Nothing,
            decimals: 0,
        }
    }
    pub fn group(&self) -> f64 {
        self.hundreds + self.small
    }
    /// The value of what has been read so far.
    pub fn value(&self) -> f64 {
        self.total + self.group()
    }
    pub fn clear_group(&mut self) {
        self.hundreds = 0.0;
        self.small = 0.0;
        self.units_set = false;
    }
    /// Applies scale word `s` ("million") to what was read: false, and
    /// nothing changed, when there is nothing for it to multiply.
    pub fn apply_scale(&mut self, s: f64) -> bool {
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
            // The product of a decimal and a power of ten is rounded back
            // to the places it can really have.
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
