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

use super::{Tag, Tagger};

/// The longest phrase looked at, in words: longer runs of modifiers and
/// compounds are not counted nouns, and the bound keeps the walk constant.
const MAX_WORDS: usize = 8;

/// How the number stands before the words.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Count {
    /// The number is one: its noun is singular, so a singular noun can be
    /// a compound's head ("one cruise missile").
    pub(crate) one: bool,
    /// A hyphen glued on both sides joins the number to the first word
    /// ("15-year term"): that word, a lower-case noun, is what it counts;
    /// the words are the hyphen and what follows.
    pub(crate) hyphenated: bool,
}

/// The index of the head noun of the phrase made of `words` (tagged
/// `tags`), which start right after the number; the phrase is
/// `words[..=head]`. `None` when the words do not start with a noun phrase.
///
/// Of the nouns in a row, the head is the last for "one" ("one cruise
/// missile") and otherwise the first that is plural ("59 cruise missiles",
/// "30 years experience"); a number above one before singular nouns only
/// makes a measure that modifies the rest ("two year anniversary", "a 5
/// star hotel"), whose noun is the first.
pub(crate) fn counted_noun_head(words: &[&str], tags: &[Tag], count: Count) -> Option<usize> {
    walk(words, tags, count).0
}

/// The head noun of the phrase after the number that ends with
/// `words[number]`, tagging only the words the rule needs: from the one
/// after the number, seen as in a sentence that starts with the number
/// (its tag NUM is known), to the word where the phrase ends. The index
/// is into `words`. Tagging from the number rather than the sentence's
/// start scores the same on the treebanks (scripts/eval_nouns.py, via
/// `noun_phrase_eval --window`) and tags a handful of words a number.
pub(crate) fn counted_noun_near(
    words: &[&str],
    number: usize,
    count: Count,
    tagger: &mut Tagger,
    tags: &mut Vec<Tag>,
) -> Option<usize> {
    // Two words past the longest phrase: the last one's right context.
    let hi = words.len().min(number + 1 + MAX_WORDS + 2);
    let window = words.get(number..hi)?;
    let after = 1;
    tags.clear();
    tags.push(Tag::Num);
    tagger.tag_while(window, 1, tags, |t| {
        t.len() <= after || !walk(&window[after..], &t[after..], count).1
    });
    let head = walk(&window[after..], tags.get(after..)?, count).0?;
    Some(number + after + head)
}

/// The rule: the head if the phrase ended with the tags given, and whether
/// it is decided (more tags would not change it).
fn walk(words: &[&str], tags: &[Tag], count: Count) -> (Option<usize>, bool) {
    if count.hyphenated {
        // In lower case: "5233-NT" is a code, not a count.
        let lower = words.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        let head =
            (words.first() == Some(&"-") && tags.get(1) == Some(&Tag::Noun) && lower).then_some(1);
        return (head, tags.len() >= 2 || words.len() <= tags.len());
    }
    let n = words.len().min(MAX_WORDS);
    let (mut first, mut last) = (None, None);
    let result = |first: Option<usize>, last: Option<usize>| if count.one { last } else { first };
    for i in 0..n {
        let Some(&tag) = tags.get(i) else {
            return (result(first, last), false);
        };
        // The rule reads one tag ahead; past the words there is none.
        let next = match tags.get(i + 1) {
            Some(&t) => Some(t),
            None if i + 1 < n => return (result(first, last), false),
            None => None,
        };
        match tag {
            Tag::Noun => {
                first = first.or(Some(i));
                last = Some(i);
                if !count.one && is_plural(words[i]) {
                    return (Some(i), true);
                }
            }
            // A name can modify the head ("50 US troops"), not be it: a
            // number before a name is an address, a date, a model.
            Tag::Propn => {}
            // Modifiers come before the head, never after it.
            _ if last.is_some() && !is_joining_hyphen(words, tags, i) => break,
            Tag::Adj | Tag::Verb => {}
            // An adverb belongs only when it modifies the next modifier.
            Tag::Adv if matches!(next, Some(Tag::Adj | Tag::Verb | Tag::Adv)) => {}
            // A hyphen glues the words of a compound ("cruise-missile").
            Tag::Punct if is_joining_hyphen(words, tags, i) => {}
            _ => break,
        }
    }
    (result(first, last), true)
}

/// A noun in its plural form, by its ending: "-s" but not "-ss", "-us",
/// "-is" ("business", "bonus", "crisis"), and the "-men"/"-ren" plurals
/// and "people".
fn is_plural(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = ascii_lower(w, &mut buf) else {
        return false;
    };
    (l.len() > 2 && l.ends_with('s') && !["ss", "us", "is"].iter().any(|e| l.ends_with(e)))
        || (l.len() > 2 && (l.ends_with("men") || l.ends_with("dren")))
        || l == "people"
}

fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
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
        counted_noun_head(&words, tags, Count::default())
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
    fn a_plural_noun_is_the_head_of_a_count_above_one() {
        assert_eq!(head("years experience", &[Noun, Noun]), Some(0));
        assert_eq!(head("police officers", &[Noun, Noun]), Some(1));
        assert_eq!(head("business days", &[Noun, Noun]), Some(1));
        assert_eq!(head("children", &[Noun]), Some(0));
        // Singular nouns after a count above one measure what follows.
        assert_eq!(head("year anniversary", &[Noun, Noun]), Some(0));
    }

    #[test]
    fn one_counts_the_last_noun_of_a_compound() {
        let words = ["cruise", "missile", "hit"];
        let one = Count { one: true, hyphenated: false };
        assert_eq!(counted_noun_head(&words, &[Noun, Noun, Verb], one), Some(1));
    }

    #[test]
    fn a_hyphenated_number_counts_the_word_it_is_joined_to() {
        let joined = Count { one: false, hyphenated: true };
        let words = ["-", "year", "term"];
        assert_eq!(counted_noun_head(&words, &[Punct, Noun, Noun], joined), Some(1));
        assert_eq!(counted_noun_head(&words, &[Punct, Adj, Noun], joined), None);
        let code = ["-", "NT"];
        assert_eq!(counted_noun_head(&code, &[Punct, Noun], joined), None);
    }

    #[test]
    fn a_name_is_not_a_counted_noun() {
        assert_eq!(head("Main Street", &[Propn, Propn]), None);
        assert_eq!(head("US troops", &[Propn, Noun]), Some(1));
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
        assert_eq!(counted_noun_head(&words, &tags, Count::default()), None);
    }
}
