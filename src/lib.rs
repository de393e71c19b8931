//! textfacts turns news-style English text into structured data, fast:
//! its sentences, the gazetteer entities it mentions, and its numeric facts.
//!
//! # Example
//!
//! An [`Extractor`] runs every stage over a text and links the results into
//! a [`Document`]: each fact knows its sentence and that sentence's entities.
//!
//! ```
//! use textfacts::gazetteer::{Entry, Gazetteer};
//! use textfacts::{Extractor, NumericKind, Qualifier};
//!
//! let places = Gazetteer::builder().add(Entry::new("Kelham", "GPE")).build()?;
//! let extractor = Extractor::builder().gazetteer(places).build()?;
//! let doc = extractor.extract("Rain fell. In Kelham, more than 1,200 homes were flooded.");
//!
//! assert_eq!(doc.sentences[1].text(&doc.text), "In Kelham, more than 1,200 homes were flooded.");
//! let fact = &doc.facts[0];
//! assert_eq!(fact.fact.text(&doc.text), "more than 1,200");
//! assert_eq!((fact.fact.kind, fact.fact.value), (NumericKind::Cardinal, Some(1200.0)));
//! assert_eq!(fact.fact.qualifier, Qualifier::MoreThan);
//! assert_eq!(fact.fact.noun_text(&doc.text), Some("homes"));
//! assert_eq!(fact.sentence, 1);
//! assert_eq!(doc.entities[fact.entities.clone()][0].text(&doc.text), "Kelham");
//!
//! // Many texts at once, on every core, in order; a document serialises with serde.
//! let docs = extractor.extract_many(&["One. Two.", "It cost $5m."]);
//! let json = serde_json::to_value(&docs[1]).unwrap();
//! assert_eq!(json["facts"][0]["value"], 5_000_000.0);
//! # Ok::<(), textfacts::Error>(())
//! ```
//!
//! # Modules
//!
//! * [`extract`]: the pipeline. [`Extractor`] (configured with
//!   [`ExtractorBuilder`]) makes a [`Document`] of [`EntityMention`]s and
//!   [`FactMention`]s; batches run on a capped number of threads
//!   ([`extract::Batch`], [`extract::max_threads`]); [`extract::record`]
//!   defines, once, the fields every output (serde, Python, pandas) gives.
//! * [`sentence`]: [`split_sentences`] and the configurable
//!   [`SentenceSplitter`], rule-based and aware of abbreviations,
//!   quotations, numbers and line breaks.
//! * [`gazetteer`]: [`Gazetteer`](gazetteer::Gazetteer), a compiled list of
//!   names found as whole words, leftmost-longest, with case modes and
//!   normalisation; a built-in one of places with the `builtin` feature.
//! * [`numeric`]: [`extract_numbers`] and [`NumberExtractor`]: every
//!   [`NumericFact`] with its [`NumericKind`], value or range,
//!   [`Qualifier`], unit, scale and counted noun.
//! * [`span`] and [`error`]: every offset is a UTF-8 byte offset ([`Span`]);
//!   [`CharOffsets`] converts them to character offsets for callers that
//!   index by character. Every fallible call returns [`Error`].
//!
//! Each stage also stands alone:
//!
//! ```
//! let text = "Mr. Smith paid $3.5 million. He said: \"Why not?\"";
//! let sentences: Vec<&str> = textfacts::split_sentences(text)
//!     .iter()
//!     .map(|s| s.text(text))
//!     .collect();
//! assert_eq!(sentences, ["Mr. Smith paid $3.5 million.", "He said: \"Why not?\""]);
//! assert_eq!(textfacts::extract_numbers(text)[0].value, Some(3_500_000.0));
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

// And so do the design notes' examples of each stage.
#[cfg(doctest)]
#[doc = include_str!("../docs/DESIGN.md")]
struct DesignDoctests;
