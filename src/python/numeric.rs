//! `NumericFact`, `NumberExtractor` and `extract_numbers` for Python.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use super::panic::guard;
use super::text::{repr_str, text_arg, DETACH_THRESHOLD};
use crate::extract::record::{FactRecord, IntoStatic};
use crate::{CharOffsets, FactMention, NumberExtractor, NumericFact};

/// One numeric fact of a text: ``text[f.start:f.end] == f.text``.
///
/// Facts come from ``extract_numbers``, ``NumberExtractor.extract`` and
/// ``Document.facts``. ``kind`` says what was counted or measured, ``value``
/// is the resolved number (``None`` for a range or a vague amount), and a
/// cardinal knows the ``noun`` it counts. ``to_dict()`` gives it as plain data.
///
/// >>> f = textfacts.extract_numbers("They expect 650 jobs.")[0]
/// >>> f
/// NumericFact(12, 15, '650', kind='cardinal', value=650.0, noun='jobs')
/// >>> g = textfacts.extract_numbers("Up to £3.5bn.")[0]
/// >>> (g.text, g.kind, g.value, g.qualifier, g.unit, g.scale)
/// ('Up to £3.5bn', 'money', 3500000000.0, 'at_most', 'GBP', 'bn')
#[pyclass(name = "NumericFact", module = "textfacts._textfacts", frozen, eq, from_py_object)]
#[derive(Clone, PartialEq)]
pub struct PyNumericFact {
    /// The fact as the core's record: its fields, names and order are
    /// defined there once, and `to_dict` is that record.
    r: FactRecord<'static>,
}

impl PyNumericFact {
    /// Converts a core fact found on its own (no sentence, no entities).
    pub(super) fn from_fact(f: &NumericFact, text: &str, offsets: &CharOffsets<'_>) -> Self {
        PyNumericFact { r: FactRecord::of_fact(f, text, offsets).into_static() }
    }

    /// Converts a fact of a document, linked to its sentence and entities.
    pub(super) fn from_mention(m: &FactMention, text: &str, offsets: &CharOffsets<'_>) -> Self {
        PyNumericFact { r: FactRecord::of_mention(m, text, offsets).into_static() }
    }

    /// The record, for rebuilding a document from its parts.
    pub(super) fn record(&self) -> &FactRecord<'static> {
        &self.r
    }
}

