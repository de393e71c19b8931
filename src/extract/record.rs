//! The one definition of what a sentence, an entity and a numeric fact look
//! like as data: the fields of each record, their names and their order.
//!
//! Every output is derived from these structs, so they cannot drift apart:
//! serde (and with it `Document`'s JSON, byte or character offsets), the
//! Python binding's `to_dict` and `to_json` of a document and of each of its
//! parts, the columns of `textfacts.to_pandas`, and the test that checks the
//! Python stubs (which reads [`SentenceRecord::FIELDS`] and the others).
//!
//! **To add a field** to a numeric fact (say `dimension`), once
//! [`NumericFact`] has it:
//!
//! 1. add it to [`FactRecord`] below: its place in the struct is its place
//!    in every output;
//! 2. follow the compiler, which asks for its value in `FactRecord::of_fact`
//!    (below), for reading it back in `fact_mention` (`from_records.rs`,
//!    which rebuilds a document a Python user made or unpickled), and for
//!    the constructor argument of Python's `NumericFact`
//!    (`src/python/numeric.rs`, `PyNumericFact::new`);
//! 3. give Python's `NumericFact` its attribute: a getter with a docstring
//!    and an example, beside the others in `src/python/numeric.rs`;
//! 4. add the property and the `__new__` argument to
//!    `python/textfacts/_textfacts.pyi` (`scripts/sync_stub_docs.py` copies
//!    the docstring).
//!
//! Nothing else lists the fields: serde and `Document`'s JSON, `to_dict` and
//! `to_json` of a document and of a fact, pickling, `to_pandas` columns and
//! the checks read them from here; `tests/python/test_records.py` names any
//! step 3 or 4 left out.
//!
//! ```
//! use textfacts::extract::record::FactRecord;
//!
//! let doc = textfacts::Extractor::new().extract("About 87 people came.");
//! let json = serde_json::to_value(&doc).unwrap();
//! let keys: Vec<&str> = json["facts"][0].as_object().unwrap().keys().map(|k| k.as_str()).collect();
//! assert_eq!(keys, FactRecord::FIELDS);
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::document::{EntityMention, FactMention};
use crate::gazetteer::Candidate;
use crate::numeric::NumericFact;
use crate::sentence::Sentence;
use crate::span::CharOffsets;

/// How a record counts its offsets: in bytes, as Rust does, or in
/// characters, as Python's `str` does.
pub(crate) trait Offsets {
    fn at(&self, byte: usize) -> usize;
}

/// Byte offsets, unchanged.
pub(crate) struct Bytes;

impl Offsets for Bytes {
    fn at(&self, byte: usize) -> usize {
        byte
    }
}

impl Offsets for CharOffsets<'_> {
    fn at(&self, byte: usize) -> usize {
        self.char_offset(byte)
    }
}

/// A value whose borrowed strings can be made owned, so that a record can
/// outlive the text it was read from (as a Python object does).
pub trait IntoStatic {
    /// The same value owning its strings.
    type Static: 'static;
    /// Copies what is borrowed.
    fn into_static(self) -> Self::Static;
}

macro_rules! plain_static {
    ($($t:ty),*) => {$(
        impl IntoStatic for $t {
            type Static = $t;
            fn into_static(self) -> $t {
                self
            }
        }
    )*};
}
plain_static!(usize, f64);

impl IntoStatic for Cow<'_, str> {
    type Static = Cow<'static, str>;
    fn into_static(self) -> Cow<'static, str> {
        Cow::Owned(self.into_owned())
    }
}

impl<T: IntoStatic> IntoStatic for Option<T> {
    type Static = Option<T::Static>;
    fn into_static(self) -> Self::Static {
        self.map(T::into_static)
    }
}

impl<T: IntoStatic> IntoStatic for Vec<T> {
    type Static = Vec<T::Static>;
    fn into_static(self) -> Self::Static {
        self.into_iter().map(T::into_static).collect()
    }
}

/// A document's fields, in order, and the name serde is given for it.
pub const DOCUMENT_FIELDS: [&str; 4] = ["text", "sentences", "entities", "facts"];
/// See [`DOCUMENT_FIELDS`].
pub const DOCUMENT: &str = "Document";

