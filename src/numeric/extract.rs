//! The driver: finds where numbers start, reads each one, looks left for
//! its qualifier, sign and currency and right for its scale, unit,
//! percentage, range partner and counted noun, and drops the numbers that
//! are dates, times, names or codes.

use super::after::{percent_at, scale_text, scale_value, tail, Tail};
use super::currency;
use super::kinds::NumericKind;
use super::lexicon::NumWord;
use super::noun::counted_noun;
use super::qualifier::{self, Qualifier};
use super::range::{self, Joiner};
use super::scanner::{next_chunk, Kind, Tok};
use super::value::{read_number, vulgar, Number, Read};
use super::view::View;
use super::wordlist::word_set;
use super::{dates, names, not_facts};
use super::{NumberExtractor, NumericFact};

/// Buffers kept past the call that are larger than this many tokens (or
/// facts) are dropped, so that one huge document does not pin its memory.
const KEEP_TOKENS: usize = 1 << 17;
const KEEP_FACTS: usize = 1 << 12;

/// The working buffers of the calls on one thread.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    facts: Vec<NumericFact>,
}

thread_local! {
    /// A story is a few hundred tokens and a dozen facts. A fresh token
    /// buffer per call cost a `malloc` and a `free` of several kilobytes,
    /// and an output sized by guess either wasted memory or grew (a
    /// `realloc` and a copy) on stories dense with figures; a few percent
    /// of the whole stage on news. Facts are gathered here and handed back
    /// in one allocation of the exact size.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

pub(super) fn extract(cfg: &NumberExtractor, text: &str) -> Vec<NumericFact> {
    extract_map(cfg, text, |fact| fact)
}

/// The facts of `text`, each passed through `f`, in one allocation of the
/// exact size: the pipeline wraps each fact as it leaves, instead of
/// copying a finished list into a list of wrapped facts.
pub(crate) fn extract_map<T>(
    cfg: &NumberExtractor,
    text: &str,
    mut f: impl FnMut(NumericFact) -> T,
) -> Vec<T> {
    // A nested call on the same thread (there is none today) would find the
    // buffers borrowed and fall back to fresh ones.
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let Scratch { toks, facts } = &mut *scratch;
            // Empty already, unless a call before unwound from a panic.
            facts.clear();
            extract_into(cfg, text, toks, facts);
            // Moved out into an exact fit; the buffer keeps its capacity.
            let mut out = Vec::with_capacity(facts.len());
            out.extend(facts.drain(..).map(&mut f));
            if toks.capacity() > KEEP_TOKENS {
                *toks = Vec::new();
            }
            if facts.capacity() > KEEP_FACTS {
                *facts = Vec::new();
            }
            out
        }
        Err(_) => {
            let mut facts = Vec::new();
            extract_into(cfg, text, &mut Vec::new(), &mut facts);
            facts.into_iter().map(f).collect()
        }
    })
}

/// Appends the facts of `text` to `out`.
fn extract_into(
    cfg: &NumberExtractor,
    text: &str,
    toks: &mut Vec<Tok>,
    out: &mut Vec<NumericFact>,
) {
    let mut pos = 0;
    while pos < text.len() {
        let next = next_chunk(text, pos, toks);
        let v = View { src: text, toks };
        let before = out.len();
        chunk(cfg, v, out);
        range::merge_bounds(text, out, before);
        if next <= pos {
            break;
        }
        pos = next;
    }
}

/// What became of a number.
enum Outcome {
    Fact(NumericFact, usize),
    /// Not a fact; resume at this token.
    Skip(usize),
}

