//! The text of a digit number with its separators dropped, and its value.
//!
//! The digit reader collects the digits it takes in a [`NumText`]
//! ("1,234.5" becomes "1234.5") and asks [`fast_value`] for their value;
//! only the rare text the fast path declines (more than fifteen digits, an
//! exponent) goes to the general float parser, [`slow_value`].

use crate::numeric::view::View;

/// What the general float parser makes of digits the fast path declined.
#[cold]
#[inline(never)]
pub(super) fn slow_value(s: &str) -> f64 {
    s.parse().unwrap_or(f64::INFINITY)
}

/// The value of plain digits with at most one decimal point, computed
/// exactly without the general float parser: an integer below 2^53 divided
/// by a power of ten is correctly rounded, so it equals what `parse` gives.
pub(super) fn fast_value(s: &[u8]) -> Option<f64> {
    let mut int: u64 = 0;
    let mut digits = 0;
    let mut decimals: Option<i32> = None;
    for &b in s {
        match b {
            b'0'..=b'9' => {
                int = int * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    const POW10: [f64; 16] =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    Some(int as f64 / POW10[decimals.unwrap_or(0) as usize])
}

/// The digits of a number as written, without separators, kept on the
/// stack unless the number is absurdly long.
///
/// Most numbers are one stretch of the source ("1987", "12.5"): while the
/// pieces pushed continue each other in the text, the text is that
/// stretch, and nothing is copied.
pub(super) struct NumText<'a> {
    source: &'a str,
    /// The text so far as `source[start..end]`, while it is one stretch.
    span: Option<(usize, usize)>,
    short: [u8; 32],
    len: usize,
    long: Option<String>,
}

impl<'a> NumText<'a> {
    pub(super) fn new(source: &'a str) -> Self {
        NumText { source, span: None, short: [0; 32], len: 0, long: None }
    }
    /// Appends the text of token `i`.
    #[inline]
    pub(super) fn push_tok(&mut self, v: View<'a>, i: usize) {
        let (start, end) = (v.start(i), v.end(i));
        match self.span {
            None if self.len == 0 && self.long.is_none() => self.span = Some((start, end)),
            Some((a, b)) if b == start => self.span = Some((a, end)),
            _ => self.push_str(v.text(i)),
        }
    }
    /// Appends `s`, copying.
    pub(super) fn push_str(&mut self, s: &str) {
        if let Some((a, b)) = self.span.take() {
            self.append(&self.source[a..b]);
        }
        self.append(s);
    }
    fn append(&mut self, s: &str) {
        if let Some(long) = self.long.as_mut() {
            long.push_str(s);
        } else if self.len + s.len() <= self.short.len() {
            // Byte by byte: the pieces are a few digits, too short for a
            // call to `memcpy` to pay.
            for (to, &from) in self.short[self.len..].iter_mut().zip(s.as_bytes()) {
                *to = from;
            }
            self.len += s.len();
        } else {
            let mut long = String::from_utf8_lossy(&self.short[..self.len]).into_owned();
            long.push_str(s);
            self.long = Some(long);
        }
    }
    pub(super) fn push(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.push_str(c.encode_utf8(&mut b));
    }
    /// The text as bytes: what the fast path reads, with no UTF-8 check.
    pub(super) fn as_bytes(&self) -> &[u8] {
        match (self.span, &self.long) {
            (Some((a, b)), _) => &self.source.as_bytes()[a..b],
            (None, Some(s)) => s.as_bytes(),
            (None, None) => &self.short[..self.len],
        }
    }
    pub(super) fn as_str(&self) -> &str {
        match (self.span, &self.long) {
            (Some((a, b)), _) => &self.source[a..b],
            (None, Some(s)) => s,
            (None, None) => std::str::from_utf8(&self.short[..self.len]).unwrap_or(""),
        }
    }
}
