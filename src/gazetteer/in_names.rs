//! The in-names rule: whether a match is one word of a longer proper name
//! ("Vladimir" in "Vladimir Putin", "Texas" in "Texas Instruments Inc")
//! rather than a mention of the name itself.
//!
//! English writes every word of a proper name with a capital, so a match
//! that runs on into capitalised words is read as part of a longer name.
//! The edges, and why:
//!
//! * **Only what capitals can tell.** A match written without a lower-case
//!   letter ("US", "U.S.", a headline's "PARIS") is never judged: in
//!   capitals every word looks like a name. Likewise a neighbour in capitals
//!   ("Paris AFP", a stock code) or with no letter is no evidence.
//! * **The run after.** Words directly after the match (spaces and at most
//!   one line break between, or one hyphen: "Georgia-Pacific"), each
//!   starting with a capital and holding a lower-case letter, and not words
//!   that are capitalised only for a sentence start or a heading ("The",
//!   "In", "Monday"). The run stops at punctuation ("Paris, France"), at a
//!   possessive after its word ("Japan Space Agency's"), at a blank line,
//!   and where another match starts ("Midland Texas" is two places).
//! * **A body of the place keeps it.** If a word of the run names a body,
//!   office or unit of the place itself ("London Stock Exchange", "Michigan
//!   Democrat", "Washington State", "Ontario Premier David Peterson": a
//!   title may run on into its holder's name), the match still names the
//!   place. Any other run makes a longer name: a person ("Vladimir Putin"),
//!   a company ("Toyota Motor Corp"), or a longer place ("London Bridge",
//!   "Manila Bay"; "New York City" is found whole when it is itself a name
//!   of the list).
//! * **A match ending in a full stop** ("Calif.") is not judged on what
//!   follows: after a full stop a capital may start a sentence.
//! * **The word before** counts only when it is a title ("President
//!   Lincoln", "Mr. Washington") or a prefix that begins longer names ("New
//!   England", "Las Palmas", "Lake Ontario"): other capitalised words before
//!   a place are as often part of the place ("Western Canada") or a sentence
//!   start as part of a company's name. A possessive before is no part of a
//!   name ("Russia's Vladimir region").
//!
//! The word lists are in `in_names.txt`. The rule reads a few words around
//! each match, so it keeps `find` linear: the run after a match stops where
//! the next match starts.

use std::sync::OnceLock;

use rustc_hash::FxHashSet as HashSet;

use super::normalize::is_word_char;

/// What [`Gazetteer::find`](super::Gazetteer::find) does with a match that
/// the in-names rule reads as one word of a longer proper name.
///
/// ```
/// use textfacts::gazetteer::{Entry, Gazetteer, InNames};
///
/// let entries = [Entry::new("Vladimir", "GPE"), Entry::new("Russia", "GPE")];
/// let text = "President Vladimir Putin said Russia would act.";
/// let keep = Gazetteer::builder().extend(entries.clone()).build().unwrap();
/// assert_eq!(keep.find(text).len(), 2);
/// let drop = keep.with_in_names(InNames::Drop);
/// let found: Vec<&str> = drop.find(text).iter().map(|e| e.text(text)).collect();
/// assert_eq!(found, ["Russia"]);
/// let flag = keep.with_in_names(InNames::Flag);
/// let flags: Vec<bool> = flag.find(text).iter().map(|e| e.in_name()).collect();
/// assert_eq!(flags, [true, false]);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum InNames {
    /// Reports every match (the default for a gazetteer you build).
    #[default]
    Keep,
    /// Leaves such matches out (the default of [`Gazetteer::builtin`](super::Gazetteer::builtin)).
    Drop,
    /// Reports them with [`Entity::in_name`](super::Entity::in_name) set, for review.
    Flag,
}

impl InNames {
    /// The mode's name, as `str::parse` reads it: `"keep"`, `"drop"` or `"flag"`.
    pub fn name(self) -> &'static str {
        match self {
            InNames::Keep => "keep",
            InNames::Drop => "drop",
            InNames::Flag => "flag",
        }
    }
}

impl std::str::FromStr for InNames {
    type Err = crate::Error;

