//! What the pipeline returns for one text.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use std::ops::Range;

use super::record::{
    Bytes, EntityRecord, FactRecord, Offsets, SentenceRecord, DOCUMENT, DOCUMENT_FIELDS,
};
use crate::gazetteer::{Candidate, Entity, Gazetteer};
use crate::numeric::NumericFact;
use crate::sentence::Sentence;
use crate::span::{CharOffsets, Span};

/// A text with everything textfacts found in it.
///
/// Offsets are UTF-8 byte offsets into [`Document::text`]. Serialised with
/// serde, a document has the shape
/// `{"text", "sentences": [{"start", "end", "text"}], ...}` with byte offsets;
/// the Python binding gives the same shape with `str` indices.
///
/// ```
/// let doc = textfacts::Extractor::new().extract("One. Two.");
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["sentences"][1]["text"], "Two.");
/// assert_eq!(json["sentences"][1]["start"], 5);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The text, as given.
    pub text: String,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The gazetteer entities it mentions, in order.
    pub entities: Vec<EntityMention>,
    /// Its numeric facts, in order.
    pub facts: Vec<FactMention>,
}

/// A numeric fact as it stands in a [`Document`]: the fact, the sentence
/// it is in, and the entities of that sentence.
///
/// ```
/// use textfacts::gazetteer::{Entry, Gazetteer};
/// use textfacts::Extractor;
///
/// let gazetteer = Gazetteer::builder().add(Entry::new("Kelham", "GPE")).build()?;
/// let extractor = Extractor::builder().gazetteer(gazetteer).build()?;
/// let doc = extractor.extract("Rain fell. In Kelham, 1,200 homes were evacuated.");
/// let fact = &doc.facts[0];
/// assert_eq!(fact.fact.value, Some(1200.0));
/// assert_eq!(fact.sentence, 1);
/// assert_eq!(doc.entities[fact.entities.clone()][0].text(&doc.text), "Kelham");
/// # Ok::<(), textfacts::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct FactMention {
    /// The fact itself.
    pub fact: NumericFact,
    /// The index of the sentence the fact starts in.
    pub sentence: usize,
    /// The indices, into [`Document::entities`], of the entities in the
    /// same sentence (a sentence's entities are contiguous).
    pub entities: Range<usize>,
}

impl Document {
    /// The document in its serde shape, with every offset counted in
    /// characters (Unicode scalar values, as Python's `str` indexes them)
    /// instead of bytes: for consumers that index text by character.
    ///
    /// ```
    /// let doc = textfacts::Extractor::new().extract("Café. 87 people came.");
    /// let bytes = serde_json::to_value(&doc).unwrap();
    /// let chars = serde_json::to_value(doc.with_char_offsets()).unwrap();
    /// assert_eq!(bytes["sentences"][1]["start"], 7);
    /// assert_eq!(chars["sentences"][1]["start"], 6);
    /// assert_eq!(chars["facts"][0]["text"], "87");
    /// ```
    pub fn with_char_offsets(&self) -> impl Serialize + '_ {
        Shaped { doc: self, offsets: CharOffsets::new(&self.text) }
    }

    /// The text as HTML, with entities, facts and counted nouns highlighted
    /// and labelled inline; everything is escaped, so a text containing
    /// markup shows as text.
    ///
    /// ```
    /// let doc = textfacts::Extractor::new().extract("<b>France</b> sent 87 people.");
    /// let html = doc.to_html();
    /// assert!(html.contains("&lt;b&gt;"));
    /// assert!(html.contains("France<span"));
    /// assert!(html.contains("87<span"));
    /// ```
    pub fn to_html(&self) -> String {
        use super::html::{render, Mark, MarkKind};
        let mut marks = Vec::with_capacity(self.entities.len() + 2 * self.facts.len());
        for e in &self.entities {
            marks.push(Mark::new(e.start, e.end, MarkKind::Entity, e.label()));
        }
        for f in &self.facts {
            marks.push(Mark::new(f.fact.start, f.fact.end, MarkKind::Fact, f.fact.kind.as_str()));
            if let Some(noun) = f.fact.noun {
                marks.push(Mark::new(noun.start, noun.end, MarkKind::Noun, "counted"));
            }
        }
        render(&self.text, marks)
    }
}

/// A gazetteer entity as it stands in a [`Document`]: the match, the entry
/// it names, and the sentence it is in.
///
/// The entries' strings stay in the gazetteer, which the mention shares
/// (cloning a [`Gazetteer`] is cheap), so linking a mention copies no
/// string: `label`, `id`, `canonical` and `candidates` read them from there.
///
/// ```
/// use textfacts::gazetteer::{Entry, Gazetteer};
/// use textfacts::Extractor;
///
/// let gazetteer = Gazetteer::builder()
///     .add(Entry::new("Georgia", "GPE").id("614540"))
///     .add(Entry::new("Georgia", "GPE").id("4197000").canonical("Georgia (US state)"))
///     .build()?;
/// let doc = Extractor::builder().gazetteer(gazetteer).build()?.extract("Hi. Georgia voted.");
/// let georgia = &doc.entities[0];
/// assert_eq!((georgia.text(&doc.text), georgia.sentence), ("Georgia", 1));
/// assert_eq!(georgia.id(), Some("614540"));
/// let canonical: Vec<&str> = georgia.candidates().map(|c| c.canonical()).collect();
/// assert_eq!(canonical, ["Georgia", "Georgia (US state)"]);
/// # Ok::<(), textfacts::Error>(())
/// ```
#[derive(Clone)]
pub struct EntityMention {
    /// Byte offset of the mention's first byte.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// The index of the sentence the mention starts in.
    pub sentence: usize,
    gazetteer: Gazetteer,
    /// The first candidate's entry index, then the others', in order.
    first: u32,
    rest: Box<[u32]>,
}

