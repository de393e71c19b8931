//! `Extractor` and `Document` for Python.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use pythonize::pythonize;

use super::gazetteer::{PyEntity, PyGazetteer};
use super::numeric::{PyNumberExtractor, PyNumericFact};
use super::sentence::{preview, sentences_to_py, GcPause, PySentence, PySentenceSplitter};
use super::text::{text_arg, DETACH_THRESHOLD};
use crate::{CharOffsets, Extractor, SentenceSplitter};

/// A text with its sentences, entities and numeric facts.
///
/// Its parts are made into Python objects once, when the document is made,
/// so reading them again costs nothing.
#[pyclass(name = "Document", module = "textfacts._textfacts", frozen)]
pub struct PyDocument {
    text: Py<PyString>,
    sentences: Vec<Py<PySentence>>,
    entities: Vec<Py<PyEntity>>,
    facts: Vec<Py<PyNumericFact>>,
}

impl PyDocument {
    fn from_core(py: Python<'_>, doc: &crate::Document) -> PyResult<PyDocument> {
        let offsets = CharOffsets::new(&doc.text);
        let sentences = sentences_to_py(py, &doc.text, &doc.sentences)?
            .iter()
            .map(|s| s.cast_into::<PySentence>().map(Bound::unbind).map_err(PyErr::from))
            .collect::<PyResult<Vec<_>>>()?;
        let entities = doc
            .entities
            .iter()
            .map(|e| Py::new(py, PyEntity::from_mention(e, &doc.text, &offsets)))
            .collect::<PyResult<Vec<_>>>()?;
        let facts = doc
            .facts
            .iter()
            .map(|f| {
                let link = (f.sentence, f.entities.clone().collect());
                Py::new(py, PyNumericFact::from_core(&f.fact, &doc.text, &offsets, Some(link)))
            })
            .collect::<PyResult<Vec<_>>>()?;
        let text = PyString::new(py, &doc.text).unbind();
        Ok(PyDocument { text, sentences, entities, facts })
    }

    fn json_value(&self, py: Python<'_>) -> PyResult<serde_json::Value> {
        use serde_json::json;
        let mut sentences = Vec::with_capacity(self.sentences.len());
        for s in &self.sentences {
            let s = s.get();
            sentences.push(json!({
                "start": s.start, "end": s.end, "text": s.text.bind(py).to_cow()?,
            }));
        }
        Ok(json!({
            "text": self.text.bind(py).to_cow()?,
            "sentences": sentences,
            "entities": self.entities.iter().map(|e| e.get().to_json()).collect::<Vec<_>>(),
            "facts": self.facts.iter().map(|f| f.get().to_json()).collect::<Vec<_>>(),
        }))
    }

    fn parts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let sentences = PyList::new(py, self.sentences.iter().map(|s| s.clone_ref(py)))?;
        let entities = PyList::new(py, self.entities.iter().map(|e| e.clone_ref(py)))?;
        let facts = PyList::new(py, self.facts.iter().map(|f| f.clone_ref(py)))?;
        (self.text.clone_ref(py), sentences, entities, facts).into_pyobject(py)
    }
}

#[pymethods]
impl PyDocument {
    #[new]
    #[pyo3(signature = (text, sentences, entities = Vec::new(), facts = Vec::new()))]
    fn new(
        text: Py<PyString>,
        sentences: Vec<Py<PySentence>>,
        entities: Vec<Py<PyEntity>>,
        facts: Vec<Py<PyNumericFact>>,
    ) -> Self {
        PyDocument { text, sentences, entities, facts }
    }

    /// The text, as given.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The sentences, in order.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.sentences.iter().map(|s| s.clone_ref(py)))
    }

    /// The gazetteer entities it mentions, in order.
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.entities.iter().map(|e| e.clone_ref(py)))
    }

    /// Its numeric facts, in order.
    #[getter]
    fn facts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.facts.iter().map(|f| f.clone_ref(py)))
    }

    /// The text as HTML with entities, facts and counted nouns highlighted
    /// (what a notebook shows); everything in it is escaped.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        use crate::extract::html::{render, Mark, MarkKind};
        let text = self.text.bind(py).to_cow()?;
        let offsets = CharOffsets::new(&text);
        let byte = |i: usize| offsets.byte_offset(i);
        let mut marks = Vec::with_capacity(self.entities.len() + 2 * self.facts.len());
        for e in &self.entities {
            let (start, end, label) = e.get().spans();
            marks.push(Mark::new(byte(start), byte(end), MarkKind::Entity, label));
        }
        for f in &self.facts {
            let (start, end, kind, noun) = f.get().spans();
            marks.push(Mark::new(byte(start), byte(end), MarkKind::Fact, kind));
            if let Some((ns, ne)) = noun {
                marks.push(Mark::new(byte(ns), byte(ne), MarkKind::Noun, "counted"));
            }
        }
        Ok(render(&text, marks))
    }

    /// The document as plain dicts and lists, offsets as `str` indices.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        // One conversion path for dict and JSON keeps the two identical.
        pythonize(py, &self.json_value(py)?).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The document as a JSON string (the shape of `to_dict`).
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        let value = self.json_value(py)?;
        let result = match indent {
            None => serde_json::to_string(&value),
            Some(n) => {
                let indent = " ".repeat(n);
                let mut out = Vec::new();
                let fmt = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
                let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
                serde::Serialize::serialize(&value, &mut ser)
                    .map(|_| String::from_utf8(out).unwrap_or_default())
            }
        };
        result.map_err(|e| PyValueError::new_err(e.to_string()))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        match other.cast::<PyDocument>() {
            Ok(other) => self.parts(py)?.eq(other.get().parts(py)?),
            Err(_) => Ok(false),
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Document({:?}, sentences={}, entities={}, facts={})",
            preview(&self.text.bind(py).to_cow()?),
            self.sentences.len(),
            self.entities.len(),
            self.facts.len()
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        (slf.get_type(), slf.get().parts(py)?).into_pyobject(py)
    }
}