    fn from_str(s: &str) -> crate::Result<InNames> {
        match s.trim().to_ascii_lowercase().as_str() {
            "keep" => Ok(InNames::Keep),
            "drop" => Ok(InNames::Drop),
            "flag" => Ok(InNames::Flag),
            other => Err(crate::Error::InvalidOption {
                option: "in_names",
                message: format!("{other:?} is not a mode; use \"keep\", \"drop\" or \"flag\""),
            }),
        }
    }
}

/// The sections of `in_names.txt`, in lower case.
struct Words {
    function: HashSet<&'static str>,
    heads: HashSet<&'static str>,
    before: HashSet<&'static str>,
}

/// Whether `set` holds `word` in lower case. Every listed word is short
/// ASCII, so a longer or non-ASCII word is in no list, and the check needs
/// no allocation.
fn holds(set: &HashSet<&'static str>, word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else { return false };
    if !word.is_ascii() {
        return false;
    }
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| set.contains(l))
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = Words {
            function: HashSet::default(),
            heads: HashSet::default(),
            before: HashSet::default(),
        };
        let mut section = None;
        for line in include_str!("in_names.txt").lines().map(str::trim) {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "function" => Some(&mut w.function),
                    "heads" => Some(&mut w.heads),
                    "before" => Some(&mut w.before),
                    _ => None,
                };
                continue;
            }
            if let Some(set) = section.as_deref_mut() {
                set.extend(line.split_whitespace());
            }
        }
        w
    })
}

/// Whether the match `start..end` of `text` is one word of a longer proper
/// name. `starts_match(at)` says whether another match starts at byte `at`,
/// `ends_match(at)` whether one ends there.
pub(crate) fn in_name(
    text: &str,
    start: usize,
    end: usize,
    starts_match: impl Fn(usize) -> bool,
    ends_match: impl Fn(usize) -> bool,
) -> bool {
    let matched = &text[start..end];
    if !matched.chars().any(char::is_lowercase) {
        return false;
    }
    let w = words();
    if !matched.ends_with('.') {
        match run_after(text, end, &starts_match, w) {
            Run::None => {}
            Run::OwnedBody => return false,
            Run::Name => return true,
        }
    }
    let Some((from, to)) = word_before(text, start) else { return false };
    let word = text[from..to].trim_end_matches('.');
    !ends_match(to) && capitalised(word) && holds(&w.before, word)
}

/// What follows a match.
enum Run {
    /// No capitalised word.
    None,
    /// A run of capitalised words with a body, office or unit of the place
    /// in it ("Stock Exchange", "Premier David Peterson").
    OwnedBody,
    /// Any other run: a longer name.
    Name,
}

/// Reads the run of capitalised words directly after `end`.
fn run_after(text: &str, mut end: usize, starts_match: &impl Fn(usize) -> bool, w: &Words) -> Run {
    let mut run = Run::None;
    while let Some((from, to)) = word_after(text, end) {
        let word = &text[from..to];
        if starts_match(from) || !capitalised(word) || holds(&w.function, word) {
            break;
        }
        if holds(&w.heads, word) {
            // A title may be followed by its holder's name ("Ontario Premier
            // David Peterson"): the place still owns the office.
            return Run::OwnedBody;
        }
        run = Run::Name;
        end = to;
        if possessive_at(text, to).is_some() {
            break;
        }
    }
    run
}

/// Whether a word starts with a capital and holds a lower-case letter.
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// The end of "'s" or "’s" at `at`, if a possessive ending stands there.
fn possessive_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let after = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s"))?;
    (!after.chars().next().is_some_and(is_word_char)).then(|| text.len() - after.len())
}

/// The word after `at` across a separator that keeps a name together:
/// spaces and tabs with at most one line break, or one hyphen.
fn word_after(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let from = if let Some(r) = rest.strip_prefix('-') {
        text.len() - r.len()
    } else {
        let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len();
        let breaks = rest[..gap].matches('\n').count();
        if gap == 0 || breaks > 1 {
            return None;
        }
        at + gap
    };
    let len: usize =
        text[from..].chars().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum();
    (len > 0).then_some((from, from + len))
}