fn chunk(cfg: &NumberExtractor, v: View, out: &mut Vec<NumericFact>) {
    let mut i = 0;
    let mut floor = 0;
    while i < v.len() {
        if !v.toks[i].may_start || !is_anchor(v, i) {
            i += 1;
            continue;
        }
        if let Some((end, scale_tok)) = v.is_word(i).then(|| vague_at(v, i)).flatten() {
            if cfg.vague {
                let noun = if cfg.nouns { counted_noun(v, end) } else { None };
                out.push(NumericFact {
                    start: v.start(i),
                    end: v.end(end - 1),
                    kind: NumericKind::Cardinal,
                    value: None,
                    low: None,
                    high: None,
                    qualifier: Qualifier::Approx,
                    unit: None,
                    noun,
                    scale: Some(v.text(scale_tok).to_string()),
                });
            }
            i = end;
            floor = i;
            continue;
        }
        if let Some(f) = (v.kind(i) == Some(Kind::Punct)).then(|| vulgar(v.text(i))).flatten() {
            out.push(simple(v, i, f));
            i += 1;
            floor = i;
            continue;
        }
        match read_number(v, i) {
            Read::Skip(resume) => {
                i = resume.max(i + 1);
                floor = i;
            }
            Read::None => i += 1,
            Read::Number(n) => match build(cfg, v, n, floor) {
                Outcome::Fact(f, end) => {
                    if wanted(cfg, &f) {
                        out.push(f);
                    }
                    i = end.max(i + 1);
                    floor = i;
                }
                Outcome::Skip(end) => {
                    i = end.max(i + 1);
                    floor = i;
                }
            },
        }
    }
}

fn wanted(cfg: &NumberExtractor, f: &NumericFact) -> bool {
    match f.kind {
        NumericKind::Year => cfg.years,
        NumericKind::Ordinal => cfg.ordinals,
        _ => true,
    }
}

fn simple(v: View, i: usize, value: f64) -> NumericFact {
    NumericFact {
        start: v.start(i),
        end: v.end(i),
        kind: NumericKind::Cardinal,
        value: Some(value),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        unit: None,
        noun: None,
        scale: None,
    }
}

/// Whether a number may start at token `i`; only ever true where the
/// tokeniser set [`Tok::may_start`].
fn is_anchor(v: View, i: usize) -> bool {
    match v.kind(i) {
        Some(Kind::Num) => true,
        Some(Kind::Punct) => {
            (v.is_punct(i, ".")
                && v.is_num(i + 1)
                && v.glued(i + 1)
                && !(v.is_num(i.wrapping_sub(1)) && v.glued(i)))
                || vulgar(v.text(i)).is_some()
        }
        Some(Kind::Word) => match v.num_word(i) {
            Some(
                NumWord::Unit(_)
                | NumWord::Teen(_)
                | NumWord::Tens(_)
                | NumWord::Half { plural: false },
            ) => true,
            Some(NumWord::Quarter { plural: false }) => true,
            // "a" is everywhere: only "a hundred", "a third", "a dozen"...
            Some(NumWord::Article) => matches!(
                v.num_word(i + 1),
                Some(
                    NumWord::Hundred
                        | NumWord::Scale(_)
                        | NumWord::Dozen
                        | NumWord::Half { .. }
                        | NumWord::Quarter { .. }
                        | NumWord::Ordinal { .. }
                        | NumWord::Tens(_)
                )
            ),
            Some(NumWord::Ordinal { plural: false, .. }) => true,
            Some(NumWord::Hundred | NumWord::Scale(_)) => vague_at(v, i).is_some(),
            Some(NumWord::Dozen) => vague_at(v, i).is_some(),
            _ => v.word_is(i, "scores") || v.word_is(i, "tens"),
        },
        _ => false,
    }
}

/// "dozens of", "hundreds of", "tens of thousands of", "scores of": the
/// index past "of" and the index of the scale word.
fn vague_at(v: View, i: usize) -> Option<(usize, usize)> {
    let plural = |k: usize| {
        let s = v.text(k);
        s.len() > 3
            && (s.ends_with('s') || s.ends_with('S'))
            && matches!(v.num_word(k), Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen))
            || v.word_is(k, "scores")
            || v.word_is(k, "tens")
    };
    if !plural(i) {
        return None;
    }
    let mut k = i;
    let mut scale = i;
    // "tens of thousands of", "hundreds of millions of".
    while plural(k) && v.word_is(k + 1, "of") {
        scale = k;
        if plural(k + 2) && v.word_is(k + 3, "of") {
            k += 2;
            continue;
        }
        return Some((k + 2, scale));
    }
    let _ = scale;
    None
}

