//! The driver: finds where numbers start, reads each one (`value`), and
//! makes a fact of it in layers: the rules that say it is none
//! (`not_facts`), what comes before it (`before`: sign, currency,
//! qualifier), what comes after (`after`: scale, currency, percentage,
//! unit), years and decades (`years`), a qualifier after it, a range
//! (`range`), and the noun it counts (`noun`).

use super::after::{qualifier_after, scale_text, tail};
use super::ages;
use super::before::before;
use super::kinds::NumericKind;
use super::lexicon::NumWord;
use super::not_facts;
use super::noun::counted_noun;
use super::qualifier::Qualifier;
use super::range::{self, FirstEnd, Range};
use super::scanner::{next_chunk, Kind, Tok};
use super::unit_reading;
use super::units::{self, Attach};
use super::value::{read_number, vulgar, Number, Read};
use super::view::View;
use super::years::year_or_decade;
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
    extract_map(cfg, text, &[], |fact| fact)
}

/// The facts of `text`, each passed through `f`, in one allocation of the
/// exact size: the pipeline wraps each fact as it leaves, instead of
/// copying a finished list into a list of wrapped facts.
///
/// `ends` are byte offsets, ascending, where the text is cut before it is
/// read (the pipeline's sentence ends): no fact crosses one, so each fact
/// lies inside one sentence. Every number is read as if the text stopped
/// at the next cut; what lies before a cut stays in view of the rules
/// that look left.
pub(crate) fn extract_map<T>(
    cfg: &NumberExtractor,
    text: &str,
    ends: &[usize],
    mut f: impl FnMut(NumericFact) -> T,
) -> Vec<T> {
    // A nested call on the same thread (there is none today) would find the
    // buffers borrowed and fall back to fresh ones.
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let Scratch { toks, facts } = &mut *scratch;
            // Empty already, unless a call before unwound from a panic.
            facts.clear();
            extract_segments(cfg, text, ends, toks, facts);
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
            extract_segments(cfg, text, ends, &mut Vec::new(), &mut facts);
            facts.into_iter().map(f).collect()
        }
    })
}

/// Appends the facts of `text` to `out`, segment by segment between the
/// cuts `ends` (and the text's end).
fn extract_segments(
    cfg: &NumberExtractor,
    text: &str,
    ends: &[usize],
    toks: &mut Vec<Tok>,
    out: &mut Vec<NumericFact>,
) {
    let mut start = 0;
    for &end in ends.iter().chain([&text.len()]) {
        // Out-of-order or out-of-range cuts are skipped rather than trusted.
        if end <= start || end > text.len() || !text.is_char_boundary(end) {
            continue;
        }
        // The text up to the cut: offsets stay those of the whole text.
        extract_into(cfg, &text[..end], start, toks, out);
        start = end;
    }
}

