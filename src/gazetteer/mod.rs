//! Gazetteer entity matching: finds every mention of a list of names in a
//! text, as whole words, with their labels and ids.
//!
//! A [`Gazetteer`] is compiled once from [`Entry`] values (or a TSV, CSV or
//! JSON Lines file) into an [`aho-corasick`](aho_corasick) automaton, and
//! then [`find`](Gazetteer::find) scans any number of texts in linear time.
//!
//! # Matching rules
//!
//! * **Whole words.** A match may not start or end inside a word, judged by
//!   Unicode letters and digits: "Russia's", "(Russia)" and "R-Ohio" match,
//!   "Syrian" does not match "Syria". The rule is applied while matches are
//!   chosen, so "South" is still found in "South African" when "South
//!   Africa" is also a pattern.
//! * **Leftmost-longest**, non-overlapping: "New York City" wins over "New
//!   York". [`GazetteerBuilder::overlapping`] reports every match instead.
//! * **Case**: see [`CaseMode`]; the default, [`CaseMode::Smart`], keeps
//!   "us", "china" and "turkey" words while finding "US", "China", "CHINA".
//!   Folding is full Unicode case folding, and offsets always point into the
//!   original text.
//! * **Several entries for one name** ("Georgia" the country and the US
//!   state) give one [`Entity`] that carries every candidate, in the order
//!   the entries were added; [`Entity::label`], [`Entity::id`] and
//!   [`Entity::canonical`] describe the first.
//!
//! # Example
//!
//! ```
//! use textfacts::gazetteer::{Entry, Gazetteer};
//!
//! let gaz = Gazetteer::builder()
//!     .add(Entry::new("South Africa", "GPE").id("953987"))
//!     .add(Entry::new("South", "LOC"))
//!     .add(Entry::new("Georgia", "GPE").id("614540"))
//!     .add(Entry::new("Georgia", "GPE").id("4197000").canonical("Georgia (US state)"))
//!     .build()
//!     .unwrap();
//! let text = "South African exports to Georgia rose.";
//! let found = gaz.find(text);
//! assert_eq!(found[0].text(text), "South");
//! assert_eq!(found[1].text(text), "Georgia");
//! assert_eq!(found[1].id(), Some("614540"));
//! let ids: Vec<_> = found[1].candidates().map(|c| c.canonical()).collect();
//! assert_eq!(ids, ["Georgia", "Georgia (US state)"]);
//! ```
//!
//! # Compiled form
//!
//! [`Gazetteer::save`] and [`Gazetteer::load`] (or [`Gazetteer::to_bytes`]
//! and [`Gazetteer::from_bytes`]) keep everything building works out in a
//! versioned, checksummed binary file; a damaged or foreign file gives
//! [`Error::Format`](crate::Error::Format), never a panic.

use std::path::Path;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

mod builder;
#[cfg(feature = "builtin")]
mod builtin;
mod compiled;
mod entry;
mod loaders;
mod normalize;
mod tables;

#[cfg(feature = "python")]
pub(crate) use builder::validate as validate_entry;
pub use builder::GazetteerBuilder;
pub use compiled::FORMAT_VERSION;
pub use entry::{CaseMode, Entry};
pub use loaders::Format;
pub use normalize::Normalization;

use normalize::{haystack, is_boundary, Haystack};
use tables::{Cand, Rule, Tables, HAS_ANY, HAS_EXACT, HAS_NOT_LOWER};

use crate::{Error, Result, Span};

/// Below this many bytes of keys the automaton is a DFA. A DFA's size grows
/// with the patterns times the alphabet: for a few thousand names it searches
/// no faster than the contiguous NFA when measured alone (Reuters, places_small,
/// one call per story: 62 vs 61 MB/s), takes seven times as long to build,
/// and in the pipeline its tables push the other stages out of the cache
/// (the whole extractor ran at 13-16 MB/s with the built-in gazetteer as a
/// DFA, 23 MB/s as an NFA). So only small lists, whose DFA stays in cache,
/// get one.
const DFA_MAX_KEY_BYTES: usize = 16 * 1024;

/// A compiled list of names, ready to find them in text.
///
/// Cloning is cheap (the compiled data is shared), and a `Gazetteer` can be
/// used from many threads at once.
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

struct Inner {
    tables: Tables,
    flags: Vec<u8>,
    ac: AhoCorasick,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let t = &self.inner.tables;
        f.debug_struct("Gazetteer")
            .field("entries", &t.entries.len())
            .field("patterns", &t.keys.len())
            .field("case", &t.options.case)
            .field("overlapping", &t.options.overlapping)
            .field("normalization", &t.options.normalization)
            .finish()
    }
}

