//! A document rebuilt from its records: the inverse of
//! [`Document::with_char_offsets`], for a binding whose user builds a
//! document by hand or unpickles one, so that every document is a core
//! [`Document`] and each operation on it has one code path.

use std::collections::HashMap;
use std::ops::Range;

use serde::de::value::{Error as DeError, StrDeserializer};
use serde::Deserialize;

use super::document::{Document, EntityMention, FactMention};
use super::link::{entities_of, sentence_at};
use super::record::{EntityRecord, FactRecord, SentenceRecord};
use crate::error::{Error, Result};
use crate::gazetteer::{Entry, Gazetteer};
use crate::numeric::{NumericFact, NumericKind, Qualifier};
use crate::sentence::Sentence;
use crate::span::{CharOffsets, Span};

/// A part that does not fit the text or the model, named by its list and index.
fn bad(part: &'static str, index: usize, message: String) -> Error {
    Error::InvalidOption { option: part, message: format!("{part}[{index}]: {message}") }
}

/// The text's character offsets, checked against what a part says it covers.
struct Text<'t> {
    text: &'t str,
    offsets: CharOffsets<'t>,
}

impl Text<'_> {
    /// The byte span of characters `start..end`, if `given` is the text there.
    fn span(&self, start: usize, end: usize, given: &str) -> std::result::Result<Span, String> {
        let (bs, be) = (self.offsets.byte_offset(start), self.offsets.byte_offset(end));
        match self.text.get(bs..be) {
            Some(found) if start <= end && found == given => Ok(Span::new(bs, be)),
            found => Err(format!(
                "its text {given:?} is not the text at {start}..{end} ({:?})",
                found.unwrap_or("")
            )),
        }
    }
}

