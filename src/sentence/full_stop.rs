//! What a full stop after a word means: the end of a sentence, or part of an
//! abbreviation, an initial, a number or an address.

use super::abbreviations::Abbreviation;
use super::chars::is_letter;
use super::rules::Rules;
use super::starters::Starters;
use super::tokens::Next;

/// The kind of word a full stop follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// No word: the full stop follows a space or punctuation.
    Empty,
    /// Digits and number punctuation ("100.00", "1026.253.553").
    Number,
    /// A single capital letter ("J.", "E."), usually an initial.
    Initial(char),
    /// A single lowercase letter ("p.", "v.").
    Letter,
    /// A known abbreviation, or one the caller added (`Prefix`).
    Abbreviation(Abbreviation),
    /// A number of up to three digits or a Roman numeral, in a language that
    /// writes ordinals with a full stop ("3. Oktober", "XII. pluk").
    Ordinal,
    /// Letters in short dotted groups ("U.S", "Ph.D").
    Acronym,
    /// "a.m" or "p.m", in any case.
    Time,
    /// Anything else, web and e-mail addresses included.
    Ordinary,
}

// The byte classes `classify` looks for.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const DOT: u8 = 4;
/// `@` or `/`: part of an e-mail or web address.
const ADDRESS: u8 = 8;
const NON_ASCII: u8 = 16;

/// The class of every byte value, built at compile time.
const BYTE_CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte == b'.' {
            DOT
        } else if byte == b'@' || byte == b'/' {
            ADDRESS
        } else if byte >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        b += 1;
    }
    classes
};

/// Classifies the token before a full stop (without the full stop), by the
/// rules of its language.
pub(crate) fn classify(word: &str, extra: &[String], rules: &Rules) -> Word {
    let kind = classify_word(word, extra, rules);
    if rules.ordinals && is_ordinal(word, kind) {
        return Word::Ordinal;
    }
    kind
}

/// Whether `word` (of kind `kind`) can be an ordinal written with a full
/// stop: one to three digits, or a Roman numeral of two letters or more
/// (a single capital is an initial).
fn is_ordinal(word: &str, kind: Word) -> bool {
    match kind {
        Word::Number => word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()),
        Word::Ordinary => {
            word.len() >= 2 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        }
        _ => false,
    }
}

fn classify_word(word: &str, extra: &[String], rules: &Rules) -> Word {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return Word::Empty };
    if chars.next().is_none() {
        return if first.is_ascii_digit() {
            Word::Number
        } else if is_letter(first) {
            if first.is_uppercase() {
                Word::Initial(first)
            } else {
                Word::Letter
            }
        } else {
            Word::Empty
        };
    }
    // What the tests below ask of the word's bytes, in one pass: an ASCII
    // letter, digit, `@`, `/` or `.` is never part of a longer character,
    // so only a word with other bytes needs decoding to find its letters.
    let mut seen = 0u8;
    for &b in word.as_bytes() {
        seen |= BYTE_CLASSES[usize::from(b)];
    }
    let has_letter = seen & LETTER != 0 || (seen & NON_ASCII != 0 && word.chars().any(is_letter));
    if !has_letter {
        return if seen & DIGIT != 0 { Word::Number } else { Word::Empty };
    }
    if seen & ADDRESS != 0 {
        return Word::Ordinary;
    }
    if extra.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return Word::Abbreviation(Abbreviation::Prefix);
    }
    if let Some(class) = rules.abbreviations.lookup(word) {
        return Word::Abbreviation(class);
    }
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        return Word::Time;
    }
    if seen & DOT != 0
        && word.split('.').all(|g| (1..=3).contains(&g.chars().count()) && g.chars().all(is_letter))
    {
        return Word::Acronym;
    }
    Word::Ordinary
}

