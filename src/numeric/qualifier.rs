//! Qualifiers: the words around a number that bound or soften it ("at
//! least 3,400", "about 50", "200 or more").

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::lexicon::WordMap;
use super::phrase::{rows, Phrase};
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

/// Phrases indexed by their last token (for matching backwards from a
/// number) or their first (forwards), lower-cased; longest first.
type Index<T> = WordMap<Vec<(Phrase, T)>>;

/// The qualifier named in `qualifiers.tsv` (as serialised).
fn named(name: &str) -> Option<Qualifier> {
    [
        Qualifier::Exact,
        Qualifier::Approx,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::AtMost,
        Qualifier::LessThan,
    ]
    .into_iter()
    .find(|q| q.as_str() == name)
}

/// The phrases of `qualifiers.tsv` written at `position` ("before" or
/// "after" the number), each with what its last column names.
fn compiled<T>(position: &str, by_last: bool, meaning: impl Fn(&str) -> T) -> Index<T> {
    let mut m: Index<T> = WordMap::default();
    for cols in rows(include_str!("qualifiers.tsv")).filter(|cols| cols[1] == position) {
        let p = Phrase::parse(cols[0], false);
        let edge = if by_last { p.toks.last() } else { p.toks.first() };
        if let Some(k) = edge {
            m.entry(k).push((p, meaning(cols[2])));
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
    let table =
        TABLE.get_or_init(|| compiled("before", true, |name| named(name).unwrap_or_default()));
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
    let table = TABLE.get_or_init(|| compiled("after", false, named));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_in_the_table_is_known() {
        for cols in rows(include_str!("qualifiers.tsv")) {
            assert!(matches!(cols[1], "before" | "after"), "{cols:?}");
            let known = named(cols[2]).is_some_and(|q| q != Qualifier::Exact);
            assert!(known || (cols[1] == "after" && cols[2] == "or_equal"), "{cols:?}");
        }
    }
}
