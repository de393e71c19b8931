//! `Gazetteer` and `Entity` for Python (lands with the gazetteer issue).

use pyo3::prelude::*;

pub fn register(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