/// Runs every stage of textfacts over texts.
#[pyclass(name = "Extractor", module = "textfacts._textfacts", frozen)]
pub struct PyExtractor {
    inner: Extractor,
    splitter: Py<PySentenceSplitter>,
    gazetteer: Option<Py<PyGazetteer>>,
    builtin: bool,
    numbers: Option<Py<PyNumberExtractor>>,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (gazetteer = None, *, builtin = true, splitter = None, numbers = None))]
    fn new(
        py: Python<'_>,
        gazetteer: Option<Py<PyGazetteer>>,
        builtin: bool,
        splitter: Option<Py<PySentenceSplitter>>,
        numbers: Option<Py<PyNumberExtractor>>,
    ) -> PyResult<Self> {
        let splitter = match splitter {
            Some(s) => s,
            None => Py::new(py, PySentenceSplitter::from_core(SentenceSplitter::new()))?,
        };
        let mut builder = Extractor::builder().splitter(splitter.get().core().clone());
        builder = match (&gazetteer, builtin) {
            (Some(g), _) => builder.gazetteer(g.get().core().clone()),
            (None, true) => builder,
            (None, false) => builder.no_gazetteer(),
        };
        if let Some(n) = &numbers {
            builder = builder.numbers(n.get().core().clone());
        }
        let inner = builder.build().map_err(super::to_py_err)?;
        Ok(PyExtractor { inner, splitter, gazetteer, builtin, numbers })
    }

    /// The sentence splitter in use.
    #[getter]
    fn splitter(&self, py: Python<'_>) -> Py<PySentenceSplitter> {
        self.splitter.clone_ref(py)
    }

    /// The gazetteer given, or `None` (the built-in one, or none at all: see `builtin`).
    #[getter]
    fn gazetteer(&self, py: Python<'_>) -> Option<Py<PyGazetteer>> {
        self.gazetteer.as_ref().map(|g| g.clone_ref(py))
    }

    /// Whether the built-in gazetteer is used when no gazetteer is given.
    #[getter]
    fn builtin(&self) -> bool {
        self.builtin
    }

    /// The number extractor given, or `None` for the default options.
    #[getter]
    fn numbers(&self, py: Python<'_>) -> Option<Py<PyNumberExtractor>> {
        self.numbers.as_ref().map(|n| n.clone_ref(py))
    }

    /// Extracts everything from one text.
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let text = text_arg(text, "text")?;
        let doc = if text.len() >= DETACH_THRESHOLD {
            py.detach(|| self.inner.extract(&text))
        } else {
            self.inner.extract(&text)
        };
        PyDocument::from_core(py, &doc)
    }

    /// Extracts from many texts on all cores, keeping their order.
    #[pyo3(signature = (texts, threads = None))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<PyDocument>> {
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        let mut owned = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            owned.push(text_arg(&item, &format!("texts[{i}]"))?.into_owned());
        }
        let docs = py.detach(|| self.inner.extract_many_with(&owned, threads, |_| {}));
        let _pause = GcPause::new(py, docs.len() * 16)?;
        docs.iter().map(|d| PyDocument::from_core(py, d)).collect()
    }

    fn __repr__(&self) -> String {
        let gazetteer = match (&self.gazetteer, self.builtin) {
            (Some(_), _) => "<given>",
            (None, true) => "builtin",
            (None, false) => "none",
        };
        format!("Extractor(gazetteer={gazetteer})")
    }

    /// Pickling rebuilds the extractor from its keyword arguments.
    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("gazetteer", self.gazetteer.as_ref().map(|g| g.clone_ref(py)))?;
        kwargs.set_item("builtin", self.builtin)?;
        kwargs.set_item("splitter", self.splitter.clone_ref(py))?;
        kwargs.set_item("numbers", self.numbers.as_ref().map(|n| n.clone_ref(py)))?;
        (PyTuple::empty(py), kwargs).into_pyobject(py)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDocument>()?;
    m.add_class::<PyExtractor>()?;
    Ok(())
}