/// The name serde is given for a word from a small closed set (a kind, a
/// qualifier, a unit, a label): serde_json writes it as the plain string,
/// and a binding may share one object per distinct word.
pub const WORD: &str = "textfacts::Word";

struct Word<'w>(&'w str);

impl Serialize for Word<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(WORD, self.0)
    }
}

fn word<S: serde::Serializer>(w: &str, serializer: S) -> Result<S::Ok, S::Error> {
    Word(w).serialize(serializer)
}

fn opt_word<S: serde::Serializer>(
    w: &Option<Cow<'_, str>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    w.as_deref().map(Word).serialize(serializer)
}

/// Indices into a list: a run of them (a fact's entities, as a document
/// links them) or any list (as a user gives them); serialised as a list of
/// numbers either way, and equal when they list the same numbers.
#[derive(Clone, Debug)]
pub enum Indices {
    /// `start..end`, without a list to allocate.
    Run(std::ops::Range<usize>),
    /// Any indices.
    List(Vec<usize>),
}

impl Indices {
    /// The indices, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let (run, list) = match self {
            Indices::Run(r) => (r.clone(), &[][..]),
            Indices::List(l) => (0..0, &l[..]),
        };
        run.chain(list.iter().copied())
    }

    /// The indices as a list.
    pub fn to_vec(&self) -> Vec<usize> {
        self.iter().collect()
    }
}

impl PartialEq for Indices {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl From<Vec<usize>> for Indices {
    fn from(list: Vec<usize>) -> Self {
        Indices::List(list)
    }
}

impl Serialize for Indices {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Indices {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(Indices::List)
    }
}

plain_static!(Indices);

/// Defines a record struct and, from its field list, the names every
/// output uses ([`FIELDS`](FactRecord::FIELDS)) and its owned form.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident<$lt:lifetime> {
            $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub struct $name<$lt> {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        impl $name<'_> {
            /// The field names, in the order every output gives them.
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
            /// The record's name, as serde is told it.
            pub const NAME: &'static str = stringify!($name);
        }

        impl<$lt> IntoStatic for $name<$lt> {
            type Static = $name<'static>;
            fn into_static(self) -> $name<'static> {
                $name { $($field: IntoStatic::into_static(self.$field),)* }
            }
        }
    };
}

record! {
    /// A sentence as data.
    pub struct SentenceRecord<'a> {
        /// Offset of its first character.
        pub start: usize,
        /// Offset one past its last character.
        pub end: usize,
        /// The sentence as written.
        pub text: Cow<'a, str>,
    }
}

record! {
    /// One entry a gazetteer mention may refer to, as data.
    pub struct CandidateRecord<'a> {
        /// The entry's label (`GPE`, `ORG`, ...).
        #[serde(serialize_with = "word")]
        pub label: Cow<'a, str>,
        /// The entry's id, if it has one.
        pub id: Option<Cow<'a, str>>,
        /// The entry's canonical name.
        pub canonical: Cow<'a, str>,
    }
}

record! {
    /// A gazetteer mention as data; `label`, `id` and `canonical` are its
    /// first candidate's.
    pub struct EntityRecord<'a> {
        /// Offset of its first character.
        pub start: usize,
        /// Offset one past its last character.
        pub end: usize,
        /// The mention as written.
        pub text: Cow<'a, str>,
        /// The first candidate's label.
        #[serde(serialize_with = "word")]
        pub label: Cow<'a, str>,
        /// The first candidate's id.
        pub id: Option<Cow<'a, str>>,
        /// The index of its sentence, for a mention of a document.
        pub sentence: Option<usize>,
        /// The first candidate's canonical name.
        pub canonical: Cow<'a, str>,
        /// Every entry the mention may refer to, first one first.
        pub candidates: Vec<CandidateRecord<'a>>,
    }
}

