//! Ranges: "150-200", "150 to 200", "between 150 and 200", "from 150 to
//! 200", "$5m-$7m", and two opposite bounds joined into one ("more than 10
//! and less than 20").

use super::after::{scale_text, scale_value, tail, Tail};
use super::before::Before;
use super::currency;
use super::dates::year_like;
use super::noun::counted_noun;
use super::value::{read_number, Number, Read};
use super::view::View;
use super::{NumberExtractor, NumericFact, NumericKind, Qualifier};

/// What joins the two ends of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Joiner {
    /// A hyphen or dash, glued or spaced.
    Dash,
    /// "to", "through", "thru", "~".
    To,
    /// "and", only after "between".
    And,
}

/// The joiner at token `at`, if any, and the index after it.
pub(crate) fn joiner(v: View, at: usize, after_between: bool) -> Option<(Joiner, usize)> {
    let s = v.text(at);
    if v.is_punct(at, "-") || v.is_punct(at, "–") || v.is_punct(at, "—") {
        // A glued hyphen must be glued on both sides ("150-200"); a spaced
        // dash spaced on both ("150 – 200").
        let glued_left = v.glued(at);
        let glued_right = v.glued(at + 1);
        if glued_left == glued_right || s != "-" {
            return Some((Joiner::Dash, at + 1));
        }
        return None;
    }
    if v.is_punct(at, "~") {
        return Some((Joiner::To, at + 1));
    }
    if v.word_is(at, "to") || v.word_is(at, "through") || v.word_is(at, "thru") {
        return Some((Joiner::To, at + 1));
    }
    if after_between && v.word_is(at, "and") {
        return Some((Joiner::And, at + 1));
    }
    None
}

/// The first end of a range, as read when the joiner is found.
pub(super) struct FirstEnd<'a> {
    pub number: &'a Number,
    pub tail: &'a Tail,
    pub before: &'a Before,
    /// The fact's first token so far (before "between" or "from").
    pub start: usize,
    pub qualifier: Qualifier,
    pub joiner: Joiner,
    /// The token after the joiner.
    pub at: usize,
}

/// What a range turned out to be.
pub(super) enum Range {
    /// A range fact, and the token after it.
    Fact(NumericFact, usize),
    /// A score or a tally ("won 3-1", "a 52-48 vote"): two plain numbers
    /// joined by a hyphen, the first not smaller. No fact; resume here.
    Score(usize),
}

/// The range that `first` opens, if its second end reads as one: an
/// optional sign and currency, then a number with a compatible tail
/// ("5-7m", "$5m-$7m", "between 150 and 200 tonnes").
// A range is the uncommon case: kept out of the driver, whose common path
// it would otherwise spread over more cache lines.
#[inline(never)]
pub(super) fn second_end(cfg: &NumberExtractor, v: View, first: &FirstEnd) -> Option<Range> {
    let (n, t) = (first.number, first.tail);
    let mut j = first.at;
    let mut sign2 = 1.0;
    if (v.is_punct(j, "-") || v.is_punct(j, "−")) && v.glued(j + 1) && v.is_num(j + 1) {
        sign2 = -1.0;
        j += 1;
    }
    // A currency symbol before the second number ("$5m-$7m").
    let mut prefix2 = None;
    for len in 1..=2 {
        if let Some((c, s)) = currency::match_prefix(v.src, v.toks, j + len, j) {
            if s == j && (v.is_num(j + len) || v.is_punct(j + len, ".")) {
                prefix2 = Some(c);
                j += len;
                break;
            }
        }
    }
    if !(v.is_num(j) || v.num_word(j).is_some() || v.is_punct(j, ".")) {
        return None;
    }
    let Read::Number(n2) = read_number(v, j) else { return None };
    if n2.ordinal || (n.words != n2.words && first.joiner == Joiner::Dash) {
        return None;
    }
    let prefix = first.before.currency;
    let mut t2 = tail(v, &n2, prefix2.or(prefix));
    t2.value *= sign2;
    if prefix2.is_some() && prefix.is_some() && prefix2 != prefix {
        return None;
    }
    let (kind, unit) = agreed(t, &t2)?;
    let low = low_end(v, n, t, &t2);
    let high = t2.value;
    let both_plain = n.plain_int
        && n2.plain_int
        && t.unit.is_none()
        && t2.unit.is_none()
        && first.before.sign > 0.0;
    if first.joiner == Joiner::Dash && both_plain && low >= high && !first.before.between {
        return Some(Range::Score(t2.end));
    }
    if low.partial_cmp(&high) != Some(std::cmp::Ordering::Less) {
        return None;
    }
    let year = both_plain && year_like(v.text(n.first)) && year_like(v.text(n2.first));
    let kind = if year { NumericKind::Year } else { kind };
    let b = first.before;
    let opened = b.between || (b.from && first.joiner == Joiner::To);
    let start = if opened { first.start - 1 } else { first.start };
    let end = t2.end;
    let noun = if cfg.nouns && kind == NumericKind::Cardinal { counted_noun(v, end) } else { None };
    let fact = NumericFact {
        start: v.start(start),
        end: v.end(end - 1),
        kind,
        value: None,
        low: Some(low),
        high: Some(high),
        qualifier: first.qualifier,
        unit: unit.map(str::to_string),
        noun,
        scale: scale_text(v, t2.scale.or(t.scale)),
    };
    Some(Range::Fact(fact, end))
}