impl EntityMention {
    /// Links a gazetteer match to its sentence.
    pub(crate) fn new(found: &Entity<'_>, gazetteer: &Gazetteer, sentence: usize) -> Self {
        let first = found.entry().index() as u32;
        // Most names have one candidate, and an empty box allocates nothing.
        let rest = found.candidates().skip(1).map(|c| c.index() as u32).collect();
        EntityMention {
            start: found.start,
            end: found.end,
            sentence,
            gazetteer: gazetteer.clone(),
            first,
            rest,
        }
    }

    /// A mention of entries `first` then `rest` of `gazetteer`.
    pub(crate) fn of_entries(
        span: Span,
        sentence: usize,
        gazetteer: Gazetteer,
        first: u32,
        rest: &[u32],
    ) -> Self {
        EntityMention {
            start: span.start,
            end: span.end,
            sentence,
            gazetteer,
            first,
            rest: rest.into(),
        }
    }

    /// The mention's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The mention as written in `text` (the document's text).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The first candidate entry: the one `label`, `id` and `canonical`
    /// describe.
    pub fn entry(&self) -> Candidate<'_> {
        self.gazetteer.candidate(self.first)
    }

    /// The first candidate entry's label.
    pub fn label(&self) -> &str {
        self.entry().label()
    }

    /// The first candidate entry's id, if it has one.
    pub fn id(&self) -> Option<&str> {
        self.entry().id()
    }

    /// The first candidate entry's canonical name.
    pub fn canonical(&self) -> &str {
        self.entry().canonical()
    }

    /// Every entry the name may refer to, in the gazetteer's order (the
    /// first is [`EntityMention::entry`]).
    pub fn candidates(&self) -> impl ExactSizeIterator<Item = Candidate<'_>> + '_ {
        (0..self.rest.len() + 1).map(move |i| {
            let entry = if i == 0 { self.first } else { self.rest[i - 1] };
            self.gazetteer.candidate(entry)
        })
    }

    /// The gazetteer the mention was found with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The candidates' entry indices, first candidate first, for a binding
    /// that keeps sharing the gazetteer instead of copying strings.
    #[cfg(feature = "python")]
    pub(crate) fn entry_indices(&self) -> (u32, &[u32]) {
        (self.first, &self.rest)
    }
}

/// Two mentions are equal when they cover the same span of the same
/// sentence and name the same entries, compared by their strings, so that
/// equal gazetteers built twice give equal documents.
impl PartialEq for EntityMention {
    fn eq(&self, other: &Self) -> bool {
        fn strings(c: Candidate<'_>) -> (&str, Option<&str>, &str) {
            (c.label(), c.id(), c.canonical())
        }
        (self.start, self.end, self.sentence) == (other.start, other.end, other.sentence)
            && self.candidates().map(strings).eq(other.candidates().map(strings))
    }
}

impl Eq for EntityMention {}

impl std::fmt::Debug for EntityMention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntityMention")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("sentence", &self.sentence)
            .field("label", &self.label())
            .field("id", &self.id())
            .field("canonical", &self.canonical())
            .field("candidates", &self.candidates().len())
            .finish()
    }
}

/// A document serialised with its offsets counted by `O`.
struct Shaped<'a, O> {
    doc: &'a Document,
    offsets: O,
}

impl<O: Offsets> Serialize for Shaped<'_, O> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (doc, o) = (self.doc, &self.offsets);
        let text = doc.text.as_str();
        let [t, s, e, f] = DOCUMENT_FIELDS;
        let mut map = serializer.serialize_struct(DOCUMENT, DOCUMENT_FIELDS.len())?;
        map.serialize_field(t, text)?;
        map.serialize_field(s, &Each(&doc.sentences, |s| SentenceRecord::of(s, text, o)))?;
        map.serialize_field(e, &Each(&doc.entities, |e| EntityRecord::of(e, text, o)))?;
        map.serialize_field(f, &Each(&doc.facts, |f| FactRecord::of_mention(f, text, o)))?;
        map.end()
    }
}

/// Serialises a slice as a sequence, each item through a function, so that
/// no list of records is built.
struct Each<'a, T, F>(&'a [T], F);

impl<'a, T, F, R> Serialize for Each<'a, T, F>
where
    F: Fn(&'a T) -> R,
    R: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items: &'a [T] = self.0;
        serializer.collect_seq(items.iter().map(&self.1))
    }
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Shaped { doc: self, offsets: Bytes }.serialize(serializer)
    }
}
