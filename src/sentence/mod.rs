//! Sentence splitting for news text in English and 23 other languages.
//!
//! [`split_sentences`] splits with the default rules; a [`SentenceSplitter`],
//! configured with [`SentenceSplitter::builder`], adds abbreviations or makes
//! every line break end a sentence. Both return [`Sentence`]s: byte spans
//! into the text, trimmed of white space, in order, never overlapping, and
//! with only white space between them.
//!
//! # The rules, in brief
//!
//! * `.`, `?`, `!`, `…` and runs of them (`?!`, `...`) end a sentence when
//!   white space and a capital, a digit or an opening quote follow; closing
//!   quotes and brackets after them belong to the sentence that ends
//!   (`"Why not?"`), and a lowercase word after them continues it
//!   (`"Why?" she asked.`).
//! * A full stop after an abbreviation depends on its kind: titles never end
//!   a sentence before a name (`Mr. Smith`, `Gen. Lee`, `e.g. Paris`);
//!   `No.`, `p.` and month names are abbreviations only before a number;
//!   `Inc.`, `Co.`, `Jr.`, `etc.` and dotted acronyms (`U.S.`, `a.m.`) end
//!   one when the next word is one that typically opens a sentence (`the
//!   U.S. How` ends, `the U.S. Government` does not). Single capitals are
//!   initials (`J. K. Rowling`), except the pronoun after a lowercase word
//!   (`you and I. Did`).
//! * Numbers, versions and addresses keep their dots (`3.14`, `v1.2.3`,
//!   `192.168.0.1`, `www.example.com`, `jane.doe@example.com`); a missing
//!   space between two words (`end.Next`) is still a boundary.
//! * A blank line always ends a sentence. A single line break does when
//!   the next line is a list item or is indented as a new paragraph, when
//!   the line before is a headline in capitals, or when the text is not
//!   hard-wrapped (no sentence in it runs on from one line to the next), so
//!   that its lines are headlines, items and paragraphs.
//! * Bullets (`•`, `-` at a line start) and enumerations (`1.`, `2)`, `a.`)
//!   start list items, also in the middle of a line once a list is open.
//! * Text written all in lowercase is split at lowercase words too.
//!
//! Every decision looks at a bounded neighbourhood, so an unmatched quote
//! or bracket never affects text beyond it, and the time is linear in the
//! length of the text on any input.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

use crate::span::Span;
pub use language::{Language, UnknownLanguage};

mod abbreviations;
mod casing;
mod chars;
mod full_stop;
mod language;
mod lines;
mod lists;
mod rules;
mod scanner;
mod starters;
mod tokens;

/// One sentence: a byte range into the text it was split from, trimmed of
/// surrounding whitespace.
///
/// ```
/// let text = "It rained. Then it stopped.";
/// let sentences = textfacts::split_sentences(text);
/// assert_eq!(sentences[1].text(text), "Then it stopped.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the sentence's first character.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
}

impl Sentence {
    /// Whether the sentence ends in sentence-final punctuation (inside any
    /// closing quotes or brackets), by the splitter's own classes, rather
    /// than at a line break the splitter read as an end.
    pub(crate) fn ends_in_terminator(&self, text: &str) -> bool {
        lines::ends_with_terminator(text.get(self.start..self.end).unwrap_or(""))
    }

    /// The sentence's byte span.
    ///
    /// ```
    /// let s = textfacts::split_sentences("Hi there.")[0];
    /// assert_eq!(s.span(), textfacts::Span::new(0, 9));
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The sentence's text within `text`, the string it was split from
    /// (empty when given another string whose boundaries do not fit).
    ///
    /// ```
    /// let text = "One. Two.";
    /// let s = textfacts::split_sentences(text)[0];
    /// assert_eq!(s.text(text), "One.");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Configures a [`SentenceSplitter`].
///
/// ```
/// use textfacts::{Language, SentenceSplitter};
///
/// let splitter = SentenceSplitter::builder()
///     .language(Language::En)
///     .abbreviation("Approx")
///     .newline_ends_sentence(true)
///     .build()?;
/// let text = "Approx. ten people came\nThen they left.";
/// assert_eq!(splitter.split(text).len(), 2);
/// # Ok::<(), textfacts::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitterBuilder {
    language: Language,
    /// A code `language_code` could not resolve, reported by `build`.
    unknown: Option<UnknownLanguage>,
    abbreviations: Vec<String>,
    newline_ends_sentence: bool,
}

