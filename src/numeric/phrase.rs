//! Multi-token phrases kept as data (units, currencies, qualifiers), and
//! matching them against the token stream forwards or backwards.
//!
//! A phrase is written as the text it matches: "US$" must be glued, "US $"
//! may be written glued or with spaces, "square miles" is two words.

use super::scanner::{next_chunk, Kind, Tok};

/// One phrase: its tokens (lower-cased unless `exact_case`) and, between
/// each pair, whether the text must have them glued.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub toks: Vec<String>,
    pub glued: Vec<bool>,
    pub exact_case: bool,
}

impl Phrase {
    /// Parses the surface form of a phrase.
    pub fn parse(surface: &str, exact_case: bool) -> Phrase {
        let mut toks = Vec::new();
        next_chunk(surface, 0, &mut toks);
        let words = toks
            .iter()
            .map(|t| {
                let s = &surface[t.start..t.end];
                if exact_case {
                    s.to_string()
                } else {
                    s.to_lowercase()
                }
            })
            .collect();
        let glued = toks.windows(2).map(|w| w[0].end == w[1].start).collect();
        Phrase { toks: words, glued, exact_case }
    }

    /// Whether the phrase matches the tokens starting at `at`; returns the
    /// index one past the last matched token.
    pub fn match_forward(&self, text: &str, toks: &[Tok], at: usize) -> Option<usize> {
        if at + self.toks.len() > toks.len() {
            return None;
        }
        for (k, want) in self.toks.iter().enumerate() {
            let t = toks[at + k];
            if t.kind == Kind::Skip || !self.same(want, &text[t.start..t.end]) {
                return None;
            }
            if k > 0 && self.glued[k - 1] && toks[at + k - 1].end != t.start {
                return None;
            }
        }
        Some(at + self.toks.len())
    }

    /// Whether the phrase matches the tokens that end just before `end`
    /// (exclusive), not reaching below `floor`; returns its first index.
    pub fn match_backward(
        &self,
        text: &str,
        toks: &[Tok],
        end: usize,
        floor: usize,
    ) -> Option<usize> {
        let n = self.toks.len();
        if end < n || end - n < floor {
            return None;
        }
        self.match_forward(text, toks, end - n).map(|_| end - n)
    }

    fn same(&self, want: &str, got: &str) -> bool {
        if self.exact_case {
            want == got
        } else {
            want.eq_ignore_ascii_case(got)
        }
    }
}

/// Rows of a tab-separated table, skipping comments and blank lines.
pub(crate) fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|cols| cols.len() >= 3)
}
