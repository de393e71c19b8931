//! The last line between a bug and a user: a panic in the core becomes a
//! `textfacts.InternalError`, never a `pyo3_runtime.PanicException`.
//!
//! pyo3 turns a panic into `PanicException`, which derives from
//! `BaseException`: `except Exception` lets it through, and one bad text
//! ends a whole batch with a message that names neither the text nor the
//! stage. `InternalError` is a `RuntimeError`, and its message says which
//! stage failed on how long an input, so the report is enough to find the
//! input again. A panic stays a bug (the fuzzers hunt it); this only keeps
//! it from taking the caller down.

use std::any::Any;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::PyErr;

// Defined in Python (python/textfacts/_errors.py), where its docstring and
// signature are written like every other public name's; imported when
// first raised.
pyo3::import_exception!(textfacts._errors, InternalError);

/// A panic caught in `stage` on an input of `len` bytes (`index`: the
/// text's place in a batch).
#[derive(Debug)]
pub(crate) struct Caught {
    stage: &'static str,
    len: usize,
    index: Option<usize>,
    message: String,
}

impl Caught {
    /// The same panic, located at `index` in a batch.
    pub(crate) fn at(mut self, index: usize) -> Caught {
        self.index = Some(index);
        self
    }
}

impl fmt::Display for Caught {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "internal error in {}", self.stage)?;
        if let Some(i) = self.index {
            write!(f, " on texts[{i}]")?;
        }
        write!(f, " (input of {} bytes): {}; this is a bug in textfacts", self.len, self.message)
    }
}

impl From<Caught> for PyErr {
    fn from(caught: Caught) -> PyErr {
        InternalError::new_err(caught.to_string())
    }
}

/// The panic's own message, when it has one.
fn payload_message(payload: &(dyn Any + Send)) -> String {
    match (payload.downcast_ref::<&str>(), payload.downcast_ref::<String>()) {
        (Some(s), _) => (*s).to_string(),
        (_, Some(s)) => s.clone(),
        _ => "panic without a message".to_string(),
    }
}

/// Runs `f`, the core's work for `stage` on an input of `len` bytes, and
/// turns a panic into [`Caught`].
///
/// The closures given here only read their input and build a new value, so
/// nothing they leave half-done is seen again: unwinding is safe to assert.
pub(crate) fn guard<T>(
    stage: &'static str,
    len: usize,
    f: impl FnOnce() -> T,
) -> Result<T, Caught> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| Caught {
        stage,
        len,
        index: None,
        message: payload_message(payload.as_ref()),
    })
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn a_panic_becomes_an_error_naming_the_stage_and_the_input_length() {
        let caught = guard("split_sentences", 9, || -> usize { panic!("end byte index 2") })
            .expect_err("the panic is caught");
        let message = caught.to_string();
        assert!(message.contains("split_sentences"), "{message}");
        assert!(message.contains("9 bytes"), "{message}");
        assert!(message.contains("end byte index 2"), "{message}");
    }

    #[test]
    fn a_panic_in_a_batch_names_the_text() {
        let caught = guard("extract", 3, || -> () { panic!("{}", String::from("formatted")) })
            .expect_err("the panic is caught")
            .at(7);
        let message = caught.to_string();
        assert!(message.contains("texts[7]") && message.contains("formatted"), "{message}");
    }

    #[test]
    fn work_that_does_not_panic_passes_through() {
        assert_eq!(guard("extract", 0, || 42).unwrap(), 42);
    }
}
