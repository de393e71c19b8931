//! `Gazetteer` and `Entity` for Python.

use std::sync::Arc;

use pyo3::exceptions::{PyFileNotFoundError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyInt, PyList, PyMapping, PyString, PyTuple, PyType,
};

use super::panic::guard;
use super::text::{repr_opt, repr_str, text_arg, DETACH_THRESHOLD};
use crate::extract::record::{CandidateRecord, EntityRecord};
use crate::gazetteer::{CaseMode, Entry, Format, Gazetteer, InNames};
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

/// Who a mention may refer to.
#[derive(Clone)]
enum Refers {
    /// Entries of a gazetteer, by index: their strings are read from it on
    /// demand, so neither `find` nor a document copies any (the gazetteer
    /// is shared, not copied).
    Entries { gaz: Gazetteer, first: u32, rest: Box<[u32]> },
    /// Given by hand.
    Owned { label: String, id: Option<String>, canonical: String, candidates: Vec<PyCandidate> },
}

/// The text of a mention: a slice of the text `find` was given, shared by
/// every mention found in it, so finding allocates no string per mention.
#[derive(Clone)]
struct MentionText {
    source: Arc<String>,
    start: usize,
    end: usize,
}

impl MentionText {
    fn owned(text: &str) -> MentionText {
        MentionText { source: Arc::new(text.to_string()), start: 0, end: text.len() }
    }

    fn as_str(&self) -> &str {
        self.source.get(self.start..self.end).unwrap_or("")
    }
}

/// One mention of a gazetteer name: ``text[e.start:e.end] == e.text``.
///
/// Entities come from ``Gazetteer.find`` and ``Document.entities``. A name
/// may refer to several entries (Georgia the country, Georgia the US state):
/// ``candidates`` lists them all, in the order the gazetteer was given them,
/// and ``label``, ``id`` and ``canonical`` are the first one's.
///
/// >>> entries = [("Georgia", "GPE", "614540"), ("Georgia", "GPE", "4197000")]
/// >>> gaz = textfacts.Gazetteer(entries)
/// >>> e = gaz.find("Tbilisi, Georgia.")[0]
/// >>> e
/// Entity(9, 16, 'Georgia', label='GPE', id='614540')
/// >>> [c[1] for c in e.candidates]
/// ['614540', '4197000']
#[pyclass(name = "Entity", module = "textfacts._textfacts", frozen, eq, hash, from_py_object)]
#[derive(Clone)]
pub struct PyEntity {
    /// Index of the mention's first character (a ``str`` index).
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).find("To Paris")[0].start
    /// 3
    #[pyo3(get)]
    start: usize,
    /// Index one past the mention's last character.
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).find("To Paris")[0].end
    /// 8
    #[pyo3(get)]
    end: usize,
    text: MentionText,
    refers: Refers,
    /// The index of the sentence the mention is in, for an entity of a
    /// ``Document``; ``None`` from ``Gazetteer.find``.
    ///
    /// >>> textfacts.Extractor().extract("Hi. Paris is big.").entities[0].sentence
    /// 1
    #[pyo3(get)]
    sentence: Option<usize>,
    /// Whether the gazetteer's in-names rule reads the mention as one word of a
    /// longer proper name ("Vladimir" in "Vladimir Putin"); set only by a
    /// gazetteer with ``in_names="flag"``.
    ///
    /// >>> gaz = textfacts.Gazetteer([("Vladimir", "GPE")], in_names="flag")
    /// >>> [e.in_name for e in gaz.find("Vladimir Putin visited Vladimir.")]
    /// [True, False]
    #[pyo3(get)]
    in_name: bool,
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
            text: MentionText::owned(m.text(text)),
            refers: {
                let (first, rest) = m.entry_indices();
                Refers::Entries { gaz: m.gazetteer().clone(), first, rest: rest.into() }
            },
            sentence: Some(m.sentence),
            in_name: false,
        }
    }

    fn first(&self) -> (&str, Option<&str>, &str) {
        match &self.refers {
            Refers::Entries { gaz, first, .. } => candidate(gaz, *first),
            Refers::Owned { label, id, canonical, .. } => (label, id.as_deref(), canonical),
        }
    }

    fn candidate_list(&self) -> Vec<(&str, Option<&str>, &str)> {
        match &self.refers {
            Refers::Entries { gaz, first, rest } => std::iter::once(first)
                .chain(rest.iter())
                .map(|&entry| candidate(gaz, entry))
                .collect(),
            Refers::Owned { candidates, .. } => {
                candidates.iter().map(|(l, i, c)| (l.as_str(), i.as_deref(), c.as_str())).collect()
            }
        }
    }

    /// The mention as the core's record, what `to_dict` gives.
    pub(super) fn record(&self) -> EntityRecord<'_> {
        let (label, id, canonical) = self.first();
        EntityRecord {
            start: self.start,
            end: self.end,
            text: self.text.as_str().into(),
            label: label.into(),
            id: id.map(Into::into),
            sentence: self.sentence,
            canonical: canonical.into(),
            candidates: (self.candidate_list().into_iter())
                .map(|(label, id, canonical)| CandidateRecord {
                    label: label.into(),
                    id: id.map(Into::into),
                    canonical: canonical.into(),
                })
                .collect(),
        }
    }

    /// What equality and hashing look at: the same whether the strings are
    /// borrowed from a gazetteer or owned.
    #[allow(clippy::type_complexity)]
    fn key(&self) -> (usize, usize, &str, Vec<(&str, Option<&str>, &str)>, Option<usize>, bool) {
        (
            self.start,
            self.end,
            self.text.as_str(),
            self.candidate_list(),
            self.sentence,
            self.in_name,
        )
    }
}

