//! The words numbers are written with: cardinals, ordinals, fractions,
//! scales (long and agency-style), and the small closed classes the rules
//! consult (months, time zones, function words).
//!
//! Lookups lower-case into a stack buffer and go through one hash map, so a
//! word costs one hash whatever its case; only words at token starts are
//! ever looked up.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a number word means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// zero..nine (and nought, naught).
    Unit(f64),
    /// ten..nineteen.
    Teen(f64),
    /// twenty, thirty, ... ninety.
    Tens(f64),
    /// hundred.
    Hundred,
    /// thousand, million, ... and the agency and Indian forms.
    Scale(f64),
    /// dozen, dozens (as a multiplier: "three dozen").
    Dozen,
    /// An ordinal ("fifth", "twentieth", "hundredth"), also usable as a
    /// fraction's denominator; `plural` for "fifths".
    Ordinal { value: f64, plural: bool },
    /// half, halves: only a denominator, never an ordinal.
    Half { plural: bool },
    /// quarter, quarters: only a denominator.
    Quarter { plural: bool },
    /// a, an: "a hundred", "a third".
    Article,
    /// "and" inside a number: "one hundred and six".
    And,
    /// "point": "two point five".
    Point,
    /// "minus", "negative".
    Minus,
}

/// A scale written as an abbreviation right after digits ("5bn", "12 mln").
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Abbrev {
    pub value: f64,
    /// May stand after a space ("12 mln"); the single letters "k", "b", "g"
    /// and lower-case "m" must be glued ("5k") except as noted in
    /// [`scale_abbrev`].
    pub spaced: bool,
}

const UNITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] = [
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORDINALS: [&str; 9] =
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEEN_ORDINALS: [&str; 10] = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
];
const TENS_ORDINALS: [&str; 8] = [
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
    "ninetieth",
];
/// Scale words and their values. Each also has an ordinal ("millionth").
const SCALES: [(&str, f64); 5] =
    [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("quadrillion", 1e15)];

fn table() -> &'static HashMap<&'static str, NumWord> {
    static TABLE: OnceLock<HashMap<&'static str, NumWord>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for (i, w) in UNITS.iter().enumerate() {
            m.insert(*w, NumWord::Unit(i as f64));
        }
        m.insert("nought", NumWord::Unit(0.0));
        m.insert("naught", NumWord::Unit(0.0));
        for (i, w) in TEENS.iter().enumerate() {
            m.insert(*w, NumWord::Teen(10.0 + i as f64));
        }
        for (i, w) in TENS.iter().enumerate() {
            m.insert(*w, NumWord::Tens(20.0 + 10.0 * i as f64));
        }
        let ordinals = UNIT_ORDINALS
            .iter()
            .enumerate()
            .map(|(i, w)| (*w, 1.0 + i as f64))
            .chain(TEEN_ORDINALS.iter().enumerate().map(|(i, w)| (*w, 10.0 + i as f64)))
            .chain(TENS_ORDINALS.iter().enumerate().map(|(i, w)| (*w, 20.0 + 10.0 * i as f64)))
            .chain([("hundredth", 100.0)]);
        for (w, v) in ordinals {
            m.insert(w, NumWord::Ordinal { value: v, plural: false });
            // Plurals only for denominators ("three fifths"): "firsts" and
            // "seconds" are not fractions.
            if v >= 3.0 {
                m.insert(leak_plural(w), NumWord::Ordinal { value: v, plural: true });
            }
        }
        m.insert("firsts", NumWord::Ordinal { value: 1.0, plural: true });
        m.insert("hundred", NumWord::Hundred);
        m.insert("hundreds", NumWord::Hundred);
        for (w, v) in SCALES {
            m.insert(w, NumWord::Scale(v));
            m.insert(leak_plural(w), NumWord::Scale(v));
            m.insert(leak_suffix(w, "th"), NumWord::Ordinal { value: v, plural: false });
            m.insert(leak_suffix(w, "ths"), NumWord::Ordinal { value: v, plural: true });
        }
        for (w, v) in [
            ("lakh", 1e5),
            ("lakhs", 1e5),
            ("lac", 1e5),
            ("crore", 1e7),
            ("crores", 1e7),
            ("mln", 1e6),
            ("bln", 1e9),
            ("trn", 1e12),
            ("tln", 1e12),
        ] {
            m.insert(w, NumWord::Scale(v));
        }
        for w in ["dozen", "dozens", "dz", "dzs", "doz", "dozs"] {
            m.insert(w, NumWord::Dozen);
        }
        m.insert("half", NumWord::Half { plural: false });
        m.insert("halves", NumWord::Half { plural: true });
        m.insert("quarter", NumWord::Quarter { plural: false });
        m.insert("quarters", NumWord::Quarter { plural: true });
        m.insert("a", NumWord::Article);
        m.insert("an", NumWord::Article);
        m.insert("and", NumWord::And);
        m.insert("point", NumWord::Point);
        m.insert("minus", NumWord::Minus);
        m.insert("negative", NumWord::Minus);
        m
    })
}