impl Gazetteer {
    /// A builder, to set options and add entries.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// A gazetteer with the default options from the entries of a file
    /// (`.tsv`, `.csv` or `.jsonl`, optionally `.gz`; see [`Format`]).
    ///
    /// Errors name the file and line: [`Error::Parse`] for a bad row,
    /// [`Error::Io`] when the file cannot be read.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Gazetteer> {
        Gazetteer::builder().add_file(path)?.build()
    }

    /// The gazetteer built into textfacts: countries (common and official
    /// names, short forms), capitals and large cities with their common
    /// English names, US states and other first-level regions, continents
    /// and major international organisations, labelled `GPE`, `LOC` or `ORG`
    /// with GeoNames ids (or `ORG:` ids for organisations). Built from
    /// GeoNames data (CC BY 4.0) by `scripts/build_builtin_gazetteer.py`.
    ///
    /// It is compiled on first use and shared afterwards.
    ///
    /// ```
    /// let gaz = textfacts::gazetteer::Gazetteer::builtin();
    /// let text = "The US and the EU met in New\nYork, said officials from Russia.";
    /// let found: Vec<&str> = gaz.find(text).iter().map(|e| e.text(text)).collect();
    /// assert_eq!(found, ["US", "EU", "New\nYork", "Russia"]);
    /// ```
    #[cfg(feature = "builtin")]
    pub fn builtin() -> Gazetteer {
        static BUILTIN: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(builtin::build).clone()
    }

    fn empty() -> Gazetteer {
        Gazetteer::from_tables(Tables { cand_start: vec![0], ..Tables::default() })
            .unwrap_or_else(|_| unreachable!("an empty gazetteer always builds"))
    }

    fn from_tables(tables: Tables) -> Result<Gazetteer> {
        let key_bytes: usize = tables.keys.iter().map(|k| (k.1 - k.0) as usize).sum();
        let overlapping = tables.options.overlapping;
        let ac = AhoCorasick::builder()
            .match_kind(if overlapping { MatchKind::Standard } else { MatchKind::LeftmostLongest })
            .start_kind(if overlapping { StartKind::Unanchored } else { StartKind::Both })
            .kind(Some(if key_bytes <= DFA_MAX_KEY_BYTES {
                AhoCorasickKind::DFA
            } else {
                AhoCorasickKind::ContiguousNFA
            }))
            .build((0..tables.keys.len()).map(|k| tables.key(k)))
            .map_err(|e| Error::InvalidOption { option: "entries", message: e.to_string() })?;
        let flags = tables.key_flags();
        Ok(Gazetteer { inner: Arc::new(Inner { tables, flags, ac }) })
    }

    /// The number of entries (distinct things; aliases and rows naming the
    /// same label and id count once).
    pub fn len(&self) -> usize {
        self.inner.tables.entries.len()
    }

    /// Whether the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of distinct searchable names (after normalisation and
    /// case folding).
    pub fn pattern_count(&self) -> usize {
        self.inner.tables.keys.len()
    }

    /// The default case mode it was built with.
    pub fn case(&self) -> CaseMode {
        self.inner.tables.options.case
    }

    /// Whether it reports overlapping matches.
    pub fn overlapping(&self) -> bool {
        self.inner.tables.options.overlapping
    }

    /// The normalisations it applies.
    pub fn normalization(&self) -> Normalization {
        self.inner.tables.options.normalization
    }

    /// The entry with index `index` (as [`Candidate::index`] gives it).
    pub fn entry(&self, index: usize) -> Option<Candidate<'_>> {
        (index < self.len())
            .then_some(Candidate { tables: &self.inner.tables, entry: index as u32 })
    }

    /// Every mention of the gazetteer's names in `text`, in order, with
    /// UTF-8 byte offsets into `text`.
    ///
    /// By default the matches are leftmost-longest and do not overlap;
    /// with [`GazetteerBuilder::overlapping`] they are every whole-word
    /// match, ordered by start and then longest first.
    ///
    /// Linear in the length of `text` (times, in the worst case, the
    /// length of the longest name).
    pub fn find<'g>(&'g self, text: &str) -> Vec<Entity<'g>> {
        let t = &self.inner.tables;
        let hay = haystack(text, t.options.fold, t.options.normalization);
        let mut out = Vec::new();
        if t.options.overlapping {
            for m in self.inner.ac.find_overlapping_iter(hay.text.as_ref()) {
                if let Some(e) = self.judge(text, &hay, m.start(), m.end(), m.pattern().as_usize())
                {
                    out.push(e);
                }
            }
            out.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
        } else {
            self.leftmost_longest(text, &hay, &mut out);
        }
        out
    }

    /// The leftmost-longest match that passes every rule, then the next
    /// one after it. When the longest name at a position fails (it ends
    /// inside a word, or its case is wrong), the shorter names starting
    /// there are tried, longest first, by anchored searches bounded before
    /// the failed end; when none passes, the search moves one character on.
    fn leftmost_longest<'g>(&'g self, text: &str, hay: &Haystack<'_>, out: &mut Vec<Entity<'g>>) {
        let h: &str = hay.text.as_ref();
        let ac = &self.inner.ac;
        let mut pos = 0;
        while pos < h.len() {
            let Some(first) = ac.find(Input::new(h).span(pos..h.len())) else { break };
            let start = first.start();
            let mut found = None;
            if hay.original_start(start).is_some_and(|os| is_boundary(text, os)) {
                let mut m = first;
                loop {
                    if let Some(e) = self.judge(text, hay, start, m.end(), m.pattern().as_usize()) {
                        found = Some((e, m.end()));
                        break;
                    }
                    let shorter = Input::new(h).span(start..m.end() - 1).anchored(Anchored::Yes);
                    match ac.find(shorter) {
                        Some(next) => m = next,
                        None => break,
                    }
                }
            }
            match found {
                Some((e, end)) => {
                    out.push(e);
                    pos = end;
                }
                None => pos = next_word_start(h, start),
            }
        }
    }

    /// The entity for searched span `start..end` of key `key`, if the span
    /// maps to whole characters, sits on word boundaries, and its case suits
    /// at least one candidate.
    fn judge<'g>(
        &'g self,
        text: &str,
        hay: &Haystack<'_>,
        start: usize,
        end: usize,
        key: usize,
    ) -> Option<Entity<'g>> {
        let inner = &*self.inner;
        let t = &inner.tables;
        let (os, oe) = (hay.original_start(start)?, hay.original_end(text, end)?);
        if !is_boundary(text, os) || !is_boundary(text, oe) {
            return None;
        }
        let flags = inner.flags[key];
        let first = t.cand_start[key];
        let mut entity = Entity {
            start: os,
            end: oe,
            tables: t,
            key: key as u32,
            primary: first,
            lower: false,
            variant: u32::MAX,
        };
        if flags == HAS_ANY {
            return Some(entity);
        }
        let matched = &text[os..oe];
        if flags & HAS_NOT_LOWER != 0 {
            entity.lower = !matched.chars().any(char::is_uppercase);
        }
        if flags & HAS_EXACT != 0 {
            let norm = t.options.normalization;
            let form = haystack(matched, false, norm);
            let form = if norm == Normalization::default() { matched } else { form.text.trim() };
            entity.variant = t
                .cands_of(key)
                .iter()
                .find(|c| c.rule == Rule::Exact && t.str(t.variants[c.variant as usize]) == form)
                .map_or(u32::MAX, |c| c.variant);
        }
        let offset = t.cands_of(key).iter().position(|c| entity.accepts(c))?;
        entity.primary = first + offset as u32;
        Some(entity)
    }

    /// The compiled form: a versioned, checksummed byte string that
    /// [`from_bytes`](Gazetteer::from_bytes) turns back into an equal
    /// gazetteer, much faster than building it again.
    ///
    /// ```
    /// use textfacts::gazetteer::{Entry, Gazetteer};
    ///
    /// let gaz = Gazetteer::builder().add(Entry::new("Paris", "GPE")).build().unwrap();
    /// let bytes = gaz.to_bytes();
    /// let again = Gazetteer::from_bytes(&bytes).unwrap();
    /// assert_eq!(again.find("Paris").len(), 1);
    /// // Damage is detected, not trusted.
    /// assert!(Gazetteer::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        compiled::encode(&self.inner.tables)
    }

    /// Reads the compiled form made by [`to_bytes`](Gazetteer::to_bytes).
    ///
    /// Fails with [`Error::Format`] for truncated, corrupted, foreign or
    /// other-version data.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer> {
        let tables = compiled::decode(bytes).map_err(|m| compiled::format_error(None, m))?;
        Gazetteer::from_tables(tables)
    }

    /// Writes the compiled form to a file.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes())
            .map_err(|source| Error::Io { path: path.to_path_buf(), source })
    }

    /// Reads a file written by [`save`](Gazetteer::save).
    pub fn load(path: impl AsRef<Path>) -> Result<Gazetteer> {
        Gazetteer::from_tables(compiled::read(path.as_ref())?)
    }
}