/// Entry `entry` of `gaz` as `(label, id, canonical)`.
fn candidate(gaz: &Gazetteer, entry: u32) -> (&str, Option<&str>, &str) {
    match gaz.entry(entry as usize) {
        Some(c) => (c.label(), c.id(), c.canonical()),
        None => ("", None, ""),
    }
}

impl PartialEq for PyEntity {
    fn eq(&self, other: &Self) -> bool {
        self.first() == other.first() && self.key() == other.key()
    }
}

impl Eq for PyEntity {}

impl std::hash::Hash for PyEntity {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.start, self.end, self.text.as_str(), self.first(), self.sentence).hash(state);
    }
}

#[pymethods]
impl PyEntity {
    #[new]
    #[pyo3(signature = (start, end, text, label, id = None, canonical = None, candidates = None, sentence = None, in_name = false))]
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
        in_name: bool,
    ) -> Self {
        let canonical = canonical.unwrap_or_else(|| text.clone());
        let candidates =
            candidates.unwrap_or_else(|| vec![(label.clone(), id.clone(), canonical.clone())]);
        let refers = Refers::Owned { label, id, canonical, candidates };
        PyEntity { start, end, text: MentionText::owned(&text), refers, sentence, in_name }
    }

    /// The mention as written in the text (which may differ from the name in case).
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")], case="insensitive").find("PARIS")[0].text
    /// 'PARIS'
    #[getter]
    fn text(&self) -> &str {
        self.text.as_str()
    }

    /// The first candidate entry's label (``GPE``, ``ORG``...).
    ///
    /// >>> textfacts.Gazetteer([("IMF", "ORG")]).find("The IMF said")[0].label
    /// 'ORG'
    #[getter]
    fn label(&self) -> &str {
        self.first().0
    }

    /// The first candidate entry's id, or ``None`` if it has none.
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE", "2988507")]).find("Paris")[0].id
    /// '2988507'
    #[getter]
    fn id(&self) -> Option<&str> {
        self.first().1
    }

    /// The first candidate entry's canonical name (its pattern unless given).
    ///
    /// >>> un = {"pattern": "United Nations", "label": "ORG", "aliases": ["UN"]}
    /// >>> textfacts.Gazetteer([un]).find("The UN met.")[0].canonical
    /// 'United Nations'
    #[getter]
    fn canonical(&self) -> &str {
        self.first().2
    }

    /// Every entry the mention may refer to, as ``(label, id, canonical)``, in the
    /// order the entries were given to the gazetteer.
    ///
    /// >>> textfacts.Gazetteer([("Georgia", "GPE", "614540")]).find("Georgia")[0].candidates
    /// [('GPE', '614540', 'Georgia')]
    #[getter]
    fn candidates(&self) -> Vec<(&str, Option<&str>, &str)> {
        self.candidate_list()
    }

    /// The mention as a plain ``dict``, equal to its entry in ``Document.to_dict()``.
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).find("To Paris")[0].to_dict()["canonical"]
    /// 'Paris'
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        super::records::to_py(py, &self.record())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let (label, id, _) = self.first();
        Ok(format!(
            "Entity({}, {}, {}, label={}, id={}{})",
            self.start,
            self.end,
            repr_str(py, self.text.as_str())?,
            repr_str(py, label)?,
            repr_opt(py, id)?,
            if self.in_name { ", in_name=True" } else { "" }
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let e = slf.get();
        let (label, id, canonical) = e.first();
        let text = e.text.as_str();
        let args =
            (e.start, e.end, text, label, id, canonical, e.candidate_list(), e.sentence, e.in_name);
        (slf.get_type(), args).into_pyobject(py)
    }
}

