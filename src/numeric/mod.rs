//! Numeric-fact extraction (lands with the numeric-fact issue).
