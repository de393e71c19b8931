//! The one error type every fallible textfacts call returns.

use std::fmt;
use std::path::PathBuf;

/// Where in an input file a problem was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file, when the input came from one.
    pub path: Option<PathBuf>,
    /// The 1-based line number.
    pub line: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}:{}", path.display(), self.line),
            None => write!(f, "line {}", self.line),
        }
    }
}

/// Everything that can go wrong in textfacts.
///
/// Each variant carries enough to act on: the option or value that was
/// rejected, or the file and line where bad input was found.
///
/// ```
/// use textfacts::{Error, SentenceSplitter};
///
/// let err = SentenceSplitter::builder().language_code("xx").build().unwrap_err();
/// assert!(matches!(err, Error::InvalidOption { .. }));
/// assert!(err.to_string().contains("xx"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A configuration value was out of range or unknown.
    #[error("invalid value for {option}: {message}")]
    InvalidOption {
        /// The option's name.
        option: &'static str,
        /// What was wrong with the value.
        message: String,
    },
    /// A file could not be opened or read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file could not be created or written (the path is a directory, or
    /// not writable).
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Input data (a gazetteer file, a record) was malformed.
    #[error("{location}: {message}")]
    Parse {
        /// Where the problem is.
        location: Location,
        /// What the problem is.
        message: String,
    },
    /// A gazetteer pattern cannot be matched as given.
    #[error("invalid pattern {pattern:?}: {message}")]
    InvalidPattern {
        /// The pattern, as given.
        pattern: String,
        /// Why it was rejected.
        message: String,
    },
    /// A compiled file is corrupt, truncated, of another version or not
    /// a textfacts file at all.
    #[error("invalid compiled data{}: {message}", path.as_ref().map(|p| format!(" in {}", p.display())).unwrap_or_default())]
    Format {
        /// The file, when the data came from one.
        path: Option<PathBuf>,
        /// What is wrong with it.
        message: String,
    },
}

/// `Result` with textfacts' [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
