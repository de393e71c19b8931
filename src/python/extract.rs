//! `Extractor` and `Document` for Python.

use std::borrow::Cow;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::gazetteer::{PyEntity, PyGazetteer};
use super::numeric::{PyNumberExtractor, PyNumericFact};
use super::panic::{guard, Caught};
use super::records::to_py_with_text;
use super::sentence::{sentence_objects, GcPause, PySentence, PySentenceSplitter};
use super::text::{repr_str, text_arg, DETACH_THRESHOLD};
use crate::extract::record::{EntityRecord, FactRecord, SentenceRecord};
use crate::{CharOffsets, Extractor, SentenceSplitter};

/// A text with everything textfacts found in it: its sentences, the gazetteer
/// entities it mentions, and its numeric facts, all with ``str`` offsets.
///
/// Documents come from ``Extractor.extract`` and ``Extractor.extract_many``;
/// each fact knows its ``sentence`` and the ``entities`` of that sentence. A
/// notebook shows a document with its parts highlighted (``_repr_html_``);
/// ``to_dict``, ``to_json`` and ``textfacts.to_pandas`` give it as data.
/// Documents compare equal by value and pickle. The parts of a document
/// become Python objects only when first read, so a batch that is only
/// serialised with ``to_dict`` or ``to_json`` never builds them.
///
/// ``Document(text, sentences, entities, facts)`` makes one by hand from its
/// parts, linked as an extracted one is (an entity or fact without a
/// ``sentence`` gets the one it starts in, a fact without ``entities`` that
/// sentence's); a part whose ``text`` is not the text at its offsets, or of an
/// unknown ``kind``, raises ``ValueError`` naming it.
///
/// >>> doc = textfacts.Extractor().extract("In France, 87 people died. It rained.")
/// >>> doc
/// Document('In France, 87 people died. It rained.', sentences=2, entities=1, facts=1)
/// >>> fact = doc.facts[0]
/// >>> (fact.text, fact.noun, doc.sentences[fact.sentence].text)
/// ('87', 'people', 'In France, 87 people died.')
/// >>> [doc.entities[i].text for i in fact.entities]
/// ['France']
/// >>> text = "Hi. Rain hit Kelham."
/// >>> kelham = textfacts.Entity(13, 19, "Kelham", "GPE")
/// >>> by_hand = textfacts.Document(text, textfacts.split_sentences(text), [kelham])
/// >>> by_hand.entities[0].sentence
/// 1
#[pyclass(name = "Document", module = "textfacts._textfacts", frozen)]
pub struct PyDocument {
    text: Py<PyString>,
    /// Every document is a Rust document, one made by hand too: each method
    /// has one path, from here.
    core: crate::Document,
    sentences: PyOnceLock<Vec<Py<PySentence>>>,
    entities: PyOnceLock<Vec<Py<PyEntity>>>,
    facts: PyOnceLock<Vec<Py<PyNumericFact>>>,
}

impl PyDocument {
    /// Wraps a Rust document; `text` is the same text as a Python `str`
    /// (the caller's own object, so that it is not made twice).
    fn from_core(text: Py<PyString>, core: crate::Document) -> PyDocument {
        PyDocument {
            text,
            core,
            sentences: PyOnceLock::new(),
            entities: PyOnceLock::new(),
            facts: PyOnceLock::new(),
        }
    }

    fn sentence_objects(&self, py: Python<'_>) -> PyResult<&[Py<PySentence>]> {
        let doc = &self.core;
        let made = self
            .sentences
            .get_or_try_init(py, || sentence_objects(py, &doc.text, &doc.sentences))?;
        Ok(made)
    }

    fn entity_objects(&self, py: Python<'_>) -> PyResult<&[Py<PyEntity>]> {
        let made = self.entities.get_or_try_init(py, || {
            let doc = &self.core;
            let offsets = CharOffsets::new(&doc.text);
            let _pause = GcPause::new(py, doc.entities.len())?;
            doc.entities
                .iter()
                .map(|e| Py::new(py, PyEntity::from_mention(e, &doc.text, &offsets)))
                .collect::<PyResult<Vec<_>>>()
        })?;
        Ok(made)
    }