#[pymethods]
impl PyNumericFact {
    #[new]
    #[pyo3(signature = (
        start, end, text, kind, value = None, low = None, high = None, qualifier = "exact".to_string(),
        unit = None, noun = None, noun_start = None, noun_end = None, scale = None,
        sentence = None, entities = None, dimension = None, si_value = None
    ),
    text_signature = "(start, end, text, kind, value=None, low=None, high=None, \
        qualifier='exact', unit=None, noun=None, noun_start=None, noun_end=None, scale=None, \
        sentence=None, entities=None, dimension=None, si_value=None)")]
    #[allow(clippy::too_many_arguments)]
    fn new(
        start: usize,
        end: usize,
        text: String,
        kind: String,
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        qualifier: String,
        unit: Option<String>,
        noun: Option<String>,
        noun_start: Option<usize>,
        noun_end: Option<usize>,
        scale: Option<String>,
        sentence: Option<usize>,
        entities: Option<Vec<usize>>,
        dimension: Option<String>,
        si_value: Option<f64>,
    ) -> Self {
        let r = FactRecord {
            start,
            end,
            text: text.into(),
            kind: kind.into(),
            value,
            low,
            high,
            unit: unit.map(Into::into),
            dimension: dimension.map(Into::into),
            si_value,
            noun: noun.map(Into::into),
            qualifier: qualifier.into(),
            sentence,
            entities: entities.map(Into::into),
            noun_start,
            noun_end,
            scale: scale.map(Into::into),
        };
        PyNumericFact { r }
    }

    /// Index of the fact's first character (a ``str`` index), qualifier included.
    ///
    /// >>> textfacts.extract_numbers("It cost about $5m.")[0].start
    /// 8
    #[getter]
    fn start(&self) -> usize {
        self.r.start
    }

    /// Index one past the fact's last character, scale and unit included.
    ///
    /// >>> textfacts.extract_numbers("It cost about $5m.")[0].end
    /// 17
    #[getter]
    fn end(&self) -> usize {
        self.r.end
    }

    /// The fact's whole surface as written, qualifier, scale and unit included.
    ///
    /// >>> [f.text for f in textfacts.extract_numbers("At least $5m, or 12 per cent.")]
    /// ['At least $5m', '12 per cent']
    #[getter]
    fn text(&self) -> &str {
        &self.r.text
    }

    /// What the number is: ``"cardinal"``, ``"ordinal"``, ``"percent"``,
    /// ``"money"``, ``"quantity"``, ``"year"`` or ``"age"``.
    ///
    /// >>> facts = textfacts.extract_numbers("In 1990, 3 men paid $5 for 2 kg, a 10% rise.")
    /// >>> [f.kind for f in facts]
    /// ['year', 'cardinal', 'money', 'quantity', 'percent']
    #[getter]
    fn kind(&self) -> &str {
        &self.r.kind
    }

    /// The resolved value: 3.5e9 for "£3.5bn", 40.0 for "40 per cent"; ``None``
    /// for a range or a vague amount; ``inf`` for a number too large for a float.
    ///
    /// >>> [f.value for f in textfacts.extract_numbers("£3.5bn, 40 per cent, 150-200 homes")]
    /// [3500000000.0, 40.0, None]
    #[getter]
    fn value(&self) -> Option<f64> {
        self.r.value
    }

    /// The lower end of a range ("150" in "150-200") or of a decade; else ``None``.
    ///
    /// >>> f = textfacts.extract_numbers("150-200 homes")[0]
    /// >>> (f.low, f.high)
    /// (150.0, 200.0)
    #[getter]
    fn low(&self) -> Option<f64> {
        self.r.low
    }

    /// The upper end of a range or of a decade; else ``None``.
    ///
    /// >>> textfacts.extract_numbers("in the 1990s")[0].high
    /// 1999.0
    #[getter]
    fn high(&self) -> Option<f64> {
        self.r.high
    }

    /// How the value is hedged: ``"exact"``, ``"approx"``, ``"at_least"``,
    /// ``"more_than"``, ``"at_most"`` or ``"less_than"``.
    ///
    /// >>> facts = textfacts.extract_numbers("about 87 people, more than 1,200 homes")
    /// >>> [f.qualifier for f in facts]
    /// ['approx', 'more_than']
    #[getter]
    fn qualifier(&self) -> &str {
        &self.r.qualifier
    }

    /// The unit: an ISO 4217 code for money (``GBX`` for pence), ``%``, ``pp`` or
    /// ``bp`` for percentages, a short symbol for quantities (``km``, ``t``,
    /// ``°C``, ``bbl``); else ``None``.
    ///
    /// >>> [f.unit for f in textfacts.extract_numbers("12 mln dlrs, 4.5 per cent, 27 miles")]
    /// ['USD', '%', 'mi']
    #[getter]
    fn unit(&self) -> Option<&str> {
        self.r.unit.as_deref()
    }

    /// The noun phrase a cardinal counts, or ``None``.
    ///
    /// >>> textfacts.extract_numbers("About 87 people, including children, died.")[0].noun
    /// 'people'
    #[getter]
    fn noun(&self) -> Option<&str> {
        self.r.noun.as_deref()
    }

    /// Index of the counted noun's first character, or ``None``.
    ///
    /// >>> f = textfacts.extract_numbers("87 people")[0]
    /// >>> "87 people"[f.noun_start:f.noun_end]
    /// 'people'
    #[getter]
    fn noun_start(&self) -> Option<usize> {
        self.r.noun_start
    }

    /// Index one past the counted noun's last character, or ``None``.
    ///
    /// >>> textfacts.extract_numbers("87 people")[0].noun_end
    /// 9
    #[getter]
    fn noun_end(&self) -> Option<usize> {
        self.r.noun_end
    }

    /// What a quantity's unit measures (``"length"``, ``"speed"``,
    /// ``"temperature"``, ...); ``None`` for other facts.
    ///
    /// >>> [f.dimension for f in textfacts.extract_numbers("120 mph over 5 miles, 12%")]
    /// ['speed', 'length', None]
    #[getter]
    fn dimension(&self) -> Option<&str> {
        self.r.dimension.as_deref()
    }

    /// A quantity's value in the SI unit of its dimension (metres, kelvin,
    /// m/s, m³...), so that "5 miles" and "8 km" compare; ``None`` for a
    /// range, other facts, and a degree of no stated scale.
    ///
    /// >>> [f.si_value for f in textfacts.extract_numbers("5 miles, 8 km")]
    /// [8046.72, 8000.0]
    #[getter]
    fn si_value(&self) -> Option<f64> {
        self.r.si_value
    }

    /// The scale word as written (``"bn"``, ``"million"``, ``"dozen"``), or ``None``.
    ///
    /// >>> [f.scale for f in textfacts.extract_numbers("£3.5bn; 2 million people")]
    /// ['bn', 'million']
    #[getter]
    fn scale(&self) -> Option<&str> {
        self.r.scale.as_deref()
    }

    /// The index of the fact's sentence, for a fact of a ``Document``; ``None``
    /// from ``extract_numbers``.
    ///
    /// >>> textfacts.Extractor().extract("Hi. Then 87 people came.").facts[0].sentence
    /// 1
    #[getter]
    fn sentence(&self) -> Option<usize> {
        self.r.sentence
    }

    /// Indices into ``Document.entities`` of the entities in the fact's sentence,
    /// for a fact of a ``Document``; ``None`` from ``extract_numbers``.
    ///
    /// >>> doc = textfacts.Extractor().extract("In France, 87 people died.")
    /// >>> [doc.entities[i].text for i in doc.facts[0].entities]
    /// ['France']
    #[getter]
    fn entities(&self) -> Option<Vec<usize>> {
        self.r.entities.as_ref().map(|e| e.to_vec())
    }

    /// The fact as a plain ``dict`` of its fields, ready for ``json.dumps``.
    ///
    /// >>> d = textfacts.extract_numbers("87 people")[0].to_dict()
    /// >>> (d["text"], d["value"], d["noun"], d["sentence"])
    /// ('87', 87.0, 'people', None)
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        super::records::to_py(py, &self.r)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut s = format!(
            "NumericFact({}, {}, {}, kind={}",
            self.r.start,
            self.r.end,
            repr_str(py, &self.r.text)?,
            repr_str(py, &self.r.kind)?
        );
        if let Some(v) = self.r.value {
            s.push_str(&format!(", value={}", py_float(v)));
        }
        if let (Some(l), Some(h)) = (self.r.low, self.r.high) {
            s.push_str(&format!(", low={}, high={}", py_float(l), py_float(h)));
        }
        if self.r.qualifier != "exact" {
            s.push_str(&format!(", qualifier={}", repr_str(py, &self.r.qualifier)?));
        }
        if let Some(u) = &self.r.unit {
            s.push_str(&format!(", unit={}", repr_str(py, u)?));
        }
        if let Some(n) = &self.r.noun {
            s.push_str(&format!(", noun={}", repr_str(py, n)?));
        }
        if let Some(sc) = &self.r.scale {
            s.push_str(&format!(", scale={}", repr_str(py, sc)?));
        }
        s.push(')');
        Ok(s)
    }

    /// Pickling: ``NumericFact`` with its fields as keyword arguments (bound by
    /// ``functools.partial``, which every pickle protocol can call), named
    /// from the one list of the record's fields.
    ///
    /// >>> import pickle
    /// >>> f = textfacts.extract_numbers("About 87 people")[0]
    /// >>> pickle.loads(pickle.dumps(f, protocol=0)) == f
    /// True
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let kwargs = PyDict::new(py);
        for &name in FactRecord::FIELDS {
            kwargs.set_item(name, slf.getattr(name)?)?;
        }
        let partial = py.import("functools")?.getattr("partial")?;
        let rebuild = partial.call((slf.get_type(),), Some(&kwargs))?;
        (rebuild, PyTuple::empty(py)).into_pyobject(py)
    }
}

