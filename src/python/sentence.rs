//! `Sentence`, `SentenceSplitter` and `split_sentences` for Python.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use super::panic::guard;
use super::text::{repr_str, text_arg, DETACH_THRESHOLD};
use crate::{CharOffsets, SentenceSplitter};

/// One sentence of a text: ``text[s.start:s.end] == s.text``.
///
/// Sentences come from ``split_sentences``, ``SentenceSplitter.split`` and
/// ``Document.sentences``; offsets are ``str`` indices, right on any text
/// (accents, CJK, emoji). ``len(s)`` is its length in characters.
///
/// >>> s = textfacts.split_sentences("It rained. Then it stopped.")[1]
/// >>> s
/// Sentence(11, 27, 'Then it stopped.')
/// >>> (s.start, s.end, s.text, len(s))
/// (11, 27, 'Then it stopped.', 16)
#[pyclass(name = "Sentence", module = "textfacts._textfacts", frozen)]
pub struct PySentence {
    /// Index of the sentence's first character (a ``str`` index).
    ///
    /// >>> textfacts.split_sentences("Hi. Bye.")[1].start
    /// 4
    #[pyo3(get)]
    pub start: usize,
    /// Index one past the sentence's last character.
    ///
    /// >>> textfacts.split_sentences("Hi. Bye.")[0].end
    /// 3
    #[pyo3(get)]
    pub end: usize,
    /// The sentence itself, trimmed of surrounding whitespace.
    ///
    /// >>> textfacts.split_sentences("  Hi.  Bye.  ")[0].text
    /// 'Hi.'
    #[pyo3(get)]
    pub text: Py<PyString>,
}

#[pymethods]
impl PySentence {
    #[new]
    fn new(start: usize, end: usize, text: Py<PyString>) -> Self {
        PySentence { start, end, text }
    }

    /// The sentence as a plain ``dict``, equal to its entry in ``Document.to_dict()``.
    ///
    /// >>> textfacts.split_sentences("Hi. Bye.")[1].to_dict()
    /// {'start': 4, 'end': 8, 'text': 'Bye.'}
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        super::records::sentence_dict(py, self)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py).to_cow()?;
        Ok(format!("Sentence({}, {}, {})", self.start, self.end, repr_str(py, &text)?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let s = slf.get();
        (slf.get_type(), (s.start, s.end, s.text.clone_ref(py))).into_pyobject(py)
    }

    fn __len__(&self) -> usize {
        self.end - self.start
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        match other.cast::<PySentence>() {
            Ok(other) => {
                let other = other.get();
                Ok(self.start == other.start
                    && self.end == other.end
                    && self.text.bind(py).as_any().eq(other.text.bind(py))?)
            }
            Err(_) => Ok(false),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.start, self.end, self.text.clone_ref(py)).into_pyobject(py)?.hash()
    }
}

/// Converts byte-offset sentences into Python objects: one `str` and one
/// `Sentence` each, built straight into the list.
pub fn sentences_to_py<'py>(
    py: Python<'py>,
    text: &str,
    sentences: &[crate::Sentence],
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, sentence_objects(py, text, sentences)?)
}

/// The `Sentence` objects of byte-offset sentences, one `str` each.
pub fn sentence_objects(
    py: Python<'_>,
    text: &str,
    sentences: &[crate::Sentence],
) -> PyResult<Vec<Py<PySentence>>> {
    let offsets = CharOffsets::new(text);
    let _pause = GcPause::new(py, sentences.len())?;
    sentences
        .iter()
        .map(|s| {
            let sentence = PySentence {
                start: offsets.char_offset(s.start),
                end: offsets.char_offset(s.end),
                text: PyString::new(py, s.text(text)).unbind(),
            };
            Py::new(py, sentence)
        })
        .collect()
}

/// Pauses Python's cyclic garbage collector while many `Sentence`s are
/// made. Every pyo3 class is a GC type, so each new object counts towards a
/// collection, and collections over a growing heap came to a fifth of the
/// time on large texts; these objects hold only a `str` and can never be in
/// a cycle. The collector is turned back on (if it was on) when the guard
/// is dropped, error paths included; it is paused only for large results
/// so that small calls pay nothing.
pub(super) struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    const MIN_OBJECTS: usize = 1024;

    pub(super) fn new(py: Python<'py>, objects: usize) -> PyResult<Self> {
        if objects < Self::MIN_OBJECTS {
            return Ok(GcPause { gc: None });
        }
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { gc: None });
        }
        gc.call_method0("disable")?;
        Ok(GcPause { gc: Some(gc) })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Failing to re-enable is not something the caller can act on;
            // report it as unraisable rather than lose it.
            if let Err(err) = gc.call_method0("enable") {
                err.write_unraisable(gc.py(), None);
            }
        }
    }
}

/// Splits text into sentences by configurable rules.
///
/// ``language`` is an ISO 639-1 code (``"en"``, ``"de"``, ``"zh"`` ...:
/// ``SentenceSplitter.languages()`` lists them); ``abbreviations`` are extra
/// words after which a full stop does not end a sentence;
/// ``newline_ends_sentence`` makes every line break end a sentence (a blank
/// line always does). Raises ``ValueError`` for an unknown language or an
/// abbreviation that is not one word. A splitter is immutable, shareable
/// between threads, and pickles.
///
/// >>> splitter = textfacts.SentenceSplitter(
/// ...     abbreviations=["approx"], newline_ends_sentence=True
/// ... )
/// >>> [s.text for s in splitter.split("Approx. ten came\nThen they left.")]
/// ['Approx. ten came', 'Then they left.']
#[pyclass(name = "SentenceSplitter", module = "textfacts._textfacts", frozen)]
pub struct PySentenceSplitter {
    inner: SentenceSplitter,
}

