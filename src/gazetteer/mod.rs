//! Gazetteer entity matching (lands with the gazetteer issue).