/// A compiled list of names, found in text as whole words, leftmost-longest.
///
/// ``entries`` is an iterable of rows: ``(pattern, label)`` or ``(pattern, label,
/// id)`` as any sequence (a list, a tuple, a namedtuple, a pandas row), or
/// mappings with ``pattern``, ``label`` and optionally ``id``, ``canonical``,
/// ``aliases`` (a list) and ``case``. Every field is a ``str``, but an ``id`` may
/// also be an ``int`` (numeric ids, as GeoNames has). Errors name the row's index.
///
/// ``case`` is ``"smart"`` (case-insensitive, but acronyms of up to four
/// capitals match only exactly and an all-lower-case match does not count for
/// a capitalised name), ``"insensitive"`` (full Unicode case folding) or
/// ``"sensitive"``. ``overlapping=True`` reports every match instead of the
/// leftmost-longest ones. The ``normalize_*`` options ignore diacritics, treat
/// typographic apostrophes and dashes as ASCII, and treat any whitespace run
/// as one space. ``in_names`` says what ``find`` does with a match that is one
/// word of a longer proper name ("Vladimir" in "Vladimir Putin", "Texas" in
/// "Texas Instruments"): ``"keep"`` it (the default), ``"drop"`` it, or
/// ``"flag"`` it with ``Entity.in_name``. Raises ``ValueError`` naming the entry
/// for a pattern without a letter or digit, ``TypeError`` for a malformed entry.
///
/// A gazetteer is immutable, shareable between threads, and pickles as its
/// compiled form (a process that unpickles the same gazetteer twice builds it
/// once). ``Gazetteer.builtin()`` is the one ``Extractor()`` uses by default.
///
/// >>> entries = [("New York", "GPE"), ("New York City", "GPE", "Q60"), ("US", "GPE")]
/// >>> gaz = textfacts.Gazetteer(entries)
/// >>> gaz
/// Gazetteer(3 entries, 3 patterns, case='smart')
/// >>> [(e.text, e.id) for e in gaz.find("us officials in New York City and the US")]
/// [('New York City', 'Q60'), ('US', None)]
#[pyclass(name = "Gazetteer", module = "textfacts._textfacts", frozen)]
pub struct PyGazetteer {
    inner: Gazetteer,
}

impl PyGazetteer {
    /// The core gazetteer, for the extractor.
    pub(super) fn core(&self) -> &Gazetteer {
        &self.inner
    }
}

/// Reads one item of the `entries` argument: a mapping with `pattern`,
/// `label` and optional fields, or any other sequence (a list, a tuple, a
/// namedtuple, a pandas row) of `(pattern, label)` or `(pattern, label, id)`.
///
/// Every field must be a `str` (a `TypeError` naming the entry and field
/// otherwise, a `ValueError` for a lone surrogate), except that an `id` may
/// be an `int`, as numeric ids (GeoNames, Wikidata numbers) often are.
fn entry_arg(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Entry> {
    let entry = if let Some(get) = mapping_getter(item)? {
        entry_from_mapping(&get, index)?
    } else {
        entry_from_sequence(item, index)?
    };
    crate::gazetteer::validate_entry(&entry)
        .map_err(|message| PyValueError::new_err(format!("entries[{index}]: {message}")))?;
    Ok(entry)
}

/// Reads a field of a mapping row: `None` when the key is absent.
type Getter<'py> = Box<dyn Fn(&str) -> PyResult<Option<Bound<'py, PyAny>>> + 'py>;

/// How to read `item` as a mapping, if it is one: a `dict`, any
/// `collections.abc.Mapping`, or a row that looks up by column and has a
/// `pattern` column (a pandas `Series` from `iterrows()`); a row without
/// one is read by position.
fn mapping_getter<'py>(item: &Bound<'py, PyAny>) -> PyResult<Option<Getter<'py>>> {
    if let Ok(dict) = item.cast::<PyDict>() {
        let dict = dict.clone();
        return Ok(Some(Box::new(move |key| dict.get_item(key))));
    }
    let is_mapping = item.cast::<PyMapping>().is_ok();
    let looks_up = is_mapping || (item.hasattr("keys")? && item.hasattr("get")?);
    if !looks_up {
        return Ok(None);
    }
    let row = item.clone();
    let get: Getter<'py> = Box::new(move |key| {
        let v = row.call_method1("get", (key,))?;
        Ok((!v.is_none()).then_some(v))
    });
    if is_mapping || get("pattern")?.is_some() {
        Ok(Some(get))
    } else {
        Ok(None)
    }
}

