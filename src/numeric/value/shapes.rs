//! The rare shapes a digit number may take after its digits: exponents
//! ("1.3e6", "2.5^-1"), bid/offer quotes ("1.8450/60"), slash forms
//! ("1/2", "1986/87", or a code), mixed numbers ("2 1/4") and vulgar
//! fractions ("2½").
//!
//! They are kept out of line (and marked cold, so that the branches to them
//! are laid out away from the fall-through path): per number, the digit
//! reader then runs through a few compact cache lines instead of wandering
//! over code that news text almost never needs, which thrashed the
//! instruction cache.

use super::num_text::NumText;
use crate::numeric::view::View;

/// Denominators a slash fraction may have: "1/2", "3/4", "5/16" read as
/// fractions; "9/11" and "24/7" do not.
const SLASH_DENOMINATORS: [u32; 13] = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000];

const VULGAR: [(&str, f64); 18] = [
    ("½", 0.5),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅕", 0.2),
    ("⅖", 0.4),
    ("⅗", 0.6),
    ("⅘", 0.8),
    ("⅙", 1.0 / 6.0),
    ("⅚", 5.0 / 6.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
    ("⅐", 1.0 / 7.0),
    ("⅑", 1.0 / 9.0),
    ("⅒", 0.1),
];

pub(crate) fn vulgar(s: &str) -> Option<f64> {
    // Every vulgar fraction is one non-ASCII character: ASCII punctuation,
    // the common case, needs no look at the table.
    if !s.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        return None;
    }
    VULGAR.iter().find(|(v, _)| *v == s).map(|(_, x)| *x)
}

/// A two-way (bid/offer) price in market shorthand: "1.8450/60" is 1.8450
/// and 1.8460, the second part replacing the last digits of the first;
/// "1.5290/00" is 1.5290 and 1.5300 (the offer is above the bid), and a
/// rate "7.10/05" is 7.10 and 7.05 (a second part less than half a step
/// below the first is read as written). `units` is the first number in its
/// last decimal place (18450 for 1.8450) and `decimals` how many places it
/// has. Only decimals of at least two places with a second part of two or
/// more digits, no longer than the places, qualify: "2.5/3" is left alone.
fn quote_pair(units: i64, decimals: i32, second: &str) -> Option<(f64, f64)> {
    let places = u32::try_from(decimals).ok().filter(|d| (2..=8).contains(d))?;
    let width = u32::try_from(second.len()).ok().filter(|&w| w >= 2 && w <= places)?;
    if !second.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let step = 10i64.pow(width);
    let replaced = units - units.rem_euclid(step) + second.parse::<i64>().ok()?;
    // The offer is written above the bid, except for quotes a few points
    // lower (rates quoted offered/bid): "7.10/05".
    let other =
        if replaced >= units || units - replaced < step / 2 { replaced } else { replaced + step };
    let scale = 10f64.powi(decimals);
    let (a, b) = (units as f64 / scale, other as f64 / scale);
    Some((a.min(b), a.max(b)))
}

/// "e6", "e+14" after digits: pushes the exponent onto `buf` and returns
/// the token after it.
#[cold]
#[inline(never)]
pub(super) fn exponent_e(v: View, j: usize, buf: &mut NumText) -> Option<usize> {
    let (sign, k) = if (v.is_punct(j + 1, "+") || v.is_punct(j + 1, "-")) && v.glued(j + 1) {
        (v.text(j + 1), j + 2)
    } else {
        ("", j + 1)
    };
    if v.is_num(k) && v.glued(k) && v.text(k).len() <= 4 {
        buf.push('e');
        buf.push_str(sign);
        buf.push_str(v.text(k));
        return Some(k + 1);
    }
    None
}

/// The two ends of a bid/offer quote whose first part is `buf`.
#[cold]
#[inline(never)]
pub(super) fn quote_after(buf: &[u8], decimals: i32, second: &str) -> Option<(f64, f64)> {
    let units: String = buf.iter().filter(|b| b.is_ascii_digit()).map(|&b| char::from(b)).collect();
    units.parse().ok().and_then(|u| quote_pair(u, decimals, second))
}

