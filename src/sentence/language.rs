//! The languages the splitter knows, by ISO 639-1 code.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The language whose conventions a [`SentenceSplitter`](super::SentenceSplitter)
/// follows: its abbreviations, the words that open its sentences, how it
/// writes ordinals and quotations, and which punctuation ends or divides its
/// sentences.
///
/// Every language's splitter also knows every script's sentence-final
/// punctuation (`。`, `।`, `؟`, `።` ...), so text in another script is
/// still split where it must be.
///
/// ```
/// use textfacts::Language;
///
/// let de: Language = "de".parse()?;
/// assert_eq!(de, Language::De);
/// assert_eq!(de.code(), "de");
/// assert_eq!(de.name(), "German");
/// # Ok::<(), textfacts::sentence::UnknownLanguage>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Language {
    /// Amharic.
    Am,
    /// Arabic: `:` and the Arabic comma `،` also divide sentences.
    Ar,
    /// Bulgarian.
    Bg,
    /// Danish.
    Da,
    /// German.
    De,
    /// Greek: `;` is the question mark.
    El,
    /// English, British and American news conventions (the default).
    #[default]
    En,
    /// Spanish.
    Es,
    /// Persian.
    Fa,
    /// French.
    Fr,
    /// Hindi.
    Hi,
    /// Armenian: `:` stands for the full stop `։`.
    Hy,
    /// Italian.
    It,
    /// Japanese.
    Ja,
    /// Kazakh.
    Kk,
    /// Marathi.
    Mr,
    /// Burmese.
    My,
    /// Dutch.
    Nl,
    /// Polish.
    Pl,
    /// Portuguese.
    Pt,
    /// Russian.
    Ru,
    /// Slovak.
    Sk,
    /// Urdu.
    Ur,
    /// Chinese.
    Zh,
}

/// Every language with its code and English name, in code order.
const LANGUAGES: [(Language, &str, &str); 24] = [
    (Language::Am, "am", "Amharic"),
    (Language::Ar, "ar", "Arabic"),
    (Language::Bg, "bg", "Bulgarian"),
    (Language::Da, "da", "Danish"),
    (Language::De, "de", "German"),
    (Language::El, "el", "Greek"),
    (Language::En, "en", "English"),
    (Language::Es, "es", "Spanish"),
    (Language::Fa, "fa", "Persian"),
    (Language::Fr, "fr", "French"),
    (Language::Hi, "hi", "Hindi"),
    (Language::Hy, "hy", "Armenian"),
    (Language::It, "it", "Italian"),
    (Language::Ja, "ja", "Japanese"),
    (Language::Kk, "kk", "Kazakh"),
    (Language::Mr, "mr", "Marathi"),
    (Language::My, "my", "Burmese"),
    (Language::Nl, "nl", "Dutch"),
    (Language::Pl, "pl", "Polish"),
    (Language::Pt, "pt", "Portuguese"),
    (Language::Ru, "ru", "Russian"),
    (Language::Sk, "sk", "Slovak"),
    (Language::Ur, "ur", "Urdu"),
    (Language::Zh, "zh", "Chinese"),
];

impl Language {
    /// Every supported language, in the order of their codes.
    ///
    /// ```
    /// assert_eq!(textfacts::Language::all().count(), 24);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Language> {
        LANGUAGES.iter().map(|&(language, _, _)| language)
    }

    /// The supported codes, in order: what an error message lists.
    ///
    /// ```
    /// assert!(textfacts::Language::codes().any(|c| c == "de"));
    /// ```
    pub fn codes() -> impl ExactSizeIterator<Item = &'static str> {
        LANGUAGES.iter().map(|&(_, code, _)| code)
    }

    /// Looks a language up by its ISO 639-1 code or its English name, in
    /// any case (`"de"`, `"DE"`, `"German"`).
    ///
    /// ```
    /// use textfacts::Language;
    /// assert_eq!(Language::from_code("en").unwrap(), Language::En);
    /// let err = Language::from_code("xx").unwrap_err();
    /// assert!(err.to_string().contains("\"xx\""));
    /// assert!(err.to_string().contains("de"));
    /// ```
    pub fn from_code(code: &str) -> Result<Language, UnknownLanguage> {
        let wanted = code.trim();
        LANGUAGES
            .iter()
            .find(|(_, c, name)| {
                c.eq_ignore_ascii_case(wanted) || name.eq_ignore_ascii_case(wanted)
            })
            .map(|&(language, _, _)| language)
            .ok_or_else(|| UnknownLanguage { code: code.to_string() })
    }

    /// The language's ISO 639-1 code.
    ///
    /// ```
    /// assert_eq!(textfacts::Language::En.code(), "en");
    /// ```
    pub fn code(self) -> &'static str {
        LANGUAGES[self.index()].1
    }

    /// The language's English name.
    ///
    /// ```
    /// assert_eq!(textfacts::Language::Hy.name(), "Armenian");
    /// ```
    pub fn name(self) -> &'static str {
        LANGUAGES[self.index()].2
    }

    /// The language's place in `LANGUAGES` (the enum is in the same order).
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(code: &str) -> Result<Language, UnknownLanguage> {
        Language::from_code(code)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that no [`Language`] has; its message lists the codes
/// that are supported.
///
/// ```
/// let err = "xx".parse::<textfacts::Language>().unwrap_err();
/// assert_eq!(err.code(), "xx");
/// assert!(err.to_string().starts_with("unsupported language \"xx\" (supported: am, ar, "));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage {
    code: String,
}

impl UnknownLanguage {
    /// The code that was given.
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = Language::codes().collect();
        write!(f, "unsupported language {:?} (supported: {})", self.code, codes.join(", "))
    }
}

impl std::error::Error for UnknownLanguage {}

impl From<UnknownLanguage> for crate::Error {
    fn from(err: UnknownLanguage) -> crate::Error {
        crate::Error::InvalidOption { option: "language", message: err.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_the_enum_order_and_codes_round_trip() {
        for (i, &(language, code, _)) in LANGUAGES.iter().enumerate() {
            assert_eq!(language.index(), i, "{code}");
            assert_eq!(code.parse::<Language>(), Ok(language));
        }
        let codes: Vec<&str> = Language::codes().collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted);
    }
}