/// Python's spelling of a float ("inf", "1.0", "3500000000.0").
fn py_float(v: f64) -> String {
    if v.is_infinite() {
        if v > 0.0 { "inf" } else { "-inf" }.to_string()
    } else if v.is_nan() {
        "nan".to_string()
    } else if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

fn facts_to_py<'py>(
    py: Python<'py>,
    text: &str,
    facts: &[NumericFact],
) -> PyResult<Bound<'py, PyList>> {
    let offsets = CharOffsets::new(text);
    let items = facts.iter().map(|f| PyNumericFact::from_fact(f, text, &offsets));
    PyList::new(py, items.collect::<Vec<_>>())
}

/// Finds numeric facts, with options.
///
/// ``years`` reports years ("in 2016", "the 1990s") as kind ``"year"``;
/// ``vague`` reports vague amounts ("dozens of") with ``value=None``;
/// ``ordinals`` reports "21st", "first"; ``nouns`` looks for the noun each
/// cardinal counts. An extractor is immutable, shareable between threads, and
/// pickles; ``Extractor(numbers=...)`` uses it in the pipeline.
///
/// >>> e = textfacts.NumberExtractor(years=False, vague=True)
/// >>> [(f.text, f.value) for f in e.extract("In 2016, dozens of people saw 3 men.")]
/// [('dozens of', None), ('3', 3.0)]
#[pyclass(name = "NumberExtractor", module = "textfacts._textfacts", frozen)]
pub struct PyNumberExtractor {
    inner: NumberExtractor,
}

