//! What comes after a number: a scale ("5m" as million or metres), a
//! currency ("12 mln dlrs", "310p", "75 USD million"), the minor part of an
//! amount ("3 dollars 50 cents"), a percentage ("12 per cent", "25 basis
//! points") or a unit ("40km", "500,000 barrels").

use super::currency;
use super::durations;
use super::kinds::NumericKind;
use super::lexicon::{lower, scale_abbrev, NumWord};
use super::qualifier::{self, Qualifier};
use super::scanner::Kind;
use super::unit_reading;
use super::units::{self, Attach};
use super::value::{read_number, Number, Read};
use super::view::View;
use super::wordlist::{is_function_word, word_set};

/// The right-hand side of a number: what it is, and its value and end
/// once the scale, currency, percentage or unit after it is read.
pub(super) struct Tail {
    pub kind: NumericKind,
    /// Every unit comes from a table or a literal; the `String` the fact
    /// holds is made only when a fact is made, not for every tail read
    /// (a range reads two, and many tails belong to numbers then dropped).
    pub unit: Option<&'static str>,
    pub value: f64,
    /// One past the last token of the fact so far.
    pub end: usize,
    /// The token holding the scale word, when one was written.
    pub scale: Option<usize>,
}

impl Tail {
    /// The tail is money in `code`, ending before token `end`.
    fn money(&mut self, code: &'static str, end: usize) {
        self.kind = NumericKind::Money;
        self.unit = Some(code);
        self.end = end;
    }
}

/// The right-hand side of `n`, which `prefix` (a currency written before
/// it) makes money.
pub(super) fn tail(v: View, n: &Number, prefix: Option<&'static str>) -> Tail {
    let mut t = Tail {
        kind: NumericKind::Cardinal,
        unit: None,
        value: n.value,
        end: n.end,
        scale: n.scale,
    };
    if n.ordinal {
        t.kind = NumericKind::Ordinal;
        return t;
    }
    if !glued_m(v, n, prefix, &mut t) {
        return t;
    }
    let k = t.end.max(n.end);
    if let Some(code) = prefix {
        repeated_currency(v, code, k, &mut t);
        return t;
    }
    if let Some((unit, end)) = percent_at(v, k) {
        t.kind = NumericKind::Percent;
        t.unit = Some(unit);
        t.end = end;
        return t;
    }
    if currency_after(v, k, &mut t) {
        return t;
    }
    if durations::time_after(v, n, k, &mut t) {
        return t;
    }
    unit_after(v, n, k, &mut t);
    inches_after_feet(v, &mut t);
    if let Some(end) = unit_reading::below_zero(v, t.unit, t.end) {
        t.value = -t.value;
        t.end = end;
    }
    t
}

/// The glued lower-case "m" ("5m"): million after a currency sign, before
/// a currency word or a plural noun ("£5m", "5m dlrs", "5m people");
/// metres otherwise ("a 5m wall"). False when the tail is complete (metres).
fn glued_m(v: View, n: &Number, prefix: Option<&'static str>, t: &mut Tail) -> bool {
    let Some(m) = n.glued_m else { return true };
    let after = m + 1;
    let plural_noun = v.is_word(after) && !v.glued(after) && is_plural_noun(v.text(after));
    let money_after = currency::match_suffix(v.src, v.toks, after).is_some();
    t.end = after;
    if prefix.is_some() || money_after || plural_noun {
        t.value *= 1e6;
        t.scale = Some(m);
        true
    } else {
        t.kind = NumericKind::Quantity;
        t.unit = Some("m");
        false
    }
}

/// Money in `code` (written before the number), read from token `k`: the
/// cents after it ("$3 and 50 cents"), and the currency written again
/// ("$10 dollars", "US$ 5 USD"), which belongs to the fact.
fn repeated_currency(v: View, code: &'static str, k: usize, t: &mut Tail) {
    t.kind = NumericKind::Money;
    t.unit = Some(code);
    if v.word_is(k, "and") {
        cents_after(v, t);
        if t.end != k {
            return;
        }
    }
    if let Some((c2, end)) = currency::match_suffix(v.src, v.toks, k) {
        if c2 == code {
            t.end = end;
        }
    } else if v.is_word(k) && currency::code(v.text(k)) == Some(code) {
        t.end = k + 1;
    }
}

