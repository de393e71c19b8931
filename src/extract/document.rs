//! What the pipeline returns for one text.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::sentence::Sentence;

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
}

/// A span serialised with its text.
struct WithText<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Serialize for WithText<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("text", self.text)?;
        map.end()
    }
}

struct Sentences<'a>(&'a Document);

impl Serialize for Sentences<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut seq = serializer.serialize_seq(Some(doc.sentences.len()))?;
        for s in &doc.sentences {
            seq.serialize_element(&WithText {
                start: s.start,
                end: s.end,
                text: s.text(&doc.text),
            })?;
        }
        seq.end()
    }
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("sentences", &Sentences(self))?;
        map.end()
    }
}