impl PyNumberExtractor {
    /// The core extractor, for the pipeline.
    pub(super) fn core(&self) -> &NumberExtractor {
        &self.inner
    }
}

#[pymethods]
impl PyNumberExtractor {
    #[new]
    #[pyo3(signature = (years = true, vague = false, ordinals = true, nouns = true))]
    fn new(years: bool, vague: bool, ordinals: bool, nouns: bool) -> Self {
        let inner = NumberExtractor::builder()
            .years(years)
            .vague(vague)
            .ordinals(ordinals)
            .nouns(nouns)
            .build();
        PyNumberExtractor { inner }
    }

    /// Whether years are reported.
    ///
    /// >>> textfacts.NumberExtractor(years=False).years
    /// False
    #[getter]
    fn years(&self) -> bool {
        self.inner.years()
    }
    /// Whether vague amounts ("dozens of") are reported.
    ///
    /// >>> textfacts.NumberExtractor().vague
    /// False
    #[getter]
    fn vague(&self) -> bool {
        self.inner.vague()
    }
    /// Whether ordinals ("21st", "first") are reported.
    ///
    /// >>> textfacts.NumberExtractor().ordinals
    /// True
    #[getter]
    fn ordinals(&self) -> bool {
        self.inner.ordinals()
    }
    /// Whether the noun each cardinal counts is looked for.
    ///
    /// >>> [f.noun for f in textfacts.NumberExtractor(nouns=False).extract("3 men")]
    /// [None]
    #[getter]
    fn nouns(&self) -> bool {
        self.inner.nouns()
    }

    /// Finds the numeric facts in ``text``, in order, never overlapping.
    ///
    /// Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
    /// surrogate. Long texts are read with the GIL released.
    ///
    /// >>> e = textfacts.NumberExtractor(ordinals=False)
    /// >>> [f.text for f in e.extract("The 21st man paid $5.")]
    /// ['$5']
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = text_arg(text, "text")?;
        let extract = || guard("NumberExtractor.extract", text.len(), || self.inner.extract(&text));
        let facts = if text.len() >= DETACH_THRESHOLD { py.detach(extract) } else { extract() }?;
        facts_to_py(py, &text, &facts)
    }

    fn __repr__(&self) -> String {
        let b = |x: bool| if x { "True" } else { "False" };
        format!(
            "NumberExtractor(years={}, vague={}, ordinals={}, nouns={})",
            b(self.inner.years()),
            b(self.inner.vague()),
            b(self.inner.ordinals()),
            b(self.inner.nouns())
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let e = &slf.get().inner;
        (slf.get_type(), (e.years(), e.vague(), e.ordinals(), e.nouns())).into_pyobject(py)
    }
}

/// Finds the numeric facts in English ``text`` with the default options.
///
/// The same as ``NumberExtractor().extract(text)``.
///
/// >>> facts = textfacts.extract_numbers("Sales rose 5.3 pct to 12 mln dlrs.")
/// >>> [(f.text, f.kind, f.value) for f in facts]
/// [('5.3 pct', 'percent', 5.3), ('12 mln dlrs', 'money', 12000000.0)]
#[pyfunction]
fn extract_numbers<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let text = text_arg(text, "text")?;
    let extract = || guard("extract_numbers", text.len(), || crate::extract_numbers(&text));
    let facts = if text.len() >= DETACH_THRESHOLD { py.detach(extract) } else { extract() }?;
    facts_to_py(py, &text, &facts)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyNumericFact>()?;
    m.add_class::<PyNumberExtractor>()?;
    m.add_function(wrap_pyfunction!(extract_numbers, m)?)?;
    Ok(())
}