/// Whether a hyphen or minus at `k` (just before a number) is a sign.
fn sign_at(v: View, k: usize, floor: usize) -> bool {
    if !(v.is_punct(k, "-") || v.is_punct(k, "−")) || !v.glued(k + 1) {
        return false;
    }
    // Glued to a word or a number before it, a hyphen joins ("CFM-56-5S").
    if k == 0 || !v.glued(k) {
        return true;
    }
    k <= floor && v.kind(k - 1) == Some(Kind::Punct) && !v.is_punct(k - 1, ".")
        || matches!(v.text(k - 1), "(" | "[" | "<" | ">" | "=" | "~" | ":" | "/" | "≤" | "≥")
}

fn build(cfg: &NumberExtractor, v: View, n: Number, floor: usize) -> Outcome {
    let first = n.first;
    if let Some(resume) = not_facts::rejected(v, &n, floor) {
        return Outcome::Skip(resume);
    }
    // Letters glued to digits that made it past the rules are a code.
    let code_prefix = (!n.words && first > 0 && v.is_word(first - 1) && v.glued(first))
        .then(|| currency::code(v.text(first - 1)).map(|c| (c, first - 1)))
        .flatten();

    // Left context: sign, currency, sign again, qualifier.
    let mut start = first;
    let mut sign = 1.0;
    if start > floor && sign_at(v, start - 1, floor) {
        sign = -1.0;
        start -= 1;
    }
    let mut prefix: Option<&'static str> = None;
    let mut prefix_scale = 1.0;
    if let Some((c, s)) = code_prefix {
        prefix = Some(c);
        start = s;
    } else if let Some((c, s)) = currency::match_prefix(v.src, v.toks, start, floor) {
        prefix = Some(c);
        start = s;
    } else if start > floor && v.is_word(start - 1) && !v.glued(start) {
        if let Some((c, scale)) = currency::scaled_code(v.text(start - 1)) {
            let w = v.text(start - 1);
            if w.bytes().all(|b| b.is_ascii_uppercase())
                || w.bytes().all(|b| b.is_ascii_lowercase())
            {
                prefix = Some(c);
                prefix_scale = scale;
                start -= 1;
            }
        }
    }
    if prefix.is_some() && sign > 0.0 && start > floor && sign_at(v, start - 1, floor) {
        sign = -1.0;
        start -= 1;
    }
    if start > floor
        && sign > 0.0
        && (v.word_is(start - 1, "minus") || v.word_is(start - 1, "negative"))
    {
        sign = -1.0;
        start -= 1;
    }
    let mut qualifier = Qualifier::Exact;
    if let Some((q, s)) = qualifier::before(v.src, v.toks, start, floor) {
        // A symbol (">", "<=") must not be the tail of a word ("<LNDH.SI>
        // FIRST"), unless glued to the number ("x>10").
        let symbol = v.kind(s) == Some(Kind::Punct);
        let glued_left = s > 0 && v.glued(s) && v.kind(s - 1) != Some(Kind::Punct);
        if !(n.ordinal || symbol && glued_left && !v.glued(start)) {
            qualifier = q;
            start = s;
        }
    }
    // "over three weeks" is a duration, not "more than".
    // ("over 30 years old" and "over 30 years of experience" are still
    // "more than".)
    if qualifier == Qualifier::MoreThan
        && v.word_is(start, "over")
        && is_time_unit(v.text(n.end))
        && !v.word_is(n.end + 1, "old")
        && !v.word_is(n.end + 1, "of")
    {
        qualifier = Qualifier::Exact;
        start += 1;
    }
    let between = start > floor && v.word_is(start - 1, "between");
    let from = start > floor && v.word_is(start - 1, "from");
    // "per cent of twenty-two".
    let percent_before = start >= floor + 2
        && v.word_is(start - 1, "of")
        && percent_at(v, start - 2).is_some_and(|(_, e)| e == start - 1)
        || start >= floor + 3
            && v.word_is(start - 1, "of")
            && v.word_is(start - 3, "per")
            && v.word_is(start - 2, "cent");

    // Name before: "Boeing 737", "Route 66".
    let name_before = n.plain_int
        && qualifier == Qualifier::Exact
        && prefix.is_none()
        && sign > 0.0
        && first > floor
        && start == first
        && v.is_word(first - 1)
        && !v.glued(first)
        && !v.gap_has_newline(first)
        && !(v.is_punct(n.end, "-") && v.glued(n.end))
        && names::is_name_word(v.text(first - 1));

    // Right context.
    let mut t = tail(v, &n, prefix);
    t.value *= sign * prefix_scale;
    if percent_before && t.kind == NumericKind::Cardinal {
        t.kind = NumericKind::Percent;
        t.unit = Some("%");
        start = if v.word_is(start - 3, "per") { start - 3 } else { start - 2 };
    }
    // Letters glued after the digits that nothing recognised: "737MAX", "3D".
    let decade_s = n.plain_int
        && v.text(first).ends_with('0')
        && matches!(v.text(first).len(), 2 | 4)
        && (v.word_is(t.end, "s") || (v.is_punct(t.end, "'") && v.word_is(t.end + 1, "s")));
    if !n.words && t.end == n.end && v.is_word(t.end) && v.glued(t.end) && !decade_s {
        return Outcome::Skip(t.end + 1);
    }
    if name_before && t.kind == NumericKind::Cardinal && t.scale.is_none() {
        return Outcome::Skip(t.end);
    }

    // Decades and years.
    let mut low = None;
    let mut high = None;
    let mut value = Some(t.value);
    if let Some((a, b)) = n.year_range {
        t.kind = NumericKind::Year;
        low = Some(a);
        high = Some(b);
        value = None;
    }
    if let Some((a, b)) = n.quote {
        low = Some(a);
        high = Some(b);
        value = None;
    }
    if n.plain_int && t.kind == NumericKind::Cardinal && sign > 0.0 {
        let digits = v.text(first);
        // "1990s", "1990's", "'90s".
        let s_at = if v.is_punct(t.end, "'") && v.glued(t.end) { t.end + 1 } else { t.end };
        if (v.word_is(s_at, "s"))
            && v.glued(s_at)
            && digits.ends_with('0')
            && (digits.len() == 4 || digits.len() == 2)
        {
            let base: f64 = if digits.len() == 2 { 1900.0 + t.value } else { t.value };
            let two_digit_ok = digits.len() == 4
                || (first > 0
                    && (v.is_punct(first - 1, "'") || v.is_punct(first - 1, "’"))
                    && v.glued(first));
            if two_digit_ok && (digits.len() == 2 || dates::year_like(digits)) {
                if digits.len() == 2 {
                    start = start.min(first - 1);
                }
                t.kind = NumericKind::Year;
                t.end = s_at + 1;
                low = Some(base);
                high = Some(base + 9.0);
                value = Some(base);
            }
        } else if dates::year_like(digits) {
            let counted = counted_noun(v, t.end).is_some_and(|sp| {
                let w = &v.src[sp.start..sp.end];
                w.ends_with('s') && !is_year_noun(w)
            });
            let bound = qualifier.is_lower_bound() || qualifier.is_upper_bound();
            if qualifier == Qualifier::Exact || (!bound && !counted) {
                t.kind = NumericKind::Year;
            }
        }
    }

    // Suffix qualifiers: "200 or more", "50+".
    if t.kind != NumericKind::Year && t.kind != NumericKind::Ordinal {
        if let Some((q, e)) = qualifier::after(v.src, v.toks, t.end, qualifier) {
            let plus = v.is_punct(t.end, "+");
            // "or less than 6000" qualifies the next number, not this one.
            let number_follows = matches!(read_number(v, e), Read::Number(_))
                || (v.word_is(e, "than") && !v.word_is(e - 1, "than"));
            if (!plus || v.glued(t.end)) && !number_follows {
                qualifier = q;
                t.end = e;
            }
        }
    }

    // Ranges.
    if t.kind != NumericKind::Ordinal && value.is_some() && low.is_none() {
        if let Some((joiner, k)) = range::joiner(v, t.end, between) {
            let ok_joiner = match joiner {
                Joiner::And => between,
                _ => true,
            };
            if ok_joiner {
                if let Some(outcome) = range_with(
                    cfg, v, &n, &t, sign, prefix, k, joiner, start, between, from, qualifier, floor,
                ) {
                    return outcome;
                }
            }
        }
    }
    if between && t.kind == NumericKind::Cardinal {
        // "between" with no second number is just a word.
    }

    let noun =
        if cfg.nouns && t.kind == NumericKind::Cardinal { counted_noun(v, t.end) } else { None };
    let scale = scale_text(v, t.scale);
    Outcome::Fact(
        NumericFact {
            start: v.start(start),
            end: v.end(t.end - 1),
            kind: t.kind,
            value,
            low,
            high,
            qualifier,
            unit: t.unit.map(str::to_string),
            noun,
            scale,
        },
        t.end,
    )
}

