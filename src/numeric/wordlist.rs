//! Word lists kept as data files beside the rules that read them (one
//! word per line, `#` comments), and the one list every layer shares: the
//! function words.
//!
//! Each list is parsed once, on first use, into a [`WordMap`]: a lookup is
//! one load and one bit test for most words (the first byte and the length
//! rule them out), and a hash of two machine words for the rest.

use super::lexicon::WordMap;

/// A set of words, matched in any ASCII case.
pub(crate) struct WordSet(WordMap<()>);

impl WordSet {
    /// The words of a list file: one per line, blank lines and lines
    /// starting with `#` skipped.
    pub fn parse(list: &str) -> WordSet {
        let mut map = WordMap::default();
        for word in entries(list) {
            map.entry(word);
        }
        WordSet(map)
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

/// The entries of a list file, trimmed, without comments and blank lines.
pub(crate) fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The [`WordSet`] of a list file beside the calling file, parsed on first
/// use.
macro_rules! word_set {
    ($file:literal) => {{
        static SET: std::sync::OnceLock<$crate::numeric::wordlist::WordSet> =
            std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::numeric::wordlist::WordSet::parse(include_str!($file)))
    }};
}
pub(crate) use word_set;

/// Words that cannot be part of a counted noun phrase: determiners,
/// prepositions, conjunctions, pronouns, auxiliaries and the adverbs that
/// follow numbers in news ("ago", "apiece", "each").
pub(crate) fn is_function_word(lower_word: &str) -> bool {
    word_set!("function_words.txt").contains(lower_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_file_holds_one_word_a_line_after_its_comments() {
        let set = WordSet::parse("# what it is for\n\nalpha\n  beta \n# gamma\n");
        assert!(set.contains("alpha") && set.contains("BETA"));
        assert!(!set.contains("gamma") && !set.contains("") && !set.contains("# gamma"));
    }

    /// Every list file beside the rules, by name.
    const LISTS: &[(&str, &str)] = &[
        ("clock_words", include_str!("clock_words.txt")),
        ("fraction_determiners", include_str!("fraction_determiners.txt")),
        ("function_words", include_str!("function_words.txt")),
        ("hyphen_prefixes", include_str!("hyphen_prefixes.txt")),
        ("irregular_plurals", include_str!("irregular_plurals.txt")),
        ("label_words", include_str!("label_words.txt")),
        ("months", include_str!("months.txt")),
        ("not_name_words", include_str!("not_name_words.txt")),
        ("noun_like_ed", include_str!("noun_like_ed.txt")),
        ("noun_phrase_stops", include_str!("noun_phrase_stops.txt")),
        ("one_pronoun_after", include_str!("one_pronoun_after.txt")),
        ("possessives", include_str!("possessives.txt")),
        ("prenominal_adjectives", include_str!("prenominal_adjectives.txt")),
        ("time_units", include_str!("time_units.txt")),
        ("year_nouns", include_str!("year_nouns.txt")),
    ];

    #[test]
    fn every_list_says_what_it_is_for_and_holds_one_word_a_line() {
        for (name, list) in LISTS {
            assert!(list.starts_with("# "), "{name}: a comment on top");
            let words: Vec<&str> = entries(list).collect();
            assert!(!words.is_empty(), "{name}");
            for (i, w) in words.iter().enumerate() {
                assert!(!w.contains(char::is_whitespace), "{name}: {w:?} is one word");
                assert!(w.len() <= 16 && w.is_ascii(), "{name}: {w:?} fits the lookup");
                let lower = *name == "months" || !w.contains(|c: char| c.is_ascii_uppercase());
                assert!(lower, "{name}: {w:?} in lower case");
                let twice = words[..i].iter().any(|o| o.eq_ignore_ascii_case(w));
                assert!(!twice, "{name}: {w:?} once");
            }
        }
    }

    #[test]
    fn function_words_in_lower_case() {
        assert!(is_function_word("the") && is_function_word("respectively"));
        assert!(!is_function_word("people") && !is_function_word(""));
    }
}
