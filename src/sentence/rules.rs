//! What each language changes in the shared rules: its abbreviations and
//! sentence openers (data files beside this one, added to the English
//! ones), how it writes ordinals, and the punctuation it alone uses to end
//! or divide sentences.

use std::sync::OnceLock;

use super::abbreviations::Table;
use super::starters::Starters;
use super::Language;

/// A language's rules.
pub(crate) struct Rules {
    /// Its abbreviations, then the English ones (which foreign news quotes
    /// too: "Mr.", "Inc.", "e.g."); its own entries win.
    pub abbreviations: Table,
    /// Its sentence openers and the English ones.
    pub starters: Starters,
    /// A number of up to three digits or a Roman numeral before a full stop
    /// is an ordinal ("am 3. Oktober", "den 3. maj", "XII. pluk"): German,
    /// Danish, Polish, Slovak.
    pub ordinals: bool,
    /// Greek: `;` is the question mark.
    pub semicolon_asks: bool,
    /// Armenian: `:` stands for the full stop `։` (typed for it on most
    /// keyboards), and ends a sentence before a capital.
    pub colon_ends: bool,
    /// Arabic: `:` and the Arabic comma `،` followed by a space divide
    /// sentences, the units the Arabic Golden Rules segment into (Arabic
    /// prose chains its clauses with commas where English uses full stops).
    pub clauses: bool,
}

/// The English data every language starts from.
const ENGLISH_ABBREVIATIONS: (&str, &str) =
    ("abbreviations.txt", include_str!("abbreviations.txt"));
const ENGLISH_STARTERS: (&str, &str) = ("starters.txt", include_str!("starters.txt"));

/// A language's own data files: abbreviations and starters.
fn data(language: Language) -> (Option<&'static str>, Option<&'static str>) {
    macro_rules! files {
        ($lang:literal) => {
            (
                Some(include_str!(concat!($lang, "/abbreviations.txt"))),
                Some(include_str!(concat!($lang, "/starters.txt"))),
            )
        };
    }
    match language {
        Language::Ar => files!("ar"),
        Language::Bg => files!("bg"),
        Language::Da => files!("da"),
        Language::De => files!("de"),
        Language::El => files!("el"),
        Language::Es => files!("es"),
        Language::Fr => files!("fr"),
        Language::It => files!("it"),
        Language::Kk => files!("kk"),
        Language::Nl => files!("nl"),
        Language::Pl => files!("pl"),
        Language::Pt => files!("pt"),
        Language::Ru => files!("ru"),
        Language::Sk => files!("sk"),
        _ => (None, None),
    }
}

fn build(language: Language) -> Rules {
    let (abbreviations, starters) = data(language);
    let own = |name: &'static str, text: Option<&'static str>| text.map(|t| (name, t));
    let abbreviation_files: Vec<(&str, &'static str)> =
        own("<lang>/abbreviations.txt", abbreviations)
            .into_iter()
            .chain([ENGLISH_ABBREVIATIONS])
            .collect();
    let starter_files: Vec<(&str, &'static str)> =
        own("<lang>/starters.txt", starters).into_iter().chain([ENGLISH_STARTERS]).collect();
    Rules {
        abbreviations: Table::parse(&abbreviation_files),
        starters: Starters::parse(&starter_files),
        ordinals: matches!(language, Language::De | Language::Da | Language::Pl | Language::Sk),
        semicolon_asks: language == Language::El,
        colon_ends: language == Language::Hy,
        clauses: language == Language::Ar,
    }
}

/// The rules of `language`, built on first use.
pub(crate) fn rules(language: Language) -> &'static Rules {
    // The array repeats a const (rust-version 1.75 has no inline `const {}`
    // blocks); each element is its own `OnceLock`, which is what is wanted.
    #[allow(clippy::declare_interior_mutable_const)]
    const UNBUILT: OnceLock<Rules> = OnceLock::new();
    static RULES: [OnceLock<Rules>; 24] = [UNBUILT; 24];
    RULES[language.index()].get_or_init(|| build(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_s_data_parses() {
        for language in Language::all() {
            let rules = rules(language);
            assert!(rules.abbreviations.lookup("Mr").is_some(), "{language}");
            assert!(rules.starters.is_starter("The"), "{language}");
        }
    }
}
