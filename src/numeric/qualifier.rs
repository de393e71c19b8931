//! Qualifiers: the words around a number that bound or soften it ("at
//! least 3,400", "about 50", "200 or more").

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::lexicon::WordMap;
use super::phrase::Phrase;
use super::scanner::Tok;

/// How a number is qualified.
///
/// Serialises in snake case: `"exact"`, `"approx"`, `"at_least"`, ...
///
/// ```
/// use textfacts::{extract_numbers, Qualifier};
///
/// let text = "at least 3,400 buildings and about 50 cars";
/// let quals: Vec<Qualifier> = extract_numbers(text).iter().map(|f| f.qualifier).collect();
/// assert_eq!(quals, [Qualifier::AtLeast, Qualifier::Approx]);
/// assert_eq!(serde_json::to_string(&Qualifier::AtLeast).unwrap(), "\"at_least\"");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: the number as written.
    #[default]
    Exact,
    /// about, around, approximately, roughly, some, nearly, almost, an
    /// estimated, "or so".
    Approx,
    /// at least, no fewer than, no less than, "or more".
    AtLeast,
    /// more than, over, upwards of, above, exceeding.
    MoreThan,
    /// up to, as many as, no more than, at most, "or less".
    AtMost,
    /// less than, fewer than, under, below.
    LessThan,
}

impl Qualifier {
    /// The snake-case name (`"at_least"`), as serialised.
    ///
    /// ```
    /// assert_eq!(textfacts::Qualifier::MoreThan.as_str(), "more_than");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
        }
    }

    /// Whether the qualifier gives a lower bound (the number or above).
    pub(crate) fn is_lower_bound(&self) -> bool {
        matches!(self, Qualifier::AtLeast | Qualifier::MoreThan)
    }

    /// Whether the qualifier gives an upper bound.
    pub(crate) fn is_upper_bound(&self) -> bool {
        matches!(self, Qualifier::AtMost | Qualifier::LessThan)
    }
}

