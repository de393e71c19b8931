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
    ///
    /// Tables hold several phrases per key, and most candidates fail on
    /// their first token, so the token's length (two offsets already at
    /// hand) is compared before any byte is read.
    pub fn match_forward(&self, text: &str, toks: &[Tok], at: usize) -> Option<usize> {
        let end = at.checked_add(self.toks.len())?;
        let window = toks.get(at..end)?;
        let bytes = text.as_bytes();
        let mut prev_end = None;
        for ((k, want), t) in self.toks.iter().enumerate().zip(window) {
            if t.end - t.start != want.len() || t.kind == Kind::Skip {
                return None;
            }
            let got = &bytes[t.start..t.end];
            let same = if self.exact_case {
                want.as_bytes() == got
            } else {
                want.as_bytes().eq_ignore_ascii_case(got)
            };
            if !same || (k > 0 && self.glued[k - 1] && prev_end != Some(t.start)) {
                return None;
            }
            prev_end = Some(t.end);
        }
        Some(end)
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
}

/// Rows of a tab-separated table, skipping comments and blank lines.
pub(crate) fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|cols| cols.len() >= 3)
}