impl PySentenceSplitter {
    pub fn from_core(inner: SentenceSplitter) -> Self {
        PySentenceSplitter { inner }
    }

    pub fn core(&self) -> &SentenceSplitter {
        &self.inner
    }
}

/// The `abbreviations` argument: a list (any iterable) of `str`. A lone
/// `str` is refused by name, since iterating it would give its letters.
fn abbreviations_arg(given: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    let Some(given) = given.filter(|g| !g.is_none()) else { return Ok(Vec::new()) };
    if given.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "abbreviations must be a list of str, not a str: write [\"Mr\"] for one",
        ));
    }
    let items = given.try_iter().map_err(|_| {
        let kind = given.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        pyo3::exceptions::PyTypeError::new_err(format!(
            "abbreviations must be a list of str, not {kind}"
        ))
    })?;
    items
        .enumerate()
        .map(|(i, item)| Ok(text_arg(&item?, &format!("abbreviations[{i}]"))?.into_owned()))
        .collect()
}

#[pymethods]
impl PySentenceSplitter {
    #[new]
    #[pyo3(signature = (language = "en", abbreviations = None, newline_ends_sentence = false))]
    fn new(
        language: &str,
        abbreviations: Option<&Bound<'_, PyAny>>,
        newline_ends_sentence: bool,
    ) -> PyResult<Self> {
        let inner = SentenceSplitter::builder()
            .language_code(language)
            .abbreviations(abbreviations_arg(abbreviations)?)
            .newline_ends_sentence(newline_ends_sentence)
            .build()
            .map_err(super::to_py_err)?;
        Ok(PySentenceSplitter { inner })
    }

    /// The supported language codes, in order.
    ///
    /// >>> textfacts.SentenceSplitter.languages()[:4]
    /// ('am', 'ar', 'bg', 'da')
    #[staticmethod]
    fn languages(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        Ok(PyTuple::new(py, crate::Language::codes())?.unbind())
    }

    /// The language code.
    ///
    /// >>> textfacts.SentenceSplitter().language
    /// 'en'
    #[getter]
    fn language(&self) -> &'static str {
        self.inner.language().code()
    }

    /// The extra abbreviations, without final full stops.
    ///
    /// >>> textfacts.SentenceSplitter(abbreviations=["approx."]).abbreviations
    /// ['approx']
    #[getter]
    fn abbreviations(&self) -> Vec<String> {
        self.inner.abbreviations().to_vec()
    }

    /// Whether a single line break ends a sentence.
    ///
    /// >>> textfacts.SentenceSplitter().newline_ends_sentence
    /// False
    #[getter]
    fn newline_ends_sentence(&self) -> bool {
        self.inner.newline_ends_sentence()
    }

    /// Splits ``text`` into sentences, in order.
    ///
    /// Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
    /// surrogate. Long texts are split with the GIL released.
    ///
    /// >>> splitter = textfacts.SentenceSplitter()
    /// >>> [s.text for s in splitter.split("Mr. Smith paid $3.5 million. He left.")]
    /// ['Mr. Smith paid $3.5 million.', 'He left.']
    fn split<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = text_arg(text, "text")?;
        let split = || guard("SentenceSplitter.split", text.len(), || self.inner.split(&text));
        let sentences = if text.len() >= DETACH_THRESHOLD { py.detach(split) } else { split() }?;
        sentences_to_py(py, &text, &sentences)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let abbreviations = self
            .inner
            .abbreviations()
            .iter()
            .map(|a| repr_str(py, a))
            .collect::<PyResult<Vec<_>>>()?
            .join(", ");
        Ok(format!(
            "SentenceSplitter(language={}, abbreviations=[{abbreviations}], newline_ends_sentence={})",
            repr_str(py, self.inner.language().code())?,
            if self.inner.newline_ends_sentence() { "True" } else { "False" }
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let s = &slf.get().inner;
        let args = (s.language().code(), s.abbreviations().to_vec(), s.newline_ends_sentence());
        (slf.get_type(), args).into_pyobject(py)
    }
}

/// Splits ``text`` into sentences with the default rules of ``language``
/// (an ISO 639-1 code, English by default).
///
/// The same as ``SentenceSplitter(language=language).split(text)``; raises
/// ``ValueError`` for an unknown language, naming the supported ones.
///
/// >>> [s.text for s in textfacts.split_sentences("Mr. Smith left. He was tired.")]
/// ['Mr. Smith left.', 'He was tired.']
/// >>> [s.text for s in textfacts.split_sentences("你好。再见。", language="zh")]
/// ['你好。', '再见。']
#[pyfunction]
#[pyo3(signature = (text, language = "en"))]
fn split_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    language: &str,
) -> PyResult<Bound<'py, PyList>> {
    let text = text_arg(text, "text")?;
    let splitter =
        SentenceSplitter::builder().language_code(language).build().map_err(super::to_py_err)?;
    let split = || guard("split_sentences", text.len(), || splitter.split(&text));
    let sentences = if text.len() >= DETACH_THRESHOLD { py.detach(split) } else { split() }?;
    sentences_to_py(py, &text, &sentences)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PySentence>()?;
    m.add_class::<PySentenceSplitter>()?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    Ok(())
}
