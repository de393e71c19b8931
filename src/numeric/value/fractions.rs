//! The fractions a number in words may hold: denominators ("fifths",
//! "twenty-firsts"), a fraction after "and" ("one and a half") and digits
//! spoken after "point" ("two point five").

use crate::numeric::lexicon::NumWord;
use crate::numeric::view::View;

/// A denominator ("fifths", "twenty-firsts", "half", "quarters") at `j`:
/// its value, whether it is plural, and where it ends.
pub(super) fn denominator(v: View, j: usize) -> Option<(f64, bool, usize)> {
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
pub(super) fn and_fraction(v: View, j: usize) -> Option<(f64, usize)> {
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

/// The digits spoken after "point" from token `j` ("point two five"): the
/// fraction and the token after it. Rare, so kept out of the reader's loop.
#[cold]
#[inline(never)]
pub(super) fn spoken_decimals(v: View, j: usize) -> Option<(f64, usize)> {
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