/// A currency written after the number, from token `k`: hyphenated
/// ("171-billion-dlr"), glued ("310p"), a word or code ("12 mln dlrs", "10
/// €"), or a scaled code ("5 MUSD"). Whether one was found.
fn currency_after(v: View, k: usize, t: &mut Tail) -> bool {
    if v.is_punct(k, "-") && v.glued(k) && v.glued(k + 1) && t.scale.is_some() {
        if let Some((code, end)) = currency::match_suffix(v.src, v.toks, k + 1) {
            t.money(code, end);
            return true;
        }
    }
    if !(v.is_word(k) || v.kind(k) == Some(Kind::Punct)) {
        return false;
    }
    // Most numbers are followed by a space: only then is the glued table
    // consulted.
    if let Some((code, end)) = v.glued(k).then(|| currency::match_glued(v.src, v.toks, k)).flatten()
    {
        t.money(code, end);
        return true;
    }
    if let Some((code, end)) = currency::match_suffix(v.src, v.toks, k).filter(|&(_, end)| {
        !(v.kind(end - 1) == Some(Kind::Punct) && v.is_num(end) && v.glued(end))
    }) {
        let w = v.bytes(k);
        if (w.eq_ignore_ascii_case(b"pound") || w.eq_ignore_ascii_case(b"pounds"))
            && v.word_is(end, "of")
        {
            t.kind = NumericKind::Quantity;
            t.unit = Some("lb");
            t.end = end;
            return true;
        }
        // A symbol written after the number ("10 €") only counts glued
        // or when nothing else follows on the line.
        t.money(code, end);
        scale_after_currency(v, t);
        cents_after(v, t);
        return true;
    }
    if v.is_word(k) && !(v.is_num(k + 1) && v.glued(k + 1)) {
        if let Some((code, scale)) = currency::scaled_code(v.text(k)) {
            t.money(code, k + 1);
            t.value *= scale;
            scale_after_currency(v, t);
            cents_after(v, t);
            return true;
        }
    }
    false
}

/// A unit from token `k`: glued ("40km"), hyphenated ("40-km"), or spaced
/// ("500,000 barrels").
fn unit_after(v: View, n: &Number, k: usize, t: &mut Tail) {
    let (attach, at) = if v.is_punct(k, "-") && v.glued(k) && v.glued(k + 1) && v.is_word(k + 1) {
        (Attach::Hyphen, k + 1)
    } else if v.glued(k) {
        (Attach::Glued, k)
    } else {
        (Attach::Spaced, k)
    };
    // Agency copy wraps lines anywhere ("340,000\n tonnes"), so a unit may
    // follow a line break.
    let found = units::match_unit(v.src, v.toks, at, attach)
        .or_else(|| (attach == Attach::Spaced).then(|| bracketed_unit(v, k)).flatten());
    if let Some((sym, end)) = found {
        // A degree or a glued "C" is read in its sentence.
        let Some(sym) = unit_reading::reading(v, n, sym, at, end) else { return };
        t.kind = NumericKind::Quantity;
        t.unit = Some(sym);
        t.end = end;
    }
}

/// A unit symbol in brackets after the number, as tables write it ("20
/// (kg)", "20 [kg]"): its symbol and the index past the closing bracket.
fn bracketed_unit(v: View, k: usize) -> Option<(&'static str, usize)> {
    let close = match v.text(k) {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        "<" => ">",
        _ => return None,
    };
    if !v.glued(k + 1) {
        return None;
    }
    let (sym, end) = units::match_unit(v.src, v.toks, k + 1, Attach::Spaced)?;
    (v.is_punct(end, close) && v.glued(end)).then_some((sym, end + 1))
}

/// The inches of a height in feet: "5 ft 2 in", "5 feet and 2 inches",
/// "5ft 9in", and "5-foot-9", whose inches need no unit. One quantity, in
/// feet ("5 ft 6 in" is 5.5 ft).
fn inches_after_feet(v: View, t: &mut Tail) {
    if t.unit != Some("ft") {
        return;
    }
    let mut k = t.end;
    let hyphen = v.is_punct(k, "-") && v.glued(k) && v.glued(k + 1);
    if hyphen || v.word_is(k, "and") {
        k += 1;
    }
    if !(v.is_num(k) || v.num_word(k).is_some()) {
        return;
    }
    let Read::Number(inches) = read_number(v, k) else { return };
    if inches.ordinal || inches.end <= k || !(0.0..12.0).contains(&inches.value) {
        return;
    }
    let attach = if v.glued(inches.end) { Attach::Glued } else { Attach::Spaced };
    let end = match units::match_unit(v.src, v.toks, inches.end, attach) {
        Some(("in", end)) => end,
        // "5 ft 2 in": the bare "in" is the inch only here.
        None if v.word_is(inches.end, "in") => inches.end + 1,
        None if hyphen => inches.end,
        _ => return,
    };
    t.value += inches.value / 12.0;
    t.end = end;
}

