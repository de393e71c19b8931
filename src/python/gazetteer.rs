//! `Gazetteer` and `Entity` for Python.

use std::sync::OnceLock;

use pyo3::exceptions::{PyFileNotFoundError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};

use super::sentence::preview;
use super::text::{text_arg, DETACH_THRESHOLD};
use crate::gazetteer::{Candidate, CaseMode, Entry, Format, Gazetteer};
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

/// One candidate entry as Python sees it: the tuple `(label, id, canonical)`.
type PyCandidate = (String, Option<String>, String);

/// Which entries a mention may refer to.
enum Candidates {
    /// Only the primary one (the common case: nothing more to store).
    Primary,
    /// Several, the primary first.
    Many(Vec<Py<PyTuple>>),
}

/// One mention of a gazetteer name: `text[start:end] == entity.text`.
///
/// The strings of an entry are made once per gazetteer and shared by every
/// mention of it, so a mention costs one object and its text.
#[pyclass(name = "Entity", module = "textfacts._textfacts", frozen)]
pub struct PyEntity {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: Py<PyString>,
    /// `(label, id, canonical)` of the first candidate.
    primary: Py<PyTuple>,
    candidates: Candidates,
}

impl PyEntity {
    fn field<'py>(&self, py: Python<'py>, index: usize) -> Bound<'py, PyAny> {
        self.primary.bind(py).get_item(index).unwrap_or_else(|_| py.None().into_bound(py))
    }

    fn candidate_list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        match &self.candidates {
            Candidates::Primary => PyList::new(py, [self.primary.bind(py)]),
            Candidates::Many(all) => PyList::new(py, all.iter().map(|c| c.bind(py))),
        }
    }

    /// What equality and hashing look at.
    fn key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (self.start, self.end, self.text.bind(py), self.primary.bind(py), self.candidate_list(py)?)
            .into_pyobject(py)
    }
}

#[pymethods]
impl PyEntity {
    #[new]
    #[pyo3(signature = (start, end, text, label, id = None, canonical = None, candidates = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        start: usize,
        end: usize,
        text: Bound<'_, PyString>,
        label: Bound<'_, PyString>,
        id: Option<Bound<'_, PyString>>,
        canonical: Option<Bound<'_, PyString>>,
        candidates: Option<Vec<PyCandidate>>,
    ) -> PyResult<Self> {
        let canonical = canonical.unwrap_or_else(|| text.clone());
        let primary = (label, id, canonical).into_pyobject(py)?.unbind();
        let candidates = match candidates {
            None => Candidates::Primary,
            Some(list) => Candidates::Many(
                list.into_iter()
                    .map(|c| c.into_pyobject(py).map(Bound::unbind))
                    .collect::<PyResult<_>>()?,
            ),
        };
        Ok(PyEntity { start, end, text: text.unbind(), primary, candidates })
    }

    /// The first candidate's label.
    #[getter]
    fn label<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        self.field(py, 0)
    }

    /// The first candidate's id, or `None`.
    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        self.field(py, 1)
    }

    /// The first candidate's canonical name.
    #[getter]
    fn canonical<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        self.field(py, 2)
    }

    /// Every candidate as `(label, id, canonical)`, the first one first.
    #[getter]
    fn candidates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.candidate_list(py)
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PyEntity>() else { return Ok(false) };
        self.key(py)?.eq(other.get().key(py)?)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.start, self.end, self.text.bind(py), self.primary.bind(py)).into_pyobject(py)?.hash()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py).to_cow()?;
        Ok(format!(
            "Entity({}, {}, {:?}, label={}, id={})",
            self.start,
            self.end,
            preview(&text),
            self.field(py, 0).repr()?,
            self.field(py, 1).repr()?
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let e = slf.get();
        let args = (
            e.start,
            e.end,
            e.text.bind(py),
            e.field(py, 0),
            e.field(py, 1),
            e.field(py, 2),
            e.candidate_list(py)?,
        );
        (slf.get_type(), args).into_pyobject(py)
    }
}

/// A compiled list of names to find in text.
#[pyclass(name = "Gazetteer", module = "textfacts._textfacts", frozen)]
pub struct PyGazetteer {
    inner: Gazetteer,
    /// Each entry's `(label, id, canonical)` tuple, made on its first match.
    tuples: Vec<OnceLock<Py<PyTuple>>>,
}

impl PyGazetteer {
    fn wrap(inner: Gazetteer) -> Self {
        let tuples = (0..inner.len()).map(|_| OnceLock::new()).collect();
        PyGazetteer { inner, tuples }
    }

    /// The shared tuple of entry `c`.
    fn tuple<'py>(&self, py: Python<'py>, c: Candidate<'_>) -> PyResult<Py<PyTuple>> {
        let cell = &self.tuples[c.index()];
        if let Some(t) = cell.get() {
            return Ok(t.clone_ref(py));
        }
        // Labels are few and repeated: interned, each exists once.
        let made = (PyString::intern(py, c.label()), c.id(), c.canonical()).into_pyobject(py)?;
        Ok(cell.get_or_init(|| made.unbind()).clone_ref(py))
    }
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
        Ok(PyGazetteer::wrap(builder.build().map_err(to_py_err)?))
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
        Ok(PyGazetteer::wrap(inner))
    }

    /// The gazetteer built into textfacts.
    #[classmethod]
    fn builtin(_cls: &Bound<'_, PyType>, py: Python<'_>) -> Self {
        PyGazetteer::wrap(py.detach(Gazetteer::builtin))
    }

    /// Reads a file written by `save`.
    #[classmethod]
    fn load(_cls: &Bound<'_, PyType>, py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let inner = py.detach(|| Gazetteer::load(&path)).map_err(to_py_err)?;
        Ok(PyGazetteer::wrap(inner))
    }

    /// Reads the compiled form made by `to_bytes`.
    #[classmethod]
    fn from_bytes(_cls: &Bound<'_, PyType>, py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let inner = py.detach(|| Gazetteer::from_bytes(data)).map_err(to_py_err)?;
        Ok(PyGazetteer::wrap(inner))
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
        let mut items = Vec::with_capacity(found.len());
        for e in &found {
            let primary = self.tuple(py, e.entry())?;
            let candidates = if e.candidate_count() == 1 {
                Candidates::Primary
            } else {
                Candidates::Many(
                    e.candidates().map(|c| self.tuple(py, c)).collect::<PyResult<_>>()?,
                )
            };
            let entity = PyEntity {
                start: offsets.char_offset(e.start),
                end: offsets.char_offset(e.end),
                text: PyString::new(py, e.text(&text)).unbind(),
                primary,
                candidates,
            };
            items.push(Bound::new(py, entity)?);
        }
        PyList::new(py, items)
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