    fn fact_objects(&self, py: Python<'_>) -> PyResult<&[Py<PyNumericFact>]> {
        let made = self.facts.get_or_try_init(py, || {
            let doc = &self.core;
            let offsets = CharOffsets::new(&doc.text);
            let _pause = GcPause::new(py, doc.facts.len())?;
            doc.facts
                .iter()
                .map(|f| Py::new(py, PyNumericFact::from_mention(f, &doc.text, &offsets)))
                .collect::<PyResult<Vec<_>>>()
        })?;
        Ok(made)
    }

    fn parts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let sentences =
            PyList::new(py, self.sentence_objects(py)?.iter().map(|s| s.clone_ref(py)))?;
        let entities = PyList::new(py, self.entity_objects(py)?.iter().map(|e| e.clone_ref(py)))?;
        let facts = PyList::new(py, self.fact_objects(py)?.iter().map(|f| f.clone_ref(py)))?;
        (self.text.clone_ref(py), sentences, entities, facts).into_pyobject(py)
    }
}

/// The Rust document of one made by hand from its parts, through their
/// records: a part not at its offsets, of an unknown kind or qualifier, or
/// with entities that are not one run, is a `ValueError` naming it.
fn core_of_parts(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    sentences: &[Py<PySentence>],
    entities: &[Py<PyEntity>],
    facts: &[Py<PyNumericFact>],
) -> PyResult<crate::Document> {
    let sentence_texts =
        sentences.iter().map(|s| s.get().text.bind(py).to_cow()).collect::<PyResult<Vec<_>>>()?;
    let sentences: Vec<SentenceRecord<'_>> = sentences
        .iter()
        .zip(&sentence_texts)
        .map(|(s, t)| SentenceRecord {
            start: s.get().start,
            end: s.get().end,
            text: t.as_ref().into(),
        })
        .collect();
    let entities: Vec<EntityRecord<'_>> = entities.iter().map(|e| e.get().record()).collect();
    let facts: Vec<FactRecord<'_>> = facts.iter().map(|f| f.get().record().clone()).collect();
    let text = text.to_cow()?.into_owned();
    crate::Document::from_char_records(text, &sentences, &entities, &facts)
        .map_err(super::to_py_err)
}