/// Appends the facts of `text[pos..]` to `out`.
fn extract_into(
    cfg: &NumberExtractor,
    text: &str,
    mut pos: usize,
    toks: &mut Vec<Tok>,
    out: &mut Vec<NumericFact>,
) {
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

/// Appends the facts of one chunk's tokens to `out`.
fn chunk(cfg: &NumberExtractor, v: View, out: &mut Vec<NumericFact>) {
    let mut i = 0;
    // The first token that no fact (or skipped date, code...) before holds:
    // the rules that look left of a number never reach below it, so no
    // token is part of two facts.
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
            let (fact, end) = vulgar_fact(v, i, f);
            out.push(fact);
            i = end;
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

/// A vulgar fraction standing alone ("½"), with the unit after it ("½
/// teaspoon"): the fact and the token after it.
fn vulgar_fact(v: View, i: usize, value: f64) -> (NumericFact, usize) {
    let attach = if v.glued(i + 1) { Attach::Glued } else { Attach::Spaced };
    let unit = units::match_unit(v.src, v.toks, i + 1, attach);
    let end = unit.map_or(i + 1, |(_, end)| end);
    let fact = NumericFact {
        start: v.start(i),
        end: v.end(end - 1),
        kind: if unit.is_some() { NumericKind::Quantity } else { NumericKind::Cardinal },
        value: Some(value),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        unit: unit.map(|(sym, _)| sym.to_string()),
        noun: None,
        scale: None,
    };
    (fact, end)
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
    // "tens of thousands of", "hundreds of millions of".
    while plural(k) && v.word_is(k + 1, "of") {
        if plural(k + 2) && v.word_is(k + 3, "of") {
            k += 2;
            continue;
        }
        return Some((k + 2, k));
    }
    None
}

/// The number `n`, read at or after `floor` (the first token no earlier
/// fact holds), in its context: the fact it is, or the token to resume at
/// when it is none.
fn build(cfg: &NumberExtractor, v: View, n: Number, floor: usize) -> Outcome {
    if let Some(resume) = not_facts::rejected(v, &n, floor) {
        return Outcome::Skip(resume);
    }
    let b = before(v, &n, floor);
    let mut t = tail(v, &n, b.currency);
    t.value *= b.sign * b.currency_scale;
    let mut start = b.start;
    if b.sign > 0.0 && start == n.first && unit_reading::spaced_minus(v, start, floor, t.unit) {
        t.value = -t.value;
        start -= 1;
    }
    if b.percent_of && t.kind == NumericKind::Cardinal {
        t.kind = NumericKind::Percent;
        t.unit = Some("%");
        start = if v.word_is(start - 3, "per") { start - 3 } else { start - 2 };
    }
    if let Some(resume) = not_facts::letters_glued_after(v, &n, &t) {
        return Outcome::Skip(resume);
    }
    if not_facts::name_before(v, &n, &b, &t, floor) {
        return Outcome::Skip(t.end);
    }
    // What the value is: one number, or the bounds of a year range
    // ("1986/87"), a two-way price ("1.8450/60") or a decade.
    let (mut value, mut low, mut high) = (Some(t.value), None, None);
    if let Some((a, z)) = n.year_range {
        t.kind = NumericKind::Year;
        (value, low, high) = (None, Some(a), Some(z));
    }
    if let Some((a, z)) = n.quote {
        (value, low, high) = (None, Some(a), Some(z));
    }
    // Most numbers are not followed by a glued "s": they skip the call.
    let s_glued = n.plain_int && v.glued(t.end) && v.bytes(t.end) == b"s";
    if let Some(end) = (s_glued && t.kind == NumericKind::Cardinal && b.sign > 0.0)
        .then(|| ages::decade_of_life(v, &n, t.end, floor))
        .flatten()
    {
        (t.kind, t.unit, t.end) = (NumericKind::Age, Some("yr"), end);
        (value, low, high) = (None, Some(t.value), Some(t.value + 9.0));
    }
    if n.plain_int && t.kind == NumericKind::Cardinal && b.sign > 0.0 {
        if let Some(base) = year_or_decade(v, &n, b.qualifier, &mut t, &mut start) {
            (value, low, high) = (Some(base), Some(base), Some(base + 9.0));
        }
    }
    let mut qualifier = b.qualifier;
    let aged = ages::aged_before(v, start, floor);
    if t.kind != NumericKind::Year && t.kind != NumericKind::Ordinal {
        if let Some((q, e)) = qualifier_after(v, t.end, qualifier) {
            qualifier = q;
            t.end = e;
        }
    }
    if t.kind != NumericKind::Ordinal && value.is_some() && low.is_none() {
        // A joiner after the number may open a range ("and" only after
        // "between").
        if let Some((joiner, at)) = range::joiner(v, t.end, b.between) {
            let first = FirstEnd { number: &n, tail: &t, before: &b, start, qualifier, joiner, at };
            match range::second_end(cfg, v, &first) {
                Some(Range::Fact(mut f, end)) => {
                    // "aged between 18 and 25": "between" opens the range.
                    let opener = usize::from(f.start < v.start(start));
                    if let Some(a) = ages::aged_before(v, start - opener, floor) {
                        aged_fact(v, &mut f, a);
                    }
                    return Outcome::Fact(f, end);
                }
                Some(Range::Score(end)) => return Outcome::Skip(end),
                None => {}
            }
        }
    }
    if let Some(a) = aged.filter(|_| ages::can_be_aged(t.kind, t.unit)) {
        t.kind = NumericKind::Age;
        t.unit = t.unit.or(Some("yr"));
        start = a;
    }
    let noun =
        if cfg.nouns && t.kind == NumericKind::Cardinal { counted_noun(v, t.end) } else { None };
    let fact = NumericFact {
        start: v.start(start),
        end: v.end(t.end - 1),
        kind: t.kind,
        value,
        low,
        high,
        qualifier,
        unit: t.unit.map(str::to_string),
        noun,
        scale: scale_text(v, t.scale),
    };
    Outcome::Fact(fact, t.end)
}

/// Makes the range `f` an age when "aged" (or "age"), at token `at`, is
/// written before it and it can be one: "aged 18 to 25".
fn aged_fact(v: View, f: &mut NumericFact, at: usize) {
    if ages::can_be_aged(f.kind, f.unit.as_deref()) {
        f.kind = NumericKind::Age;
        f.unit.get_or_insert_with(|| "yr".to_string());
        f.start = v.start(at);
        f.noun = None;
    }
}
