//! Taking text from Python, and giving offsets back in its terms.

use std::borrow::Cow;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

/// Texts shorter than this are processed with the GIL held: releasing and
/// re-taking it costs more than the work.
pub const DETACH_THRESHOLD: usize = 16 * 1024;

/// Borrows the UTF-8 form of a Python `str`.
///
/// Anything else is a `TypeError` (bytes included: decoding is the caller's
/// choice); a `str` holding a lone surrogate, which has no UTF-8 form, is a
/// `ValueError` that names its index.
pub fn text_arg<'a>(ob: &'a Bound<'_, PyAny>, name: &str) -> PyResult<Cow<'a, str>> {
    let s = ob.cast::<PyString>().map_err(|_| {
        let type_name =
            ob.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".to_string());
        PyTypeError::new_err(format!("{name} must be str, not {type_name}"))
    })?;
    s.to_cow().map_err(|err| {
        let py = ob.py();
        let index = err
            .value(py)
            .getattr("start")
            .and_then(|v| v.extract::<usize>())
            .map(|i| format!(" at index {i}"))
            .unwrap_or_default();
        PyValueError::new_err(format!(
            "{name} contains a lone surrogate{index}, which is not valid Unicode text; \
             clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
        ))
    })
}

/// `text` as Python's `repr` writes it, shortened to a preview when long:
/// quotes and escapes are Python's, not Rust's (`'it\'s'`, `'\u200b'`).
pub fn repr_str(py: Python<'_>, text: &str) -> PyResult<String> {
    const MAX: usize = 60;
    let shown = match text.char_indices().nth(MAX) {
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
        None => Cow::Borrowed(text),
    };
    Ok(PyString::new(py, &shown).repr()?.to_cow()?.into_owned())
}

/// An optional string as Python's `repr` writes it (`None` when absent).
pub fn repr_opt(py: Python<'_>, text: Option<&str>) -> PyResult<String> {
    text.map_or_else(|| Ok("None".to_string()), |t| repr_str(py, t))
}
