//! Where the noun phrase after a number ends, from the words' tags.
//!
//! A counted noun phrase is its modifiers and then its head: adjectives
//! ("new jobs"), adverbs that modify an adjective or participle ("nine
//! mutually exclusive categories", "five heavily armed vehicles"),
//! participles used as adjectives ("nine invited visits"), and nouns, of
//! which all but the last are compounds ("59 cruise missiles"). The phrase
//! ends at the last noun of that run. Anything else after the head ends
//! it: a verb ("16 states go"), an adverb ("seven astronauts aboard"), an
//! adjective ("608 pages long", "passengers last year"), a preposition, a
//! determiner, punctuation. A run of modifiers that reaches no noun ("12
//! died", "three new") counts nothing.

use super::Tag;

/// The longest phrase looked at, in words: longer runs of modifiers and
/// compounds are not counted nouns, and the bound keeps the walk constant.
const MAX_WORDS: usize = 8;

/// The index of the head noun of the phrase made of `words` (tagged
/// `tags`), which start right after the number; the phrase is
/// `words[..=head]`. `None` when the words do not start with a noun phrase.
pub(crate) fn counted_noun_head(words: &[&str], tags: &[Tag]) -> Option<usize> {
    let n = words.len().min(tags.len()).min(MAX_WORDS);
    let mut head = None;
    for i in 0..n {
        let next = tags.get(i + 1).copied();
        match tags[i] {
            Tag::Noun | Tag::Propn => head = Some(i),
            // Modifiers come before the head, never after it.
            _ if head.is_some() && !is_joining_hyphen(words, tags, i) => break,
            Tag::Adj | Tag::Verb => {}
            // An adverb belongs only when it modifies the next modifier.
            Tag::Adv if matches!(next, Some(Tag::Adj | Tag::Verb | Tag::Adv)) => {}
            // A hyphen glues the words of a compound ("cruise-missile").
            Tag::Punct if is_joining_hyphen(words, tags, i) => {}
            _ => break,
        }
    }
    head
}

/// A hyphen between two words that can stand in a noun phrase.
fn is_joining_hyphen(words: &[&str], tags: &[Tag], i: usize) -> bool {
    let nominal = |t: Option<&Tag>| matches!(t, Some(Tag::Noun | Tag::Propn | Tag::Adj));
    words.get(i) == Some(&"-") && i > 0 && nominal(tags.get(i - 1)) && nominal(tags.get(i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Tag::*;

    fn head(words: &str, tags: &[Tag]) -> Option<usize> {
        let words: Vec<&str> = words.split(' ').collect();
        counted_noun_head(&words, tags)
    }

    #[test]
    fn the_phrase_stops_before_a_verb_or_adverb_after_the_head() {
        assert_eq!(head("states go to the polls", &[Noun, Verb, Adp, Det, Noun]), Some(0));
        assert_eq!(head("astronauts aboard", &[Noun, Adv]), Some(0));
        assert_eq!(head("pages long", &[Noun, Adj]), Some(0));
        assert_eq!(head("passengers last year", &[Noun, Adj, Noun]), Some(0));
    }

    #[test]
    fn the_phrase_runs_through_modifiers_to_the_head() {
        assert_eq!(head("mutually exclusive categories", &[Adv, Adj, Noun]), Some(2));
        assert_eq!(head("most successful orchestral works", &[Adv, Adj, Adj, Noun]), Some(3));
        assert_eq!(head("heavily armed vehicles", &[Adv, Verb, Noun]), Some(2));
        assert_eq!(head("invited visits", &[Verb, Noun]), Some(1));
        assert_eq!(head("cruise missiles hit", &[Noun, Noun, Verb]), Some(1));
        assert_eq!(head("cruise - missile attacks", &[Noun, Punct, Noun, Noun]), Some(3));
    }

    #[test]
    fn modifiers_without_a_noun_count_nothing() {
        assert_eq!(head("died in the attack", &[Verb, Adp, Det, Noun]), None);
        assert_eq!(head("new", &[Adj]), None);
        assert_eq!(head("of the people", &[Adp, Det, Noun]), None);
        assert_eq!(head("soon", &[Adv]), None);
        assert_eq!(head("", &[]), None);
    }

    #[test]
    fn the_walk_is_bounded() {
        let words = vec!["big"; 1000];
        let tags = vec![Adj; 1000];
        assert_eq!(counted_noun_head(&words, &tags), None);
    }
}
