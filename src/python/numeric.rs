//! `NumericFact` and `extract_numbers` for Python (lands with the numeric-fact issue).

use pyo3::prelude::*;

pub fn register(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
