//! Names and labels: the words before a number that make it part of a
//! name ("Boeing 737", "Route 66", "Formula One"), of an identifier
//! ("F-16"), or a label ("phase 2", "number two wheat").

use super::dates::is_month;
use super::lexicon::lower;
use super::wordlist::{is_function_word, word_set};

/// Whether `word`, written just before a number, makes the number part of
/// a name ("Boeing 737", "Route 66", "Apollo 11"): a capitalised word that
/// is not a function word, month or qualifier.
pub(crate) fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_uppercase() || !word.chars().skip(1).any(char::is_lowercase) {
        return false;
    }
    // Months, and nationality adjectives ("French 13-week bills").
    if is_month(word)
        || ["ese", "ish", "ian", "can", "ch", "ic", "i"].iter().any(|s| word.ends_with(s))
    {
        return false;
    }
    let mut buf = [0u8; 16];
    match lower(word, &mut buf) {
        Some(l) => !is_function_word(l) && !word_set!("not_name_words.txt").contains(l),
        None => true,
    }
}

/// Words that, glued by a hyphen before digits, do not make a name:
/// "mid-1990s", "pre-2008", "top-10". Any case.
pub(crate) fn is_hyphen_prefix(word: &str) -> bool {
    word_set!("hyphen_prefixes.txt").contains(word)
}

/// Nouns that make the number after them a label, not an amount, in lower
/// case or capitalised ("number", "Phase").
pub(crate) fn is_label_word(w: &str) -> bool {
    word_set!("label_words.txt").contains(w) && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_nouns_make_names() {
        assert!(is_name_word("Boeing") && is_name_word("Route") && is_name_word("Apollo"));
    }

    #[test]
    fn qualifiers_months_and_nationalities_make_no_name() {
        for w in
            ["About", "Since", "March", "French", "Japanese", "The", "Aged", "BOEING", "boeing"]
        {
            assert!(!is_name_word(w), "{w}");
        }
    }

    #[test]
    fn labels_are_lower_case_or_capitalised() {
        assert!(is_label_word("phase") && is_label_word("Phase"));
        assert!(!is_label_word("PHASE") && !is_label_word("pHase") && !is_label_word("phased"));
    }

    #[test]
    fn hyphen_prefixes_in_any_case() {
        assert!(is_hyphen_prefix("mid") && is_hyphen_prefix("Pre") && !is_hyphen_prefix("F"));
    }
}