#[pymethods]
impl PyDocument {
    #[new]
    #[pyo3(
        signature = (text, sentences, entities = Vec::new(), facts = Vec::new()),
        text_signature = "(text, sentences, entities=[], facts=[])"
    )]
    fn new(
        py: Python<'_>,
        text: Py<PyString>,
        sentences: Vec<Py<PySentence>>,
        entities: Vec<Py<PyEntity>>,
        facts: Vec<Py<PyNumericFact>>,
    ) -> PyResult<Self> {
        let core = core_of_parts(py, text.bind(py), &sentences, &entities, &facts)?;
        Ok(PyDocument::from_core(text, core))
    }

    /// The text, as given.
    ///
    /// >>> textfacts.Extractor().extract("It rained.").text
    /// 'It rained.'
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The sentences, in order.
    ///
    /// >>> doc = textfacts.Extractor().extract("It rained. Then it stopped.")
    /// >>> [s.text for s in doc.sentences]
    /// ['It rained.', 'Then it stopped.']
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.sentence_objects(py)?.iter().map(|s| s.clone_ref(py)))
    }

    /// The gazetteer entities it mentions, in order; each knows its ``sentence``.
    ///
    /// >>> doc = textfacts.Extractor().extract("Hi. Paris is in France.")
    /// >>> [(e.text, e.label, e.sentence) for e in doc.entities]
    /// [('Paris', 'GPE', 1), ('France', 'GPE', 1)]
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.entity_objects(py)?.iter().map(|e| e.clone_ref(py)))
    }

    /// Its numeric facts, in order; each knows its ``sentence`` and that
    /// sentence's ``entities`` (indices into ``entities``).
    ///
    /// >>> doc = textfacts.Extractor().extract("Hi. It cost $5m.")
    /// >>> [(f.text, f.sentence) for f in doc.facts]
    /// [('$5m', 1)]
    #[getter]
    fn facts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.fact_objects(py)?.iter().map(|f| f.clone_ref(py)))
    }

    /// The text as HTML with its entities, facts and counted nouns highlighted
    /// and labelled inline, which is what Jupyter shows for a document. All text
    /// is escaped (markup in the text shows as text), the colours read on light
    /// and dark themes, and the output uses inline styles only.
    ///
    /// >>> html = textfacts.Extractor().extract("<b>France</b> lost 87 people.")._repr_html_()
    /// >>> "&lt;b&gt;" in html and "<b>" not in html
    /// True
    /// >>> [c for c in ("tf-entity", "tf-fact", "tf-noun") if f'class="{c}"' in html]
    /// ['tf-entity', 'tf-fact', 'tf-noun']
    fn _repr_html_(&self) -> String {
        self.core.to_html()
    }

    /// The document as plain dicts and lists (``text``, ``sentences``,
    /// ``entities``, ``facts``), offsets as ``str`` indices.
    ///
    /// >>> d = textfacts.Extractor().extract("Hi. Then 87 people came.").to_dict()
    /// >>> sorted(d)
    /// ['entities', 'facts', 'sentences', 'text']
    /// >>> (d["sentences"][1]["text"], d["facts"][0]["noun"])
    /// ('Then 87 people came.', 'people')
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let doc = &self.core;
        let _pause =
            GcPause::new(py, doc.sentences.len() + 2 * doc.entities.len() + 2 * doc.facts.len())?;
        let text = self.text.bind(py);
        to_py_with_text(py, &doc.with_char_offsets(), Some((text, &doc.text)))
    }

    /// The document as a JSON string with the shape of ``to_dict``; ``indent``
    /// pretty-prints with that many spaces.
    ///
    /// >>> import json
    /// >>> doc = textfacts.Extractor().extract("It cost $5m.")
    /// >>> json.loads(doc.to_json())["facts"][0]["value"]
    /// 5000000.0
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        write_json(&self.core.with_char_offsets(), indent)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyDocument>().is_ok_and(|other| self.core == other.get().core)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let doc = &self.core;
        Ok(format!(
            "Document({}, sentences={}, entities={}, facts={})",
            repr_str(py, &doc.text)?,
            doc.sentences.len(),
            doc.entities.len(),
            doc.facts.len()
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        (slf.get_type(), slf.get().parts(py)?).into_pyobject(py)
    }
}

/// The document's text as a plain `str`: the caller's own object when it is
/// one (so it is not made twice), a new `str` for a subclass, whose extra
/// behaviour a document should not carry.
fn plain_str(given: &Bound<'_, PyAny>, text: &str) -> PyResult<Py<PyString>> {
    if given.is_exact_instance_of::<PyString>() {
        Ok(given.cast::<PyString>()?.clone().unbind())
    } else {
        Ok(PyString::new(given.py(), text).unbind())
    }
}

