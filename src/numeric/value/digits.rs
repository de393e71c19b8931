//! The digit reader: a number written in digits, from its first digit (or
//! a leading ".5") to the last token that still belongs to it, without the
//! words that may follow it.
//!
//! The common shapes ("12", "1,234,567", "12.5", "1 234") are read here in
//! line; the rare ones are in [`super::shapes`].

use super::num_text::{fast_value, slow_value, NumText};
use super::shapes::{
    exponent_e, mixed_fraction, power_after, quote_after, slash_form, vulgar, Slash,
};
use crate::numeric::view::View;

/// A digit-written number starting at `i` (digits, or "." then digits),
/// without any words after it.
pub(super) struct Digits {
    pub end: usize,
    pub value: f64,
    pub plain_int: bool,
    pub ordinal: bool,
    pub fraction: bool,
    /// Written with a decimal point or grouping comma.
    pub separated: bool,
    /// Digits after the decimal point.
    pub decimals: i32,
    pub year_range: Option<(f64, f64)>,
    pub quote: Option<(f64, f64)>,
}

/// How the digits themselves were written, before any exponent or suffix.
struct Body {
    /// The token after the digits.
    end: usize,
    /// One digit run and nothing else.
    plain: bool,
    /// With a decimal point or grouping comma.
    separated: bool,
}

fn is_group_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{2009}" | "\u{202f}" | "\u{2007}")
}

/// "1,00,00,00,00,000" is 10^11; a chain of more two-digit groups than
/// this is a list, not one number written in lakhs and crores.
const MAX_INDIAN_GROUPS: usize = 8;

/// Reads the digit number at token `i`: `Ok(None)` when there is none,
/// `Err` with the token to resume at when the digits belong to a code, a
/// date or a dotted identifier.
pub(super) fn read_digits(v: View, i: usize) -> Result<Option<Digits>, usize> {
    let mut buf = NumText::new(v.src);
    let Some(Body { end: mut j, mut plain, separated }) = body(v, i, &mut buf)? else {
        return Ok(None);
    };
    // Scientific notation "1.3e6", "12.32e+14".
    if v.word_is(j, "e") && v.glued(j) {
        if let Some(end) = exponent_e(v, j, &mut buf) {
            j = end;
            plain = false;
        }
    }
    let mut value: f64 = fast_value(buf.as_bytes()).unwrap_or_else(|| slow_value(buf.as_str()));
    // "1.3x10^6" and "2.5^-1".
    if (v.word_is(j, "x") || v.is_punct(j, "^")) && v.glued(j) {
        if let Some((x, end)) = power_after(v, j, value) {
            value = x;
            j = end;
            plain = false;
        }
    }
    let buf = buf.as_bytes();
    let decimals = buf
        .iter()
        .position(|&b| b == b'.')
        .map_or(0, |dot| buf[dot + 1..].iter().take_while(|b| b.is_ascii_digit()).count() as i32);
    let mut d = Digits {
        end: j,
        value,
        plain_int: plain,
        ordinal: false,
        fraction: false,
        separated,
        decimals,
        year_range: None,
        quote: None,
    };
    // "1.8450/60": a bid and offer, not a ratio or a date.
    if !plain
        && decimals >= 2
        && buf.iter().all(|&b| b.is_ascii_digit() || b == b'.')
        && v.is_punct(j, "/")
        && v.glued(j)
        && v.is_num(j + 1)
        && v.glued(j + 1)
        && !(v.is_punct(j + 2, "/") && v.glued(j + 2))
    {
        if let Some(pair) = quote_after(buf, decimals, v.text(j + 1)) {
            d.quote = Some(pair);
            d.end = j + 2;
            return Ok(Some(d));
        }
    }
    if plain {
        plain_suffix(v, i, j, &mut d)?;
    }
    Ok(Some(d))
}