record! {
    /// A numeric fact as data. The order of the fields here is the order of
    /// the keys in every output.
    pub struct FactRecord<'a> {
        /// Offset of the fact's first character, qualifier included.
        pub start: usize,
        /// Offset one past its last character, scale and unit included.
        pub end: usize,
        /// The fact as written.
        pub text: Cow<'a, str>,
        /// [`NumericKind::as_str`](crate::NumericKind::as_str).
        #[serde(serialize_with = "word")]
        pub kind: Cow<'a, str>,
        /// The resolved value.
        pub value: Option<f64>,
        /// The lower end of a range.
        pub low: Option<f64>,
        /// The upper end of a range.
        pub high: Option<f64>,
        /// The unit.
        #[serde(serialize_with = "opt_word")]
        pub unit: Option<Cow<'a, str>>,
        /// The counted noun as written.
        pub noun: Option<Cow<'a, str>>,
        /// [`Qualifier::as_str`](crate::Qualifier::as_str).
        #[serde(serialize_with = "word")]
        pub qualifier: Cow<'a, str>,
        /// The index of its sentence, for a fact of a document.
        pub sentence: Option<usize>,
        /// The indices of its sentence's entities, for a fact of a document.
        pub entities: Option<Indices>,
        /// Offset of the counted noun's first character.
        pub noun_start: Option<usize>,
        /// Offset one past the counted noun's last character.
        pub noun_end: Option<usize>,
        /// The scale word as written.
        pub scale: Option<Cow<'a, str>>,
    }
}

impl<'a> SentenceRecord<'a> {
    /// Sentence `s` of `text`, offsets counted by `o`.
    pub(crate) fn of(s: &Sentence, text: &'a str, o: &impl Offsets) -> Self {
        SentenceRecord { start: o.at(s.start), end: o.at(s.end), text: Cow::Borrowed(s.text(text)) }
    }
}

impl<'a> CandidateRecord<'a> {
    /// A gazetteer entry.
    pub(crate) fn of(c: Candidate<'a>) -> Self {
        CandidateRecord {
            label: Cow::Borrowed(c.label()),
            id: c.id().map(Cow::Borrowed),
            canonical: Cow::Borrowed(c.canonical()),
        }
    }
}

impl<'a> EntityRecord<'a> {
    /// Mention `e` of `text`, offsets counted by `o`.
    pub(crate) fn of(e: &'a EntityMention, text: &'a str, o: &impl Offsets) -> Self {
        EntityRecord {
            start: o.at(e.start),
            end: o.at(e.end),
            text: Cow::Borrowed(e.text(text)),
            label: Cow::Borrowed(e.label()),
            id: e.id().map(Cow::Borrowed),
            sentence: Some(e.sentence),
            canonical: Cow::Borrowed(e.canonical()),
            candidates: e.candidates().map(CandidateRecord::of).collect(),
        }
    }
}

impl<'a> FactRecord<'a> {
    /// Fact `f` of `text` on its own (no sentence, no entities), offsets
    /// counted by `o`.
    pub(crate) fn of_fact(f: &'a NumericFact, text: &'a str, o: &impl Offsets) -> Self {
        FactRecord {
            start: o.at(f.start),
            end: o.at(f.end),
            text: Cow::Borrowed(f.text(text)),
            kind: Cow::Borrowed(f.kind.as_str()),
            value: f.value,
            low: f.low,
            high: f.high,
            unit: f.unit.as_deref().map(Cow::Borrowed),
            noun: f.noun_text(text).map(Cow::Borrowed),
            qualifier: Cow::Borrowed(f.qualifier.as_str()),
            sentence: None,
            entities: None,
            noun_start: f.noun.map(|n| o.at(n.start)),
            noun_end: f.noun.map(|n| o.at(n.end)),
            scale: f.scale.as_deref().map(Cow::Borrowed),
        }
    }

    /// Fact `m` of a document with text `text`, linked to its sentence and
    /// that sentence's entities.
    pub(crate) fn of_mention(m: &'a FactMention, text: &'a str, o: &impl Offsets) -> Self {
        FactRecord {
            sentence: Some(m.sentence),
            entities: Some(Indices::Run(m.entities.clone())),
            ..FactRecord::of_fact(&m.fact, text, o)
        }
    }
}