/// The first position after `at` where a match could start: no valid
/// match starts between two word characters, so a failed start skips the
/// rest of its word instead of searching again at every character.
fn next_word_start(h: &str, at: usize) -> usize {
    let bytes = h.as_bytes();
    let mut chars = h[at..].char_indices().map(|(i, c)| (at + i, c));
    let mut prev_word = chars.next().is_some_and(|(_, c)| normalize::is_word_char(c));
    for (i, c) in chars {
        let word = if bytes[i].is_ascii() {
            bytes[i].is_ascii_alphanumeric()
        } else {
            normalize::is_word_char(c)
        };
        if !(word && prev_word) {
            return i;
        }
        prev_word = word;
    }
    h.len()
}

/// One mention of a gazetteer name in a text.
///
/// `start` and `end` are UTF-8 byte offsets into the text given to
/// [`Gazetteer::find`]. [`label`](Entity::label), [`id`](Entity::id) and
/// [`canonical`](Entity::canonical) describe the first candidate entry,
/// and [`candidates`](Entity::candidates) lists every entry the name may
/// refer to (those whose case rule the text satisfies), in the order the
/// entries were added. All of these borrow from the gazetteer and cost no
/// allocation.
///
/// ```
/// use textfacts::gazetteer::{Entry, Gazetteer};
///
/// let gaz = Gazetteer::builder()
///     .add(Entry::new("Georgia", "GPE").id("614540"))
///     .add(Entry::new("Georgia", "GPE").id("4197000"))
///     .build()
///     .unwrap();
/// let text = "Tbilisi, Georgia.";
/// let e = &gaz.find(text)[0];
/// assert_eq!((e.start, e.end, e.text(text)), (9, 16, "Georgia"));
/// assert_eq!((e.label(), e.id()), ("GPE", Some("614540")));
/// assert_eq!(e.candidate_count(), 2);
/// ```
#[derive(Clone, Copy)]
pub struct Entity<'g> {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    tables: &'g Tables,
    key: u32,
    /// Index into `tables.cands` of the first accepted candidate.
    primary: u32,
    /// Whether the matched text has no upper-case letter.
    lower: bool,
    /// The exact form the matched text has, if any entry needs one.
    variant: u32,
}