impl SentenceSplitterBuilder {
    /// Sets the language whose abbreviations, sentence openers, ordinals
    /// and punctuation the splitter follows (default [`Language::En`]).
    ///
    /// ```
    /// use textfacts::{Language, SentenceSplitter};
    ///
    /// let splitter = SentenceSplitter::builder().language(Language::De).build()?;
    /// let text = "Wir kommen z. B. am 3. Oktober. Dann reden wir.";
    /// assert_eq!(splitter.split(text).len(), 2);
    /// # Ok::<(), textfacts::Error>(())
    /// ```
    pub fn language(mut self, language: Language) -> Self {
        self.language = language;
        self.unknown = None;
        self
    }

    /// Sets the language by its ISO 639-1 code or English name, in any
    /// case; an unknown one makes [`build`](Self::build) fail with an error
    /// that lists the supported codes.
    ///
    /// ```
    /// use textfacts::SentenceSplitter;
    ///
    /// assert!(SentenceSplitter::builder().language_code("fr").build().is_ok());
    /// let err = SentenceSplitter::builder().language_code("xx").build().unwrap_err();
    /// assert!(err.to_string().contains("supported: am, ar,"));
    /// ```
    pub fn language_code(mut self, code: &str) -> Self {
        match Language::from_code(code) {
            Ok(language) => return self.language(language),
            Err(unknown) => self.unknown = Some(unknown),
        }
        self
    }

    /// Adds an abbreviation (with or without its final full stop) after
    /// which a full stop does not end a sentence.
    pub fn abbreviation(mut self, abbreviation: &str) -> Self {
        self.abbreviations.push(abbreviation.to_string());
        self
    }

    /// Adds several abbreviations.
    pub fn abbreviations<I, S>(mut self, abbreviations: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.abbreviations.extend(abbreviations.into_iter().map(|a| a.as_ref().to_string()));
        self
    }

    /// Whether a single line break ends a sentence (default `false`: hard
    /// line breaks inside sentences are common in wire text; a blank line
    /// always ends one).
    pub fn newline_ends_sentence(mut self, yes: bool) -> Self {
        self.newline_ends_sentence = yes;
        self
    }

    /// Builds the splitter, rejecting an unknown language or an empty
    /// abbreviation.
    pub fn build(self) -> Result<SentenceSplitter> {
        if let Some(unknown) = self.unknown {
            return Err(unknown.into());
        }
        let language = self.language;
        let mut abbreviations = Vec::with_capacity(self.abbreviations.len());
        for abbreviation in &self.abbreviations {
            let trimmed = abbreviation.trim().trim_end_matches('.');
            if trimmed.is_empty() || trimmed.chars().any(char::is_whitespace) {
                return Err(Error::InvalidOption {
                    option: "abbreviations",
                    message: format!(
                        "{abbreviation:?} is not an abbreviation: it must be one word"
                    ),
                });
            }
            abbreviations.push(trimmed.to_string());
        }
        Ok(SentenceSplitter {
            language,
            abbreviations,
            newline_ends_sentence: self.newline_ends_sentence,
        })
    }
}

/// Splits text into sentences.
///
/// ```
/// let splitter = textfacts::SentenceSplitter::new();
/// let text = "Mr Hughes said so. He left.";
/// let sentences: Vec<&str> = splitter.split(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(sentences, ["Mr Hughes said so.", "He left."]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    language: Language,
    abbreviations: Vec<String>,
    newline_ends_sentence: bool,
}

impl SentenceSplitter {
    /// A splitter for English with the default options.
    pub fn new() -> SentenceSplitter {
        SentenceSplitter::default()
    }

    /// Starts configuring a splitter.
    pub fn builder() -> SentenceSplitterBuilder {
        SentenceSplitterBuilder::default()
    }

    /// The language the splitter follows.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The extra abbreviations it was given, without final full stops.
    pub fn abbreviations(&self) -> &[String] {
        &self.abbreviations
    }

    /// Whether a single line break ends a sentence.
    pub fn newline_ends_sentence(&self) -> bool {
        self.newline_ends_sentence
    }

    /// Splits `text` into sentences, in order.
    ///
    /// ```
    /// let splitter = textfacts::SentenceSplitter::new();
    /// let text = "Shares rose 4.2% to $3.14 at 9 a.m. on Monday. Analysts at Smith & Co. \
    ///             were surprised.\n\nMARKETS RALLY\nTraders cheered.";
    /// let sentences: Vec<&str> = splitter.split(text).iter().map(|s| s.text(text)).collect();
    /// assert_eq!(sentences.len(), 4);
    /// assert_eq!(sentences[2], "MARKETS RALLY");
    /// ```
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        scanner::Scanner::new(text, self).run()
    }
}

/// Splits English `text` into sentences with the default options.
///
/// ```
/// let text = "Dr. Patel arrived at 9 a.m. on Monday. She spoke.";
/// let sentences = textfacts::split_sentences(text);
/// assert_eq!(sentences.last().unwrap().text(text), "She spoke.");
/// ```
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    SentenceSplitter::new().split(text)
}
