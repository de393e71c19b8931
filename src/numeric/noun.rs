//! The counted-noun finder: what a cardinal counts.
//!
//! The rule: after the number (and its scale), take up to three words that
//! can belong to a noun phrase, and stop at the first word that cannot: a
//! function word (preposition, determiner, conjunction, auxiliary), a verb
//! form after the first word ("-ed", "-ing"), punctuation, a number, or a
//! line of a headline in capitals. The phrase must end in a word that can be
//! a noun head; adjectives and compounds before it are kept ("new jobs",
//! "cruise missiles", "new pumping stations"), and a phrase left ending in
//! an adjective ("three new") counts nothing. So "87 people, including many children" counts
//! "people", "59 cruise missiles at the airbase" counts "cruise missiles",
//! and "12 died" counts nothing.

use super::clock::is_time_word;
use super::lexicon::lower;
use super::view::View;
use super::wordlist::{is_function_word, word_set};
use crate::Span;

/// The counted noun phrase starting at token `at`, if any.
pub(crate) fn counted_noun(v: View, at: usize) -> Option<Span> {
    if !v.is_word(at)
        || v.gap(at).is_empty()
        || v.gap(at).as_bytes().windows(2).any(|w| w == b"\n\n")
    {
        return None;
    }
    // The words kept, in order (a hyphen joining a compound is skipped);
    // the loop below keeps at most three.
    let mut kept = [0usize; 3];
    let mut n = 0;
    let mut k = at;
    while k < v.len() && k < at + 3 {
        if !v.is_word(k) || (k > at && !separated_by_space(v, k)) {
            // "cruise-missile" compounds: a hyphen glued on both sides joins.
            if k > at && v.is_punct(k, "-") && v.glued(k) && v.is_word(k + 1) && v.glued(k + 1) {
                k += 1;
                continue;
            }
            break;
        }
        let w = v.text(k);
        // A capitalised word on a new line starts something else (a table
        // row, a sentence).
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if capital && v.gap_has_newline(k) {
            break;
        }
        // After an adjective that only stands before a noun, an "-ing" word
        // is a modifier too ("two new pumping stations"); after a noun it
        // starts a clause ("three men carrying guns").
        let after_adjective = n > 0 && is_prenominal_adjective(v.text(kept[n - 1]));
        // The tokeniser already looked the word up in the number-word table.
        let number = v.num_word(k).is_some();
        if !can_be_in_noun_phrase(w, number, k == at || (after_adjective && ends_with_ing(w))) {
            break;
        }
        kept[n] = k;
        n += 1;
        k += 1;
    }
    // The phrase ends in its head: "new" or "new pumping" alone counts
    // nothing ("three new", "two new pumping" at the end of a line).
    while n > 0 && {
        let p = kept[n - 1];
        is_prenominal_adjective(v.text(p)) || (p > at && ends_with_ing(v.text(p)))
    } {
        n -= 1;
    }
    let last = *kept[..n].last()?;
    Some(Span::new(v.start(at), v.end(last)))
}

fn ends_with_ing(w: &str) -> bool {
    w.len() > 4 && w.get(w.len() - 3..).is_some_and(|e| e.eq_ignore_ascii_case("ing"))
}

/// Adjectives common before a counted noun that are (almost) never its
/// head: a phrase may pass through them, not end on them.
fn is_prenominal_adjective(w: &str) -> bool {
    word_set!("prenominal_adjectives.txt").contains(w)
}

fn separated_by_space(v: View, k: usize) -> bool {
    let gap = v.gap(k);
    !gap.is_empty() && gap.chars().all(char::is_whitespace)
}

fn can_be_in_noun_phrase(w: &str, number_word: bool, first: bool) -> bool {
    let mut buf = [0u8; 16];
    let Some(l) = lower(w, &mut buf) else {
        // Long or non-ASCII words: nouns if lower-case.
        return w.chars().next().is_some_and(char::is_lowercase);
    };
    if is_function_word(l) || number_word || is_time_word(l) {
        return false;
    }
    let upper = w.bytes().filter(u8::is_ascii_uppercase).count();
    if upper > 1 && upper == w.len() {
        // Headline capitals say nothing about parts of speech.
        return false;
    }
    if l.len() > 4 && (l.ends_with("ed") || (!first && ends_with_ing(l))) && !is_noun_like_ed(l) {
        return false;
    }
    if l.ends_with("ly") && l.len() > 4 {
        return false;
    }
    !word_set!("noun_phrase_stops.txt").contains(l)
}

/// "-ed" words that are usually nouns or adjectives before a noun.
fn is_noun_like_ed(l: &str) -> bool {
    word_set!("noun_like_ed.txt").contains(l)
}