impl<'g> Entity<'g> {
    fn accepts(&self, c: &Cand) -> bool {
        match c.rule {
            Rule::Any => true,
            Rule::NotLower => !self.lower,
            Rule::Exact => c.variant == self.variant,
        }
    }

    /// The byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The mention as written in `text` (the text given to `find`).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The first candidate entry.
    pub fn entry(&self) -> Candidate<'g> {
        Candidate { tables: self.tables, entry: self.tables.cands[self.primary as usize].entry }
    }

    /// The first candidate's label.
    pub fn label(&self) -> &'g str {
        self.entry().label()
    }

    /// The first candidate's id, if it has one.
    pub fn id(&self) -> Option<&'g str> {
        self.entry().id()
    }

    /// The first candidate's canonical name.
    pub fn canonical(&self) -> &'g str {
        self.entry().canonical()
    }

    /// Every entry this mention may refer to, first candidate first, in the
    /// order the entries were added to the gazetteer.
    pub fn candidates(&self) -> impl Iterator<Item = Candidate<'g>> + 'g {
        let this = *self;
        let t = self.tables;
        t.cands_of(self.key as usize)
            .iter()
            .filter(move |c| this.accepts(c))
            .map(move |c| Candidate { tables: t, entry: c.entry })
    }

    /// The number of candidates.
    pub fn candidate_count(&self) -> usize {
        self.candidates().count()
    }
}

impl PartialEq for Entity<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tables, other.tables)
            && (self.start, self.end, self.key, self.primary, self.lower, self.variant)
                == (other.start, other.end, other.key, other.primary, other.lower, other.variant)
    }
}

impl Eq for Entity<'_> {}

impl std::fmt::Debug for Entity<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entity")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("label", &self.label())
            .field("id", &self.id())
            .field("canonical", &self.canonical())
            .field("candidates", &self.candidate_count())
            .finish()
    }
}

/// One entry of a gazetteer, as a candidate for a mention.
#[derive(Clone, Copy)]
pub struct Candidate<'g> {
    tables: &'g Tables,
    entry: u32,
}

impl<'g> Candidate<'g> {
    /// The entry's index in its gazetteer: equal indices are the same
    /// entry, whatever name was matched.
    pub fn index(&self) -> usize {
        self.entry as usize
    }

    /// The label (`GPE`, `ORG`, ...).
    pub fn label(&self) -> &'g str {
        let t = self.tables;
        &t.labels[t.entries[self.entry as usize].label as usize]
    }

    /// The id, if the entry has one.
    pub fn id(&self) -> Option<&'g str> {
        let t = self.tables;
        t.entries[self.entry as usize].id.map(|r| t.str(r))
    }

    /// The canonical name (the entry's first pattern when none was given).
    pub fn canonical(&self) -> &'g str {
        let t = self.tables;
        t.str(t.entries[self.entry as usize].canonical)
    }
}

impl PartialEq for Candidate<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tables, other.tables) && self.entry == other.entry
    }
}

impl Eq for Candidate<'_> {}

impl std::fmt::Debug for Candidate<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Candidate")
            .field("label", &self.label())
            .field("id", &self.id())
            .field("canonical", &self.canonical())
            .finish()
    }
}
