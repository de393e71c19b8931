//! What the number reader gives its caller: a number with what was seen
//! of how it was written, or a stretch of digits to skip.

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
