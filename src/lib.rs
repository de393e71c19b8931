//! textfacts turns news-style English text into structured data, fast:
//! its sentences, the gazetteer entities it mentions, and its numeric facts.
//!
//! # Overview
//!
//! The stages, each in its own module:
//!
//! * [`sentence`]: [`split_sentences`] and the configurable
//!   [`SentenceSplitter`], rule-based and aware of abbreviations,
//!   quotations, numbers and line breaks.
//!
//! Shared pieces: every offset is a UTF-8 byte offset ([`Span`]);
//! [`CharOffsets`] converts them to character offsets for callers that
//! index by character. Every fallible call returns [`Error`].
//!
//! # Example: sentences
//!
//! ```
//! let text = "Mr. Smith paid $3.5 million. He said: \"Why not?\"";
//! let sentences: Vec<&str> = textfacts::split_sentences(text)
//!     .iter()
//!     .map(|s| s.text(text))
//!     .collect();
//! assert_eq!(sentences, ["Mr. Smith paid $3.5 million.", "He said: \"Why not?\""]);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
pub mod extract;
pub mod gazetteer;
pub mod numeric;
pub mod sentence;
pub mod span;
mod tagger;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, Location, Result};
pub use extract::{Document, EntityMention, Extractor, ExtractorBuilder, FactMention};
pub use numeric::{
    extract_numbers, NumberExtractor, NumberExtractorBuilder, NumericFact, NumericKind, Qualifier,
};
pub use sentence::{
    split_sentences, Language, Sentence, SentenceSplitter, SentenceSplitterBuilder, UnknownLanguage,
};
pub use span::{CharOffsets, Span};

// The README's Rust blocks run as doctests, so the walkthrough cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
