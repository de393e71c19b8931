//! Ranges: "150-200", "150 to 200", "between 150 and 200", "from 150 to
//! 200", "$5m-$7m", and two opposite bounds joined into one ("more than 10
//! and less than 20").

use super::view::View;
use super::{NumericFact, NumericKind, Qualifier};

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
