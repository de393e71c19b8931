//! Words as the treebanks the tagger learnt from cut them: punctuation
//! apart, hyphens apart ("cruise" "-" "missile"), clitics apart ("do"
//! "n't", "state" "'s"), numbers whole ("2,360", "3.5"), and the full stop
//! kept on initials and on a short capitalised abbreviation before a name
//! ("U.S.", "J.", "Mr. Smith").

use std::ops::Range;

/// The byte range of each word of `text`, in order.
pub(crate) fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let end = if c.is_alphanumeric() {
            word_end(text, i)
        } else {
            // A run of the same mark ("...", "--") is one token.
            let mut e = i + c.len_utf8();
            while text[e..].starts_with(c) && !is_apostrophe(c) {
                e += c.len_utf8();
            }
            e
        };
        push_word(text, i..end, &mut out);
        i = end;
        debug_assert!(i <= b.len());
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Where the word starting at `start` (a letter or digit) ends: letters
/// and digits, apostrophes between letters, and, between digits, the marks
/// of a number ("2,360", "3.5", "10:30", "1/2").
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let joins = c.is_alphanumeric()
            || (is_apostrophe(c) && next.is_some_and(char::is_alphabetic))
            || (matches!(c, ',' | '.' | ':' | '/')
                && text[..start + k].ends_with(|p: char| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit()));
        if !joins {
            break;
        }
        end = start + k + c.len_utf8();
    }
    // The full stop of initials ("U.S.", "J.") and of a short capitalised
    // abbreviation before a capitalised word ("Mr. Smith", "St. Louis").
    let word = &text[start..end];
    let rest = &text[end..];
    if let Some(after) = rest.strip_prefix('.') {
        let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        let initials_follow = after.chars().next().is_some_and(char::is_alphabetic)
            && after.chars().nth(1) == Some('.');
        let short_capital = word.len() <= 3
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.chars().all(char::is_alphabetic)
            && after.starts_with(' ')
            && after[1..].starts_with(|c: char| c.is_uppercase());
        if single && initials_follow {
            return word_end(text, end + 1).max(end + 1);
        }
        if single || short_capital {
            return end + 1;
        }
    }
    end
}

/// Pushes a word, its clitic cut off: "n't", "'s", "'re", "'ve", "'ll",
/// "'d", "'m" ("O'Brien" stays whole).
fn push_word(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let word = &text[r.clone()];
    let lower_ends = |s: &str| {
        word.len() > s.len()
            && word.get(word.len() - s.len()..).is_some_and(|e| e.eq_ignore_ascii_case(s))
    };
    let cut = if lower_ends("n't") || lower_ends("n\u{2019}t") {
        // "can't" is "ca" "n't" in the treebanks, as "don't" is "do" "n't".
        Some(word.len() - if lower_ends("n't") { 3 } else { 5 })
    } else {
        word.char_indices()
            .skip(1)
            .find(|&(k, c)| {
                let clitic = &word[k + c.len_utf8()..];
                is_apostrophe(c)
                    && ["s", "re", "ve", "ll", "d", "m"]
                        .iter()
                        .any(|e| clitic.eq_ignore_ascii_case(e))
            })
            .map(|(k, _)| k)
    };
    match cut {
        Some(k) if k > 0 => {
            out.push(r.start..r.start + k);
            out.push(r.start + k..r.end);
        }
        _ => out.push(r),
    }
}