/// The kind and unit of a range whose ends have tails `t` and `t2`: units
/// must agree, and a bare first end takes the second's ("5 to 7 km").
fn agreed(t: &Tail, t2: &Tail) -> Option<(NumericKind, Option<&'static str>)> {
    let (kind, unit) = if t.unit.is_none() && t.kind == NumericKind::Cardinal {
        (t2.kind, t2.unit)
    } else if t.kind == t2.kind && (t.unit == t2.unit || t2.unit.is_none()) {
        (t.kind, t.unit)
    } else {
        return None;
    };
    (t2.kind == NumericKind::Cardinal || t2.kind == kind).then_some((kind, unit))
}

/// The value of the first end: "5 to 7 million" takes the scale of the
/// second end, unless that would make it the larger.
fn low_end(v: View, n: &Number, t: &Tail, t2: &Tail) -> f64 {
    let low = t.value;
    if t.scale.is_some() || n.glued_m.is_some() {
        return low;
    }
    match t2.scale.and_then(|s| scale_value(v, s)) {
        Some(sv) if low.abs() < (t2.value / sv).abs() => low * sv,
        _ => low,
    }
}

/// Joins a lower bound and an upper bound written one after the other
/// ("more than 10 and less than 20", "above 1000 and below 1500", "at most
/// 100 and at least 20") into one range fact.
/// Only facts from index `from` on are considered (the latest chunk).
pub(crate) fn merge_bounds(text: &str, facts: &mut Vec<NumericFact>, from: usize) {
    // Compacts in place: `w` is where the next kept fact goes.
    let mut w = from;
    let mut r = from;
    while r < facts.len() {
        let merged = facts.get(r + 1).and_then(|b| merge_pair(text, &facts[r], b));
        match merged {
            Some(m) => {
                facts[w] = m;
                r += 2;
            }
            None => {
                if w != r {
                    facts.swap(w, r);
                }
                r += 1;
            }
        }
        w += 1;
    }
    facts.truncate(w);
}

fn merge_pair(text: &str, a: &NumericFact, b: &NumericFact) -> Option<NumericFact> {
    if a.qualifier == Qualifier::Exact || b.qualifier == Qualifier::Exact {
        return None;
    }
    let (va, vb) = (a.value?, b.value?);
    if a.kind != b.kind || a.unit != b.unit || a.kind == NumericKind::Year {
        return None;
    }
    let between = text.get(a.end..b.start)?;
    let words: Vec<&str> =
        between.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    if !(words.is_empty() || words == ["and"] || words == ["but"]) {
        return None;
    }
    let (low, high) = if a.qualifier.is_lower_bound() && b.qualifier.is_upper_bound() {
        (va, vb)
    } else if a.qualifier.is_upper_bound() && b.qualifier.is_lower_bound() {
        (vb, va)
    } else {
        return None;
    };
    if low.partial_cmp(&high) != Some(std::cmp::Ordering::Less) {
        return None;
    }
    Some(NumericFact {
        start: a.start,
        end: b.end,
        kind: a.kind,
        value: None,
        low: Some(low),
        high: Some(high),
        qualifier: Qualifier::Exact,
        unit: a.unit.clone(),
        noun: b.noun.or(a.noun),
        scale: b.scale.clone().or_else(|| a.scale.clone()),
    })
}
