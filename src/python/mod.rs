//! The Python bindings: conversions between the core's types and Python's,
//! and nothing else. Offsets cross as Python `str` indices.

use pyo3::prelude::*;

mod extract;
mod gazetteer;
mod numeric;
mod panic;
mod records;
mod sentence;
mod text;

/// The compiled half of the `textfacts` package.
#[pymodule]
fn _textfacts(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    sentence::register(m)?;
    gazetteer::register(m)?;
    numeric::register(m)?;
    extract::register(m)?;
    // The records' fields, for `to_pandas` and the stub test: named once, in the core.
    let fields = pyo3::types::PyDict::new(m.py());
    for (part, names) in records::fields() {
        fields.set_item(part, names.to_vec())?;
    }
    fields.set_item("candidates", records::candidate_fields().to_vec())?;
    m.setattr("_FIELDS", fields)?;
    m.setattr("_MAX_THREADS", crate::extract::max_threads())?;
    Ok(())
}

/// Maps a core error to the Python exception a user expects: bad values
/// are `ValueError`, unreadable files `OSError`.
pub(crate) fn to_py_err(err: crate::Error) -> PyErr {
    use pyo3::exceptions::{PyOSError, PyValueError};
    match err {
        crate::Error::Io { .. } => PyOSError::new_err(err.to_string()),
        // With its errno, Python picks the subclass (`IsADirectoryError`,
        // `PermissionError`) as its own `open` would.
        crate::Error::Write { ref source, .. } => match source.raw_os_error() {
            Some(errno) => PyOSError::new_err((errno, err.to_string())),
            None => PyOSError::new_err(err.to_string()),
        },
        _ => PyValueError::new_err(err.to_string()),
    }
}