fn field(v: &Bound<'_, PyAny>, index: usize, key: &str) -> PyResult<String> {
    Ok(text_arg(v, &format!("entries[{index}] {key}"))?.into_owned())
}

fn id_field(v: &Bound<'_, PyAny>, index: usize) -> PyResult<Option<String>> {
    if v.is_none() {
        Ok(None)
    } else if v.is_instance_of::<PyBool>() {
        // `bool` is an `int` to Python, but `True` names nothing.
        Err(PyTypeError::new_err(format!("entries[{index}] id must be a str or an int, not bool")))
    } else if v.is_instance_of::<PyInt>() {
        // Any size, digit for digit, as a JSON Lines file's ids are.
        Ok(Some(v.str()?.to_cow()?.into_owned()))
    } else {
        field(v, index, "id").map(Some)
    }
}

fn entry_from_mapping(get: &Getter<'_>, index: usize) -> PyResult<Entry> {
    let bad = |message: String| PyValueError::new_err(format!("entries[{index}]: {message}"));
    let text = |key: &str| -> PyResult<Option<String>> {
        match get(key)? {
            None => Ok(None),
            // An absent optional field may be written as None.
            Some(v) if v.is_none() && !matches!(key, "pattern" | "label") => Ok(None),
            Some(v) => field(&v, index, key).map(Some),
        }
    };
    let pattern = text("pattern")?.ok_or_else(|| bad("missing \"pattern\"".to_string()))?;
    let label = text("label")?.ok_or_else(|| bad("missing \"label\"".to_string()))?;
    let mut entry = Entry::new(pattern, label);
    entry.id = get("id")?.map(|v| id_field(&v, index)).transpose()?.flatten();
    entry.canonical = text("canonical")?;
    if let Some(aliases) = get("aliases")? {
        if !aliases.is_none() {
            if aliases.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(format!(
                    "entries[{index}] aliases must be a list of str, not a str"
                )));
            }
            let list = aliases.try_iter().map_err(|_| {
                PyTypeError::new_err(format!("entries[{index}] aliases must be a list of str"))
            })?;
            for alias in list {
                entry.aliases.push(field(&alias?, index, "aliases")?);
            }
        }
    }
    if let Some(case) = text("case")? {
        entry.case = Some(case.parse().map_err(|e: crate::Error| bad(e.to_string()))?);
    }
    Ok(entry)
}