/// What plain digits followed by "/" and digits are, when they are a
/// number: both end after the second digits.
pub(super) enum Slash {
    /// A fiscal or season year range, "1986/87".
    Years((f64, f64)),
    /// A fraction "3/4", worth this.
    Fraction(f64),
}

/// Plain digits worth `value` (token `i`) followed by "/" and digits at
/// `j`: a fiscal year range or a fraction, or `Err` with the token after
/// the code or date to skip.
#[cold]
#[inline(never)]
pub(super) fn slash_form(v: View, i: usize, j: usize, value: f64) -> Result<Slash, usize> {
    if v.is_punct(j + 2, "/") && v.glued(j + 2) {
        let mut k = j;
        while (v.is_punct(k, "/") || v.is_num(k)) && v.glued(k) {
            k += 1;
        }
        return Err(k);
    }
    let a_text = v.text(i);
    let b_text = v.text(j + 1);
    let b: f64 = b_text.parse().unwrap_or(0.0);
    if let Some(range) = year_pair(a_text, b_text) {
        return Ok(Slash::Years(range));
    }
    let b_ok = !b_text.starts_with('0') && SLASH_DENOMINATORS.iter().any(|&x| f64::from(x) == b);
    if b_ok && value < b {
        return Ok(Slash::Fraction(value / b));
    }
    Err(j + 2)
}

/// A proper fraction after plain digits, spaced or hyphenated ("2 1/4",
/// "1-1/2"), starting at `j`: its value and the token after it.
#[cold]
#[inline(never)]
pub(super) fn mixed_fraction(v: View, j: usize) -> Option<(f64, usize)> {
    let sep_ok = (v.is_num(j) && !v.gap(j).is_empty() && v.gap(j).chars().all(char::is_whitespace))
        || (v.is_punct(j, "-") && v.glued(j) && v.is_num(j + 1) && v.glued(j + 1));
    let n_at = if v.is_punct(j, "-") { j + 1 } else { j };
    if sep_ok
        && v.is_num(n_at)
        && v.is_punct(n_at + 1, "/")
        && v.glued(n_at + 1)
        && v.is_num(n_at + 2)
        && v.glued(n_at + 2)
        && !(v.is_punct(n_at + 3, "/") && v.glued(n_at + 3))
    {
        let n: f64 = v.text(n_at).parse().unwrap_or(f64::INFINITY);
        let b: f64 = v.text(n_at + 2).parse().unwrap_or(0.0);
        if n < b && SLASH_DENOMINATORS.iter().any(|&x| f64::from(x) == b) {
            return Some((n / b, n_at + 3));
        }
    }
    None
}

/// "x10^6" or "^-1" at `k` after a number worth `value`: the new value and
/// the token after the exponent.
#[cold]
#[inline(never)]
pub(super) fn power_after(v: View, mut k: usize, value: f64) -> Option<(f64, usize)> {
    let mut times_ten = false;
    if v.word_is(k, "x")
        && v.glued(k)
        && v.text(k + 1) == "10"
        && v.glued(k + 1)
        && v.is_punct(k + 2, "^")
    {
        times_ten = true;
        k += 2;
    }
    if v.is_punct(k, "^") && v.glued(k) {
        let mut m = k + 1;
        let mut negative = false;
        while (v.is_punct(m, "+") || v.is_punct(m, "-")) && v.glued(m) {
            negative ^= v.text(m) == "-";
            m += 1;
        }
        if v.is_num(m) && v.glued(m) && v.text(m).len() <= 4 {
            let e: f64 = v.text(m).parse().unwrap_or(0.0);
            let e = if negative { -e } else { e };
            let x = if times_ten { value * 10f64.powf(e) } else { value.powf(e) };
            return Some((x, m + 1));
        }
    }
    None
}

/// "1986/87" or "1986/1987": a fiscal or season year range.
fn year_pair(a: &str, b: &str) -> Option<(f64, f64)> {
    if a.len() != 4 {
        return None;
    }
    let a: u32 = a.parse().ok()?;
    if !(1800..=2100).contains(&a) {
        return None;
    }
    let next = a + 1;
    let ok = match b.len() {
        2 => b.parse::<u32>().ok()? == next % 100,
        4 => b.parse::<u32>().ok()? == next,
        _ => false,
    };
    ok.then_some((f64::from(a), f64::from(next)))
}