/// Percentage words at `k`: the unit ("%", "pp", "bp") and the index after.
pub(super) fn percent_at(v: View, k: usize) -> Option<(&'static str, usize)> {
    if v.is_punct(k, "%") {
        return Some(("%", k + 1));
    }
    if !v.is_word(k) {
        return None;
    }
    let w = v.text(k);
    // Every percentage word starts with "p" or "b": most words stop here.
    if w.len() > 11
        || !matches!(w.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'p' | b'b'))
    {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower(w, &mut buf)?;
    let (mut end, is_pct) = match w {
        "percent" | "percents" | "pct" | "pc" | "percentage" | "percentages" => (k + 1, true),
        "per" if v.word_is(k + 1, "cent") => (k + 2, true),
        "per" if v.is_punct(k + 1, "-") && v.word_is(k + 2, "cent") => (k + 3, true),
        "basis" if v.word_is(k + 1, "point") || v.word_is(k + 1, "points") => {
            return Some(("bp", k + 2))
        }
        "bps" | "bp" => return Some(("bp", k + 1)),
        _ => (k, false),
    };
    if !is_pct {
        return None;
    }
    if v.word_is(end, "point") || v.word_is(end, "points") || v.word_is(end, "pts") {
        end += 1;
        return Some(("pp", end));
    }
    Some(("%", end))
}

/// "75 USD million": a scale written after the currency.
fn scale_after_currency(v: View, t: &mut Tail) {
    if t.scale.is_some() {
        return;
    }
    if let Some(NumWord::Scale(s)) = v.num_word(t.end) {
        t.value *= s;
        t.scale = Some(t.end);
        t.end += 1;
    }
}

/// The minor part of an amount: "3 dollars 50 cents", "thirteen dollars
/// and forty-five cents", and "15 dollars 50" when nothing follows the
/// minor part but punctuation or the end.
fn cents_after(v: View, t: &mut Tail) {
    if t.unit == Some("¢") || t.unit == Some("GBX") || t.scale.is_some() || t.value.fract() != 0.0
    {
        return;
    }
    let mut k = t.end;
    if v.word_is(k, "and") {
        k += 1;
    }
    if !(v.is_num(k) || v.num_word(k).is_some()) {
        return;
    }
    if let Read::Number(c) = read_number(v, k) {
        if c.end > k
            && !c.ordinal
            && !c.fraction
            && c.value < 100.0
            && c.value.fract() == 0.0
            && c.scale.is_none()
        {
            let minor =
                v.word_is(c.end, "cents") || v.word_is(c.end, "cent") || v.word_is(c.end, "pence");
            let bare = c.end >= v.len()
                || (matches!(v.text(c.end), "." | "," | ";" | ":" | "!" | "?" | ")")
                    && !v.is_num(c.end + 1));
            if minor {
                t.value += c.value / 100.0;
                t.end = c.end + 1;
            } else if bare {
                t.value += c.value / 100.0;
                t.end = c.end;
            }
        }
    }
}

/// A lower-case plural noun: regular ("shares") or one of the common
/// irregular ones ("people").
fn is_plural_noun(w: &str) -> bool {
    if !w.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    if word_set!("irregular_plurals.txt").contains(w) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !is_function_word(w)
}

/// The scale word at token `s`, as the fact reports it: "hundred" is a
/// number word, not a scale worth reporting.
pub(super) fn scale_text(v: View, s: Option<usize>) -> Option<String> {
    s.filter(|&s| !matches!(v.num_word(s), Some(NumWord::Hundred))).map(|s| v.text(s).to_string())
}

/// The value of the scale word at token `i`.
pub(super) fn scale_value(v: View, i: usize) -> Option<f64> {
    match v.num_word(i) {
        Some(NumWord::Scale(s)) => Some(s),
        Some(NumWord::Dozen) => Some(12.0),
        _ => scale_abbrev(v.text(i)).map(|a| a.value).or_else(|| (v.text(i) == "m").then_some(1e6)),
    }
}

/// A qualifier written after the number at token `at` ("200 or more",
/// "50+"), combined with the one before (`current`): the qualifier and the
/// index after it.
pub(super) fn qualifier_after(
    v: View,
    at: usize,
    current: Qualifier,
) -> Option<(Qualifier, usize)> {
    let (q, e) = qualifier::after(v.src, v.toks, at, current)?;
    let plus = v.is_punct(at, "+");
    // "or less than 6000" qualifies the next number, not this one.
    let number_follows = matches!(read_number(v, e), Read::Number(_))
        || (v.word_is(e, "than") && !v.word_is(e - 1, "than"));
    ((!plus || v.glued(at)) && !number_follows).then_some((q, e))
}
