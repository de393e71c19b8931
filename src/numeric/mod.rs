//! Numeric facts: numbers, money, percentages, quantities, ranges and years,
//! with their values, qualifiers, units and the nouns they count.
//!
//! [`extract_numbers`] reads news-style English with the default options;
//! [`NumberExtractor`] is the configurable form, built with
//! [`NumberExtractor::builder`].
//!
//! # Example
//!
//! ```
//! use textfacts::{extract_numbers, NumericKind, Qualifier};
//!
//! let text = "A total of 87 people, including many children, died. \
//!             The company paid £3.5bn, up 12 per cent.";
//! let facts = extract_numbers(text);
//!
//! let people = &facts[0];
//! assert_eq!(people.text(text), "87");
//! assert_eq!(people.value, Some(87.0));
//! assert_eq!(people.noun_text(text), Some("people"));
//!
//! let money = &facts[1];
//! assert_eq!(money.text(text), "£3.5bn");
//! assert_eq!((money.kind, money.value, money.unit.as_deref()), (NumericKind::Money, Some(3.5e9), Some("GBP")));
//! assert_eq!(money.scale.as_deref(), Some("bn"));
//!
//! let pct = &facts[2];
//! assert_eq!((pct.kind, pct.value, pct.unit.as_deref()), (NumericKind::Percent, Some(12.0), Some("%")));
//! assert_eq!(pct.qualifier, Qualifier::Exact);
//! ```
//!
//! # The rules, in brief
//!
//! * **Spans** cover the whole surface: qualifier, sign, currency, number,
//!   scale and unit ("at least $5m", "about 12 per cent").
//! * **Values** are resolved in full: "£3.5bn" is 3.5e9, "half a million"
//!   is 500000; a percentage keeps its written value (40 for "40 per
//!   cent"); minor currency units keep theirs ("310p" is 310 `GBX`, "50
//!   cents" is 50 `¢`). A range has `low` and `high` and no `value`.
//! * **"5m"**: a lower-case `m` glued to digits is *million* after a
//!   currency sign or code ("£5m", "US$5m"), before a currency word ("5m
//!   dlrs") or before a plural noun ("5m people"); otherwise it is metres
//!   ("ran 5m", "a 100m sprint"). Capital `M` is always million.
//! * **Not facts**: dates ("Dec. 31", "31 December"), clock times ("4.15am",
//!   "11 p.m.", "1530 GMT", "10:30"), names and identifiers ("G7",
//!   "COVID-19", "F-16", "A380", "Boeing 737", "Route 66", "No. 5"),
//!   phone numbers and codes ("+1-222-2222", "555-1234", "192.168.1.2",
//!   "5/17/2018"), and numbers inside URLs and e-mail addresses.
//! * **Scores and tallies** ("won 3-1", "a 52-48 vote", "2-2"): two numbers
//!   joined by a hyphen whose first is not smaller than the second are not
//!   facts. A hyphen between a smaller and a larger number is a range
//!   ("150-200"), so "lost 1-3" is (wrongly) read as a range: the text
//!   alone cannot tell them apart.
//! * **Vague amounts** ("dozens of", "hundreds of thousands of") have no
//!   value; they are left out unless [`NumberExtractorBuilder::vague`] is
//!   on, which reports them with `value: None`.
//! * **Absurd input** is read in linear time: "1" followed by 100,000 zeros
//!   is one cardinal whose value is `f64::INFINITY`; "one million million
//!   ... million" (any number of times) is one cardinal, also infinite; a
//!   run of "million million ..." with no number before it is no fact.
//!
//! The counted noun is described in [`NumericFact::noun`].

mod after;
mod ages;
mod before;
mod clock;
mod currency;
mod dates;
mod dimensions;
mod durations;
mod extract;
mod kinds;
mod lexicon;
mod names;
mod not_facts;
mod noun;
mod phrase;
mod qualifier;
mod range;
mod scanner;
mod unit_reading;
mod units;
mod value;
mod view;
mod wordlist;
mod years;

use serde::{Deserialize, Serialize};

use crate::Span;

pub use dimensions::{unit_info, Dimension, UnitInfo, UnknownDimension};
pub use kinds::NumericKind;
pub use qualifier::Qualifier;

