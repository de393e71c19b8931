//! Everything building works out, in flat tables that serialise compactly:
//! interned labels, one string pool, entries, the searchable keys and, per
//! key, its candidate entries in order.

use serde::{Deserialize, Serialize};

use super::entry::CaseMode;
use super::in_names::InNames;
use super::normalize::Normalization;

/// A slice `start..end` of [`Tables::pool`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StrRef(pub u32, pub u32);

/// When a candidate accepts a match, given how the matched text is cased.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) enum Rule {
    /// Any case.
    Any,
    /// Any case but all lower case (smart mode, a pattern with capitals).
    NotLower,
    /// Exactly the candidate's variant (sensitive mode, or an acronym).
    Exact,
}

/// One entry's facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct EntryRec {
    pub label: u32,
    pub id: Option<StrRef>,
    pub canonical: StrRef,
}

/// One candidate of a key: an entry, and the rule its surface form sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct Cand {
    pub entry: u32,
    pub rule: Rule,
    /// For [`Rule::Exact`], the index in [`Tables::variants`] of the form
    /// the text must have; otherwise unused.
    pub variant: u32,
}

/// Key flags: which rules occur among a key's candidates.
pub(crate) const HAS_ANY: u8 = 1;
pub(crate) const HAS_NOT_LOWER: u8 = 2;
pub(crate) const HAS_EXACT: u8 = 4;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Options {
    pub case: CaseMode,
    pub overlapping: bool,
    pub normalization: Normalization,
    /// Whether keys and text are case folded (false only when every entry
    /// is case sensitive).
    pub fold: bool,
    /// What `find` does with a match inside a longer proper name.
    pub in_names: InNames,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Tables {
    pub options: Options,
    pub labels: Vec<String>,
    pub pool: String,
    pub entries: Vec<EntryRec>,
    /// The searchable form of every distinct surface form; pattern `i` of
    /// the automaton is `keys[i]`.
    pub keys: Vec<StrRef>,
    /// `cands[cand_start[k]..cand_start[k + 1]]` are key `k`'s candidates,
    /// in the order their entries were added.
    pub cand_start: Vec<u32>,
    pub cands: Vec<Cand>,
    /// Exact surface forms (normalised, not folded).
    pub variants: Vec<StrRef>,
    /// The number of patterns and aliases given, before deduplication.
    pub surfaces: u64,
}

impl Tables {
    pub fn str(&self, r: StrRef) -> &str {
        &self.pool[r.0 as usize..r.1 as usize]
    }

    pub fn key(&self, k: usize) -> &str {
        self.str(self.keys[k])
    }

    pub fn cands_of(&self, k: usize) -> &[Cand] {
        &self.cands[self.cand_start[k] as usize..self.cand_start[k + 1] as usize]
    }

    /// Which rules occur among each key's candidates.
    pub fn key_flags(&self) -> Vec<u8> {
        (0..self.keys.len())
            .map(|k| {
                self.cands_of(k).iter().fold(0, |f, c| {
                    f | match c.rule {
                        Rule::Any => HAS_ANY,
                        Rule::NotLower => HAS_NOT_LOWER,
                        Rule::Exact => HAS_EXACT,
                    }
                })
            })
            .collect()
    }

    /// Whether some candidate of key `k` accepts a match with no upper-case
    /// letter in it.
    pub fn accepts_lower_case(&self, k: usize) -> bool {
        self.cands_of(k).iter().any(|c| match c.rule {
            Rule::Any => true,
            Rule::NotLower => false,
            Rule::Exact => !self
                .variants
                .get(c.variant as usize)
                .is_some_and(|&v| self.str(v).chars().any(char::is_uppercase)),
        })
    }

    /// Checks every index, so that tables read from a file can be used
    /// without any lookup failing.
    pub fn validate(&self) -> Result<(), String> {
        let pool_len = self.pool.len();
        let check = |r: StrRef, what: &str| -> Result<(), String> {
            let (s, e) = (r.0 as usize, r.1 as usize);
            if s > e
                || e > pool_len
                || !self.pool.is_char_boundary(s)
                || !self.pool.is_char_boundary(e)
            {
                return Err(format!("{what} string {s}..{e} outside the string pool"));
            }
            Ok(())
        };
        for e in &self.entries {
            if e.label as usize >= self.labels.len() {
                return Err(format!("label index {} out of range", e.label));
            }
            if let Some(id) = e.id {
                check(id, "id")?;
            }
            check(e.canonical, "canonical")?;
        }
        for &k in &self.keys {
            check(k, "key")?;
            if k.0 == k.1 {
                return Err("empty key".to_string());
            }
        }
        for &v in &self.variants {
            check(v, "variant")?;
        }
        if self.cand_start.len() != self.keys.len() + 1
            || self.cand_start.first() != Some(&0)
            || self.cand_start.last().map(|&n| n as usize) != Some(self.cands.len())
            || self.cand_start.windows(2).any(|w| w[0] >= w[1])
        {
            return Err("candidate table does not fit the keys".to_string());
        }
        for c in &self.cands {
            if c.entry as usize >= self.entries.len() {
                return Err(format!("entry index {} out of range", c.entry));
            }
            if c.rule == Rule::Exact && c.variant as usize >= self.variants.len() {
                return Err(format!("variant index {} out of range", c.variant));
            }
        }
        Ok(())
    }
}
