//! `Gazetteer` and `Entity` for Python.

use pyo3::exceptions::{PyFileNotFoundError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple, PyType};

use super::sentence::preview;
use super::text::{text_arg, DETACH_THRESHOLD};
use crate::gazetteer::{CaseMode, Entry, Format, Gazetteer};
use crate::CharOffsets;

/// A missing file is `FileNotFoundError`; the rest as the crate maps them.
fn to_py_err(err: crate::Error) -> PyErr {
    if let crate::Error::Io { source, .. } = &err {
        if source.kind() == std::io::ErrorKind::NotFound {
            return PyFileNotFoundError::new_err(err.to_string());
        }
    }
    super::to_py_err(err)
}

/// One candidate entry: `(label, id, canonical)`.
type PyCandidate = (String, Option<String>, String);

/// One mention of a gazetteer name: `text[start:end] == entity.text`.
#[pyclass(name = "Entity", module = "textfacts._textfacts", frozen, eq, hash, from_py_object)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyEntity {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    label: String,
    #[pyo3(get)]
    id: Option<String>,
    #[pyo3(get)]
    canonical: String,
    #[pyo3(get)]
    candidates: Vec<PyCandidate>,
    /// The index of the sentence the mention is in, for an entity of a
    /// `Document`; `None` from `Gazetteer.find`.
    #[pyo3(get)]
    sentence: Option<usize>,
}

impl PyEntity {
    /// Converts an entity of a document.
    pub(super) fn from_mention(
        m: &crate::EntityMention,
        text: &str,
        offsets: &CharOffsets<'_>,
    ) -> PyEntity {
        PyEntity {
            start: offsets.char_offset(m.start),
            end: offsets.char_offset(m.end),
            text: m.text(text).to_string(),
            label: m.label.clone(),
            id: m.id.clone(),
            canonical: m.canonical.clone(),
            candidates: m
                .candidates
                .iter()
                .map(|c| (c.label.clone(), c.id.clone(), c.canonical.clone()))
                .collect(),
            sentence: Some(m.sentence),
        }
    }

    /// The mention's span and label, for highlighting.
    pub(super) fn spans(&self) -> (usize, usize, &str) {
        (self.start, self.end, &self.label)
    }

    pub(super) fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "start": self.start, "end": self.end, "text": self.text, "label": self.label,
            "id": self.id, "sentence": self.sentence, "canonical": self.canonical,
            "candidates": self.candidates.iter().map(|(label, id, canonical)| serde_json::json!({
                "label": label, "id": id, "canonical": canonical,
            })).collect::<Vec<_>>(),
        })
    }
}

impl PyGazetteer {
    /// The core gazetteer, for the extractor.
    pub(super) fn core(&self) -> &Gazetteer {
        &self.inner
    }
}

#[pymethods]
impl PyEntity {
    #[new]
    #[pyo3(signature = (start, end, text, label, id = None, canonical = None, candidates = None, sentence = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        start: usize,
        end: usize,
        text: String,
        label: String,
        id: Option<String>,
        canonical: Option<String>,
        candidates: Option<Vec<PyCandidate>>,
        sentence: Option<usize>,
    ) -> Self {
        let canonical = canonical.unwrap_or_else(|| text.clone());
        let candidates =
            candidates.unwrap_or_else(|| vec![(label.clone(), id.clone(), canonical.clone())]);
        PyEntity { start, end, text, label, id, canonical, candidates, sentence }
    }

    fn __repr__(&self) -> String {
        let id = self.id.as_deref().map_or("None".to_string(), |id| format!("{id:?}"));
        format!(
            "Entity({}, {}, {:?}, label={:?}, id={id})",
            self.start,
            self.end,
            preview(&self.text),
            self.label
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let e = slf.get();
        let args = (
            e.start,
            e.end,
            e.text.clone(),
            e.label.clone(),
            e.id.clone(),
            e.canonical.clone(),
            e.candidates.clone(),
            e.sentence,
        );
        (slf.get_type(), args).into_pyobject(py)
    }
}