/// One numeric fact found in a text.
///
/// Offsets are UTF-8 byte offsets into the text the fact was found in.
/// Facts are returned in text order and never overlap.
///
/// ```
/// use textfacts::{extract_numbers, NumericKind, Qualifier};
///
/// let text = "between 150 and 200 people";
/// let fact = &extract_numbers(text)[0];
/// assert_eq!(fact.text(text), "between 150 and 200");
/// assert_eq!((fact.low, fact.high, fact.value), (Some(150.0), Some(200.0), None));
/// assert_eq!(fact.noun_text(text), Some("people"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumericFact {
    /// Byte offset of the first byte of the whole surface (qualifier,
    /// currency and sign included).
    pub start: usize,
    /// Byte offset one past the last byte (scale and unit included).
    pub end: usize,
    /// What the number measures.
    pub kind: NumericKind,
    /// The resolved value; `None` for a range and for a vague amount.
    pub value: Option<f64>,
    /// The lower end of a range ("150" in "150-200"), or of a decade.
    pub low: Option<f64>,
    /// The upper end of a range.
    pub high: Option<f64>,
    /// How the number is bounded or softened.
    pub qualifier: Qualifier,
    /// ISO 4217 code for money (plus `GBX` for pence and `¢` for cents),
    /// `%`, `pp` or `bp` for percentages, a short symbol for quantities
    /// (`km`, `kg`, `t`, `°C`, `bbl`, ...).
    pub unit: Option<String>,
    /// The counted noun phrase, for cardinals: "people" in "87 people,
    /// including many children", "cruise missiles" in "59 cruise missiles
    /// at the airbase", "new jobs" in "2.5 million new jobs". It is the run
    /// of up to three words after the number that can belong to a noun
    /// phrase, stopping at function words, verb forms, punctuation and
    /// numbers; `None` when the number is followed by none ("12 died").
    pub noun: Option<Span>,
    /// The scale word as written ("bn", "million", "mln", "dozen").
    pub scale: Option<String>,
}

impl NumericFact {
    /// The fact's byte span.
    ///
    /// ```
    /// let f = &textfacts::extract_numbers("about 12%")[0];
    /// assert_eq!(f.span(), textfacts::Span::new(0, 9));
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The fact's surface within `text`, the string it was found in (empty
    /// for a text whose boundaries do not fit).
    ///
    /// ```
    /// let text = "up to 5 km";
    /// assert_eq!(textfacts::extract_numbers(text)[0].text(text), "up to 5 km");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The counted noun within `text`.
    ///
    /// ```
    /// let text = "The two men";
    /// assert_eq!(textfacts::extract_numbers(text)[0].noun_text(text), Some("men"));
    /// ```
    pub fn noun_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.noun.and_then(|s| s.get(text))
    }

    /// What the fact's unit measures: `Some` for a quantity whose unit is
    /// in the dimension table, `None` for money, percentages, plain numbers
    /// and years.
    ///
    /// ```
    /// use textfacts::{extract_numbers, numeric::Dimension};
    ///
    /// let facts = extract_numbers("winds of 120 mph over 5 miles, and 12% more");
    /// assert_eq!(facts[0].dimension(), Some(Dimension::Speed));
    /// assert_eq!(facts[1].dimension(), Some(Dimension::Length));
    /// assert_eq!(facts[2].dimension(), None);
    /// ```
    pub fn dimension(&self) -> Option<Dimension> {
        self.unit_info().map(|u| u.dimension)
    }

    /// The value in the SI unit of the fact's [`dimension`](Self::dimension)
    /// ([`Dimension::si_unit`]): metres for "5 miles", kelvin for "104F",
    /// m/s for "120 mph". `None` without a value (a range: see
    /// [`si_low`](Self::si_low)), without a dimension, or when the unit
    /// does not say its scale ("98 degrees" on a thermostat).
    ///
    /// ```
    /// use textfacts::extract_numbers;
    ///
    /// let si = |text: &str| extract_numbers(text)[0].si_value();
    /// assert_eq!(si("5 miles"), Some(8046.72));
    /// assert!((si("temperatures of 104F").unwrap() - 313.15).abs() < 1e-9);
    /// assert!((si("120 mph").unwrap() - 53.6448).abs() < 1e-9);
    /// assert_eq!(si("3 million barrels").map(f64::round), Some(476_962.0));
    /// assert_eq!(si("$5m"), None);
    /// ```
    pub fn si_value(&self) -> Option<f64> {
        self.to_si(self.value)
    }

    /// The lower bound of a range, in the SI unit of its dimension.
    ///
    /// ```
    /// let f = &textfacts::extract_numbers("between 5 and 8 miles")[0];
    /// assert_eq!((f.si_low(), f.si_high()), (Some(8046.72), Some(12874.752)));
    /// assert_eq!(f.si_value(), None);
    /// ```
    pub fn si_low(&self) -> Option<f64> {
        self.to_si(self.low)
    }

    /// The upper bound of a range, in the SI unit of its dimension.
    ///
    /// ```
    /// let f = &textfacts::extract_numbers("10-15 km")[0];
    /// assert_eq!((f.si_low(), f.si_high()), (Some(10_000.0), Some(15_000.0)));
    /// ```
    pub fn si_high(&self) -> Option<f64> {
        self.to_si(self.high)
    }

    fn unit_info(&self) -> Option<&'static UnitInfo> {
        if self.kind != NumericKind::Quantity {
            return None;
        }
        self.unit.as_deref().and_then(unit_info)
    }

    fn to_si(&self, value: Option<f64>) -> Option<f64> {
        let unit = self.unit_info()?;
        value.map(|v| unit.to_si(v)).filter(|v| v.is_finite())
    }
}