impl Document {
    /// Rebuilds a document from `text` and its parts given as records with
    /// character offsets, as [`Document::with_char_offsets`] gives them.
    ///
    /// An entity or fact without a `sentence` gets the one it starts in, a
    /// fact without `entities` that sentence's entities, as
    /// [`Extractor::extract`](crate::Extractor::extract) links them. Errors
    /// ([`Error::InvalidOption`], naming the part) for a part whose text is
    /// not the text at its offsets, an unknown kind or qualifier, or a fact
    /// whose entities are not one run of consecutive indices.
    ///
    /// ```
    /// let doc = textfacts::Extractor::new().extract("Hi. In France, 87 people came.");
    /// let json = serde_json::to_string(&doc.with_char_offsets()).unwrap();
    /// let records: serde_json::Value = serde_json::from_str(&json).unwrap();
    /// assert_eq!(records["facts"][0]["text"], "87");
    /// ```
    pub fn from_char_records(
        text: String,
        sentences: &[SentenceRecord<'_>],
        entities: &[EntityRecord<'_>],
        facts: &[FactRecord<'_>],
    ) -> Result<Document> {
        let t = Text { text: &text, offsets: CharOffsets::new(&text) };
        let sentences = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let span = t.span(s.start, s.end, &s.text).map_err(|m| bad("sentences", i, m))?;
                Ok(Sentence { start: span.start, end: span.end })
            })
            .collect::<Result<Vec<_>>>()?;
        let entities = entity_mentions(&t, &sentences, entities)?;
        let facts = facts
            .iter()
            .enumerate()
            .map(|(i, f)| {
                fact_mention(&t, &sentences, &entities, f).map_err(|m| bad("facts", i, m))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Document { text, sentences, entities, facts })
    }
}

/// A candidate entry: label, id and canonical name.
type Triple<'a> = (&'a str, Option<&'a str>, &'a str);

/// The entities, their entries held in one small gazetteer of their own.
fn entity_mentions(
    t: &Text<'_>,
    sentences: &[Sentence],
    records: &[EntityRecord<'_>],
) -> Result<Vec<EntityMention>> {
    // Each distinct entry once, in the order first named.
    let mut entries: Vec<Triple<'_>> = Vec::new();
    let mut index: HashMap<Triple<'_>, u32> = HashMap::new();
    let mut parts = Vec::with_capacity(records.len());
    for (i, e) in records.iter().enumerate() {
        let span = t.span(e.start, e.end, &e.text).map_err(|m| bad("entities", i, m))?;
        let first = (&e.label, &e.id, &e.canonical);
        match e.candidates.first() {
            Some(c) if (&c.label, &c.id, &c.canonical) != first => {
                let m = "its label, id and canonical are not its first candidate's".to_string();
                return Err(bad("entities", i, m));
            }
            _ => {}
        }
        let candidates: Vec<Triple<'_>> = if e.candidates.is_empty() {
            vec![(&e.label, e.id.as_deref(), &e.canonical)]
        } else {
            e.candidates.iter().map(|c| (&*c.label, c.id.as_deref(), &*c.canonical)).collect()
        };
        let ids: Vec<u32> = candidates
            .into_iter()
            .map(|c| {
                *index.entry(c).or_insert_with(|| {
                    entries.push(c);
                    entries.len() as u32 - 1
                })
            })
            .collect();
        let sentence = e.sentence.unwrap_or_else(|| sentence_at(sentences, span.start));
        parts.push((span, sentence, ids));
    }
    let gazetteer = entries_gazetteer(&entries)?;
    Ok(parts
        .into_iter()
        .map(|(span, sentence, ids)| {
            EntityMention::of_entries(span, sentence, gazetteer.clone(), ids[0], &ids[1..])
        })
        .collect())
}

/// A gazetteer whose entry `i` is `entries[i]`; it is never searched, only
/// read, so every entry shares one pattern.
fn entries_gazetteer(entries: &[Triple<'_>]) -> Result<Gazetteer> {
    let mut builder = Gazetteer::builder();
    for &(label, id, canonical) in entries {
        let entry = Entry::new("entity", label).canonical(canonical);
        builder.add(match id {
            Some(id) => entry.id(id),
            None => entry,
        });
    }
    let gazetteer = builder.build()?;
    for (i, &(label, id, canonical)) in entries.iter().enumerate() {
        let held = gazetteer.entry(i).map(|e| (e.label(), e.id(), e.canonical()));
        if held != Some((label, id, canonical)) {
            return Err(Error::InvalidOption {
                option: "entities",
                message: format!(
                    "two candidates share the label {:?} and the id {:?} but not the canonical name",
                    label, id
                ),
            });
        }
    }
    Ok(gazetteer)
}

fn fact_mention(
    t: &Text<'_>,
    sentences: &[Sentence],
    entities: &[EntityMention],
    f: &FactRecord<'_>,
) -> std::result::Result<FactMention, String> {
    let span = t.span(f.start, f.end, &f.text)?;
    let noun = match (f.noun_start, f.noun_end, &f.noun) {
        (Some(s), Some(e), Some(noun)) => {
            Some(t.span(s, e, noun).map_err(|m| format!("noun: {m}"))?)
        }
        (None, None, None) => None,
        _ => return Err("noun, noun_start and noun_end are given together or not at all".into()),
    };
    let fact = NumericFact {
        start: span.start,
        end: span.end,
        kind: NumericKind::deserialize(StrDeserializer::<DeError>::new(&f.kind))
            .map_err(|e| format!("kind: {e}"))?,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: Qualifier::deserialize(StrDeserializer::<DeError>::new(&f.qualifier))
            .map_err(|e| format!("qualifier: {e}"))?,
        unit: f.unit.as_deref().map(str::to_string),
        noun,
        scale: f.scale.as_deref().map(str::to_string),
    };
    let sentence = f.sentence.unwrap_or_else(|| sentence_at(sentences, span.start));
    let given = f.entities.as_ref().map(|e| e.to_vec());
    let linked = match given.as_deref() {
        None | Some([]) => entities_of(entities, sentence),
        Some(given) => run(given, entities.len())?,
    };
    Ok(FactMention { fact, sentence, entities: linked })
}

/// A fact's `entities` as a range: they must be consecutive indices of the
/// document's entities (a sentence's entities are one run).
fn run(given: &[usize], len: usize) -> std::result::Result<Range<usize>, String> {
    let first = given.first().copied().unwrap_or(0);
    let end = first + given.len();
    let consecutive = given.iter().enumerate().all(|(k, &i)| i == first + k);
    if !consecutive || end > len {
        return Err(format!(
            "its entities {given:?} are not consecutive indices of the {len} entities"
        ));
    }
    Ok(first..end)
}