/// The digits at `i` with their grouping and decimal point, pushed onto
/// `buf` without the separators; `Err` past a dotted chain ("192.168.1.2",
/// "1.2.3"), which is an address, a version or a date.
#[inline]
fn body<'a>(v: View<'a>, i: usize, buf: &mut NumText<'a>) -> Result<Option<Body>, usize> {
    let mut j = i;
    let mut plain = true;
    let mut separated = false;
    if v.is_punct(j, ".") && v.is_num(j + 1) && v.glued(j + 1) {
        buf.push_str("0.");
        buf.push_tok(v, j + 1);
        return Ok(Some(Body { end: j + 2, plain: false, separated: true }));
    }
    if !v.is_num(j) {
        return Ok(None);
    }
    buf.push_tok(v, j);
    let first_len = v.text(j).len();
    j += 1;
    if first_len <= 3 {
        // Thousands groups "1,234,567", or Indian "12,34,567".
        let take = comma_groups(v, j, first_len);
        for _ in 0..take {
            buf.push_tok(v, j + 1);
            j += 2;
            plain = false;
            separated = true;
        }
        if take == 0 {
            // "1 234 567" with spaces (thin, no-break or plain) as
            // separators: every group exactly three digits.
            while is_group_space(v.gap(j))
                && v.is_num(j)
                && v.text(j).len() == 3
                && !(v.glued(j + 1) && !v.is_punct(j + 1, ".") && !v.is_punct(j + 1, ","))
            {
                buf.push_tok(v, j);
                j += 1;
                plain = false;
            }
        }
    }
    if v.is_punct(j, ".") && v.glued(j) && v.is_num(j + 1) && v.glued(j + 1) {
        if v.is_punct(j + 2, ".") && v.glued(j + 2) && v.is_num(j + 3) && v.glued(j + 3) {
            let mut k = j;
            while v.is_punct(k, ".") && v.glued(k) && v.is_num(k + 1) && v.glued(k + 1) {
                k += 2;
            }
            return Err(k);
        }
        // The point is the token at `j`, glued to the digits either
        // side: the text stays one stretch.
        buf.push_tok(v, j);
        buf.push_tok(v, j + 1);
        j += 2;
        plain = false;
        separated = true;
    }
    Ok(Some(Body { end: j, plain, separated }))
}

/// How many ",ddd" groups (comma and digits, glued) from token `j` belong
/// to the number whose first group, just before `j`, has `first_len`
/// digits: all of a western run of three-digit groups, or an Indian
/// grouping (one or two digits, pairs, then three) as a whole, or none.
#[inline]
fn comma_groups(v: View, j: usize, first_len: usize) -> usize {
    let mut k = j;
    // The group lengths are summed up as they are read, so that an
    // absurd run of groups needs no memory.
    let mut groups = 0usize;
    let mut western = 0usize;
    let mut western_run = true;
    let mut last_len = 0usize;
    let mut indian_possible = first_len <= 2;
    while v.is_punct(k, ",") && v.glued(k) && v.is_num(k + 1) && v.glued(k + 1) {
        let l = v.text(k + 1).len();
        if groups > 0 {
            indian_possible &= last_len == 2;
        }
        if western_run && l == 3 {
            western += 1;
        } else {
            western_run = false;
        }
        last_len = l;
        groups += 1;
        k += 2;
        // Every number start inside a comma run would otherwise scan
        // the rest of the run again, which made "1,1,1,..." quadratic.
        // Once neither grouping can still hold, the rest cannot
        // change what is taken; and no number is written in more
        // Indian groups than `MAX_INDIAN_GROUPS`, so that scan is
        // bounded too (western groups are all taken, never rescanned).
        indian_possible &= groups <= MAX_INDIAN_GROUPS;
        if !western_run && !indian_possible {
            break;
        }
    }
    let indian = indian_possible && groups >= 2 && last_len == 3;
    if indian {
        groups
    } else {
        western
    }
}

/// What may follow plain digits `d` (from token `i`) at `j` and make them
/// more than an integer: a slash form, a mixed number, a vulgar fraction or
/// an ordinal suffix. `Err` when the slash makes them a code or a date.
#[inline]
fn plain_suffix(v: View, i: usize, j: usize, d: &mut Digits) -> Result<(), usize> {
    // Slash forms: fractions, fiscal years, or codes and dates.
    if v.is_punct(j, "/") && v.glued(j) && v.is_num(j + 1) && v.glued(j + 1) {
        match slash_form(v, i, j, d.value)? {
            Slash::Years(range) => d.year_range = Some(range),
            Slash::Fraction(x) => {
                d.value = x;
                d.plain_int = false;
                d.fraction = true;
            }
        }
        d.end = j + 2;
        return Ok(());
    }
    // Mixed numbers "2 1/4", "1-1/2".
    if v.is_num(j) || v.is_punct(j, "-") {
        if let Some((f, end)) = mixed_fraction(v, j) {
            d.value += f;
            d.end = end;
            d.plain_int = false;
            d.fraction = true;
            return Ok(());
        }
    }
    // "2½".
    if let Some(f) = vulgar(v.text(j)).filter(|_| v.glued(j)) {
        d.value += f;
        d.end = j + 1;
        d.plain_int = false;
        d.fraction = true;
        return Ok(());
    }
    // "21st", "3rd".
    if v.is_word(j) && v.glued(j) {
        let suffix = v.bytes(j);
        if [b"st", b"nd", b"rd", b"th"].iter().any(|s| suffix.eq_ignore_ascii_case(*s)) {
            d.ordinal = true;
            d.end = j + 1;
            d.plain_int = false;
        }
    }
    Ok(())
}