const BEFORE: &[(&str, Qualifier)] = &[
    ("about", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("approx", Qualifier::Approx),
    ("approx.", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("nearly", Qualifier::Approx),
    ("almost", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("close to", Qualifier::Approx),
    ("just about", Qualifier::Approx),
    ("~", Qualifier::Approx),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("not fewer than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("at least or equal to", Qualifier::AtLeast),
    ("greater than or equal to", Qualifier::AtLeast),
    ("more than or equal to", Qualifier::AtLeast),
    ("higher than or equal to", Qualifier::AtLeast),
    ("larger than or equal to", Qualifier::AtLeast),
    ("bigger than or equal to", Qualifier::AtLeast),
    ("greater or equal than", Qualifier::AtLeast),
    ("bigger or equal than", Qualifier::AtLeast),
    ("higher or equal than", Qualifier::AtLeast),
    ("larger or equal than", Qualifier::AtLeast),
    ("more or equal than", Qualifier::AtLeast),
    ("equal to or more than", Qualifier::AtLeast),
    ("equal to or greater than", Qualifier::AtLeast),
    ("equal or more than", Qualifier::AtLeast),
    ("equal or greater than", Qualifier::AtLeast),
    (">=", Qualifier::AtLeast),
    ("> =", Qualifier::AtLeast),
    ("≥", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("upward of", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("larger than", Qualifier::MoreThan),
    ("bigger than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("well above", Qualifier::MoreThan),
    ("just above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("exceed", Qualifier::MoreThan),
    ("surpassing", Qualifier::MoreThan),
    ("surpasses", Qualifier::MoreThan),
    ("surpassed", Qualifier::MoreThan),
    ("surpass", Qualifier::MoreThan),
    (">", Qualifier::MoreThan),
    ("up to", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    ("less than or equal to", Qualifier::AtMost),
    ("fewer than or equal to", Qualifier::AtMost),
    ("lower than or equal to", Qualifier::AtMost),
    ("smaller than or equal to", Qualifier::AtMost),
    ("less or equal than", Qualifier::AtMost),
    ("smaller or equal than", Qualifier::AtMost),
    ("lower or equal than", Qualifier::AtMost),
    ("equal to or less than", Qualifier::AtMost),
    ("equal to or fewer than", Qualifier::AtMost),
    ("equal or less than", Qualifier::AtMost),
    ("<=", Qualifier::AtMost),
    ("< =", Qualifier::AtMost),
    ("≤", Qualifier::AtMost),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("smaller than", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("just below", Qualifier::LessThan),
    ("well under", Qualifier::LessThan),
    ("well below", Qualifier::LessThan),
    ("<", Qualifier::LessThan),
];

/// Written after the number: "200 or more". `None` marks the "or equal"
/// forms, which turn a strict bound into an inclusive one.
const AFTER: &[(&str, Option<Qualifier>)] = &[
    ("or more", Some(Qualifier::AtLeast)),
    ("or above", Some(Qualifier::AtLeast)),
    ("or greater", Some(Qualifier::AtLeast)),
    ("or higher", Some(Qualifier::AtLeast)),
    ("or over", Some(Qualifier::AtLeast)),
    ("and more", Some(Qualifier::AtLeast)),
    ("and above", Some(Qualifier::AtLeast)),
    ("and over", Some(Qualifier::AtLeast)),
    ("and up", Some(Qualifier::AtLeast)),
    ("or more than", Some(Qualifier::AtLeast)),
    ("or greater than", Some(Qualifier::AtLeast)),
    ("-plus", Some(Qualifier::AtLeast)),
    ("plus", Some(Qualifier::AtLeast)),
    ("+", Some(Qualifier::AtLeast)),
    ("or less", Some(Qualifier::AtMost)),
    ("or fewer", Some(Qualifier::AtMost)),
    ("or below", Some(Qualifier::AtMost)),
    ("or lower", Some(Qualifier::AtMost)),
    ("or under", Some(Qualifier::AtMost)),
    ("and below", Some(Qualifier::AtMost)),
    ("and under", Some(Qualifier::AtMost)),
    ("and less", Some(Qualifier::AtMost)),
    ("or less than", Some(Qualifier::AtMost)),
    ("or so", Some(Qualifier::Approx)),
    ("or equal to", None),
    ("or equal", None),
];

/// Phrases indexed by their last token (for matching backwards from a
/// number) or their first (forwards), lower-cased; longest first.
type Index<T> = WordMap<Vec<(Phrase, T)>>;

fn compiled<T: Copy>(list: &'static [(&'static str, T)], by_last: bool) -> Index<T> {
    let mut m: Index<T> = WordMap::default();
    for (s, q) in list {
        let p = Phrase::parse(s, false);
        let edge = if by_last { p.toks.last() } else { p.toks.first() };
        if let Some(k) = edge {
            m.entry(k).push((p, *q));
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|e| std::cmp::Reverse(e.0.toks.len()));
    }
    m
}

fn lookup<'m, T>(
    index: &'m Index<T>,
    text: &str,
    toks: &[Tok],
    i: usize,
) -> Option<&'m Vec<(Phrase, T)>> {
    let t = toks.get(i)?;
    index.get(&text[t.start..t.end])
}

/// The qualifier phrase ending just before token `end` (not below
/// `floor`): the qualifier and the index of its first token.
pub(crate) fn before(
    text: &str,
    toks: &[Tok],
    end: usize,
    floor: usize,
) -> Option<(Qualifier, usize)> {
    static TABLE: OnceLock<Index<Qualifier>> = OnceLock::new();
    let table = TABLE.get_or_init(|| compiled(BEFORE, true));
    if end == 0 || end <= floor {
        return None;
    }
    let list = lookup(table, text, toks, end - 1)?;
    list.iter().find_map(|(p, q)| p.match_backward(text, toks, end, floor).map(|i| (*q, i)))
}

/// The qualifier phrase starting at token `at`, combined with the
/// qualifier already found before the number.
pub(crate) fn after(
    text: &str,
    toks: &[Tok],
    at: usize,
    current: Qualifier,
) -> Option<(Qualifier, usize)> {
    static TABLE: OnceLock<Index<Option<Qualifier>>> = OnceLock::new();
    // Every phrase starts with "or", "and", "plus", "+" or "-".
    let first = toks.get(at).and_then(|t| text.as_bytes().get(t.start))?;
    if !matches!(first.to_ascii_lowercase(), b'o' | b'a' | b'p' | b'+' | b'-') {
        return None;
    }
    let table = TABLE.get_or_init(|| compiled(AFTER, false));
    for (p, q) in lookup(table, text, toks, at)? {
        let Some(end) = p.match_forward(text, toks, at) else { continue };
        let q = match (q, current) {
            (Some(q), _) => *q,
            (None, Qualifier::MoreThan | Qualifier::AtLeast) => Qualifier::AtLeast,
            (None, Qualifier::LessThan | Qualifier::AtMost) => Qualifier::AtMost,
            (None, _) => continue,
        };
        return Some((q, end));
    }
    None
}