/// A compiled list of names to find in text.
#[pyclass(name = "Gazetteer", module = "textfacts._textfacts", frozen)]
pub struct PyGazetteer {
    inner: Gazetteer,
}

/// Reads one item of the `entries` argument.
fn entry_arg(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Entry> {
    let bad = |message: String| PyValueError::new_err(format!("entries[{index}]: {message}"));
    let entry = if let Ok(dict) = item.cast::<PyDict>() {
        let text = |key: &str| -> PyResult<Option<String>> {
            match dict.get_item(key)? {
                None => Ok(None),
                Some(v) if v.is_none() => Ok(None),
                Some(v) => {
                    if let Ok(s) = v.extract::<String>() {
                        Ok(Some(s))
                    } else if let Ok(n) = v.extract::<i64>() {
                        Ok(Some(n.to_string()))
                    } else {
                        Err(bad(format!("{key:?} must be a str")))
                    }
                }
            }
        };
        let pattern = text("pattern")?.ok_or_else(|| bad("missing \"pattern\"".to_string()))?;
        let label = text("label")?.ok_or_else(|| bad("missing \"label\"".to_string()))?;
        let mut entry = Entry::new(pattern, label);
        entry.id = text("id")?;
        entry.canonical = text("canonical")?;
        if let Some(aliases) = dict.get_item("aliases")? {
            if !aliases.is_none() {
                if aliases.is_instance_of::<pyo3::types::PyString>() {
                    return Err(bad("\"aliases\" must be a list of str, not a str".to_string()));
                }
                entry.aliases = aliases
                    .extract::<Vec<String>>()
                    .map_err(|_| bad("\"aliases\" must be a list of str".to_string()))?;
            }
        }
        if let Some(case) = text("case")? {
            entry.case = Some(case.parse().map_err(|e: crate::Error| bad(e.to_string()))?);
        }
        entry
    } else if let Ok(tuple) = item.extract::<(String, String)>() {
        Entry::new(tuple.0, tuple.1)
    } else if let Ok(tuple) = item.extract::<(String, String, Option<String>)>() {
        let mut entry = Entry::new(tuple.0, tuple.1);
        entry.id = tuple.2;
        entry
    } else {
        return Err(PyTypeError::new_err(format!(
            "entries[{index}] must be a (pattern, label), (pattern, label, id) tuple of str or a \
             dict with \"pattern\" and \"label\""
        )));
    };
    crate::gazetteer::validate_entry(&entry).map_err(bad)?;
    Ok(entry)
}

fn case_arg(case: &str) -> PyResult<CaseMode> {
    case.parse().map_err(to_py_err)
}

#[pymethods]
impl PyGazetteer {
    #[new]
    #[pyo3(signature = (entries, case = "smart", overlapping = false, normalize_diacritics = false,
        normalize_punctuation = false, normalize_whitespace = false))]
    fn new(
        entries: &Bound<'_, PyAny>,
        case: &str,
        overlapping: bool,
        normalize_diacritics: bool,
        normalize_punctuation: bool,
        normalize_whitespace: bool,
    ) -> PyResult<Self> {
        let mut builder = Gazetteer::builder();
        builder
            .case(case_arg(case)?)
            .overlapping(overlapping)
            .normalize_diacritics(normalize_diacritics)
            .normalize_punctuation(normalize_punctuation)
            .normalize_whitespace(normalize_whitespace);
        if entries.is_instance_of::<pyo3::types::PyString>() {
            return Err(PyTypeError::new_err(
                "entries must be an iterable of tuples or dicts; to read a file use Gazetteer.from_file",
            ));
        }
        for (index, item) in entries.try_iter()?.enumerate() {
            builder.add(entry_arg(&item?, index)?);
        }
        Ok(PyGazetteer { inner: builder.build().map_err(to_py_err)? })
    }

    /// Builds a gazetteer from a TSV, CSV or JSON Lines file.
    #[classmethod]
    #[pyo3(signature = (path, format = None, case = "smart", overlapping = false,
        normalize_diacritics = false, normalize_punctuation = false, normalize_whitespace = false))]
    #[allow(clippy::too_many_arguments)]
    fn from_file(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        path: std::path::PathBuf,
        format: Option<&str>,
        case: &str,
        overlapping: bool,
        normalize_diacritics: bool,
        normalize_punctuation: bool,
        normalize_whitespace: bool,
    ) -> PyResult<Self> {
        let format: Option<Format> = format.map(str::parse).transpose().map_err(to_py_err)?;
        let case = case_arg(case)?;
        let inner = py
            .detach(|| {
                let mut builder = Gazetteer::builder();
                builder
                    .case(case)
                    .overlapping(overlapping)
                    .normalize_diacritics(normalize_diacritics)
                    .normalize_punctuation(normalize_punctuation)
                    .normalize_whitespace(normalize_whitespace);
                match format {
                    Some(f) => builder.add_file_as(&path, f)?,
                    None => builder.add_file(&path)?,
                };
                builder.build()
            })
            .map_err(to_py_err)?;
        Ok(PyGazetteer { inner })
    }

    /// The gazetteer built into textfacts.
    #[classmethod]
    fn builtin(_cls: &Bound<'_, PyType>, py: Python<'_>) -> Self {
        PyGazetteer { inner: py.detach(Gazetteer::builtin) }
    }

    /// Reads a file written by `save`.
    #[classmethod]
    fn load(_cls: &Bound<'_, PyType>, py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let inner = py.detach(|| Gazetteer::load(&path)).map_err(to_py_err)?;
        Ok(PyGazetteer { inner })
    }

    /// Reads the compiled form made by `to_bytes`.
    #[classmethod]
    fn from_bytes(_cls: &Bound<'_, PyType>, py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let inner = py.detach(|| Gazetteer::from_bytes(data)).map_err(to_py_err)?;
        Ok(PyGazetteer { inner })
    }

    /// Writes the compiled form to a file.
    fn save(&self, path: std::path::PathBuf) -> PyResult<()> {
        self.inner.save(&path).map_err(to_py_err)
    }

    /// The compiled form as bytes.
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.to_bytes())
    }

    /// Every mention of the gazetteer's names in `text`, in order.
    fn find<'py>(&self, py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let text = text_arg(text, "text")?;
        let found = if text.len() >= DETACH_THRESHOLD {
            py.detach(|| self.inner.find(&text))
        } else {
            self.inner.find(&text)
        };
        let offsets = CharOffsets::new(&text);
        let items = found.iter().map(|e| PyEntity {
            start: offsets.char_offset(e.start),
            end: offsets.char_offset(e.end),
            text: e.text(&text).to_string(),
            label: e.label().to_string(),
            id: e.id().map(str::to_string),
            canonical: e.canonical().to_string(),
            candidates: e
                .candidates()
                .map(|c| {
                    (c.label().to_string(), c.id().map(str::to_string), c.canonical().to_string())
                })
                .collect(),
            sentence: None,
        });
        PyList::new(py, items.collect::<Vec<_>>())
    }

    /// The default case mode.
    #[getter]
    fn case(&self) -> &'static str {
        self.inner.case().name()
    }

    /// Whether overlapping matches are reported.
    #[getter]
    fn overlapping(&self) -> bool {
        self.inner.overlapping()
    }

    /// The number of distinct searchable names.
    #[getter]
    fn pattern_count(&self) -> usize {
        self.inner.pattern_count()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Gazetteer({} entries, {} patterns, case={:?})",
            self.inner.len(),
            self.inner.pattern_count(),
            self.inner.case().name()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let from_bytes = slf.get_type().getattr("from_bytes")?;
        let bytes = PyBytes::new(py, &slf.get().inner.to_bytes());
        (from_bytes, (bytes,)).into_pyobject(py)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyEntity>()?;
    m.add_class::<PyGazetteer>()?;
    Ok(())
}
