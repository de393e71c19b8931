//! The core's records (`crate::extract::record`) as Python `dict`s and
//! `list`s, through their serde form: `to_dict` is the same walk `to_json`
//! makes, so the two cannot disagree on a key or its place.
//!
//! A serde serializer that builds Python objects directly. Field names are
//! made into `str`s once per process and shared by every record; a string
//! equal to the whole text, at the same address, is the caller's own `str`
//! object.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Serialize};

use crate::extract::record::{
    CandidateRecord, EntityRecord, FactRecord, SentenceRecord, DOCUMENT, DOCUMENT_FIELDS, WORD,
};

/// The record fields, by what `Document.to_dict()` calls the list of them.
pub(super) fn fields() -> [(&'static str, &'static [&'static str]); 3] {
    [
        ("sentences", SentenceRecord::FIELDS),
        ("entities", EntityRecord::FIELDS),
        ("facts", FactRecord::FIELDS),
    ]
}

/// The fields of one candidate of an entity.
pub(super) fn candidate_fields() -> &'static [&'static str] {
    CandidateRecord::FIELDS
}

/// `value` as Python objects.
pub(super) fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    to_py_with_text(py, value, None)
}

/// `value` as Python objects, with `text` (a `str` and its contents) given
/// for every string that is exactly it.
pub(super) fn to_py_with_text<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
    text: Option<(&Bound<'py, PyString>, &str)>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut keys = Keys { py, tables: tables(py), text, words: Vec::new() };
    value.serialize(ToPy { keys: &mut keys, word: false }).map_err(|e| *e.0)
}

/// A record's name, its field names and those names as `str` objects.
type Table = (&'static str, &'static [&'static str], Vec<Py<PyString>>);

/// Every record's field names as interned `str`s, made once per process,
/// so that no `to_dict` makes a key.
fn tables(py: Python<'_>) -> &'static [Table] {
    static TABLES: PyOnceLock<Vec<Table>> = PyOnceLock::new();
    TABLES.get_or_init(py, || {
        [
            (DOCUMENT, &DOCUMENT_FIELDS[..]),
            (SentenceRecord::NAME, SentenceRecord::FIELDS),
            (EntityRecord::NAME, EntityRecord::FIELDS),
            (CandidateRecord::NAME, CandidateRecord::FIELDS),
            (FactRecord::NAME, FactRecord::FIELDS),
        ]
        .into_iter()
        .map(|(name, fields)| {
            (name, fields, fields.iter().map(|f| PyString::intern(py, f).unbind()).collect())
        })
        .collect()
    })
}

/// What a serialisation call shares: the key tables, the text, and the
/// words (kinds, units...) made so far, each one `str` shared by every
/// record that has it.
struct Keys<'py, 't> {
    py: Python<'py>,
    tables: &'static [Table],
    text: Option<(&'t Bound<'py, PyString>, &'t str)>,
    words: Vec<(Box<str>, Bound<'py, PyString>)>,
}

/// Words kept per call: the closed sets are small, and past this many a
/// word is made anew rather than searched for.
const MAX_WORDS: usize = 32;

impl<'py> Keys<'py, '_> {
    fn table(&self, name: &'static str) -> Option<&'static Table> {
        self.tables.iter().find(|t| std::ptr::eq(t.0, name) || t.0 == name)
    }

    fn word(&mut self, v: &str) -> Bound<'py, PyString> {
        if let Some((_, obj)) = self.words.iter().find(|(w, _)| **w == *v) {
            return obj.clone();
        }
        let obj = PyString::new(self.py, v);
        if self.words.len() < MAX_WORDS {
            self.words.push((v.into(), obj.clone()));
        }
        obj
    }

    fn str(&self, v: &str) -> Bound<'py, PyString> {
        match self.text {
            Some((obj, text))
                if std::ptr::eq(v.as_ptr(), text.as_ptr()) && v.len() == text.len() =>
            {
                obj.clone()
            }
            _ => PyString::new(self.py, v),
        }
    }
}

/// A Python exception carried through serde.
struct Error(Box<PyErr>);

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(Box::new(pyo3::exceptions::PyValueError::new_err(msg.to_string())))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(Box::new(e))
    }
}

struct ToPy<'k, 'py, 't> {
    keys: &'k mut Keys<'py, 't>,
    /// Whether a string is a word of a closed set, shared within the call.
    word: bool,
}

type Out<'py> = Result<Bound<'py, PyAny>, Error>;

impl<'py> ToPy<'_, 'py, '_> {
    fn py(&self) -> Python<'py> {
        self.keys.py
    }

    fn obj<T: IntoPyObjectExt<'py>>(&self, v: T) -> Out<'py> {
        Ok(v.into_bound_py_any(self.py())?)
    }

    fn unsupported(what: &str) -> Error {
        let message = format!("cannot convert a {what} to Python");
        Error(Box::new(pyo3::exceptions::PyTypeError::new_err(message)))
    }
}