// A range is the uncommon case: kept out of `build`, whose common path
// it would otherwise spread over more cache lines.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn range_with(
    cfg: &NumberExtractor,
    v: View,
    n: &Number,
    t: &Tail,
    sign: f64,
    prefix: Option<&'static str>,
    k: usize,
    joiner: Joiner,
    start: usize,
    between: bool,
    from: bool,
    qualifier: Qualifier,
    floor: usize,
) -> Option<Outcome> {
    let _ = floor;
    // The second end: an optional sign and currency, then a number.
    let mut j = k;
    let mut sign2 = 1.0;
    if (v.is_punct(j, "-") || v.is_punct(j, "−")) && v.glued(j + 1) && v.is_num(j + 1) {
        sign2 = -1.0;
        j += 1;
    }
    let mut prefix2 = None;
    if let Some((c, _)) = currency::match_prefix(v.src, v.toks, j + 1, j) {
        let _ = c;
    }
    // A currency symbol before the second number ("$5m-$7m").
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
    if n2.ordinal {
        return None;
    }
    if n.words != n2.words && joiner == Joiner::Dash {
        return None;
    }
    let p2 = prefix2.or(prefix);
    let mut t2 = tail(v, &n2, p2);
    t2.value *= sign2;
    if prefix2.is_some() && prefix.is_some() && prefix2 != prefix {
        return None;
    }
    // Units must agree; a bare first end takes the second's.
    let (kind, unit) = if t.unit.is_none() && t.kind == NumericKind::Cardinal {
        (t2.kind, t2.unit)
    } else if t.kind == t2.kind && (t.unit == t2.unit || t2.unit.is_none()) {
        (t.kind, t.unit)
    } else {
        return None;
    };
    if t2.kind != NumericKind::Cardinal && t2.kind != kind {
        return None;
    }
    let mut low = t.value;
    let high = t2.value;
    // "5 to 7 million": the scale of the second end applies to the first.
    if t.scale.is_none() && n.glued_m.is_none() {
        if let Some(sv) = t2.scale.and_then(|s| scale_value(v, s)) {
            if low.abs() < (high / sv).abs() {
                low *= sv;
            }
        }
    }
    let both_plain =
        n.plain_int && n2.plain_int && t.unit.is_none() && t2.unit.is_none() && sign > 0.0;
    if joiner == Joiner::Dash && both_plain && low >= high && !between {
        // A score or a tally ("3-1", "52-48"): not a fact.
        return Some(Outcome::Skip(t2.end));
    }
    if low.partial_cmp(&high) != Some(std::cmp::Ordering::Less) {
        return None;
    }
    let year =
        both_plain && dates::year_like(v.text(n.first)) && dates::year_like(v.text(n2.first));
    let kind = if year { NumericKind::Year } else { kind };
    let start = if between || (from && joiner == Joiner::To) { start - 1 } else { start };
    let end = t2.end;
    let noun = if cfg.nouns && kind == NumericKind::Cardinal { counted_noun(v, end) } else { None };
    let scale = scale_text(v, t2.scale.or(t.scale));
    Some(Outcome::Fact(
        NumericFact {
            start: v.start(start),
            end: v.end(end - 1),
            kind,
            value: None,
            low: Some(low),
            high: Some(high),
            qualifier,
            unit: unit.map(str::to_string),
            noun,
            scale,
        },
        end,
    ))
}

/// Words for spans of time, after which "over" means "during".
fn is_time_unit(w: &str) -> bool {
    word_set!("time_units.txt").contains(w)
}

/// Plural nouns that leave a number a year (`year_nouns.txt`), written in
/// lower case.
fn is_year_noun(w: &str) -> bool {
    !w.bytes().any(|b| b.is_ascii_uppercase()) && word_set!("year_nouns.txt").contains(w)
}
