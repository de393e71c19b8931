//! Words that typically open a sentence (`starters.txt` for English,
//! `<lang>/starters.txt` for the others).

use rustc_hash::FxHashSet;

/// The two sections of a starters file: words that open sentences in any
/// case, and words that do so only when capitalised. Entries are stored
/// lowercase.
pub(crate) struct Starters {
    any_case: FxHashSet<Vec<u8>>,
    capitalised: FxHashSet<Vec<u8>>,
}

/// Longest starter, in bytes.
const MAX_LEN: usize = 32;

impl Starters {
    /// The words of several files, each named for its error messages.
    pub(crate) fn parse(files: &[(&str, &'static str)]) -> Starters {
        let mut starters =
            Starters { any_case: FxHashSet::default(), capitalised: FxHashSet::default() };
        for &(name, text) in files {
            let mut section = None;
            for line in text.lines().map(str::trim) {
                match line {
                    "" => {}
                    l if l.starts_with('#') => {}
                    "[any case]" => section = Some(true),
                    "[capitalised]" => section = Some(false),
                    l => {
                        let set = match section {
                            Some(true) => &mut starters.any_case,
                            Some(false) => &mut starters.capitalised,
                            None => panic!("{name}: a word before the first section"),
                        };
                        for word in l.split_whitespace() {
                            assert!(word.len() <= MAX_LEN, "{name}: {word:?} too long");
                            set.insert(word.to_lowercase().into_bytes());
                        }
                    }
                }
            }
        }
        starters
    }

    /// Whether `word` (written capitalised, or in capitals) is one that
    /// typically opens a sentence, so that it starts one after an ambiguous
    /// abbreviation.
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        fold(word, |w| self.any_case.contains(w) || self.capitalised.contains(w))
    }

    /// Whether a lowercase `word` still opens a sentence in text typed
    /// without capitals: pronouns, determiners, question words ("i", "the",
    /// "what").
    pub(crate) fn is_lowercase_starter(&self, word: &str) -> bool {
        fold(word, |w| self.any_case.contains(w))
    }
}

/// Calls `f` with `word` in lowercase, without allocating for ASCII words;
/// `false` for words longer than any entry.
fn fold(word: &str, f: impl Fn(&[u8]) -> bool) -> bool {
    if word.is_empty() || word.len() > MAX_LEN {
        return false;
    }
    if !word.is_ascii() {
        return f(word.to_lowercase().as_bytes());
    }
    let mut buf = [0u8; MAX_LEN];
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    f(out)
}

#[cfg(test)]
mod tests {
    use super::Starters;

    #[test]
    fn starters_are_found_in_any_case() {
        let starters = Starters::parse(&[("starters.txt", include_str!("starters.txt"))]);
        assert!(starters.is_starter("The"));
        assert!(starters.is_starter("HOW"));
        assert!(starters.is_starter("mr"));
        assert!(!starters.is_starter("Government"));
        assert!(!starters.is_starter(""));
        assert!(starters.is_lowercase_starter("they"));
        assert!(!starters.is_lowercase_starter("and"));
    }

    #[test]
    fn non_ascii_starters_fold_their_case() {
        let starters = Starters::parse(&[("x", "[capitalised]\nÉl Это\n")]);
        assert!(starters.is_starter("ÉL"));
        assert!(starters.is_starter("Это"));
    }
}