/// Finds the numeric facts in `text` with the default options.
///
/// ```
/// let text = "Sales rose 5.3 pct to 12 mln dlrs.";
/// let facts = textfacts::extract_numbers(text);
/// assert_eq!(facts[0].text(text), "5.3 pct");
/// assert_eq!(facts[1].text(text), "12 mln dlrs");
/// assert_eq!(facts[1].value, Some(12e6));
/// assert_eq!(facts[1].unit.as_deref(), Some("USD"));
/// ```
pub fn extract_numbers(text: &str) -> Vec<NumericFact> {
    NumberExtractor::default().extract(text)
}

/// A configured numeric-fact extractor. Cheap to clone; build one with
/// [`NumberExtractor::builder`].
///
/// ```
/// use textfacts::NumberExtractor;
///
/// let extractor = NumberExtractor::builder().years(false).vague(true).build();
/// let text = "In 2016, dozens of people came.";
/// let facts = extractor.extract(text);
/// assert_eq!(facts.len(), 1);
/// assert_eq!(facts[0].text(text), "dozens of");
/// assert_eq!(facts[0].value, None);
/// assert_eq!(facts[0].noun_text(text), Some("people"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberExtractor {
    years: bool,
    vague: bool,
    ordinals: bool,
    nouns: bool,
}

impl Default for NumberExtractor {
    fn default() -> Self {
        NumberExtractor { years: true, vague: false, ordinals: true, nouns: true }
    }
}

impl NumberExtractor {
    /// A builder starting from the defaults: years, ordinals and nouns on,
    /// vague amounts off.
    pub fn builder() -> NumberExtractorBuilder {
        NumberExtractorBuilder { inner: NumberExtractor::default() }
    }

    /// Finds the numeric facts in `text`, in order, never overlapping.
    ///
    /// ```
    /// let facts = textfacts::NumberExtractor::default().extract("first, 2nd and 3");
    /// assert_eq!(facts.len(), 3);
    /// ```
    pub fn extract(&self, text: &str) -> Vec<NumericFact> {
        extract::extract(self, text)
    }

    /// [`NumberExtractor::extract`], each fact passed through `f` as it is
    /// handed over, none crossing one of the byte offsets `ends`
    /// (ascending: the pipeline's sentence ends).
    pub(crate) fn extract_map<T>(
        &self,
        text: &str,
        ends: &[usize],
        f: impl FnMut(NumericFact) -> T,
    ) -> Vec<T> {
        extract::extract_map(self, text, ends, f)
    }

    /// Whether years are reported (kind [`NumericKind::Year`]).
    pub fn years(&self) -> bool {
        self.years
    }
    /// Whether vague amounts ("dozens of") are reported, without a value.
    pub fn vague(&self) -> bool {
        self.vague
    }
    /// Whether ordinals are reported.
    pub fn ordinals(&self) -> bool {
        self.ordinals
    }
    /// Whether counted nouns are looked for.
    pub fn nouns(&self) -> bool {
        self.nouns
    }
}

/// Configures a [`NumberExtractor`].
///
/// ```
/// let e = textfacts::NumberExtractor::builder().ordinals(false).nouns(false).build();
/// let text = "the first 3 men";
/// let facts = e.extract(text);
/// assert_eq!(facts.len(), 1);
/// assert_eq!(facts[0].noun, None);
/// ```
#[derive(Clone, Debug)]
pub struct NumberExtractorBuilder {
    inner: NumberExtractor,
}

impl NumberExtractorBuilder {
    /// Report years ("in 2016", "the 1990s") as facts of kind `year`
    /// (default on). Off, they are still recognised, so their digits never
    /// turn into cardinals, but not reported.
    pub fn years(mut self, on: bool) -> Self {
        self.inner.years = on;
        self
    }
    /// Report vague amounts ("dozens of", "hundreds of thousands of") as
    /// cardinals with no value (default off: they are left out).
    pub fn vague(mut self, on: bool) -> Self {
        self.inner.vague = on;
        self
    }
    /// Report ordinals ("21st", "first") (default on).
    pub fn ordinals(mut self, on: bool) -> Self {
        self.inner.ordinals = on;
        self
    }
    /// Look for the noun each cardinal counts (default on).
    pub fn nouns(mut self, on: bool) -> Self {
        self.inner.nouns = on;
        self
    }
    /// The configured extractor.
    pub fn build(self) -> NumberExtractor {
        self.inner
    }
}
