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
//!   Lincoln", "Mr. Washington"), a prefix that begins longer names ("New
//!   England", "Las Palmas", "Lake Ontario") or an ordinal, capitalised only
//!   in a name ("First Boston"): other capitalised words before
//!   a place are as often part of the place ("Western Canada") or a sentence
//!   start as part of a company's name. A possessive before is no part of a
//!   name ("Russia's Vladimir region").
//!
//! The word lists are in `in_names.txt`. The rule reads a few words around
//! each match, so it keeps `find` linear: the run after a match stops where
//! the next match starts.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

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

/// The sections of `in_names.txt` a word is in, as bits.
const FUNCTION: u8 = 1;
const HEAD: u8 = 2;
const BEFORE: u8 = 4;

/// The sections `word` is listed in (its lower case), as bits: 0 when in
/// none. Every listed word is short ASCII, so the check needs no
/// allocation, and a longer word is in no list.
fn kind(word: &str) -> u8 {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else { return 0 };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // Lower-casing leaves non-ASCII bytes as they are, and no key has one.
    words().get(&*lower).copied().unwrap_or(0)
}

fn words() -> &'static HashMap<&'static [u8], u8> {
    static WORDS: OnceLock<HashMap<&'static [u8], u8>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = HashMap::default();
        let mut section = 0;
        for line in include_str!("in_names.txt").lines().map(str::trim) {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "function" => FUNCTION,
                    "heads" => HEAD,
                    "before" => BEFORE,
                    _ => 0,
                };
                continue;
            }
            for word in line.split_whitespace() {
                *words.entry(word.as_bytes()).or_insert(0) |= section;
            }
        }
        words
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
    let lower = if matched.is_ascii() {
        matched.bytes().any(|b| b.is_ascii_lowercase())
    } else {
        matched.chars().any(char::is_lowercase)
    };
    if !lower {
        return false;
    }
    let bytes = text.as_bytes();
    if !matched.ends_with('.') && may_be_capital(bytes, end) {
        match run_after(text, end, &starts_match) {
            Run::None => {}
            Run::OwnedBody => return false,
            Run::Name => return true,
        }
    }
    if !capital_may_precede(bytes, start) {
        return false;
    }
    let Some((from, to)) = word_before(text, start) else { return false };
    let word = text[from..to].trim_end_matches('.');
    !ends_match(to) && capitalised(word) && kind(word) & BEFORE != 0
}

/// A quick test, on bytes, that a capitalised word may follow `at` (most
/// matches are followed by punctuation or a lower-case word): false only
/// when the first byte of the next word is ASCII and not a capital.
fn may_be_capital(bytes: &[u8], at: usize) -> bool {
    let rest = bytes.get(at..).unwrap_or_default();
    let rest = rest.strip_prefix(b"-").unwrap_or(rest);
    let first = rest.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
    first.is_some_and(|&b| !b.is_ascii() || b.is_ascii_uppercase())
}

/// The same test for the word before `at`: false when the ASCII word there
/// does not start with a capital (non-ASCII is left to the full reading).
fn capital_may_precede(bytes: &[u8], at: usize) -> bool {
    let head = bytes.get(..at).unwrap_or_default();
    let head = head.strip_suffix(b"-").unwrap_or(head);
    let gap = head.iter().rev().take_while(|&&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')).count();
    let head = &head[..head.len() - gap];
    let head = head.strip_suffix(b".").unwrap_or(head);
    // Listed words are at most 16 bytes: a longer one is in no list.
    let letters = head.iter().rev().take(17).take_while(|b| b.is_ascii_alphanumeric()).count();
    match head.len().checked_sub(letters + 1).map(|i| head[i]) {
        Some(b) if !b.is_ascii() => true,
        _ => letters > 0 && letters <= 16 && head[head.len() - letters].is_ascii_uppercase(),
    }
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
fn run_after(text: &str, mut end: usize, starts_match: &impl Fn(usize) -> bool) -> Run {
    let mut run = Run::None;
    while let Some((from, to)) = word_after(text, end) {
        let word = &text[from..to];
        if starts_match(from) || !capitalised(word) {
            break;
        }
        let kind = kind(word);
        if kind & FUNCTION != 0 {
            break;
        }
        if kind & HEAD != 0 {
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
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.first().is_some_and(u8::is_ascii_uppercase)
            && b.iter().any(u8::is_ascii_lowercase);
    }
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
    let bytes = text.as_bytes();
    let from = if bytes.get(at) == Some(&b'-') {
        at + 1
    } else {
        let gap = separator(bytes.get(at..)?.iter())?;
        at + gap
    };
    let len: usize =
        text.get(from..)?.chars().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum();
    (len > 0).then_some((from, from + len))
}

/// The length of the run of spaces, tabs and line breaks that `bytes`
/// starts with, if it is one that keeps a name together: not empty and
/// with at most one line break.
fn separator<'b>(bytes: impl Iterator<Item = &'b u8>) -> Option<usize> {
    let mut gap = 0;
    let mut breaks = 0;
    for &b in bytes {
        match b {
            b' ' | b'\t' | b'\r' => {}
            b'\n' => breaks += 1,
            _ => break,
        }
        gap += 1;
    }
    (gap > 0 && breaks <= 1).then_some(gap)
}

/// The word before `at` across the same separators, a full stop at its end
/// included ("Mr."); none after a possessive.
fn word_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let to = if at > 0 && bytes.get(at - 1) == Some(&b'-') {
        at - 1
    } else {
        at - separator(bytes.get(..at)?.iter().rev())?
    };
    let head = text.get(..to)?;
    let word = head.strip_suffix('.').unwrap_or(head);
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
        assert!(judged("underwriters led by First Boston said", "Boston"));
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
        for section in [FUNCTION, HEAD, BEFORE] {
            let listed: Vec<_> = words().iter().filter(|(_, k)| *k & section != 0).collect();
            assert!(listed.len() > 10);
            for (word, _) in listed {
                assert!(word.len() <= 16 && word.iter().all(u8::is_ascii_lowercase), "{word:?}");
                let upper = std::str::from_utf8(word).unwrap().to_uppercase();
                assert!(kind(&upper) & section != 0);
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