fn entry_from_sequence(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Entry> {
    let shape = "a (pattern, label) or (pattern, label, id) sequence of str (a list, a tuple) \
                 or a mapping with \"pattern\" and \"label\"";
    let kind = || item.get_type().name().map(|n| n.to_string()).unwrap_or_default();
    // A str is a sequence too, of its characters: never a row.
    let iter = if item.is_instance_of::<PyString>() || item.is_instance_of::<PyBytes>() {
        None
    } else {
        item.try_iter().ok()
    };
    let Some(iter) = iter else {
        return Err(PyTypeError::new_err(format!(
            "entries[{index}] must be {shape}, not {}",
            kind()
        )));
    };
    // At most one item past the longest row is read: an endless iterator
    // is an error, not a hang.
    let fields: Vec<Bound<'_, PyAny>> = iter.take(4).collect::<PyResult<_>>()?;
    let (pattern, label, id) = match fields.as_slice() {
        [p, l] => (p, l, None),
        [p, l, i] => (p, l, Some(i)),
        _ => {
            let n = match item.len() {
                Ok(n) => n.to_string(),
                Err(_) if fields.len() > 3 => "more than 3".to_string(),
                Err(_) => fields.len().to_string(),
            };
            return Err(PyTypeError::new_err(format!(
                "entries[{index}] is a {} of {n} items; it must be {shape}",
                kind()
            )));
        }
    };
    let mut entry = Entry::new(field(pattern, index, "pattern")?, field(label, index, "label")?);
    entry.id = id.map(|v| id_field(v, index)).transpose()?.flatten();
    Ok(entry)
}

/// The keyword options `Gazetteer(...)` and `Gazetteer.from_file(...)` share.
struct Options {
    case: CaseMode,
    overlapping: bool,
    diacritics: bool,
    punctuation: bool,
    whitespace: bool,
    in_names: InNames,
}

impl Options {
    fn new(
        case: &str,
        overlapping: bool,
        (diacritics, punctuation, whitespace): (bool, bool, bool),
        in_names: &str,
    ) -> PyResult<Options> {
        let case = case_arg(case)?;
        let in_names = in_names.parse().map_err(to_py_err)?;
        Ok(Options { case, overlapping, diacritics, punctuation, whitespace, in_names })
    }

    fn builder(&self) -> crate::gazetteer::GazetteerBuilder {
        let mut builder = Gazetteer::builder();
        builder
            .case(self.case)
            .overlapping(self.overlapping)
            .normalize_diacritics(self.diacritics)
            .normalize_punctuation(self.punctuation)
            .normalize_whitespace(self.whitespace)
            .in_names(self.in_names);
        builder
    }
}

fn case_arg(case: &str) -> PyResult<CaseMode> {
    case.parse().map_err(to_py_err)
}

#[pymethods]
impl PyGazetteer {
    #[new]
    #[pyo3(signature = (entries, case = "smart", overlapping = false, normalize_diacritics = false,
        normalize_punctuation = false, normalize_whitespace = false, in_names = "keep"))]
    fn new(
        entries: &Bound<'_, PyAny>,
        case: &str,
        overlapping: bool,
        normalize_diacritics: bool,
        normalize_punctuation: bool,
        normalize_whitespace: bool,
        in_names: &str,
    ) -> PyResult<Self> {
        let normalize = (normalize_diacritics, normalize_punctuation, normalize_whitespace);
        let options = Options::new(case, overlapping, normalize, in_names)?;
        let mut builder = options.builder();
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

    /// Builds a gazetteer from a file: ``.tsv`` (``pattern<TAB>label[<TAB>id]``),
    /// ``.csv`` (with a header naming the same columns) or ``.jsonl`` (the dicts
    /// ``Gazetteer(...)`` takes), optionally gzipped (``.tsv.gz``); ``format``
    /// (``"tsv"``, ``"csv"``, ``"jsonl"``) overrides the extension. The other
    /// options are those of ``Gazetteer(...)``. Raises ``ValueError`` naming the
    /// file and line of a bad row, ``FileNotFoundError`` for a missing file.
    ///
    /// >>> import os, tempfile
    /// >>> path = os.path.join(tempfile.mkdtemp(), "places.tsv")
    /// >>> with open(path, "w", encoding="utf-8") as f:
    /// ...     _ = f.write("Paris\tGPE\t2988507\n")
    /// >>> [(e.text, e.id) for e in textfacts.Gazetteer.from_file(path).find("Paris")]
    /// [('Paris', '2988507')]
    #[classmethod]
    #[pyo3(signature = (path, format = None, case = "smart", overlapping = false,
        normalize_diacritics = false, normalize_punctuation = false, normalize_whitespace = false,
        in_names = "keep"))]
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
        in_names: &str,
    ) -> PyResult<Self> {
        let format: Option<Format> = format.map(str::parse).transpose().map_err(to_py_err)?;
        let normalize = (normalize_diacritics, normalize_punctuation, normalize_whitespace);
        let options = Options::new(case, overlapping, normalize, in_names)?;
        let inner = py
            .detach(|| {
                let mut builder = options.builder();
                match format {
                    Some(f) => builder.add_file_as(&path, f)?,
                    None => builder.add_file(&path)?,
                };
                builder.build()
            })
            .map_err(to_py_err)?;
        Ok(PyGazetteer { inner })
    }

    /// The gazetteer built into textfacts: countries, capitals, large cities,
    /// first-level regions, continents and major international organisations
    /// (GeoNames data, CC BY 4.0), with GeoNames ids.
    ///
    /// It drops a match that is one word of a longer proper name (``in_names="drop"``:
    /// "Vladimir" in "Vladimir Putin", "Texas" in "Texas Instruments"); ``"keep"``
    /// reports every match, ``"flag"`` reports them with ``Entity.in_name`` set.
    ///
    /// >>> [(e.text, e.label) for e in textfacts.Gazetteer.builtin().find("Paris and Japan")]
    /// [('Paris', 'GPE'), ('Japan', 'GPE')]
    /// >>> text = "President Vladimir Putin said Russia"
    /// >>> [e.text for e in textfacts.Gazetteer.builtin().find(text)]
    /// ['Russia']
    /// >>> [(e.text, e.in_name) for e in textfacts.Gazetteer.builtin(in_names="flag").find(text)]
    /// [('Vladimir', True), ('Russia', False)]
    #[classmethod]
    #[pyo3(signature = (in_names = "drop"))]
    fn builtin(_cls: &Bound<'_, PyType>, py: Python<'_>, in_names: &str) -> PyResult<Self> {
        let mode: InNames = in_names.parse().map_err(to_py_err)?;
        Ok(PyGazetteer { inner: py.detach(Gazetteer::builtin).with_in_names(mode) })
    }

    /// Reads a file written by ``save``, much faster than building from entries.
    /// Raises ``ValueError`` if the file is damaged or not a saved gazetteer.
    ///
    /// >>> import os, tempfile
    /// >>> path = os.path.join(tempfile.mkdtemp(), "places.tfg")
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).save(path)
    /// >>> len(textfacts.Gazetteer.load(path))
    /// 1
    #[classmethod]
    fn load(_cls: &Bound<'_, PyType>, py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let inner = py.detach(|| Gazetteer::load(&path)).map_err(to_py_err)?;
        Ok(PyGazetteer { inner })
    }

    /// Reads the compiled form made by ``to_bytes``. Unpickling goes through here,
    /// and a process that has already loaded the same bytes gets that gazetteer
    /// back instead of building it again.
    ///
    /// >>> data = textfacts.Gazetteer([("Paris", "GPE")]).to_bytes()
    /// >>> [e.text for e in textfacts.Gazetteer.from_bytes(data).find("Paris")]
    /// ['Paris']
    #[classmethod]
    fn from_bytes(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        // `bytes` is read in place; a `bytearray` (which Python code may
        // change while the GIL is released) is copied first.
        let copied: Vec<u8>;
        let data: &[u8] = if let Ok(b) = data.cast::<PyBytes>() {
            b.as_bytes()
        } else if let Ok(b) = data.cast::<PyByteArray>() {
            copied = b.to_vec();
            &copied
        } else {
            let kind = data.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "data must be bytes or bytearray, not {kind}"
            )));
        };
        let inner = py.detach(|| loaded::from_bytes(data)).map_err(to_py_err)?;
        Ok(PyGazetteer { inner })
    }

    /// Writes the compiled form (versioned and checksummed) to ``path``, for
    /// ``Gazetteer.load``.
    ///
    /// >>> import os, tempfile
    /// >>> path = os.path.join(tempfile.mkdtemp(), "places.tfg")
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).save(path)
    /// >>> os.path.getsize(path) > 0
    /// True
    fn save(&self, path: std::path::PathBuf) -> PyResult<()> {
        self.inner.save(&path).map_err(to_py_err)
    }

    /// The compiled form as ``bytes`` (what pickling uses), for ``from_bytes``.
    ///
    /// >>> isinstance(textfacts.Gazetteer([("Paris", "GPE")]).to_bytes(), bytes)
    /// True
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.to_bytes())
    }

    /// Every mention of the gazetteer's names in ``text``, in order.
    ///
    /// Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
    /// surrogate. Long texts are searched with the GIL released.
    ///
    /// >>> gaz = textfacts.Gazetteer([("New York", "GPE"), ("York", "GPE")], overlapping=True)
    /// >>> [(e.start, e.text) for e in gaz.find("New York")]
    /// [(0, 'New York'), (4, 'York')]
    fn find<'py>(&self, py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let text = text_arg(text, "text")?;
        let find = || guard("Gazetteer.find", text.len(), || self.inner.find(&text));
        let found = if text.len() >= DETACH_THRESHOLD { py.detach(find) } else { find() }?;
        if found.is_empty() {
            return Ok(PyList::empty(py));
        }
        // The text is already an owned copy (or borrowed from Python):
        // sharing it costs no further copy of its bytes.
        let source = Arc::new(text.into_owned());
        let offsets = CharOffsets::new(&source);
        let mut items = Vec::with_capacity(found.len());
        for e in &found {
            let mut entries = e.candidates().map(|c| c.index() as u32);
            let first = entries.next().unwrap_or(e.entry().index() as u32);
            let entity = PyEntity {
                start: offsets.char_offset(e.start),
                end: offsets.char_offset(e.end),
                text: MentionText { source: source.clone(), start: e.start, end: e.end },
                refers: Refers::Entries { gaz: self.inner.clone(), first, rest: entries.collect() },
                sentence: None,
                in_name: e.in_name(),
            };
            items.push(Bound::new(py, entity)?);
        }
        PyList::new(py, items)
    }

    /// The default case mode: ``"smart"``, ``"insensitive"`` or ``"sensitive"``.
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).case
    /// 'smart'
    #[getter]
    fn case(&self) -> &'static str {
        self.inner.case().name()
    }

    /// What ``find`` does with a match that is one word of a longer proper name:
    /// ``"keep"``, ``"drop"`` or ``"flag"``.
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).in_names
    /// 'keep'
    /// >>> textfacts.Gazetteer.builtin().in_names
    /// 'drop'
    #[getter]
    fn in_names(&self) -> &'static str {
        self.inner.in_names().name()
    }

    /// Whether every match is reported rather than the leftmost-longest ones.
    ///
    /// >>> textfacts.Gazetteer([("Paris", "GPE")]).overlapping
    /// False
    #[getter]
    fn overlapping(&self) -> bool {
        self.inner.overlapping()
    }

    /// The number of distinct searchable names (patterns and aliases).
    ///
    /// >>> un = {"pattern": "United Nations", "label": "ORG", "aliases": ["UN"]}
    /// >>> textfacts.Gazetteer([un]).pattern_count
    /// 2
    #[getter]
    fn pattern_count(&self) -> usize {
        self.inner.pattern_count()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        // The in-names mode only when it is not the default of a built list.
        let in_names = match self.inner.in_names() {
            InNames::Keep => String::new(),
            mode => format!(", in_names={}", repr_str(py, mode.name())?),
        };
        Ok(format!(
            "Gazetteer({}, {}, case={}{in_names})",
            count(self.inner.len(), "entry", "entries"),
            count(self.inner.pattern_count(), "pattern", "patterns"),
            repr_str(py, self.inner.case().name())?
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let from_bytes = slf.get_type().getattr("from_bytes")?;
        let bytes = PyBytes::new(py, &slf.get().inner.to_bytes());
        (from_bytes, (bytes,)).into_pyobject(py)
    }
}

/// The gazetteers this process has loaded from bytes, by content.
///
/// An extractor shipped to many tasks (Dask, Spark, multiprocessing) is
/// unpickled once per task; rebuilding a large automaton each time would
/// cost seconds per task. A gazetteer is immutable and cheap to clone, so
/// the same bytes can share one. The few most recent are kept (they stay
/// alive for the life of the process, which is what a worker wants).
mod loaded {
    use std::hash::{Hash, Hasher};
    use std::sync::Mutex;

    use crate::gazetteer::Gazetteer;

    const KEEP: usize = 4;

    /// (length, 64-bit hash of the bytes, gazetteer), most recent last.
    static LOADED: Mutex<Vec<(usize, u64, Gazetteer)>> = Mutex::new(Vec::new());

    pub(super) fn from_bytes(data: &[u8]) -> crate::Result<Gazetteer> {
        let mut hasher = rustc_hash::FxHasher::default();
        data.hash(&mut hasher);
        let key = (data.len(), hasher.finish());
        // A panic elsewhere while holding the lock leaves the list intact.
        let cached = {
            let mut list = LOADED.lock().unwrap_or_else(|e| e.into_inner());
            let hit = list.iter().position(|(len, hash, _)| (*len, *hash) == key);
            hit.map(|i| {
                let entry = list.remove(i);
                let gazetteer = entry.2.clone();
                list.push(entry);
                gazetteer
            })
        };
        if let Some(gazetteer) = cached {
            return Ok(gazetteer);
        }
        let gazetteer = Gazetteer::from_bytes(data)?;
        let mut list = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if !list.iter().any(|(len, hash, _)| (*len, *hash) == key) {
            if list.len() == KEEP {
                list.remove(0);
            }
            list.push((key.0, key.1, gazetteer.clone()));
        }
        Ok(gazetteer)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyEntity>()?;
    m.add_class::<PyGazetteer>()?;
    Ok(())
}