/// The word before `at` across the same separators, a full stop at its end
/// included ("Mr."); none after a possessive.
fn word_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let head = &text[..at];
    let to = if let Some(h) = head.strip_suffix('-') {
        h.len()
    } else {
        let trimmed = head.trim_end_matches([' ', '\t', '\r', '\n']);
        let breaks = head[trimmed.len()..].matches('\n').count();
        if trimmed.len() == at || breaks > 1 {
            return None;
        }
        trimmed.len()
    };
    let word = text[..to].strip_suffix('.').unwrap_or(&text[..to]);
    let len: usize = word.chars().rev().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum();
    (len > 0).then_some((word.len() - len, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule on `text` for the one match `name`, no other match around.
    fn judged(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        in_name(text, start, start + name.len(), |_| false, |_| false)
    }

    #[test]
    fn a_match_running_on_into_a_capitalised_name_is_in_a_name() {
        assert!(judged("said Vladimir Putin today", "Vladimir"));
        assert!(judged("shares of Texas Instruments Inc rose", "Texas"));
        assert!(judged("the Georgia-Pacific mill", "Georgia"));
        assert!(judged("walked over London Bridge at dawn", "London"));
        assert!(judged("in the Washington Post's report", "Washington"));
        assert!(judged("said Vladimir\nPutin", "Vladimir"), "one line break keeps a name");
    }

    #[test]
    fn a_body_or_unit_of_the_place_keeps_the_place() {
        assert!(!judged("on the London Stock Exchange today", "London"));
        assert!(!judged("the Michigan Democrat who chairs", "Michigan"));
        assert!(!judged("the Japan Space Agency's satellite", "Japan"));
        assert!(!judged("in Washington State last year", "Washington"));
        assert!(
            !judged("said Ontario Premier David Peterson", "Ontario"),
            "a title, then its holder"
        );
    }

    #[test]
    fn what_capitals_cannot_tell_is_not_judged() {
        assert!(!judged("VLADIMIR PUTIN SAYS", "VLADIMIR"), "a headline in capitals");
        assert!(!judged("US Treasury officials", "US"), "a match without lower case");
        assert!(!judged("Paris AFP reported", "Paris"), "a neighbour in capitals");
        assert!(!judged("in Paris. The talks", "Paris"));
        assert!(!judged("in Paris, France", "Paris"));
        assert!(!judged("the Vladimir region", "Vladimir"));
        assert!(!judged("in Paris On Monday", "Paris"), "a heading's function word");
        assert!(!judged("in Paris\n\nThe talks", "Paris"), "a blank line ends a name");
        assert!(!judged("a Boston-based bank", "Boston"));
        assert!(!judged("from Calif. Governor Brown", "Calif."));
    }

    #[test]
    fn a_title_or_a_name_prefix_before_makes_a_name_other_capitals_do_not() {
        assert!(judged("President Lincoln spoke", "Lincoln"));
        assert!(judged("Mr. Washington spoke", "Washington"));
        assert!(judged("town meetings in New England", "England"));
        assert!(judged("dockers in Las Palmas struck", "Palmas"));
        assert!(!judged("exports from Western Canada rose", "Canada"));
        assert!(!judged("Russia's Vladimir region", "Vladimir"));
        assert!(!judged("Meanwhile Moscow said", "Moscow"));
    }

    #[test]
    fn a_neighbouring_match_is_not_part_of_a_name() {
        let text = "Wagner of Midland Texas said";
        let start = text.find("Midland").unwrap();
        let texas = text.find("Texas").unwrap();
        assert!(!in_name(text, start, start + 7, |at| at == texas, |_| false));
        assert!(in_name(text, start, start + 7, |_| false, |_| false));
    }

    #[test]
    fn every_listed_word_is_short_lower_case_ascii_so_lookups_need_no_allocation() {
        let w = words();
        for set in [&w.function, &w.heads, &w.before] {
            assert!(set.len() > 10);
            for word in set {
                assert!(word.len() <= 16 && word.bytes().all(|b| b.is_ascii_lowercase()), "{word}");
                assert!(holds(set, &word.to_uppercase()));
            }
        }
    }

    #[test]
    fn modes_parse_by_name() {
        for mode in [InNames::Keep, InNames::Drop, InNames::Flag] {
            assert_eq!(mode.name().parse::<InNames>().unwrap(), mode);
        }
        assert!("ignore".parse::<InNames>().is_err());
    }
}