/// Writes JSON, compact or indented by `indent` spaces.
fn write_json<T: serde::Serialize>(value: &T, indent: Option<usize>) -> PyResult<String> {
    let result = match indent {
        None => serde_json::to_string(value),
        Some(n) => {
            let indent = " ".repeat(n);
            let mut out = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
            let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
            value.serialize(&mut ser).map(|_| String::from_utf8(out).unwrap_or_default())
        }
    };
    result.map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A progress bar on standard error, drawn only where a person sees it.
/// For a batch chunk that panicked, the panic of its first text that
/// panics alone, named by its index in the whole batch (the chunk starts at
/// `offset`); `None` if each passes alone.
fn failing_text(extractor: &Extractor, chunk: &[Cow<'_, str>], offset: usize) -> Option<Caught> {
    chunk.iter().enumerate().find_map(|(i, text)| {
        guard("Extractor.extract_many", text.len(), || extractor.extract(text))
            .err()
            .map(|caught| caught.at(offset + i))
    })
}

fn progress_bar(len: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "textfacts {bar:40} {pos}/{len} texts, {per_sec}, {eta} left",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Runs every stage of textfacts over texts and links the results.
///
/// ``gazetteer`` is the gazetteer whose entities to find; with ``None`` the
/// built-in one (``Gazetteer.builtin()``) is used, or none at all with
/// ``builtin=False``. ``splitter`` defaults to ``SentenceSplitter()`` and
/// ``numbers`` to ``NumberExtractor()``. An extractor is immutable and
/// shareable between threads; it pickles small (a gazetteer travels as its
/// compiled form), so it can be shipped to Dask or Spark workers.
///
/// >>> extractor = textfacts.Extractor()
/// >>> extractor
/// Extractor(gazetteer=builtin)
/// >>> doc = extractor.extract("Sales rose 5.3 pct to 12 mln dlrs in Japan.")
/// >>> [(f.text, f.kind, f.value, f.unit) for f in doc.facts]
/// [('5.3 pct', 'percent', 5.3, '%'), ('12 mln dlrs', 'money', 12000000.0, 'USD')]
/// >>> [e.text for e in doc.entities]
/// ['Japan']
///
/// With a gazetteer of your own, and only some kinds of numbers:
///
/// >>> places = textfacts.Gazetteer([("Kelham", "GPE"), ("River Wend", "LOC")])
/// >>> custom = textfacts.Extractor(places, numbers=textfacts.NumberExtractor(years=False))
/// >>> doc = custom.extract("In 2024 the River Wend flooded 300 homes in Kelham.")
/// >>> [e.text for e in doc.entities], [f.text for f in doc.facts]
/// (['River Wend', 'Kelham'], ['300'])
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
    ///
    /// >>> textfacts.Extractor().splitter
    /// SentenceSplitter(language='en', abbreviations=[], newline_ends_sentence=False)
    #[getter]
    fn splitter(&self, py: Python<'_>) -> Py<PySentenceSplitter> {
        self.splitter.clone_ref(py)
    }

    /// The gazetteer given, or ``None`` (then ``builtin`` says whether the
    /// built-in one is used).
    ///
    /// >>> textfacts.Extractor(textfacts.Gazetteer([("Kelham", "GPE")])).gazetteer
    /// Gazetteer(1 entry, 1 pattern, case='smart')
    #[getter]
    fn gazetteer(&self, py: Python<'_>) -> Option<Py<PyGazetteer>> {
        self.gazetteer.as_ref().map(|g| g.clone_ref(py))
    }

    /// Whether the built-in gazetteer is used when no gazetteer is given.
    ///
    /// >>> textfacts.Extractor(builtin=False).builtin
    /// False
    #[getter]
    fn builtin(&self) -> bool {
        self.builtin
    }

    /// The number extractor given, or ``None`` for the default options.
    ///
    /// >>> textfacts.Extractor(numbers=textfacts.NumberExtractor(vague=True)).numbers
    /// NumberExtractor(years=True, vague=True, ordinals=True, nouns=True)
    #[getter]
    fn numbers(&self, py: Python<'_>) -> Option<Py<PyNumberExtractor>> {
        self.numbers.as_ref().map(|n| n.clone_ref(py))
    }

    /// Extracts the sentences, entities and numeric facts of one text.
    ///
    /// Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
    /// surrogate. Long texts are read with the GIL released.
    ///
    /// >>> doc = textfacts.Extractor().extract("In France, about 87 people died.")
    /// >>> [(f.text, f.noun) for f in doc.facts]
    /// [('about 87', 'people')]
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let s = text_arg(text, "text")?;
        let extract = || guard("Extractor.extract", s.len(), || self.inner.extract(&s));
        let doc = if s.len() >= DETACH_THRESHOLD { py.detach(extract) } else { extract() }?;
        Ok(PyDocument::from_core(plain_str(text, &doc.text)?, doc))
    }

    /// Extracts from many texts, in order, on ``threads`` threads (default: all
    /// cores), with the GIL released; equal to ``[extract(t) for t in texts]``.
    ///
    /// ``threads`` is at most four per core (``ValueError`` naming the value and
    /// the maximum above it, or for 0); a pool is made once per count and kept.
    /// ``texts`` is any iterable of ``str``; a bad item raises ``TypeError`` or
    /// ``ValueError`` naming its index. ``progress=True`` draws a progress bar on
    /// standard error. The work goes in chunks, so Ctrl-C stops a long batch
    /// within a moment.
    ///
    /// >>> texts = ["It rained. Then it stopped.", "It cost $5m."]
    /// >>> docs = textfacts.Extractor().extract_many(texts, threads=2)
    /// >>> [len(d.sentences) for d in docs], [len(d.facts) for d in docs]
    /// ([2, 1], [0, 1])
    #[pyo3(signature = (texts, threads = None, progress = false))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        progress: bool,
    ) -> PyResult<Vec<PyDocument>> {
        let batch = self.inner.batch(threads).map_err(super::to_py_err)?;
        // The `str` objects themselves become the documents' `text`.
        let items = texts.try_iter()?.collect::<PyResult<Vec<_>>>()?;
        let strs = items
            .iter()
            .enumerate()
            .map(|(i, item)| text_arg(item, &format!("texts[{i}]")))
            .collect::<PyResult<Vec<_>>>()?;
        let bar = progress.then(|| progress_bar(strs.len() as u64));
        let tick = |_: usize| {
            if let Some(bar) = &bar {
                bar.inc(1);
            }
        };
        let mut out = Vec::with_capacity(strs.len());
        // Between chunks the GIL is taken back, to convert and to see Ctrl-C.
        for chunk in batch.chunks(&strs) {
            let (start, texts) = (chunk.start, &strs[chunk.clone()]);
            let docs = py.detach(|| {
                let bytes = texts.iter().map(|t| t.len()).sum();
                guard("Extractor.extract_many", bytes, || batch.extract(texts, tick))
                    .map_err(|all| failing_text(&self.inner, texts, start).unwrap_or(all))
            })?;
            for (doc, text) in docs.into_iter().zip(&items[chunk]) {
                out.push(PyDocument::from_core(plain_str(text, &doc.text)?, doc));
            }
            py.check_signals()?;
        }
        if let Some(bar) = bar {
            bar.finish();
        }
        Ok(out)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let gazetteer = match (&self.gazetteer, self.builtin) {
            (Some(g), _) => g.bind(py).repr()?.to_cow()?.into_owned(),
            (None, true) => "builtin".to_string(),
            (None, false) => "none".to_string(),
        };
        Ok(format!("Extractor(gazetteer={gazetteer})"))
    }

    /// Pickling support: ``Extractor`` with the keyword arguments that rebuild
    /// this extractor, bound by ``functools.partial`` so that every pickle
    /// protocol (0 and 1 cannot pass keyword arguments) can call it.
    ///
    /// >>> import pickle
    /// >>> extractor = textfacts.Extractor(builtin=False)
    /// >>> pickle.loads(pickle.dumps(extractor, protocol=0)).builtin
    /// False
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let kwargs = PyDict::new(py);
        kwargs.set_item("gazetteer", this.gazetteer.as_ref().map(|g| g.clone_ref(py)))?;
        kwargs.set_item("builtin", this.builtin)?;
        kwargs.set_item("splitter", this.splitter.clone_ref(py))?;
        kwargs.set_item("numbers", this.numbers.as_ref().map(|n| n.clone_ref(py)))?;
        let partial = py.import("functools")?.getattr("partial")?;
        let rebuild = partial.call((slf.get_type(),), Some(&kwargs))?;
        (rebuild, PyTuple::empty(py)).into_pyobject(py)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDocument>()?;
    m.add_class::<PyExtractor>()?;
    Ok(())
}