/// Builds "fifths" from "fifth", "twentieths" from "twentieth"; the table
/// is built once, so the few leaked strings are a fixed cost.
fn leak_plural(w: &str) -> &'static str {
    leak_suffix(w, "s")
}

fn leak_suffix(w: &str, suffix: &str) -> &'static str {
    Box::leak(format!("{w}{suffix}").into_boxed_str())
}

/// Lower-cases an ASCII word of at most 16 bytes into `buf`; longer or
/// non-ASCII words are not number words.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !bytes.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The meaning of a number word, any case.
pub(crate) fn number_word(word: &str) -> Option<NumWord> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    table().get(w).copied()
}

/// A scale abbreviation written after digits, case-sensitive where case
/// carries the meaning ("M" is million; lower-case "m" is decided by the
/// money-or-metres rule, so it is not here; "mm" is millimetres, "MM" is
/// million).
pub(crate) fn scale_abbrev(word: &str) -> Option<Abbrev> {
    let (value, spaced) = match word {
        "k" | "K" => (1e3, true),
        "M" | "MM" | "mn" | "Mn" | "MN" | "mln" | "Mln" | "MLN" | "mil" | "Mil" | "MIL" => (1e6, true),
        "b" | "B" => (1e9, false),
        "bn" | "Bn" | "BN" | "bln" | "Bln" | "BLN" => (1e9, true),
        "tn" | "Tn" | "TN" | "trn" | "Trn" | "TRN" | "tln" | "Tln" | "TLN" => (1e12, true),
        _ => return None,
    };
    Some(Abbrev { value, spaced })
}

/// Month names and their news abbreviations, in the case they are written
/// with ("May" is a month, "may" a verb).
pub(crate) fn is_month(word: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    const ABBREVS: [&str; 13] =
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Febr"];
    let title = MONTHS.iter().chain(ABBREVS.iter()).any(|m| *m == word);
    title
        || (word.len() >= 3
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && MONTHS.iter().chain(ABBREVS.iter()).any(|m| m.eq_ignore_ascii_case(word)))
}

/// Words after a number that make it a clock time ("11 pm", "1530 GMT").
pub(crate) fn is_time_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "am" | "pm"
            | "gmt"
            | "utc"
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "bst"
            | "cet"
            | "cest"
            | "jst"
            | "hkt"
            | "sgt"
            | "ist"
            | "hrs"
            | "hours"
            | "o'clock"
    )
}

/// Words that cannot be part of a counted noun phrase: determiners,
/// prepositions, conjunctions, pronouns, auxiliaries and the adverbs that
/// follow numbers in news ("ago", "apiece", "each").
pub(crate) fn is_function_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "above"
            | "below"
            | "between"
            | "among"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "through"
            | "across"
            | "against"
            | "per"
            | "via"
            | "than"
            | "as"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "yet"
            | "if"
            | "when"
            | "while"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "what"
            | "where"
            | "why"
            | "how"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "them"
            | "their"
            | "his"
            | "her"
            | "we"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "us"
            | "him"
            | "not"
            | "no"
            | "also"
            | "only"
            | "just"
            | "more"
            | "less"
            | "fewer"
            | "most"
            | "least"
            | "each"
            | "every"
            | "apiece"
            | "ago"
            | "earlier"
            | "later"
            | "vs"
            | "versus"
            | "said"
            | "says"
            | "say"
            | "including"
            | "up"
            | "down"
            | "out"
            | "off"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "all"
            | "both"
            | "other"
            | "others"
            | "another"
            | "such"
            | "own"
            | "there"
            | "here"
            | "then"
            | "now"
            | "still"
            | "even"
            | "too"
            | "very"
            | "away"
            | "back"
            | "again"
            | "respectively"
            | "total"
            | "overall"
            | "altogether"
            | "apart"
            | "times"
            | "percent"
            | "pct"
            | "cent"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_in_any_case() {
        assert_eq!(number_word("Twenty"), Some(NumWord::Tens(20.0)));
        assert_eq!(number_word("FIFTHS"), Some(NumWord::Ordinal { value: 5.0, plural: true }));
        assert_eq!(number_word("millionth"), Some(NumWord::Ordinal { value: 1e6, plural: false }));
        assert_eq!(number_word("mln"), Some(NumWord::Scale(1e6)));
        assert_eq!(number_word("seconds"), None);
        assert_eq!(number_word("people"), None);
    }

    #[test]
    fn months_keep_their_case() {
        assert!(is_month("May") && is_month("Dec") && is_month("DEC"));
        assert!(!is_month("may") && !is_month("Decimal"));
    }
}