/// Words that go on from a clock time: days, months and time zones.
fn continues_time(word: &str) -> bool {
    const DAYS_AND_MONTHS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    // Time zones are short capitals: EST, GMT, BST, CET, UTC, PST.
    let zone = (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
    zone || word.is_empty() || DAYS_AND_MONTHS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// What the splitter knows around a full stop besides the two words.
pub(crate) struct Context {
    /// Whether sentences in this text start lowercase (see `casing`).
    pub lowercase_text: bool,
    /// Whether the word before the token starts lowercase (`None`: there is
    /// none on this line).
    pub previous_lowercase: Option<bool>,
    /// How many words (up to two) the sentence has before the token.
    pub words_before: usize,
    /// Whether closing quotes or brackets follow the full stop.
    pub closed: bool,
    /// The language's sentence openers.
    pub starters: &'static Starters,
}

/// Whether a full stop after `word` (of kind `kind`), followed by white
/// space and `next`, ends a sentence.
pub(crate) fn ends_sentence(kind: Word, word: &str, next: Next<'_>, cx: &Context) -> bool {
    let word_chars = || word.chars().count();
    match next {
        Next::End => true,
        Next::Continuing => false,
        Next::Lower(next_word) => {
            // A closing quote or bracket before a lowercase word says the
            // sentence goes on ("'This is great.' she said").
            if cx.closed {
                return false;
            }
            // After an ordinary word, a lowercase word starts a sentence in
            // text typed without capitals, when it is one that opens
            // sentences ("... at the party. i think"), or when the word
            // before is too long to be an abbreviation nobody listed.
            let next_word = || next_word.letters();
            match kind {
                Word::Ordinary => {
                    cx.lowercase_text
                        || cx.starters.is_lowercase_starter(next_word())
                        || word_chars() >= 5
                }
                Word::Number | Word::Empty | Word::Ordinal => {
                    cx.lowercase_text || cx.starters.is_lowercase_starter(next_word())
                }
                _ => false,
            }
        }
        Next::Digit => match kind {
            Word::Number | Word::Empty | Word::Ordinal => true,
            // "N°. 5", "Nr. 12": a short token before a number is a label,
            // unless it is a word: lowercase labels are all listed, so an
            // unlisted lowercase token is a word ("saw him. 5 men"), and so
            // is a word known to open sentences ("Hi. 87 people came").
            Word::Ordinary => {
                word_chars() > 3
                    || cx.starters.is_starter(word)
                    || word.bytes().all(|b| b.is_ascii_lowercase())
            }
            _ => false,
        },
        Next::Upper(_) | Next::Other => {
            // Read only for the kinds whose rule names words.
            let next_word = || match next {
                Next::Upper(w) => w.letters(),
                _ => "",
            };
            match kind {
                Word::Empty | Word::Number | Word::Ordinary => true,
                // An ordinal stands before its noun or month ("3. Oktober",
                // "XII. Pluku"); a word that opens sentences never follows one.
                Word::Ordinal => cx.starters.is_starter(next_word()),
                Word::Abbreviation(Abbreviation::Prefix) => false,
                // "No." before a word is the word "No".
                Word::Abbreviation(Abbreviation::Number) => true,
                // "U.S. Government" goes on, "the U.S. How" ends; a phrase
                // of one word ("At 5 a.m. Mr. Smith") is not a sentence.
                // After a clock time ("5 p.m."), any capitalised word but a
                // day, a month or a time zone starts a sentence.
                Word::Time => !continues_time(next_word()) && cx.words_before >= 2,
                Word::Abbreviation(Abbreviation::Suffix) | Word::Acronym => {
                    cx.starters.is_starter(next_word()) && cx.words_before >= 2
                }
                // "Jonas E. Smith" goes on; after a lowercase word, "I." is
                // the pronoun and ends its sentence ("you and I. Did"), and
                // after a number a capital is a unit ("-5 C. It").
                Word::Initial(c) => {
                    cx.previous_lowercase == Some(true)
                        && (c == 'I' || cx.starters.is_starter(next_word()))
                }
                Word::Letter => cx.starters.is_starter(next_word()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rules::rules;
    use super::super::Language;
    use super::*;

    fn en() -> &'static Rules {
        rules(Language::En)
    }

    #[test]
    fn ordinals_are_numbers_and_roman_numerals_where_a_language_writes_them() {
        let de = rules(Language::De);
        assert_eq!(classify("3", &[], de), Word::Ordinal);
        assert_eq!(classify("XII", &[], de), Word::Ordinal);
        assert_eq!(classify("1990", &[], de), Word::Number);
        assert_eq!(classify("3", &[], en()), Word::Number);
    }

    #[test]
    fn classifies_words() {
        assert_eq!(classify("", &[], en()), Word::Empty);
        assert_eq!(classify("100.00", &[], en()), Word::Number);
        assert_eq!(classify("$100.00", &[], en()), Word::Number);
        assert_eq!(classify("E", &[], en()), Word::Initial('E'));
        assert_eq!(classify("p", &[], en()), Word::Letter);
        assert_eq!(classify("U.S", &[], en()), Word::Acronym);
        assert_eq!(classify("a.m", &[], en()), Word::Time);
        assert_eq!(classify("P.M", &[], en()), Word::Time);
        assert_eq!(classify("e.g", &[], en()), Word::Abbreviation(Abbreviation::Prefix));
        assert_eq!(classify("Jane.Doe@example.com", &[], en()), Word::Ordinary);
        assert_eq!(classify("awesome_content.html", &[], en()), Word::Ordinary);
        assert_eq!(
            classify("approx", &["Approx".to_string()], en()),
            Word::Abbreviation(Abbreviation::Prefix)
        );
    }
}