/// A list being built.
struct Seq<'k, 'py, 't> {
    keys: &'k mut Keys<'py, 't>,
    list: Bound<'py, PyList>,
}

/// A dict being built; `key` is the key of a map entry whose value is
/// next; `table` the record's keys, of which `field` is the next.
struct Map<'k, 'py, 't> {
    keys: &'k mut Keys<'py, 't>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    table: Option<&'static Table>,
    field: usize,
}

impl<'k, 'py, 't> ser::Serializer for ToPy<'k, 'py, 't> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'k, 'py, 't>;
    type SerializeTuple = Seq<'k, 'py, 't>;
    type SerializeTupleStruct = Seq<'k, 'py, 't>;
    type SerializeTupleVariant = ser::Impossible<Self::Ok, Error>;
    type SerializeMap = Map<'k, 'py, 't>;
    type SerializeStruct = Map<'k, 'py, 't>;
    type SerializeStructVariant = ser::Impossible<Self::Ok, Error>;

    fn serialize_bool(self, v: bool) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_i8(self, v: i8) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_i16(self, v: i16) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_i32(self, v: i32) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_i64(self, v: i64) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_u8(self, v: u8) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_u16(self, v: u16) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_u32(self, v: u32) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_u64(self, v: u64) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_f32(self, v: f32) -> Out<'py> {
        self.serialize_f64(f64::from(v))
    }
    /// A float that JSON cannot hold (infinite, NaN) is `None`, as it is
    /// `null` in `to_json`.
    fn serialize_f64(self, v: f64) -> Out<'py> {
        if v.is_finite() {
            self.obj(v)
        } else {
            self.serialize_none()
        }
    }
    fn serialize_char(self, v: char) -> Out<'py> {
        self.obj(v)
    }
    fn serialize_str(self, v: &str) -> Out<'py> {
        if self.word {
            return Ok(self.keys.word(v).into_any());
        }
        Ok(self.keys.str(v).into_any())
    }
    fn serialize_bytes(self, _: &[u8]) -> Out<'py> {
        Err(Self::unsupported("bytes"))
    }
    fn serialize_none(self) -> Out<'py> {
        Ok(self.py().None().into_bound(self.py()))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Out<'py> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Out<'py> {
        v.serialize(ToPy { keys: self.keys, word: name == WORD })
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Out<'py> {
        Err(Self::unsupported("enum variant with data"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'k, 'py, 't>, Error> {
        let list = PyList::empty(self.py());
        Ok(Seq { keys: self.keys, list })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'k, 'py, 't>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Seq<'k, 'py, 't>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Self::unsupported("enum variant with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'k, 'py, 't>, Error> {
        let dict = PyDict::new(self.py());
        Ok(Map { keys: self.keys, dict, key: None, table: None, field: 0 })
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Map<'k, 'py, 't>, Error> {
        let dict = PyDict::new(self.py());
        let table = self.keys.table(name);
        Ok(Map { keys: self.keys, dict, key: None, table, field: 0 })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Self::unsupported("enum variant with data"))
    }
}

impl<'py> ser::SerializeSeq for Seq<'_, 'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.list.append(value.serialize(ToPy { keys: self.keys, word: false })?)?;
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.list.into_any())
    }
}

impl<'py> ser::SerializeTuple for Seq<'_, 'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Out<'py> {
        ser::SerializeSeq::end(self)
    }
}

impl<'py> ser::SerializeTupleStruct for Seq<'_, 'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Out<'py> {
        ser::SerializeSeq::end(self)
    }
}

impl<'py> ser::SerializeMap for Map<'_, 'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(ToPy { keys: self.keys, word: false })?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without a key"))?;
        let value = value.serialize(ToPy { keys: self.keys, word: false })?;
        self.dict.set_item(key, value)?;
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Map<'_, 'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let value = value.serialize(ToPy { keys: self.keys, word: false })?;
        // Fields come in the order the record lists them (the same strings,
        // so the same address, unless the linker kept two copies).
        let i = self.field;
        self.field += 1;
        match self.table {
            Some((_, names, keys))
                if names.get(i).is_some_and(|n| std::ptr::eq(*n, name) || *n == name) =>
            {
                self.dict.set_item(keys[i].bind(self.keys.py), value)?;
            }
            _ => self.dict.set_item(name, value)?,
        }
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.dict.into_any())
    }
}

/// A `Sentence` as its record's dict, its `text` the sentence's own `str`.
pub(super) fn sentence_dict<'py>(
    py: Python<'py>,
    s: &super::sentence::PySentence,
) -> PyResult<Bound<'py, PyAny>> {
    let text = s.text.bind(py);
    let contents = text.to_cow()?;
    let record = SentenceRecord { start: s.start, end: s.end, text: contents.as_ref().into() };
    to_py_with_text(py, &record, Some((text, &contents)))
}
